import type { Id, Issue, IssuePath, Severity, ValidationIssueCode } from "../../model/types.js";
import { ISSUE_SUBJECT } from "../issueKey.js";

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
  invalid_time_zone: "error",
  unknown_location: "error",
  invalid_schedule: "error",
  after_hours_reaches_nobody: "warning",
  response_needs_schedule: "warning",
};

/** The descriptor of the subject property, reused (`defineProperty` copies it). */
const SUBJECT: PropertyDescriptor = { value: undefined, enumerable: false };

/** A validation issue; its severity follows from its code. */
export type ValidationIssue = Issue<ValidationIssueCode>;

/**
 * Builds a validation issue with the severity of its code and its stable key (see `issueKey`): the code,
 * the string keys of `path` (indices say where a fault sits, not which it is) and `subject`, the ids the
 * issue is about. An issue whose path ends in an index must name in `subject` what sits there. The issue
 * and its path are frozen here, so a result made of issues needs no deep walk to be frozen.
 */
export function validationIssue(
  code: ValidationIssueCode,
  path: IssuePath,
  message: string,
  subject: readonly Id[] = [],
): ValidationIssue {
  const issue = { code, severity: SEVERITY[code], path: Object.freeze(path), message };
  SUBJECT.value = subject;
  return Object.freeze(Object.defineProperty(issue, ISSUE_SUBJECT, SUBJECT));
}
