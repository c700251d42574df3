using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// The plan overview: who is behind and what no one is responsible for; each area's counts and its first unfinished
/// actions; who does what. Tapping a person, an area or the no-one line lists exactly those actions.
/// </summary>
public static class PlanCard
{
    private const int MaxPeople = 8;
    private const int MaxUnassignedListed = 5;
    private const int AreasPerPage = 6;
    private const int ActionsPerArea = 3;

    /// <param name="view">An action as the viewer sees it.</param>
    /// <param name="page">Which page of areas, from 0.</param>
    public static JsonObject Build(
        TextSet texts,
        Group group,
        PlanSummary summary,
        Func<ActionItem, ActionView> view,
        bool viewerIsChair,
        int? page = null
    )
    {
        var data = new JsonObject { [CardData.Group] = group.Key.GroupId };
        var paging = Paging.Of(summary.Areas.Count, AreasPerPage, page);
        var back = new Back(Verbs.Plan, null, paging.Page);
        var people = summary
            .WhoDoesWhat.Take(MaxPeople)
            .Select(l =>
                Tappable(
                    AdaptiveCard.Text(
                        l.Nearest is { } nearest
                            ? texts.Format(
                                TextKey.PlanMemberLoad,
                                l.Member.Name,
                                l.Open,
                                Formats.Day(texts, nearest.Deadline),
                                Formats.ShortTitle(nearest)
                            )
                            : texts.Format(TextKey.PlanMemberFree, l.Member.Name)
                    ),
                    group,
                    ActionLists.OfPerson(l.Member.AadObjectId)
                )
            );
        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts.Format(TextKey.PlanTitle, group.Name)),
            AdaptiveCard.Text(texts[TextKey.PlanTapHint], subtle: true),
            .. BehindBlock(texts, group, summary, viewerIsChair),
            .. AwayBlock(texts, summary),
            .. summary.Areas.Count == 0
                ? [AdaptiveCard.Text(texts[TextKey.PlanNoAreas], subtle: true)]
                : paging.Take(summary.Areas, AreasPerPage).Select(a => AreaBlock(texts, group, a, view, back)),
            .. paging.Blocks(texts, Verbs.Plan, data),
            AdaptiveCard.Subheading(texts[TextKey.PlanWhoDoesWhat]),
            .. people,
            .. Paging.Shown(texts, MaxPeople, summary.WhoDoesWhat.Count),
            .. InstitutionsBlock(texts, group, summary),
        ];
        List<JsonNode> actions = [];
        if (viewerIsChair)
        {
            actions.Add(AdaptiveCard.Submit(texts[TextKey.ButtonNewAction], Verbs.NewAction, data));
        }

        actions.Add(AdaptiveCard.Submit(texts[TextKey.ButtonMyActions], Verbs.MyActions, data));
        if (viewerIsChair)
        {
            actions.Add(AdaptiveCard.Submit(texts[TextKey.ButtonExport], Verbs.Export, data));
            actions.Add(AdaptiveCard.Submit(texts[TextKey.ButtonAreas], Verbs.Areas, data));
        }

        actions.Add(AdaptiveCard.Submit(texts[TextKey.ButtonMembers], Verbs.Members, data));
        return AdaptiveCard.Create(body, AdaptiveCard.AtMostThree(actions, texts[TextKey.ButtonMore]));
    }

    /// <summary>A block that lists the actions it stands for when tapped.</summary>
    private static JsonObject Tappable(JsonObject block, Group group, string of) =>
        AdaptiveCard.Tappable(
            AdaptiveCard.Container([block]),
            Verbs.ListActions,
            new JsonObject { [CardData.Group] = group.Key.GroupId, [CardData.Of] = of }
        );

    /// <summary>Who is behind, longest late first, and what no one is responsible for; or that nothing is.</summary>
    private static IEnumerable<JsonNode> BehindBlock(
        TextSet texts,
        Group group,
        PlanSummary summary,
        bool viewerIsChair
    )
    {
        if (summary.Behind.Count == 0 && summary.NoOneResponsible.Count == 0 && summary.Left.Count == 0)
        {
            return [AdaptiveCard.Text(texts[TextKey.PlanNothingBehind], subtle: true)];
        }

        var people = summary
            .Behind.Take(MaxPeople)
            .Select(b =>
                Tappable(
                    AdaptiveCard.Attention(
                        "⚠ " + texts.Format(TextKey.PlanBehindPerson, b.Member.Name, b.Overdue, b.OldestDays)
                    ),
                    group,
                    ActionLists.OfPerson(b.Member.AadObjectId)
                )
            );
        var unassigned =
            summary.NoOneResponsible.Count == 0
                ? []
                : new[]
                {
                    Tappable(
                        AdaptiveCard.Text(
                            texts.Format(
                                TextKey.PlanNoOneResponsible,
                                string.Join(
                                    ", ",
                                    summary.NoOneResponsible.Take(MaxUnassignedListed).Select(Formats.ShortTitle)
                                )
                                    + (
                                        summary.NoOneResponsible.Count > MaxUnassignedListed
                                            ? $" +{summary.NoOneResponsible.Count - MaxUnassignedListed}"
                                            : ""
                                    )
                            )
                        ),
                        group,
                        ActionLists.NoOne
                    ),
                };
        // Who left with work still theirs: a chair taps to hand it over.
        var left = summary
            .Left.Take(MaxPeople)
            .Select(l =>
            {
                var line = AdaptiveCard.Attention("⚠ " + texts.Format(TextKey.PlanLeft, l.Member.Name, l.Unfinished));
                return viewerIsChair
                    ? AdaptiveCard.Tappable(
                        AdaptiveCard.Container([line]),
                        Verbs.Handover,
                        new JsonObject
                        {
                            [CardData.Group] = group.Key.GroupId,
                            [CardData.Member] = l.Member.AadObjectId,
                        }
                    )
                    : (JsonNode)line;
            });
        return
        [
            AdaptiveCard.Subheading(texts[TextKey.PlanBehind]),
            .. people,
            .. left,
            .. unassigned,
            .. Paging.Shown(texts, MaxPeople, summary.Behind.Count),
        ];
    }

    /// <summary>The institutions' unfinished and overdue actions (the first eight, the rest counted); tap one to list
    /// them.</summary>
    private static IEnumerable<JsonNode> InstitutionsBlock(TextSet texts, Group group, PlanSummary summary) =>
        summary.ByInstitution.Count == 0
            ? []
            :
            [
                AdaptiveCard.Subheading(texts[TextKey.PlanByInstitution]),
                .. Institution
                    .Ordered(summary.ByInstitution, b => b.Institution, texts)
                    .Take(MaxPeople)
                    .Select(b =>
                        Tappable(
                            AdaptiveCard.Text(
                                texts.Format(
                                    TextKey.PlanInstitutionLoad,
                                    Formats.Short(b.Institution.DisplayName(texts), 60),
                                    b.Unfinished,
                                    b.Overdue
                                )
                            ),
                            group,
                            ActionLists.OfInstitution(b.Institution.Id)
                        )
                    ),
                .. Paging.Shown(texts, MaxPeople, summary.ByInstitution.Count),
            ];

    /// <summary>Who is away today and who gets their reminders meanwhile.</summary>
    private static IEnumerable<JsonNode> AwayBlock(TextSet texts, PlanSummary summary) =>
        summary.Away.Count == 0
            ? []
            :
            [
                AdaptiveCard.Text(
                    texts.Format(
                        TextKey.PlanAway,
                        string.Join(
                            "; ",
                            summary.Away.Select(a =>
                                texts.Format(
                                    TextKey.AwayCoveredBy,
                                    a.Member.Name,
                                    Formats.Date(texts, a.Member.Away!.To),
                                    a.Cover?.Name ?? "—"
                                )
                            )
                        )
                    )
                ),
            ];

    /// <summary>The area's counts (tap: all its actions), then its first unfinished actions, each opening.</summary>
    private static JsonObject AreaBlock(
        TextSet texts,
        Group group,
        AreaSummary area,
        Func<ActionItem, ActionView> view,
        Back back
    )
    {
        var shown = area.ByStatus.Where(s => s.Value > 0).ToList();
        var counts =
            shown.Count == 0
                ? texts[TextKey.PlanAreaEmpty]
                : string.Join(", ", shown.Select(s => $"{Formats.Status(texts, s.Key)} {s.Value}"));
        var name = area.Area.Retired
            ? texts.Format(TextKey.AreaRetiredName, area.Area.DisplayName(texts))
            : area.Area.DisplayName(texts);
        var head = AdaptiveCard.Container([
            AdaptiveCard.Subheading(name),
            AdaptiveCard.Text(counts, subtle: shown.Count == 0),
            .. area.Overdue > 0
                ? [AdaptiveCard.Attention("⚠ " + texts.Format(TextKey.PlanOverdue, area.Overdue))]
                : Array.Empty<JsonNode>(),
        ]);
        return AdaptiveCard.Container([
            Tappable(head, group, ActionLists.OfArea(area.Area.Id)),
            .. area.Unfinished.Take(ActionsPerArea).Select(a => ActionListCard.Item(texts, view(a), back)),
            .. Paging.Shown(texts, Math.Min(ActionsPerArea, area.Unfinished.Count), area.Unfinished.Count),
        ]);
    }
}
