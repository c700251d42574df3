// Validates Adaptive Cards with the official parser (npm adaptivecards 3.0.6) for what Teams renders: schema 1.5.
// Long-running: one JSON card per line on stdin, one JSON array of problems (strings) per line on stdout.
// With a file argument, checks that one card and prints its problems (for a quick look by hand).
"use strict";
const fs = require("fs");
const readline = require("readline");
const AC = require("adaptivecards/dist/adaptivecards.js");

const TEAMS_VERSION = AC.Versions.v1_5;
// What differs from the library's defaults in Teams' host config (as in the Adaptive Cards designer's Teams host):
// Teams shows up to 6 actions in a set where the library's default is 5.
const TEAMS_HOST_CONFIG = new AC.HostConfig({ supportsInteractivity: true, actions: { maxActions: 6 } });

// Keys the parser reads outside the property schemas of these types, and what they hold.
const COLLECTIONS = {
  AdaptiveCard: { body: "element", actions: "action" },
  Container: { items: "element" },
  Column: { items: "element" },
  ColumnSet: { columns: "column" },
  ActionSet: { actions: "action" },
  FactSet: { facts: "fact" },
  "Input.ChoiceSet": { choices: "choice" },
  ImageSet: { images: "element" },
  RichTextBlock: { inlines: "inline" },
  "Action.ShowCard": { card: "card" },
};
// Properties holding one object of a known kind, by the key that holds it.
const OBJECTS = { selectAction: "action", refresh: "refresh", inlineAction: "action", "choices.data": "dataQuery" };
// Teams renders dynamic type-ahead (Input.ChoiceSet "choices.data", a Data.Query answered through the
// application/search invoke) in cards of version 1.2 and later (msteams-docs "Typeahead search in Adaptive Cards";
// Microsoft's samples send it in 1.2 and 1.3 cards), where the library files it under 1.6.
const TEAMS_EXTENSIONS = [/^Property "choices\.data" is supported in version 1\.6/];
// Free-form values the bot may fill as it likes ("fallback" is "drop" or an object of its owner's kind, checked as
// such; its ids may repeat its owner's).
const OPAQUE = new Set(["data", "authentication", "backgroundImage", "fallback"]);

function schemaOf(kind, type) {
  switch (kind) {
    case "card": return new AC.AdaptiveCard().getSchema();
    case "column": return new AC.Column().getSchema();
    case "fact": return new AC.Fact().getSchema();
    case "choice": return new AC.Choice().getSchema();
    case "refresh": return new AC.RefreshDefinition().getSchema();
    case "dataQuery": return new AC.ChoiceSetInputDataQuery().getSchema();
    case "inline": return AC.GlobalRegistry.elements.createInstance("TextRun", AC.Versions.latest)?.getSchema();
    case "action": return AC.GlobalRegistry.actions.createInstance(type, AC.Versions.latest)?.getSchema();
    default: return AC.GlobalRegistry.elements.createInstance(type, AC.Versions.latest)?.getSchema();
  }
}

function typeOf(kind, node) {
  return kind === "card" ? "AdaptiveCard" : kind === "column" ? "Column" : kind === "dataQuery" ? "Data.Query" : node.type;
}

// Walks the JSON as the parser reads it: every key must be a property of its type (the parser itself reports
// properties newer than 1.5).
function checkProperties(node, kind, path, problems) {
  if (!node || typeof node !== "object" || Array.isArray(node)) {
    return;
  }
  const type = typeOf(kind, node);
  const schema = schemaOf(kind, type);
  if (!schema) {
    return; // an unknown element or action type: the parser reports it
  }
  const properties = new Set();
  for (let i = 0; i < schema.getCount(); i++) {
    properties.add(schema.getItemAt(i).name);
  }
  const collections = COLLECTIONS[type] ?? {};
  for (const [key, value] of Object.entries(node)) {
    const here = `${path}.${key}`;
    const label = `${type}${node.id ? ` "${node.id}"` : ""}`;
    if (collections[key]) {
      if (!Array.isArray(value) && collections[key] !== "card") {
        problems.push(`${here}: ${label}.${key} must be an array`);
      } else {
        const items = collections[key] === "card" ? [value] : value;
        items.forEach((item, i) => checkProperties(item, collections[key], collections[key] === "card" ? here : `${here}[${i}]`, problems));
      }
      continue;
    }
    if (key === "fallback" && value && typeof value === "object") {
      checkProperties(value, kind, here, problems); // what a host without this element or action shows instead
      continue;
    }
    if (OPAQUE.has(key) || (key === "$schema" && kind === "card")) {
      continue;
    }
    if (!properties.has(key)) {
      problems.push(`${here}: unknown property "${key}" on ${label}`); // the parser drops these silently
      continue;
    }
    if (OBJECTS[key]) {
      checkProperties(value, OBJECTS[key], here, problems);
      if (key === "refresh" && value && value.action) {
        checkProperties(value.action, "action", `${here}.action`, problems);
      }
    }
  }
}

