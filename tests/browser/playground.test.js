// What people see: the bot in the Microsoft 365 Agents Playground, its cards drawn by the Playground's Adaptive Cards
// renderer in Debian's Chromium, once in English and once in Latvian (the browser's language is the activities'
// locale). For each language it starts Azurite, the bot (build it first) and the Playground on free ports, then asks in
// the team channel (with an @mention) and in the personal chat, fills in and presses cards, waits for a reminder, and
// keeps a screenshot of each step in artifacts/browser/<language>-NN-<step>.png, and one of the personal chat at a
// phone's width (320 px). Run: node --test tests/browser/   (scripts/test.sh does, after the xunit tests)
"use strict";
const assert = require("node:assert/strict");
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const { after, before, describe, test } = require("node:test");
const { chromium } = require("playwright-core");
const stack = require("./stack");
const { startTabHost, teamsStub, PLAYGROUND_TENANT, PLAYGROUND_USER } = require("./tab-host");

const ROOT = path.join(__dirname, "..", "..");
const SHOTS = path.join(ROOT, "artifacts", "browser");
const CHROMIUM = process.env.WGB_CHROMIUM ?? "/usr/bin/chromium";
const BOT = "Test Bot"; // the Playground's name for the app under test
const USER = "Alex Wilber"; // the Playground's signed-in user
const DEPUTY = "Megan Bowen"; // another of the Playground's people, in the team's roster
const TEAM = "My Team";
const WAIT = 30_000;

/** What a person types and reads, per language. */
const LANGUAGES = {
  en: {
    locale: "en-US",
    help: "help", helpTitle: "What I can do", chairLine: `${TEAM}: you are chair`,
    plan: "plan", planTitle: `Prevention plan: ${TEAM}`, fromTemplate: "Start from the template", startEmpty: "Start empty",
    area: "Training of professionals", nothingBehind: "Nothing is overdue",
    newAction: "new action", formTitle: "New action", create: "Create", created: "The action was added to the plan.",
    actionTitle: "Training for teachers on signs of abuse",
    myActions: "my actions", myActionsTitle: "My actions (1)", sentPersonally: "I sent your actions to our personal chat.",
    done: "Done", inProgress: "In progress", statusChanged: "Status changed: “in progress”.",
    reminderTitle: "Reminder: #1", meetingsTitle: "Meetings",
    meetings: "meetings", schedule: "Schedule a meeting", preview: "Preview dates", nextMeetings: "The next meetings:",
    members: "members", membersTitle: `Members of ${TEAM}`, institutions: "Institutions", institutionsTitle: `${TEAM}: institutions`,
    addInstitution: "Add institution…", away: "Away…", awayTitle: "Time away",
    save: "Save", institutionSaved: "Saved: Orphan's court.", awaySaved: `${USER} is away from`,
    schedule2: "Schedule", writeMinutes: "Write minutes", minutesDraft: "Draft, revision 1", approve: "Approve",
    minutesApproved: "Minutes approved.", download: "Download", printable: "Printable page",
    minutesDoc: `Minutes of the meeting of ${TEAM}`,
    export: "export", report: "Report", tabSignIn: "development", // the tab signs in as the local development identity
  },
  lv: {
    locale: "lv-LV",
    help: "palīdzība", helpTitle: "Ko es varu darīt", chairLine: `${TEAM}: jūs esat vadītājs`,
    plan: "plāns", planTitle: `Prevencijas plāns: ${TEAM}`, fromTemplate: "Sākt ar veidni", startEmpty: "Sākt tukšu",
    area: "Speciālistu apmācība", nothingBehind: "Nekas nav nokavēts",
    newAction: "jauns uzdevums", formTitle: "Jauns uzdevums", create: "Izveidot", created: "Uzdevums pievienots plānam.",
    actionTitle: "Apmācība skolotājiem par vardarbības pazīmēm",
    myActions: "mani uzdevumi", myActionsTitle: "Mani uzdevumi (1)", sentPersonally: "Jūsu uzdevumus nosūtīju mūsu personīgajā sarakstē.",
    done: "Izpildīts", inProgress: "Procesā", statusChanged: "Statuss nomainīts: “procesā”.",
    reminderTitle: "Atgādinājums: #1", meetingsTitle: "Sanāksmes",
    meetings: "sanāksmes", schedule: "Ieplānot sanāksmi", preview: "Parādīt datumus", nextMeetings: "Nākamās sanāksmes:",
    members: "dalībnieki", membersTitle: `${TEAM}: dalībnieki`, institutions: "Iestādes", institutionsTitle: `${TEAM}: iestādes`,
    addInstitution: "Pievienot iestādi…", away: "Prombūtne…", awayTitle: "Prombūtne",
    save: "Saglabāt", institutionSaved: "Saglabāts: Bāriņtiesa.", awaySaved: `${USER}: prombūtnē no`,
    schedule2: "Ieplānot", writeMinutes: "Rakstīt protokolu", minutesDraft: "Projekts, 1. redakcija", approve: "Apstiprināt",
    minutesApproved: "Protokols apstiprināts.", download: "Lejupielādēt", printable: "Drukas lapa",
    minutesDoc: `${TEAM} sanāksmes protokols`,
    export: "eksports", report: "Pārskats", tabSignIn: "sso", // the tab signs in with an SSO token from the local issuer
  },
};

