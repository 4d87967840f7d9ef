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
 * force). The coverage record is grouped by member on first use; only the asked member's entries are parsed.
 */
export function absencesAt(practice: Practice, time: number): AbsenceLookup {
  let byMember: Map<Id, Id[]> | undefined;
  return (memberId) => {
    if (byMember === undefined) {
      byMember = new Map();
      for (const id of Object.keys(practice.coverage)) {
        const member = getOwn(practice.coverage, id)?.member;
        if (member === undefined) continue;
        const ids = byMember.get(member);
        if (ids === undefined) byMember.set(member, [id]);
        else ids.push(id);
      }
    }
    let first: AbsenceHit | undefined;
    for (const id of byMember.get(memberId) ?? []) {
      const coverage = getOwn(practice.coverage, id) as Coverage;
      if (first !== undefined && compareIds(first.id, id) < 0) continue;
      if (parseTimestamp(coverage.from) <= time && time < parseTimestamp(coverage.until)) first = { id, coverage };
    }
    return first;
  };
}
