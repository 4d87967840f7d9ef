// Helpers of the FHIR tests: run counts, sites and pools on generated practices, and an independent reading
// of `availableTime` / `notAvailable` on the practice's wall clock.
import * as fc from "fast-check";
import type { PractitionerRole } from "../../src/fhir/roleTypes.js";
import { deepFreeze } from "../../src/internal/freeze.js";
import type { Practice } from "../../src/model/types.js";
import { fuzzRuns } from "../support/fuzzRuns.js";

/** At least 500 runs per property, more with `FUZZ_RUNS` above its default. */
export const RUNS = { numRuns: Math.max(500, fuzzRuns(50)) };

/**
 * The practice with sites (DESIGN.md section 12) added: a few locations, members working at some of them, and
 * groups with a delivery. Built as plain data, so it holds whether or not the generators draw sites themselves.
 */
export function withSitesArbitrary(practice: Practice): fc.Arbitrary<Practice> {
  const memberIds = Object.keys(practice.members);
  const groupIds = Object.keys(practice.groups);
  return fc
    .record({
      locations: fc.uniqueArray(fc.constantFrom("north", "south", "x:y", "a_b@c", "l".repeat(100)), { maxLength: 3 }),
      picks: fc.array(fc.nat(), { minLength: memberIds.length, maxLength: memberIds.length }),
      deliveries: fc.array(fc.constantFrom(undefined, "each", "pool", "sticky"), {
        minLength: groupIds.length,
        maxLength: groupIds.length,
      }),
    })
    .map(({ locations, picks, deliveries }) => {
      const members = Object.fromEntries(
        memberIds.map((id, index) => {
          const member = practice.members[id];
          const pick = picks[index] ?? 0;
          const at = locations.filter((_, bit) => (pick >> bit) & 1);
          return [id, at.length > 0 ? { ...member, locations: at } : member];
        }),
      );
      const groups = Object.fromEntries(
        groupIds.map((id, index) => {
          const delivery = deliveries[index];
          return [id, delivery === undefined ? practice.groups[id] : { ...practice.groups[id], delivery }];
        }),
      );
      const sites = Object.fromEntries(locations.map((id) => [id, { name: `Site ${id.slice(0, 8)}` }]));
      return deepFreeze({ ...practice, members, groups, locations: sites } as unknown as Practice);
    });
}

const WEEKDAY_CODES: Readonly<Record<string, string>> = {
  Mon: "mon",
  Tue: "tue",
  Wed: "wed",
  Thu: "thu",
  Fri: "fri",
  Sat: "sat",
  Sun: "sun",
};

/** The weekday code and `hh:mm:ss` of an instant on the wall clock of `timeZone`. */
export function wallClockOf(timeZone: string, instant: number): { weekday: string; time: string } {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    weekday: WEEKDAY_CODES[parts.weekday as string] as string,
    time: `${parts.hour}:${parts.minute}:${parts.second}`,
  };
}

/** Whether a role is available at an instant, read from its `availableTime` and `notAvailable` alone. */
export function isRoleAvailable(role: PractitionerRole, timeZone: string, instant: number): boolean {
  const { weekday, time } = wallClockOf(timeZone, instant);
  const inHours = (role.availableTime ?? []).some(
    (entry) =>
      entry.daysOfWeek.includes(weekday) &&
      (entry.allDay === true ||
        ((entry.availableStartTime as string) <= time &&
          (entry.availableEndTime === undefined || time < entry.availableEndTime))),
  );
  const away = (role.notAvailable ?? []).some(
    ({ during }) => Date.parse(during.start as string) <= instant && instant < Date.parse(during.end as string),
  );
  return inHours && !away;
}
