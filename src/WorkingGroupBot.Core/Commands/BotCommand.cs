namespace WorkingGroupBot.Commands;

public enum BotCommand
{
    Unknown,
    Help,
}
