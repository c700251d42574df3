// Starts what the browser test needs, each on a free loopback port, in its own process group: Azurite (tables, in
// memory), the bot (the build from 'dotnet build') and the Microsoft 365 Agents Playground pointed at it — through a
// small proxy that gives each activity the locale and the person's time zone under test (the Playground always says
// "en-US" and often no zone).
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const http = require("http");
const net = require("net");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..", "..");
const AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, child, name, log, seconds = 90) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`${name} exited with ${child.exitCode}:\n${tail(log)}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} did not answer at ${url} within ${seconds} s:\n${tail(log)}`);
}

/** Waits until something accepts connections on the port (Azurite answers no plain GET with 200). */
async function waitForPort(port, child, name, log, seconds = 60) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`${name} exited with ${child.exitCode}:\n${tail(log)}`);
    }
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => socket.end(() => resolve(true)));
      socket.on("error", () => resolve(false));
    });
    if (open) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} did not listen on ${port} within ${seconds} s:\n${tail(log)}`);
}

function tail(file) {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n").slice(-30).join("\n") : "";
}

/** Forwards activities to the bot with their locale, and their clientInfo's locale and time zone, set to these. */
function localeProxy(port, botUrl, locale, timeZone) {
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", async () => {
      let body = Buffer.concat(chunks).toString("utf8");
      try {
        const activity = JSON.parse(body);
        activity.locale = locale;
        activity.entities = (activity.entities ?? []).filter((entity) => entity.type !== "clientInfo");
        activity.entities.push({ type: "clientInfo", locale, timezone: timeZone });
        body = JSON.stringify(activity);
      } catch {
        // not JSON: forwarded as it came
      }
      try {
        const answer = await fetch(botUrl + request.url, {
          method: request.method,
          headers: { "content-type": request.headers["content-type"] ?? "application/json", authorization: request.headers.authorization ?? "" },
          body,
        });
        response.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/json" });
        response.end(Buffer.from(await answer.arrayBuffer()));
      } catch (error) {
        response.writeHead(502);
        response.end(String(error));
      }
    });
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

/**
 * Starts the three; logs go to logDir. locale and timeZone are the activities' (the person's); botArgs go to the bot.
 * Returns { playgroundUrl, botUrl, stop() }.
 */
async function start(logDir, { locale = "en-US", timeZone = "Europe/Riga", botArgs = [] } = {}) {
  fs.mkdirSync(logDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "wgb-playground-"));
  // The Playground opens a browser with xdg-open; give it one that does nothing.
  fs.writeFileSync(path.join(work, "xdg-open"), "#!/bin/sh\nexit 0\n", { mode: 0o755 });
  const children = [];
  let proxy;
  const launch = (name, command, args, options = {}) => {
    const log = path.join(logDir, `${name}.log`);
    const out = fs.openSync(log, "w");
    const child = spawn(command, args, { cwd: ROOT, detached: true, stdio: ["ignore", out, out], ...options });
    fs.closeSync(out);
    children.push(child);
    return { child, log };
  };
  const stop = async () => {
    proxy?.close();
    for (const child of children.reverse()) {
      if (child.exitCode === null) {
        try {
          process.kill(-child.pid, "SIGTERM");
        } catch {
          // already gone
        }
        await Promise.race([new Promise((resolve) => child.once("exit", resolve)), new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (child.exitCode === null) {
          try {
            process.kill(-child.pid, "SIGKILL");
          } catch {
            // already gone
          }
        }
      }
    }
    fs.rmSync(work, { recursive: true, force: true });
  };

  try {
    const [tablesPort, botPort, playgroundPort, proxyPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
    const azurite = launch("azurite", path.join(ROOT, "node_modules/.bin/azurite-table"),
      ["--tableHost", "127.0.0.1", "--tablePort", String(tablesPort), "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry"]);
    // The bot creates its tables at start-up and gives up after a few quick retries: Azurite must listen first.
    await waitForPort(tablesPort, azurite.child, "Azurite", azurite.log);
    const tables = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_KEY};TableEndpoint=http://127.0.0.1:${tablesPort}/devstoreaccount1;`;
    const botUrl = `http://127.0.0.1:${botPort}`;
    // The bot's /healthz answers only once its tables answer, so waiting for it waits for Azurite too.
    const bot = launch("bot", "dotnet", ["run", "--no-build", "--project", "src/WorkingGroupBot", "--",
      "--urls", botUrl, "--ConnectionStrings:Tables", tables, "--Bot:PublicUrl", botUrl, ...botArgs]);
    await waitFor(`${botUrl}/healthz`, bot.child, "the bot", bot.log);
    proxy = await localeProxy(proxyPort, botUrl, locale, timeZone);

    const playground = launch("playground", path.join(ROOT, "node_modules/.bin/agentsplayground"),
      ["-e", `http://127.0.0.1:${proxyPort}/api/messages`, "-c", "msteams", "-p", String(playgroundPort), "--disable-telemetry"],
      { cwd: work, env: { ...process.env, PATH: `${work}:${process.env.PATH}` } });
    const playgroundUrl = `http://127.0.0.1:${playgroundPort}`;
    await waitFor(`${playgroundUrl}/`, playground.child, "the Playground", playground.log);
    return { playgroundUrl, botUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

module.exports = { start };
