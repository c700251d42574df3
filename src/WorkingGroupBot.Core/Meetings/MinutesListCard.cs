using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Meetings;

/// <summary>
/// The group's minutes, newest meeting first, each tappable to open: approved ones for everyone, drafts for chairs too.
/// After the list, the links to download one meeting's approved revisions when they were asked for.
/// </summary>
public static class MinutesListCard
{
    public const int MaxListed = 12;

    /// <param name="latest">Each meeting's latest revision that the viewer may see.</param>
    public static JsonObject Build(TextSet texts, Group group, IReadOnlyList<Minutes> latest)
    {
        var shown = latest.OrderByDescending(m => m.Start).Take(MaxListed).ToList();
        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts.Format(TextKey.MinutesListTitle, group.Name)),
            .. shown.Count == 0
                ? [AdaptiveCard.Text(texts[TextKey.MinutesListNone])]
                : shown.Select(m =>
                    AdaptiveCard.Tappable(
                        AdaptiveCard.Container(
                            [
                                AdaptiveCard.Text(
                                    $"**{Formats.Short(m.Title, 80)}** · {MinutesTexts.When(texts, group, m)}"
                                ),
                                AdaptiveCard.Text(MinutesTexts.State(texts, m, group.TimeZone), subtle: true),
                            ],
                            separator: true
                        ),
                        Verbs.OpenMinutes,
                        MinutesCard.Data(group, m)
                    )
                ),
            .. Paging.Shown(texts, MaxListed, latest.Count),
        ];
        return AdaptiveCard.Create(body);
    }

    /// <summary>The download links of one meeting's approved revisions, newest first.</summary>
    public static JsonObject Links(
        TextSet texts,
        Group group,
        IReadOnlyList<Minutes> approved,
        Func<Minutes, string, string> url
    ) =>
        AdaptiveCard.Create(
            [
                AdaptiveCard.Heading(texts.Format(TextKey.MinutesTitle, approved[^1].Title)),
                AdaptiveCard.Text(MinutesTexts.When(texts, group, approved[^1]), subtle: true),
                AdaptiveCard.Text(texts[TextKey.MinutesDownloadIntro]),
                .. approved
                    .OrderByDescending(m => m.Revision)
                    .Select(m =>
                        AdaptiveCard.Container(
                            [
                                AdaptiveCard.Text(MinutesTexts.State(texts, m, group.TimeZone)),
                                AdaptiveCard.Buttons([
                                    AdaptiveCard.OpenUrl(texts[TextKey.ButtonDocx], url(m, MinutesFiles.Docx)),
                                    AdaptiveCard.OpenUrl(texts[TextKey.ButtonPrintable], url(m, MinutesFiles.Html)),
                                ]),
                            ],
                            separator: true
                        )
                    ),
            ],
            [
                AdaptiveCard.Execute(
                    texts[TextKey.ButtonMinutes],
                    Verbs.MinutesList,
                    new JsonObject { [CardData.Group] = group.Key.GroupId }
                ),
            ]
        );
}
