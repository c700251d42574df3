using System.Reflection;
using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Commands;
using WorkingGroupBot.Delivery;
using WorkingGroupBot.Installation;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Tests.Plans;
using WorkingGroupBot.Texts;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Tests.Cards;

/// <summary>
/// Every card builder, with ordinary and with the largest data, in both languages, through the card validator. The
/// end-to-end tests check every card the bot actually sends (see <see cref="SentCards"/>); this covers the cases they
/// don't reach, and a new builder fails here until it has samples.
/// </summary>
public sealed class EveryCardTests
{
    private static readonly Member Anna = Build.Chair("anna");
    private static readonly Member Janis = Build.Member("janis");
    private static readonly Member Liga = Build.Member("liga");
    private static readonly IReadOnlyList<Member> Members = [Anna, Janis, Liga];

    private static readonly Plan TemplatePlan = new(PlanTemplate.Areas.Select((key, i) => new Area { Id = "a" + i, TemplateName = key, Order = i }).ToList());

    private static readonly IReadOnlyList<ActionItem> Actions =
    [
        Build.Action(1, area: "a0", responsible: ["janis"]),
        Build.Action(2, ActionStatus.InProgress, dueInDays: -3, area: "a1", responsible: ["janis", "liga"]),
        Build.Action(3, ActionStatus.Blocked, area: "a2", responsible: ["liga"]) with { BlockedReason = "waiting" },
        Build.Action(4, ActionStatus.Done, area: "a3", responsible: ["anna"]),
    ];

    private static readonly IReadOnlyList<LogEntry> History =
    [
        new() { Kind = LogKind.Created, AuthorId = "anna", AuthorName = "Anna", At = DateTimeOffset.UnixEpoch },
        new() { Kind = LogKind.Changed, AuthorId = "anna", AuthorName = "Anna", At = DateTimeOffset.UnixEpoch, Changes = [new(ActionField.Status, "Open", "Blocked"), new(ActionField.Deadline, "2026-03-01", "2026-04-01"), new(ActionField.Responsible, "janis", "janis,liga")] },
        new() { Kind = LogKind.Note, AuthorId = "janis", AuthorName = "Jānis", At = DateTimeOffset.UnixEpoch, Note = "Runāju ar skolu." },
    ];

    // The largest group a card must carry: 20 areas with long names, 80 members, 50 actions with the longest texts.
    private static readonly Plan BigPlan = new(Enumerable.Range(0, 20).Select(i => new Area { Id = "a" + i, Name = new string('Ā', FreeText.AreaName), Order = i }).ToList());

    private static readonly IReadOnlyList<Member> BigMembers = Enumerable.Range(0, 80).Select(i => Build.Member("member" + i, i < 3 ? MemberRole.Chair : MemberRole.Member) with
    {
        Identity = new TeamsIdentity { AadObjectId = "member" + i, TeamsUserId = "29:" + new string('x', 60), Name = new string('Ņ', 60) },
    }).ToList();

    private static readonly IReadOnlyList<ActionItem> BigActions = Enumerable.Range(1, 50).Select(LongAction).ToList();

    private static readonly IReadOnlyList<ActionView> BigViews = BigActions.Select(a => new ActionView(Build.Group(), a, BigPlan, BigMembers, BigMembers[0], Build.Today)).ToList();

    // The largest group the bot keeps: 10,000 members, 100 areas, 2,000 actions of at most 20 responsible members each,
    // and every text at its longest (titles 200, descriptions 2,000, notes and reasons 1,000, names 64 characters).
    private static readonly Plan LargestPlan = new(Enumerable.Range(0, 100).Select(i => new Area { Id = $"area{i:D6}", Name = new string('Ā', 100), Order = i }).ToList());

    private static readonly IReadOnlyList<Member> LargestRoster = Enumerable.Range(0, 10_000).Select(i => new Member
    {
        Identity = new TeamsIdentity { AadObjectId = $"{i:D8}-0000-0000-0000-000000000000", TeamsUserId = "29:" + new string('x', 80), Name = new string('Ņ', 64) },
        Role = i < 5 ? MemberRole.Chair : MemberRole.Member,
        InRoster = true,
        Unreachable = i % 2 == 0,
    }).ToList();

    private static readonly IReadOnlyList<Member> Roster300 = Enumerable.Range(0, 300).Select(i => new Member
    {
        Identity = new TeamsIdentity { AadObjectId = $"{i:D8}-0000-0000-0000-000000000300", TeamsUserId = "29:" + new string('x', 80), Name = new string('Ž', 64) },
        Role = i < 3 ? MemberRole.Chair : MemberRole.Member,
        InRoster = true,
    }).ToList();