// Ids of elements and actions must be unique in the whole card, including cards shown by Action.ShowCard.
// Inputs need an id (their value is keyed by it) and a visible label.
function checkIdsAndInputs(node, path, seen, problems) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => checkIdsAndInputs(item, `${path}[${i}]`, seen, problems));
    return;
  }
  if (!node || typeof node !== "object") {
    return;
  }
  if (typeof node.type === "string" && node.type !== "AdaptiveCard") {
    if (node.id !== undefined) {
      if (seen.has(node.id)) {
        problems.push(`${path}: id "${node.id}" is used twice (also at ${seen.get(node.id)})`);
      } else {
        seen.set(node.id, path);
      }
    }
    const query = node["choices.data"];
    if (query !== undefined && (query === null || query.type !== "Data.Query" || typeof query.dataset !== "string" || query.dataset === "")) {
      problems.push(`${path}: choices.data must be a Data.Query with a dataset`);
    }
    if (node.type.startsWith("Input.")) {
      if (typeof node.id !== "string" || node.id.trim() === "") {
        problems.push(`${path}: ${node.type} has no id`);
      }
      if (typeof node.label !== "string" || node.label.trim() === "") {
        problems.push(`${path}: ${node.type} "${node.id ?? ""}" has no label`);
      }
    }
  }
  for (const [key, value] of Object.entries(node)) {
    if (!OPAQUE.has(key) && key !== "refresh") {
      checkIdsAndInputs(value, `${path}.${key}`, seen, problems);
    }
  }
}

function validate(card) {
  const problems = [];
  if (!card || typeof card !== "object" || card.type !== "AdaptiveCard") {
    return ['not an Adaptive Card: "type" must be "AdaptiveCard"'];
  }
  const version = AC.Version.parse(card.version, new AC.SerializationContext());
  if (!version || !version.isValid) {
    problems.push(`version "${card.version}" is not a valid version`);
  } else if (version.compareTo(TEAMS_VERSION) > 0) {
    problems.push(`version ${card.version} is above ${TEAMS_VERSION}, the highest Teams renders`);
  }

  const parsed = new AC.AdaptiveCard();
  parsed.hostConfig = TEAMS_HOST_CONFIG;
  const context = new AC.SerializationContext(TEAMS_VERSION);
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) {
    const message = context.getEventAt(i).message;
    if (!TEAMS_EXTENSIONS.some((allowed) => allowed.test(message))) {
      problems.push(`parser: ${message}`);
    }
  }
  for (const event of parsed.validateProperties().validationEvents) {
    problems.push(`validation: ${event.message}`);
  }

  checkProperties(card, "card", "$", problems);
  checkIdsAndInputs(card, "$", new Map(), problems);
  return [...new Set(problems)];
}

function answer(line) {
  try {
    return validate(JSON.parse(line));
  } catch (error) {
    return [`the validator failed: ${error && error.message}`];
  }
}

if (process.argv[2]) {
  const problems = answer(fs.readFileSync(process.argv[2], "utf8"));
  console.log(problems.length === 0 ? "valid" : problems.join("\n"));
  process.exitCode = problems.length === 0 ? 0 : 1;
} else {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => process.stdout.write(JSON.stringify(answer(line)) + "\n"));
}
