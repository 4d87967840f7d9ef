// Values of the time and patient edits that editArbitrary draws. @internal
import * as fc from "fast-check";
import { WEEKDAYS } from "../../internal/schedule.js";
import { MESSAGE_CATEGORIES } from "../../model/categories.js";
import type { Eligibility, Schedule } from "../../model/types.js";

/** Real zones (daylight saving, half and quarter hours) and one `Intl` does not know. */
export const ZONES = ["UTC", "America/New_York", "Europe/London", "Asia/Kolkata", "Asia/Kathmandu", "Mars/Olympus"];

// Days of opening hours ("open-close" periods), the last ones invalid (a bad time, unsorted, closing before opening).
const DAYS = [
  "",
  "08:00-12:00 13:00-17:00",
  "00:00-24:00",
  "01:30-03:00",
  "08:00-25:00",
  "13:00-17:00 08:00-12:00",
  "17:00-08:00",
].map((text) => (text === "" ? [] : text.split(" ").map((period) => period.split("-") as [string, string])));

const CLOSURES: readonly Schedule["closures"][] = [
  {},
  { "xmas-2026": { name: "Christmas Day", firstDay: "2026-12-25", lastDay: "2026-12-25" } },
  { winter: { name: "Winter Break", firstDay: "2026-12-24", lastDay: "2027-01-01" } },
  { bad: { name: "Backwards", firstDay: "2026-12-24", lastDay: "2026-12-01" } },
];

/** Schedules for `set_schedule`: mostly valid, sometimes with a bad period or closure; closures sometimes left out. */
export const scheduleArb = fc
  .record({
    days: fc.array(fc.oneof({ weight: 8, arbitrary: fc.nat(3) }, { weight: 1, arbitrary: fc.nat(DAYS.length - 1) }), {
      minLength: 7,
      maxLength: 7,
    }),
    closures: fc.option(fc.oneof({ weight: 6, arbitrary: fc.nat(2) }, { weight: 1, arbitrary: fc.constant(3) })),
  })
  .map(({ days, closures }) => {
    const hours: Record<string, (typeof DAYS)[number]> = {};
    WEEKDAYS.forEach((day, index) => {
      const periods = DAYS[days[index] ?? 0] ?? [];
      if (periods.length > 0) hours[day] = periods;
    });
    const schedule = { hours: hours as Schedule["hours"] };
    return closures === null ? schedule : { ...schedule, closures: CLOSURES[closures] ?? {} };
  });

/** Days of an eligibility rule, 1-3650. */
const visitDaysArb = fc.constantFrom(1, 30, 90, 365, 3650);

/** Eligibility rules for `set_eligibility`: a practice rule, category rules (in category order), both, or neither. */
export const eligibilityArb: fc.Arbitrary<Eligibility> = fc.record(
  {
    visitWithinDays: visitDaysArb,
    categories: fc.record(
      Object.fromEntries(
        MESSAGE_CATEGORIES.map((category) => [category, visitDaysArb.map((days) => ({ visitWithinDays: days }))]),
      ),
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);