    /// <summary>The built-in eight and 22 named ones, each with nine representatives and a deputy of the 300.</summary>
    private static readonly IReadOnlyList<Institution> Institutions30 = Enumerable.Range(0, 30).Select(i => new Institution
    {
        Id = i < 8 ? Institution.BuiltIn[i].ToString() : $"x{i}",
        Kind = i < 8 ? Institution.BuiltIn[i] : null,
        Name = i < 8 ? null : new string('Ā', 100),
        Representatives = [.. Roster300.Skip(i * 10).Take(9).Select(m => m.AadObjectId)],
        Deputy = Roster300[i * 10 + 9].AadObjectId,
    }).ToList();

    private static readonly IReadOnlyList<ActionItem> LargestActions = Enumerable.Range(1, 2000).Select(n => LongAction(n) with
    {
        AreaId = LargestPlan.Areas[n % 100].Id,
        Responsible = Enumerable.Range(n % 500, ActionDraftValidator.MaxResponsible).Select(i => LargestRoster[i].AadObjectId).ToList(),
        BlockedReason = new string('ā', 1000),
    }).ToList();

    private static readonly Lazy<PlanSummary> LargestSummary = new(() => PlanSummary.Build(LargestPlan, LargestActions, LargestRoster, Build.Today, []));

    private static readonly IReadOnlyList<LogEntry> LargestLog = Enumerable.Range(0, 1000).Select(i => i % 2 == 0
        ? new LogEntry { Kind = LogKind.Note, AuthorId = "a", AuthorName = new string('Ņ', 64), At = DateTimeOffset.UnixEpoch, Note = new string('ē', 1000) }
        : new LogEntry
        {
            Kind = LogKind.Changed, AuthorId = "a", AuthorName = new string('Ņ', 64), At = DateTimeOffset.UnixEpoch,
            Changes =
            [
                new(ActionField.Title, new string('Ž', 200), new string('Ž', 200)), new(ActionField.Description, new string('š', 2000), new string('š', 2000)),
                new(ActionField.Area, LargestPlan.Areas[0].Id, LargestPlan.Areas[1].Id), new(ActionField.BlockedReason, new string('ā', 1000), new string('ā', 1000)),
                new(ActionField.Responsible, string.Join(',', LargestActions[0].Responsible), string.Join(',', LargestActions[1].Responsible)),
            ],
        }).ToList();

    private static ActionView LargestView(Member viewer, int number = 1) => new(Build.Group(), LargestActions[number - 1], LargestPlan, LargestRoster, viewer, Build.Today);

    private static readonly IReadOnlyList<Membership> ManyGroups = Enumerable.Range(0, 100)
        .Select(i => new Membership(Build.Group() with { Name = new string('Ģ', 256), Key = new("tenant", $"19:{i:D32}@thread.tacv2") }, LargestRoster[0]))
        .ToList();

    private static readonly FormProblem[] EveryProblem =
    [
        new(ActionForm.Title, TextKey.ProblemTitleMissing), new(ActionForm.Description, TextKey.ProblemDescriptionTooLong), new(ActionForm.Title, TextKey.ProblemPersonalData),
        new(ActionForm.Area, TextKey.ProblemAreaMissing), new(ActionForm.Responsible, TextKey.ProblemResponsibleNotInGroup), new(ActionForm.Deadline, TextKey.ProblemDeadlineInPast),
    ];

