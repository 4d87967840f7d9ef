import type { Issue, ParseIssueCode } from "../model/types.js";

/** The most issues a failure lists (parse, edits, stored edits); one `limit_exceeded` issue at `[]` then says there were more. */
export const MAX_ISSUES = 1_000;

/** At most {@link MAX_ISSUES} issues, then one `limit_exceeded` issue at `[]` when there were more. */
export function capIssues(issues: readonly Issue<ParseIssueCode>[]): readonly Issue<ParseIssueCode>[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const more: Issue<ParseIssueCode> = {
    code: "limit_exceeded",
    severity: "error",
    path: [],
    message: `More problems were found than the ${MAX_ISSUES} listed.`,
  };
  return [...issues.slice(0, MAX_ISSUES), more];
}
