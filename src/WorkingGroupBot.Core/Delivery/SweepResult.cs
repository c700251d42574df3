using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Delivery;

/// <summary>
/// What one sweep did: reminders sent, dropped as no longer wanted, skipped for a later one of their chain, left for
/// later, or taken by another dispatcher; promises to plan an action's reminders kept.
/// </summary>
public sealed record SweepResult(
    int Found,
    int Sent,
    int Dropped,
    int Skipped,
    int Unreachable,
    int Failed,
    int TakenByOthers,
    int Replanned
)
{
    public static SweepResult Of(int found, IEnumerable<DispatchOutcome> outcomes)
    {
        var list = outcomes.ToList();
        int Count(DispatchOutcome o) => list.Count(x => x == o);
        return new SweepResult(
            found,
            Count(DispatchOutcome.Sent),
            Count(DispatchOutcome.Dropped),
            Count(DispatchOutcome.Skipped),
            Count(DispatchOutcome.Unreachable),
            Count(DispatchOutcome.Failed),
            Count(DispatchOutcome.TakenByOther),
            Count(DispatchOutcome.Replanned)
        );
    }

    public static SweepResult operator +(SweepResult a, SweepResult b) =>
        new(
            a.Found + b.Found,
            a.Sent + b.Sent,
            a.Dropped + b.Dropped,
            a.Skipped + b.Skipped,
            a.Unreachable + b.Unreachable,
            a.Failed + b.Failed,
            a.TakenByOthers + b.TakenByOthers,
            a.Replanned + b.Replanned
        );
}

public enum DispatchOutcome
{
    Sent,
    Dropped,
    Skipped,
    Unreachable,
    Failed,
    TakenByOther,
    Replanned,
}
