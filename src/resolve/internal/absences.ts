import { compareIds, getOwn } from "../../internal/own.js";
import { parseTimestamp } from "../../internal/time.js";
import type { Coverage, Id, Practice } from "../../model/types.js";

/** @internal The absence of a member in force at the instant being resolved. */
export interface AbsenceHit {
  /** The coverage id. */
  readonly id: Id;
  /** The coverage entry. */
  readonly coverage: Coverage;
}

/** @internal The first absence in force (coverage-id order) of a member, or `undefined`. */
export type AbsenceLookup = (memberId: Id) => AbsenceHit | undefined;

/**
 * @internal A lookup of the absences in force at `time` (`[from, until)`; unreadable bounds are never in
 * force). The coverage record is grouped by member on first use (once per frozen record: `parsePractice`
 * output is frozen); only the asked member's entries are parsed.
 */
export function absencesAt(practice: Practice, time: number): AbsenceLookup {
  let byMember: ReadonlyMap<Id, readonly Id[]> | undefined;
  return (memberId) => {
    byMember ??= coverageByMember(practice.coverage);
    let first: AbsenceHit | undefined;
    for (const id of byMember.get(memberId) ?? []) {
      const coverage = getOwn(practice.coverage, id) as Coverage;
      if (first !== undefined && compareIds(first.id, id) < 0) continue;
      if (parseTimestamp(coverage.from) <= time && time < parseTimestamp(coverage.until)) first = { id, coverage };
    }
    return first;
  };
}

/** Groupings of frozen coverage records (entries frozen too): they can never change, so they are kept. */
const grouped = new WeakMap<object, ReadonlyMap<Id, readonly Id[]>>();

/** The coverage ids of each absent member; computed once per frozen coverage record. */
function coverageByMember(record: Practice["coverage"]): ReadonlyMap<Id, readonly Id[]> {
  const known = grouped.get(record);
  if (known !== undefined) return known;
  const byMember = new Map<Id, Id[]>();
  let frozen = Object.isFrozen(record);
  for (const id of Object.keys(record)) {
    const coverage = getOwn(record, id);
    if (coverage === undefined) continue;
    frozen &&= Object.isFrozen(coverage);
    const ids = byMember.get(coverage.member);
    if (ids === undefined) byMember.set(coverage.member, [id]);
    else ids.push(id);
  }
  if (frozen) grouped.set(record, byMember);
  return byMember;
}
