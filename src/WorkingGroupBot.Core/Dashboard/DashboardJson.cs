using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Dashboard;

/// <summary>
/// The tab's view of one group as JSON, every text already in the reader's language: the charts (SVG) with their
/// numbers as tables, the deadlines, who does what, who is behind, each institution's people and part of the plan, who
/// is away and who covers for them, the next meetings with their agendas, the recent changes, and the reader's own
/// actions with the buttons a card would give them.
/// </summary>
public static class DashboardJson
{
    public const int MaxMeetings = 4;
    public const int MaxChanges = 20;

    /// <summary>The texts the page itself shows, by name.</summary>
    public static readonly IReadOnlyList<TextKey> Labels =
    [
        TextKey.DashTitle,
        TextKey.DashProgress,
        TextKey.DashTimeline,
        TextKey.DashTimelineNone,
        TextKey.PlanWhoDoesWhat,
        TextKey.DashMatrixDesc,
        TextKey.PlanBehind,
        TextKey.PlanNothingBehind,
        TextKey.ActionListNoOne,
        TextKey.DashMeetings,
        TextKey.MeetingsNone,
        TextKey.AgendaEmpty,
        TextKey.DashChanges,
        TextKey.DashNoChanges,
        TextKey.MyActionsNone,
        TextKey.DashAsTable,
        TextKey.DashClose,
        TextKey.DashReload,
        TextKey.DashNotFound,
        TextKey.DashNoGroups,
        TextKey.DashSignInFailed,
        TextKey.DashConfigure,
        TextKey.FieldGroup,
        TextKey.FieldArea,
        TextKey.FieldTitle,
        TextKey.FieldResponsible,
        TextKey.FieldDeadline,
        TextKey.FieldStatus,
        TextKey.ReportTotal,
        TextKey.InputNote,
        TextKey.InputBlockedReason,
        TextKey.ButtonAddNote,
        TextKey.ButtonSave,
        TextKey.ButtonReport,
        TextKey.PlanNotStartedMember,
        TextKey.ButtonMyActions,
        TextKey.PlanByInstitution,
        TextKey.DashAway,
    ];

    public static JsonObject LabelsOf(TextSet texts) =>
        new(Labels.Select(k => KeyValuePair.Create(k.ToString(), (JsonNode?)texts[k])));

    public static JsonObject Of(GroupContext context, DateTimeOffset now)
    {
        var texts = context.Texts;
        var read = context.Read;
        var picture = PlanPicture.Of(context.Plan, read.Actions, read.Members, read.Institutions, context.Today);
        var zone = context.Request.Caller.TimeZone ?? context.Group.TimeZone;
        JsonNode Action(ActionItem a) => ActionJson(context, picture, a);
        return new JsonObject
        {
            ["group"] = new JsonObject { ["id"] = context.Group.Key.GroupId, ["name"] = context.Group.Name },
            ["planStarted"] = context.StartedPlan is not null,
            ["today"] = Formats.Day(texts, context.Today),
            ["statuses"] = new JsonArray([
                .. PlanPicture.StatusOrder.Select(s => new JsonObject
                {
                    ["css"] = SvgCharts.Css(s),
                    ["name"] = Formats.Status(texts, s),
                    ["count"] = picture.Count(s),
                }),
            ]),
            ["overdue"] = picture.Overdue,
            ["charts"] = new JsonObject
            {
                ["progress"] = SvgCharts.Progress(texts, picture),
                ["timeline"] = SvgCharts.Timeline(texts, picture),
            },
            ["areas"] = new JsonArray([
                .. picture.Areas.Select(a => new JsonObject
                {
                    ["name"] = a.Area.DisplayName(texts),
                    ["counts"] = new JsonArray([.. PlanPicture.StatusOrder.Select(s => (JsonNode)a.Count(s))]),
                    ["total"] = a.Total,
                    ["overdue"] = a.Overdue,
                }),
            ]),
            ["timeline"] = new JsonArray([.. picture.Timeline.Select(Action)]),
            ["matrix"] = new JsonObject
            {
                ["areas"] = new JsonArray([.. picture.Areas.Select(a => (JsonNode)a.Area.DisplayName(texts))]),
                ["rows"] = new JsonArray([
                    .. picture.Matrix.Select(r => new JsonObject
                    {
                        ["name"] = r.Member.Name,
                        ["cells"] = new JsonArray([
                            .. r.Cells.Select(c => new JsonObject
                            {
                                ["unfinished"] = c.Unfinished,
                                ["overdue"] = c.Overdue,
                            }),
                        ]),
                        ["unfinished"] = r.Unfinished,
                        ["overdue"] = r.Overdue,
                    }),
                ]),
            },
            ["behind"] = new JsonArray([
                .. picture.Behind.Select(p =>
                    (JsonNode)texts.Format(TextKey.PlanBehindPerson, p.Member.Name, p.Overdue, p.OldestDays)
                ),
            ]),
            ["noOne"] = new JsonArray([.. picture.NoOne.Select(Action)]),
            ["institutions"] = DashboardPeople.Institutions(texts, picture),
            ["away"] = DashboardPeople.Away(texts, picture),
            ["meetings"] = Meetings(context, now),
            ["changes"] = Changes(context, zone),
            ["mine"] = new JsonArray([
                .. read
                    .Actions.Where(a => !a.Status.IsClosed() && a.IsResponsible(context.Member.AadObjectId))
                    .OrderBy(a => a.Deadline)
                    .ThenBy(a => a.Number)
                    .Select(Action),
            ]),
        };
    }

