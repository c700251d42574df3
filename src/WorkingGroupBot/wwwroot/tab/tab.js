// The plan at a glance, in a Teams tab. In Teams it takes the locale, theme and group from TeamsJS and signs in with
// single sign-on (authentication.getAuthToken); outside Teams (local development) it reads ?lang=, ?theme= and ?group=
// from the address. Every text comes from the server in the reader's language; the charts are the server's SVG.
"use strict";

const query = new URLSearchParams(location.search);
const state = { lang: query.get("lang") || navigator.language || "en", token: null, labels: {}, group: query.get("group"), data: null };
const app = document.getElementById("app");
const dialog = document.getElementById("details");

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (name === "on") Object.entries(value).forEach(([event, handler]) => node.addEventListener(event, handler));
    else if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function applyTheme(theme) {
  document.body.className = "theme-" + (["dark", "contrast"].includes(theme) ? theme : "default");
}

async function inTeams() {
  const teams = window.microsoftTeams;
  if (!teams || window.parent === window) return null;
  try {
    await Promise.race([teams.app.initialize(), new Promise((_, reject) => setTimeout(() => reject(new Error("no host")), 5000))]);
    const context = await teams.app.getContext();
    teams.app.registerOnThemeChangeHandler(applyTheme);
    return context;
  } catch {
    return null;
  }
}

async function api(path, options) {
  const headers = { "Content-Type": "application/json" };
  if (state.token) headers.Authorization = "Bearer " + state.token;
  const separator = path.includes("?") ? "&" : "?";
  const response = await fetch("/api/tab/" + path + separator + "lang=" + encodeURIComponent(state.lang), { ...options, headers });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw Object.assign(new Error(body.error || response.statusText), { status: response.status });
  return body;
}

function problem(text) {
  app.replaceChildren(el("p", { class: "problem", role: "alert" }, text), el("button", { type: "button", on: { click: start } }, state.labels.DashReload || "↻"));
}

async function start() {
  const context = await inTeams();
  if (context) {
    state.lang = context.app.locale || state.lang;
    applyTheme(context.app.theme);
    // A channel or chat tab shows its own team's or chat's group; the personal tab lets the person choose.
    state.fixed = context.team?.internalId || context.chat?.id || null;
    state.group = state.fixed || state.group;
  } else {
    applyTheme(query.get("theme"));
  }
  document.documentElement.lang = state.lang.toLowerCase().startsWith("lv") ? "lv" : "en";
  try {
    const texts = await api("texts");
    state.labels = texts.labels;
    if (texts.mode === "SingleSignOn") {
      if (!context) return problem(state.labels.DashSignInFailed);
      state.token = await window.microsoftTeams.authentication.getAuthToken();
    }
    if (context) window.microsoftTeams.app.notifySuccess();
    const { groups } = await api("groups");
    if (groups.length === 0 && !state.fixed) return problem(state.labels.DashNoGroups);
    if (!state.fixed && !groups.some((g) => g.id === state.group)) state.group = groups[0].id;
    state.groups = groups;
    await load();
  } catch (error) {
    problem(error.status === 401 || !state.labels.DashSignInFailed ? state.labels.DashSignInFailed || String(error) : error.message);
  }
}

async function load() {
  try {
    state.data = await api("groups/" + encodeURIComponent(state.group));
    render();
  } catch (error) {
    problem(error.message);
  }
}

function section(id, title, ...content) {
  return el("section", { id, "aria-labelledby": id + "-h" }, el("h2", { id: id + "-h" }, title), ...content);
}

function svg(markup) {
  const holder = el("div", { class: "chart-box" });
  holder.innerHTML = markup; // the server's SVG: every value in it is XML-encoded
  return holder;
}

function actionLine(action) {
  return el(
    "li",
    { class: action.overdue ? "overdue" : null },
    el("a", { href: "#action-" + action.number }, `#${action.number} ${action.title}`),
    ` — ${action.responsible} — `,
    el("span", { class: "due" }, action.due || action.deadline),
    " · ",
    el("span", { class: "status s-" + action.statusCss }, action.statusName)
  );
}

