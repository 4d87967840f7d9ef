import { describe, expect, it } from "vitest";
import { resolveRecipients } from "../../src/resolve/resolveRecipients.js";
import { ASSIGNED_PROVIDER } from "../../src/testing/builders/assignedProvider.js";
import { buildPractice } from "../../src/testing/builders/buildPractice.js";
import { CARE_TEAM } from "../../src/testing/builders/careTeam.js";
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
      schemaVersion: 2,
      id: "test-practice",
      name: "Test Practice",
      revision: 0,
      timeZone: "UTC",
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

  it("runs the TSDoc example", () => {
    const practice = buildPractice({
      providers: { crusher: "Beverly Crusher" },
      staff: { jsmith: { name: "Jane Smith", admin: true }, kjones: { name: "Kim Jones", locations: ["north"] } },
      locations: { north: "North Clinic" },
      groups: {
        "front-desk": ["jsmith", "kjones"],
        nurses: { members: ["kjones"], patientLabel: "Nursing team", delivery: "pool" },
      },
      routes: { crusher: { appointments: ["jsmith"], health_question: [CARE_TEAM, ASSIGNED_PROVIDER] } },
      locationRoutes: { north: { referrals: ["nurses"] } },
      defaultRoute: { appointments: ["front-desk"] },
      absences: [
        { member: "jsmith", from: "2026-12-01T00:00:00Z", until: "2026-12-08T00:00:00Z", coveredBy: "kjones" },
      ],
      timeZone: "America/New_York",
      schedule: { hours: { mon: [["08:00", "17:00"]] }, closures: { "xmas-2026": "2026-12-25" } },
      afterHoursRoute: { health_question: ["kjones"] },
      responseBusinessDays: 2,
      showRecipientsToPatients: true,
      eligibility: { visitWithinDays: 365, categories: { prescriptions: { visitWithinDays: 90 } } },
    });
    expect(practice.groups["front-desk"]).toEqual({ name: "Front Desk", members: ["jsmith", "kjones"] });
    expect(practice.groups.nurses).toEqual({
      name: "Nurses",
      members: ["kjones"],
      patientLabel: "Nursing team",
      delivery: "pool",
    });
    expect(practice.messaging.eligibility?.categories?.prescriptions).toEqual({ visitWithinDays: 90 });
    expect(practice.schedule?.closures["xmas-2026"]).toEqual({
      name: "Xmas 2026",
      firstDay: "2026-12-25",
      lastDay: "2026-12-25",
    });
    expect(resolveRecipients(practice, { category: "health_question", at: "2026-12-07T23:00:00Z" })).toMatchObject({
      ok: true,
      route: "after_hours_table",
    });
    const atNorth = resolveRecipients(practice, {
      category: "referrals",
      locationId: "north",
      at: "2026-12-07T15:00:00Z",
    });
    expect(atNorth.ok && [atNorth.route, atNorth.pools]).toEqual([
      "location_table",
      [{ groupId: "nurses", members: ["kjones"] }],
    ]);
  });

  it("builds the time settings of format version 2", () => {
    const practice = buildPractice({
      staff: { jsmith: { name: "Jane Smith", admin: true }, kjones: "Kim Jones" },
      timeZone: "Australia/Lord_Howe",
      schedule: {
        hours: {
          mon: [
            ["08:00", "12:00"],
            ["13:00", "17:00"],
          ],
          sat: [["01:30", "24:00"]],
        },
        closures: {
          "xmas-2026": "2026-12-25",
          "summer-break": { name: "Summer break", firstDay: "2027-01-04", lastDay: "2027-01-15" },
        },
      },
      afterHoursRoute: { health_question: ["kjones"], appointments: [ASSIGNED_PROVIDER] },
      responseBusinessDays: 3,
    });
    expect({
      timeZone: practice.timeZone,
      messaging: practice.messaging,
      schedule: practice.schedule,
      afterHoursRouting: practice.afterHoursRouting,
    }).toMatchInlineSnapshot(`
      {
        "afterHoursRouting": {
          "appointments": [
            {
              "type": "assigned_provider",
            },
          ],
          "health_question": [
            {
              "id": "kjones",
              "type": "member",
            },
          ],
        },
        "messaging": {
          "disabledCategories": [],
          "patientInitiated": true,
          "patientReplies": true,
          "responseBusinessDays": 3,
        },
        "schedule": {
          "closures": {
            "summer-break": {
              "firstDay": "2027-01-04",
              "lastDay": "2027-01-15",
              "name": "Summer break",
            },
            "xmas-2026": {
              "firstDay": "2026-12-25",
              "lastDay": "2026-12-25",
              "name": "Xmas 2026",
            },
          },
          "hours": {
            "mon": [
              [
                "08:00",
                "12:00",
              ],
              [
                "13:00",
                "17:00",
              ],
            ],
            "sat": [
              [
                "01:30",
                "24:00",
              ],
            ],
          },
        },
        "timeZone": "Australia/Lord_Howe",
      }
    `);
    expect(isDeeplyFrozen(practice)).toBe(true);
    expect(validatePractice(practice).valid).toBe(true);
  });

  it("leaves the time settings of format version 2 out by default", () => {
    const practice = buildPractice();
    expect([practice.timeZone, "schedule" in practice, "afterHoursRouting" in practice]).toEqual(["UTC", false, false]);
    expect(practice.messaging).toEqual({ patientInitiated: true, patientReplies: true, disabledCategories: [] });
  });

  it("takes the response promise from the messaging settings too", () => {
    const schedule = { hours: { tue: [["09:00", "17:00"]] as const } };
    expect(buildPractice({ schedule, messaging: { responseBusinessDays: 4 } }).messaging.responseBusinessDays).toBe(4);
    expect(
      buildPractice({ schedule, messaging: { responseBusinessDays: 4 }, responseBusinessDays: 1 }).messaging
        .responseBusinessDays,
    ).toBe(1);
  });

  it("builds an absence that nobody covers", () => {
    const practice = buildPractice({
      staff: { jsmith: { name: "Jane Smith", admin: true }, kjones: "Kim Jones" },
      defaultRoute: { appointments: ["kjones", "jsmith"] },
      absences: [{ member: "kjones", from: "2026-12-01T00:00:00Z", until: "2026-12-08T00:00:00Z" }],
    });
    expect(practice.coverage).toEqual({
      c1: { member: "kjones", from: "2026-12-01T00:00:00Z", until: "2026-12-08T00:00:00Z" },
    });
    const resolution = resolveRecipients(practice, { category: "appointments", at: "2026-12-03T10:00:00Z" });
    expect(resolution.ok && resolution.recipients).toEqual(["jsmith"]);
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
    [
      "an absence without cover of an unknown member",
      { absences: [{ member: "ghost", from: "2026-01-01T00:00:00Z", until: "2026-01-02T00:00:00Z" }] },
    ],
    ["an unknown time zone", { timeZone: "Mars/Olympus_Mons" }],
    ["an offset as a time zone", { timeZone: "+05:30" }],
    [
      "overlapping periods",
      {
        schedule: {
          hours: {
            mon: [
              ["08:00", "12:00"],
              ["11:00", "17:00"],
            ],
          },
        },
      },
    ],
    ["a period that closes before it opens", { schedule: { hours: { fri: [["17:00", "08:00"]] } } }],
    ["a time that is not HH:MM", { schedule: { hours: { fri: [["8:00", "17:00"]] } } }],
    ["24:00 as an opening time", { schedule: { hours: { sun: [["24:00", "24:00"]] } } }],
    ["a closure on no real day", { schedule: { closures: { leap: "2026-02-29" } } }],
    [
      "a closure that ends before it starts",
      { schedule: { closures: { x: { firstDay: "2026-05-02", lastDay: "2026-05-01" } } } },
    ],
    ["an after-hours cell naming nobody known", { afterHoursRoute: { health_question: ["ghost"] } }],
    ["an empty after-hours cell", { afterHoursRoute: { health_question: [] } }],
    ["a response promise of 31 business days", { schedule: { hours: {} }, responseBusinessDays: 31 }],
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
    expect(() => buildPractice({ timeZone: "Mars/Olympus_Mons" })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: buildPractice: the practice would not be valid: invalid_time_zone at timeZone.]`,
    );
    expect(() =>
      buildPractice({
        schedule: {
          hours: {
            mon: [
              ["08:00", "12:00"],
              ["11:00", "17:00"],
            ],
          },
        },
      }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: buildPractice: the practice would not be valid: invalid_schedule at schedule.hours.mon.1.]`,
    );
  });

  it("leaves its options untouched", () => {
    const options: BuildPracticeOptions = {
      ...crusherPractice,
      schedule: { hours: { mon: [["08:00", "17:00"]] }, closures: { x: "2026-12-25" } },
      afterHoursRoute: { health_question: ["kjones"] },
    };
    const before = structuredClone(options);
    buildPractice(options);
    expect(options).toEqual(before);
  });
});
