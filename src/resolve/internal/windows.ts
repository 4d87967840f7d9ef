import { compareIds, getOwn } from "../../internal/own.js";
import { parseTimestamp } from "../../internal/time.js";
import type { Id, Practice, Recipient } from "../../model/types.js";
import type { AbsenceHit, AbsenceLookup } from "./absences.js";

/** @internal A coverage entry with its bounds as numbers. */
export interface TimedAbsence extends AbsenceHit {
  /** `from` in milliseconds. */
  readonly start: number;
  /** `until` in milliseconds (exclusive). */
  readonly end: number;
}

/** @internal Each member's absences in coverage-id order (entries that can never be in force are left out). */
export type AbsenceIndex = ReadonlyMap<Id, readonly TimedAbsence[]>;

/** @internal Indexes the coverage record by absent member. */
export function indexAbsences(practice: Practice): AbsenceIndex {
  const index = new Map<Id, TimedAbsence[]>();
  for (const id of Object.keys(practice.coverage).sort(compareIds)) {
    const coverage = getOwn(practice.coverage, id);
    if (coverage === undefined) continue;
    const start = parseTimestamp(coverage.from);
    const end = parseTimestamp(coverage.until);
    if (!(start < end)) continue;
    const list = index.get(coverage.member);
    const entry: TimedAbsence = { id, coverage, start, end };
    if (list === undefined) index.set(coverage.member, [entry]);
    else list.push(entry);
  }
  return index;
}

/** @internal The lookup of absences in force at `time` over an index. */
export function lookupAt(index: AbsenceIndex, time: number): AbsenceLookup {
  return (memberId) => index.get(memberId)?.find((entry) => entry.start <= time && time < entry.end);
}

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
