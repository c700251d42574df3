using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>The plan overview: each area's actions by status, overdue and unassigned actions, and who does
/// what.</summary>
public static class PlanCard
{
    private const int MaxPeople = 15;
    private const int MaxUnassignedListed = 5;
    private const int AreasPerPage = 15;

    /// <param name="page">Which page of areas, from 0.</param>
    public static JsonObject Build(
        TextSet texts,
        Group group,
        PlanSummary summary,
        bool viewerIsChair,
        int? page = null
    )
    {
        var data = new JsonObject { [CardData.Group] = group.Key.GroupId };
        var paging = Paging.Of(summary.Areas.Count, AreasPerPage, page);
        var people = summary
            .WhoDoesWhat.Take(MaxPeople)
            .Select(l =>
                l.Nearest is { } nearest
                    ? texts.Format(
                        TextKey.PlanMemberLoad,
                        l.Member.Name,
                        l.Open,
                        Formats.Deadline(texts, nearest),
                        Formats.ShortTitle(nearest)
                    )
                    : texts.Format(TextKey.PlanMemberFree, l.Member.Name)
            );
        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts.Format(TextKey.PlanTitle, group.Name)),
            .. BehindBlock(texts, summary),
            .. summary.Areas.Count == 0
                ? [AdaptiveCard.Text(texts[TextKey.PlanNoAreas], subtle: true)]
                : paging.Take(summary.Areas, AreasPerPage).Select(a => AreaBlock(texts, a)),
            .. paging.Blocks(texts, Verbs.Plan, data),
            AdaptiveCard.Subheading(texts[TextKey.PlanWhoDoesWhat]),
            AdaptiveCard.Bullets(people),
            .. Paging.Shown(texts, MaxPeople, summary.WhoDoesWhat.Count),
        ];
        List<JsonNode> actions = [AdaptiveCard.Submit(texts[TextKey.ButtonMyActions], Verbs.MyActions, data)];
        if (viewerIsChair)
        {
            actions.Add(AdaptiveCard.Submit(texts[TextKey.ButtonNewAction], Verbs.NewAction, data));
            actions.Add(AdaptiveCard.Submit(texts[TextKey.ButtonAreas], Verbs.Areas, data));
            actions.Add(AdaptiveCard.Submit(texts[TextKey.ButtonExport], Verbs.Export, data));
        }

        actions.Add(AdaptiveCard.Submit(texts[TextKey.ButtonMembers], Verbs.Members, data));
        return AdaptiveCard.Create(body, actions);
    }

    /// <summary>Who is behind, longest late first, and what no one is responsible for; or that nothing is.</summary>
    private static IEnumerable<JsonNode> BehindBlock(TextSet texts, PlanSummary summary)
    {
        if (summary.Behind.Count == 0 && summary.NoOneResponsible.Count == 0)
        {
            return [AdaptiveCard.Text(texts[TextKey.PlanNothingBehind], subtle: true)];
        }

        var people = summary
            .Behind.Take(MaxPeople)
            .Select(b => "⚠ " + texts.Format(TextKey.PlanBehindPerson, b.Member.Name, b.Overdue, b.OldestDays));
        var unassigned =
            summary.NoOneResponsible.Count == 0
                ? []
                : new[]
                {
                    texts.Format(
                        TextKey.PlanNoOneResponsible,
                        string.Join(", ", summary.NoOneResponsible.Take(MaxUnassignedListed).Select(Formats.ShortTitle))
                            + (
                                summary.NoOneResponsible.Count > MaxUnassignedListed
                                    ? $" +{summary.NoOneResponsible.Count - MaxUnassignedListed}"
                                    : ""
                            )
                    ),
                };
        return
        [
            AdaptiveCard.Subheading(texts[TextKey.PlanBehind]),
            AdaptiveCard.Bullets([.. people, .. unassigned]),
            .. Paging.Shown(texts, MaxPeople, summary.Behind.Count),
        ];
    }

    private static JsonObject AreaBlock(TextSet texts, AreaSummary area)
    {
        var shown = area.ByStatus.Where(s => s.Value > 0).ToList();
        var counts =
            shown.Count == 0
                ? texts[TextKey.PlanAreaEmpty]
                : string.Join(", ", shown.Select(s => $"{Formats.Status(texts, s.Key)} {s.Value}"));
        var name = area.Area.Retired
            ? texts.Format(TextKey.AreaRetiredName, area.Area.DisplayName(texts))
            : area.Area.DisplayName(texts);
        return AdaptiveCard.Container([
            AdaptiveCard.Subheading(name),
            AdaptiveCard.Text(counts, subtle: shown.Count == 0),
            .. area.Overdue > 0
                ? [AdaptiveCard.Attention("⚠ " + texts.Format(TextKey.PlanOverdue, area.Overdue))]
                : Array.Empty<JsonNode>(),
        ]);
    }
}
