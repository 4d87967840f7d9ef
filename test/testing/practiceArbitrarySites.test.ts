import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { Practice } from "../../src/model/types.js";
import { parsePracticeJson } from "../../src/parse/parsePracticeJson.js";
import { serializePractice } from "../../src/serialize/serializePractice.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { validatePractice } from "../../src/validate/validatePractice.js";

const memberLocations = (p: Practice) => Object.values(p.members).flatMap((member) => member.locations ?? []);
const deliveries = (p: Practice) => Object.values(p.groups).map((group) => group.delivery);
const hasSiteField = (p: Practice) =>
  p.locations !== undefined ||
  p.locationRouting !== undefined ||
  Object.values(p.members).some((member) => member.locations !== undefined) ||
  deliveries(p).some((delivery) => delivery !== undefined);

describe("practiceArbitrary and sites and pools", () => {
  it("generates locations, location tables, members' locations and each delivery in a sample with the defaults", () => {
    const sample = fc.sample(practiceArbitrary(), { numRuns: 200, seed: 14 });
    const count = (has: (p: Practice) => boolean) => sample.filter(has).length;
    expect(count((p) => p.locations === undefined)).toBeGreaterThan(30);
    expect(count((p) => p.locations !== undefined && Object.keys(p.locations).length === 0)).toBeGreaterThan(5);
    expect(count((p) => Object.keys(p.locations ?? {}).length >= 2)).toBeGreaterThan(40);
    expect(count((p) => Object.keys(p.locationRouting ?? {}).length > 0)).toBeGreaterThan(60);
    // A location without a table, so that resolution meets one.
    const untabled = (p: Practice) =>
      Object.keys(p.locations ?? {}).some((id) => !Object.hasOwn(p.locationRouting ?? {}, id));
    expect(count(untabled)).toBeGreaterThan(20);
    expect(count((p) => memberLocations(p).length > 0)).toBeGreaterThan(60);
    expect(count((p) => Object.values(p.members).some((m) => m.locations?.length === 0))).toBeGreaterThan(10);
    for (const delivery of ["each", "pool", "sticky", undefined]) {
      expect([delivery, count((p) => deliveries(p).includes(delivery as never)) > 20]).toEqual([delivery, true]);
    }
  });

  test.prop([practiceArbitrary()], { numRuns: 200 })(
    "keeps sites small and consistent: every table and member location names a location",
    (practice) => {
      const ids = Object.keys(practice.locations ?? {});
      expect(ids.length).toBeLessThanOrEqual(3);
      expect(Object.keys(practice.locationRouting ?? {}).filter((id) => !ids.includes(id))).toEqual([]);
      expect(memberLocations(practice).filter((id) => !ids.includes(id))).toEqual([]);
      for (const member of Object.values(practice.members)) {
        expect(member.locations?.length ?? 0).toBeLessThanOrEqual(2);
        expect(new Set(member.locations).size).toBe(member.locations?.length ?? 0);
      }
      const codes = validatePractice(practice).issues.map((issue) => issue.code);
      expect(codes).not.toContain("unknown_location");
    },
  );

  test.prop([practiceArbitrary()], { numRuns: 100 })("writes sites back in canonical order", (practice) => {
    const text = serializePractice(practice);
    const parsed = parsePracticeJson(text);
    expect(parsed.ok && serializePractice(parsed.practice)).toBe(text);
  });

  test.prop(
    [
      practiceArbitrary({ schemaVersion: 1 }),
      practiceArbitrary({ locations: false, groupDelivery: false }),
      practiceArbitrary({ locations: false }),
      practiceArbitrary({ groupDelivery: false }),
    ],
    { numRuns: 50 },
  )("leaves sites or delivery out when switched off or for format version 1", (v1, neither, noSites, noDelivery) => {
    expect([hasSiteField(v1), hasSiteField(neither)]).toEqual([false, false]);
    expect([noSites.locations, noSites.locationRouting, memberLocations(noSites)]).toEqual([undefined, undefined, []]);
    expect(deliveries(noDelivery).filter((delivery) => delivery !== undefined)).toEqual([]);
  });
});
