using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Members;

/// <summary>
/// Who is in the group and in which role, by institution when the group has set them up (each under its institution's
/// name, "representative" or "deputy" beside them); chairs get the buttons to change roles.
/// </summary>
public static class MembersCard
{
    private const int PageSize = 40;

    /// <summary>With institutions a page has their headings too, so it lists fewer people.</summary>
    private const int PageSizeByInstitution = 30;
    private const int MaxHeading = 60;

    /// <param name="page">Which page of members, chairs first then by name, from 0.</param>
    public static JsonObject Build(
        TextSet texts,
        Membership viewer,
        IReadOnlyList<Member> members,
        IReadOnlyList<Institution> institutions,
        Notice? notice,
        int? page = null
    )
    {
        var ordered = Institution.Ordered(institutions, texts);
        int Rank(Member m) =>
            Institution.Of(ordered, m.AadObjectId) is { } i ? ordered.ToList().IndexOf(i) : ordered.Count;
        var inRoster = members
            .Where(m => m.InRoster)
            .OrderBy(Rank)
            .ThenByDescending(m => m.IsChair)
            .ThenBy(m => m.Name, StringComparer.CurrentCulture)
            .ToList();
        var pageSize = ordered.Count == 0 ? PageSize : PageSizeByInstitution;
        var paging = Paging.Of(inRoster.Count, pageSize, page);
        var isChair = viewer.Member.IsChair;
        var group = new JsonObject { [CardData.Group] = viewer.Group.Key.GroupId };
        var here = new JsonObject { [CardData.Group] = viewer.Group.Key.GroupId, [CardData.Page] = paging.Page };
        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts.Format(TextKey.MembersTitle, viewer.Group.Name)),
            .. Notices.Block(notice),
            .. Rows(texts, paging.Take(inRoster, pageSize).ToList(), ordered, here, isChair),
            .. paging.Blocks(texts, Verbs.Members, group),
        ];
        JsonNode away = AdaptiveCard.Execute(texts[TextKey.ButtonAway], Verbs.Absences, group);
        JsonNode listInstitutions = AdaptiveCard.Execute(texts[TextKey.ButtonInstitutions], Verbs.Institutions, group);
        JsonNode[] actions = isChair
            ?
            [
                away,
                listInstitutions,
                AdaptiveCard.Confirmed(
                    texts[TextKey.ButtonStepDown],
                    texts[TextKey.ConfirmStepDown],
                    texts[TextKey.ButtonConfirm],
                    Verbs.StepDown,
                    here
                ),
            ]
            : [away, listInstitutions];
        return AdaptiveCard.Create(body, actions);
    }

    /// <summary>The page's members, each institution's under its name (when the group has institutions).</summary>
    private static IEnumerable<JsonNode> Rows(
        TextSet texts,
        IReadOnlyList<Member> shown,
        IReadOnlyList<Institution> institutions,
        JsonObject here,
        bool viewerIsChair
    )
    {
        var heading = (string?)null;
        foreach (var member in shown)
        {
            var institution = Institution.Of(institutions, member.AadObjectId);
            var title = Formats.Short(
                institution?.DisplayName(texts) ?? texts[TextKey.MembersWithoutInstitution],
                MaxHeading
            );
            if (institutions.Count > 0 && title != heading)
            {
                heading = title;
                yield return AdaptiveCard.Subheading(title);
            }

            yield return Row(texts, member, institution, here, viewerIsChair && !member.IsChair);
        }
    }

    private static JsonObject Row(
        TextSet texts,
        Member member,
        Institution? institution,
        JsonObject group,
        bool canPromote
    )
    {
        var part =
            institution is null ? ""
            : institution.Deputy == member.AadObjectId ? " · " + texts[TextKey.RoleDeputy]
            : " · " + texts[TextKey.RoleRepresentative];
        var line = AdaptiveCard.Text($"{member.Name} — {RoleName(texts, member)}{part}");
        if (!canPromote)
        {
            return line;
        }

        var data = (JsonObject)group.DeepClone();
        data[CardData.Member] = member.AadObjectId;
        return AdaptiveCard.Container([
            line,
            AdaptiveCard.Buttons([AdaptiveCard.Execute(texts[TextKey.ButtonMakeChair], Verbs.MakeChair, data)]),
        ]);
    }

    public static string RoleName(TextSet texts, Member member) =>
        texts[member.IsChair ? TextKey.RoleChair : TextKey.RoleMember];
}
