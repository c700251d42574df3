// What people see: the bot in the Microsoft 365 Agents Playground, its cards drawn by the Playground's Adaptive Cards
// renderer in Debian's Chromium. Starts Azurite, the bot (build it first) and the Playground on free ports, then asks
// in the team channel (with an @mention) and in the personal chat, fills in and presses cards, and keeps a screenshot
// of each step in artifacts/browser/. Run: node --test tests/browser/   (scripts/test.sh does, after the xunit tests)
"use strict";
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { after, before, describe, test } = require("node:test");
const { chromium } = require("playwright-core");
const stack = require("./stack");

const ROOT = path.join(__dirname, "..", "..");
const SHOTS = path.join(ROOT, "artifacts", "browser");
const CHROMIUM = process.env.WGB_CHROMIUM ?? "/usr/bin/chromium";
const BOT = "Test Bot"; // the Playground's name for the app under test
const USER = "Alex Wilber"; // the Playground's signed-in user
const TEAM = "My Team";
const WAIT = 30_000;

let services;
let browser;
let page;
let shot = 0;
const pageErrors = [];

async function screenshot(name) {
  shot += 1;
  await page.screenshot({ path: path.join(SHOTS, `${String(shot).padStart(2, "0")}-${name}.png`) });
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

/** Sends text the way a person does, and returns the card the bot answers with (the first new one with this title). */
async function ask(text, title, { mention = false } = {}) {
  await page.locator(".ac-adaptiveCard").evaluateAll((cards) => cards.forEach((card) => card.setAttribute("data-seen", "")));
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
  const card = page.locator(".ac-adaptiveCard:not([data-seen])").filter({ hasText: title }).first();
  await card.waitFor({ timeout: WAIT });
  await card.scrollIntoViewIfNeeded();
  return card;
}

/** The card is drawn by the renderer with this title and these buttons, and nothing failed. */
async function assertCard(card, title, buttons = []) {
  await card.getByText(title, { exact: true }).first().waitFor({ timeout: WAIT });
  for (const button of buttons) {
    assert.ok(await card.getByRole("button", { name: button, exact: true }).first().isVisible(), `the button "${button}" is not visible`);
  }
  assertNoPageErrors();
}

function nextMonthsFifteenth() {
  const today = new Date();
  const date = new Date(today.getFullYear(), today.getMonth() + 1, 15);
  return { date, label: `15, ${date.toLocaleString("en-US", { month: "long" })}, ${date.getFullYear()}` };
}

describe("the bot in the Agents Playground", { timeout: 10 * 60_000 }, () => {
  before(async () => {
    assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium`);
    fs.rmSync(SHOTS, { recursive: true, force: true });
    fs.mkdirSync(SHOTS, { recursive: true });
    services = await stack.start(path.join(ROOT, "artifacts", "browser", "logs"));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: "en-US", timezoneId: "Europe/Riga" });
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
  });

  test("in the team channel, help (with an @mention) shows the chair what they can do", async () => {
    await openChat("General");
    const card = await ask("help", "What I can do", { mention: true });
    await assertCard(card, "What I can do", ["My actions", "Plan", "New action", "Members", "Export"]);
    await card.getByText(`${TEAM}: you are chair`).waitFor();
    await screenshot("channel-help");
  });

  test("in the team channel, the chair starts the plan from the template", async () => {
    const start = await ask("plan", `Prevention plan: ${TEAM}`, { mention: true });
    await assertCard(start, `Prevention plan: ${TEAM}`, ["Start from the template", "Start empty"]);
    await screenshot("channel-plan-not-started");

    await start.getByRole("button", { name: "Start from the template", exact: true }).click();

    // Action.Execute: the answer replaces the card in place.
    const plan = page.locator(".ac-adaptiveCard").filter({ hasText: "Training of professionals" }).filter({ hasText: "Who does what" }).first();
    await plan.waitFor();
    await plan.scrollIntoViewIfNeeded();
    await assertCard(plan, `Prevention plan: ${TEAM}`, ["My actions", "New action"]);
    await screenshot("channel-plan-from-template");
  });

  test("in the team channel, the chair fills in the new action form and creates the action", async () => {
    const form = await ask("new action", "New action", { mention: true });
    await assertCard(form, "New action", ["Create"]);
    await form.getByRole("textbox", { name: /^Title/ }).fill("Training for teachers on signs of abuse");
    await form.getByRole("combobox", { name: /^Area/ }).click();
    await page.getByRole("option", { name: "Training of professionals", exact: true }).click();
    await form.getByRole("checkbox", { name: new RegExp(USER) }).check();
    const deadline = nextMonthsFifteenth();
    await form.getByRole("combobox", { name: /^Deadline/ }).click();
    await page.getByRole("button", { name: /^Next month/ }).click();
    await page.getByRole("button", { name: deadline.label, exact: true }).click();
    await screenshot("channel-new-action-filled");

    await form.getByRole("button", { name: "Create", exact: true }).click();

    const created = page.locator(".ac-adaptiveCard").filter({ hasText: "The action was added to the plan." }).first();
    await created.waitFor();
    await created.scrollIntoViewIfNeeded();
    await assertCard(created, "#1 Training for teachers on signs of abuse", ["In progress", "Done"]);
    await created.getByText("Training of professionals").first().waitFor();
    await screenshot("channel-action-created");
  });

  test("in the team channel, my actions lists the new action", async () => {
    const mine = await ask("my actions", "My actions (1)", { mention: true });
    await assertCard(mine, "My actions (1)", ["In progress", "Done"]);
    await mine.getByText("Training for teachers on signs of abuse", { exact: false }).first().waitFor();
    await screenshot("channel-my-actions");
  });

  test("in the personal chat, help shows the chair's role in the team", async () => {
    await openChat("Personal Chat");
    const card = await ask("help", "What I can do");
    await assertCard(card, "What I can do", ["My actions", "Plan", "New action"]);
    await card.getByText(`${TEAM}: you are chair`).waitFor();
    await screenshot("personal-help");
  });

  test("in the personal chat, my actions shows the action and In progress updates it in place", async () => {
    const mine = await ask("my actions", "My actions (1)");
    await assertCard(mine, "My actions (1)", ["In progress", "Done"]);
    await screenshot("personal-my-actions");

    await mine.getByRole("button", { name: "In progress", exact: true }).first().click();
    // Action.Execute: the list comes back in place, with what happened on top and the new status.
    const updated = page.locator(".ac-adaptiveCard").filter({ hasText: "Action #1 saved." }).first();
    await updated.waitFor();
    assert.match(await updated.innerText(), /In \d+ days · [A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2} \d{4} · in progress/);
    await assertCard(updated, "My actions (1)", ["Done"]);
    await screenshot("personal-my-actions-in-progress");
  });

  test("in the personal chat, the plan shows the areas and the action in progress", async () => {
    const plan = await ask("plan", `Prevention plan: ${TEAM}`);
    await assertCard(plan, `Prevention plan: ${TEAM}`, ["My actions"]);
    await plan.getByText("Training of professionals").first().waitFor();
    await plan.getByText(/in progress 1/).first().waitFor();
    await screenshot("personal-plan");
  });
});
