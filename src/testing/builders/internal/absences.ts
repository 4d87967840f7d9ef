import type { Coverage, Id, Member } from "../../../model/types.js";
import type { AbsenceSpec } from "../types.js";
import { misuse, setOwn } from "./misuse.js";

const toTimestamp = (value: string | Date): string => (typeof value === "string" ? value : value.toISOString());

/**
 * Builds the coverage record: ids default to `c1`, `c2`… by position; an absence without `coveredBy` has
 * nobody covering; unknown members, self-coverage and empty or reversed ranges are misuses.
 * @internal
 */
export function buildCoverage(
  absences: readonly AbsenceSpec[],
  members: Readonly<Record<Id, Member>>,
): Record<Id, Coverage> {
  const coverage: Record<Id, Coverage> = {};
  absences.forEach((absence, index) => {
    const id = absence.id ?? `c${index + 1}`;
    const where = `absences[${index}]`;
    if (Object.hasOwn(coverage, id)) misuse(`${where}: the id "${id}" is used twice.`);
    const coveredBy = absence.coveredBy;
    for (const memberId of coveredBy === undefined ? [absence.member] : [absence.member, coveredBy]) {
      if (!Object.hasOwn(members, memberId)) misuse(`${where}: "${memberId}" is not a member.`);
    }
    if (absence.member === absence.coveredBy) misuse(`${where}: "${absence.member}" cannot cover for themselves.`);
    const from = toTimestamp(absence.from);
    const until = toTimestamp(absence.until);
    if (!(Date.parse(from) < Date.parse(until))) misuse(`${where}: "from" must be a timestamp before "until".`);
    const entry = { member: absence.member, from, until };
    setOwn(coverage, id, coveredBy === undefined ? entry : { ...entry, coveredBy });
  });
  return coverage;
}
