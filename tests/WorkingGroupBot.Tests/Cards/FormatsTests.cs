using WorkingGroupBot.Cards;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Tests.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Tests.Cards;

public sealed class FormatsTests
{
    private static ActionItem DueOn(DateOnly deadline, ActionStatus status = ActionStatus.Open) =>
        Build.Action(status: status) with { Deadline = deadline };

    [Theory]
    [InlineData("2026-12-31", "2026-12-31", "**⏰ Šodien** · ceturtd., 31.12.2026. (svētku diena)", "**⏰ Due today** · Thu 31 Dec 2026 (public holiday)")]
    [InlineData("2026-12-31", "2027-01-01", "**Rīt** · piektd., 01.01.2027. (svētku diena)", "**Tomorrow** · Fri 1 Jan 2027 (public holiday)")]
    [InlineData("2026-12-30", "2027-01-04", "**Pēc 5 dienām** · pirmd., 04.01.2027.", "**In 5 days** · Mon 4 Jan 2027")]
    [InlineData("2026-12-11", "2027-01-01", "**Pēc 21 dienas** · piektd., 01.01.2027. (svētku diena)", "**In 21 days** · Fri 1 Jan 2027 (public holiday)")]
    [InlineData("2027-01-02", "2026-12-30", "**⚠ Nokavēts 3 dienas** · trešd., 30.12.2026.", "**⚠ 3 days overdue** · Wed 30 Dec 2026")]
    [InlineData("2027-01-01", "2026-12-31", "**⚠ Nokavēts 1 dienu** · ceturtd., 31.12.2026. (svētku diena)", "**⚠ 1 day overdue** · Thu 31 Dec 2026 (public holiday)")]
    [InlineData("2026-03-28", "2026-03-30", "**Pēc 2 dienām** · pirmd., 30.03.2026.", "**In 2 days** · Mon 30 Mar 2026")] // clocks go forward on 29 March
    public void An_open_actions_deadline_reads_relative_first_then_the_day_with_its_weekday(
        string today, string deadline, string latvian, string english)
    {
        var action = DueOn(DateOnly.Parse(deadline));

        Assert.Equal(latvian, Formats.Due(TextSet.For(Language.Latvian), action, DateOnly.Parse(today)));
        Assert.Equal(english, Formats.Due(TextSet.For(Language.English), action, DateOnly.Parse(today)));
    }

    [Fact]
    public void A_closed_actions_deadline_is_only_its_day() =>
        Assert.Equal(
            "Wed 30 Dec 2026",
            Formats.Due(TextSet.For(Language.English), DueOn(new DateOnly(2026, 12, 30), ActionStatus.Done), new DateOnly(2027, 1, 2)));

    [Theory]
    [InlineData("2026-03-29T10:00:00Z", "svētd., 29.03.2026. 13:00", "Sun 29 Mar 2026 13:00")] // summer time since 03:00
    [InlineData("2026-12-31T22:30:00Z", "piektd., 01.01.2027. 00:30 (svētku diena)", "Fri 1 Jan 2027 00:30 (public holiday)")] // already next year in Riga
    public void A_moment_reads_in_the_groups_time_zone_with_its_weekday(string utc, string latvian, string english)
    {
        var at = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(latvian, Formats.Moment(TextSet.For(Language.Latvian), at, "Europe/Riga"));
        Assert.Equal(english, Formats.Moment(TextSet.For(Language.English), at, "Europe/Riga"));
    }
}
