using System.Globalization;
using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Reminders;

/// <summary>
/// For chairs: when the group's members are reminded, when chairs are told, when the digest comes, and the language of
/// what the bot writes to the group's channel.
/// </summary>
public static class ReminderSettingsCard
{
    public const string DaysBefore = "daysBefore";
    public const string At = "at";
    public const string OverdueEvery = "overdueEvery";
    public const string TellChairsAfter = "tellChairsAfter";
    public const string DigestDay = "digestDay";
    public const string DigestAt = "digestAt";
    public const string ChannelLanguage = "channelLanguage";

    /// <summary>Each language by its own name, as people look for it.</summary>
    private static readonly (string Title, string Value)[] LanguageChoices =
    [
        ("Latviešu", nameof(Language.Latvian)),
        ("English", nameof(Language.English)),
    ];

    public static JsonObject Build(TextSet texts, Group group, ReminderPolicy policy, Notice? notice = null)
    {
        var culture = texts.Language.Culture();
        var days = Enum.GetValues<DayOfWeek>().Select(d => (culture.DateTimeFormat.GetDayName(d), d.ToString()));
        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts[TextKey.ReminderSettingsTitle]),
            .. Notices.Block(notice),
            CardInputs.Text(
                DaysBefore,
                texts[TextKey.SettingDaysBefore],
                string.Join(", ", policy.DaysBefore),
                maxLength: 30
            ),
            CardInputs.Time(At, texts[TextKey.SettingAt], policy.At),
            CardInputs.Text(
                OverdueEvery,
                texts[TextKey.SettingOverdueEvery],
                policy.OverdueEveryWorkingDays.ToString(CultureInfo.InvariantCulture),
                maxLength: 2
            ),
            CardInputs.Text(
                TellChairsAfter,
                texts[TextKey.SettingTellChairsAfter],
                policy.TellChairsAfterDays.ToString(CultureInfo.InvariantCulture),
                maxLength: 2
            ),
            CardInputs.Choices(DigestDay, texts[TextKey.SettingDigestDay], days, policy.DigestDay.ToString()),
            CardInputs.Time(DigestAt, texts[TextKey.SettingDigestAt], policy.DigestAt),
            CardInputs.Choices(
                ChannelLanguage,
                texts[TextKey.SettingChannelLanguage],
                LanguageChoices,
                group.Language.ToString()
            ),
        ];
        return AdaptiveCard.Create(
            body,
            [
                AdaptiveCard.Execute(
                    texts[TextKey.ButtonSave],
                    Verbs.SaveReminderSettings,
                    new JsonObject { [CardData.Group] = group.Key.GroupId },
                    primary: true
                ),
            ]
        );
    }
}
