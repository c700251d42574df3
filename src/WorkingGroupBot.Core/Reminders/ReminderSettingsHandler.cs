using System.Globalization;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Reminders;

/// <summary>
/// Chairs see and change the group's reminder policy (a change re-plans the group's reminders) and the language of the
/// group's channel.
/// </summary>
public sealed class ReminderSettingsHandler(GroupScope scope, IGroupSettingsStore settings, IGroupStore groups, ReminderPlanner planner)
{
    private const int MaxDaysBefore = 60;

    public Task<Reply> ShowAsync(Request request, CancellationToken cancellationToken) =>
        scope.RunAsChairAsync(request, async m =>
            new CardReply(ReminderSettingsCard.Build(request.Texts, m.Group, (await settings.GetAsync(m.Group.Key, cancellationToken)).Policy)), cancellationToken);

    public Task<Reply> SaveAsync(Request request, CancellationToken cancellationToken) =>
        scope.RunAsChairAsync(request, async m =>
        {
            var current = (await settings.GetAsync(m.Group.Key, cancellationToken)).Policy;
            if (Read(request.Input, current) is not { } policy || LanguageOf(request.Input, m.Group.Language) is not { } language)
            {
                return new CardReply(ReminderSettingsCard.Build(request.Texts, m.Group, current, new Notice(request.Texts[TextKey.ProblemSettings], IsProblem: true)));
            }

            await planner.ChangeGroupAsync(m.Group, () => settings.SavePolicyAsync(m.Group.Key, policy, cancellationToken), cancellationToken);
            if (language != m.Group.Language)
            {
                // Last: if it fails, the person is told to try again, and the form they send again sets it.
                await groups.SetLanguageAsync(m.Group.Key, language, cancellationToken);
            }

            var saved = new Notice(request.Texts[TextKey.ActionSaved], IsProblem: false);
            return new CardReply(ReminderSettingsCard.Build(request.Texts, m.Group with { Language = language }, policy, saved));
        }, cancellationToken);

    /// <summary>The channel language the form asks for (the current one if the form has none), or null if it is no language.</summary>
    private static Language? LanguageOf(CardInput input, Language current) =>
        input.String(ReminderSettingsCard.ChannelLanguage) is { } value ? Languages.FromName(value) : current;

    /// <summary>The policy the form asks for, or null if any value is out of range.</summary>
    private static ReminderPolicy? Read(CardInput input, ReminderPolicy current)
    {
        var days = input.Text(ReminderSettingsCard.DaysBefore).Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Select(d => int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).ToList();
        var overdue = input.Int(ReminderSettingsCard.OverdueEvery);
        var tellChairs = input.Int(ReminderSettingsCard.TellChairsAfter);
        var valid = days.Count <= 5 && days.All(d => d is >= 1 and <= MaxDaysBefore)
            && overdue is >= 1 and <= 20 && tellChairs is >= 0 and <= MaxDaysBefore
            && Enum.TryParse<DayOfWeek>(input.String(ReminderSettingsCard.DigestDay), out var digestDay) && Enum.IsDefined(digestDay);
        return valid
            ? current with
            {
                DaysBefore = days.Distinct().OrderDescending().ToList(),
                At = input.Time(ReminderSettingsCard.At) ?? current.At,
                OverdueEveryWorkingDays = overdue!.Value,
                TellChairsAfterDays = tellChairs!.Value,
                DigestDay = Enum.Parse<DayOfWeek>(input.String(ReminderSettingsCard.DigestDay)!),
                DigestAt = input.Time(ReminderSettingsCard.DigestAt) ?? current.DigestAt,
            }
            : null;
    }
}
