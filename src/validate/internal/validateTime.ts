import { sortedKeys } from "../../internal/own.js";
import { dayOf, minuteOf, periodsOn, WEEKDAYS } from "../../internal/schedule.js";
import { DAY_NAMES } from "../../internal/scheduleText.js";
import { isTimeZone } from "../../internal/zone.js";
import type { Practice } from "../../model/types.js";
import { type ValidationIssue, validationIssue } from "./issue.js";

/**
 * @internal
 * The issues of the practice's time settings (DESIGN.md section 10), in config order: `invalid_time_zone`
 * (`timeZone`), `response_needs_schedule` (`messaging.responseBusinessDays` without a schedule), then
 * `invalid_schedule` for each opening period (weekdays Monday first) and each closure (in id order).
 */
export function validateTime(practice: Practice): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isTimeZone(practice.timeZone)) {
    issues.push(
      validationIssue(
        "invalid_time_zone",
        ["timeZone"],
        "The time zone is not an IANA time zone name this system knows (e.g. America/New_York); times are read as UTC.",
      ),
    );
  }
  if (practice.messaging.responseBusinessDays !== undefined && practice.schedule === undefined) {
    issues.push(
      validationIssue(
        "response_needs_schedule",
        ["messaging", "responseBusinessDays"],
        "The practice promises an answer within business days but has no schedule, so patients are never told when to expect one.",
      ),
    );
  }
  const schedule = practice.schedule;
  if (schedule === undefined) return issues;
  WEEKDAYS.forEach((weekday) => {
    const periods: readonly (readonly string[])[] = periodsOn(schedule.hours, weekday) ?? [];
    let previousClose = -1;
    periods.forEach((period, index) => {
      const open = minuteOf(period[0], false);
      const close = minuteOf(period[1], true);
      const problem =
        open === undefined || close === undefined
          ? 'is not two times "HH:MM" (00:00 to 23:59, or 24:00 as a closing time)'
          : open >= close
            ? "does not close after it opens"
            : open < previousClose
              ? "starts before the previous period closes (periods must be sorted and must not overlap)"
              : undefined;
      if (close !== undefined && open !== undefined && open < close) previousClose = Math.max(previousClose, close);
      if (problem === undefined) return;
      const message = `Opening period ${index + 1} on ${DAY_NAMES[weekday]} ${problem}.`;
      issues.push(validationIssue("invalid_schedule", ["schedule", "hours", weekday, index], message, [weekday]));
    });
  });
  for (const id of sortedKeys(schedule.closures)) {
    const closure = schedule.closures[id];
    if (closure === undefined) continue;
    const first = dayOf(closure.firstDay);
    const last = dayOf(closure.lastDay);
    const [field, problem] =
      first === undefined
        ? ["firstDay", "a first day that is not a calendar date YYYY-MM-DD"]
        : last === undefined
          ? ["lastDay", "a last day that is not a calendar date YYYY-MM-DD"]
          : last < first
            ? ["lastDay", "a last day before its first day"]
            : [];
    if (field === undefined) continue;
    const message = `Closure ${id} has ${problem}.`;
    issues.push(validationIssue("invalid_schedule", ["schedule", "closures", id, field], message, [id]));
  }
  return issues;
}
