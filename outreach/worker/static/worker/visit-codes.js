// Travel-support visit codes handed out offline. While online the app keeps a pool of codes the
// server reserved to this device (POST visit-codes); handing one out takes it from the pool and
// queues a "visit_code" record (code + session, never an encounter) in ONE IndexedDB
// transaction, so a crash in between cannot leave the code in the pool to be handed out again.
// The sync then binds the code to the session's venue and day (outreach/travel/reservations.py).
(function () {
  "use strict";

  const DEVICE_KEY = "device";
  const poolKey = (owner) => `visitCodes:${owner}`;

  function createVisitCodes({ outbox, owner, apiRoot, language }) {
    /** The app's own random name for this device: the server reserves codes per device. */
    async function deviceId() {
      let id = await outbox.getMeta(DEVICE_KEY);
      if (!id) {
        id = crypto.randomUUID();
        await outbox.setMeta(DEVICE_KEY, id);
      }
      return id;
    }

    function usable(codes, now) {
      return codes.filter((code) => new Date(code.reserved_until) > now);
    }

    /** How many codes this device can still hand out. */
    async function left(now = new Date()) {
      const pool = await outbox.getMeta(poolKey(owner));
      return pool ? usable(pool.codes, now).length : 0;
    }

    /** Store the server's pool, less any code already queued here: the server learns that a
     * code was handed out only when its record arrives, and offers it until then. */
    function replacePool(fresh) {
      return outbox.atomically(({ records, meta }) => {
        const request = records.getAll();
        request.onsuccess = () => {
          const handedOut = new Set(
            request.result.filter((record) => record.type === "visit_code").map((record) => record.body.code)
          );
          const codes = fresh.codes.filter((code) => !handedOut.has(code.code));
          meta.put({ ...fresh, codes, full: fresh.codes.length }, poolKey(owner));
        };
      });
    }

    /** Ask the server to top the pool up (online only; offline this fails and the pool stays). */
    async function refresh() {
      const headers = { "Accept-Language": language, "X-Tuuli-Background": "1" };
      const me = await fetch(`${apiRoot}me`, { credentials: "same-origin", cache: "no-store", headers });
      if (!me.ok) return false;
      const { csrf_token: csrfToken } = await me.json();
      const response = await fetch(`${apiRoot}visit-codes`, {
        method: "POST",
        credentials: "same-origin",
        cache: "no-store",
        headers: { ...headers, "Content-Type": "application/json", "X-CSRFToken": csrfToken },
        body: JSON.stringify({ device: await deviceId() }),
      });
      if (!response.ok) return false;
      await replacePool(await response.json());
      return true;
    }

    let refreshed = false;

    /** After a sync: refresh once per start (codes may have been used or retired meanwhile),
     * then only when codes have been handed out since. */
    async function refreshIfNeeded() {
      const pool = await outbox.getMeta(poolKey(owner));
      if (refreshed && pool && pool.codes.length >= pool.full) return false;
      refreshed = await refresh();
      return refreshed;
    }

    /** Hand out one code at `sessionUuid` (`label(display)` names its record in the list):
     * returns what to show ({code, display, link, qr, validUntil, texts}) or null when the pool
     * is empty. */
    async function takeFromPool(sessionUuid, label, now = new Date()) {
      let taken = null;
      await outbox.atomically(({ records, meta }) => {
        const request = meta.get(poolKey(owner));
        request.onsuccess = () => {
          const pool = request.result;
          const code = pool && usable(pool.codes, now)[0];
          if (!code) return;
          meta.put({ ...pool, codes: pool.codes.filter((other) => other.code !== code.code) }, poolKey(owner));
          const body = {
            type: "visit_code", uuid: crypto.randomUUID(), code: code.code,
            session: sessionUuid, handed_out_at: now.toISOString(),
          };
          outbox.queue(records, body, owner, label(code.display));
          const validUntil = new Date(now.getTime() + pool.valid_days * 24 * 3600 * 1000);
          taken = { ...code, validUntil, texts: pool.texts };
        };
      });
      return taken;
    }

    return { refresh, refreshIfNeeded, takeFromPool, left, deviceId };
  }

  window.tuuli = window.tuuli || {};
  window.tuuli.createVisitCodes = createVisitCodes;
})();
