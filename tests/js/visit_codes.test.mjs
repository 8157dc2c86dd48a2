// Handing out a visit code offline: the code leaves the device's pool and its "visit_code"
// record enters the outbox together or not at all, so one code never goes to two residents.
import "fake-indexeddb/auto";
import assert from "node:assert/strict";
import { beforeEach, test } from "node:test";

globalThis.window = globalThis;
delete globalThis.BroadcastChannel; // one process, no other tabs
const events = new EventTarget();
globalThis.addEventListener = events.addEventListener.bind(events);
globalThis.dispatchEvent = events.dispatchEvent.bind(events);
await import("../../outreach/worker/static/worker/outbox.js");
await import("../../outreach/worker/static/worker/visit-codes.js");
const { outbox, createVisitCodes } = globalThis.tuuli;

const OWNER = "worker";
const SESSION = "5f0c3a52-0d5e-4c43-9d55-0b7c3e1f2a11";
const label = (display) => `Visit code ${display}`;

function pooled(code) {
  const reservedUntil = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
  return { code, display: `${code.slice(0, 4)}-${code.slice(4)}`, link: `https://t.example/c/${code}/`, qr: "<svg/>", reserved_until: reservedUntil };
}

function serverPool(...codes) {
  return { codes: codes.map(pooled), valid_days: 30, texts: { slip: [], valid_until: "until {date}", qr_label: "QR" } };
}

/** The app's module with a fake server that answers the pool `pool`. */
function visitCodes(pool, box = outbox) {
  globalThis.fetch = async (url) =>
    new Response(JSON.stringify(url.endsWith("me") ? { csrf_token: "t" } : pool), { status: 200 });
  return createVisitCodes({ outbox: box, owner: OWNER, apiRoot: "/api/worker/", language: "fi" });
}

async function visitCodeRecords() {
  return (await outbox.all()).filter((record) => record.type === "visit_code");
}

beforeEach(async () => {
  await outbox.remove((await outbox.all()).map((record) => record.uuid));
  await outbox.setMeta(`visitCodes:${OWNER}`, undefined);
});

test("a code handed out leaves the pool and queues a record of code and session only", async () => {
  const codes = visitCodes(serverPool("7KDM4XPA", "3CFH9RTW"));
  await codes.refresh();

  const taken = await codes.takeFromPool(SESSION, label);

  assert.equal(taken.display, "7KDM-4XPA");
  assert.equal(await codes.left(), 1);
  const [record] = await visitCodeRecords();
  assert.deepEqual(Object.keys(record.body).sort(), ["code", "handed_out_at", "session", "type", "uuid"]);
  assert.equal(record.body.code, "7KDM4XPA");
  assert.equal(record.body.session, SESSION);
  assert.equal(record.label, "Visit code 7KDM-4XPA");
});

test("if queuing the record fails, the code stays in the pool: nothing is half done", async () => {
  await visitCodes(serverPool("7KDM4XPA", "3CFH9RTW")).refresh();
  // An outbox whose write of the record fails inside the shared transaction.
  const failing = {
    ...outbox,
    queue: (records, body) => {
      records.add({ ...body });
      records.add({ ...body }); // the same key twice: the transaction aborts
    },
  };
  const codes = visitCodes(serverPool(), failing);

  await assert.rejects(codes.takeFromPool(SESSION, label));

  assert.equal(await codes.left(), 2);
  assert.deepEqual(await visitCodeRecords(), []);
});

test("two hand-outs at once give two different codes", async () => {
  const codes = visitCodes(serverPool("7KDM4XPA", "3CFH9RTW"));
  await codes.refresh();

  const [first, second, third] = await Promise.all([
    codes.takeFromPool(SESSION, label),
    codes.takeFromPool(SESSION, label),
    codes.takeFromPool(SESSION, label),
  ]);

  assert.notEqual(first.code, second.code);
  assert.equal(third, null); // the pool is empty: the app says so
  assert.equal((await visitCodeRecords()).length, 2);
});

test("a fresh pool from the server never offers a code still waiting in the outbox", async () => {
  const codes = visitCodes(serverPool("7KDM4XPA", "3CFH9RTW"));
  await codes.refresh();
  const taken = await codes.takeFromPool(SESSION, label);

  // The server has not had the record yet, so it still counts the code as reserved.
  await visitCodes(serverPool("7KDM4XPA", "3CFH9RTW", "9QXY4MNP")).refresh();
  const rest = [await codes.takeFromPool(SESSION, label), await codes.takeFromPool(SESSION, label)];

  assert.ok(!rest.some((code) => code.code === taken.code));
  assert.equal(await codes.takeFromPool(SESSION, label), null);
});
