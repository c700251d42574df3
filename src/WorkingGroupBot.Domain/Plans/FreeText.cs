using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// The one rule for every free-text field the bot stores: its length limit, which is both the card input's maxLength
/// and the server's check, and the personal-code guard, which reads all fields of one submission together.
/// </summary>
public static class FreeText
{
    public const int ActionTitle = 200;
    public const int ActionDescription = 2000;
    public const int Note = 1000;
    public const int BlockedReason = 500;
    public const int AreaName = 100;
    public const int MeetingTitle = 100;
    public const int MeetingPlace = 300;

    /// <summary>A custom iCalendar RRULE; it must also parse, but it is stored and published as typed.</summary>
    public const int MeetingRule = 200;

    /// <summary>A decision can become an action, so it is no longer than an action's title.</summary>
    public const int Decision = ActionTitle;

    /// <summary>The "other decisions" box, one decision per line.</summary>
    public const int OtherDecisions = 2000;

    /// <summary>
    /// A meeting's record is one JSON table property (at most 32K characters); with every character of a decision
    /// escaped (\uXXXX) 20 decisions take under 25K, leaving room for the attendance lists.
    /// </summary>
    public const int DecisionsPerMeeting = 20;

    /// <summary>A point a chair adds to a meeting's agenda, and how many one meeting takes.</summary>
    public const int AgendaPoint = 300;

    public const int AgendaPointsPerMeeting = 10;

    /// <summary>A note on an action's outcome in the minutes.</summary>
    public const int OutcomeNote = 200;

    /// <summary>The minutes' other notes.</summary>
    public const int MinutesNotes = 2000;

    /// <summary>Who represented a member at a meeting.</summary>
    public const int RepresentedBy = 100;

    /// <summary>What is wrong with one required field on its own: missing, over its limit, or holding a personal
    /// code.</summary>
    public static TextKey? Problem(string text, TextKey missing, int limit, TextKey tooLong) =>
        text.Length == 0 ? missing
        : text.Length > limit ? tooLong
        : HasPersonalCode(text) ? TextKey.ProblemPersonalData
        : null;

    /// <summary>
    /// True when the fields, read together, hold something that looks like a personal code: a code split between two
    /// fields (a title ending "010190-", a description starting "12345") is still found, as a line break is a
    /// separator.
    /// </summary>
    public static bool HasPersonalCode(params IEnumerable<string?> fields) =>
        PersonalCode.IsIn(string.Join('\n', fields.OfType<string>()));
}
