import { describe, expect, it } from "vitest";
import { ASSIGNED_PROVIDER } from "../../src/testing/builders/assignedProvider.js";
import { buildPractice } from "../../src/testing/builders/buildPractice.js";
import type { BuildPracticeOptions } from "../../src/testing/builders/types.js";
import { validatePractice } from "../../src/validate/validatePractice.js";

const isDeeplyFrozen = (value: unknown): boolean =>
  typeof value !== "object" || value === null || (Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen));

const crusherPractice: BuildPracticeOptions = {
  providers: { crusher: "Beverly Crusher" },
  staff: {
    jsmith: { name: "Jane Smith", admin: true },
    kjones: "Kim Jones",
    mreyes: { name: "Marco Reyes", active: false },
  },
  groups: { "front-desk": ["jsmith", "kjones"], nurses: { name: "Nursing Team", members: ["kjones"] } },
  routes: { crusher: { appointments: ["jsmith"], health_question: [ASSIGNED_PROVIDER, "nurses"] } },
  defaultRoute: { appointments: ["front-desk"], referrals: [{ type: "member", id: "kjones" }] },
  absences: [
    { member: "jsmith", from: "2026-12-01T00:00:00Z", until: new Date("2026-12-08T00:00:00Z"), coveredBy: "kjones" },
  ],
};

