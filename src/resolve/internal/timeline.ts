import type { AbsenceIndex } from "../../internal/absences.js";

/** @internal Merged, sorted intervals `[start0, end0, start1, end1, ...]` (a plain array: unboxed doubles). */
export type Windows = readonly number[];

/** @internal Merges half-open intervals into {@link Windows}. */
export function mergeWindows(spans: readonly { readonly start: number; readonly end: number }[]): Windows {
  const merged: number[] = [];
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged.length - 1;
    if (last > 0 && start <= (merged[last] as number)) merged[last] = Math.max(merged[last] as number, end);
    else merged.push(start, end);
  }
  return merged;
}

/** @internal Whether `time` falls inside one of the windows (binary search). */
export function isInWindows(windows: Windows, time: number): boolean {
  let low = 0;
  let high = (windows.length >> 1) - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (time < (windows[middle * 2] as number)) high = middle - 1;
    else if (time >= (windows[middle * 2 + 1] as number)) low = middle + 1;
    else return true;
  }
  return false;
}

/**
 * @internal A stretch of time `[from, until)` between two consecutive boundaries: within it nothing that can
 * change an answer changes, so an answer found once holds for the whole stretch.
 */
export interface Stretch {
  /** The first instant, in milliseconds (`-Infinity` before the first boundary). */
  readonly from: number;
  /** The first instant after it (`Infinity` after the last boundary). */
  readonly until: number;
  /** Whether anything that can change an answer is in force (today: an absence). */
  readonly inForce: boolean;
}

/**
 * @internal The boundaries of a practice's absences: every `from` and `until`, sorted without repeats, and
 * for each stretch between two of them whether an absence is in force (stretch `i` ends at `bounds[i]`).
 */
export interface Timeline {
  /** The sorted boundaries. */
  readonly bounds: readonly number[];
  /** `inForce[i]`: an absence is in force during stretch `i` (there are `bounds.length + 1` stretches). */
  readonly inForce: readonly boolean[];
}

/** @internal The {@link Timeline} of an absence index. */
export function timelineOf(absences: AbsenceIndex): Timeline {
  const all = [...absences.values()].flat();
  const bounds = [...new Set(all.flatMap((entry) => [entry.start, entry.end]))].sort((a, b) => a - b);
  const windows = mergeWindows(all);
  return { bounds, inForce: [false, ...bounds.map((bound) => isInWindows(windows, bound))] };
}

/**
 * @internal The stretch holding `time` (binary search). This is the one question the router asks of time: a
 * weekly schedule would answer it too, finding its boundaries around `time` from the schedule, and the
 * router would use the overlap of both stretches.
 */
export function stretchAt(timeline: Timeline, time: number): Stretch {
  const { bounds } = timeline;
  let low = 0;
  let high = bounds.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((bounds[middle] as number) <= time) low = middle + 1;
    else high = middle;
  }
  return {
    from: low === 0 ? Number.NEGATIVE_INFINITY : (bounds[low - 1] as number),
    until: low === bounds.length ? Number.POSITIVE_INFINITY : (bounds[low] as number),
    inForce: timeline.inForce[low] === true,
  };
}
