namespace WorkingGroupBot.Plans;

public enum ActionStatus
{
    Open,
    InProgress,
    Blocked,
    Done,
    Cancelled,
}

public static class ActionStatuses
{
    public static bool IsClosed(this ActionStatus status) => status is ActionStatus.Done or ActionStatus.Cancelled;
}
