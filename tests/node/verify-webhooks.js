// Independent verifier for Watcher's outgoing webhooks, used by tests/Watcher.Azure.Tests.
// stdin: a JSON array of {secret, headers, body, now?}; `now` (unix seconds) is the sender's clock when tests drive
// time with a fake clock (the library checks the timestamp against Date.now() with a 5-minute tolerance).
// stdout: one line per delivery, "ok <type> <id>" or "error: <why>".
// Checks: the Standard Webhooks reference library (`standardwebhooks`) verifies the signature, and the CloudEvents
// SDK (`cloudevents`) parses the structured-mode request and validates the event.
let Webhook, HTTP;
try {
  ({ Webhook } = require("standardwebhooks"));
  ({ HTTP } = require("cloudevents"));
} catch (e) {
  console.error("verify-webhooks.js: run `npm ci` at the repository root first (" + e.message + ")");
  process.exit(2);
}

const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
const realNow = Date.now;
for (const d of input) {
  try {
    Date.now = d.now ? () => d.now * 1000 : realNow;
    new Webhook(d.secret).verify(d.body, d.headers);
    const ct = d.headers["content-type"] || "";
    if (!ct.startsWith("application/cloudevents+json")) throw new Error("content-type is " + ct);
    const event = HTTP.toEvent({ headers: d.headers, body: d.body });
    event.validate();
    if (event.specversion !== "1.0") throw new Error("specversion " + event.specversion);
    console.log("ok " + event.type + " " + event.id);
  } catch (e) {
    console.log("error: " + (e && e.message ? e.message : String(e)).replace(/\n/g, " "));
  } finally {
    Date.now = realNow;
  }
}