function render() {
  const d = state.data;
  const L = state.labels;
  const picker =
    !state.fixed && state.groups.length > 1
      ? el("label", { class: "picker" }, L.FieldGroup + " ",
          el("select", { on: { change: (e) => { state.group = e.target.value; load(); } } },
            state.groups.map((g) => el("option", { value: g.id, selected: g.id === d.group.id }, g.name))))
      : null;
  const header = el("header", {}, el("h1", {}, L.DashTitle + ": " + d.group.name), el("p", { class: "muted" }, d.today), picker,
    el("ul", { class: "totals" }, d.statuses.map((s) => el("li", { class: "s-" + s.css }, `${s.name}: ${s.count}`)),
      d.overdue > 0 ? el("li", { class: "overdue" }, "⚠ " + d.overdue) : null));
  if (!d.planStarted) {
    app.replaceChildren(header, el("p", {}, L.PlanNotStartedMember));
    return;
  }

  const progressTable = el("details", {}, el("summary", {}, L.DashAsTable),
    el("table", {}, el("thead", {}, el("tr", {}, el("th", { scope: "col" }, L.FieldArea), d.statuses.map((s) => el("th", { scope: "col" }, s.name)), el("th", { scope: "col" }, "⚠"))),
      el("tbody", {}, d.areas.map((a) => el("tr", {}, el("th", { scope: "row" }, a.name), a.counts.map((c) => el("td", {}, c)), el("td", {}, a.overdue ? "⚠ " + a.overdue : "0"))))));
  const matrix = el("div", { class: "scroll" }, el("table", { class: "matrix" },
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, L.FieldResponsible), d.matrix.areas.map((a) => el("th", { scope: "col" }, a)), el("th", { scope: "col" }, L.ReportTotal))),
    el("tbody", {}, d.matrix.rows.map((r) => el("tr", { class: r.overdue ? "overdue" : null }, el("th", { scope: "row" }, (r.overdue ? "⚠ " : "") + r.name),
      r.cells.map((c) => el("td", { class: c.overdue ? "overdue" : null }, c.unfinished ? (c.overdue ? `${c.unfinished} (⚠ ${c.overdue})` : String(c.unfinished)) : "")),
      el("td", {}, r.overdue ? `${r.unfinished} (⚠ ${r.overdue})` : String(r.unfinished)))))));

  app.replaceChildren(
    header,
    el("div", { class: "grid" },
      section("mine", L.ButtonMyActions, d.mine.length ? el("ul", { class: "actions" }, d.mine.map(mine)) : el("p", { class: "muted" }, L.MyActionsNone)),
      section("progress", L.DashProgress, svg(d.charts.progress), progressTable),
      section("timeline", L.DashTimeline, svg(d.charts.timeline),
        el("details", {}, el("summary", {}, L.DashAsTable), d.timeline.length ? el("ul", {}, d.timeline.map(actionLine)) : el("p", {}, L.DashTimelineNone))),
      section("who", L.PlanWhoDoesWhat, el("p", { class: "muted" }, L.DashMatrixDesc), matrix),
      section("behind", L.PlanBehind,
        d.behind.length || d.noOne.length ? [el("ul", {}, d.behind.map((b) => el("li", { class: "overdue" }, "⚠ " + b))),
          d.noOne.length ? [el("h3", {}, L.ActionListNoOne), el("ul", {}, d.noOne.map(actionLine))] : null]
          : el("p", { class: "muted" }, L.PlanNothingBehind)),
      // Only in a group with institutions, and only while someone is away.
      d.institutions.length ? section("institutions", L.PlanByInstitution,
        el("ul", { class: "institutions" }, d.institutions.map((i) => el("li", {}, el("h3", {}, i.name),
          el("p", { class: "muted" }, i.representatives + " · " + i.deputy),
          el("p", { class: i.overdue ? "overdue" : null }, i.load))))) : null,
      d.away.length ? section("away", L.DashAway, el("ul", {}, d.away.map((a) => el("li", {}, a.text)))) : null,
      section("meetings", L.DashMeetings,
        d.meetings.length ? d.meetings.map((m) => el("article", { class: "meeting" }, el("h3", {}, m.title), el("p", {}, m.when + (m.place ? " · " + m.place : "")),
          m.agenda.length ? m.agenda.map((s) => [el("h4", {}, s.title), el("ul", {}, s.lines.map((l) => el("li", {}, l)))]) : el("p", { class: "muted" }, L.AgendaEmpty)))
          : el("p", { class: "muted" }, L.MeetingsNone)),
      section("changes", L.DashChanges,
        d.changes.length ? el("ul", { class: "changes" }, d.changes.map((c) => el("li", {}, el("span", { class: "muted" }, c.at + " "), el("a", { href: "#action-" + c.action }, c.text))))
          : el("p", { class: "muted" }, L.DashNoChanges))
    )
  );
  if (location.hash.startsWith("#action-")) openAction();
}

