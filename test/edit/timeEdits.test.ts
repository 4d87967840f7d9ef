import { describe, expect, it } from "vitest";
import { applyEdit } from "../../src/edit/applyEdit.js";
import { edits } from "../../src/edit/edits.js";
import { revertEdit } from "../../src/edit/revertEdit.js";
import { LIMITS } from "../../src/model/limits.js";
import type { Practice } from "../../src/model/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { canSerializeAsV1, serializePractice } from "../../src/serialize/serializePractice.js";
import { AT, applied, outcome } from "./helpers.js";

/** The sample without opening hours or a response promise. */
function withoutSchedule(): Practice {
  const { schedule: _schedule, ...practice } = samplePractice();
  const { responseBusinessDays: _days, ...messaging } = practice.messaging;
  return { ...practice, messaging };
}

const weekdays = [
  ["08:00", "12:00"],
  ["13:00", "17:00"],
] as const;

describe("applyEdit: set_time_zone", () => {
  it("sets the zone, and later summaries write dates in it", () => {
    const next = applied(edits.setTimeZone({ timeZone: "Europe/London" }));
    expect(next.timeZone).toBe("Europe/London");
    expect(outcome(edits.setTimeZone({ timeZone: "Europe/London" }))).toMatchInlineSnapshot(
      `"Jane Smith set the time zone to Europe/London (was: America/New_York)."`,
    );
    expect(outcome(edits.removeCoverage({ id: "c1" }), "jsmith", next)).toMatchInlineSnapshot(
      `"Jane Smith removed coverage c1 (Jane Smith away from 1 Dec 2026, 12:00 AM GMT until 8 Dec 2026, 12:00 AM GMT, covered by Kim Jones)."`,
    );
  });

  it("refuses a zone Intl does not know as an introduced error", () => {
    expect(outcome(edits.setTimeZone({ timeZone: "Mars/Olympus" }))).toMatchInlineSnapshot(`
      {
        "code": "introduces_errors",
        "issues": [
          {
            "code": "invalid_time_zone",
            "message": "The time zone is not an IANA time zone name this system knows (e.g. America/New_York); times are read as UTC.",
            "path": [
              "timeZone",
            ],
            "severity": "error",
          },
        ],
        "message": "The edit would introduce 1 validation error, first: The time zone is not an IANA time zone name this system knows (e.g. America/New_York); times are read as UTC.",
      }
    `);
  });

  it("refuses an empty or overlong name as invalid_edit", () => {
    const issues = (timeZone: string) => {
      const result = applyEdit(samplePractice(), edits.setTimeZone({ timeZone }), { actor: "jsmith", at: AT });
      return result.ok ? [] : result.error.code === "invalid_edit" ? result.error.issues : [result.error.code];
    };
    expect([...issues(""), ...issues("x".repeat(LIMITS.timeZoneLength + 1))]).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_type",
          "message": "Must not be empty.",
          "path": [
            "timeZone",
          ],
          "severity": "error",
        },
        {
          "code": "limit_exceeded",
          "message": "Longer than the limit of 64 characters.",
          "path": [
            "timeZone",
          ],
          "severity": "error",
        },
      ]
    `);
  });
});

describe("applyEdit: set_schedule", () => {
  it("sets hours and stores omitted closures as {}, as the parser does", () => {
    const edit = edits.setSchedule({
      schedule: { hours: { mon: weekdays, tue: weekdays, sat: [["09:00", "12:00"]] } },
    });
    expect(applied(edit).schedule).toMatchInlineSnapshot(`
      {
        "closures": {},
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
              "09:00",
              "12:00",
            ],
          ],
          "tue": [
            [
              "08:00",
              "12:00",
            ],
            [
              "13:00",
              "17:00",
            ],
          ],
        },
      }
    `);
    expect(outcome(edit)).toMatchInlineSnapshot(
      `"Jane Smith set the opening hours to Mon–Tue 08:00–12:00, 13:00–17:00; Sat 09:00–12:00 with no closures (was: Mon–Fri 08:00–12:00, 13:00–17:00 with 1 closure)."`,
    );
  });

  it("adds a schedule to an always-open practice, closures included", () => {
    const closures = { winter: { name: "Winter Break", firstDay: "2026-12-24", lastDay: "2027-01-01" } };
    const edit = edits.setSchedule({ schedule: { hours: { sun: [["00:00", "24:00"]] }, closures } });
    expect(applied(edit, withoutSchedule()).schedule).toEqual({ hours: { sun: [["00:00", "24:00"]] }, closures });
    expect(outcome(edit, "jsmith", withoutSchedule())).toMatchInlineSnapshot(
      `"Jane Smith set the opening hours to Sun 00:00–24:00 with 1 closure (was: always open)."`,
    );
    expect(outcome(edits.setSchedule({ schedule: { hours: {} } }), "jsmith", withoutSchedule())).toMatchInlineSnapshot(
      `"Jane Smith set the opening hours to closed every day with no closures (was: always open)."`,
    );
  });

  it("removes the schedule with null", () => {
    const practice = withoutSchedule();
    const next = applied(edits.setSchedule({ schedule: null }), { ...samplePractice(), messaging: practice.messaging });
    expect("schedule" in next).toBe(false);
    expect(
      outcome(edits.setSchedule({ schedule: null }), "jsmith", { ...samplePractice(), messaging: practice.messaging }),
    ).toMatchInlineSnapshot(
      `"Jane Smith removed the opening hours; the practice is always open (was: Mon–Fri 08:00–12:00, 13:00–17:00 with 1 closure)."`,
    );
    expect(outcome(edits.setSchedule({ schedule: null }), "jsmith", practice)).toMatchInlineSnapshot(
      `"No change: Jane Smith removed the opening hours; the practice is always open (was: always open)."`,
    );
  });

  it("refuses bad times and dates as introduced errors", () => {
    const bad = edits.setSchedule({
      schedule: {
        hours: {
          mon: [["08:00", "25:00"]],
          tue: [
            ["13:00", "17:00"],
            ["08:00", "12:00"],
          ],
        },
        closures: { oops: { name: "Backwards", firstDay: "2026-12-24", lastDay: "2026-12-01" } },
      },
    });
    const result = applyEdit(samplePractice(), bad, { actor: "jsmith", at: AT });
    expect(!result.ok && result.error.code).toBe("introduces_errors");
    expect(!result.ok && result.error.code === "introduces_errors" && result.error.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_schedule",
          "message": "Opening period 1 on Monday is not two times "HH:MM" (00:00 to 23:59, or 24:00 as a closing time).",
          "path": [
            "schedule",
            "hours",
            "mon",
            0,
          ],
          "severity": "error",
        },
        {
          "code": "invalid_schedule",
          "message": "Opening period 2 on Tuesday starts before the previous period closes (periods must be sorted and must not overlap).",
          "path": [
            "schedule",
            "hours",
            "tue",
            1,
          ],
          "severity": "error",
        },
        {
          "code": "invalid_schedule",
          "message": "Closure oops has a last day before its first day.",
          "path": [
            "schedule",
            "closures",
            "oops",
            "lastDay",
          ],
          "severity": "error",
        },
      ]
    `);
  });

  it("refuses a malformed schedule and too many closures as invalid_edit", () => {
    const closures = Object.fromEntries(
      Array.from({ length: LIMITS.closures + 1 }, (_, index) => [
        `day-${index}`,
        { name: "Closed", firstDay: "2026-12-24", lastDay: "2026-12-24" },
      ]),
    );
    const malformed = { type: "set_schedule", schedule: { hours: { monday: [["08:00"]] } } } as never;
    const issues = [edits.setSchedule({ schedule: { hours: {}, closures } }), malformed].map((edit) => {
      const result = applyEdit(samplePractice(), edit, { actor: "jsmith", at: AT });
      return result.ok ? "ok" : result.error.code === "invalid_edit" ? result.error.issues : result.error.code;
    });
    expect(issues).toMatchInlineSnapshot(`
      [
        [
          {
            "code": "limit_exceeded",
            "message": "More than the limit of 1000 closures.",
            "path": [
              "schedule",
              "closures",
            ],
            "severity": "error",
          },
        ],
        [
          {
            "code": "unknown_field",
            "message": "This field is not part of the format.",
            "path": [
              "schedule",
              "hours",
              "monday",
            ],
            "severity": "error",
          },
        ],
      ]
    `);
  });
});

