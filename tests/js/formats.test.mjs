// The worker app shows Helsinki time in Finnish convention whatever the device's zone and locale:
// each case runs formats.js in a fresh Node with that device's LC_ALL and TZ.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { test } from "node:test";

const MODULE = fileURLToPath(new URL("../../outreach/worker/static/worker/formats.js", import.meta.url));
const DEVICES = [
  { LC_ALL: "fi_FI.UTF-8", TZ: "Europe/Helsinki" },
  { LC_ALL: "sv_SE.UTF-8", TZ: "Europe/Stockholm" },
  { LC_ALL: "en_US.UTF-8", TZ: "America/New_York" },
];

function onDevice(device, expression) {
  const script = `require(${JSON.stringify(MODULE)}); const f = globalThis.tuuli.formats; process.stdout.write(JSON.stringify(${expression}));`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { env: { ...process.env, ...device } }));
}

for (const device of DEVICES) {
  const where = `${device.LC_ALL} ${device.TZ}`;

  test(`Helsinki time across the summer-time changes on ${where}`, () => {
    const shown = onDevice(device, `[
      f.dateTime("2026-03-29T00:30:00Z"), f.dateTime("2026-03-29T01:30:00Z"),
      f.dateTime("2026-10-25T00:30:00Z"), f.dateTime("2026-10-25T01:30:00Z"),
    ]`);
    assert.deepEqual(shown, ["29.3.2026 02.30", "29.3.2026 04.30", "25.10.2026 03.30", "25.10.2026 03.30"]);
  });

  test(`the Helsinki date, not the device's, near midnight on ${where}`, () => {
    const instant = Date.parse("2026-11-21T22:30:00Z");
    assert.deepEqual(onDevice(device, `[f.date(${instant}), f.time(${instant})]`), ["22.11.2026", "00.30"]);
  });

  test(`distances with a decimal comma on ${where}`, () => {
    assert.deepEqual(onDevice(device, "[f.km(3.46), f.km(12)]"), ["3,5\u00a0km", "12,0\u00a0km"]);
  });
}