function moves(action) {
  const L = state.labels;
  const buttons = action.moves.map((m) =>
    el("button", { type: "button", class: m.status === "Done" ? "primary" : null, on: { click: () => m.status === "Blocked" ? ask(action, L.InputBlockedReason, (text) => change(action, "status", { status: "Blocked", reason: text })) : change(action, "status", { status: m.status }) } }, m.label));
  if (action.canNote) buttons.push(el("button", { type: "button", on: { click: () => ask(action, L.InputNote, (text) => change(action, "notes", { note: text, submission: crypto.randomUUID().replaceAll("-", "") })) } }, L.ButtonAddNote));
  return el("div", { class: "buttons" }, buttons);
}

function mine(action) {
  return el("li", { class: "action" + (action.overdue ? " overdue" : ""), id: "mine-" + action.number },
    el("a", { href: "#action-" + action.number }, `#${action.number} ${action.title}`),
    el("div", { class: "meta" }, el("span", { class: "due" }, action.due), " · ", action.deadline, " · ", el("span", { class: "status s-" + action.statusCss }, action.statusName)),
    moves(action), el("p", { class: "notice", role: "status" }));
}

function ask(action, label, then) {
  const host = document.querySelector(`#details[open] .ask`) || document.querySelector(`#mine-${action.number} .notice`);
  const input = el("textarea", { rows: 2, maxlength: 1000, "aria-label": label });
  host.replaceChildren(el("label", {}, label, input), el("button", { type: "button", class: "primary", on: { click: () => then(input.value) } }, state.labels.ButtonSave));
  input.focus();
}

async function change(action, kind, body) {
  const host = document.querySelector(`#details[open] .ask`) || document.querySelector(`#mine-${action.number} .notice`);
  try {
    const answer = await api(`groups/${encodeURIComponent(state.group)}/actions/${action.number}/${kind}`, { method: "POST", body: JSON.stringify(body) });
    await load();
    const again = document.querySelector(`#mine-${action.number} .notice`);
    if (again) again.textContent = answer.message;
    if (dialog.open) {
      openAction();
      dialog.querySelector(".ask").textContent = answer.message;
    }
  } catch (error) {
    host.replaceChildren(el("span", { class: "problem" }, error.message));
  }
}

function findAction(number) {
  const d = state.data;
  return [...d.mine, ...d.timeline, ...d.noOne].find((a) => a.number === number);
}

function openAction() {
  const number = Number(location.hash.slice("#action-".length));
  const action = state.data && findAction(number);
  if (!action) return;
  const L = state.labels;
  const close = () => { dialog.close(); history.replaceState(null, "", location.pathname + location.search); };
  dialog.replaceChildren(...[
    el("h2", { id: "details-title" }, `#${action.number} ${action.title}`),
    el("dl", {}, el("dt", {}, L.FieldArea), el("dd", {}, action.area), el("dt", {}, L.FieldResponsible), el("dd", {}, action.responsible),
      el("dt", {}, L.FieldDeadline), el("dd", { class: action.overdue ? "overdue" : null }, action.deadline + (action.due ? " — " + action.due : "")),
      el("dt", {}, L.FieldStatus), el("dd", {}, action.statusName + (action.blockedReason ? ": " + action.blockedReason : ""))),
    action.description ? el("p", {}, action.description) : null,
    moves(action),
    el("div", { class: "ask", role: "status" }),
    el("button", { type: "button", class: "close", on: { click: close } }, L.DashClose),
  ].filter(Boolean));
  if (!dialog.open) dialog.showModal();
}

window.addEventListener("hashchange", () => location.hash.startsWith("#action-") && openAction());
start();
