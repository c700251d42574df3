namespace WorkingGroupBot.Conversations;

/// <summary>
/// Who in the group may use a verb. What a person may do to one action (its responsible people or a chair, depending
/// on the change) is decided on the action as stored, by the plan's rules, not here.
/// </summary>
public enum Access
{
    /// <summary>Anyone in the group's roster.</summary>
    Member,

    /// <summary>The group's chairs only.</summary>
    Chair,
}
