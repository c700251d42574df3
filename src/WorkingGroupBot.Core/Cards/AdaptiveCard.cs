using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkingGroupBot.Cards;

/// <summary>
/// Small builders for Adaptive Card 1.5 JSON; each card builder composes these. Teams reads the text of a TextBlock and
/// of a fact as Markdown, so every text given to these builders goes through <see cref="Literal"/>: a member's
/// "[klikšķini](https://…)" in a note is text, not a link.
/// </summary>
public static class AdaptiveCard
{
    public const string Version = "1.5";
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    private static readonly JsonSerializerOptions Compact = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The card's JSON as it goes over the wire: UTF-8 text without \u escapes for Latvian letters.</summary>
    public static string ToJson(JsonObject card) => card.ToJsonString(Compact);

    public static JsonObject Create(IEnumerable<JsonNode> body, IEnumerable<JsonNode>? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = new JsonArray([.. body]),
        };
        var actionList = actions?.ToArray() ?? [];
        if (actionList.Length > 0)
        {
            card["actions"] = new JsonArray(actionList);
        }

        return card;
    }

    public static JsonObject Heading(string text) =>
        new()
        {
            ["type"] = "TextBlock",
            ["text"] = Literal(text),
            ["size"] = "Large",
            ["weight"] = "Bolder",
            ["wrap"] = true,
            ["style"] = "heading",
        };

    public static JsonObject Subheading(string text) =>
        new()
        {
            ["type"] = "TextBlock",
            ["text"] = Literal(text),
            ["weight"] = "Bolder",
            ["wrap"] = true,
            ["spacing"] = "Medium",
        };

    public static JsonObject Text(string text, bool subtle = false)
    {
        var block = new JsonObject
        {
            ["type"] = "TextBlock",
            ["text"] = Literal(text),
            ["wrap"] = true,
        };
        if (subtle)
        {
            block["isSubtle"] = true;
        }

        return block;
    }

    public static JsonObject Bullets(IEnumerable<string> lines) =>
        new()
        {
            ["type"] = "TextBlock",
            ["text"] = string.Join("\n", lines.Select(l => "- " + Literal(l))),
            ["wrap"] = true,
        };

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) =>
        new()
        {
            ["type"] = "FactSet",
            ["facts"] = new JsonArray([
                .. facts.Select(f =>
                    (JsonNode)new JsonObject { ["title"] = Literal(f.Title), ["value"] = Literal(f.Value) }
                ),
            ]),
        };

    public static JsonObject Attention(string text) =>
        new()
        {
            ["type"] = "TextBlock",
            ["text"] = Literal(text),
            ["wrap"] = true,
            ["color"] = "Attention",
            ["weight"] = "Bolder",
        };

    public static JsonObject Container(IEnumerable<JsonNode> items, bool separator = false)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray([.. items]) };
        if (separator)
        {
            container["separator"] = true;
            container["spacing"] = "Medium";
        }

        return container;
    }

    public static JsonObject Buttons(IEnumerable<JsonNode> actions) =>
        new() { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. actions]) };

    /// <summary>A button that posts the verb back as a new message; for navigation that answers with a new
    /// card.</summary>
    public static JsonObject Submit(string title, string verb, JsonObject? data = null) =>
        new()
        {
            ["type"] = "Action.Submit",
            ["title"] = title,
            ["data"] = WithVerb(data, verb),
        };

    /// <summary>
    /// A Universal Action: the bot answers with a card that replaces this one in place. Where a Teams client cannot run
    /// Action.Execute, its fallback, an Action.Submit with the same data, is pressed instead; the bot answers that the
    /// same way and replaces the card too (CardData.InPlace).
    /// </summary>
    public static JsonObject Execute(string title, string verb, JsonObject? data = null, bool primary = false)
    {
        var withVerb = WithVerb(data, verb);
        var fallback = (JsonObject)withVerb.DeepClone();
        fallback[CardData.InPlace] = "true";
        var action = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = withVerb,
            ["fallback"] = new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = title,
                ["data"] = fallback,
            },
        };
        if (primary)
        {
            action["style"] = "positive";
        }

        return action;
    }

    /// <summary>
    /// A button for what cannot simply be undone: pressed, it opens the question on the card, and only the confirming
    /// button under it does the thing.
    /// </summary>
    public static JsonObject Confirmed(string title, string question, string confirm, string verb, JsonObject data)
    {
        var yes = Execute(confirm, verb, data);
        yes["style"] = "destructive";
        return ShowCard(title, [Text(question)], [yes]);
    }

    /// <summary>
    /// An item's buttons with at most three in sight: when there are more, the first two stay and the rest go under
    /// "More…". Order the buttons by how often people need them.
    /// </summary>
    public static IReadOnlyList<JsonNode> AtMostThree(IEnumerable<JsonNode> actions, string moreTitle)
    {
        var all = actions.ToList();
        return all.Count <= MaxInSight
            ? all
            : [.. all.Take(MaxInSight - 1), ShowCard(moreTitle, [], all.Skip(MaxInSight - 1))];
    }

    private const int MaxInSight = 3;

    /// <summary>
    /// Makes the whole element a button (its selectAction): tapped, it runs the verb like a button. It carries no
    /// Action.Submit fallback: on a card of many such elements that would double its size past Teams' limit.
    /// </summary>
    public static JsonObject Tappable(JsonObject element, string verb, JsonObject data)
    {
        element["selectAction"] = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["verb"] = verb,
            ["data"] = WithVerb(data, verb),
        };
        return element;
    }

    public static JsonObject ShowCard(string title, IEnumerable<JsonNode> body, IEnumerable<JsonNode> actions) =>
        new()
        {
            ["type"] = "Action.ShowCard",
            ["title"] = title,
            ["card"] = new JsonObject
            {
                ["type"] = "AdaptiveCard",
                ["body"] = new JsonArray([.. body]),
                ["actions"] = new JsonArray([.. actions]),
            },
        };

    public static JsonObject OpenUrl(string title, string url) =>
        new()
        {
            ["type"] = "Action.OpenUrl",
            ["title"] = title,
            ["url"] = url,
        };

    /// <summary>Teams refreshes the card for these users when they see it, so nobody acts on a stale copy.</summary>
    public static void RefreshFor(JsonObject card, IEnumerable<string> teamsUserIds, string verb, JsonObject data)
    {
        var users = teamsUserIds
            .Distinct()
            .Take(MaxRefreshUsers)
            .Select(id => (JsonNode)JsonValue.Create(id))
            .ToArray();
        card["refresh"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = verb,
                ["data"] = WithVerb(data, verb),
            },
            ["userIds"] = new JsonArray(users),
        };
    }

    private const int MaxRefreshUsers = 60;

    /// <summary>
    /// A line for the Teams notification and the chat list, instead of "Sent a card": the card's first text (its
    /// heading), plain.
    /// </summary>
    public static string Summary(JsonObject card)
    {
        var text = (FirstText(card["body"]) ?? "").Replace("**", "", StringComparison.Ordinal);
        return text.Length <= MaxSummary ? text : text[..(MaxSummary - 1)] + "…";
    }

    private const int MaxSummary = 120;

    private static string? FirstText(JsonNode? node) =>
        node switch
        {
            JsonObject { } block when (string?)block["type"] == "TextBlock" => (string?)block["text"],
            JsonObject container => FirstText(container["items"]),
            JsonArray items => items.Select(FirstText).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)),
            _ => null,
        };

    private static JsonObject WithVerb(JsonObject? data, string verb)
    {
        var copy = data is null ? new JsonObject() : (JsonObject)data.DeepClone();
        copy[CardData.Verb] = verb;
        return copy;
    }

    /// <summary>
    /// Member-written text with its Markdown links broken: Teams reads a TextBlock as Markdown, and a note's
    /// "[klikšķini](https://…)" must show as typed, never as a link whose target is hidden. A zero-width space between
    /// "]"
    /// and "(" breaks the link and looks the same on every client; backslash escapes show as backslashes on Teams
    /// mobile.
    /// Bold, italics and lists a member types stay harmless formatting.
    /// </summary>
    public static string Literal(string text) => text.Replace("](", "]\u200B(", StringComparison.Ordinal);
}
