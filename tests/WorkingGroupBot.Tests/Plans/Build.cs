using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Tests.Plans;

/// <summary>Test data for the plan's rules.</summary>
public static class Build
{
    public static readonly DateOnly Today = new(2026, 3, 2);

    public static Member Member(string aad, MemberRole role = MemberRole.Member, bool inRoster = true) => new()
    {
        Identity = new TeamsIdentity { AadObjectId = aad, TeamsUserId = "29:" + aad, Name = aad },
        Role = role,
        InRoster = inRoster,
    };

    public static Member Chair(string aad) => Member(aad, MemberRole.Chair);

    public static ActionItem Action(int number = 1, ActionStatus status = ActionStatus.Open, int dueInDays = 7, string area = "a1", params string[] responsible) => new()
    {
        Number = number,
        Title = "Action " + number,
        AreaId = area,
        Responsible = responsible.Length == 0 ? ["janis"] : responsible,
        Deadline = Today.AddDays(dueInDays),
        Status = status,
        CreatedBy = "anna",
        CreatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    public static Plan Plan(params string[] areaIds) =>
        new(areaIds.Select((id, i) => new Area { Id = id, Name = "Area " + id, Order = i }).ToList());

    public static Group Group() => new()
    {
        Key = new GroupKey("tenant", "19:team@thread.tacv2"),
        Name = "Grupa",
        Kind = GroupKind.Team,
        Active = true,
        CreatedAt = DateTimeOffset.UnixEpoch,
        Channel = new() { ServiceUrl = "http://127.0.0.1/", ConversationId = "19:team@thread.tacv2", TenantId = "tenant", BotId = "28:bot" },
    };
}
