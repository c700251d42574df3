namespace WorkingGroupBot.Plans;

/// <summary>A group's plan: its areas in order. A group has a plan once a chair has started it.</summary>
public sealed record Plan(IReadOnlyList<Area> Areas)
{
    public IEnumerable<Area> ActiveAreas => Areas.Where(a => !a.Retired);

    public Area? Find(string areaId) => Areas.FirstOrDefault(a => a.Id == areaId);
}