    /// <summary>One action as the reader sees it, with the status changes and note a card would offer them.</summary>
    public static JsonObject ActionJson(GroupContext context, PlanPicture picture, ActionItem action)
    {
        var texts = context.Texts;
        var view = context.View(action);
        return new JsonObject
        {
            ["number"] = action.Number,
            ["title"] = action.Title,
            ["description"] = action.Description,
            ["area"] = context.Plan.Find(action.AreaId)?.DisplayName(texts) ?? "",
            ["responsible"] = string.Join(", ", action.Responsible.Select(picture.NameOf)),
            ["deadline"] = Formats.Deadline(texts, action),
            ["deadlineIso"] = action.Deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["due"] = Formats.Relative(texts, action, context.Today),
            ["overdue"] = action.IsOverdue(context.Today),
            ["status"] = action.Status.ToString(),
            ["statusName"] = Formats.Status(texts, action.Status),
            ["statusCss"] = SvgCharts.Css(action.Status),
            ["blockedReason"] = action.BlockedReason,
            ["revision"] = action.Revision,
            ["moves"] = new JsonArray([
                .. new[]
                {
                    (ActionStatus.Done, TextKey.ButtonDone),
                    (ActionStatus.InProgress, TextKey.ButtonInProgress),
                    (ActionStatus.Blocked, TextKey.ButtonBlocked),
                }
                    .Where(m => view.CanMoveTo(m.Item1))
                    .Select(m => new JsonObject { ["status"] = m.Item1.ToString(), ["label"] = texts[m.Item2] }),
            ]),
            ["canNote"] = view.CanAddNote,
        };
    }

    private static JsonArray Meetings(GroupContext context, DateTimeOffset now)
    {
        var texts = context.Texts;
        var read = context.Read;
        var upcoming = read
            .Series.SelectMany(s =>
                MeetingCalendar.Between(s, now, now.AddDays(120)).Select(m => (Series: s, Meeting: m))
            )
            .OrderBy(x => x.Meeting.Start)
            .Take(MaxMeetings);
        return new JsonArray([
            .. upcoming.Select(x => new JsonObject
            {
                ["title"] = x.Meeting.Title,
                ["when"] = Formats.Moment(texts, x.Meeting.Start, x.Series.TimeZone),
                ["place"] = x.Meeting.Place,
                ["agenda"] = new JsonArray([
                    .. MeetingNoticeCard
                        .Sections(texts, MeetingAgendas.Build(read, context.Plan, x.Series, x.Meeting), read.Members)
                        .Select(s => new JsonObject
                        {
                            ["title"] = s.Title,
                            ["lines"] = new JsonArray([.. s.Lines.Select(l => (JsonNode)l)]),
                        }),
                ]),
            }),
        ]);
    }

    private static JsonArray Changes(GroupContext context, string zone)
    {
        var texts = context.Texts;
        var titles = context.Read.Actions.ToDictionary(a => a.Number, a => a.Title);
        return new JsonArray([
            .. context
                .Read.Changes.OrderByDescending(c => c.Entry.At)
                .Take(MaxChanges)
                .Select(c => new JsonObject
                {
                    ["at"] = Formats.Moment(texts, c.Entry.At, zone),
                    ["action"] = c.Action,
                    ["text"] = ChangeText(texts, c, titles.GetValueOrDefault(c.Action, "")),
                }),
        ]);
    }

    private static string ChangeText(TextSet texts, ActionLogLine line, string title)
    {
        var (entry, who) = (line.Entry, line.Entry.AuthorName);
        return entry.Kind switch
        {
            LogKind.Created => texts.Format(TextKey.DashChangeCreated, who, line.Action, title),
            LogKind.Note => texts.Format(TextKey.DashChangeNote, who, line.Action, title),
            _ when entry.Changes.FirstOrDefault(c => c.Field == ActionField.Status) is { After: { } after }
                    && Enum.TryParse<ActionStatus>(after, out var status) => texts.Format(
                TextKey.DashChangeStatus,
                who,
                line.Action,
                title,
                Formats.Status(texts, status)
            ),
            _ => texts.Format(TextKey.DashChangeEdited, who, line.Action, title),
        };
    }
}
