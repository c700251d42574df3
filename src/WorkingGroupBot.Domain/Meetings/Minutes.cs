namespace WorkingGroupBot.Meetings;

/// <summary>How a member took part in a meeting, as its minutes record it; in the order the minutes list them.</summary>
public enum Presence
{
    Present,
    Apologies,
    Represented,
    InWriting,
    Absent,
}

/// <summary>What became of an action the meeting looked at, in the terms MARAC minutes use.</summary>
public enum Outcome
{
    Done,
    InProgress,
    NotUndertaken,
    NotPossible,
}

/// <summary>One member's presence; <paramref name="By"/> names who represented them.</summary>
public sealed record PresenceLine(string Person, Presence Presence, string By = "");

/// <summary>An action the meeting looked at (its title as it was then), with its outcome and a short note.</summary>
public sealed record OutcomeLine(int Action, string Title, Outcome Outcome, string Note = "");

/// <summary>A decision as approved minutes keep it: with whom and by when, if it became an action.</summary>
public sealed record MinutesDecision(string Text, int? Action, string Owners, DateOnly? Deadline);

/// <summary>A section of the agenda as the meeting had it.</summary>
public sealed record MinutesSection(string Title, IReadOnlyList<string> Lines);

/// <summary>
/// The minutes (protokols) of one meeting, one revision of them. A draft is edited by chairs; approval freezes it,
/// with its decisions and the members who were absent written in; a correction is a new revision, and every approved
/// revision is kept.
/// </summary>
public sealed record Minutes
{
    /// <summary>At most this many actions of the agenda get an outcome in one meeting's minutes (the card asks a page of
    /// them at a time).</summary>
    public const int MaxOutcomes = 30;

    public required string SeriesId { get; init; }
    public required DateOnly OriginalDate { get; init; }
    public required string Title { get; init; }
    public required DateTimeOffset Start { get; init; }
    public string Place { get; init; } = "";
    public int Revision { get; init; } = 1;

    public IReadOnlyList<PresenceLine> Presence { get; init; } = [];
    public IReadOnlyList<MinutesSection> Agenda { get; init; } = [];
    public IReadOnlyList<OutcomeLine> Outcomes { get; init; } = [];

    /// <summary>Written in when approved; a draft shows the meeting's decisions as recorded now.</summary>
    public IReadOnlyList<MinutesDecision> Decisions { get; init; } = [];

    public string Notes { get; init; } = "";
    public DateTimeOffset? NextMeeting { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }
    public string ApprovedBy { get; init; } = "";

    public bool IsApproved => ApprovedAt is not null;

    /// <summary>The actions to carry over to the next meeting: not undertaken or still in progress.</summary>
    public IEnumerable<OutcomeLine> Open =>
        Outcomes.Where(o => o.Outcome is Outcome.NotUndertaken or Outcome.InProgress);

    public Presence PresenceOf(string person) =>
        Presence.FirstOrDefault(p => p.Person == person)?.Presence ?? Meetings.Presence.Absent;

    /// <summary>The next revision, a draft to correct these approved minutes with.</summary>
    public Minutes Correction() =>
        this with
        {
            Revision = Revision + 1,
            ApprovedAt = null,
            ApprovedBy = "",
            Presence = Presence.Where(p => p.Presence != Meetings.Presence.Absent).ToList(),
        };
}

public static class Outcomes
{
    /// <summary>The outcome a draft suggests from an action's status; chairs change it.</summary>
    public static Outcome Of(Plans.ActionStatus status) =>
        status switch
        {
            Plans.ActionStatus.Done => Outcome.Done,
            Plans.ActionStatus.Cancelled => Outcome.NotPossible,
            Plans.ActionStatus.Open => Outcome.NotUndertaken,
            _ => Outcome.InProgress,
        };
}
