using System.Text.Json.Nodes;
using WorkingGroupBot.Commands;
using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Cards;

/// <summary>Who is in the group and in which role; chairs get the buttons to change roles.</summary>
public static class MembersCard
{
    private const int MaxMembers = 60;

    public static JsonObject Build(Texts.Texts texts, Membership viewer, IReadOnlyList<Member> members, Notice? notice)
    {
        var all = members.Count(m => m.InRoster);
        var inRoster = members.Where(m => m.InRoster).OrderByDescending(m => m.IsChair).ThenBy(m => m.Name, StringComparer.CurrentCulture).Take(MaxMembers).ToList();
        var isChair = viewer.Member.IsChair;
        var group = new JsonObject { [CardData.Group] = viewer.Group.Key.GroupId };
        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts.Format(TextKey.MembersTitle, viewer.Group.Name)),
            .. Notices.Block(notice),
            .. inRoster.Select(m => Row(texts, m, group, isChair && !m.IsChair)),
            .. all > MaxMembers ? [AdaptiveCard.Text(texts.Format(TextKey.ShowingOf, MaxMembers, all), subtle: true)] : Array.Empty<JsonNode>(),
        ];
        var actions = isChair ? [AdaptiveCard.Execute(texts[TextKey.ButtonStepDown], Verbs.StepDown, group)] : Array.Empty<JsonNode>();
        return AdaptiveCard.Create(body, actions);
    }

    private static JsonObject Row(Texts.Texts texts, Member member, JsonObject group, bool canPromote)
    {
        var line = AdaptiveCard.Text($"{member.Name} — {HelpCard.RoleName(texts, member)}");
        if (!canPromote)
        {
            return line;
        }

        var data = (JsonObject)group.DeepClone();
        data[CardData.Member] = member.AadObjectId;
        return AdaptiveCard.Container([line, AdaptiveCard.Buttons([AdaptiveCard.Execute(texts[TextKey.ButtonMakeChair], Verbs.MakeChair, data)])]);
    }
}
