// The device list (recordlist.js): one row per record in its current state, a correction folded
// into the encounter it corrects, labels looked up in the UI language at display time.
import assert from "node:assert/strict";
import { test } from "node:test";

// Django's JavaScript catalogue of the page's language.
const JS_CATALOGUES = {
  fi: { Yes: "Kyllä", "Session at %s": "Tapahtuma: %s" },
  sv: { Yes: "Ja", "Session at %s": "Tillfälle: %s" },
};
let pageLanguage = "fi";
globalThis.gettext = (text) => JS_CATALOGUES[pageLanguage][text] || text;
globalThis.interpolate = (format, values) => values.reduce((text, value) => text.replace("%s", value), format);
await import("../../outreach/worker/static/worker/recordlist.js");
const { rows } = globalThis.tuuli.recordList;

function catalogue(language, names) {
  return {
    language,
    dateTime: () => "3.12.2026 18.15",
    themes: [{
      slug: "violence", name: names.violence,
      fields: [
        { key: "role", kind: "single", label: names.role, choices: [{ value: "witnessed", label: names.witnessed }] },
        { key: "children_in_household", kind: "yesno", label: names.children },
      ],
    }, { slug: "gambling", name: names.gambling, fields: [] }],
    choices: {
      age_band: [{ value: "18-29", label: "18–29" }, { value: "65+", label: names.old }],
      contact_type: [{ value: "conversation", label: names.conversation }],
    },
    venues: [{ id: 7, properties: { name: "Loviisan kirjasto", names: { fi: "Loviisan kirjasto", sv: "Lovisa bibliotek" } } }],
  };
}

const FI = catalogue("fi", {
  violence: "Lähisuhdeväkivalta", gambling: "Rahapelaaminen", role: "Rooli", witnessed: "On nähnyt väkivaltaa",
  children: "Lapsia taloudessa", old: "65+ vuotta", conversation: "Keskustelu",
});
const SV = catalogue("sv", {
  violence: "Våld i nära relationer", gambling: "Penningspel", role: "Roll", witnessed: "Har bevittnat våld",
  children: "Barn i hushållet", old: "65+ år", conversation: "Samtal",
});

const encounter = {
  uuid: "e1", type: "encounter", state: "synced", version: 1, label: "3.12.2026 18.15 · Lähisuhdeväkivalta · 18–29",
  body: {
    type: "encounter", uuid: "e1", session: "s1", occurred_at: "2026-12-03T16:16:00Z",
    themes: ["violence"], age_band: "18-29", contact_type: "conversation", answers: {},
  },
};
const session = { uuid: "s1", type: "session", state: "synced", label: "Tapahtuma: Loviisan kirjasto", body: { type: "session", uuid: "s1", venue: 7, ended_at: null } };

function correction(state, content, extra = {}) {
  return {
    uuid: `c-${state}`, type: "correction", state, message: extra.message || "", label: "Korjaus: …",
    body: { type: "correction", uuid: `c-${state}`, encounter: "e1", base_version: 1, delete: false, content, ...extra.body },
  };
}

const themeAndAge = {
  ...encounter.body, themes: ["gambling", "violence"], age_band: "65+",
  answers: { violence: { schema_version: 1, answers: { role: "witnessed", children_in_household: true } } },
};

test("a correction waiting to sync: one row with the corrected values, the marker and its state", () => {
  const shown = rows([session, encounter, correction("queued", themeAndAge)], FI);
  assert.deepEqual(shown.map((row) => row.uuid), ["e1", "s1"]);
  const [row] = shown;
  assert.equal(row.text, "3.12.2026 18.15 · Rahapelaaminen · Lähisuhdeväkivalta · 65+ vuotta");
  assert.equal(row.details, "Keskustelu · Rooli: On nähnyt väkivaltaa · Lapsia taloudessa: Kyllä");
  assert.equal(row.corrected, true);
  assert.equal(row.state, "queued");
});

test("a synced correction: one row, in the state the encounter has on the server, marked corrected", () => {
  const corrected = { ...encounter, version: 2, body: themeAndAge }; // as outbox.applyCorrection leaves it
  const [row, ...others] = rows([corrected, correction("synced", themeAndAge)], FI);
  assert.equal(others.length, 0);
  assert.match(row.text, /65\+ vuotta$/);
  assert.deepEqual([row.state, row.corrected], ["synced", true]);
});

test("a correction the server refused: the server's values, the reason, and only the correction to remove", () => {
  const refused = correction("attention", themeAndAge, { message: "Rooli: ei mikään vaihtoehdoista." });
  const [row] = rows([encounter, refused], FI);
  assert.equal(row.text, "3.12.2026 18.15 · Lähisuhdeväkivalta · 18–29");
  assert.deepEqual([row.state, row.message, row.corrected], ["attention", "Rooli: ei mikään vaihtoehdoista.", false]);
  assert.equal(row.removable.uuid, "c-attention");
  assert.equal(row.record.uuid, "e1");
});

test("a deletion waiting to sync shows the encounter as deleted, not as a row of its own", () => {
  const [row, ...others] = rows([encounter, correction("sending", null, { body: { delete: true } })], FI);
  assert.equal(others.length, 0);
  assert.deepEqual([row.deleted, row.corrected, row.state], [true, false, "sending"]);
});

test("a record logged in the Finnish app reads in Swedish in the Swedish app", () => {
  const corrected = { ...encounter, version: 2, body: themeAndAge };
  pageLanguage = "sv";
  const [row, sessionRow] = rows([session, corrected], SV);
  pageLanguage = "fi";
  assert.equal(row.text, "3.12.2026 18.15 · Penningspel · Våld i nära relationer · 65+ år");
  assert.equal(row.details, "Samtal · Roll: Har bevittnat våld · Barn i hushållet: Ja");
  assert.equal(sessionRow.text, "Tillfälle: Lovisa bibliotek");
});

test("before the data is loaded, and for other kinds of record, the saved label stands", () => {
  const visit = { uuid: "v1", type: "visit_code", state: "queued", label: "Käyntikoodi", body: { type: "visit_code" } };
  assert.deepEqual(rows([encounter, visit], null).map((row) => row.text), ["Käyntikoodi", encounter.label]);
  assert.equal(rows([visit], FI)[0].text, "Käyntikoodi");
});

test("a correction still waiting after its encounter left the device is shown from its own content", () => {
  const [row] = rows([correction("queued", themeAndAge)], FI);
  assert.deepEqual([row.uuid, row.state, row.corrected], ["c-queued", "queued", true]);
  assert.match(row.text, /Rahapelaaminen/);
  assert.equal(rows([correction("synced", themeAndAge)], FI).length, 0);
});

test("an encounter changed before it reached the server is one queued row, marked corrected", () => {
  const edited = { ...encounter, state: "queued", version: null, corrected: true, body: themeAndAge };
  const [row] = rows([edited], FI);
  assert.deepEqual([row.state, row.corrected], ["queued", true]);
  assert.match(row.text, /65\+ vuotta$/);
  assert.equal(rows([{ ...encounter, state: "queued", version: null }], FI)[0].corrected, false);
});
