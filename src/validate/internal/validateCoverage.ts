import { sortedKeys } from "../../internal/own.js";
import type { Practice } from "../../model/types.js";
import { findCoverageCycles } from "./coverageCycles.js";
import type { ValidationIssue } from "./issue.js";
import { validateCoverageEntry } from "./validateCoverageEntry.js";

/**
 * @internal
 * Every coverage issue `validatePractice` reports, in coverage-id order; for each entry its cycles
 * (`coverage_cycle`, path `["coverage", id]`) come first, then its own field issues.
 * Cost: linear in the coverage entries when no two entries can form a cycle.
 */
export function validateCoverage(practice: Practice): ValidationIssue[] {
  const cycles = findCoverageCycles(practice);
  const issues: ValidationIssue[] = [];
  for (const id of sortedKeys(practice.coverage)) {
    const entryCycles = cycles.get(id);
    if (entryCycles !== undefined) issues.push(...entryCycles);
    issues.push(...validateCoverageEntry(practice, id));
  }
  return issues;
}
