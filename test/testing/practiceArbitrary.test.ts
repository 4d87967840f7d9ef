import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { isTimeZone } from "../../src/internal/zone.js";
import type { OpeningPeriod, Practice } from "../../src/model/types.js";
import { parsePracticeJson } from "../../src/parse/parsePracticeJson.js";
import { canSerializeAsV1, serializePractice } from "../../src/serialize/serializePractice.js";
import { TIME_ZONES } from "../../src/testing/internal/timeArbitraries.js";
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
    expect(validatePractice(practice).valid).toBe(true);
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

  test.prop([practiceArbitrary()], { numRuns: 200 })("keeps the time settings well formed", (practice) => {
    expect(isTimeZone(practice.timeZone)).toBe(true);
    const days = practice.messaging.responseBusinessDays;
    if (days !== undefined) {
      expect(practice.schedule).toBeDefined();
      expect(Number.isInteger(days) && days >= 1 && days <= 30).toBe(true);
    }
    for (const periods of Object.values(practice.schedule?.hours ?? {}) as (readonly OpeningPeriod[])[]) {
      expect(periods.length).toBeGreaterThan(0);
      const minutes = periods.flat().map((time) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3)));
      for (const time of periods.flat()) expect(time).toMatch(/^(?:[01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/);
      // Strictly increasing: every period opens before it closes and after the previous one closes.
      expect(minutes.every((minute, index) => index === 0 || (minutes[index - 1] as number) < minute)).toBe(true);
    }
    for (const closure of Object.values(practice.schedule?.closures ?? {})) {
      expect(closure.firstDay >= "2026-01-01" && closure.lastDay <= "2027-12-31").toBe(true);
      expect(closure.firstDay <= closure.lastDay).toBe(true);
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

  test.prop(
    [
      practiceArbitrary({
        schedule: false,
        afterHoursRouting: false,
        uncoveredAbsences: false,
        timeZones: ["Asia/Kathmandu"],
      }),
    ],
    { numRuns: 100 },
  )("leaves out the time settings that are switched off", (practice) => {
    expect([practice.timeZone, practice.schedule, practice.afterHoursRouting]).toEqual([
      "Asia/Kathmandu",
      undefined,
      undefined,
    ]);
    expect(practice.messaging.responseBusinessDays).toBeUndefined();
    expect(Object.values(practice.coverage).every((entry) => entry.coveredBy !== undefined)).toBe(true);
  });

  test.prop([practiceArbitrary({ schemaVersion: 1 })], { numRuns: 100 })(
    "generates only what format version 1 holds when asked",
    (practice) => {
      expect(canSerializeAsV1(practice)).toEqual({ ok: true });
      expect(parsePracticeJson(serializePractice(practice, { schemaVersion: 1 }))).toEqual({ ok: true, practice });
    },
  );

  test("refuses an empty list of time zones", () => {
    expect(() => practiceArbitrary({ timeZones: [] })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: practiceArbitrary: timeZones needs at least one zone.]`,
    );
  });

  test("draws from real zones that Intl knows", () => {
    expect(TIME_ZONES.filter((zone) => !isTimeZone(zone))).toEqual([]);
  });

  test("generates every field of format version 2 in a sample with the defaults", () => {
    const sample = fc.sample(practiceArbitrary(), { numRuns: 200, seed: 3 });
    const share = (has: (practice: Practice) => boolean) => sample.filter(has).length;
    const periodsOf = (p: Practice) => Object.values(p.schedule?.hours ?? {}).flat();
    const minute = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
    expect(new Set(sample.map((p) => p.timeZone))).toEqual(new Set(TIME_ZONES));
    expect(share((p) => p.schedule !== undefined)).toBeGreaterThan(60);
    expect(share((p) => p.schedule === undefined)).toBeGreaterThan(60);
    expect(share((p) => p.schedule !== undefined && Object.keys(p.schedule.hours).length < 7)).toBeGreaterThan(40);
    expect(share((p) => p.schedule !== undefined && Object.keys(p.schedule.hours).length === 7)).toBeGreaterThan(0);
    expect(share((p) => periodsOf(p).some((period) => period[1] === "24:00"))).toBeGreaterThan(20);
    expect(share((p) => periodsOf(p).some((period) => period[0] === "00:00"))).toBeGreaterThan(10);
    // Periods that the hours around 02:00, when most zones change their clocks, cut into.
    const touchesNight = (period: readonly string[]) =>
      minute(period[0] as string) < 180 && minute(period[1] as string) > 60;
    expect(share((p) => periodsOf(p).some(touchesNight))).toBeGreaterThan(20);
    expect(share((p) => periodsOf(p).length >= 3)).toBeGreaterThan(20);
    expect(share((p) => Object.keys(p.schedule?.closures ?? {}).length > 0)).toBeGreaterThan(40);
    const closures = sample.flatMap((p) => Object.values(p.schedule?.closures ?? {}));
    expect(closures.some((closure) => closure.firstDay === closure.lastDay)).toBe(true);
    expect(closures.some((closure) => closure.firstDay < closure.lastDay)).toBe(true);
    expect(closures.some((closure) => closure.firstDay.startsWith("2027"))).toBe(true);
    expect(share((p) => p.messaging.responseBusinessDays !== undefined)).toBeGreaterThan(30);
    expect(share((p) => p.schedule !== undefined && p.messaging.responseBusinessDays === undefined)).toBeGreaterThan(
      10,
    );
    expect(share((p) => p.afterHoursRouting !== undefined)).toBeGreaterThan(60);
    expect(share((p) => p.afterHoursRouting !== undefined && p.schedule !== undefined)).toBeGreaterThan(30);
    const absences = sample.flatMap((p) => Object.values(p.coverage));
    expect(absences.filter((entry) => entry.coveredBy === undefined).length).toBeGreaterThan(40);
    expect(absences.filter((entry) => entry.coveredBy !== undefined).length).toBeGreaterThan(80);
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
