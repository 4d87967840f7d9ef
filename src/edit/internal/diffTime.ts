import { periodsOn, WEEKDAYS } from "../../internal/schedule.js";
import { closureText, DAY_NAMES, daysText, periodsText, scheduleText } from "../../internal/scheduleText.js";
import { CATEGORY_LABELS, MESSAGE_CATEGORIES } from "../../model/categories.js";
import type { Closure, Practice, Schedule } from "../../model/types.js";
import type { PracticeChange } from "../diffPractices.js";
import { changedIds } from "./changedIds.js";
import { isEqualData } from "./equal.js";
import { recipientsText } from "./names.js";

/** The difference of `timeZone`, if any. */
export function diffTimeZone(before: Practice, after: Practice): PracticeChange[] {
  if (before.timeZone === after.timeZone) return [];
  return [{ path: ["timeZone"], summary: `Time zone changed from ${before.timeZone} to ${after.timeZone}.` }];
}

/** The difference of `messaging.responseBusinessDays`, if any. */
export function diffResponseDays(before: Practice, after: Practice): PracticeChange[] {
  const [old, next] = [before.messaging.responseBusinessDays, after.messaging.responseBusinessDays];
  if (old === next) return [];
  const what = next === undefined ? "removed" : `is now ${daysText(next)}`;
  const summary = `Response time promised to patients ${what} (was: ${daysText(old)}).`;
  return [{ path: ["messaging", "responseBusinessDays"], summary }];
}

function closureChanges(before: Schedule, after: Schedule): PracticeChange[] {
  const changes: PracticeChange[] = [];
  for (const id of changedIds(before.closures, after.closures)) {
    const old: Closure | undefined = Object.hasOwn(before.closures, id) ? before.closures[id] : undefined;
    const next: Closure | undefined = Object.hasOwn(after.closures, id) ? after.closures[id] : undefined;
    if (isEqualData(old, next)) continue;
    const summary =
      old === undefined
        ? `Added closure ${closureText(next as Closure)}.`
        : next === undefined
          ? `Removed closure ${closureText(old)}.`
          : `Changed closure ${closureText(next)} (was: ${closureText(old)}).`;
    changes.push({ path: ["schedule", "closures", id], summary });
  }
  return changes;
}

/** Differences of `schedule`: the whole schedule when added or removed, else each weekday, then each closure by id. */
export function diffSchedule(before: Practice, after: Practice): PracticeChange[] {
  const [old, next] = [before.schedule, after.schedule];
  if (old === next || isEqualData(old, next)) return [];
  if (old === undefined || next === undefined) {
    const summary =
      next === undefined
        ? `Opening hours removed; the practice is always open (was: ${scheduleText(old as Schedule)}).`
        : `Opening hours set to ${scheduleText(next)} (was: always open).`;
    return [{ path: ["schedule"], summary }];
  }
  const changes: PracticeChange[] = [];
  for (const day of WEEKDAYS) {
    const [a, b] = [periodsOn(old.hours, day), periodsOn(next.hours, day)];
    if (isEqualData(a, b)) continue;
    const summary = `Opening hours on ${DAY_NAMES[day]} are now ${periodsText(b)} (was: ${periodsText(a)}).`;
    changes.push({ path: ["schedule", "hours", day], summary });
  }
  return [...changes, ...closureChanges(old, next)];
}

/** Differences of `afterHoursRouting`, one per cell in category order. */
export function diffAfterHours(before: Practice, after: Practice): PracticeChange[] {
  const [old, next] = [before.afterHoursRouting, after.afterHoursRouting];
  if (old === next) return [];
  const changes: PracticeChange[] = [];
  for (const category of MESSAGE_CATEGORIES) {
    const [a, b] = [old?.[category], next?.[category]];
    if (isEqualData(a, b)) continue;
    const was = a === undefined ? "the usual routing" : recipientsText(before, a);
    const now = b === undefined ? "now follow the usual routing" : `now go to ${recipientsText(after, b)}`;
    const summary = `${CATEGORY_LABELS[category]} messages after hours ${now} (was: ${was}).`;
    changes.push({ path: ["afterHoursRouting", category], summary });
  }
  if (changes.length === 0 && (old === undefined) !== (next === undefined)) {
    const summary = next === undefined ? "Removed the empty after-hours table." : "Added an empty after-hours table.";
    changes.push({ path: ["afterHoursRouting"], summary });
  }
  return changes;
}
