import { daysText, scheduleText } from "../../internal/scheduleText.js";
import type { Practice } from "../../model/types.js";
import type { SetResponseDaysEdit, SetScheduleEdit, SetTimeZoneEdit } from "../types.js";
import type { EditPlan } from "./plan.js";

/**
 * `set_time_zone`. A name `Intl` does not know is left to validation, so it comes back as
 * `introduces_errors` with `invalid_time_zone`.
 */
export function planSetTimeZone(edit: SetTimeZoneEdit): EditPlan {
  return {
    writes: [{ path: ["timeZone"], value: edit.timeZone }],
    describe: (before) => `set the time zone to ${edit.timeZone} (was: ${before.timeZone}).`,
  };
}

/** A practice's schedule in words, "always open" without one. */
function currentHours(practice: Practice): string {
  return practice.schedule === undefined ? "always open" : scheduleText(practice.schedule);
}

/**
 * `set_schedule`: the schedule as the parser stores it (`closures: {}` when the edit leaves them out), or
 * none. Bad times and dates are left to validation (`introduces_errors` with `invalid_schedule`).
 */
export function planSetSchedule(edit: SetScheduleEdit): EditPlan {
  const { schedule } = edit;
  if (schedule === null) {
    return {
      writes: [{ path: ["schedule"], remove: true }],
      describe: (before) => `removed the opening hours; the practice is always open (was: ${currentHours(before)}).`,
    };
  }
  const stored = { hours: schedule.hours, closures: schedule.closures ?? {} };
  return {
    writes: [{ path: ["schedule"], value: stored }],
    describe: (before) => `set the opening hours to ${scheduleText(stored)} (was: ${currentHours(before)}).`,
  };
}

/** `set_response_days`: `messaging.responseBusinessDays`, removed by `null`. */
export function planSetResponseDays(edit: SetResponseDaysEdit): EditPlan {
  const path = ["messaging", "responseBusinessDays"];
  const was = (before: Practice) => daysText(before.messaging.responseBusinessDays);
  if (edit.days === null) {
    return {
      writes: [{ path, remove: true }],
      describe: (before) => `removed the response time promised to patients (was: ${was(before)}).`,
    };
  }
  const days = edit.days;
  return {
    writes: [{ path, value: days }],
    describe: (before) => `set the response time promised to patients to ${daysText(days)} (was: ${was(before)}).`,
  };
}
