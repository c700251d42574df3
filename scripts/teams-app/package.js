// Builds the Teams app package (the zip an admin uploads): manifest/manifest.json with the app id, bot id, version
// and domain filled in, its localization files and its icons, checked against the official schemas before it is
// written. See README.md, "Teams app package".
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { checkApp } = require("./manifest-check");
const { zip } = require("./zip");

const ROOT = path.join(__dirname, "..", "..");
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NIL_GUID = "00000000-0000-0000-0000-000000000000";
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/i;

const OPTIONS = {
  "--app-id": { key: "appId", env: "WGB_APP_ID", help: "the Teams app's id, a GUID of your choice that stays the same across versions" },
  "--bot-id": { key: "botId", env: "MicrosoftAppId", help: "the bot's Microsoft App ID (its Entra app registration)" },
  "--version": { key: "version", env: "WGB_APP_VERSION", help: "the app's version, MAJOR.MINOR.PATCH; raise it for every upload" },
  "--domain": { key: "domain", env: "WGB_DOMAIN", help: "the bot's public host name, e.g. bot.example.lv (default: the host of Bot__PublicUrl)" },
  "--sso-app-id": { key: "ssoAppId", env: "WGB_SSO_APP_ID", help: "the Entra app registration whose API (api://DOMAIN/ID, scope access_as_user) the tab signs in to (default: the bot id)" },
  "--developer": { key: "developer", env: "WGB_DEVELOPER", help: "who publishes the app, at most 32 characters (default: WorkingGroupBot)" },
  "--website-url": { key: "websiteUrl", env: "WGB_WEBSITE_URL", help: "https URL of the publisher's page (default: https://DOMAIN/)" },
  "--privacy-url": { key: "privacyUrl", env: "WGB_PRIVACY_URL", help: "https URL of the privacy statement (default: https://DOMAIN/privacy)" },
  "--terms-url": { key: "termsUrl", env: "WGB_TERMS_URL", help: "https URL of the terms of use (default: https://DOMAIN/terms)" },
  "--out": { key: "out", env: "WGB_PACKAGE", help: "where to write the zip (default: artifacts/WorkingGroupBot.zip)" },
};

function usage() {
  const lines = Object.entries(OPTIONS).map(([flag, o]) => `  ${flag.padEnd(14)} ${o.help} [env ${o.env}]`);
  return `Usage: scripts/package.sh --app-id GUID --bot-id GUID --version X.Y.Z [--domain HOST] [options]\n${lines.join("\n")}`;
}

function readOptions(argv, env) {
  const options = {};
  for (const o of Object.values(OPTIONS)) {
    if (env[o.env]) {
      options[o.key] = env[o.env];
    }
  }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    if (flag === "--help" || flag === "-h") {
      return { help: true };
    }
    const option = OPTIONS[flag];
    const value = inline ?? argv[++i];
    if (!option || value === undefined) {
      throw new Error(option ? `${flag} needs a value` : `unknown argument ${argv[i]}`);
    }
    options[option.key] = value;
  }
  if (!options.domain && env.Bot__PublicUrl) {
    options.domain = new URL(env.Bot__PublicUrl).hostname;
  }
  return options;
}

function check(options) {
  const problems = [];
  for (const key of ["appId", "botId"]) {
    if (!GUID.test(options[key] ?? "") || options[key] === NIL_GUID) {
      problems.push(`${key === "appId" ? "--app-id" : "--bot-id"} must be a GUID (got ${options[key] ?? "nothing"})`);
    }
  }
  if (!/^\d{1,9}\.\d{1,9}\.\d{1,9}$/.test(options.version ?? "")) {
    problems.push(`--version must be MAJOR.MINOR.PATCH, e.g. 1.0.0 (got ${options.version ?? "nothing"})`);
  }
  if (options.domain !== undefined && !HOST.test(options.domain)) {
    problems.push(`--domain must be a host name such as bot.example.lv, without https:// or a path (got ${options.domain})`);
  }
  for (const key of ["websiteUrl", "privacyUrl", "termsUrl"]) {
    if (!options[key] && !options.domain) {
      problems.push(`give --domain, or the publisher's URLs (--website-url, --privacy-url, --terms-url)`);
      break;
    }
  }
  return problems;
}

