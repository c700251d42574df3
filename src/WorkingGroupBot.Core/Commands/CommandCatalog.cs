using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Commands;

/// <summary>Every command the bot understands; help cards and the app manifest are built from this list.</summary>
public static class CommandCatalog
{
    public static IReadOnlyList<CommandInfo> All { get; } =
    [
        new(BotCommand.Help, "help", TextKey.CommandHelp, TextKey.CommandHelpDescription),
    ];

    public static string VerbOf(BotCommand command) => All.Single(c => c.Command == command).Verb;

    public static IEnumerable<CommandInfo> For(bool isChair) => All.Where(c => isChair || !c.ChairsOnly);
}