describe("applyEdit: set_response_days", () => {
  it("sets and removes the response promise", () => {
    expect(applied(edits.setResponseDays({ days: 5 })).messaging.responseBusinessDays).toBe(5);
    expect(outcome(edits.setResponseDays({ days: 1 }))).toMatchInlineSnapshot(
      `"Jane Smith set the response time promised to patients to 1 business day (was: 2 business days)."`,
    );
    const removed = applied(edits.setResponseDays({ days: null }));
    expect(removed.messaging).toEqual({ patientInitiated: true, patientReplies: true, disabledCategories: [] });
    expect(outcome(edits.setResponseDays({ days: null }))).toMatchInlineSnapshot(
      `"Jane Smith removed the response time promised to patients (was: 2 business days)."`,
    );
  });

  it("allows a promise without a schedule (a warning, not an error)", () => {
    expect(outcome(edits.setResponseDays({ days: 3 }), "jsmith", withoutSchedule())).toMatchInlineSnapshot(
      `"Jane Smith set the response time promised to patients to 3 business days (was: none)."`,
    );
  });

  it("refuses anything but an integer from 1 to 30 as invalid_edit", () => {
    const codes = [0, 31, 1.5, "2"].map((days) => {
      const result = applyEdit(samplePractice(), { type: "set_response_days", days } as never, { actor: "jsmith" });
      return result.ok ? "ok" : [result.error.code, result.error.message];
    });
    expect(codes).toMatchInlineSnapshot(`
      [
        [
          "invalid_edit",
          "Must be at least 1.",
        ],
        [
          "invalid_edit",
          "Must be at most 30.",
        ],
        [
          "invalid_edit",
          "Expected an integer, got a non-integer number.",
        ],
        [
          "invalid_edit",
          "Expected a number, got a string.",
        ],
      ]
    `);
  });
});