    private static readonly Dictionary<string, Func<TextSet, JsonObject>> Samples = new()
    {
        ["ActionCard: a member's own action"] = t => ActionCard.Build(t, View(Janis), Notes(2)),
        ["ActionCard: a chair, blocked, with a notice and long notes"] = t => ActionCard.Build(t, View(Anna, ActionStatus.Blocked) with { Action = LongAction(1) with { Status = ActionStatus.Blocked, BlockedReason = new string('ā', FreeText.BlockedReason) } }, Notes(30, FreeText.Note), new Notice("ok", IsProblem: false)),
        ["ActionCard: done, seen by someone not responsible"] = t => ActionCard.Build(t, View(Liga, ActionStatus.Done), [], new Notice("no", IsProblem: true)),
        ["ActionFormCard: new"] = t => ActionFormCard.Build(t, Build.Group(), TemplatePlan, Members, [], new ActionDraft(), Build.Today, []),
        ["ActionFormCard: every problem"] = t => ActionFormCard.Build(t, Build.Group(), TemplatePlan, Members, [], new ActionDraft { Title = "x" }, Build.Today,
            [new FormProblem(ActionForm.Title, TextKey.ProblemTitleMissing), new FormProblem(ActionForm.Area, TextKey.ProblemAreaMissing), new FormProblem(ActionForm.Responsible, TextKey.ProblemResponsibleMissing), new FormProblem(ActionForm.Deadline, TextKey.ProblemDeadlineMissing)]),
        ["ActionFormCard: new, 300 members in 30 institutions"] = t => ActionFormCard.Build(t, Build.Group(), TemplatePlan, Roster300, Institutions30, new ActionDraft { Institution = "x29" }, Build.Today, []),
        ["ActionFormCard: editing, big group"] = t => ActionFormCard.Build(t, Build.Group(), BigPlan, BigMembers, [], ActionFormCard.From(LongAction(3)), Build.Today, [], editing: EditBase.Of(LongAction(3))),
        ["ActionFormCard: editing, someone else changed it"] = t => ActionFormCard.Build(t, Build.Group(), BigPlan, BigMembers, [], ActionFormCard.From(LongAction(3)), Build.Today, [], EditBase.Of(LongAction(3)),
            new Notice(t[TextKey.EditConflict], IsProblem: true, [.. Enumerable.Repeat(new string('ū', 400), 5)])),
        ["AreasCard"] = t => AreasCard.Build(t, Build.Group(), TemplatePlan with { Areas = [.. TemplatePlan.Areas, new Area { Id = "old", Name = "Old", Retired = true, Order = 9 }] }, []),
        ["AreasCard: with 30 institutions, each area suggesting one"] = t => AreasCard.Build(t, Build.Group(), BigPlan with { Areas = [.. BigPlan.Areas.Select((a, i) => a with { Institution = Institutions30[i % 30].Id })] }, Institutions30, choosingFor: BigPlan.Areas[3].Id),
        ["AreasCard: twenty long areas, with a notice"] = t => AreasCard.Build(t, Build.Group(), BigPlan, [], "notice"),
        ["ChooseGroupCard"] = t => ChooseGroupCard.Build(t, [new(Build.Group(), Anna), new(Build.Group() with { Name = "Otra grupa", Key = new("tenant", "19:other@thread.v2") }, Anna)], Verbs.Plan),
        ["HelpCard: a chair"] = t => HelpCard.Build(t, [new(Build.Group(), Anna)]),
        ["HelpCard: a member"] = t => HelpCard.Build(t, [new(Build.Group(), Janis)]),
        ["HelpCard: in no group"] = t => HelpCard.Build(t, []),
        ["HelpCard: the hint for text not understood"] = t => HelpCard.Hint(t, new string('x', 60)),
        ["HistoryCard"] = t => HistoryCard.Build(t, View(Anna), History),
        ["HistoryCard: long"] = t => HistoryCard.Build(t, View(Anna) with { Action = LongAction(1) }, Notes(30, FreeText.Note)),
        ["MembersCard: a chair"] = t => MembersCard.Build(t, new(Build.Group(), Anna), Members, [], new Notice("ok", IsProblem: false)),
        ["AbsenceCard: a member, no one away"] = t => AbsenceCard.Build(t, new(Build.Group(), Members[1]), Members, Build.Today),
        ["AbsenceCard: a chair, two away"] = t => AbsenceCard.Build(t, new(Build.Group(), Anna), [.. Members.Take(1), .. Members.Skip(1).Select(m => m with { Away = new Absence(Build.Today, Build.Today.AddDays(9)) })], Build.Today, new Notice("ok", IsProblem: false)),
        ["AbsenceCard: a chair of the largest group, everyone away"] = t => AbsenceCard.Build(t, new(Build.Group(), LargestRoster[0]), [.. LargestRoster.Select(m => m with { Away = new Absence(Build.Today, Build.Today.AddDays(9)) })], Build.Today),
        ["MembersCard: a chair, by institution"] = t => MembersCard.Build(t, new(Build.Group(), Anna), Members, [new Institution { Id = "OrphansCourt", Kind = TextKey.InstitutionOrphansCourt, Representatives = [Janis.AadObjectId], Deputy = Anna.AadObjectId }], null),
        ["MembersCard: 300 members in 30 institutions"] = t => MembersCard.Build(t, new(Build.Group(), Roster300[0]), Roster300, Institutions30, null, page: 3),
        ["InstitutionsCard: a member, none yet"] = t => InstitutionsCard.Build(t, new(Build.Group(), Janis), [], Members),
        ["InstitutionsCard: a chair, one"] = t => InstitutionsCard.Build(t, new(Build.Group(), Anna), [new Institution { Id = "x1", Name = "Novada jauniešu centrs", Representatives = [Janis.AadObjectId] }], Members, new Notice("ok", IsProblem: false)),
        ["InstitutionsCard: a chair, 30 institutions of 300 members"] = t => InstitutionsCard.Build(t, new(Build.Group(), Roster300[0]), Institutions30, Roster300),
        ["InstitutionsCard: a chair editing one of 30"] = t => InstitutionsCard.Build(t, new(Build.Group(), Roster300[0]), Institutions30, Roster300, null, Institutions30[29]),
        ["MembersCard: a member of a big group"] = t => MembersCard.Build(t, new(Build.Group(), BigMembers[10]), BigMembers, [], null),
        ["MyActionsCard: nothing to do"] = t => MyActionsCard.Build(t, [], page: 0, showGroups: false),
        ["MyActionsCard: fifty long actions"] = t => MyActionsCard.Build(t, BigViews, page: 0, showGroups: true),
        ["MyActionsCard: second page, with a notice"] = t => MyActionsCard.Build(t, BigViews, page: 1, showGroups: false, new Notice("no", IsProblem: true)),
        ["PersonalWelcomeCard"] = t => PersonalWelcomeCard.Build(t, "Anna Bērziņa", ["Cēsu sadarbības grupa", "Madonas darba grupa"]),
        ["PersonalWelcomeCard: in no group"] = t => PersonalWelcomeCard.Build(t, "Anna", []),
        ["PlanCard: empty, a chair"] = t => PlanCard.Build(t, Build.Group(), PlanSummary.Build(new Plan([]), [], Members, Build.Today, []), a => View(Anna) with { Action = a }, viewerIsChair: true),
        ["PlanCard: a member"] = t => PlanCard.Build(t, Build.Group(), PlanSummary.Build(TemplatePlan, Actions, Members, Build.Today, []), a => View(Janis) with { Action = a }, viewerIsChair: false),
        ["PlanCard: 300 members in 30 institutions"] = t => PlanCard.Build(t, Build.Group(), PlanSummary.Build(BigPlan, [.. BigActions.Select((a, i) => a with { Responsible = [Roster300[i * 5].AadObjectId] })], Roster300, Build.Today, Institutions30), a => BigViews[0] with { Action = a }, viewerIsChair: true),
        ["PlanCard: a big group"] = t => PlanCard.Build(t, Build.Group(), PlanSummary.Build(BigPlan, BigActions, BigMembers, Build.Today, []), a => BigViews[0] with { Action = a }, viewerIsChair: true),
        ["ActionListCard: an area"] = t => ActionListCard.Build(t, Build.Group(), "Area", Actions.Select(a => View(Anna) with { Action = a }).ToList(), ActionLists.OfArea("a1"), page: null),
        ["ActionListCard: a person's, for a chair to hand over"] = t => ActionListCard.Build(t, Build.Group(), "Jānis", Actions.Select(a => View(Anna) with { Action = a }).ToList(), ActionLists.OfPerson(Janis.AadObjectId), page: null, ActionLists.ChairAction(t, Build.Group(), ActionLists.OfPerson(Janis.AadObjectId))),
        ["HandoverCard: nothing left"] = t => HandoverCard.Build(t, Build.Group(), Janis, [], Members, [], Build.Today),
        ["HandoverCard: a representative who left, with a deputy"] = t => HandoverCard.Build(t, Build.Group(), Janis with { InRoster = false }, [.. Actions.Select(a => a with { Responsible = [Janis.AadObjectId] })], Members, [new Institution { Id = "x1", Name = "Centrs", Representatives = [Janis.AadObjectId, Liga.AadObjectId], Deputy = Anna.AadObjectId }], Build.Today, new Notice("ok", IsProblem: false)),
        ["HandoverCard: 50 actions of one of 300 in 30 institutions"] = t => HandoverCard.Build(t, Build.Group(), Roster300[10], [.. BigActions.Select(a => a with { Responsible = [Roster300[10].AadObjectId] })], Roster300, Institutions30, Build.Today, new Notice(new string('x', 500), IsProblem: true)),
        ["ActionListCard: nothing"] = t => ActionListCard.Build(t, Build.Group(), "Area", [], ActionLists.NoOne, page: null),
        ["ActionListCard: the largest group, a middle page"] = t => ActionListCard.Build(t, Build.Group(), new string('Ņ', 80), LargestActions.Select(a => LargestView(LargestRoster[0]) with { Action = a }).ToList(), ActionLists.OfPerson(LargestRoster[0].AadObjectId), page: 50),
        ["PlanStartCard: a chair"] = t => PlanStartCard.Build(t, Build.Group(), viewerIsChair: true),
        ["PlanStartCard: a member"] = t => PlanStartCard.Build(t, Build.Group(), viewerIsChair: false),
        ["WelcomeCard"] = t => WelcomeCard.Build(t, "Cēsu novada sadarbības grupa", "Anna Bērziņa"),
        ["DigestCard: a quiet week"] = t => DigestCard.Build(t, Build.Group(), Digest.Build([], Members, Build.Today, null, []), Members),
        ["DigestCard: a big group"] = t => DigestCard.Build(t, Build.Group(), new Digest(BigActions, BigActions, BigActions, BigActions, BigMembers), BigMembers),
        ["ReminderCard"] = t => ReminderCard.Build(t, View(Janis)),
        ["AssignmentCard: a new action"] = t => AssignmentCard.Build(t, View(Janis), assigned: true, "Anna"),
        ["AssignmentCard: no longer theirs, the largest group"] = t => AssignmentCard.Build(t, LargestView(LargestRoster[1]), assigned: false, new string('Ņ', 64)),
        ["ReminderCard: overdue, long, with a notice"] = t => ReminderCard.Build(t, View(Janis) with { Action = LongAction(1) }, new Notice("ok", IsProblem: false)),
        ["ReminderSettingsCard"] = t => ReminderSettingsCard.Build(t, Build.Group(), ReminderPolicy.Default),
        ["ReminderSettingsCard: with a problem"] = t => ReminderSettingsCard.Build(t, Build.Group(), ReminderPolicy.Default, new Notice("no", IsProblem: true)),
        ["TellChairCard"] = t => TellChairCard.Build(t, View(Anna) with { Action = LongAction(1) }, t[TextKey.TellChairWhyChair]),
        ["ScheduleMeetingCard"] = t => ScheduleMeetingCard.Build(t, Build.Group(), Build.Today),
        ["ScheduleMeetingCard: with a problem"] = t => ScheduleMeetingCard.Build(t, Build.Group(), Build.Today, new Notice("no", IsProblem: true)),
        ["MeetingsCard: none"] = t => MeetingsCard.Build(t, Build.Group(), [], null, viewerIsChair: false),
        ["MeetingsCard: a chair, long titles, a past meeting"] = t => MeetingsCard.Build(t, Build.Group(), Enumerable.Range(0, MeetingsCard.MaxUpcoming).Select(i => (LongMeeting(i), 99)).ToList(), LongMeeting(-1), viewerIsChair: true, new Notice("ok", IsProblem: false)),
        ["MeetingNoticeCard"] = t => MeetingNoticeCard.Build(t, Build.Group(), LongMeeting(0) with { Title = "Sanāksme", Place = "Zāle" }, Agenda.Build(TemplatePlan, Actions, Build.Today, null, null, []), MeetingRecord.Empty, Members),
        ["MeetingNoticeCard: a Teams meeting"] = t => MeetingNoticeCard.Build(t, Build.Group(), TeamsMeeting(0), Agenda.Build(TemplatePlan, Actions, Build.Today, null, null, []), MeetingRecord.Empty, Members, backToMeetings: true),
        ["MeetingsCard: a chair, Teams meetings, three invitations behind"] = t => MeetingsCard.Build(t, Build.Group(), Enumerable.Range(0, MeetingsCard.MaxUpcoming).Select(i => (TeamsMeeting(i), 99)).ToList(), TeamsMeeting(-1), viewerIsChair: true, new Notice(t[TextKey.MeetingSaved], IsProblem: false, [t[TextKey.InvitationNotUpdated]]),
            [.. Enumerable.Range(0, 3).Select(i => new MeetingSeries { Id = "s" + i, Title = new string('Ē', FreeText.MeetingTitle), FirstDate = Build.Today, Start = new TimeOnly(10, 0), DurationMinutes = 90, RRule = "FREQ=MONTHLY;BYDAY=2TU", TimeZone = "Europe/Riga" })]),
        ["MeetingsCard: a member, Teams meetings"] = t => MeetingsCard.Build(t, Build.Group(), Enumerable.Range(0, MeetingsCard.MaxUpcoming).Select(i => (TeamsMeeting(i), 99)).ToList(), null, viewerIsChair: false),
        ["MeetingsCard: a chair, Teams meetings, a note on the invitation"] = t => MeetingsCard.Build(t, Build.Group(), Enumerable.Range(0, MeetingsCard.MaxUpcoming).Select(i => (TeamsMeeting(i), 99)).ToList(), TeamsMeeting(-1), viewerIsChair: true, new Notice(t[TextKey.MeetingSaved], IsProblem: false, [t[TextKey.InvitationNotUpdated]])),
        ["MeetingNoticeCard: a big group's long agenda"] = t => MeetingNoticeCard.Build(t, Build.Group(), LongMeeting(0),
            Agenda.Build(BigPlan, BigActions.Select((a, i) => a with { Status = (ActionStatus)(i % 4), StatusChangedAt = DateTimeOffset.MaxValue }).ToList(), Build.Today, Build.Today.AddDays(60), DateTimeOffset.MinValue,
                Enumerable.Range(1, FreeText.DecisionsPerMeeting).Select(i => new Decision(new string('ū', FreeText.Decision), i)).ToList()),
            MeetingRecord.Empty with { Attending = ["a", "b"], NotAttending = ["c"] }, BigMembers),
        ["DecisionsCard"] = t => DecisionsCard.Build(t, Build.Group(), LongMeeting(0), MeetingRecord.Empty, TemplatePlan, Members, Build.Today),
        ["DecisionsCard: a big group with decisions"] = t => DecisionsCard.Build(t, Build.Group(), LongMeeting(0), MeetingRecord.Empty with { Decisions = Enumerable.Range(1, FreeText.DecisionsPerMeeting - 1).Select(i => new Decision(new string('ū', FreeText.Decision), i)).ToList() }, BigPlan, BigMembers, Build.Today, new Notice("ok", IsProblem: false)),
        ["ActionCard: the largest group, a chair"] = t => ActionCard.Build(t, LargestView(LargestRoster[0]) with { Action = LargestActions[0] with { Status = ActionStatus.Blocked } }, LargestLog, new Notice(new string('x', 500), IsProblem: true)),
        ["ActionFormCard: new, the largest group, every problem"] = t => ActionFormCard.Build(t, Build.Group(), LargestPlan, LargestRoster, [], ActionFormCard.From(LargestActions[0]), Build.Today, EveryProblem),
        ["ActionFormCard: editing, the largest group"] = t => ActionFormCard.Build(t, Build.Group(), LargestPlan, LargestRoster, [], ActionFormCard.From(LargestActions[0]), Build.Today, EveryProblem, editing: EditBase.Of(LargestActions[0])),
        ["AreasCard: the largest plan, with a notice"] = t => AreasCard.Build(t, Build.Group(), LargestPlan, [], new string('x', 500)),
        ["AreasCard: the largest plan, last page"] = t => AreasCard.Build(t, Build.Group(), LargestPlan, [], null, page: 99),
        ["DecisionsCard: the largest group"] = t => DecisionsCard.Build(t, Build.Group(), LongMeeting(0), MeetingRecord.Empty with { Decisions = Enumerable.Range(1, FreeText.DecisionsPerMeeting - 1).Select(i => new Decision(new string('ū', 200), i)).ToList() }, LargestPlan, LargestRoster, Build.Today, new Notice(new string('x', 500), IsProblem: true)),
        ["DecisionsCard: a meeting whose record is full"] = t => DecisionsCard.Build(t, Build.Group(), LongMeeting(0), MeetingRecord.Empty with { Decisions = Enumerable.Range(1, 1000).Select(i => new Decision(new string('ū', 200), i)).ToList() }, LargestPlan, LargestRoster, Build.Today, new Notice(new string('x', 500), IsProblem: true)),
        ["DigestCard: the largest group"] = t => DigestCard.Build(t, Build.Group(), new Digest(LargestActions, LargestActions, LargestActions, LargestActions, LargestRoster), LargestRoster),
        ["HistoryCard: the largest"] = t => HistoryCard.Build(t, LargestView(LargestRoster[0]), LargestLog),
        ["MeetingNoticeCard: the largest group"] = t => MeetingNoticeCard.Build(t, Build.Group(), TeamsMeeting(0),
            Agenda.Build(LargestPlan, LargestActions.Select((a, i) => a with { Status = (ActionStatus)(i % 4), StatusChangedAt = DateTimeOffset.MaxValue }).ToList(), Build.Today, Build.Today.AddDays(60), DateTimeOffset.MinValue,
                Enumerable.Range(1, 1000).Select(i => new Decision(new string('ū', 200), i)).ToList()),
            MeetingRecord.Empty with { Attending = [.. LargestRoster.Select(m => m.AadObjectId)] }, LargestRoster, new Notice(new string('x', 500), IsProblem: true)),
        ["MembersCard: a chair of the largest group"] = t => MembersCard.Build(t, new(Build.Group(), LargestRoster[0]), LargestRoster, [], new Notice(new string('x', 500), IsProblem: true)),
        ["MembersCard: a chair of the largest group, a middle page"] = t => MembersCard.Build(t, new(Build.Group(), LargestRoster[0]), LargestRoster, [], null, page: 100),
        ["MyActionsCard: the largest group"] = t => MyActionsCard.Build(t, LargestActions.Select(a => new ActionView(Build.Group() with { Name = new string('Ģ', 256) }, a, LargestPlan, LargestRoster, LargestRoster[0], Build.Today)).ToList(), page: 3, showGroups: true, new Notice(new string('x', 500), IsProblem: true)),
        ["PlanCard: the largest group, a chair"] = t => PlanCard.Build(t, Build.Group() with { Name = new string('Ģ', 256) }, LargestSummary.Value, a => LargestView(LargestRoster[0]) with { Action = a }, viewerIsChair: true),
        ["PlanCard: the largest group, a member, the last page"] = t => PlanCard.Build(t, Build.Group(), LargestSummary.Value, a => LargestView(LargestRoster[7]) with { Action = a }, viewerIsChair: false, page: 99),
        ["ChooseGroupCard: a coordinator in a hundred groups"] = t => ChooseGroupCard.Build(t, ManyGroups, Verbs.Plan),
        ["HelpCard: a coordinator in a hundred groups"] = t => HelpCard.Build(t, ManyGroups),
        ["PersonalWelcomeCard: a coordinator in a hundred groups"] = t => PersonalWelcomeCard.Build(t, new string('Ņ', 64), [.. ManyGroups.Select(m => m.Group.Name)]),
        ["ReminderCard: the largest group"] = t => ReminderCard.Build(t, LargestView(LargestRoster[1]) with { Group = Build.Group() with { Name = new string('Ģ', 256) } }, new Notice(new string('x', 500), IsProblem: true)),
        ["TellChairCard: the largest group"] = t => TellChairCard.Build(t, LargestView(LargestRoster[0]), t.Format(TextKey.TellChairWhyDeputy, new string('Ā', 100), new string('Ņ', 64))),
        ["MinutesCard: a draft"] = t => MinutesCard.Build(t, Build.Group(), SmallMinutes(t), MeetingRecord.Empty, Members, []),
        ["MinutesCard: the largest draft, 300 members in 30 institutions"] = t => MinutesCard.Build(t, Build.Group(), LargestMinutes(t), LargestRecord, Roster300, Institutions30, new Notice(new string('x', 500), IsProblem: true)),
        ["MinutesCard: approved, a chair"] = t => MinutesCard.Approved(t, Build.Group(), Approve(SmallMinutes(t), Members), MinutesReport.Of(t, Build.Group(), Approve(SmallMinutes(t), Members), Members, []), viewerIsChair: true),
        ["MinutesCard: the largest approved, a member"] = t => MinutesCard.Approved(t, Build.Group(), Approve(LargestMinutes(t), Roster300), MinutesReport.Of(t, Build.Group(), Approve(LargestMinutes(t), Roster300), Roster300, Institutions30), viewerIsChair: false, new Notice("ok", IsProblem: false)),
        ["MinutesListCard: none"] = t => MinutesListCard.Build(t, Build.Group(), []),
        ["MinutesListCard: years of meetings"] = t => MinutesListCard.Build(t, Build.Group(), [.. Enumerable.Range(0, 40).Select(i => LargestMinutes(t) with { OriginalDate = Build.Today.AddDays(-30 * i), Revision = i + 1 })]),
        ["MinutesListCard: links to five revisions"] = t => MinutesListCard.Links(t, Build.Group(), [.. Enumerable.Range(1, 5).Select(i => Approve(LargestMinutes(t), Roster300) with { Revision = i })], (m, file) => "https://bot.example/minutes/" + new string('a', 48) + $"/s1/20260302/{m.Revision}/{file}"),
        ["CalendarCard: a chair"] = t => CalendarCard.Build(t, Build.Group(), "https://bot.example/calendar/" + new string('a', 48) + ".ics", "https://bot.example/calendar/" + new string('b', 48) + ".ics", viewerIsChair: true),
        ["CalendarCard: a member whose link was revoked"] = t => CalendarCard.Build(t, Build.Group(), null, null, viewerIsChair: false, new Notice("ok", IsProblem: false)),
    };

