namespace WorkingGroupBot.Plans;

/// <summary>The input ids of the action form; the card builder and the reader of its submissions share them.</summary>
public static class ActionForm
{
    public const string Title = "title";
    public const string Description = "description";
    public const string Area = "area";
    public const string Responsible = "responsible";
    public const string Institution = "institution";
    public const string Deadline = "deadline";
    public const string DeadlineTime = "deadlineTime";
    public const string Note = "note";
    public const string Reason = "reason";
    public const string AreaName = "areaName";
}
