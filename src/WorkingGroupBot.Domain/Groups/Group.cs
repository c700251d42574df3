using WorkingGroupBot.Conversations;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Groups;

public sealed record Group
{
    public const string DefaultTimeZone = "Europe/Riga";

    public required GroupKey Key { get; init; }
    public required string Name { get; init; }
    public required GroupKind Kind { get; init; }
    public required ConversationAddress Channel { get; init; }
    public required bool Active { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public string TimeZone { get; init; } = DefaultTimeZone;

    /// <summary>What the group's channel is written in (digests, meeting notices): the installer's, until a chair
    /// changes it.</summary>
    public Language Language { get; init; } = Language.Latvian;
}
