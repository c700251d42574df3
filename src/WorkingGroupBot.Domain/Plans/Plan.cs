namespace WorkingGroupBot.Plans;

/// <summary>A group's plan: its areas in order. A group has a plan once a chair has started it.</summary>
/// <param name="NextNumber">The number the next action gets, as the plan was read.</param>
public sealed record Plan(IReadOnlyList<Area> Areas, int NextNumber = 1)
{
    public IEnumerable<Area> ActiveAreas => Areas.Where(a => !a.Retired);

    public Area? Find(string areaId) => Areas.FirstOrDefault(a => a.Id == areaId);
}
