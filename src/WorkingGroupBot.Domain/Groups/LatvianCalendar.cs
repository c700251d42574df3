namespace WorkingGroupBot.Groups;

/// <summary>
/// Latvia's public holidays (the law "Par svētku, atceres un atzīmējamām dienām"): fixed dates, the days that follow
/// Easter, and the rule that moves 4 May and 18 November to the next Monday when they fall on a weekend. Working days
/// are Monday to Friday that are no holiday, changed by the days the Cabinet moves (a bridging Friday or Monday off, a
/// Saturday worked for it), which no rule gives: they come from configuration (<c>Calendar:DaysOff</c>,
/// <c>Calendar:WorkingDays</c>), so one instance is configured at start-up and passed to whatever counts working days.
/// </summary>
public sealed class LatvianCalendar(IEnumerable<DateOnly> daysOff, IEnumerable<DateOnly> workingDays)
{
    /// <summary>The law's holidays and weekends only, with no moved days.</summary>
    public static LatvianCalendar WithoutTransfers { get; } = new([], []);

    private readonly HashSet<DateOnly> daysOff = [.. daysOff];
    private readonly HashSet<DateOnly> workingDays = [.. workingDays];

    /// <summary>Easter Sunday (Gregorian), by the anonymous algorithm of Meeus, Jones and Butcher.</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var (b, c) = (year / 100, year % 100);
        var (d, e) = (b / 4, b % 4);
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var (i, k) = (c / 4, c % 4);
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The year's public holidays, in date order.</summary>
    public static IReadOnlyList<DateOnly> Holidays(int year)
    {
        var easter = EasterSunday(year);
        var secondSundayOfMay = new DateOnly(year, 5, 1).AddDays((7 - (int)new DateOnly(year, 5, 1).DayOfWeek) % 7 + 7);
        DateOnly[] days =
        [
            new(year, 1, 1),
            easter.AddDays(-2), // Lielā Piektdiena
            easter,
            easter.AddDays(1),
            new(year, 5, 1),
            new(year, 5, 4),
            .. MovedToMonday(new DateOnly(year, 5, 4)),
            secondSundayOfMay, // Mātes diena
            easter.AddDays(49), // Vasarsvētki
            new(year, 6, 23),
            new(year, 6, 24),
            new(year, 11, 18),
            .. MovedToMonday(new DateOnly(year, 11, 18)),
            new(year, 12, 24),
            new(year, 12, 25),
            new(year, 12, 26),
            new(year, 12, 31),
        ];
        return days.Distinct().Order().ToList();
    }

    public static bool IsHoliday(DateOnly date) => Holidays(date.Year).Contains(date);

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public bool IsWorkingDay(DateOnly date) =>
        workingDays.Contains(date) || !IsWeekend(date) && !IsHoliday(date) && !daysOff.Contains(date);

    /// <summary>The working days after <paramref name="date"/>, in order (an endless sequence).</summary>
    public IEnumerable<DateOnly> WorkingDaysAfter(DateOnly date)
    {
        for (; ; )
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                yield return date;
            }
        }
    }

    /// <summary>The day itself when it is a working day, else the first working day after it.</summary>
    public DateOnly OnOrNextWorkingDay(DateOnly date) => IsWorkingDay(date) ? date : WorkingDaysAfter(date).First();

    /// <summary>4 May and 18 November on a Saturday or Sunday give the Monday after as a holiday.</summary>
    private static IEnumerable<DateOnly> MovedToMonday(DateOnly date) =>
        date.DayOfWeek switch
        {
            DayOfWeek.Saturday => [date.AddDays(2)],
            DayOfWeek.Sunday => [date.AddDays(1)],
            _ => [],
        };
}
