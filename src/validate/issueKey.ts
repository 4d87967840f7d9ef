import type { Id, Issue, ValidationIssueCode } from "../model/types.js";

/** Where a validation issue keeps its subject ids: a symbol no caller can name, on a non-enumerable property. */
export const ISSUE_SUBJECT: unique symbol = Symbol("validation issue subject");

/**
 * The stable key of a validation issue: its code, the string keys of its path, and the ids of what it is
 * about (the member a recipient names, the coverage entries of a cycle…). Two issues have the same key when
 * they report the same fault, even if it moved to another index or its message is worded differently; the
 * message never takes part. The subject ids travel with the issue without appearing among its enumerable
 * fields, so the public output stays `{code, severity, path, message}`.
 *
 * @param issue - An issue built by validation.
 * @returns The key, a JSON text.
 * @throws TypeError when the issue was not built by validation (it has no subject).
 * @example
 * ```ts
 * // Beverly Crusher's Appointments cell names "ghost" at index 2
 * issueKey(issue);
 * //=> '["unknown_member",["routing","crusher","appointments"],["member","ghost"]]'
 * ```
 */
export function issueKey(issue: Issue<ValidationIssueCode>): string {
  const subject = (issue as { readonly [ISSUE_SUBJECT]?: readonly Id[] })[ISSUE_SUBJECT];
  if (subject === undefined) throw new TypeError("This issue was not built by validation, so it has no key.");
  return JSON.stringify([issue.code, issue.path.filter((part) => typeof part === "string"), subject]);
}
