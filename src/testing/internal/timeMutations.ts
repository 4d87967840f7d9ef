import { LIMITS } from "../../index.js";
import { isObject, type JsonObject, type JsonValue, pick } from "./jsonTree.js";

// Mutations of the fields of format version 2 (time zone, schedule, after-hours cells, the response promise,
// absences without cover), so that fuzzing reaches every new path of the parser and of validation.

/** The ways the time settings of a document get broken, one per mutation. @internal */
export const TIME_MUTATIONS = [
  "bad_time_zone",
  "drop_time_zone",
  "bad_period",
  "bad_closure_day",
  "bad_response_days",
  "bad_after_hours",
  "drop_cover",
  "v1_with_v2_field",
] as const;

/** One of {@link TIME_MUTATIONS}. @internal */
export type TimeMutationKind = (typeof TIME_MUTATIONS)[number];

const BAD_ZONES: JsonValue[] = [
  "Mars/Olympus_Mons",
  "+05:30",
  "UTC+1",
  "",
  " UTC",
  "Europe/London ",
  "x".repeat(65),
  5,
];
const BAD_PERIODS: JsonValue[] = [
  ["8:00", "17:00"],
  ["17:00", "08:00"],
  ["24:00", "24:00"],
  ["08:00", "25:00"],
  ["08:00", "08:00"],
  ["08:00:00", "17:00"],
  ["08:00"],
  ["08:00", "12:00", "17:00"],
  "08:00-17:00",
  [8, 17],
];
const BAD_DAYS: JsonValue[] = [
  "2026-02-29",
  "2026-13-01",
  "2026-12-32",
  "26-12-25",
  "2026-12-25T00:00:00Z",
  "",
  20261225,
];
const BAD_RESPONSE_DAYS: JsonValue[] = [0, -1, LIMITS.responseBusinessDays + 1, 1.5, "2", null];

/** The document's schedule, made when it has none (a valid one: Monday office hours, one closure). */
function scheduleOf(root: JsonObject): JsonObject {
  if (isObject(root.schedule) && isObject(root.schedule.hours)) return root.schedule;
  const schedule: JsonObject = {
    hours: { mon: [["08:00", "17:00"]] },
    closures: { "xmas-2026": { name: "Christmas Day", firstDay: "2026-12-25", lastDay: "2026-12-25" } },
  };
  root.schedule = schedule;
  return schedule;
}

function breakPeriod(root: JsonObject, seed: number): void {
  const hours = scheduleOf(root).hours as JsonObject;
  const days = Object.keys(hours);
  const day = pick(days, seed) ?? "mon";
  const periods = Array.isArray(hours[day]) ? (hours[day] as JsonValue[]) : [];
  hours[day] = periods;
  switch (seed % 4) {
    case 0: // overlapping: the same period twice
      periods.push(periods[0] ?? ["08:00", "17:00"], ["12:00", "13:00"]);
      return;
    case 1: // unsorted
      periods.push(["00:00", "01:00"]);
      return;
    case 2: // a weekday that does not exist
      hours[pick(["monday", "Mon", "holiday"], seed >> 4) as string] = [["08:00", "17:00"]];
      return;
    default:
      periods[periods.length === 0 ? 0 : (seed >> 4) % periods.length] = pick(BAD_PERIODS, seed >> 8) as JsonValue;
  }
}

function breakClosure(root: JsonObject, seed: number): void {
  const closures = scheduleOf(root).closures;
  const entries = isObject(closures) ? Object.values(closures).filter(isObject) : [];
  const closure = pick(entries, seed) ?? { name: "Closed", firstDay: "2026-07-04", lastDay: "2026-07-04" };
  if (entries.length === 0) scheduleOf(root).closures = { added: closure };
  if (seed % 3 === 0) [closure.firstDay, closure.lastDay] = ["2027-01-02", "2027-01-01"];
  else closure[seed % 3 === 1 ? "firstDay" : "lastDay"] = pick(BAD_DAYS, seed >> 4) as JsonValue;
}

/** Applies one time mutation to the root of a private document tree, in place. @internal */
export function mutateTime(root: JsonObject, kind: TimeMutationKind, seed: number): void {
  const messaging = isObject(root.messaging) ? root.messaging : {};
  switch (kind) {
    case "bad_time_zone":
      root.timeZone = pick(BAD_ZONES, seed) as JsonValue;
      return;
    case "drop_time_zone":
      delete root.timeZone;
      return;
    case "bad_period":
      breakPeriod(root, seed);
      return;
    case "bad_closure_day":
      breakClosure(root, seed);
      return;
    case "bad_response_days":
      if (seed % 3 === 0) {
        // A promise without the schedule it needs (a warning, not an error).
        messaging.responseBusinessDays = 2;
        delete root.schedule;
      } else messaging.responseBusinessDays = pick(BAD_RESPONSE_DAYS, seed >> 2) as JsonValue;
      return;
    case "bad_after_hours": {
      const cells: JsonValue[] = [[], [{ type: "member", id: "ghost" }], [{ type: "group", id: "ghost" }], "nobody"];
      const table = isObject(root.afterHoursRouting) ? root.afterHoursRouting : {};
      root.afterHoursRouting = seed % 5 === 4 ? [] : table;
      table[pick(["health_question", "appointments", "billing"], seed >> 4) as string] = pick(cells, seed) as JsonValue;
      return;
    }
    case "drop_cover": {
      const coverage = isObject(root.coverage) ? Object.values(root.coverage).filter(isObject) : [];
      for (const entry of coverage) delete entry.coveredBy;
      return;
    }
    case "v1_with_v2_field":
      // Version 1 with what only version 2 holds: the time zone, a schedule, after-hours cells, or no cover.
      root.schemaVersion = 1;
      if (seed % 4 === 0) return;
      delete root.timeZone;
      if (seed % 4 === 1) scheduleOf(root);
      else if (seed % 4 === 2) root.afterHoursRouting ??= { health_question: [{ type: "assigned_provider" }] };
      else mutateTime(root, "drop_cover", seed);
      return;
    default: {
      const unreachable: never = kind;
      throw new TypeError(`Unknown mutation ${String(unreachable)}.`);
    }
  }
}
