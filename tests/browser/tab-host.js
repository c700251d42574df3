// What Teams is to the tab, on 127.0.0.1: Entra ID's multi-tenant sign-in metadata with a JWKS and RS256 access
// tokens as single sign-on hands them to a tab; a host page that frames the tab (so the bot's frame-ancestors must let
// it); and a stand-in for TeamsJS that answers app.initialize, app.getContext and authentication.getAuthToken with the
// context and token the test chooses. The real TeamsJS only talks to Microsoft's own host origins, so the test stands
// in for the library's answers, not for its postMessage protocol.
"use strict";
const crypto = require("node:crypto");
const http = require("node:http");

const PLAYGROUND_TENANT = "00000000-0000-0000-0000-0000000000001";
const PLAYGROUND_USER = "00000000-0000-0000-0000-0000000000020"; // Alex Wilber, the Playground's signed-in user

function base64url(data) {
  return Buffer.from(data).toString("base64url");
}

async function startTabHost() {
  const { publicKey, privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
  const kid = "tab-" + crypto.randomUUID();
  const jwk = { ...publicKey.export({ format: "jwk" }), kid, use: "sig" };
  let instance = "";
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, instance);
    const json = (body) => response.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(body));
    if (url.pathname === "/common/v2.0/.well-known/openid-configuration") {
      return json({ issuer: instance + "{tenantid}/v2.0", jwks_uri: instance + "common/discovery/v2.0/keys", id_token_signing_alg_values_supported: ["RS256"] });
    }
    if (url.pathname === "/common/discovery/v2.0/keys") return json({ keys: [jwk] });
    if (url.pathname === "/host.html") {
      const src = url.searchParams.get("src") ?? "";
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      return response.end(`<!DOCTYPE html><html><body style="margin:0"><iframe title="tab" src="${src.replaceAll('"', "&quot;")}" style="border:0;width:100vw;height:100vh"></iframe></body></html>`);
    }
    response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  instance = `http://127.0.0.1:${server.address().port}/`;
  return {
    instance,
    origin: instance.slice(0, -1),
    close: () => server.close(),
    /** An access token for the tab's API, as Teams SSO gives it; change any claim to make it wrong. */
    mint(audience, claims = {}) {
      const now = Math.floor(Date.now() / 1000);
      const payload = {
        aud: audience, iss: `${instance}${PLAYGROUND_TENANT}/v2.0`, tid: PLAYGROUND_TENANT, oid: PLAYGROUND_USER,
        scp: "access_as_user", name: "Alex Wilber", iat: now, nbf: now, exp: now + 3600, ...claims,
      };
      const signed = `${base64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid }))}.${base64url(JSON.stringify(payload))}`;
      return `${signed}.${crypto.sign("RSA-SHA256", Buffer.from(signed), privateKey).toString("base64url")}`;
    },
  };
}

/** The TeamsJS stand-in: Teams' answers for a person with this locale and theme, signed in with this token; in a
 * channel tab, in this team. */
function teamsStub({ locale, theme, token, teamId }) {
  const context = { app: { locale, theme, host: { name: "Teams", clientType: "web" } }, page: { id: "plan", frameContext: "content" }, user: { id: PLAYGROUND_USER } };
  if (teamId) context.team = { internalId: teamId, displayName: "My Team" }; // a channel tab: Teams names the team
  return `window.microsoftTeams = {
  app: {
    initialize: () => Promise.resolve(),
    getContext: () => Promise.resolve(${JSON.stringify(context)}),
    registerOnThemeChangeHandler: () => {},
    notifySuccess: () => {},
  },
  authentication: { getAuthToken: () => Promise.resolve(${JSON.stringify(token)}) },
};`;
}

module.exports = { startTabHost, teamsStub, PLAYGROUND_TENANT, PLAYGROUND_USER };
