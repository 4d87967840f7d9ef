import * as fc from "fast-check";
import { clockOf, nextOpenAt, openStretchAt, type ScheduleClock } from "../../internal/schedule.js";
import { DAY, instantOfWall, offsetAt, offsetChange, zoneOf } from "../../internal/zone.js";
import type { Practice } from "../../model/types.js";

// Instants at which a resolution may change its answer: the practice opens or closes, a closure starts or
// ends, or the zone's clocks change. Resolution inputs are drawn on, just before and just after them.

const MINUTE = 60_000;
const HOUR = 3_600_000;
const YEAR_2026 = Date.UTC(2026, 0, 1);

/** Shifts from a boundary: on it, a millisecond or a minute either side. */
const NEAR_SHIFTS: readonly number[] = Object.freeze([-MINUTE, -1, 0, 1, MINUTE]);

/** Memo of {@link clockChanges2026} per zone name (a zone's rules do not change while a process runs). */
const clockChangesMemo = new Map<string, readonly number[]>();

/** The instants in 2026 at which the offset of `timeZone` changes (daylight saving time), found with `Intl`. */
export function clockChanges2026(timeZone: string): readonly number[] {
  const known = clockChangesMemo.get(timeZone);
  if (known !== undefined) return known;
  const zone = zoneOf(timeZone);
  const changes: number[] = [];
  let offset = offsetAt(zone, YEAR_2026);
  for (let day = YEAR_2026 + DAY; day <= YEAR_2026 + 366 * DAY; day += DAY) {
    const next = offsetAt(zone, day);
    if (next !== offset) changes.push(offsetChange(zone, day - DAY, day));
    offset = next;
  }
  const frozen = Object.freeze(changes);
  clockChangesMemo.set(timeZone, frozen);
  return frozen;
}

/** Where closures start and end (local midnights) and the local noon of their first day. */
function closureInstants(clock: ScheduleClock): number[] {
  return clock.closures.flatMap(([first, last]) => [
    instantOfWall(clock.zone, first * DAY),
    instantOfWall(clock.zone, first * DAY + 12 * HOUR),
    instantOfWall(clock.zone, (last + 1) * DAY),
  ]);
}

/**
 * Opening and closing instants of the practice's schedule near a random instant of 2026: the bounds of the
 * stretch holding it, and more often the next opening and the end of the stretch that opening starts. @internal
 */
function scheduleEdgeArbitrary(clock: ScheduleClock): fc.Arbitrary<number> {
  return fc.tuple(fc.integer({ min: 0, max: 365 * 24 * 60 }), fc.nat(5)).map(([minutes, which]) => {
    const anchor = YEAR_2026 + minutes * MINUTE;
    const stretch = openStretchAt(clock, anchor);
    const opening = stretch.open ? stretch.from : (nextOpenAt(clock, anchor) ?? stretch.until);
    const closing = openStretchAt(clock, opening).until;
    const edges = [stretch.from, stretch.until, opening, opening, closing, closing];
    return edges[which] as number;
  });
}

/**
 * Instants around every boundary of `practice` that is not an absence: schedule edges, closures and clock
 * changes of its zone in 2026, each shifted by {@link NEAR_SHIFTS}; `undefined` when it has none. @internal
 */
export function boundaryArbitrary(practice: Practice): fc.Arbitrary<number> | undefined {
  const clock = clockOf(practice);
  const fixed = [...clockChanges2026(practice.timeZone), ...(clock === undefined ? [] : closureInstants(clock))];
  const sources: fc.WeightedArbitrary<number>[] = [];
  if (clock !== undefined) sources.push({ weight: 3, arbitrary: scheduleEdgeArbitrary(clock) });
  if (fixed.length > 0) sources.push({ weight: 1, arbitrary: fc.constantFrom(...fixed) });
  if (sources.length === 0) return undefined;
  return fc.tuple(fc.oneof(...sources), fc.constantFrom(...NEAR_SHIFTS)).map(([edge, shift]) => edge + shift);
}