describe("buildPractice", () => {
  it("builds a practice from readable specs", () => {
    expect(buildPractice(crusherPractice)).toEqual({
      schemaVersion: 1,
      id: "test-practice",
      name: "Test Practice",
      revision: 0,
      messaging: { patientInitiated: true, patientReplies: true, disabledCategories: [] },
      members: {
        crusher: { name: "Beverly Crusher", role: "provider", admin: false, active: true },
        jsmith: { name: "Jane Smith", role: "staff", admin: true, active: true },
        kjones: { name: "Kim Jones", role: "staff", admin: false, active: true },
        mreyes: { name: "Marco Reyes", role: "staff", admin: false, active: false },
      },
      groups: {
        "front-desk": { name: "Front Desk", members: ["jsmith", "kjones"] },
        nurses: { name: "Nursing Team", members: ["kjones"] },
      },
      routing: {
        crusher: {
          appointments: [{ type: "member", id: "jsmith" }],
          health_question: [{ type: "assigned_provider" }, { type: "group", id: "nurses" }],
        },
      },
      defaultRouting: {
        appointments: [{ type: "group", id: "front-desk" }],
        referrals: [{ type: "member", id: "kjones" }],
        prescriptions: [{ type: "assigned_provider" }],
        test_results: [{ type: "assigned_provider" }],
        general_inquiry: [{ type: "assigned_provider" }],
        health_question: [{ type: "assigned_provider" }],
      },
      coverage: {
        c1: { member: "jsmith", from: "2026-12-01T00:00:00Z", until: "2026-12-08T00:00:00.000Z", coveredBy: "kjones" },
      },
    });
  });

  it("builds practices without validation errors", () => {
    expect(validatePractice(buildPractice(crusherPractice)).valid).toBe(true);
    expect(validatePractice(buildPractice()).valid).toBe(true);
  });

  it("refuses a coverage cycle", () => {
    const from = "2026-01-01T00:00:00Z";
    const until = "2026-01-02T00:00:00Z";
    expect(() =>
      buildPractice({
        staff: { a: "A", b: "B" },
        absences: [
          { member: "a", from, until, coveredBy: "b" },
          { member: "b", from, until, coveredBy: "a" },
        ],
      }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: buildPractice: the practice would not be valid: coverage_cycle at coverage.c1.]`,
    );
  });

  it("returns a deeply frozen practice and leaves its input untouched", () => {
    const before = structuredClone(crusherPractice);
    const practice = buildPractice(crusherPractice);
    expect(isDeeplyFrozen(practice)).toBe(true);
    expect(crusherPractice).toEqual(before);
  });

  it("adds an admin when no member is an active admin", () => {
    expect(buildPractice().members).toEqual({
      admin: { name: "Practice Admin", role: "staff", admin: true, active: true },
    });
    const taken = buildPractice({
      staff: { admin: "Al Admin", "admin-2": { name: "Bo", admin: true, active: false } },
    });
    expect(Object.keys(taken.members)).toEqual(["admin", "admin-2", "admin-3"]);
    expect(taken.members["admin-3"]?.admin).toBe(true);
  });

  it("takes messaging as a switch or as settings", () => {
    expect(buildPractice({ messaging: false }).messaging).toEqual({
      patientInitiated: false,
      patientReplies: true,
      disabledCategories: [],
    });
    const settings = { patientReplies: false, disabledCategories: ["referrals", "appointments"] } as const;
    expect(buildPractice({ messaging: settings }).messaging).toEqual({
      patientInitiated: true,
      patientReplies: false,
      disabledCategories: ["appointments", "referrals"],
    });
  });

  it("sets the id, name and revision", () => {
    const practice = buildPractice({ id: "clinic-7", name: "Clinic Seven", revision: 12 });
    expect([practice.id, practice.name, practice.revision]).toEqual(["clinic-7", "Clinic Seven", 12]);
  });

  it("accepts ids that are Object.prototype names", () => {
    const practice = buildPractice({
      staff: { toString: { name: "Tess", admin: true } },
      groups: { valueOf: ["toString"] },
    });
    expect(practice.groups.valueOf).toEqual({ name: "ValueOf", members: ["toString"] });
  });

  it.each<[string, BuildPracticeOptions]>([
    ["an id that is both provider and staff", { providers: { x: "X" }, staff: { x: "X" } }],
    ["a group member who does not exist", { groups: { g: ["ghost"] } }],
    ["a table for a staff member", { staff: { s: "S" }, routes: { s: { appointments: ["s"] } } }],
    ["a table for an unknown id", { routes: { ghost: { appointments: [ASSIGNED_PROVIDER] } } }],
    ["an unknown category", { defaultRoute: { billing: [ASSIGNED_PROVIDER] } as never }],
    ["an empty cell", { defaultRoute: { appointments: [] } }],
    ["an unknown recipient", { defaultRoute: { appointments: ["ghost"] } }],
    ["an unknown recipient object", { defaultRoute: { appointments: [{ type: "group", id: "ghost" }] } }],
    [
      "an id that is both member and group",
      { staff: { x: "X" }, groups: { x: ["x"] }, defaultRoute: { referrals: ["x"] } },
    ],
    [
      "an absence of an unknown member",
      {
        absences: [
          { member: "ghost", from: "2026-01-01T00:00:00Z", until: "2026-01-02T00:00:00Z", coveredBy: "admin" },
        ],
      },
    ],
    [
      "self-coverage",
      {
        absences: [
          { member: "admin", from: "2026-01-01T00:00:00Z", until: "2026-01-02T00:00:00Z", coveredBy: "admin" },
        ],
      },
    ],
    [
      "a reversed range",
      {
        staff: { a: "A" },
        absences: [{ member: "a", from: "2026-01-02T00:00:00Z", until: "2026-01-01T00:00:00Z", coveredBy: "admin" }],
      },
    ],
    ["an invalid id", { staff: { "a b": "A" } }],
    ["an empty name", { staff: { a: "" } }],
    [
      "a bad timestamp",
      {
        staff: { a: "A" },
        absences: [{ member: "a", from: "2026-01-01", until: "2026-01-02T00:00:00Z", coveredBy: "admin" }],
      },
    ],
  ])("throws a TypeError on %s", (_, options) => {
    expect(() => buildPractice(options)).toThrow(TypeError);
  });

  it("says what is wrong", () => {
    expect(() => buildPractice({ defaultRoute: { appointments: ["ghost"] } })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: buildPractice: defaultRoute.appointments: "ghost" is neither a member nor a group.]`,
    );
    expect(() => buildPractice({ staff: { "a b": "A" } })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: buildPractice: the practice would not parse: invalid_id at members.a b.]`,
    );
    expect(() =>
      buildPractice({
        staff: { a: "A" },
        absences: [
          { id: "x", member: "a", from: "2026-01-01T00:00:00Z", until: "2026-01-02T00:00:00Z", coveredBy: "admin" },
          { id: "x", member: "admin", from: "2026-01-01T00:00:00Z", until: "2026-01-02T00:00:00Z", coveredBy: "a" },
        ],
      }),
    ).toThrowErrorMatchingInlineSnapshot(`[TypeError: buildPractice: absences[1]: the id "x" is used twice.]`);
  });
});