    private static MeetingRecord LargestRecord => MeetingRecord.Empty with
    {
        Decisions = Enumerable.Range(1, FreeText.DecisionsPerMeeting).Select(i => new Decision(new string('ū', FreeText.Decision), i)).ToList(),
    };

    private static Minutes SmallMinutes(TextSet texts) =>
        MinutesDraft.Start(texts, LongMeeting(0) with { Title = "Sanāksme", Place = "Zāle" }, LongMeeting(1), Agenda.Build(TemplatePlan, Actions, Build.Today, null, null, []), MeetingRecord.Empty with { Attending = ["anna"], NotAttending = ["liga"] }, Members, Build.Today);

    /// <summary>Every member named (ten represented, with the longest names), 20 actions with the longest notes, the
    /// longest agenda, and the longest other notes.</summary>
    private static Minutes LargestMinutes(TextSet texts)
    {
        var agenda = Agenda.Build(BigPlan, BigActions.Select((a, i) => a with { Status = (ActionStatus)(i % 4), StatusChangedAt = DateTimeOffset.MaxValue }).ToList(), Build.Today, Build.Today.AddDays(60), DateTimeOffset.MinValue, LargestRecord.Decisions);
        var draft = MinutesDraft.Start(texts, LongMeeting(0), LongMeeting(1), agenda, MeetingRecord.Empty with { Attending = [.. Roster300.Select(m => m.AadObjectId)] }, Roster300, Build.Today);
        return draft with
        {
            Presence = [.. draft.Presence.Select((p, i) => i < 10 ? p with { Presence = Presence.Represented, By = new string('Ņ', FreeText.RepresentedBy) } : p)],
            Outcomes = [.. draft.Outcomes.Select(o => o with { Note = new string('ē', FreeText.OutcomeNote) })],
            Notes = new string('ā', FreeText.MinutesNotes),
        };
    }

