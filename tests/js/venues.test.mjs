// The worker app's venue picker logic: venues that share a point (all unverified venues of a
// municipality stand at its centre) form one marker, and "nearest first" never ranks or labels an
// unverified venue by a distance it does not have. The points below are synthetic test points.
import assert from "node:assert/strict";
import { test } from "node:test";

await import("../../outreach/worker/static/worker/venues.js");
const { groupByPoint, byDistance } = globalThis.tuuli.venues;

function venue(id, coordinates, verified = false) {
  return { id, geometry: { type: "Point", coordinates }, properties: { verified } };
}

const CENTRE = [26.0, 60.0];
const OTHER_CENTRE = [25.0, 60.0];

test("venues at one point share a marker; a venue alone has its own", () => {
  const groups = groupByPoint([
    venue(1, CENTRE), venue(2, OTHER_CENTRE), venue(3, CENTRE), venue(4, [26.0, 60.001]),
  ]);
  assert.deepEqual(
    groups.map((g) => [g.coordinates, g.features.map((f) => f.id)]),
    [[CENTRE, [1, 3]], [OTHER_CENTRE, [2]], [[26.0, 60.001], [4]]]
  );
});

test("nearest first puts verified venues first, by distance, then unverified by their point", () => {
  const here = [26.0, 60.01];
  const order = byDistance(
    [
      venue("centre", CENTRE), // about 1 km away, but only the municipality centre
      venue("far-verified", [25.5, 60.0], true),
      venue("near-verified", [26.02, 60.01], true),
      venue("other-centre", OTHER_CENTRE),
    ],
    here
  );
  assert.deepEqual(order.map((e) => e.feature.id), ["near-verified", "far-verified", "centre", "other-centre"]);
  assert.deepEqual(order.map((e) => e.verified), [true, true, false, false]);
  assert.ok(Math.abs(order[0].km - 1.1) < 0.1, order[0].km);
});
