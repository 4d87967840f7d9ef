import { getOwn } from "../../internal/own.js";
import { LIMITS } from "../../model/limits.js";
import type { Practice } from "../../model/types.js";
import type { AddCoverageEdit, RemoveCoverageEdit } from "../types.js";
import { checkMember, checkRoom } from "./checks.js";
import { coverageText } from "./names.js";
import { invalidEdit, type PlanResult } from "./plan.js";

/**
 * `add_coverage` under a new id; both members must exist. Self-coverage, an empty range and cycles
 * are left to validation, so they come back as `introduces_errors` with the validation issues.
 */
export function planAddCoverage(practice: Practice, edit: AddCoverageEdit): PlanResult {
  if (getOwn(practice.coverage, edit.id) !== undefined) {
    return invalidEdit(["id"], `Coverage id ${edit.id} is already used; remove that entry first.`);
  }
  const failure =
    checkRoom(practice.coverage, edit.id, LIMITS.coverage, "coverage entries") ??
    checkMember(practice, edit.coverage.member, ["coverage", "member"]) ??
    (edit.coverage.coveredBy === undefined
      ? undefined
      : checkMember(practice, edit.coverage.coveredBy, ["coverage", "coveredBy"]));
  if (failure !== undefined) return failure;
  return {
    writes: [{ path: ["coverage", edit.id], value: edit.coverage }],
    describe: (_before, after) => `added coverage ${edit.id}: ${coverageText(after, edit.coverage)}.`,
  };
}

/** `remove_coverage`. */
export function planRemoveCoverage(practice: Practice, edit: RemoveCoverageEdit): PlanResult {
  const entry = getOwn(practice.coverage, edit.id);
  if (entry === undefined) return invalidEdit(["id"], `There is no coverage entry with id ${edit.id}.`);
  return {
    writes: [{ path: ["coverage", edit.id], remove: true }],
    describe: (before) => `removed coverage ${edit.id} (${coverageText(before, entry)}).`,
  };
}
