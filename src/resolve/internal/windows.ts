import { getOwn } from "../../internal/own.js";
import type { Id, Practice, Recipient } from "../../model/types.js";
import type { AbsenceIndex, TimedAbsence } from "./absences.js";

/** @internal Merged, sorted intervals `[start0, end0, start1, end1, ...]` (a plain array: unboxed doubles). */
export type Windows = readonly number[];

/** @internal A window set that is never in force. */
export const NEVER: Windows = Object.freeze([]);

/**
 * @internal The intervals during which some member a cell can reach (directly, through a group, or as the
 * assigned provider) is away: outside them no coverage can change the answer. The fallback cell counts
 * only when the own cell may reach nobody, i.e. names no active member who is never away.
 */
export function windowsOf(
  practice: Practice,
  index: AbsenceIndex,
  own: readonly Recipient[] | undefined,
  fallback: readonly Recipient[],
  providerId: Id | null,
): Windows {
  const spans: TimedAbsence[] = [];
  let alwaysThere = false;
  const add = (id: Id) => {
    const list = index.get(id);
    if (list !== undefined) for (const entry of list) spans.push(entry);
    else alwaysThere ||= getOwn(practice.members, id)?.active === true;
  };
  const addCell = (cell: readonly Recipient[]) => {
    for (const recipient of cell) {
      if (recipient.type === "member") add(recipient.id);
      else if (recipient.type === "group")
        for (const id of getOwn(practice.groups, recipient.id)?.members ?? []) add(id);
      else if (providerId !== null) add(providerId);
    }
  };
  if (own !== undefined) addCell(own);
  if (own === undefined || !alwaysThere) addCell(fallback);
  return merge(spans);
}

/**
 * @internal Every bound of the practice's absences, sorted without repeats, with whether somebody is away
 * in each segment between two of them (segment `i` is `[bounds[i - 1], bounds[i])`; the first and the last
 * are unbounded).
 */
export interface Segments {
  /** The sorted bounds. */
  readonly bounds: readonly number[];
  /** `busy[i]`: somebody is away during segment `i` (there are `bounds.length + 1` segments). */
  readonly busy: readonly boolean[];
}

/** @internal The {@link Segments} of an absence index. */
export function segmentsOf(index: AbsenceIndex): Segments {
  const all = [...index.values()].flat();
  const bounds = [...new Set(all.flatMap((entry) => [entry.start, entry.end]))].sort((a, b) => a - b);
  const windows = merge(all);
  const busy = [false, ...bounds.map((bound) => isInWindows(windows, bound))];
  return { bounds, busy };
}

/** @internal The segment holding `time`: its number, bounds, and whether nobody is away in it. */
export function segmentAt(
  segments: Segments,
  time: number,
): { index: number; from: number; until: number; quiet: boolean } {
  const { bounds } = segments;
  let low = 0;
  let high = bounds.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((bounds[middle] as number) <= time) low = middle + 1;
    else high = middle;
  }
  return {
    index: low,
    from: low === 0 ? Number.NEGATIVE_INFINITY : (bounds[low - 1] as number),
    until: low === bounds.length ? Number.POSITIVE_INFINITY : (bounds[low] as number),
    quiet: segments.busy[low] !== true,
  };
}

function merge(spans: TimedAbsence[]): Windows {
  if (spans.length === 0) return NEVER;
  spans.sort((a, b) => a.start - b.start);
  const merged: number[] = [];
  for (const span of spans) {
    const last = merged.length - 1;
    if (last > 0 && span.start <= (merged[last] as number)) merged[last] = Math.max(merged[last] as number, span.end);
    else merged.push(span.start, span.end);
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
