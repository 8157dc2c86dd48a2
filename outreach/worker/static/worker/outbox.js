// The outbox: every record the worker saves, in an IndexedDB database of its own that no cache
// clean-up touches. A record leaves the "pending" states only when the server's receipt for it
// arrives; it is deleted from the device only after that.
(function () {
  "use strict";

  const DB_NAME = "tuuli-outbox";
  const PENDING = ["queued", "sending"];
  const channel = "BroadcastChannel" in window ? new BroadcastChannel("tuuli-outbox") : null;
  let dbPromise = null;

  function open() {
    if (dbPromise) return dbPromise;
    dbPromise = new Promise((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => {
        const db = request.result;
        const records = db.createObjectStore("records", { keyPath: "uuid" });
        records.createIndex("created", "created");
        db.createObjectStore("meta");
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return dbPromise;
  }

  function done(request) {
    return new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  function finished(transaction) {
    return new Promise((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = transaction.onabort = () => reject(transaction.error);
    });
  }

  async function store(name, mode) {
    const db = await open();
    const transaction = db.transaction(name, mode);
    return { store: transaction.objectStore(name), transaction };
  }

  function announce() {
    if (channel) channel.postMessage("changed");
    window.dispatchEvent(new Event("tuuli-outbox-changed"));
  }

  let counter = 0;

  /** Queue one record (its wire body) in an open transaction on the "records" store. `rev`
   * tells a receipt for an older state from the current. `corrected`: the worker changed a
   * record the server does not have yet (the list says so). */
  function queue(records, body, owner, label, corrected = false) {
    const getRequest = records.get(body.uuid);
    getRequest.onsuccess = () => {
      const existing = getRequest.result;
      records.put({
        uuid: body.uuid,
        type: body.type,
        owner,
        body,
        label: label || "",
        state: "queued",
        message: "",
        created: existing ? existing.created : Date.now() * 1000 + (counter++ % 1000),
        rev: existing ? existing.rev + 1 : 1,
        version: existing ? existing.version : null,
        corrected: corrected || Boolean(existing && existing.corrected),
      });
    };
  }

  async function add(bodies, owner, labels, { corrected = false } = {}) {
    const { store: records, transaction } = await store("records", "readwrite");
    bodies.forEach((body, index) => queue(records, body, owner, labels && labels[index], corrected));
    await finished(transaction);
    announce();
  }

  /** Run `work({records, meta})` in ONE read-write transaction on both stores: all of its
   * changes are stored, or none (for changes that must not be half done, see visit-codes.js). */
  async function atomically(work) {
    const db = await open();
    const transaction = db.transaction(["records", "meta"], "readwrite");
    work({ records: transaction.objectStore("records"), meta: transaction.objectStore("meta") });
    await finished(transaction);
    announce();
  }

  async function all() {
    const { store: records } = await store("records", "readonly");
    return done(records.index("created").getAll());
  }

  async function get(uuid) {
    const { store: records } = await store("records", "readonly");
    return done(records.get(uuid));
  }

  /** The oldest pending records of `owner`, marked "sending". */
  async function takeBatch(owner, limit) {
    const { store: records, transaction } = await store("records", "readwrite");
    const batch = [];
    const cursorRequest = records.index("created").openCursor();
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor || batch.length >= limit) return;
      const record = cursor.value;
      if (record.owner === owner && PENDING.includes(record.state)) {
        record.state = "sending";
        cursor.update(record);
        batch.push(record);
      }
      cursor.continue();
    };
    await finished(transaction);
    if (batch.length) announce();
    return batch;
  }

  /** Apply the server's receipts to the records sent. */
  async function applyReceipts(batch, receipts) {
    const byUuid = new Map(receipts.map((receipt) => [receipt.uuid, receipt]));
    const { store: records, transaction } = await store("records", "readwrite");
    for (const sent of batch) {
      const receipt = byUuid.get(sent.uuid);
      if (!receipt) continue;
      const getRequest = records.get(sent.uuid);
      getRequest.onsuccess = () => {
        const record = getRequest.result;
        // Changed on the device while in flight (a session that ended): send again.
        if (!record || record.rev !== sent.rev) return;
        if (receipt.status === "stored") {
          record.state = "synced";
          record.synced = Date.now();
          if (record.type === "encounter" && !record.version) record.version = 1;
          record.message = "";
          if (record.type === "correction") applyCorrection(records, record.body, receipt.version);
        } else {
          record.state = "attention";
          record.message = receipt.message || receipt.status;
        }
        records.put(record);
      };
    }
    await finished(transaction);
    announce();
  }

  /** The corrected encounter now has the version the server gave the correction. */
  function applyCorrection(records, correction, version) {
    const getRequest = records.get(correction.encounter);
    getRequest.onsuccess = () => {
      const encounter = getRequest.result;
      if (!encounter) return;
      encounter.version = version;
      if (correction.delete) encounter.deleted = true;
      else encounter.body = { ...encounter.body, ...correction.content };
      records.put(encounter);
    };
  }

  /** Put records left "sending" by an interrupted sync back in the queue. */
  async function requeue(batch) {
    const { store: records, transaction } = await store("records", "readwrite");
    for (const sent of batch) {
      const getRequest = records.get(sent.uuid);
      getRequest.onsuccess = () => {
        const record = getRequest.result;
        if (record && record.state === "sending") {
          record.state = "queued";
          records.put(record);
        }
      };
    }
    await finished(transaction);
    announce();
  }

  async function remove(uuids) {
    const { store: records, transaction } = await store("records", "readwrite");
    uuids.forEach((uuid) => records.delete(uuid));
    await finished(transaction);
    announce();
  }

  /** Forget synced records older than `maxAgeMs` (the server has them; only needed for corrections). */
  async function prune(maxAgeMs) {
    const cutoff = Date.now() - maxAgeMs;
    const old = (await all()).filter((r) => r.state === "synced" && r.synced < cutoff);
    if (old.length) await remove(old.map((r) => r.uuid));
  }

  async function getMeta(key) {
    const { store: meta } = await store("meta", "readonly");
    return done(meta.get(key));
  }

  async function setMeta(key, value) {
    const { store: meta, transaction } = await store("meta", "readwrite");
    meta.put(value, key);
    await finished(transaction);
  }

  function isPending(record) {
    return PENDING.includes(record.state);
  }

  function onChange(callback) {
    if (channel) channel.addEventListener("message", callback);
    window.addEventListener("tuuli-outbox-changed", callback);
  }

  window.tuuli = window.tuuli || {};
  window.tuuli.outbox = {
    add, queue, atomically, all, get, takeBatch, applyReceipts, requeue, remove, prune, getMeta,
    setMeta, isPending, onChange,
  };
})();
