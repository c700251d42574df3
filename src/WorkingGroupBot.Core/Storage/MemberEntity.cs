using System.Globalization;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;

namespace WorkingGroupBot.Storage;

/// <summary>A person's row in their group's Plans partition (<see cref="PlanRows.Member"/>).</summary>
public sealed class MemberEntity : Entity
{
    public string AadObjectId { get; set; } = "";
    public string TeamsUserId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Upn { get; set; }
    public string Role { get; set; } = nameof(MemberRole.Member);
    public bool InRoster { get; set; }
    public bool Unreachable { get; set; }

    /// <summary>The member's absence as "yyyy-MM-dd/yyyy-MM-dd"; empty (or missing, on rows from before absences)
    /// when they are not away.</summary>
    public string? Away { get; set; }

    /// <summary>The roster sync that last saw this person in Teams' roster.</summary>
    public string? SyncedBy { get; set; }

    public static string PartitionOf(GroupKey group) => PlanRows.PartitionOf(group);

    public static string RowOf(string aadObjectId) => PlanRows.Member(aadObjectId);

    public static MemberEntity Joining(GroupKey group, TeamsIdentity identity, MemberRole role) =>
        new()
        {
            PartitionKey = PartitionOf(group),
            RowKey = RowOf(identity.AadObjectId),
            AadObjectId = identity.AadObjectId,
            TeamsUserId = identity.TeamsUserId,
            Name = identity.Name,
            Upn = identity.Upn,
            Role = role.ToString(),
            InRoster = true,
        };

    public Member ToMember() =>
        new()
        {
            Identity = new TeamsIdentity
            {
                AadObjectId = AadObjectId,
                TeamsUserId = TeamsUserId,
                Name = Name,
                Upn = Upn,
            },
            Role = Enum.Parse<MemberRole>(Role),
            InRoster = InRoster,
            Unreachable = Unreachable,
            Away = AbsenceOf(Away),
        };

    public static string AwayValue(Absence? away) =>
        away is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{away.From:yyyy-MM-dd}/{away.To:yyyy-MM-dd}");

    private static Absence? AbsenceOf(string? value) =>
        value?.Split('/') is [var from, var to]
        && DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f)
        && DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? new Absence(f, t)
            : null;
}
