import type { AbsenceIndex } from "../../internal/absences.js";

/**
 * @internal A stretch of time `[from, until)` between two consecutive boundaries (±`Infinity` before the
 * first and after the last), and whether anything that can change an answer (today: an absence) is in force
 * in it. Within a stretch nothing changes, so an answer found once holds for the whole stretch.
 */
export interface Stretch {
  readonly from: number;
  readonly until: number;
  readonly inForce: boolean;
}

/** @internal The boundaries of a practice's absences: every `from` and `until`, sorted without repeats. */
export function boundariesOf(absences: AbsenceIndex): readonly number[] {
  const all = [...absences.values()].flat().flatMap((entry) => [entry.start, entry.end]);
  return [...new Set(all)].sort((a, b) => a - b);
}

/**
 * @internal The stretch holding `time`: the boundaries around it (binary search) and whether an absence is in
 * force. This is all the router asks of time: a weekly schedule would answer the same question, finding its
 * boundaries around `time` from the schedule, and the router would use the overlap of both stretches.
 */
export function stretchAt(bounds: readonly number[], absences: AbsenceIndex, time: number): Stretch {
  let after = 0;
  let high = bounds.length;
  while (after < high) {
    const middle = (after + high) >> 1;
    if ((bounds[middle] as number) <= time) after = middle + 1;
    else high = middle;
  }
  const inForce = [...absences.values()].some((list) => list.some((entry) => entry.start <= time && time < entry.end));
  return {
    from: after === 0 ? Number.NEGATIVE_INFINITY : (bounds[after - 1] as number),
    until: after === bounds.length ? Number.POSITIVE_INFINITY : (bounds[after] as number),
    inForce,
  };
}
