using System.Text.Json.Nodes;
using WorkingGroupBot.Commands;
using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Cards;

public static class HelpCard
{
    public static JsonObject Build(Texts.Texts texts, IReadOnlyList<Membership> memberships)
    {
        var isChair = memberships.Any(m => m.Member.IsChair);
        var commands = CommandCatalog.For(isChair).ToList();
        var roles = memberships.Count == 0
            ? [AdaptiveCard.Text(texts[TextKey.HelpNoGroup])]
            : memberships.Select(m => AdaptiveCard.Text(texts.Format(TextKey.HelpRoleInGroup, m.Group.Name, RoleName(texts, m.Member))));

        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts[TextKey.HelpTitle]),
            .. roles,
            AdaptiveCard.Text(texts[TextKey.HelpCommandsIntro], subtle: true),
            AdaptiveCard.Facts(commands.Select(c => (texts[c.Keyword], texts[c.Description]))),
        ];
        return AdaptiveCard.Create(body, commands.Select(c => AdaptiveCard.Submit(Capitalize(texts[c.Keyword]), c.Verb)));
    }

    public static string RoleName(Texts.Texts texts, Member member) =>
        texts[member.IsChair ? TextKey.RoleChair : TextKey.RoleMember];

    private static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
