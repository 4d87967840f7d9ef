import type { OpeningPeriod, Practice, Schedule, Weekday, WeeklyHours } from "../model/types.js";
import {
  DAY,
  daysFromCivil,
  instantOfWall,
  offsetAt,
  offsetChange,
  wallOf,
  weekdayOf,
  type Zone,
  zoneOf,
} from "./zone.js";

// When a practice is open (DESIGN.md section 10), read from its schedule on the practice's wall clock. A
// schedule repeats weekly, so every question is answered from the schedule around the instant asked about:
// nothing is enumerated in advance.

const MINUTE = 60_000;

/** The weekdays in schedule order, Monday first (index = `weekdayOf`). */
export const WEEKDAYS: readonly Weekday[] = Object.freeze(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);

const OPEN_TIME = /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/;
const DATE = /^([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;

/** A weekday's periods, read as an own property only (`undefined` when the weekday is missing). */
export function periodsOn(hours: WeeklyHours, weekday: Weekday): readonly OpeningPeriod[] | undefined {
  return Object.hasOwn(hours, weekday) ? hours[weekday] : undefined;
}

/** Minutes after midnight of an `HH:MM` time (`"24:00"` = 1440 only when `close`), or `undefined`. */
export function minuteOf(time: unknown, close: boolean): number | undefined {
  if (typeof time !== "string") return undefined;
  if (close && time === "24:00") return 1440;
  if (!OPEN_TIME.test(time)) return undefined;
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
}

/** The day number (days since 1970-01-01) of a real calendar date `YYYY-MM-DD`, or `undefined`. */
export function dayOf(date: unknown): number | undefined {
  if (typeof date !== "string") return undefined;
  const match = DATE.exec(date);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const number = daysFromCivil(year, month, day);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const length = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= length ? number : undefined;
}

/** A `YYYY-MM-DD` of a day number. */
export function dateText(dayNumber: number): string {
  return new Date(dayNumber * DAY).toISOString().slice(0, 10);
}

/** A schedule read into numbers. Periods and closures that `validatePractice` rejects are left out. */
export interface ScheduleClock {
  readonly zone: Zone;
  /** Per weekday (Monday first), the periods as `[open, close)` minutes. */
  readonly periods: readonly (readonly (readonly [number, number])[])[];
  /** Per weekday, every minute at which a period opens or closes, sorted, with 0 and 1440. */
  readonly edges: readonly (readonly number[])[];
  /** Closed days as `[first, last]` day numbers. */
  readonly closures: readonly (readonly [number, number])[];
  /** `messaging.responseBusinessDays`, or `undefined`. */
  readonly responseDays: number | undefined;
}

/** A stretch of time `[from, until)` in which the practice stays open or stays closed. */
export interface OpenStretch {
  readonly from: number;
  readonly until: number;
  readonly open: boolean;
}

/** Memo of {@link clockOf} per frozen practice (a practice's schedule, zone and messaging never change). */
const clockMemo = new WeakMap<object, ScheduleClock | null>();

/** The schedule of a practice read into numbers, or `undefined` when it has none (always open). */
export function clockOf(practice: Practice): ScheduleClock | undefined {
  const known = clockMemo.get(practice);
  if (known !== undefined) return known ?? undefined;
  const schedule = practice.schedule;
  const clock = schedule === undefined ? null : readClock(practice, schedule);
  if (Object.isFrozen(practice) && Object.isFrozen(schedule ?? {})) clockMemo.set(practice, clock);
  return clock ?? undefined;
}

function readClock(practice: Practice, schedule: Schedule): ScheduleClock {
  const periods = WEEKDAYS.map((weekday) => {
    const list: unknown = periodsOn(schedule.hours ?? {}, weekday);
    const read: [number, number][] = [];
    for (const period of Array.isArray(list) ? list : []) {
      const open = Array.isArray(period) ? minuteOf(period[0], false) : undefined;
      const close = Array.isArray(period) ? minuteOf(period[1], true) : undefined;
      if (open !== undefined && close !== undefined && open < close) read.push([open, close]);
    }
    return read;
  });
  const closures: [number, number][] = [];
  for (const closure of Object.values(schedule.closures ?? {})) {
    const first = dayOf(closure?.firstDay);
    const last = dayOf(closure?.lastDay);
    if (first !== undefined && last !== undefined && first <= last) closures.push([first, last]);
  }
  const days = practice.messaging.responseBusinessDays;
  return {
    zone: zoneOf(practice.timeZone),
    periods,
    edges: periods.map((list) => [...new Set([0, ...list.flat(), 1440])].sort((a, b) => a - b)),
    closures,
    responseDays: Number.isSafeInteger(days) && (days as number) > 0 ? days : undefined,
  };
}

function isClosedDay(clock: ScheduleClock, dayNumber: number): boolean {
  return clock.closures.some(([first, last]) => first <= dayNumber && dayNumber <= last);
}

function isOpenMinute(clock: ScheduleClock, dayNumber: number, minute: number): boolean {
  if (isClosedDay(clock, dayNumber)) return false;
  const periods = clock.periods[weekdayOf(dayNumber)] ?? [];
  return periods.some(([open, close]) => open <= minute && minute < close);
}

/** Whether the practice is open at `instant`: its wall-clock minute lies in a period of a day that is not closed. */
export function isOpenAt(clock: ScheduleClock, instant: number): boolean {
  const wall = wallOf(clock.zone, instant);
  const dayNumber = Math.floor(wall / DAY);
  return isOpenMinute(clock, dayNumber, Math.floor((wall - dayNumber * DAY) / MINUTE));
}

/**
 * The stretch holding `instant` between two consecutive moments at which the practice may open or close: the
 * edges of the periods of its local day, its midnights, and any change of the zone's offset in between.
 */
export function openStretchAt(clock: ScheduleClock, instant: number): OpenStretch {
  const { zone } = clock;
  const offset = offsetAt(zone, instant);
  const wall = instant + offset;
  const dayNumber = Math.floor(wall / DAY);
  const edges = isClosedDay(clock, dayNumber) ? [0, 1440] : (clock.edges[weekdayOf(dayNumber)] ?? [0, 1440]);
  const inDay = wall - dayNumber * DAY;
  let next = 1;
  while (next < edges.length - 1 && (edges[next] as number) * MINUTE <= inDay) next++;
  let from = dayNumber * DAY + (edges[next - 1] as number) * MINUTE - offset;
  let until = dayNumber * DAY + (edges[next] as number) * MINUTE - offset;
  if (offsetAt(zone, from) !== offset) from = offsetChange(zone, from, instant);
  if (offsetAt(zone, until - 1) !== offset) until = offsetChange(zone, instant, until - 1);
  return { from, until, open: isOpenMinute(clock, dayNumber, Math.floor(inDay / MINUTE)) };
}

/** How far ahead `nextOpenAt` looks: 366 × 24 hours. */
const LOOK_AHEAD = 366 * DAY;

/**
 * The first instant after `instant` at which the practice is open (`null` when open, or closed for 366 days).
 * `stretch` is the stretch holding `instant`, when the caller has it.
 */
export function nextOpenAt(
  clock: ScheduleClock,
  instant: number,
  stretch: OpenStretch = openStretchAt(clock, instant),
): number | null {
  if (stretch.open) return null;
  let next = stretch;
  while (next.until <= instant + LOOK_AHEAD) {
    next = openStretchAt(clock, next.until);
    if (next.open) return next.from;
  }
  return null;
}

/** How many local days `respondBy` looks through for the N-th open day. */
const RESPONSE_HORIZON = 732;

/**
 * The promise of `responseBusinessDays = N`: the instant at which the last period of the N-th open day strictly
 * after the local date of `instant` closes. An open day is a local date in no closure whose weekday has a
 * period. `null` without the setting, or when fewer than N open days fall in the next 732 local days.
 */
export function respondByAt(clock: ScheduleClock, instant: number): number | null {
  const days = clock.responseDays;
  if (days === undefined) return null;
  const today = Math.floor(wallOf(clock.zone, instant) / DAY);
  let count = 0;
  for (let dayNumber = today + 1; dayNumber <= today + RESPONSE_HORIZON; dayNumber++) {
    const periods = clock.periods[weekdayOf(dayNumber)] ?? [];
    if (periods.length === 0 || isClosedDay(clock, dayNumber)) continue;
    count++;
    if (count === days) {
      const close = Math.max(...periods.map(([, end]) => end));
      return instantOfWall(clock.zone, dayNumber * DAY + close * MINUTE);
    }
  }
  return null;
}

/** An instant as machine text: ISO 8601 UTC to the second, e.g. `"2026-12-01T13:00:00Z"`. */
export function isoText(instant: number): string {
  const text = new Date(instant).toISOString();
  return text.endsWith(".000Z") ? `${text.slice(0, -5)}Z` : text;
}
