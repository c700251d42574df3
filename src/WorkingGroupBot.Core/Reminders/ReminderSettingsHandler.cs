using System.Globalization;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Reminders;

/// <summary>
/// Chairs see and change the group's reminder policy (a change re-plans the group's reminders) and the language of the
/// group's channel.
/// </summary>
public sealed class ReminderSettingsHandler(IGroupSettingsStore settings, IGroupStore groups, ReminderPlanner planner)
{
    private const int MaxDaysBefore = 60;

    public Task<Reply> ShowAsync(GroupContext context, CancellationToken cancellationToken) =>
        Task.FromResult<Reply>(
            new CardReply(ReminderSettingsCard.Build(context.Texts, context.Group, context.Read.Settings.Policy))
        );

    public async Task<Reply> SaveAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var (input, texts, group) = (context.Request.Input, context.Texts, context.Group);
        var current = context.Read.Settings.Policy;
        if (Read(input, current) is not { } policy || LanguageOf(input, group.Language) is not { } language)
        {
            return new CardReply(
                ReminderSettingsCard.Build(
                    texts,
                    group,
                    current,
                    new Notice(texts[TextKey.ProblemSettings], IsProblem: true)
                )
            );
        }

        await planner.ChangeGroupAsync(
            group,
            () => settings.SavePolicyAsync(group.Key, policy, cancellationToken),
            cancellationToken
        );
        if (language != group.Language)
        {
            // Last: if it fails, the person is told to try again, and the form they send again sets it.
            await groups.SetLanguageAsync(group.Key, language, cancellationToken);
        }

        var saved = new Notice(texts[TextKey.SettingsSaved], IsProblem: false);
        return new CardReply(ReminderSettingsCard.Build(texts, group with { Language = language }, policy, saved));
    }

    /// <summary>The channel language the form asks for (the current one if the form has none), or null if it is no
    /// language.</summary>
    private static Language? LanguageOf(CardInput input, Language current) =>
        input.String(ReminderSettingsCard.ChannelLanguage) is { } value ? Languages.FromName(value) : current;

    /// <summary>The policy the form asks for, or null if any value is out of range.</summary>
    private static ReminderPolicy? Read(CardInput input, ReminderPolicy current)
    {
        var days = input
            .Text(ReminderSettingsCard.DaysBefore)
            .Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Select(d => int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)
            .ToList();
        var overdue = input.Int(ReminderSettingsCard.OverdueEvery);
        var tellChairs = input.Int(ReminderSettingsCard.TellChairsAfter);
        var valid =
            days.Count <= 5
            && days.All(d => d is >= 1 and <= MaxDaysBefore)
            && overdue is >= 1 and <= 20
            && tellChairs is >= 0 and <= MaxDaysBefore
            && Enum.TryParse<DayOfWeek>(input.String(ReminderSettingsCard.DigestDay), out var digestDay)
            && Enum.IsDefined(digestDay);
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