describe("time edits and format version 1", () => {
  it("leave a practice version 1 can hold once undone, and revertEdit restores each", () => {
    const v1 = { ...withoutSchedule(), timeZone: "UTC", coverage: {} } as Practice;
    const { afterHoursRouting: _cells, ...start } = v1;
    expect(canSerializeAsV1(start)).toEqual({ ok: true });
    const text = serializePractice(start);
    for (const edit of [
      edits.setTimeZone({ timeZone: "Asia/Kolkata" }),
      edits.setSchedule({ schedule: { hours: { mon: weekdays } } }),
      edits.setResponseDays({ days: 2 }),
    ]) {
      const done = applyEdit(start, edit, { actor: "jsmith", at: AT });
      expect(done.ok && canSerializeAsV1(done.practice).ok).toBe(false);
      const undone = done.ok ? revertEdit(done.practice, done, { actor: "jsmith", at: AT }) : done;
      expect(undone.ok && serializePractice({ ...undone.practice, revision: start.revision })).toBe(text);
    }
  });
});

describe("revertEdit: time edits stored as JSON", () => {
  it("undoes a stored set_schedule and refuses a stored schedule the format does not allow", () => {
    const done = applyEdit(samplePractice(), edits.setSchedule({ schedule: null }), { actor: "jsmith", at: AT });
    if (!done.ok) throw new Error("refused");
    const row = JSON.parse(
      JSON.stringify({ ...done.audit, patches: done.patches, inversePatches: done.inversePatches }),
    );
    const undone = revertEdit(done.practice, row, { actor: "jsmith", at: AT });
    expect(undone.ok && undone.practice.schedule).toEqual(samplePractice().schedule);
    const { closures: _closures, ...noClosures } = samplePractice().schedule ?? { closures: {} };
    const tampered = { ...row, inversePatches: [{ op: "add", path: ["schedule"], value: noClosures }] };
    const refused = revertEdit(done.practice, tampered, { actor: "jsmith", at: AT });
    expect(!refused.ok && [refused.error.code, refused.error.message]).toMatchInlineSnapshot(`
      [
        "invalid_edit",
        "The stored patch here does not fit the config format, so that edit cannot be undone.",
      ]
    `);
  });
});
