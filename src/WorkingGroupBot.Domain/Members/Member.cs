namespace WorkingGroupBot.Members;

public sealed record Member
{
    public required TeamsIdentity Identity { get; init; }
    public required MemberRole Role { get; init; }

    /// <summary>False once the person has left the team or chat; their history stays.</summary>
    public required bool InRoster { get; init; }

    /// <summary>Teams refused a personal message to them (they blocked or removed the bot); chairs see this in the
    /// digest.</summary>
    public bool Unreachable { get; init; }

    /// <summary>When they are away (their reminders go to someone who covers for them), or null.</summary>
    public Absence? Away { get; init; }

    public string AadObjectId => Identity.AadObjectId;
    public string Name => Identity.Name;
    public bool IsChair => Role == MemberRole.Chair && InRoster;

    public bool IsAwayOn(DateOnly day) => Away?.Covers(day) == true;
}
