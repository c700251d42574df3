using Azure.Data.Tables;
using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Storage;

/// <summary>
/// Row keys of the Plans table. One partition per group holds its plan row, areas, members, actions and their logs, so
/// a
/// turn reads what it needs of its group in one query.
/// </summary>
public static class PlanRows
{
    public const string Plan = "plan";
    public const string AreaPrefix = "area|";
    public const string ActionPrefix = "action|";
    public const string LogPrefix = "log|";
    public const string MemberPrefix = "member|";
    public const string InstitutionPrefix = "inst|";

    /// <summary>'}' follows '|', so [prefix, prefix with '}') spans exactly the rows with that prefix.</summary>
    public const char PrefixEnd = '}';

    public static string PartitionOf(GroupKey group) => TableKey.Of(group.TenantId, group.GroupId);

    public static string Area(string id) => AreaPrefix + TableKey.Of(id);

    public static string Member(string aadObjectId) => MemberPrefix + TableKey.Of(aadObjectId);

    public static string Institution(string id) => InstitutionPrefix + TableKey.Of(id);

    public static string Action(int number) => ActionPrefix + number.ToString("D6");

    public static string LogOf(int number) => $"{LogPrefix}{number:D6}|";

    /// <summary>The action a log row belongs to ("log|000012|000003" is #12's).</summary>
    public static int ActionOfLog(string rowKey) =>
        int.Parse(rowKey.AsSpan(LogPrefix.Length, 6), System.Globalization.CultureInfo.InvariantCulture);

    public static string Log(int number, int sequence) => $"{LogOf(number)}{sequence:D6}";

    public static string RangeFilter(string partition, string prefix) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partition} and ") + Range(prefix);

    /// <summary>The rows whose key starts with <paramref name="prefix"/> (which ends with '|').</summary>
    public static string Range(string prefix) =>
        TableClient.CreateQueryFilter($"(RowKey ge {prefix} and RowKey lt {prefix[..^1] + PrefixEnd})");
}
