import type { Issue, IssuePath, Severity, ValidationIssueCode } from "../../model/types.js";

/** The severity of every validation code (DESIGN.md section 6). */
const SEVERITY: Readonly<Record<ValidationIssueCode, Severity>> = {
  unknown_member: "error",
  unknown_group: "error",
  not_a_provider: "error",
  no_active_admin: "error",
  coverage_unknown_member: "error",
  coverage_invalid_range: "error",
  coverage_cycle: "error",
  self_coverage: "error",
  inactive_recipient: "warning",
  empty_group: "warning",
  duplicate_recipient: "warning",
  route_falls_back: "warning",
  default_reaches_nobody: "warning",
  inactive_provider_table: "warning",
};

/** A validation issue; its severity follows from its code. */
export type ValidationIssue = Issue<ValidationIssueCode>;

/** Builds a validation issue with the severity of its code. */
export function validationIssue(code: ValidationIssueCode, path: IssuePath, message: string): ValidationIssue {
  return { code, severity: SEVERITY[code], path, message };
}
