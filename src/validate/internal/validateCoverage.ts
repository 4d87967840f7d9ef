import { compareIds } from "../../internal/own.js";
import type { Id, Practice } from "../../model/types.js";
import { findCoverageCycles } from "./coverageCycles.js";
import type { ValidationIssue } from "./issue.js";
import { periodIn, readPeriods } from "./periods.js";
import { validateCoverageEntry } from "./validateCoverageEntry.js";

/**
 * @internal
 * Every coverage issue `validatePractice` reports, in coverage-id order; for each entry its cycles
 * (`coverage_cycle`, path `["coverage", id]`) come first, then its own field issues.
 * Cost: linear in the coverage entries when no two entries can form a cycle.
 */
export function validateCoverage(practice: Practice): ValidationIssue[] {
  return checkCoverage(practice, Object.keys(practice.coverage), true);
}

/** The field issues of the entries `ids` and, with `withCycles`, every cycle, in the order of `validateCoverage`. */
export function checkCoverage(practice: Practice, ids: Iterable<Id>, withCycles: boolean): ValidationIssue[] {
  const periods = withCycles ? readPeriods(practice) : undefined;
  const cycles = periods === undefined ? new Map<Id, ValidationIssue[]>() : findCoverageCycles(practice, periods);
  const own = new Set(ids);
  const order = new Set(own);
  for (const id of cycles.keys()) order.add(id);
  const issues: ValidationIssue[] = [];
  for (const id of [...order].sort(compareIds)) {
    const found = cycles.get(id);
    if (found !== undefined) issues.push(...found);
    if (own.has(id)) issues.push(...validateCoverageEntry(practice, id, periods && periodIn(periods, id)));
  }
  return issues;
}
