// Draining the outbox. One sync at a time across tabs (Web Locks); connectivity judged by a real
// request to the server; an expired login pauses the queue until the worker logs in again.
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

  function createSync({ apiRoot, language, batchSize, onStatus }) {
    const outbox = window.tuuli.outbox;
    let failures = 0;
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

    function scheduleRetry() {
      clearTimeout(timer);
      const delay = BACKOFF_SECONDS[Math.min(failures, BACKOFF_SECONDS.length - 1)];
      failures += 1;
      timer = setTimeout(() => run("timer"), delay * 1000);
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
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        identity = await response.json();
      } catch (error) {
        status("offline");
        return scheduleRetry();
      }
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
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          receipts = (await response.json()).receipts;
        } catch (error) {
          // The batch may or may not have been stored: sending it again is safe (idempotent).
          await outbox.requeue(batch);
          status("offline");
          return scheduleRetry();
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
      window.addEventListener("online", () => run("online"));
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

    return { run, start, requestBackgroundSync, isPaused: () => paused };
  }

  window.tuuli = window.tuuli || {};
  window.tuuli.createSync = createSync;
})();
