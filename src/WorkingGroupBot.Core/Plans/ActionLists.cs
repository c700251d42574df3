using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// The lists the plan card opens: an area's actions, a person's unfinished ones, or the unfinished ones no one in the
/// roster is responsible for. Unfinished first, nearest deadline first.
/// </summary>
public static class ActionLists
{
    public const string NoOne = "noOne";

    public static string OfArea(string areaId) => AreaPrefix + areaId;

    public static string OfPerson(string aadObjectId) => PersonPrefix + aadObjectId;

    public static string OfInstitution(string id) => InstitutionPrefix + id;

    /// <returns>The list's title and its actions; null when <paramref name="of"/> names nothing in this group.</returns>
    public static (string Title, IReadOnlyList<ActionItem> Actions)? Select(GroupContext context, string? of)
    {
        var (texts, actions) = (context.Texts, context.Read.Actions);
        if (of == NoOne)
        {
            var roster = context.Roster;
            return (
                texts[TextKey.ActionListNoOne],
                Ordered(actions.Where(a => !a.Status.IsClosed() && !a.Responsible.Any(roster.Contains)))
            );
        }

        if (IdIn(of, AreaPrefix) is { } areaId && context.Plan.Find(areaId) is { } area)
        {
            return (
                area.DisplayName(texts),
                Ordered(actions.Where(a => a.AreaId == area.Id && a.Status != ActionStatus.Cancelled))
            );
        }

        if (IdIn(of, PersonPrefix) is { } aad && context.Members.FirstOrDefault(m => m.AadObjectId == aad) is { } who)
        {
            return (
                texts.Format(TextKey.ActionListPerson, who.Name),
                Ordered(actions.Where(a => !a.Status.IsClosed() && a.IsResponsible(who.AadObjectId)))
            );
        }

        if (
            IdIn(of, InstitutionPrefix) is { } id
            && context.Read.Institutions.FirstOrDefault(i => i.Id == id) is { } institution
        )
        {
            return (
                institution.DisplayName(texts),
                Ordered(actions.Where(a => !a.Status.IsClosed() && PlanSummary.IsOf(a, institution)))
            );
        }

        return null;
    }

    /// <summary>What a chair does from the list: hand a person's actions over, add an action to an area; null for
    /// other lists.</summary>
    public static JsonNode? ChairAction(TextSet texts, Group group, string? of) =>
        IdIn(of, PersonPrefix) is { } person
            ? AdaptiveCard.Execute(
                texts[TextKey.ButtonHandover],
                Verbs.Handover,
                new JsonObject { [CardData.Group] = group.Key.GroupId, [CardData.Member] = person }
            )
        : IdIn(of, AreaPrefix) is { } area
            ? AdaptiveCard.Execute(
                texts[TextKey.ButtonNewActionHere],
                Verbs.NewAction,
                new JsonObject { [CardData.Group] = group.Key.GroupId, [CardData.Area] = area }
            )
        : null;

    private const string AreaPrefix = "area:";
    private const string PersonPrefix = "person:";
    private const string InstitutionPrefix = "inst:";

    private static string? IdIn(string? of, string prefix) =>
        of is not null && of.StartsWith(prefix, StringComparison.Ordinal) ? of[prefix.Length..] : null;

    private static IReadOnlyList<ActionItem> Ordered(IEnumerable<ActionItem> actions) =>
        actions.OrderBy(a => a.Status.IsClosed()).ThenBy(a => a.Deadline).ThenBy(a => a.Number).ToList();
}
