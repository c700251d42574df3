using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Tests.Reminders;

public sealed class ReplanPromiseTests
{
    private static readonly DateTimeOffset Due = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_promise_for_one_action_comes_back_from_the_queue_as_it_went_in_and_is_sent_to_nobody()
    {
        var promise = new ReplanPromise("p1", 7, new DateOnly(2026, 3, 9), Due, "Europe/Riga");

        var queued = promise.AsQueued();

        Assert.Equal(ReminderSubject.Promise, queued.Subject);
        Assert.False(queued.ToChannel);
        Assert.Equal(promise, ReplanPromise.Of(queued));
    }

    [Fact]
    public void A_promise_for_the_whole_group_names_no_action()
    {
        var queued = new ReplanPromise("p2", null, null, Due, "Europe/Riga").AsQueued();

        Assert.Null(ReplanPromise.Of(queued)!.Action);
    }

    [Theory]
    [InlineData(ReminderKind.Before, ReminderSubject.Action, false)]
    [InlineData(ReminderKind.TellChair, ReminderSubject.Action, false)]
    [InlineData(ReminderKind.Digest, ReminderSubject.Digest, true)]
    [InlineData(ReminderKind.MeetingNotice, ReminderSubject.MeetingNotice, true)]
    public void A_reminder_is_about_its_subject_and_goes_to_a_member_or_the_channel(ReminderKind kind, ReminderSubject subject, bool toChannel)
    {
        var reminder = new Reminder { Kind = kind, DueAt = Due, TimeZone = "Europe/Riga" };

        Assert.Equal(subject, reminder.Subject);
        Assert.Equal(toChannel, reminder.ToChannel);
        Assert.Null(ReplanPromise.Of(reminder));
    }
}
