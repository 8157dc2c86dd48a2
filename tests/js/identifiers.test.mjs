// The shared identifier table against the worker app's own identifiers.js.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

await import("../../outreach/worker/static/worker/identifiers.js");
const cases = JSON.parse(readFileSync(new URL("../identifier_cases.json", import.meta.url)));

for (const { text, expected, kind, note } of cases) {
  test(`${expected} ${kind}: ${note}`, () => {
    const kinds = globalThis.tuuli.identifierKinds(text);
    if (expected === "refused") assert.ok(kinds.includes(kind), `${text} -> ${kinds}`);
    else assert.deepEqual(kinds, [], text);
  });
}
