import type { Closure, Id, OpeningPeriod, Schedule } from "../../../model/types.js";
import type { ClosureSpec, ScheduleSpec } from "../types.js";
import { nameFromId } from "./members.js";
import { setOwn } from "./misuse.js";

/**
 * Builds the schedule: periods copied as given, a closure given as a date is that one day, a closure's name
 * defaults to one made from its id. Bad times and dates are left for validation to report. @internal
 */
export function buildSchedule(spec: ScheduleSpec): Schedule {
  const hours: Record<string, readonly OpeningPeriod[]> = {};
  for (const [day, periods] of Object.entries(spec.hours ?? {}) as [string, readonly OpeningPeriod[]][]) {
    setOwn(
      hours,
      day,
      periods.map(([open, close]): OpeningPeriod => [open, close]),
    );
  }
  const closures: Record<Id, Closure> = {};
  for (const [id, given] of Object.entries(spec.closures ?? {})) {
    const closure: ClosureSpec = typeof given === "string" ? { firstDay: given } : given;
    const { name = nameFromId(id), firstDay, lastDay = firstDay } = closure;
    setOwn(closures, id, { name, firstDay, lastDay });
  }
  return { hours: hours as Schedule["hours"], closures };
}
