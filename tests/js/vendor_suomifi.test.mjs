// The committed copy of the Suomi.fi tokens and icons (static/vendor/suomifi/) is what the
// installed npm packages give: after `npm update`, run `make vendor` and commit the result.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const installed = existsSync(new URL("../../node_modules/suomifi-design-tokens", import.meta.url));

test("static/vendor/suomifi matches node_modules", { skip: !installed && "npm ci not run" }, async () => {
  const { render, OUT } = await import("../../bench/vendor_suomifi.mjs");
  for (const [path, text] of Object.entries(render())) {
    assert.equal(readFileSync(join(OUT, path), "utf8"), text, `${path}: run make vendor`);
  }
});