    private static Minutes Approve(Minutes draft, IReadOnlyList<Member> members) =>
        MinutesDraft.Approve(draft, LargestRecord, BigActions, members, members[0], new DateTimeOffset(2026, 4, 15, 10, 0, 0, TimeSpan.Zero));

    /// <summary>A meeting of a series sent as an Outlook invitation, with a join link as long as Teams' are.</summary>
    private static Meeting TeamsMeeting(int month) => LongMeeting(month) with
    {
        JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + new string('N', 60) + "%40thread.v2/0?context=%7b%22Tid%22%3a%22" + Guid.Empty + "%22%2c%22Oid%22%3a%22" + Guid.Empty + "%22%7d",
    };

    private static Meeting LongMeeting(int month) => new(
        "s1", Build.Today.AddMonths(month), new DateTimeOffset(2026, 4, 14, 7, 0, 0, TimeSpan.Zero).AddMonths(month), new DateTimeOffset(2026, 4, 14, 9, 0, 0, TimeSpan.Zero).AddMonths(month),
        new string('Ē', FreeText.MeetingTitle), new string('ļ', FreeText.MeetingPlace), Moved: month % 2 == 0);

    public static TheoryData<string, Language> Cases()
    {
        var cases = new TheoryData<string, Language>();
        foreach (var sample in Samples.Keys)
        {
            foreach (var language in Enum.GetValues<Language>())
            {
                cases.Add(sample, language);
            }
        }

        return cases;
    }

