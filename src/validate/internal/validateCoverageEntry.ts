import { getOwn } from "../../internal/own.js";
import { memberName } from "../../internal/words.js";
import type { Id, Practice } from "../../model/types.js";
import { type ValidationIssue, validationIssue } from "./issue.js";
import { type Period, periodOf } from "./periods.js";

/**
 * @internal
 * The issues of one coverage entry on its own, in field order: `coverage_unknown_member` (member),
 * `coverage_invalid_range` (until, or from when the start is unreadable), then `self_coverage` or
 * `coverage_unknown_member` (coveredBy). Cycles involve several entries: see `findCoverageCycles`.
 * Returns `[]` when there is no such entry. `period` is the entry's period when the caller has read it.
 */
export function validateCoverageEntry(practice: Practice, coverageId: Id, period?: Period): ValidationIssue[] {
  const entry = getOwn(practice.coverage, coverageId);
  if (entry === undefined) return [];
  const { from, until } = period ?? periodOf(entry);
  const known = (id: Id | undefined) => id === undefined || getOwn(practice.members, id) !== undefined;
  if (from < until && entry.member !== entry.coveredBy && known(entry.member) && known(entry.coveredBy)) return [];
  const issues: ValidationIssue[] = [];
  const path = ["coverage", coverageId];
  const absent = memberName(practice, entry.member);
  if (getOwn(practice.members, entry.member) === undefined) {
    issues.push(
      validationIssue(
        "coverage_unknown_member",
        [...path, "member"],
        `Coverage ${coverageId} is for member "${entry.member}", who is not in the practice.`,
        [entry.member],
      ),
    );
  }
  if (Number.isNaN(from) || Number.isNaN(until)) {
    issues.push(
      validationIssue(
        "coverage_invalid_range",
        [...path, Number.isNaN(from) ? "from" : "until"],
        `Coverage ${coverageId} for ${absent} has ${Number.isNaN(from) ? "a start" : "an end"} time that is not an ISO 8601 date-time with Z or an offset.`,
      ),
    );
  } else if (from >= until) {
    issues.push(
      validationIssue(
        "coverage_invalid_range",
        [...path, "until"],
        `Coverage ${coverageId} for ${absent} ends at or before the time it starts.`,
      ),
    );
  }
  if (entry.coveredBy === entry.member) {
    issues.push(
      validationIssue(
        "self_coverage",
        [...path, "coveredBy"],
        `Coverage ${coverageId} has ${absent} covering their own absence.`,
      ),
    );
  } else if (entry.coveredBy !== undefined && getOwn(practice.members, entry.coveredBy) === undefined) {
    issues.push(
      validationIssue(
        "coverage_unknown_member",
        [...path, "coveredBy"],
        `Coverage ${coverageId} has ${absent} covered by member "${entry.coveredBy}", who is not in the practice.`,
        [entry.coveredBy],
      ),
    );
  }
  return issues;
}
