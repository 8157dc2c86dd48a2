// Which sync requests say they are the app's own (X-Tuuli-Background): those never keep an idle
// login alive on the server (outreach/accounts/idle.py).
import assert from "node:assert/strict";
import { test } from "node:test";

globalThis.window = globalThis;
globalThis.navigator ??= {}; // no Web Locks here: run() drains at once
const sent = [];
globalThis.fetch = async (url, options) => {
  sent.push({ path: url.split("/").pop(), background: options.headers["X-Tuuli-Background"] });
  const body = url.endsWith("me") ? { username: "worker", csrf_token: "t" } : { receipts: [{}] };
  return new Response(JSON.stringify(body), { status: 200 });
};
let waiting = [];
globalThis.tuuli = {
  outbox: {
    takeBatch: async () => waiting.splice(0),
    applyReceipts: async () => null,
    requeue: async () => null,
    setMeta: async () => null,
  },
};
await import("../../outreach/worker/static/worker/sync.js");

async function requestsOfRun(reason) {
  sent.length = 0;
  waiting = [{ body: { uuid: "r1" } }];
  const sync = globalThis.tuuli.createSync({ apiRoot: "/api/worker/", language: "fi", batchSize: 500, onStatus: () => null });
  await sync.run(reason);
  return sent.map(({ path, background }) => `${path}:${background ?? "-"}`);
}

for (const reason of ["start", "online", "visible", "timer", "busy", "background-sync"]) {
  test(`a "${reason}" run marks all its requests as background`, async () => {
    assert.deepEqual(await requestsOfRun(reason), ["me:1", "sync:1"]);
  });
}

for (const reason of ["saved", "button", "correction"]) {
  test(`a "${reason}" run sends its records as the worker's activity`, async () => {
    // The reachability check before it is still the app's own.
    assert.deepEqual(await requestsOfRun(reason), ["me:1", "sync:-"]);
  });
}
