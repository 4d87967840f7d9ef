import { getOwn } from "../../internal/own.js";
import { memberName } from "../../internal/words.js";
import type { Id, Practice } from "../../model/types.js";
import { compareInstants, parseInstant } from "./instant.js";
import { type ValidationIssue, validationIssue } from "./issue.js";

/**
 * @internal
 * The issues of one coverage entry on its own, in field order: `coverage_unknown_member` (member),
 * `coverage_invalid_range` (until, or from when the start is unreadable), then `self_coverage` or
 * `coverage_unknown_member` (coveredBy). Cycles involve several entries: see `findCoverageCycles`.
 * Returns `[]` when there is no such entry.
 */
export function validateCoverageEntry(practice: Practice, coverageId: Id): ValidationIssue[] {
  const entry = getOwn(practice.coverage, coverageId);
  if (entry === undefined) return [];
  const issues: ValidationIssue[] = [];
  const path = ["coverage", coverageId];
  const absent = memberName(practice, entry.member);
  if (getOwn(practice.members, entry.member) === undefined) {
    issues.push(
      validationIssue(
        "coverage_unknown_member",
        [...path, "member"],
        `Coverage ${coverageId} is for member "${entry.member}", who is not in the practice.`,
      ),
    );
  }
  const from = parseInstant(entry.from);
  const until = parseInstant(entry.until);
  if (from === undefined || until === undefined) {
    issues.push(
      validationIssue(
        "coverage_invalid_range",
        [...path, from === undefined ? "from" : "until"],
        `Coverage ${coverageId} for ${absent} has ${from === undefined ? "a start" : "an end"} time that is not an ISO 8601 date-time with Z or an offset.`,
      ),
    );
  } else if (compareInstants(from, until) >= 0) {
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
  } else if (getOwn(practice.members, entry.coveredBy) === undefined) {
    issues.push(
      validationIssue(
        "coverage_unknown_member",
        [...path, "coveredBy"],
        `Coverage ${coverageId} has ${absent} covered by member "${entry.coveredBy}", who is not in the practice.`,
      ),
    );
  }
  return issues;
}
