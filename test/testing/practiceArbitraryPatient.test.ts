import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { MESSAGE_CATEGORIES } from "../../src/model/categories.js";
import type { Practice, Recipient } from "../../src/model/types.js";
import { parsePracticeJson } from "../../src/parse/parsePracticeJson.js";
import { serializePractice } from "../../src/serialize/serializePractice.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { validatePractice } from "../../src/validate/validatePractice.js";

const cellsOf = (table: { readonly [category: string]: readonly Recipient[] | undefined } | undefined) =>
  Object.values(table ?? {}).flatMap((cell) => cell ?? []);
const hasCareTeam = (cells: readonly Recipient[]) => cells.some((recipient) => recipient.type === "care_team");
const hasPatientSetting = (p: Practice) =>
  p.messaging.showRecipientsToPatients !== undefined ||
  p.messaging.eligibility !== undefined ||
  Object.values(p.groups).some((group) => group.patientLabel !== undefined) ||
  hasCareTeam([
    ...Object.values(p.routing).flatMap(cellsOf),
    ...cellsOf(p.defaultRouting),
    ...cellsOf(p.afterHoursRouting),
  ]);

describe("practiceArbitrary and the patient settings", () => {
  it("generates every patient setting in a sample with the defaults", () => {
    const sample = fc.sample(practiceArbitrary(), { numRuns: 200, seed: 13 });
    const count = (has: (p: Practice) => boolean) => sample.filter(has).length;
    const eligibility = (p: Practice) => p.messaging.eligibility;
    expect(count((p) => hasCareTeam(Object.values(p.routing).flatMap(cellsOf)))).toBeGreaterThan(20);
    expect(count((p) => hasCareTeam(cellsOf(p.defaultRouting)))).toBeGreaterThan(40);
    expect(count((p) => hasCareTeam(cellsOf(p.afterHoursRouting)))).toBeGreaterThan(20);
    expect(count((p) => p.messaging.showRecipientsToPatients === true)).toBeGreaterThan(30);
    expect(count((p) => p.messaging.showRecipientsToPatients === false)).toBeGreaterThan(30);
    expect(count((p) => p.messaging.showRecipientsToPatients === undefined)).toBeGreaterThan(20);
    expect(count((p) => eligibility(p) === undefined)).toBeGreaterThan(40);
    expect(count((p) => eligibility(p)?.visitWithinDays !== undefined)).toBeGreaterThan(30);
    expect(count((p) => eligibility(p)?.categories !== undefined)).toBeGreaterThan(30);
    expect(count((p) => eligibility(p)?.visitWithinDays === 1)).toBeGreaterThan(0);
    expect(count((p) => eligibility(p)?.visitWithinDays === 3650)).toBeGreaterThan(0);
    expect(count((p) => Object.values(p.groups).some((group) => group.patientLabel !== undefined))).toBeGreaterThan(30);
    expect(count((p) => Object.values(p.groups).some((group) => group.patientLabel === undefined))).toBeGreaterThan(30);
  });

  test.prop([practiceArbitrary().filter(hasPatientSetting)], { numRuns: 200 })(
    "generates patient settings that parse, validate and round-trip, in canonical order",
    (practice) => {
      expect(parsePracticeJson(serializePractice(practice))).toEqual({ ok: true, practice });
      expect(validatePractice(practice).issues.filter((issue) => issue.severity === "error")).toEqual([]);
      const order = [
        "patientInitiated",
        "patientReplies",
        "disabledCategories",
        "showRecipientsToPatients",
        "responseBusinessDays",
        "eligibility",
      ];
      expect(order.filter((key) => key in practice.messaging)).toEqual(Object.keys(practice.messaging));
      const { eligibility } = practice.messaging;
      if (eligibility === undefined) return;
      const rules = Object.entries(eligibility.categories ?? {});
      expect(eligibility.visitWithinDays !== undefined || rules.length > 0).toBe(true);
      for (const days of [eligibility.visitWithinDays, ...rules.map(([, rule]) => rule?.visitWithinDays)]) {
        if (days !== undefined) expect(Number.isInteger(days) && days >= 1 && days <= 3650).toBe(true);
      }
      expect(rules.every(([category]) => (MESSAGE_CATEGORIES as readonly string[]).includes(category))).toBe(true);
    },
  );

  test.prop([practiceArbitrary({ schemaVersion: 1 }), practiceArbitrary({ patientSettings: false })], {
    numRuns: 100,
  })("generates no patient setting for format version 1 or when switched off", (v1, off) => {
    expect([hasPatientSetting(v1), hasPatientSetting(off)]).toEqual([false, false]);
  });
});