/** What the tab shows in each of its languages, whatever the chat's language. */
const TAB = {
  en: {
    title: "The plan at a glance", inProgress: "in progress: 1", mine: "My actions", signInFailed: "You could not be signed in.",
    institutions: ["By institution", "Orphan's court", `Representatives: ${USER} · Deputy: ${DEPUTY}`, "1 unfinished"],
    away: ["Away today", new RegExp(`${USER} until .+ \\(reminders to ${DEPUTY}\\)`)],
  },
  lv: {
    title: "Plāns pārskatāmi", inProgress: "procesā: 1", mine: "Mani uzdevumi", signInFailed: "Neizdevās jūs pieteikt.",
    institutions: ["Pa iestādēm", "Bāriņtiesa", `Pārstāvji: ${USER} · Aizvietotājs: ${DEPUTY}`, "nepabeigti: 1"],
    away: ["Šodien prombūtnē", new RegExp(`${USER} līdz .+ \\(atgādinājumus saņem ${DEPUTY}\\)`)],
  },
};
const TAB_APP_ID = "6b1d2c3e-4f50-4a61-9b72-8c93d4e5f6a7";

/**
 * The person's time zone: one where it is between 09:00 and 10:00 now and the date is Riga's, so an action due today
 * (Riga's today, as the browser shows it) is reminded at once: reminders go at 09:00 in the person's zone.
 */
function zoneAtNine() {
  const rigaToday = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Riga" }).format(new Date());
  const base = 9 - new Date().getUTCHours();
  for (const offset of [base, base + 24, base - 24].filter((o) => o >= -12 && o <= 14)) {
    if (new Date(Date.now() + offset * 3_600_000).toISOString().slice(0, 10) === rigaToday) {
      return offset >= 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
    }
  }
  throw new Error("no time zone at 09:00 shares Riga's date now");
}

