import type { Closure, OpeningPeriod, Schedule, Weekday } from "../model/types.js";
import { dayOf, periodsOn, WEEKDAYS } from "./schedule.js";
import { countText } from "./words.js";

/** Short weekday names, in schedule order. */
const DAY_SHORT: Readonly<Record<Weekday, string>> = {
  mon: "Mon",
  tue: "Tue",
  wed: "Wed",
  thu: "Thu",
  fri: "Fri",
  sat: "Sat",
  sun: "Sun",
};

/** Full weekday names, in schedule order. */
export const DAY_NAMES: Readonly<Record<Weekday, string>> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** One day's periods in words, e.g. "08:00–12:00, 13:00–17:00", or "closed". */
export function periodsText(periods: readonly OpeningPeriod[] | undefined): string {
  if (periods === undefined || periods.length === 0) return "closed";
  return periods.map(([open, close]) => `${open}–${close}`).join(", ");
}

/**
 * Weekly hours in words, runs of weekdays with the same periods joined, e.g.
 * "Mon–Fri 08:00–12:00, 13:00–17:00; Sat 09:00–12:00", or "closed every day".
 */
export function hoursText(hours: Schedule["hours"]): string {
  const runs: { first: Weekday; last: Weekday; text: string }[] = [];
  for (const day of WEEKDAYS) {
    const periods = periodsOn(hours, day);
    if (periods === undefined || periods.length === 0) continue;
    const text = periodsText(periods);
    const previous = runs[runs.length - 1];
    const follows = previous !== undefined && WEEKDAYS.indexOf(previous.last) === WEEKDAYS.indexOf(day) - 1;
    if (follows && previous.text === text) previous.last = day;
    else runs.push({ first: day, last: day, text });
  }
  if (runs.length === 0) return "closed every day";
  return runs
    .map(({ first, last, text }) => {
      const days = first === last ? DAY_SHORT[first] : `${DAY_SHORT[first]}–${DAY_SHORT[last]}`;
      return `${days} ${text}`;
    })
    .join("; ");
}

/** A schedule in words: its hours and how many closures, e.g. "Mon–Fri 08:00–17:00 with 1 closure". */
export function scheduleText(schedule: { readonly hours: Schedule["hours"]; readonly closures?: object }): string {
  const closures = Object.keys(schedule.closures ?? {}).length;
  return `${hoursText(schedule.hours)} with ${closures === 0 ? "no closures" : countText(closures, "closure")}`;
}

/** A local date `YYYY-MM-DD` in words, e.g. "25 Dec 2026" (as written when it is not a calendar date). */
function dateWords(date: string): string {
  if (dayOf(date) === undefined) return date;
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** A closure in words, e.g. "Christmas Day (25 Dec 2026)" or "Winter break (24 Dec 2026 to 1 Jan 2027)". */
export function closureText(closure: Closure): string {
  const first = dateWords(closure.firstDay);
  const days = closure.firstDay === closure.lastDay ? first : `${first} to ${dateWords(closure.lastDay)}`;
  return `${closure.name} (${days})`;
}

/** A response time in words, e.g. "2 business days", or "none". */
export function daysText(days: number | undefined): string {
  return days === undefined ? "none" : countText(days, "business day");
}
