import { describe, expect, test } from "vitest";
import { deepFreeze } from "../../src/internal/freeze.js";
import type { Practice } from "../../src/model/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { validatePractice } from "../../src/validate/validatePractice.js";

// DESIGN.md section 10: invalid_time_zone, invalid_schedule, after_hours_reaches_nobody, response_needs_schedule.

const sample = samplePractice();
const withChanges = (changes: Partial<Practice>): Practice => deepFreeze({ ...sample, ...changes });
/** The issues of the time settings and the after-hours table only (the sample's own warnings left out). */
const timeIssues = (practice: Practice) =>
  validatePractice(practice).issues.filter((issue) =>
    ["timeZone", "messaging", "schedule", "afterHoursRouting"].includes(issue.path[0] as string),
  );

describe("validatePractice: time settings", () => {
  test("accepts the sample's zone, hours, closure, promise and after-hours cell", () => {
    expect(timeIssues(sample)).toEqual([]);
    expect(validatePractice(sample).valid).toBe(true);
  });

  test("invalid_time_zone: a name Intl does not know, or an offset, is an error; times are then read as UTC", () => {
    for (const timeZone of ["America/Atlantis", "+05:30", "EST5EDT ", ""]) {
      const { valid, issues } = validatePractice(withChanges({ timeZone }));
      expect(valid).toBe(false);
      expect(issues.filter((issue) => issue.code === "invalid_time_zone")).toHaveLength(1);
    }
    expect(timeIssues(withChanges({ timeZone: "Mars/Olympus_Mons" }))).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_time_zone",
          "message": "The time zone is not an IANA time zone name this system knows (e.g. America/New_York); times are read as UTC.",
          "path": [
            "timeZone",
          ],
          "severity": "error",
        },
      ]
    `);
    for (const timeZone of ["UTC", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Apia", "Europe/London"]) {
      expect(validatePractice(withChanges({ timeZone })).valid).toBe(true);
    }
  });

  test("invalid_schedule: bad times, a period that does not close after it opens, unsorted or overlapping periods", () => {
    const schedule = {
      hours: {
        mon: [
          ["8:00", "12:00"],
          ["13:00", "24:01"],
        ],
        tue: [["17:00", "08:00"]],
        wed: [
          ["13:00", "17:00"],
          ["08:00", "12:00"],
        ],
        thu: [
          ["08:00", "13:00"],
          ["12:00", "17:00"],
        ],
        fri: [
          ["00:00", "24:00"],
          ["24:00", "24:00"],
        ],
        sat: [["09:00", "09:00"]],
      },
      closures: {},
    } as const;
    expect(
      timeIssues(withChanges({ schedule })).map(({ code, path, message }) => [code, path.join("."), message]),
    ).toMatchInlineSnapshot(`
        [
          [
            "invalid_schedule",
            "schedule.hours.mon.0",
            "Opening period 1 on Monday is not two times "HH:MM" (00:00 to 23:59, or 24:00 as a closing time).",
          ],
          [
            "invalid_schedule",
            "schedule.hours.mon.1",
            "Opening period 2 on Monday is not two times "HH:MM" (00:00 to 23:59, or 24:00 as a closing time).",
          ],
          [
            "invalid_schedule",
            "schedule.hours.tue.0",
            "Opening period 1 on Tuesday does not close after it opens.",
          ],
          [
            "invalid_schedule",
            "schedule.hours.wed.1",
            "Opening period 2 on Wednesday starts before the previous period closes (periods must be sorted and must not overlap).",
          ],
          [
            "invalid_schedule",
            "schedule.hours.thu.1",
            "Opening period 2 on Thursday starts before the previous period closes (periods must be sorted and must not overlap).",
          ],
          [
            "invalid_schedule",
            "schedule.hours.fri.1",
            "Opening period 2 on Friday is not two times "HH:MM" (00:00 to 23:59, or 24:00 as a closing time).",
          ],
          [
            "invalid_schedule",
            "schedule.hours.sat.0",
            "Opening period 1 on Saturday does not close after it opens.",
          ],
        ]
      `);
    // Back to back is fine: one period closes when the next opens.
    const adjacent = {
      hours: {
        mon: [
          ["08:00", "12:00"],
          ["12:00", "24:00"],
        ],
      },
      closures: {},
    } as const;
    expect(timeIssues(withChanges({ schedule: adjacent }))).toEqual([]);
  });

  test("invalid_schedule: closures with a date that is not a calendar date, or ending before they start", () => {
    const hours = sample.schedule?.hours ?? {};
    const closures = {
      a: { name: "Leap", firstDay: "2027-02-29", lastDay: "2027-03-01" },
      b: { name: "Reversed", firstDay: "2026-12-31", lastDay: "2026-12-30" },
      c: { name: "Spelled", firstDay: "2026-12-24", lastDay: "24 Dec" },
      d: { name: "Fine", firstDay: "2028-02-29", lastDay: "2028-02-29" },
    };
    expect(
      timeIssues(withChanges({ schedule: { hours, closures } })).map(({ path, message }) => [path, message]),
    ).toMatchInlineSnapshot(`
        [
          [
            [
              "schedule",
              "closures",
              "a",
              "firstDay",
            ],
            "Closure a has a first day that is not a calendar date YYYY-MM-DD.",
          ],
          [
            [
              "schedule",
              "closures",
              "b",
              "lastDay",
            ],
            "Closure b has a last day before its first day.",
          ],
          [
            [
              "schedule",
              "closures",
              "c",
              "lastDay",
            ],
            "Closure c has a last day that is not a calendar date YYYY-MM-DD.",
          ],
        ]
      `);
  });

  test("response_needs_schedule: a promise without a schedule is a warning", () => {
    const { schedule, ...practice } = sample;
    expect(schedule).toBeDefined();
    const result = validatePractice(deepFreeze(practice));
    expect(result.valid).toBe(true);
    expect(timeIssues(deepFreeze(practice))).toMatchInlineSnapshot(`
      [
        {
          "code": "response_needs_schedule",
          "message": "The practice promises an answer within business days but has no schedule, so patients are never told when to expect one.",
          "path": [
            "messaging",
            "responseBusinessDays",
          ],
          "severity": "warning",
        },
      ]
    `);
  });

  test("after_hours_reaches_nobody, and the usual cell checks, for after-hours cells", () => {
    const practice = withChanges({
      afterHoursRouting: {
        appointments: [{ type: "assigned_provider" }],
        referrals: [
          { type: "member", id: "mreyes" },
          { type: "member", id: "ghost" },
        ],
        health_question: [
          { type: "group", id: "on-call" },
          { type: "member", id: "oselkin" },
        ],
      },
    });
    const result = validatePractice(practice);
    expect(result.valid).toBe(false);
    expect(
      timeIssues(practice).map(({ code, severity, path, message }) => [code, severity, path.join("."), message]),
    ).toMatchInlineSnapshot(`
        [
          [
            "after_hours_reaches_nobody",
            "warning",
            "afterHoursRouting.appointments",
            "The after-hours Appointments route reaches no active member for a patient without a provider, so while the practice is closed those messages take the usual route.",
          ],
          [
            "after_hours_reaches_nobody",
            "warning",
            "afterHoursRouting.referrals",
            "The after-hours Referrals route reaches no active member for a patient without a provider, so while the practice is closed those messages take the usual route.",
          ],
          [
            "inactive_recipient",
            "warning",
            "afterHoursRouting.referrals.0",
            "The after-hours Referrals route names Marco Reyes, who is inactive and receives nothing.",
          ],
          [
            "unknown_member",
            "error",
            "afterHoursRouting.referrals.1",
            "The after-hours Referrals route names member "ghost", who is not in the practice.",
          ],
          [
            "duplicate_recipient",
            "warning",
            "afterHoursRouting.health_question.1",
            "The after-hours Question About My Health route reaches Omar Selkin a second time here.",
          ],
        ]
      `);
  });

  test("an absence without cover is valid", () => {
    const practice = withChanges({
      coverage: { off: { member: "jsmith", from: "2026-12-01T00:00:00Z", until: "2026-12-08T00:00:00Z" } },
    });
    expect(validatePractice(practice).issues.filter((issue) => issue.path[0] === "coverage")).toEqual([]);
  });
});