    [Fact]
    public void Every_card_builder_has_samples_here()
    {
        var builders = typeof(AdaptiveCard).Assembly.GetTypes()
            .Where(t => t.IsAbstract && t.IsSealed && t.GetMethod("Build", BindingFlags.Public | BindingFlags.Static)?.ReturnType == typeof(JsonObject))
            .Select(t => t.Name)
            .Order();
        var sampled = Samples.Keys.Select(k => k.Split(':')[0]).Distinct().Order();

        Assert.Equal(builders, sampled);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_card_is_one_teams_renders_as_built(string sample, Language language)
    {
        var card = Samples[sample](TextSet.For(language));

        Assert.Empty(CardValidator.Shared.Check(card));
    }

    /// <summary>
    /// At most three buttons in sight for each item (an action set, or the card's own buttons); the rest under "More…".
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void No_item_shows_more_than_three_buttons(string sample, Language language)
    {
        var card = Samples[sample](TextSet.For(language));
        var rows = new[] { card["actions"] as JsonArray }
            .Concat(Descendants(card).Where(n => (string?)n["type"] == "ActionSet").Select(n => n["actions"] as JsonArray))
            .OfType<JsonArray>();

        Assert.All(rows, row => Assert.True(row.Count <= 3, $"{row.Count} buttons in a row: {string.Join(", ", row.Select(b => (string?)b?["title"]))}"));
    }

    /// <summary>
    /// Every button that is an Action.Execute falls back to an Action.Submit with the same data and the in-place mark,
    /// for Teams clients that cannot run it (tappable areas, selectActions, carry none: see AdaptiveCard.Tappable).
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_execute_button_falls_back_to_a_submit_with_the_same_data(string sample, Language language)
    {
        var card = Samples[sample](TextSet.For(language));
        var buttons = Descendants(card).Concat(Descendants(card).Where(n => n["card"] is JsonObject).SelectMany(n => Descendants(n["card"])))
            .Where(n => (string?)n["type"] == "Action.Execute" && n["title"] is not null)
            .Distinct();

        Assert.All(buttons, button =>
        {
            var fallback = button["fallback"]!.AsObject();
            var expected = button["data"]!.DeepClone().AsObject();
            expected[CardData.InPlace] = "true";
            Assert.Equal("Action.Submit", (string?)fallback["type"]);
            Assert.Equal((string?)button["title"], (string?)fallback["title"]);
            Assert.True(JsonNode.DeepEquals(expected, fallback["data"]), fallback.ToJsonString());
        });
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => [o, .. o.Where(p => p.Key != "card").SelectMany(p => Descendants(p.Value))],
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };

    private static ActionItem LongAction(int number) => Build.Action(number, dueInDays: number - 10, area: "a" + (number % 20), responsible: ["member0", "member1", "member2"]) with
    {
        Title = new string('Ž', FreeText.ActionTitle),
        Description = new string('š', FreeText.ActionDescription),
    };

    private static ActionView View(Member viewer, ActionStatus status = ActionStatus.Open) =>
        new(Build.Group(), Actions[0] with { Status = status }, TemplatePlan, Members, viewer, Build.Today);

    private static IReadOnlyList<LogEntry> Notes(int count, int length = 40) => Enumerable.Range(0, count)
        .Select(i => new LogEntry { Kind = LogKind.Note, AuthorId = "janis", AuthorName = new string('Ņ', 60), At = DateTimeOffset.UnixEpoch, Note = new string('ē', length) })
        .ToList();
}
