namespace WorkingGroupBot.Storage;

/// <summary>The plan row: that the plan was started, and the number the next action gets.</summary>
public sealed class PlanEntity : Entity
{
    public int NextNumber { get; set; } = 1;
}