for (const [code, t] of Object.entries(LANGUAGES)) {
  describe(`the bot in the Agents Playground, in ${t.locale}`, { timeout: 10 * 60_000 }, () => {
    let services;
    let tabHost;
    let browser;
    let page;
    let shot = 0;
    const pageErrors = [];

    async function screenshot(name) {
      shot += 1;
      await page.screenshot({ path: path.join(SHOTS, `${code}-${String(shot).padStart(2, "0")}-${name}.png`) });
    }

    /** Fails on any script error in the page, e.g. from the card renderer, since the last check. */
    function assertNoPageErrors() {
      const errors = pageErrors.splice(0);
      assert.deepEqual(errors, [], "script errors in the Playground");
    }

    async function openChat(name) {
      await page.getByText(name, { exact: true }).first().click();
      await page.locator('[data-lexical-editor="true"][role="textbox"]').first().waitFor({ timeout: WAIT });
    }

    function markSeen() {
      return page.locator(".ac-adaptiveCard").evaluateAll((cards) => cards.forEach((card) => card.setAttribute("data-seen", "")));
    }

    /** Sends text the way a person does. */
    async function say(text, { mention = false } = {}) {
      await markSeen();
      const box = page.locator('[data-lexical-editor="true"][role="textbox"]').first();
      await box.click();
      if (mention) {
        await page.keyboard.type("@");
        await page.getByRole("menuitem", { name: BOT }).click();
        await page.keyboard.type(` ${text}`);
        await page.getByRole("button", { name: "Post", exact: true }).click();
      } else {
        await page.keyboard.type(text);
        await page.keyboard.press("Enter");
      }
    }

    /** The first card not seen before with this text. */
    async function newCard(text) {
      const card = page.locator(".ac-adaptiveCard:not([data-seen])").filter({ hasText: text }).first();
      await card.waitFor({ timeout: WAIT });
      await card.scrollIntoViewIfNeeded();
      return card;
    }

    /** Sends text and returns the card the bot answers with. */
    async function ask(text, title, options) {
      await say(text, options);
      return newCard(title);
    }

    /** The card is drawn by the renderer with this title and these buttons, and nothing failed. */
    async function assertCard(card, title, buttons = []) {
      await card.getByText(title, { exact: true }).first().waitFor({ timeout: WAIT });
      for (const button of buttons) {
        assert.ok(await card.getByRole("button", { name: button, exact: true }).first().isVisible(), `the button "${button}" is not visible`);
      }
      assertNoPageErrors();
    }

    before(async () => {
      assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium`);
      fs.mkdirSync(SHOTS, { recursive: true });
      for (const old of fs.readdirSync(SHOTS).filter((f) => f.startsWith(`${code}-`))) {
        fs.rmSync(path.join(SHOTS, old));
      }
      // Reminders are looked for every two seconds, so the one this walk waits for comes at once.
      tabHost = await startTabHost();
      const tabArgs = t.tabSignIn === "sso"
        ? ["--Tab:ApplicationId", TAB_APP_ID, "--Tab:Instance", tabHost.instance, "--Tab:FrameAncestors", tabHost.origin]
        : ["--Tab:DevelopmentUser", `${PLAYGROUND_TENANT}/${PLAYGROUND_USER}`];
      services = await stack.start(path.join(SHOTS, "logs", code), { locale: t.locale, timeZone: zoneAtNine(), botArgs: ["--Reminders:SweepInterval", "00:00:02", ...tabArgs] });
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", `--lang=${t.locale}`],
      });
      page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: t.locale, timezoneId: "Europe/Riga" });
      page.setDefaultTimeout(WAIT);
      // Only loopback: the Playground's page would fetch fonts from a CDN.
      await page.route("**/*", (route) => (["127.0.0.1", "localhost"].includes(new URL(route.request().url()).hostname) ? route.continue() : route.abort()));
      page.on("pageerror", (error) => pageErrors.push(error.message));
      await page.goto(services.playgroundUrl);
      await page.getByText("Personal Chat", { exact: true }).first().waitFor();
    });

    after(async () => {
      await browser?.close();
      await services?.stop();
      tabHost?.close();
    });

    test("in the team channel, help (with an @mention) shows the chair what they can do", async () => {
      await openChat("General");
      const card = await ask(t.help, t.helpTitle, { mention: true });
      await assertCard(card, t.helpTitle);
      await card.getByText(t.chairLine).waitFor();
      await screenshot("channel-help");
    });

    test("in the team channel, the chair starts the plan from the template", async () => {
      const start = await ask(t.plan, t.planTitle, { mention: true });
      await assertCard(start, t.planTitle, [t.fromTemplate, t.startEmpty]);
      await start.getByRole("button", { name: t.fromTemplate, exact: true }).click();

      // Action.Execute: the answer replaces the card in place.
      const plan = page.locator(".ac-adaptiveCard").filter({ hasText: t.area }).filter({ hasText: t.nothingBehind }).first();
      await plan.waitFor();
      await plan.scrollIntoViewIfNeeded();
      await assertCard(plan, t.planTitle);
      await screenshot("channel-plan-from-template");
    });

    test("in the team channel, the chair creates an action due today", async () => {
      const form = await ask(t.newAction, t.formTitle, { mention: true });
      await assertCard(form, t.formTitle, [t.create]);
      await form.getByRole("textbox").first().fill(t.actionTitle);
      await form.getByRole("combobox").first().click();
      await page.getByRole("option", { name: t.area, exact: true }).click();
      await form.getByRole("checkbox", { name: new RegExp(USER) }).check();
      await form.getByRole("combobox").nth(1).click();
      await page.locator('button[class*="dayIsToday"], td[class*="dayIsToday"] button').first().click();
      await screenshot("channel-new-action-filled");

      await form.getByRole("button", { name: t.create, exact: true }).click();
      const created = page.locator(".ac-adaptiveCard").filter({ hasText: t.created }).first();
      await created.waitFor();
      await created.scrollIntoViewIfNeeded();
      await assertCard(created, `#1 ${t.actionTitle}`, [t.done, t.inProgress]);
      await screenshot("channel-action-created");
    });

    test("in the team channel, my actions goes to the personal chat with a pointer here", async () => {
      await say(t.myActions, { mention: true });
      await page.getByText(t.sentPersonally).first().waitFor();
      await screenshot("channel-my-actions-pointer");
    });

    test("in the personal chat, the reminder of the action due today comes, and my actions updates in place", async () => {
      await openChat("Personal Chat");
      const reminder = page.locator(".ac-adaptiveCard").filter({ hasText: t.reminderTitle }).first();
      await reminder.waitFor({ timeout: 60_000 });
      await reminder.scrollIntoViewIfNeeded();
      await assertCard(reminder, `${t.reminderTitle} ${t.actionTitle}`, [t.done]);
      await screenshot("personal-reminder");

      const mine = await ask(t.myActions, t.myActionsTitle);
      await assertCard(mine, t.myActionsTitle, [t.done, t.inProgress]);
      await screenshot("personal-my-actions");
      await mine.getByRole("button", { name: t.inProgress, exact: true }).first().click();
      const updated = page.locator(".ac-adaptiveCard").filter({ hasText: t.myActionsTitle }).filter({ hasText: "✓" }).first();
      await updated.waitFor();
      await screenshot("personal-my-actions-in-progress");

      await page.setViewportSize({ width: 320, height: 800 });
      await updated.scrollIntoViewIfNeeded();
      await screenshot("personal-my-actions-320px");
      await page.setViewportSize({ width: 1400, height: 1000 });
    });

    test("in the personal chat, the plan shows the areas and the action in progress", async () => {
      const plan = await ask(t.plan, t.planTitle);
      await assertCard(plan, t.planTitle);
      await plan.getByText(t.actionTitle, { exact: false }).first().waitFor();
      await screenshot("personal-plan");
    });

    test("in the personal chat, members leads to the institutions, where the chair adds one, and to time away, where they set their own", async () => {
      const members = await ask(t.members, t.membersTitle);
      await assertCard(members, t.membersTitle, [t.away, t.institutions]);
      await members.getByRole("button", { name: t.institutions, exact: true }).click();
      const institutions = page.locator(".ac-adaptiveCard").filter({ hasText: t.institutionsTitle }).last();
      await institutions.waitFor();
      await institutions.getByRole("button", { name: t.addInstitution, exact: true }).click();
      // The usual list's first kind (the orphan's court) is chosen already: the user represents it, with a deputy.
      await institutions.getByRole("checkbox", { name: new RegExp(USER) }).check();
      await institutions.getByRole("combobox").last().click();
      await page.getByRole("option", { name: DEPUTY, exact: true }).click();
      await institutions.scrollIntoViewIfNeeded();
      await screenshot("personal-institutions-add");
      await institutions.getByRole("button", { name: t.save, exact: true }).click();
      const saved = page.locator(".ac-adaptiveCard").filter({ hasText: t.institutionSaved }).last();
      await saved.waitFor();
      await saved.scrollIntoViewIfNeeded();
      await screenshot("personal-institutions-saved");

      // The user is away today only: their deputy covers for them, and the walk's later steps are as they were.
      const again = await ask(t.members, t.membersTitle);
      await again.getByRole("button", { name: t.away, exact: true }).click();
      const away = page.locator(".ac-adaptiveCard").filter({ hasText: t.awayTitle }).last();
      await away.waitFor();
      await away.getByRole("combobox").last().click(); // the last day away: today (the first is today already)
      await page.locator('button[class*="dayIsToday"], td[class*="dayIsToday"] button').first().click();
      await away.scrollIntoViewIfNeeded();
      await screenshot("personal-away");
      await away.getByRole("button", { name: t.save, exact: true }).click();
      const awaySaved = page.locator(".ac-adaptiveCard").filter({ hasText: t.awaySaved }).last();
      await awaySaved.waitFor();
      await awaySaved.scrollIntoViewIfNeeded();
      await screenshot("personal-away-saved");
      assertNoPageErrors();
    });

    test("in the team channel, the chair fills in the meeting form and previews its dates", async () => {
      await openChat("General");
      const list = await ask(t.meetings, t.meetingsTitle, { mention: true });
      await list.getByRole("button", { name: t.schedule, exact: true }).click();
      const form = await newCard(t.preview);
      await form.getByRole("combobox").first().click(); // the first date: today
      await page.locator('button[class*="dayIsToday"], td[class*="dayIsToday"] button').first().click();
      await screenshot("channel-meeting-form");
      await form.getByRole("button", { name: t.preview, exact: true }).click();
      const preview = page.locator(".ac-adaptiveCard").filter({ hasText: t.nextMeetings }).first();
      await preview.waitFor();
      await preview.scrollIntoViewIfNeeded();
      await screenshot("channel-meeting-preview");
      assertNoPageErrors();
    });

    /** Presses a button that opens its URL, and returns the URL instead (the Playground opens it with window.open). */
    async function urlBehind(card, button) {
      await page.evaluate(() => { window.openedUrl = undefined; window.open = (url) => { window.openedUrl = String(url); return null; }; });
      await card.getByText(button, { exact: true }).last().click();
      return page.waitForFunction(() => window.openedUrl).then((handle) => handle.jsonValue());
    }

    /** Prints a page on A4 (print media, A4 at 96 dpi) into a full-page screenshot. */
    async function printScreenshot(url, name) {
      const printed = await browser.newPage();
      await printed.goto(url);
      await printed.emulateMedia({ media: "print" });
      await printed.setViewportSize({ width: 794, height: 1123 });
      await printed.screenshot({ path: path.join(SHOTS, `${code}-${String(++shot).padStart(2, "0")}-${name}.png`), fullPage: true });
      return printed;
    }

    test("after today's meeting, the chair writes its minutes, approves them, and they print on A4", async () => {
      // The form still shows today's date and the preview; a start at midnight makes today's meeting one that was held.
      const form = page.locator(".ac-adaptiveCard").filter({ hasText: t.nextMeetings }).first();
      await form.getByRole("combobox").nth(1).click();
      await page.getByRole("option").first().click();
      await form.getByRole("button", { name: t.schedule2, exact: true }).first().click();
      const list = page.locator(".ac-adaptiveCard").filter({ has: page.getByRole("button", { name: t.writeMinutes, exact: true }) }).first();
      await list.waitFor();
      await list.getByRole("button", { name: t.writeMinutes, exact: true }).click();
      const draft = page.locator(".ac-adaptiveCard").filter({ hasText: t.minutesDraft }).first();
      await draft.waitFor();
      await page.setViewportSize({ width: 1400, height: 2200 });
      await draft.scrollIntoViewIfNeeded();
      await draft.evaluate((card) => card.scrollIntoView({ block: "start" }));
      await screenshot("channel-minutes-draft");
      await draft.getByRole("button", { name: t.approve, exact: true }).first().click(); // opens the question
      await draft.getByRole("button", { name: t.approve, exact: true }).last().click();
      const approved = page.locator(".ac-adaptiveCard").filter({ hasText: t.minutesApproved }).first();
      await approved.waitFor();
      await approved.evaluate((card) => card.scrollIntoView({ block: "start" }));
      await screenshot("channel-minutes-approved");
      await page.setViewportSize({ width: 1400, height: 1000 });
      assertNoPageErrors();

      await approved.getByRole("button", { name: t.download, exact: true }).click();
      const links = page.locator(".ac-adaptiveCard").filter({ hasText: t.printable }).first();
      await links.waitFor();
      const printed = await printScreenshot(await urlBehind(links, t.printable), "minutes-print");
      await printed.getByText(t.minutesDoc, { exact: true }).waitFor();
      await printed.close();
    });

    /** Opens the tab as Teams would in this run (top level with the development identity, or framed with SSO). */
    async function openTab(lang, theme, token, teamId) {
      const tabUrl = `${services.botUrl}/tab/index.html`;
      if (t.tabSignIn === "sso") {
        await page.route("**/tab/lib/MicrosoftTeams.min.js", (route) =>
          route.fulfill({ contentType: "text/javascript", body: teamsStub({ locale: lang === "lv" ? "lv-LV" : "en-US", theme, token, teamId }) }));
        await page.goto(`${tabHost.origin}/host.html?src=${encodeURIComponent(tabUrl)}`);
        return page.frameLocator("iframe").locator("body");
      }
      await page.goto(`${tabUrl}?lang=${lang}&theme=${theme}`);
      return page.locator("body");
    }

    async function chooseTeam(tab) {
      const picker = tab.locator("select");
      if (await picker.count()) {
        await picker.selectOption({ label: TEAM });
      }
      await tab.locator("h1", { hasText: TEAM }).waitFor();
    }

    for (const lang of ["en", "lv"]) {
      test(`the tab shows the plan at a glance in ${lang}, in the light and dark themes, with the numbers of the plan`, async () => {
        const tt = TAB[lang];
        for (const theme of ["default", "dark"]) {
          const tab = await openTab(lang, theme, tabHost.mint(`api://127.0.0.1/${TAB_APP_ID}`));
          await chooseTeam(tab);
          await tab.locator("#progress svg").waitFor();
          assert.equal(await tab.locator("h1").innerText(), `${tt.title}: ${TEAM}`);
          assert.match(await tab.locator(".totals").innerText(), new RegExp(tt.inProgress));
          assert.match(await tab.locator("#mine").innerText(), new RegExp(t.actionTitle));
          assert.match(await tab.locator("#who tbody").innerText(), new RegExp(`${USER}\\s+1`));
          assert.equal(await tab.locator("#timeline svg a").count(), 1);
          await screenshot(`tab-${lang}-${theme}`);
          const [byInstitution, ...institution] = tt.institutions;
          assert.equal(await tab.locator("#institutions h2").innerText(), byInstitution);
          const institutions = await tab.locator("#institutions li").allInnerTexts();
          assert.equal(institutions.length, 1);
          for (const line of institution) assert.ok(institutions[0].includes(line), `"${line}" is not in ${institutions[0]}`);
          const [awayToday, awayLine] = tt.away;
          assert.equal(await tab.locator("#away h2").innerText(), awayToday);
          assert.match(await tab.locator("#away li").innerText(), awayLine);
          assert.doesNotMatch(await tab.locator("main").innerText(), /\[object /, "a list drawn as text");
          await tab.locator("#away").scrollIntoViewIfNeeded();
          await screenshot(`tab-${lang}-${theme}-people`);
        }
        assertNoPageErrors();
      });
    }

    test("the tab at a phone's width in the high-contrast theme, with an action opened from the timeline", async () => {
      await page.setViewportSize({ width: 320, height: 900 });
      const tab = await openTab(code, "contrast", tabHost.mint(`api://127.0.0.1/${TAB_APP_ID}`));
      await chooseTeam(tab);
      await tab.locator("#institutions").scrollIntoViewIfNeeded();
      await screenshot("tab-320px-contrast-people");
      await tab.locator("#timeline svg a").first().click();
      await tab.locator("dialog[open]").waitFor();
      assert.match(await tab.locator("dialog[open] h2").innerText(), new RegExp(t.actionTitle));
      await screenshot("tab-320px-contrast-action");
      await page.setViewportSize({ width: 1400, height: 1000 });
    });

    if (t.tabSignIn === "sso") {
      test("as the team's channel tab it shows that team at once, with no group to choose", async () => {
        const token = tabHost.mint(`api://127.0.0.1/${TAB_APP_ID}`);
        const { groups } = await (await fetch(`${services.botUrl}/api/tab/groups`, { headers: { Authorization: `Bearer ${token}` } })).json();
        const team = groups.find((g) => g.name === TEAM);
        assert.ok(team, `the API lists ${TEAM} among ${JSON.stringify(groups)}`);
        const tab = await openTab(code, "default", token, team.id);
        await tab.locator("#progress svg").waitFor();
        assert.equal(await tab.locator("h1").innerText(), `${TAB[code].title}: ${TEAM}`);
        assert.equal(await tab.locator("select").count(), 0);
        await screenshot("tab-channel");
      });

      test("a token for another app's API is refused: the tab says sign-in failed and shows no data", async () => {
        const tab = await openTab(code, "default", tabHost.mint(`api://127.0.0.1/${crypto.randomUUID()}`));
        await tab.getByText(TAB[code].signInFailed, { exact: false }).waitFor();
        assert.equal(await tab.locator("#progress").count(), 0);
        await screenshot("tab-sign-in-refused");
      });
    }

    test("the chair's council report prints on A4 with the charts", async () => {
      await page.goto(services.playgroundUrl);
      await page.getByText("Personal Chat", { exact: true }).first().waitFor();
      await openChat("Personal Chat");
      const card = await ask(t.export, t.report);
      const report = await printScreenshot(await urlBehind(card, t.report), "report-print");
      assert.equal(await report.locator("svg.chart").count(), 2);
      await report.close();
    });
  });
}
