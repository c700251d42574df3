using Azure.Data.Tables;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Storage;

/// <summary>
/// What a turn reads of its group's Plans partition, asked in one query: the plan row, the settings row, the areas,
/// the members, the institutions and, as asked, every action or one action with its log, the snoozes, the meetings with their minutes, and the recent
/// changes.
/// </summary>
internal static class PartitionRead
{
    public static string Filter(GroupKey group, PlanReads reads)
    {
        List<string> parts =
        [
            TableClient.CreateQueryFilter($"RowKey eq {PlanRows.Plan}"),
            TableClient.CreateQueryFilter($"RowKey eq {SettingsEntity.Row}"),
            PlanRows.Range(PlanRows.AreaPrefix),
            PlanRows.Range(PlanRows.MemberPrefix),
            PlanRows.Range(PlanRows.InstitutionPrefix),
        ];
        if (reads.AllActions)
        {
            parts.Add(PlanRows.Range(PlanRows.ActionPrefix));
        }

        if (reads.Snoozes)
        {
            parts.Add(PlanRows.Range(SnoozeEntity.Prefix));
        }

        if (reads.Action is { } number)
        {
            parts.Add(TableClient.CreateQueryFilter($"RowKey eq {PlanRows.Action(number)}"));
            parts.Add(PlanRows.Range(PlanRows.LogOf(number)));
        }

        if (reads.Meetings)
        {
            parts.Add(PlanRows.Range(MeetingRowEntity.SeriesPrefix));
            parts.Add(PlanRows.Range(MeetingRowEntity.RecordPrefix));
            parts.Add(PlanRows.Range(TableMinutesStore.Prefix));
        }

        if (reads.ChangesSince is { } since)
        {
            parts.Add(PlanRows.Range(PlanRows.LogPrefix) + TableClient.CreateQueryFilter($" and At ge {since}"));
        }

        return TableClient.CreateQueryFilter($"PartitionKey eq {PlanRows.PartitionOf(group)}")
            + " and ("
            + string.Join(" or ", parts)
            + ")";
    }

    /// <summary>The rows as the turn sees them; they come in row-key order, so a log comes oldest first.</summary>
    public static PlanRead From(IEnumerable<TableEntity> rows, PlanReads reads)
    {
        PlanEntity? plan = null;
        var settings = GroupSettings.Default;
        List<Area> areas = [];
        List<Member> members = [];
        List<Institution> institutions = [];
        List<ActionItem> actions = [];
        List<LogEntry> log = [];
        List<ActionLogLine> changes = [];
        List<MeetingSeries> series = [];
        Dictionary<(string Series, DateOnly Date), MeetingRecord> records = [];
        Dictionary<(int Action, string Person), Snooze> snoozes = [];
        List<Minutes> minutes = [];
        foreach (var row in rows)
        {
            switch (row.RowKey)
            {
                case PlanRows.Plan:
                    plan = RowAs.Entity<PlanEntity>(row);
                    break;
                case SettingsEntity.Row:
                    settings = RowAs.Entity<SettingsEntity>(row).ToSettings();
                    break;
                case var key when key.StartsWith(PlanRows.AreaPrefix, StringComparison.Ordinal):
                    areas.Add(RowAs.Entity<AreaEntity>(row).ToArea());
                    break;
                case var key when key.StartsWith(PlanRows.MemberPrefix, StringComparison.Ordinal):
                    members.Add(RowAs.Entity<MemberEntity>(row).ToMember());
                    break;
                case var key when key.StartsWith(PlanRows.InstitutionPrefix, StringComparison.Ordinal):
                    institutions.Add(RowAs.Entity<InstitutionEntity>(row).ToInstitution());
                    break;
                case var key when key.StartsWith(PlanRows.ActionPrefix, StringComparison.Ordinal):
                    actions.Add(RowAs.Entity<ActionEntity>(row).ToAction());
                    break;
                case var key when key.StartsWith(PlanRows.LogPrefix, StringComparison.Ordinal):
                    var (logged, entry) = (PlanRows.ActionOfLog(key), RowAs.Entity<LogEntity>(row).ToEntry());
                    if (logged == reads.Action)
                    {
                        log.Add(entry);
                    }

                    if (entry.At >= reads.ChangesSince)
                    {
                        changes.Add(new ActionLogLine(logged, entry));
                    }

                    break;
                case var key when key.StartsWith(MeetingRowEntity.SeriesPrefix, StringComparison.Ordinal):
                    series.Add(RowAs.Entity<MeetingRowEntity>(row).Value<MeetingSeries>());
                    break;
                case var key when key.StartsWith(MeetingRowEntity.RecordPrefix, StringComparison.Ordinal):
                    records[MeetingRowEntity.KeyOfRecord(key)] = RowAs
                        .Entity<MeetingRowEntity>(row)
                        .Value<MeetingRecord>();
                    break;
                case var key when key.StartsWith(TableMinutesStore.Prefix, StringComparison.Ordinal):
                    minutes.Add(TableMinutesStore.Read(row));
                    break;
                case var key when key.StartsWith(SnoozeEntity.Prefix, StringComparison.Ordinal):
                    snoozes[SnoozeEntity.KeyOf(key)] = RowAs.Entity<SnoozeEntity>(row).ToSnooze();
                    break;
            }
        }

        var action = reads.Action is { } number ? actions.FirstOrDefault(a => a.Number == number) : null;
        return new PlanRead(
            plan is null ? null : new Plan(areas.OrderBy(a => a.Order).ToList(), plan.NextNumber),
            members,
            reads.AllActions ? actions : [],
            action,
            action is null ? [] : log,
            settings
        )
        {
            Snoozes = snoozes,
            Series = series,
            Records = records,
            Minutes = minutes,
            Changes = changes,
            Institutions = institutions,
        };
    }
}
