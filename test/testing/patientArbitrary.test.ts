import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { MESSAGE_CATEGORIES } from "../../src/model/categories.js";
import { resolveRecipients } from "../../src/resolve/resolveRecipients.js";
import type { PatientContext } from "../../src/resolve/types.js";
import { buildPractice } from "../../src/testing/builders/buildPractice.js";
import { patientArbitrary } from "../../src/testing/patientArbitrary.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";

const DAY = 86_400_000;
const AT = "2026-12-08T00:00:00Z";
const atMs = Date.parse(AT);

// Admins jsmith and lwong, coverer kjones, group member pnair, inactive mreyes; rules of 30 and 7 days.
const practice = buildPractice({
  providers: { crusher: "Beverly Crusher" },
  staff: {
    jsmith: { name: "Jane Smith", admin: true },
    lwong: { name: "Lee Wong", admin: true },
    kjones: "Kim Jones",
    pnair: "Priya Nair",
    mreyes: { name: "Marco Reyes", active: false },
  },
  groups: { nurses: ["pnair"] },
  absences: [{ member: "jsmith", from: "2026-12-01T00:00:00Z", until: "2026-12-15T00:00:00Z", coveredBy: "kjones" }],
  eligibility: { visitWithinDays: 30, categories: { prescriptions: { visitWithinDays: 7 } } },
});

const sample = fc.sample(patientArbitrary(practice, { at: AT }), { numRuns: 200, seed: 5 });
const count = (has: (patient: PatientContext) => boolean) => sample.filter(has).length;
const visitMs = (patient: PatientContext) =>
  patient.lastVisitAt === undefined || patient.lastVisitAt === null
    ? Number.NaN
    : new Date(patient.lastVisitAt).getTime();

describe("patientArbitrary", () => {
  it("runs the TSDoc example", () => {
    const small = buildPractice({ staff: { kjones: "Kim Jones" }, messaging: { eligibility: { visitWithinDays: 7 } } });
    const [patient] = fc.sample(patientArbitrary(small, { at: "2026-12-08T00:00:00Z" }), { numRuns: 1, seed: 7 });
    const keys = ["id", "careTeam", "excludedMembers", "lastVisitAt", "blocked"];
    expect(Object.keys(patient ?? {}).every((key) => keys.includes(key))).toBe(true);
  });

  it("draws every kind of care team", () => {
    const team = (has: (ids: readonly string[]) => boolean) =>
      count((p) => p.careTeam !== undefined && has(p.careTeam));
    expect(count((p) => p.careTeam === undefined)).toBeGreaterThan(5);
    expect(team((ids) => ids.length === 0)).toBeGreaterThan(5);
    expect(team((ids) => ids.length > 0 && ids.every((id) => Object.hasOwn(practice.members, id)))).toBeGreaterThan(40);
    expect(team((ids) => ids.includes("mreyes"))).toBeGreaterThan(10);
    expect(team((ids) => ids.some((id) => !Object.hasOwn(practice.members, id)))).toBeGreaterThan(5);
    expect(team((ids) => ids.length > 1 && ids[0] !== [...ids].sort()[0])).toBeGreaterThan(5);
  });

  it("draws every kind of exclusion", () => {
    const excluded = (has: (ids: readonly string[]) => boolean) =>
      count((p) => p.excludedMembers !== undefined && has(p.excludedMembers));
    expect(count((p) => p.excludedMembers === undefined)).toBeGreaterThan(10);
    expect(excluded((ids) => ids.length === 0)).toBeGreaterThan(3);
    expect(excluded((ids) => ids.length === 3)).toBeGreaterThan(5);
    expect(excluded((ids) => ids.includes("jsmith") && ids.includes("lwong"))).toBeGreaterThan(5);
    expect(excluded((ids) => ids.includes("kjones"))).toBeGreaterThan(10);
    expect(excluded((ids) => ids.includes("pnair"))).toBeGreaterThan(10);
    expect(excluded((ids) => ids.some((id) => !Object.hasOwn(practice.members, id)))).toBeGreaterThan(5);
    expect(excluded((ids) => new Set(ids).size === ids.length)).toBe(count((p) => p.excludedMembers !== undefined));
  });

  it("draws last visits on the eligibility boundaries, in every form", () => {
    expect(count((p) => !("lastVisitAt" in p))).toBeGreaterThan(5);
    expect(count((p) => p.lastVisitAt === null)).toBeGreaterThan(5);
    expect(count((p) => p.lastVisitAt instanceof Date)).toBeGreaterThan(40);
    expect(count((p) => typeof p.lastVisitAt === "string" && p.lastVisitAt.endsWith("Z"))).toBeGreaterThan(5);
    expect(count((p) => typeof p.lastVisitAt === "string" && /[+-]\d\d:\d\d$/.test(p.lastVisitAt))).toBeGreaterThan(20);
    for (const days of [30, 7]) {
      for (const shift of [-1, 0, 1]) expect(count((p) => visitMs(p) === atMs - days * DAY + shift)).toBeGreaterThan(0);
    }
    expect(count((p) => visitMs(p) > atMs)).toBeGreaterThan(3);
    expect(count((p) => visitMs(p) < atMs - 30 * DAY - 1)).toBeGreaterThan(10);
  });

  it("draws every kind of block and of patient id", () => {
    expect(count((p) => !("blocked" in p))).toBeGreaterThan(30);
    expect(count((p) => p.blocked === false)).toBeGreaterThan(5);
    expect(count((p) => p.blocked === true)).toBeGreaterThan(5);
    expect(count((p) => Array.isArray(p.blocked) && p.blocked.length === 0)).toBeGreaterThan(3);
    expect(count((p) => Array.isArray(p.blocked) && p.blocked.length > 0)).toBeGreaterThan(20);
    expect(count((p) => p.id === undefined)).toBeGreaterThan(10);
    expect(count((p) => typeof p.id === "string")).toBeGreaterThan(100);
  });

  it("measures from 2026-07-01 without `at`, and refuses an invalid `at`", () => {
    const fromDefault = fc.sample(patientArbitrary(practice), { numRuns: 200, seed: 5 });
    expect(fromDefault.some((p) => visitMs(p) === Date.UTC(2026, 6, 1) - 30 * DAY)).toBe(true);
    expect(() => patientArbitrary(practice, { at: "yesterday" })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: patientArbitrary: at is not a valid instant.]`,
    );
  });

  test.prop([practiceArbitrary().chain((p) => fc.tuple(fc.constant(p), patientArbitrary(p, { at: AT })))], {
    numRuns: 200,
  })("generates patients of the documented shape that resolve", ([generated, patient]) => {
    const keys = ["id", "careTeam", "excludedMembers", "lastVisitAt", "blocked"];
    expect(Object.keys(patient).filter((key) => !keys.includes(key))).toEqual([]);
    expect(Object.values(patient).every((value) => value !== undefined)).toBe(true);
    expect((patient.excludedMembers ?? []).length).toBeLessThanOrEqual(3);
    if (Array.isArray(patient.blocked)) {
      expect(patient.blocked.every((category) => MESSAGE_CATEGORIES.includes(category))).toBe(true);
    }
    const resolution = resolveRecipients(generated, { category: "prescriptions", at: AT, patient });
    if (resolution.ok) {
      for (const id of patient.excludedMembers ?? []) expect(resolution.recipients).not.toContain(id);
    }
  });
});
