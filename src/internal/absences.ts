import type { Coverage, Id, Practice } from "../model/types.js";
import { compareIds, getOwn } from "./own.js";
import { parseTimestamp } from "./time.js";

/** The absence of a member in force at the instant being resolved. */
interface AbsenceHit {
  /** The coverage id. */
  readonly id: Id;
  /** The coverage entry. */
  readonly coverage: Coverage;
}

/** The first absence in force (coverage-id order) of a member, or `undefined`. */
export type AbsenceLookup = (memberId: Id) => AbsenceHit | undefined;

/** A coverage entry with its bounds as numbers. */
interface TimedAbsence extends AbsenceHit {
  /** `from` in milliseconds. */
  readonly start: number;
  /** `until` in milliseconds (exclusive). */
  readonly end: number;
}

/** Each member's absences in coverage-id order (entries that can never be in force are left out). */
export type AbsenceIndex = ReadonlyMap<Id, readonly TimedAbsence[]>;

/**
 * Memo of {@link indexAbsences}, keyed by coverage records that are frozen with every entry: such a record
 * can never change, so its index is kept (and goes when the record goes). Unfrozen records are never stored.
 */
const indexMemo = new WeakMap<object, AbsenceIndex>();

/**
 * Indexes the coverage record by absent member, bounds parsed (unreadable bounds are never in force).
 * Computed once per frozen record (`parsePractice` output and edits are frozen), afresh otherwise.
 */
export function indexAbsences(practice: Practice): AbsenceIndex {
  const record = practice.coverage;
  const known = indexMemo.get(record);
  if (known !== undefined) return known;
  const index = new Map<Id, TimedAbsence[]>();
  let frozen = Object.isFrozen(record);
  for (const id of Object.keys(record).sort(compareIds)) {
    const coverage = getOwn(record, id);
    if (coverage === undefined) continue;
    frozen &&= Object.isFrozen(coverage);
    const start = parseTimestamp(coverage.from);
    const end = parseTimestamp(coverage.until);
    if (!(start < end)) continue;
    const list = index.get(coverage.member);
    const entry: TimedAbsence = { id, coverage, start, end };
    if (list === undefined) index.set(coverage.member, [entry]);
    else list.push(entry);
  }
  if (frozen) indexMemo.set(record, index);
  return index;
}

/** The lookup of absences in force at `time` (`[from, until)`) over an index. */
export function lookupAt(index: AbsenceIndex, time: number): AbsenceLookup {
  return (memberId) => index.get(memberId)?.find((entry) => entry.start <= time && time < entry.end);
}

/** The lookup of absences in force at `time`; the practice's coverage is indexed on first use. */
export function absencesAt(practice: Practice, time: number): AbsenceLookup {
  let lookup: AbsenceLookup | undefined;
  return (memberId) => {
    lookup ??= lookupAt(indexAbsences(practice), time);
    return lookup(memberId);
  };
}
