using System.ComponentModel.DataAnnotations;
using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Reminders;

/// <summary>
/// The "Calendar" configuration section: the working days the Cabinet moves, which no rule gives (e.g. Friday
/// 19 November 2027 off, Saturday 27 November 2027 worked for it). Read once at start-up.
/// </summary>
public sealed class CalendarOptions : IValidatableObject
{
    public const string Section = "Calendar";

    /// <summary>Weekdays that are not worked (a bridging Friday or Monday).</summary>
    public List<DateOnly> DaysOff { get; set; } = [];

    /// <summary>Saturdays (or Sundays) that are worked instead.</summary>
    public List<DateOnly> WorkingDays { get; set; } = [];

    public LatvianCalendar Calendar() => new(DaysOff, WorkingDays);

    /// <summary>A day off must be a weekday that is no holiday, a working day a weekend day that is no holiday: any
    /// other entry is a typo, and start-up fails rather than count the wrong days.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var notWeekdays = DaysOff.Where(d => LatvianCalendar.IsWeekend(d) || LatvianCalendar.IsHoliday(d));
        var notWeekends = WorkingDays.Where(d => !LatvianCalendar.IsWeekend(d) || LatvianCalendar.IsHoliday(d));
        return
        [
            .. notWeekdays.Select(d => new ValidationResult(
                $"Calendar:DaysOff: {d:yyyy-MM-dd} is a weekend day or a public holiday already",
                [nameof(DaysOff)]
            )),
            .. notWeekends.Select(d => new ValidationResult(
                $"Calendar:WorkingDays: {d:yyyy-MM-dd} is not a Saturday or Sunday, or is a public holiday",
                [nameof(WorkingDays)]
            )),
        ];
    }
}
