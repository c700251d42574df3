// Checks a Teams app manifest and its localization files against the official JSON schemas bundled in npm
// @microsoft/app-manifest (offline: a schema that is not bundled is an error, never a download), and the icons'
// sizes from their PNG headers.
// Usage: node scripts/teams-app/manifest-check.js DIR   → prints {"file": ["problem", …], …} for DIR/manifest.json
"use strict";
const fs = require("fs");
const path = require("path");
const { AppManifestUtils } = require("@microsoft/app-manifest");
const png = require("./png");

const SCHEMAS = path.join(path.dirname(require.resolve("@microsoft/app-manifest/package.json")), "build");
const SCHEMA_HOST = "https://developer.microsoft.com/";
const ICON_SIZES = { color: 192, outline: 32 };

// The bundled localization schemas (v1.19 and later) have a pattern with a lone "]" that JavaScript reads as a literal
// only without the "u" flag, and the validator compiles patterns with it ("Lone quantifier brackets"). Escaping such
// a "]" keeps the pattern's meaning and lets it compile.
function escapeLoneBrackets(pattern) {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      out += c + (pattern[++i] ?? "");
    } else if (c === "[" && !inClass) {
      inClass = true;
      out += c;
    } else if (c === "]") {
      out += inClass ? c : "\\]";
      inClass = false;
    } else {
      out += c;
    }
  }
  return out;
}

function withCompilablePatterns(node) {
  if (Array.isArray(node)) {
    return node.map(withCompilablePatterns);
  }
  if (!node || typeof node !== "object") {
    return node;
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => {
    if (key === "patternProperties") {
      return [key, Object.fromEntries(Object.entries(value).map(([p, v]) => [escapeLoneBrackets(p), withCompilablePatterns(v)]))];
    }
    return [key, key === "pattern" && typeof value === "string" ? escapeLoneBrackets(value) : withCompilablePatterns(value)];
  }));
}

function bundledSchema(url) {
  if (typeof url !== "string" || !url.startsWith(SCHEMA_HOST + "json-schemas/teams/")) {
    throw new Error(`$schema must be a Teams schema at ${SCHEMA_HOST}json-schemas/teams/…, not ${url}`);
  }
  const file = path.join(SCHEMAS, url.substring(SCHEMA_HOST.length));
  if (!fs.existsSync(file)) {
    throw new Error(`${url} is not bundled in @microsoft/app-manifest`);
  }
  return withCompilablePatterns(JSON.parse(fs.readFileSync(file, "utf8")));
}

async function checkJson(object) {
  try {
    return await AppManifestUtils.validateAgainstSchema(object, bundledSchema(object.$schema));
  } catch (error) {
    return [error.message];
  }
}

/** Problems per file of the app in dir: manifest.json, each localization file and each icon. Empty lists = valid. */
async function checkApp(dir) {
  const read = (file) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  const manifest = read("manifest.json");
  const problems = { "manifest.json": await checkJson(manifest) };
  if (!manifest.$schema?.endsWith("/MicrosoftTeams.schema.json")) {
    problems["manifest.json"].push("$schema is not the Teams app manifest schema");
  }
  for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
    const localization = read(language.file);
    problems[language.file] = await checkJson(localization);
    if (localization.$schema !== manifest.$schema?.replace("MicrosoftTeams.schema.json", "MicrosoftTeams.Localization.schema.json")) {
      problems[language.file].push("$schema is not the localization schema of the manifest's version");
    }
  }
  for (const [kind, expected] of Object.entries(ICON_SIZES)) {
    const file = manifest.icons?.[kind];
    const found = file && fs.existsSync(path.join(dir, file)) ? png.size(fs.readFileSync(path.join(dir, file))) : null;
    problems[file ?? `icons.${kind}`] = found?.width === expected && found?.height === expected
      ? []
      : [`the ${kind} icon must be a ${expected}×${expected} PNG, found ${found ? `${found.width}×${found.height}` : "none"}`];
  }
  return problems;
}

if (require.main === module) {
  checkApp(process.argv[2] ?? ".").then(
    (problems) => console.log(JSON.stringify(problems, null, 2)),
    (error) => {
      console.error(error.message);
      process.exitCode = 2;
    });
}

module.exports = { checkApp };
