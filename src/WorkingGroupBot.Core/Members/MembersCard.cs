using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Members;

/// <summary>Who is in the group and in which role; chairs get the buttons to change roles.</summary>
public static class MembersCard
{
    private const int PageSize = 40;

    /// <param name="page">Which page of members, chairs first then by name, from 0.</param>
    public static JsonObject Build(
        TextSet texts,
        Membership viewer,
        IReadOnlyList<Member> members,
        Notice? notice,
        int? page = null
    )
    {
        var inRoster = members
            .Where(m => m.InRoster)
            .OrderByDescending(m => m.IsChair)
            .ThenBy(m => m.Name, StringComparer.CurrentCulture)
            .ToList();
        var paging = Paging.Of(inRoster.Count, PageSize, page);
        var isChair = viewer.Member.IsChair;
        var group = new JsonObject { [CardData.Group] = viewer.Group.Key.GroupId };
        var here = new JsonObject { [CardData.Group] = viewer.Group.Key.GroupId, [CardData.Page] = paging.Page };
        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts.Format(TextKey.MembersTitle, viewer.Group.Name)),
            .. Notices.Block(notice),
            .. paging.Take(inRoster, PageSize).Select(m => Row(texts, m, here, isChair && !m.IsChair)),
            .. paging.Blocks(texts, Verbs.Members, group),
        ];
        JsonNode away = AdaptiveCard.Execute(texts[TextKey.ButtonAway], Verbs.Absences, group);
        JsonNode[] actions = isChair
            ?
            [
                away,
                AdaptiveCard.Confirmed(
                    texts[TextKey.ButtonStepDown],
                    texts[TextKey.ConfirmStepDown],
                    texts[TextKey.ButtonConfirm],
                    Verbs.StepDown,
                    here
                ),
            ]
            : [away];
        return AdaptiveCard.Create(body, actions);
    }

    private static JsonObject Row(TextSet texts, Member member, JsonObject group, bool canPromote)
    {
        var line = AdaptiveCard.Text($"{member.Name} — {RoleName(texts, member)}");
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
