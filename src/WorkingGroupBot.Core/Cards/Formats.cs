using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Cards;

/// <summary>How dates, statuses and deadlines read in each language.</summary>
public static class Formats
{
    public static string Date(Texts.Texts texts, DateOnly date) =>
        date.ToString(texts[TextKey.DateFormat], texts.Language.Culture());

    public static string Deadline(Texts.Texts texts, ActionItem action) =>
        action.DeadlineTime is { } time
            ? $"{Date(texts, action.Deadline)} {time:HH\\:mm}"
            : Date(texts, action.Deadline);

    public static string Status(Texts.Texts texts, ActionStatus status) => texts[status switch
    {
        ActionStatus.Open => TextKey.StatusOpen,
        ActionStatus.InProgress => TextKey.StatusInProgress,
        ActionStatus.Blocked => TextKey.StatusBlocked,
        ActionStatus.Done => TextKey.StatusDone,
        _ => TextKey.StatusCancelled,
    }];

    public static string Title(ActionItem action) => $"#{action.Number} {action.Title}";
}
