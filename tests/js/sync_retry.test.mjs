// When the app tries again after a failed sync, and what it tells the worker meanwhile: the wait
// starts over when the connection returns; a busy server's own delay is kept and shown.
import assert from "node:assert/strict";
import { beforeEach, mock, test } from "node:test";

const events = new EventTarget();
globalThis.window = globalThis;
globalThis.addEventListener = events.addEventListener.bind(events);
globalThis.dispatchEvent = events.dispatchEvent.bind(events);
globalThis.document = { addEventListener: () => null, visibilityState: "visible" };
globalThis.navigator ??= {}; // no Web Locks here: run() drains at once

let answer; // () => Response for the next request, or throws for a missing connection
const sent = [];
globalThis.fetch = async (url) => {
  const path = url.split("/").pop();
  sent.push(path);
  return answer(path);
};
const ok = (path) =>
  new Response(JSON.stringify(path === "me" ? { username: "worker", csrf_token: "t" } : { receipts: [] }));
const noConnection = () => {
  throw new TypeError("Failed to fetch");
};
let waiting = [];
globalThis.tuuli = {
  outbox: {
    takeBatch: async () => waiting.splice(0),
    applyReceipts: async () => null,
    requeue: async (batch) => waiting.push(...batch),
    setMeta: async () => null,
  },
};
await import("../../outreach/worker/static/worker/sync.js");

let statuses;
function createSync() {
  statuses = [];
  return globalThis.tuuli.createSync({
    apiRoot: "/api/worker/", language: "fi", batchSize: 500, onStatus: (s) => statuses.push(s),
  });
}

async function settle() {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

/** Let `seconds` pass on the app's timers, then let the sync they start finish. */
async function wait(seconds) {
  mock.timers.tick(seconds * 1000);
  await settle();
}

const lastStatus = () => statuses.at(-1);

beforeEach(() => {
  mock.timers.reset();
  mock.timers.enable({ apis: ["setTimeout"] });
  sent.length = 0;
  waiting = [{ body: { uuid: "r1" } }];
});

test("when the connection returns, the app tries again within seconds, not minutes", async () => {
  answer = noConnection;
  await createSync().start();
  for (const seconds of [5, 15, 30, 60, 120]) await wait(seconds); // offline for a while
  assert.equal(lastStatus().state, "offline");

  // The phone reports the connection a moment before requests go through.
  window.dispatchEvent(new Event("online"));
  await settle();
  answer = ok;
  await wait(5);
  assert.equal(lastStatus().state, "done");
  assert.deepEqual(waiting, []);
});

test("a server that answers again starts the wait over", async () => {
  answer = noConnection;
  const sync = createSync();
  await sync.run("saved");
  for (const seconds of [5, 15, 30, 60]) await wait(seconds);
  answer = (path) => (path === "me" ? ok(path) : noConnection()); // reachable, the batch lost
  await wait(120);
  answer = ok;
  await wait(5);
  assert.equal(lastStatus().state, "done");
});

test("a busy server (503) is shown as busy and asked again after its retry_after", async () => {
  answer = (path) =>
    path === "me"
      ? ok(path)
      : new Response(JSON.stringify({ code: "busy", retry_after: 7 }), {
          status: 503, headers: { "Retry-After": "7" },
        });
  const sync = createSync();
  await sync.run("saved");
  assert.deepEqual(lastStatus(), { state: "busy", detail: { seconds: 7 }, paused: false });
  assert.equal(waiting.length, 1); // still on the device

  answer = ok;
  sent.length = 0;
  await wait(6);
  assert.deepEqual(sent, []);
  await wait(1);
  assert.deepEqual(sent, ["me", "sync"]);
  assert.equal(lastStatus().state, "done");
});

test("a throttled request (429) waits as long as the Retry-After header says", async () => {
  answer = (path) =>
    path === "me"
      ? ok(path)
      : new Response("Too many requests", { status: 429, headers: { "Retry-After": "42" } });
  const sync = createSync();
  await sync.run("button");
  assert.deepEqual(lastStatus().detail, { seconds: 42 });
  assert.equal(lastStatus().state, "busy");
  answer = ok;
  await wait(41);
  assert.equal(lastStatus().state, "busy");
  await wait(1);
  assert.equal(lastStatus().state, "done");
});
