namespace WorkingGroupBot.Reminders;

/// <summary>What one sweep did: reminders sent, dropped as no longer wanted, left for later, or taken by another dispatcher.</summary>
public sealed record SweepResult(int Found, int Sent, int Dropped, int Unreachable, int Failed, int TakenByOthers)
{
    public static SweepResult Of(int found, IEnumerable<DispatchOutcome> outcomes)
    {
        var list = outcomes.ToList();
        int Count(DispatchOutcome o) => list.Count(x => x == o);
        return new SweepResult(found, Count(DispatchOutcome.Sent), Count(DispatchOutcome.Dropped), Count(DispatchOutcome.Unreachable), Count(DispatchOutcome.Failed), Count(DispatchOutcome.TakenByOther));
    }
}

public enum DispatchOutcome
{
    Sent,
    Dropped,
    Unreachable,
    Failed,
    TakenByOther,
}
