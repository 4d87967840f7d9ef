import type * as z from "zod";
import { mapZodIssue } from "../../internal/zodIssues.js";
import type { Issue, IssuePath, ParseIssueCode } from "../../model/types.js";

/** The most issues a failure lists, as in `parsePractice`; then one `limit_exceeded` issue at `[]` says there were more. */
const MAX_ISSUES = 1_000;

/** A structural issue (always an error). */
export function shapeIssue(code: ParseIssueCode, path: IssuePath, message: string): Issue<ParseIssueCode> {
  return { code, severity: "error", path: [...path], message };
}

/** Our issues for zod's, in zod's order, capped at {@link MAX_ISSUES} like parse failures. */
export function issuesOf(
  zodIssues: readonly z.core.$ZodIssue[],
  root: unknown,
  before: readonly Issue<ParseIssueCode>[] = [],
): Issue<ParseIssueCode>[] {
  const issues = [...before];
  for (const zodIssue of zodIssues) {
    issues.push(...mapZodIssue(zodIssue, root));
    if (issues.length > MAX_ISSUES) break;
  }
  return capIssues(issues);
}

/** At most {@link MAX_ISSUES} issues, then one `limit_exceeded` issue at `[]` when there were more. */
function capIssues(issues: Issue<ParseIssueCode>[]): Issue<ParseIssueCode>[] {
  if (issues.length <= MAX_ISSUES) return issues;
  return [
    ...issues.slice(0, MAX_ISSUES),
    shapeIssue("limit_exceeded", [], `More problems were found than the ${MAX_ISSUES} listed.`),
  ];
}
