import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { parsePracticeJson } from "../../src/parse/parsePracticeJson.js";
import { serializePractice } from "../../src/serialize/serializePractice.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { validatePractice } from "../../src/validate/validatePractice.js";

const isDeeplyFrozen = (value: unknown): boolean =>
  typeof value !== "object" || value === null || (Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen));

describe("practiceArbitrary", () => {
  test.prop([practiceArbitrary()], { numRuns: 200 })("generates practices that round-trip through JSON", (practice) => {
    const parsed = parsePracticeJson(serializePractice(practice));
    expect(parsed).toEqual({ ok: true, practice });
  });

  test.prop([practiceArbitrary()], { numRuns: 200 })("generates practices without validation errors", (practice) => {
    const errors = validatePractice(practice).issues.filter((issue) => issue.severity === "error");
    expect(errors).toEqual([]);
  });

  test.prop([practiceArbitrary()], { numRuns: 100 })("generates deeply frozen practices", (practice) => {
    expect(isDeeplyFrozen(practice)).toBe(true);
  });

  test.prop([practiceArbitrary()], { numRuns: 200 })("keeps the structural rules of a valid practice", (practice) => {
    const members = practice.members;
    const isMember = (id: string) => Object.hasOwn(members, id);
    expect(Object.values(members).some((member) => member.admin && member.active)).toBe(true);
    for (const providerId of Object.keys(practice.routing)) expect(members[providerId]?.role).toBe("provider");
    for (const group of Object.values(practice.groups)) expect(group.members.every(isMember)).toBe(true);
    const tables = [...Object.values(practice.routing), practice.defaultRouting];
    for (const recipient of tables.flatMap((table) => Object.values(table).flat())) {
      if (recipient.type === "member") expect(isMember(recipient.id)).toBe(true);
      if (recipient.type === "group") expect(Object.hasOwn(practice.groups, recipient.id)).toBe(true);
    }
    for (const entry of Object.values(practice.coverage)) {
      expect(isMember(entry.member) && (entry.coveredBy === undefined || isMember(entry.coveredBy))).toBe(true);
      expect(entry.member).not.toBe(entry.coveredBy);
      expect(Date.parse(entry.from)).toBeLessThan(Date.parse(entry.until));
    }
  });

  test.prop([practiceArbitrary()], { numRuns: 200 })("never generates a coverage cycle", (practice) => {
    for (const start of Object.keys(practice.members)) {
      const seen = new Set<string>();
      const frontier = [start];
      while (frontier.length > 0) {
        const id = frontier.pop() as string;
        for (const entry of Object.values(practice.coverage)) {
          if (entry.member !== id || entry.coveredBy === undefined) continue;
          expect(entry.coveredBy).not.toBe(start);
          if (!seen.has(entry.coveredBy)) frontier.push(entry.coveredBy);
          seen.add(entry.coveredBy);
        }
      }
    }
  });

  test.prop([practiceArbitrary({ maxProviders: 2, maxStaff: 3 })], { numRuns: 100 })(
    "respects the size options",
    (practice) => {
      const roles = Object.values(practice.members).map((member) => member.role);
      const providers = roles.filter((role) => role === "provider").length;
      expect(providers).toBeGreaterThanOrEqual(1);
      expect(providers).toBeLessThanOrEqual(2);
      expect(roles.length - providers).toBeGreaterThanOrEqual(1);
      expect(roles.length - providers).toBeLessThanOrEqual(3);
    },
  );

  test.prop([practiceArbitrary({ messaging: "on" }), practiceArbitrary({ messaging: "off" })], { numRuns: 50 })(
    "turns messaging on or off as asked",
    (on, off) => {
      expect([on.messaging.patientInitiated, off.messaging.patientInitiated]).toEqual([true, false]);
    },
  );

  test.prop(
    [practiceArbitrary({ coverage: false, groups: false, inactiveMembers: false, disabledCategories: false })],
    { numRuns: 100 },
  )("leaves out the features that are switched off", (practice) => {
    expect(practice.coverage).toEqual({});
    expect(practice.groups).toEqual({});
    expect(practice.messaging.disabledCategories).toEqual([]);
    expect(Object.values(practice.members).every((member) => member.active)).toBe(true);
  });

  test("generates every feature in a sample with the defaults", () => {
    const sample = fc.sample(practiceArbitrary(), { numRuns: 200, seed: 7 });
    const share = (has: (practice: (typeof sample)[number]) => boolean) => sample.filter(has).length;
    expect(share((p) => Object.keys(p.coverage).length > 0)).toBeGreaterThan(20);
    expect(share((p) => Object.keys(p.groups).length > 0)).toBeGreaterThan(20);
    expect(share((p) => Object.keys(p.routing).length > 0)).toBeGreaterThan(20);
    expect(share((p) => Object.values(p.members).some((m) => !m.active))).toBeGreaterThan(20);
    expect(share((p) => p.messaging.patientInitiated)).toBeGreaterThan(20);
    expect(share((p) => !p.messaging.patientInitiated)).toBeGreaterThan(20);
  });
});
