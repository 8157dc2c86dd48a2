// What the worker reads before and after ending a session: how long it lasted, how many
// encounters it had, when it began. Django's JavaScript catalogue is replaced by its English
// fallbacks (gettext returns the message, interpolate fills %(name)s).
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";

const require = createRequire(import.meta.url);
globalThis.gettext = (message) => message;
globalThis.ngettext = (one, many, count) => (count === 1 ? one : many);
globalThis.interpolate = (format, values) => format.replace(/%\((\w+)\)s/g, (_, name) => String(values[name]));
require("../../outreach/worker/static/worker/formats.js");
require("../../outreach/worker/static/worker/session-summary.js");
const summary = globalThis.tuuli.sessionSummary;

const STARTED = "2026-12-03T14:40:00Z"; // 16.40 in Helsinki
const later = (minutes) => new Date(Date.parse(STARTED) + minutes * 60000).toISOString();

test("a duration reads in hours and minutes, whole minutes only", () => {
  assert.equal(summary.durationText(summary.elapsedMinutes(STARTED, later(85.9))), "1 h 25 min");
  assert.equal(summary.durationText(summary.elapsedMinutes(STARTED, later(120))), "2 h");
  assert.equal(summary.durationText(summary.elapsedMinutes(STARTED, later(7))), "7 min");
  assert.equal(summary.durationText(summary.elapsedMinutes(STARTED, later(0.5))), "0 min");
});

test("a clock set back never makes the duration negative", () => {
  assert.equal(summary.elapsedMinutes(STARTED, later(-30)), 0);
});

test("the message after ending counts encounters and says how long the session lasted", () => {
  assert.equal(summary.endedMessage(12, STARTED, later(125)), "Session ended: 12 encounters, 2 h 5 min");
  assert.equal(summary.endedMessage(1, STARTED, later(40)), "Session ended: 1 encounter, 40 min");
});

test("the start time is Helsinki time, with the date only when the session began another day", () => {
  assert.equal(summary.startedText(STARTED, later(60)), "16.40");
  assert.equal(summary.startedText(STARTED, "2026-12-04T08:00:00Z"), "3.12.2026 16.40");
});

const SESSION = { venueName: "Porvoon pääkirjasto", record: { uuid: "s1", started_at: STARTED } };

function record(uuid, type, body, state = "queued", extra = {}) {
  return { uuid, type, state, body: { uuid, type, ...body }, ...extra };
}

test("the summary counts this session's encounters, not deleted ones nor another session's", () => {
  const records = [
    record("s1", "session", {}, "synced"),
    record("e1", "encounter", { session: "s1" }, "synced"),
    record("e2", "encounter", { session: "s1" }),
    record("e3", "encounter", { session: "s1" }, "synced", { deleted: true }),
    record("e4", "encounter", { session: "s1" }, "synced"),
    record("c1", "correction", { encounter: "e4", delete: true }),
    record("c2", "correction", { encounter: "e1", delete: false }),
    record("e5", "encounter", { session: "an earlier one" }, "synced"),
  ];
  const shown = summary.summarise({
    session: SESSION, records, passersBy: 30, now: later(85),
    isPending: (r) => ["queued", "sending"].includes(r.state),
  });
  assert.deepEqual(shown, {
    venue: "Porvoon pääkirjasto", started: "16.40", duration: "1 h 25 min",
    encounters: 2, passersBy: 30, pending: 3,
  });
});
