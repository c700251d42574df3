using System.Text.Json.Nodes;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.People;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Delivery;

/// <summary>
/// A reminder ready to go: the card, to whom (a member, or the group's channel when null), and what comes next. Without
/// a card nothing is sent now, but the chain goes on with <see cref="Next"/> (e.g. a later reminder is due already).
/// </summary>
public sealed record Outgoing(Group Group, Recipient? To, JsonObject? Card, Reminder? Next)
{
    /// <summary>
    /// Sends the current reminder, unless a later one of the same chain is also due (the bot was down for a while):
    /// then only the latest is sent, so people get one reminder, not a burst of stale ones.
    /// </summary>
    public static Outgoing InChain(
        Group group,
        Recipient? to,
        IEnumerable<Reminder> wanted,
        Reminder current,
        DateTimeOffset now,
        Func<JsonObject?> card
    )
    {
        var later = wanted.SkipWhile(r => r.DueAt <= current.DueAt);
        var alsoDue = later.TakeWhile(r => r.DueAt <= now).LastOrDefault();
        return alsoDue is not null
            ? new Outgoing(group, to, null, alsoDue)
            : new Outgoing(group, to, card(), later.FirstOrDefault());
    }
}

/// <summary>A member a reminder goes to, with what is stored about them as a person (null when nothing is
/// yet).</summary>
public sealed record Recipient(Member Member, Person? Person);
