using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>For chairs: an action's audit trail, newest first (who, when, what changed).</summary>
public static class HistoryCard
{
    private const int MaxEntries = 15;
    private const int MaxValue = 60;

    public static JsonObject Build(TextSet texts, ActionView view, IReadOnlyList<LogEntry> log) =>
        AdaptiveCard.Create(
            [
                AdaptiveCard.Heading(texts.Format(TextKey.HistoryTitle, Formats.Title(view.Action))),
                AdaptiveCard.Bullets(log.Reverse().Take(MaxEntries).Select(e => Line(texts, view, e))),
                .. Paging.Shown(texts, MaxEntries, log.Count),
            ],
            [AdaptiveCard.Execute(texts[TextKey.ButtonBack], Verbs.OpenAction, ActionButtons.Data(view))]
        );

    /// <summary>One entry as "when, who: what", also for telling a chair whose change stood in the way of
    /// theirs.</summary>
    public static string Line(TextSet texts, ActionView view, LogEntry entry)
    {
        var when = Formats.Moment(texts, entry.At, view.ReaderZone);
        var what = entry.Kind switch
        {
            LogKind.Created => texts[TextKey.HistoryCreated],
            LogKind.Note => texts.Format(TextKey.HistoryNote, Short(entry.Note)),
            _ => string.Join(
                "; ",
                entry.Changes.Select(c =>
                    $"{FieldName(texts, c.Field)}: {Value(texts, view, c.Field, c.Before)} → {Value(texts, view, c.Field, c.After)}"
                )
            ),
        };
        return $"{when}, {Short(entry.AuthorName)}: {what}";
    }

    private static string Value(TextSet texts, ActionView view, ActionField field, string? value) =>
        field switch
        {
            _ when string.IsNullOrEmpty(value) => "—",
            ActionField.Status when Enum.TryParse<ActionStatus>(value, out var s) => Formats.Status(texts, s),
            ActionField.Area => Short(view.Plan.Find(value!)?.DisplayName(texts) ?? value!),
            ActionField.Responsible => Short(string.Join(", ", value!.Split(',').Select(view.NameOf))),
            ActionField.Institution => Short(
                view.Institutions.FirstOrDefault(i => i.Id == value)?.DisplayName(texts) ?? value
            ),
            _ => Short(value),
        };

    private static string FieldName(TextSet texts, ActionField field) =>
        texts[
            field switch
            {
                ActionField.Title => TextKey.FieldTitle,
                ActionField.Description => TextKey.FieldDescription,
                ActionField.Area => TextKey.FieldArea,
                ActionField.Responsible => TextKey.FieldResponsible,
                ActionField.Institution => TextKey.FieldInstitutionOfAction,
                ActionField.Deadline => TextKey.FieldDeadline,
                ActionField.BlockedReason => TextKey.InputBlockedReason,
                _ => TextKey.FieldStatus,
            }
        ];

    private static string Short(string? text) =>
        text is null ? ""
        : text.Length <= MaxValue ? text
        : text[..MaxValue] + "…";
}
