// Draining the outbox. One sync at a time across tabs (Web Locks); connectivity judged by a real
// request to the server; an expired login pauses the queue until the worker logs in again. A
// busy or throttling server (503, 429) names its own delay; the generic backoff is only for a
// missing connection, and starts over the moment the connection returns.
(function () {
  "use strict";

  const BACKOFF_SECONDS = [5, 15, 30, 60, 120, 300];
  // A request that never answers (a captive portal, a dying connection) must not hold the sync
  // lock for ever: give up and try again later.
  const TIMEOUT_MS = { me: 15000, sync: 60000 };
  const LOCK = "tuuli-sync";
  // Runs the app starts by itself. Their requests carry X-Tuuli-Background so that the server
  // does not count them as the worker's activity: a phone left on a table must still be logged
  // out when idle (outreach/accounts/idle.py). The reachability check always carries it.
  const AUTOMATIC_REASONS = new Set(["online", "visible", "timer", "busy", "background-sync", "start"]);
  const BACKGROUND = { "X-Tuuli-Background": "1" };
  const BUSY_STATUSES = [429, 503];
  const BUSY_DEFAULT_SECONDS = 30;

  /** Seconds a busy server (503, 429) asks the device to wait: its JSON retry_after, else the
   * Retry-After header (seconds), else a default. */
  async function retryAfter(response) {
    try {
      const seconds = Number((await response.clone().json()).retry_after);
      if (seconds > 0) return Math.ceil(seconds);
    } catch (error) {
      // not JSON (a proxy's page): the header may still say
    }
    const header = Number(response.headers.get("Retry-After"));
    return header > 0 ? Math.ceil(header) : BUSY_DEFAULT_SECONDS;
  }

  class ServerBusy extends Error {
    constructor(seconds) {
      super(`server busy for ${seconds} s`);
      this.seconds = seconds;
    }
  }

  function createSync({ apiRoot, language, batchSize, onStatus }) {
    const outbox = window.tuuli.outbox;
    let failures = 0; // failures in a row: how long the next wait is
    let unreachable = false; // the last reachability check failed
    let timer = null;
    let paused = false;

    function status(state, detail) {
      onStatus({ state, detail, paused });
    }

    function request(path, options) {
      return fetch(apiRoot + path, {
        credentials: "same-origin",
        cache: "no-store",
        signal: AbortSignal.timeout ? AbortSignal.timeout(TIMEOUT_MS[path]) : undefined,
        ...options,
        headers: { "Accept-Language": language, ...(options && options.headers) },
      });
    }

    function retryIn(seconds) {
      clearTimeout(timer);
      timer = setTimeout(() => run("timer"), seconds * 1000);
    }

    /** The request failed: a busy server said when to come back; otherwise back off. */
    function failed(error) {
      if (error instanceof ServerBusy) {
        status("busy", { seconds: error.seconds });
        return retryIn(error.seconds);
      }
      status("offline");
      retryIn(BACKOFF_SECONDS[Math.min(failures, BACKOFF_SECONDS.length - 1)]);
      failures += 1;
    }

    async function check(response) {
      if (BUSY_STATUSES.includes(response.status)) throw new ServerBusy(await retryAfter(response));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    }

    function authLost() {
      paused = true;
      clearTimeout(timer);
      status("login");
    }

    async function drain(reason) {
      const background = AUTOMATIC_REASONS.has(reason) ? BACKGROUND : {};
      let identity;
      try {
        const response = await request("me", { headers: BACKGROUND });
        if (response.status === 401 || response.status === 403) return authLost();
        identity = await check(response);
      } catch (error) {
        unreachable = true;
        return failed(error);
      }
      if (unreachable) failures = 0; // the connection is back: start the backoff over
      unreachable = false;
      paused = false;
      status("sending");
      for (;;) {
        const batch = await outbox.takeBatch(identity.username, batchSize);
        if (!batch.length) break;
        let receipts;
        try {
          const response = await request("sync", {
            method: "POST",
            headers: { "Content-Type": "application/json", "X-CSRFToken": identity.csrf_token, ...background },
            body: JSON.stringify({ records: batch.map((record) => record.body) }),
          });
          if (response.status === 401 || response.status === 403) {
            await outbox.requeue(batch);
            return authLost();
          }
          receipts = (await check(response)).receipts;
        } catch (error) {
          // The batch may or may not have been stored: sending it again is safe (idempotent).
          await outbox.requeue(batch);
          return failed(error);
        }
        await outbox.applyReceipts(batch, receipts);
      }
      failures = 0;
      clearTimeout(timer);
      await outbox.setMeta("lastSync", new Date().toISOString());
      status("done");
    }

    /** Sync now unless another tab (or this one) already is. `reason` says who asked: the worker
     * (saved, button, correction, logout) or the app itself (AUTOMATIC_REASONS). */
    function run(reason) {
      if (navigator.locks) {
        return navigator.locks.request(LOCK, { ifAvailable: true }, (lock) => {
          if (lock) return drain(reason);
          // Busy (here or in another tab): look again shortly, so a record saved during a
          // sync is not left waiting for the next trigger.
          clearTimeout(timer);
          timer = setTimeout(() => run("busy"), 2000);
          return null;
        });
      }
      return drain(reason); // no Web Locks: the server's idempotency still prevents duplicates
    }

    function start() {
      window.addEventListener("online", () => {
        failures = 0; // the wait so far was for a connection that is now back
        run("online");
      });
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible") run("visible");
      });
      if ("serviceWorker" in navigator) {
        navigator.serviceWorker.addEventListener("message", (event) => {
          if (event.data && event.data.type === "SYNC") run("background-sync");
        });
      }
      return run("start");
    }

    /** Ask for a Background Sync too, where the browser has it; never the only path. */
    async function requestBackgroundSync() {
      try {
        const registration = await navigator.serviceWorker.ready;
        if (registration.sync) await registration.sync.register("tuuli-outbox");
      } catch (error) {
        // Not supported or not allowed: the other triggers cover it.
      }
    }

    /** Resolves once no sync is in flight (in this tab or another). */
    function idle() {
      return navigator.locks ? navigator.locks.request(LOCK, () => null) : Promise.resolve();
    }

    return { run, start, requestBackgroundSync, idle, isPaused: () => paused };
  }

  window.tuuli = window.tuuli || {};
  window.tuuli.createSync = createSync;
})();
