using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Commands;

public static class HelpCard
{
    private const int ButtonsPerRow = 3;
    private const int MaxGroups = 20;

    public static JsonObject Build(TextSet texts, IReadOnlyList<Membership> memberships)
    {
        var isChair = memberships.Any(m => m.Member.IsChair);
        var commands = CommandCatalog.For(isChair).ToList();
        var roles =
            memberships.Count == 0
                ? [AdaptiveCard.Text(texts[TextKey.HelpNoGroup])]
                : memberships
                    .Take(MaxGroups)
                    .Select(m =>
                        AdaptiveCard.Text(
                            texts.Format(TextKey.HelpRoleInGroup, m.Group.Name, MembersCard.RoleName(texts, m.Member))
                        )
                    )
                    .Concat(Paging.Shown(texts, MaxGroups, memberships.Count));

        // Teams shows at most six buttons in a row: the command buttons go in rows of three.
        var buttons = commands
            .Where(c => c.Verb != Verbs.Help)
            .Select(c => (JsonNode)AdaptiveCard.Submit(Capitalize(texts[c.Keyword]), c.Verb))
            .Chunk(ButtonsPerRow)
            .Select(row => (JsonNode)AdaptiveCard.Buttons(row));
        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts[TextKey.HelpTitle]),
            .. roles,
            AdaptiveCard.Text(texts[TextKey.HelpCommandsIntro], subtle: true),
            AdaptiveCard.Facts(commands.Select(c => (texts[c.Keyword], texts[c.Description]))),
            .. buttons,
        ];
        return AdaptiveCard.Create(body);
    }

    /// <summary>
    /// The answer to text the bot did not understand: what it did not understand, and the commands anyone most likely
    /// meant as buttons (the whole list is one press away, under Help).
    /// </summary>
    public static JsonObject Hint(TextSet texts, string typed)
    {
        string[] likely = [Verbs.MyActions, Verbs.Plan, Verbs.Help];
        var buttons = CommandCatalog
            .For(isChair: false)
            .Where(c => likely.Contains(c.Verb))
            .Select(c => (JsonNode)AdaptiveCard.Submit(Capitalize(texts[c.Keyword]), c.Verb));
        return AdaptiveCard.Create([
            AdaptiveCard.Text(texts.Format(TextKey.UnknownCommandHint, typed)),
            AdaptiveCard.Buttons(buttons),
        ]);
    }

    private static string Capitalize(string word) =>
        word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