/** The manifest of this package: the template with the ids, version, domain and publisher filled in. */
function fillIn(template, options) {
  const site = options.domain ? `https://${options.domain}` : undefined;
  const manifest = structuredClone(template);
  manifest.id = options.appId.toLowerCase();
  manifest.version = options.version;
  manifest.bots[0].botId = options.botId.toLowerCase();
  manifest.validDomains = options.domain ? [options.domain] : [];
  if (options.domain) {
    // The tab is served by the bot's host and signs in to its API there.
    const ssoAppId = (options.ssoAppId ?? options.botId).toLowerCase();
    const onDomain = (url) => url.replace("https://bot.example.invalid/", `${site}/`);
    manifest.configurableTabs = template.configurableTabs.map((t) => ({ ...t, configurationUrl: onDomain(t.configurationUrl) }));
    manifest.staticTabs = template.staticTabs.map((t) => (t.contentUrl ? { ...t, contentUrl: onDomain(t.contentUrl), websiteUrl: onDomain(t.websiteUrl) } : t));
    manifest.webApplicationInfo = { id: ssoAppId, resource: `api://${options.domain}/${ssoAppId}` };
  } else {
    // Without a host name there is nowhere to serve the tab from: the package has the bot only.
    delete manifest.configurableTabs;
    delete manifest.staticTabs;
    delete manifest.webApplicationInfo;
  }
  manifest.developer = {
    name: options.developer ?? template.developer.name,
    websiteUrl: options.websiteUrl ?? `${site}/`,
    privacyUrl: options.privacyUrl ?? `${site}/privacy`,
    termsOfUseUrl: options.termsUrl ?? `${site}/terms`,
  };
  return manifest;
}

/** A package file as it is in manifest/, but a translation without the tabs' texts when the package has no tabs. */
function fileFor(manifest, source, name) {
  const data = fs.readFileSync(path.join(source, name));
  if (!name.endsWith(".json") || manifest.staticTabs) return data;
  const texts = JSON.parse(data.toString("utf8"));
  Object.keys(texts).filter((k) => k.startsWith("staticTabs")).forEach((k) => delete texts[k]);
  return Buffer.from(JSON.stringify(texts, null, 2) + "\n");
}

async function build(options) {
  const source = path.join(ROOT, "manifest");
  const template = JSON.parse(fs.readFileSync(path.join(source, "manifest.json"), "utf8"));
  const manifest = fillIn(template, options);
  const files = [
    "manifest.json",
    manifest.icons.color,
    manifest.icons.outline,
    ...(manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file),
  ].map((name) => ({
    name,
    data: name === "manifest.json" ? Buffer.from(JSON.stringify(manifest, null, 2) + "\n") : fileFor(manifest, source, name),
  }));

  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "wgb-package-"));
  try {
    files.forEach((f) => fs.writeFileSync(path.join(staging, f.name), f.data));
    const problems = Object.entries(await checkApp(staging)).flatMap(([file, list]) => list.map((p) => `${file}: ${p}`));
    if (problems.length > 0) {
      throw new Error(`the package would not be valid:\n  ${problems.join("\n  ")}`);
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }

  const out = path.resolve(options.out ?? path.join(ROOT, "artifacts", "WorkingGroupBot.zip"));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, zip(files));
  return { out, manifest, files: files.map((f) => f.name) };
}

async function main() {
  let options;
  try {
    options = readOptions(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`${error.message}\n\n${usage()}`);
    return 2;
  }
  if (options.help) {
    console.log(usage());
    return 0;
  }
  const problems = check(options);
  if (problems.length > 0) {
    console.error(`${problems.join("\n")}\n\n${usage()}`);
    return 2;
  }
  try {
    const { out, manifest, files } = await build(options);
    const shown = path.relative(process.cwd(), out);
    console.log(`Wrote ${shown.startsWith("..") ? out : shown}: ${files.join(", ")}`);
    console.log(`  app id ${manifest.id}, bot id ${manifest.bots[0].botId}, version ${manifest.version}, valid domains [${manifest.validDomains.join(", ")}]`);
    return 0;
  } catch (error) {
    console.error(error.message);
    return 1;
  }
}

main().then((code) => {
  process.exitCode = code;
});
