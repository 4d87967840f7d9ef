// Time settings that break the rules of DESIGN.md section 10 in every way validation reports and resolution
// must survive: unknown zones, malformed, unsorted and overlapping periods, impossible or reversed closure
// days, a response promise without a schedule, and after-hours cells naming nobody known.
import * as fc from "fast-check";
import { MESSAGE_CATEGORIES } from "../../src/model/categories.js";
import type { OpeningPeriod, Practice, Recipient, RoutingTable, Schedule } from "../../src/model/types.js";

const ZONES = ["America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "Mars/Olympus_Mons", "Etc/Unknown"];

const PERIODS: readonly OpeningPeriod[] = [
  ["08:00", "12:00"],
  ["11:00", "17:00"],
  ["01:30", "03:00"],
  ["17:00", "08:00"],
  ["8:00", "17:00"],
  ["24:00", "24:00"],
  ["22:00", "24:00"],
  ["00:00", "25:00"],
];

const DAYS = ["2026-03-08", "2026-11-01", "2026-12-25", "2026-02-29", "2026-13-01", "2027-01-01"];

const messyScheduleArbitrary: fc.Arbitrary<Schedule> = fc.record({
  hours: fc
    .array(
      fc.tuple(fc.constantFrom("mon", "tue", "sat", "sun"), fc.array(fc.constantFrom(...PERIODS), { maxLength: 3 })),
      {
        maxLength: 4,
      },
    )
    .map((days) => Object.fromEntries(days) as Schedule["hours"]),
  closures: fc
    .array(fc.tuple(fc.constantFrom("h1", "h2", "h3"), fc.constantFrom(...DAYS), fc.constantFrom(...DAYS)), {
      maxLength: 3,
    })
    .map((list) =>
      Object.fromEntries(list.map(([id, firstDay, lastDay]) => [id, { name: `Closure ${id}`, firstDay, lastDay }])),
    ),
});

/** The practice with messy time settings mixed in: any zone, schedule, response promise and after-hours cells. */
export function withMessyTime(practice: Practice, recipient: fc.Arbitrary<Recipient>): fc.Arbitrary<Practice> {
  const cells = fc.array(
    fc.tuple(fc.constantFrom(...MESSAGE_CATEGORIES), fc.array(recipient, { minLength: 1, maxLength: 3 })),
    {
      maxLength: 3,
    },
  );
  return fc
    .record({
      timeZone: fc.option(fc.constantFrom(...ZONES), { nil: undefined }),
      schedule: fc.option(messyScheduleArbitrary, { nil: undefined }),
      keepSchedule: fc.boolean(),
      days: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
      afterHours: fc.option(cells, { nil: undefined }),
    })
    .map(({ timeZone, schedule, keepSchedule, days, afterHours }): Practice => {
      const { schedule: kept, afterHoursRouting: keptCells, ...rest } = practice;
      const finalSchedule = schedule ?? (keepSchedule ? kept : undefined);
      const afterHoursRouting: RoutingTable | undefined =
        afterHours === undefined ? keptCells : { ...keptCells, ...Object.fromEntries(afterHours) };
      return {
        ...rest,
        timeZone: timeZone ?? practice.timeZone,
        messaging: days === undefined ? practice.messaging : { ...practice.messaging, responseBusinessDays: days },
        ...(finalSchedule === undefined ? {} : { schedule: finalSchedule }),
        ...(afterHoursRouting === undefined ? {} : { afterHoursRouting }),
      };
    });
}
