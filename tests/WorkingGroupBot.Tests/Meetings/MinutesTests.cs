using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Meetings;

/// <summary>
/// The meeting cycle after the meeting: minutes drafted from the notice's answers and the agenda, edited and approved by
/// chairs, listed and downloaded by members; corrections as new revisions; and the next agenda starting from what the
/// minutes left open.
/// </summary>
public sealed class MinutesTests(ReminderFixture fixture) : IClassFixture<ReminderFixture>
{
    private static readonly DateOnly Today = PlanDriver.Today;
    private static readonly Func<JsonObject, bool> FirstMeeting = x => x["occurrence"]?.GetValue<string>() == "2026-03-10";

    /// <summary>
    /// Three actions before the first meeting (one overdue by then, one due before the next, one blocked); Jānis says
    /// he will come and Līga that she can't; at noon after the meeting Anna opens its minutes.
    /// </summary>
    /// <param name="annaAway">Anna set time away over the meeting's day (and gave no answer to its notice).</param>
    private async Task<(BotHost Bot, PlanDriver Driver, JsonObject Draft)> HeldMeetingAsync(bool annaAway = false)
    {
        var (bot, d) = await MonthlyMeeting.StartAsync(fixture);
        var (anna, janis, liga) = (d.World.Anna, d.World.Janis, d.World.Liga);
        if (annaAway)
        {
            var form = await d.PressAsync(anna, await d.AskPersonallyAsync(anna, "dalībnieki"), Verbs.Absences);
            await d.PressAsync(anna, form.Card, Verbs.SetAbsence, null, (AbsenceCard.From, "2026-03-09"), (AbsenceCard.To, "2026-03-11"));
        }
        await d.CreateActionAsync(anna, "Skolotāju seminārs", [janis], Today.AddDays(2), "Speciālistu apmācība");
        await d.CreateActionAsync(anna, "Bukleti vecākiem", [liga], Today.AddDays(12), "Vecāku izglītošana");
        var blocked = await d.CreateActionAsync(anna, "Telpu meklēšana", [janis], Today.AddDays(20), "Sabiedrības informēšana");
        await d.PressAsync(janis, blocked.Card, Verbs.SetStatus, x => x["status"]!.GetValue<string>() == "Blocked", (ActionForm.Reason, "Nav budžeta"));
        bot.SetRigaTime(new DateOnly(2026, 3, 9), 10, 0);
        await bot.SweepAsync();
        var notice = fixture.Connector.MessagesTo(d.World.ChannelId).Last(m => m.CardText.StartsWith("Sanāksme: ", StringComparison.Ordinal)).Card!;
        await d.PressAsync(janis, notice, Verbs.Attend, x => x["answer"]!.GetValue<string>() == "yes");
        await d.PressAsync(liga, notice, Verbs.Attend, x => x["answer"]!.GetValue<string>() == "no");

        bot.SetRigaTime(new DateOnly(2026, 3, 10), 12, 0);
        var meetings = await d.AskInChannelAsync(anna, "sanāksmes");
        var draft = await d.PressAsync(anna, meetings, Verbs.OpenMinutes, FirstMeeting);
        return (bot, d, draft.Card);
    }

    private static (string, JsonNode?)[] Outcomes(params (int Action, Outcome Outcome, string Note)[] lines) =>
        [.. lines.SelectMany(l => new (string, JsonNode?)[] { (MinutesForm.Outcome(l.Action), l.Outcome.ToString()), (MinutesForm.Note(l.Action), l.Note) })];

    /// <summary>Anna adds herself as present and writes the outcomes and a note; then approves.</summary>
    private static async Task<InvokeAnswer> WriteAndApproveAsync(PlanDriver d, JsonObject draft)
    {
        var saved = await d.PressAsync(d.World.Anna, draft, Verbs.SaveMinutes, null,
            [
                (MinutesForm.Mark, d.World.Anna.AadObjectId), (MinutesForm.MarkAs, nameof(Presence.Present)),
                .. Outcomes((1, Outcome.NotUndertaken, "Skola nav atbildējusi"), (2, Outcome.InProgress, ""), (3, Outcome.NotPossible, "Telpas nav pieejamas")),
                (MinutesForm.Notes, "Nākamreiz aicināt pašvaldības policiju."),
            ]);
        Assert.Contains("Protokols saglabāts.", saved.CardText);
        return await d.PressAsync(d.World.Anna, saved.Card, Verbs.ApproveMinutes);
    }

