namespace WorkingGroupBot.Plans;

/// <summary>What changed between two states of an action, field by field, for the audit trail.</summary>
public static class FieldChanges
{
    public static IReadOnlyList<FieldChange> Between(ActionItem before, ActionItem after)
    {
        var changes = new List<FieldChange>();
        void Compare(ActionField field, string? a, string? b)
        {
            if (a != b)
            {
                changes.Add(new FieldChange(field, a, b));
            }
        }

        Compare(ActionField.Title, before.Title, after.Title);
        Compare(ActionField.Description, before.Description, after.Description);
        Compare(ActionField.Area, before.AreaId, after.AreaId);
        Compare(ActionField.Responsible, string.Join(',', before.Responsible), string.Join(',', after.Responsible));
        Compare(ActionField.Institution, before.Institution, after.Institution);
        Compare(ActionField.Deadline, DeadlineText(before), DeadlineText(after));
        Compare(ActionField.Status, before.Status.ToString(), after.Status.ToString());
        Compare(ActionField.BlockedReason, before.BlockedReason, after.BlockedReason);
        return changes;
    }

    private static string DeadlineText(ActionItem action) =>
        action.Deadline.ToString("yyyy-MM-dd") + (action.DeadlineTime is { } t ? " " + t.ToString("HH:mm") : "");
}
