import * as fc from "fast-check";
import { dateText, WEEKDAYS } from "../../internal/schedule.js";
import { daysFromCivil } from "../../internal/zone.js";
import type { Closure, OpeningPeriod, Schedule, Weekday } from "../../model/types.js";
import type { PracticeArbitraryOptions } from "../practiceArbitrary.js";
import { idArb, nameArb } from "./atoms.js";

// Time settings of generated practices (DESIGN.md section 10): real zones, weekly hours, closed days.

/**
 * Real IANA zones: UTC, zones with daylight saving time (north and south, 30 minutes at Lord Howe, around
 * Ramadan in Casablanca) and without, and offsets of half and three quarters of an hour. @internal
 */
export const TIME_ZONES: readonly string[] = Object.freeze([
  "UTC",
  "America/New_York",
  "America/Los_Angeles",
  "America/Phoenix",
  "America/St_Johns",
  "America/Sao_Paulo",
  "Europe/London",
  "Europe/Berlin",
  "Africa/Casablanca",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Asia/Tokyo",
  "Australia/Adelaide",
  "Australia/Lord_Howe",
  "Pacific/Apia",
  "Pacific/Chatham",
]);

/** `HH:MM` of minutes after midnight; 1440 is `"24:00"`. */
const timeText = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

const period = (open: string, close: string): OpeningPeriod => [open, close];

// Days people recognise: office hours with a lunch break, one long stretch, round the clock, an evening that
// ends at midnight, and a night period that a daylight-saving gap or repeat shortens or lengthens.
const TEMPLATE_DAYS: readonly (readonly OpeningPeriod[])[] = [
  [period("08:00", "12:00"), period("13:00", "17:00")],
  [period("09:00", "17:30")],
  [period("00:00", "24:00")],
  [period("18:00", "24:00")],
  [period("01:30", "03:00"), period("08:00", "16:00")],
];

// Minutes of the day at which generated periods open or close: quarter hours, often the hours around 02:00
// at which most zones change their clocks, and sometimes the end of the day.
const minuteArb = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 96 }).map((quarter) => quarter * 15) },
  { weight: 1, arbitrary: fc.constantFrom(0, 60, 90, 120, 150, 180, 1440) },
);

// Distinct sorted minutes paired up: periods that are sorted and never overlap, and 24:00 only as a close.
const randomDayArb: fc.Arbitrary<readonly OpeningPeriod[]> = fc
  .uniqueArray(minuteArb, { minLength: 2, maxLength: 6 })
  .map((minutes) => {
    const sorted = [...minutes].sort((a, b) => a - b);
    const periods: OpeningPeriod[] = [];
    for (let index = 0; index + 1 < sorted.length; index += 2) {
      periods.push(period(timeText(sorted[index] as number), timeText(sorted[index + 1] as number)));
    }
    return periods;
  });

const dayArb = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...TEMPLATE_DAYS).map((day) => day.map(([o, c]) => period(o, c))) },
  { weight: 3, arbitrary: randomDayArb },
);

const hoursArb: fc.Arbitrary<Schedule["hours"]> = fc
  .tuple(...WEEKDAYS.map(() => fc.option(dayArb, { nil: undefined, freq: 2 })))
  .map((days) => {
    const hours: { [D in Weekday]?: readonly OpeningPeriod[] } = {};
    days.forEach((day, index) => {
      if (day !== undefined) hours[WEEKDAYS[index] as Weekday] = day;
    });
    return hours;
  });

const FIRST_DAY = daysFromCivil(2026, 1, 1);
const LAST_DAY = daysFromCivil(2027, 12, 31);

/** Closed days in 2026–2027: single days and stretches of up to two weeks. */
const closureArb: fc.Arbitrary<Closure> = fc
  .tuple(nameArb, fc.integer({ min: FIRST_DAY, max: LAST_DAY }), fc.integer({ min: 0, max: 13 }))
  .map(([name, first, length]) => ({
    name,
    firstDay: dateText(first),
    lastDay: dateText(Math.min(LAST_DAY, first + (length % 3 === 0 ? 0 : length))),
  }));

/** Valid schedules: sorted non-overlapping periods on some weekdays, and a few closures. @internal */
export const scheduleArb: fc.Arbitrary<Schedule> = fc.record({
  hours: hoursArb,
  closures: fc
    .uniqueArray(fc.tuple(idArb, closureArb), { maxLength: 3, selector: ([id]) => id })
    .map((entries): Record<string, Closure> => Object.fromEntries(entries)),
});

/** The time options of `practiceArbitrary` with their defaults. @internal */
export interface TimeChoices {
  readonly zones: readonly string[];
  readonly schedule: boolean;
  readonly afterHours: boolean;
  readonly uncovered: boolean;
}

/** Reads the time options (a version 1 practice has none of the time settings). @internal */
export function timeChoicesOf(options: PracticeArbitraryOptions): TimeChoices {
  const zones = options.timeZones ?? TIME_ZONES;
  if (zones.length === 0) throw new TypeError("practiceArbitrary: timeZones needs at least one zone.");
  if (options.schemaVersion === 1) return { zones: ["UTC"], schedule: false, afterHours: false, uncovered: false };
  return {
    zones,
    schedule: options.schedule ?? true,
    afterHours: options.afterHoursRouting ?? true,
    uncovered: options.uncoveredAbsences ?? true,
  };
}