    private static async Task<(string Docx, string Html)> DownloadLinksAsync(BotHost bot, PlanDriver d, JsonObject minutesCard, int revision)
    {
        var links = await d.PressAsync(d.World.Janis, minutesCard, Verbs.DownloadMinutes);
        var urls = links.Card["body"]!.AsArray().OfType<JsonObject>()
            .SelectMany(b => b["items"]?.AsArray().OfType<JsonObject>() ?? [])
            .SelectMany(i => i["actions"]?.AsArray().OfType<JsonObject>() ?? [])
            .Select(a => new Uri(a["url"]!.GetValue<string>()).AbsolutePath)
            .Where(u => u.Contains($"/{revision}/minutes.", StringComparison.Ordinal))
            .ToList();
        return (bot.Url + urls.Single(u => u.EndsWith(".docx", StringComparison.Ordinal)), bot.Url + urls.Single(u => u.EndsWith(".html", StringComparison.Ordinal)));
    }

    private static async Task<(string Body, string Header, string Footer, IReadOnlyList<string> Fields)> OpenDocxAsync(BotHost bot, string url)
    {
        var response = await bot.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var main = document.MainDocumentPart!;
        string Lines(DocumentFormat.OpenXml.OpenXmlElement root) => string.Join("\n", root.Descendants<Paragraph>().Select(p => p.InnerText));
        var footer = main.FooterParts.Single().Footer!;
        return (
            Lines(main.Document!.Body!),
            Lines(main.HeaderParts.Single().Header!),
            Lines(footer),
            footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value!.Trim()).ToList());
    }

    [Fact]
    public async Task Minutes_are_drafted_from_the_notice_edited_approved_listed_and_downloaded_as_docx_and_html()
    {
        var (bot, d, draft) = await HeldMeetingAsync();
        await using var _ = bot;
        var (anna, janis) = (d.World.Anna, d.World.Janis);

        // The draft: attendance from the answers, an outcome for each action on the agenda, suggested by its status.
        var drafted = CardTexts.Of(draft);
        Assert.Contains("Projekts, 1. redakcija", drafted);
        Assert.Contains("Piedalījās\nJānis Kalniņš", drafted);
        Assert.Contains("Nepiedalījās, iepriekš informējot\nLīga Ozola", drafted);
        Assert.Contains("Nepiedalījās\nAnna Bērziņa", drafted);
        Assert.Equal(nameof(Outcome.NotUndertaken), CardPress.InputValue(draft, MinutesForm.Outcome(1)));
        Assert.Equal(nameof(Outcome.NotUndertaken), CardPress.InputValue(draft, MinutesForm.Outcome(2)));
        Assert.Equal(nameof(Outcome.InProgress), CardPress.InputValue(draft, MinutesForm.Outcome(3)));

        // A decision recorded from the minutes becomes an action.
        var decisions = await d.PressAsync(anna, draft, Verbs.Decisions);
        var area = CardPress.ChoicesOf(decisions.Card, ActionForm.Area).Keys.First();
        await d.PressAsync(anna, decisions.Card, Verbs.SaveDecisions, null,
            (ActionForm.Title, "Sagatavot vēstuli skolām"), (ActionForm.Area, area),
            (ActionForm.Responsible, d.World.Liga.AadObjectId), (ActionForm.Deadline, "2026-04-01"));

        var approved = await WriteAndApproveAsync(d, draft);
        Assert.Contains("Protokols apstiprināts.", approved.CardText);
        Assert.Contains("apstiprināja Anna Bērziņa (1. redakcija)", approved.CardText);
        Assert.Contains("Anna Bērziņa, Jānis Kalniņš", approved.CardText);
        Assert.Contains("#1 Skolotāju seminārs — nav uzsākts: Skola nav atbildējusi", approved.CardText);
        Assert.Contains("Sagatavot vēstuli skolām → #4 · Līga Ozola", approved.CardText);
        Assert.Contains("Nākamā sanāksme: otrd., 14.04.2026. 10:00", approved.CardText);

        // Jānis, a member, finds them in the list and opens them: no Correct for him.
        var list = await d.PressAsync(janis, await d.AskInChannelAsync(janis, "sanāksmes"), Verbs.MinutesList);
        Assert.Contains("Sadarbības grupas sanāksme", list.CardText);
        var opened = await d.PressAsync(janis, list.Card, Verbs.OpenMinutes, FirstMeeting);
        Assert.Contains("(1. redakcija)", opened.CardText);
        Assert.False(CardPress.HasButton(opened.Card, Verbs.CorrectMinutes));

        var (docxUrl, htmlUrl) = await DownloadLinksAsync(bot, d, opened.Card, revision: 1);
        var (body, header, footer, fields) = await OpenDocxAsync(bot, docxUrl);
        Assert.Contains("Cēsu novada sadarbības grupa sanāksmes protokols", body);
        Assert.Contains("Jānis Kalniņš", body);
        Assert.Contains("Nepiedalījās, iepriekš informējot", body);
        Assert.Contains("#1 Skolotāju seminārs", body);
        Assert.Contains("Skola nav atbildējusi", body);
        Assert.Contains("nav iespējams, jo mainījušies apstākļi", body);
        Assert.Contains("Sagatavot vēstuli skolām → #4", body);
        Assert.Contains("Nākamreiz aicināt pašvaldības policiju.", body);
        Assert.Contains("Cēsu novada sadarbības grupa", header);
        Assert.Contains("Konfidenciāli", header);
        Assert.Equal(["PAGE", "NUMPAGES"], fields);
        Assert.Contains(". lpp. no ", footer);

        var html = await bot.Http.GetAsync(htmlUrl);
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        var page = await html.Content.ReadAsStringAsync();
        Assert.Contains("Cēsu novada sadarbības grupa sanāksmes protokols", page);
        Assert.Contains("Konfidenciāli", page);
        Assert.Contains("counter(page)", page);
        Assert.Contains("Skola nav atbildējusi", page);
        Assert.Equal("no-store", html.Headers.CacheControl!.ToString());

        // Anything else behind the link reveals nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await bot.Http.GetAsync(docxUrl.Replace("/1/minutes", "/2/minutes"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bot.Http.GetAsync(docxUrl.Replace(".docx", ".pdf"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bot.Http.GetAsync(bot.Url + "/minutes/" + new string('a', 48) + "/x/20260310/1/minutes.docx")).StatusCode);
    }

    [Fact]
    public async Task Someone_away_on_the_day_who_gave_no_answer_is_drafted_as_having_sent_apologies()
    {
        var (bot, _, draft) = await HeldMeetingAsync(annaAway: true);
        await using var _ = bot;

        Assert.Contains("Nepiedalījās, iepriekš informējot\nLīga Ozola, Anna Bērziņa", CardTexts.Of(draft));
        Assert.DoesNotContain("Nepiedalījās\nAnna Bērziņa", CardTexts.Of(draft));
    }

    [Fact]
    public async Task Bad_minutes_submissions_get_an_answer_and_change_nothing()
    {
        var (bot, d, draft) = await HeldMeetingAsync();
        await using var _ = bot;
        var (anna, janis) = (d.World.Anna, d.World.Janis);

        var byMember = await d.PressAsync(janis, draft, Verbs.SaveMinutes, null, Outcomes((1, Outcome.Done, "")));
        Assert.Contains("tikai grupas vadītāji", byMember.Text);
        var tampered = await d.PressAsync(anna, draft, Verbs.SaveMinutes, null, (MinutesForm.Outcome(1), "Forgotten"));
        Assert.Contains("Veidlapu neizdevās nolasīt", tampered.CardText);
        foreach (var forged in new[] { "7", "Done,InProgress" })
        {
            var numbered = await d.PressAsync(anna, draft, Verbs.SaveMinutes, null, (MinutesForm.Outcome(1), forged));
            Assert.Contains("Veidlapu neizdevās nolasīt", numbered.CardText);
        }

        var presenceNumber = await d.PressAsync(anna, draft, Verbs.SaveMinutes, null, (MinutesForm.Mark, anna.AadObjectId), (MinutesForm.MarkAs, "1"));
        Assert.Contains("Veidlapu neizdevās nolasīt", presenceNumber.CardText);
        var stranger = await d.PressAsync(anna, draft, Verbs.SaveMinutes, null, (MinutesForm.Mark, Guid.NewGuid().ToString()), (MinutesForm.MarkAs, nameof(Presence.Present)));
        Assert.Contains("Dalībā var norādīt tikai grupas dalībniekus", stranger.CardText);
        var personal = await d.PressAsync(anna, draft, Verbs.SaveMinutes, null, Outcomes((1, Outcome.Done, "Bērns 010190-12345")));
        Assert.Contains("personas koda", personal.CardText);
        Assert.Equal("Bērns 010190-12345", CardPress.InputValue(personal.Card, MinutesForm.Note(1))); // kept, to correct
        var tooLong = await d.PressAsync(anna, draft, Verbs.SaveMinutes, null, (MinutesForm.Notes, new string('ā', FreeText.MinutesNotes + 1)));
        Assert.Contains("Kāda piezīme ir par garu", tooLong.CardText);

        var again = await d.PressAsync(anna, await d.AskInChannelAsync(anna, "sanāksmes"), Verbs.OpenMinutes, FirstMeeting);
        Assert.Equal(nameof(Outcome.NotUndertaken), CardPress.InputValue(again.Card, MinutesForm.Outcome(1)));
        Assert.Equal("", CardPress.InputValue(again.Card, MinutesForm.Note(1)) ?? "");
        Assert.Contains("Nepiedalījās\nAnna Bērziņa", again.CardText);

        // Once approved, the old draft card saves nothing; the answer shows the minutes as they are.
        await WriteAndApproveAsync(d, draft);
        var stale = await d.PressAsync(anna, draft, Verbs.SaveMinutes, null, Outcomes((1, Outcome.Done, "vēlāk")));
        Assert.Contains("Protokols ir mainījies kopš atvēršanas", stale.CardText);
        Assert.Contains("nav uzsākts: Skola nav atbildējusi", stale.CardText);

        // Minutes of a meeting still to come can't be started; a member can't open a draft.
        var april = await d.PressAsync(anna, await d.AskInChannelAsync(anna, "sanāksmes"), Verbs.Agenda, x => x["occurrence"]?.GetValue<string>() == "2026-04-14");
        var early = await d.SendForgedAsync(anna, CardPress.DataOf(april.Card, Verbs.Attend).With(("verb", Verbs.OpenMinutes)));
        Assert.Contains("kad sanāksme ir sākusies", early.Text);
    }

    [Fact]
    public async Task A_correction_is_a_new_revision_and_every_approved_revision_stays_downloadable()
    {
        var (bot, d, draft) = await HeldMeetingAsync();
        await using var _ = bot;
        var anna = d.World.Anna;
        var first = await WriteAndApproveAsync(d, draft);

        var correcting = await d.PressAsync(anna, first.Card, Verbs.CorrectMinutes);
        Assert.Contains("Sākta 2. redakcija", correcting.CardText);
        Assert.Contains("Projekts, 2. redakcija", correcting.CardText);
        Assert.Equal("Skola nav atbildējusi", CardPress.InputValue(correcting.Card, MinutesForm.Note(1)));
        var saved = await d.PressAsync(anna, correcting.Card, Verbs.SaveMinutes, null, Outcomes((1, Outcome.InProgress, "Skola atbildēja 9. martā")));
        var second = await d.PressAsync(anna, saved.Card, Verbs.ApproveMinutes);
        Assert.Contains("apstiprināja Anna Bērziņa (2. redakcija)", second.CardText);
        var twice = await d.PressAsync(anna, first.Card, Verbs.CorrectMinutes);
        Assert.Contains("Protokols ir mainījies kopš atvēršanas", twice.CardText);

        var (firstDocx, _) = await DownloadLinksAsync(bot, d, second.Card, revision: 1);
        var (secondDocx, _) = await DownloadLinksAsync(bot, d, second.Card, revision: 2);
        Assert.Contains("Skola nav atbildējusi", (await OpenDocxAsync(bot, firstDocx)).Body);
        var corrected = (await OpenDocxAsync(bot, secondDocx)).Body;
        Assert.Contains("Skola atbildēja 9. martā", corrected);
        Assert.Contains("2. redakcija", corrected);
    }

    [Fact]
    public async Task The_next_notice_starts_with_what_the_minutes_left_open_and_the_chairs_points()
    {
        var (bot, d, draft) = await HeldMeetingAsync();
        await using var _ = bot;
        var (anna, janis) = (d.World.Anna, d.World.Janis);
        await WriteAndApproveAsync(d, draft);

        var meetings = await d.AskInChannelAsync(anna, "sanāksmes");
        Func<JsonObject, bool> april = x => x["occurrence"]?.GetValue<string>() == "2026-04-14";
        var added = await d.PressAsync(anna, meetings, Verbs.AddAgendaPoint, april, ("point.s", "Policijas informācija par vasaras nometnēm"));
        Assert.Contains("Ierakstiet jautājumu", added.CardText); // the suffix names the meeting's own input
        var suffix = CardPress.DataOf(meetings, Verbs.AddAgendaPoint, april)[CardData.InputName]!.GetValue<string>();
        added = await d.PressAsync(anna, meetings, Verbs.AddAgendaPoint, april, (MeetingForm.Point + suffix, "Policijas informācija par vasaras nometnēm"));
        Assert.Contains("Pievienots", added.CardText);
        var byMember = await d.PressAsync(janis, meetings, Verbs.AddAgendaPoint, april, (MeetingForm.Point + suffix, "Mans jautājums"));
        Assert.Contains("tikai grupas vadītāji", byMember.Text);
        var past = await d.SendForgedAsync(anna, CardPress.DataOf(meetings, Verbs.AddAgendaPoint, april)
            .With(("occurrence", "2026-03-10"), (MeetingForm.Point + suffix, "Par vēlu")));
        Assert.Contains("Šī sanāksme jau ir sākusies", past.CardText);

        bot.SetRigaTime(new DateOnly(2026, 4, 13), 10, 0);
        await bot.SweepAsync();
        var notice = fixture.Connector.MessagesTo(d.World.ChannelId).Last(m => m.CardText.StartsWith("Sanāksme: ", StringComparison.Ordinal)).CardText;
        Assert.Contains("14.04.2026.", notice);
        var carried = notice.IndexOf("Neizpildītais no iepriekšējā protokola", StringComparison.Ordinal);
        Assert.True(carried >= 0, notice);
        Assert.True(carried < notice.IndexOf("Vadītāju pievienotie jautājumi", StringComparison.Ordinal), notice);
        Assert.Contains("#1 Skolotāju seminārs — Jānis Kalniņš, 04.03.2026. — iepriekšējā sanāksmē: nav uzsākts — Skola nav atbildējusi", notice);
        Assert.Contains("#2 Bukleti vecākiem — Līga Ozola, 14.03.2026. — iepriekšējā sanāksmē: tiek pildīts", notice);
        Assert.DoesNotContain("Telpu meklēšana — Jānis Kalniņš, 22.03.2026. — iepriekšējā sanāksmē", notice);
        Assert.Contains("Vadītāju pievienotie jautājumi", notice);
        Assert.Contains("Policijas informācija par vasaras nometnēm", notice);
        Assert.DoesNotContain("Par vēlu", notice);
        Assert.Equal(1, notice.Split("#1 Skolotāju seminārs").Length - 1); // carried over, not listed again as overdue
    }
}
