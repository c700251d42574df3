using WorkingGroupBot.Conversations;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Commands;

/// <summary>Routes a typed command or a pressed button to its handler.</summary>
public sealed class CommandDispatcher(HelpHandler help)
{
    private const int EchoLimit = 60;

    public Task<Reply> HandleAsync(Turn turn, BotCommand command, string? typedText, CancellationToken cancellationToken) => command switch
    {
        BotCommand.Help => help.HandleAsync(turn, cancellationToken),
        _ => Task.FromResult<Reply>(new TextReply(turn.Texts.Format(TextKey.UnknownCommandHint, Shorten(typedText)))),
    };

    private static string Shorten(string? text)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed.Length <= EchoLimit ? trimmed : trimmed[..EchoLimit] + "…";
    }
}
