import type * as z from "zod";
import { capIssues, MAX_ISSUES } from "../../internal/issueCap.js";
import { mapZodIssue } from "../../internal/zodIssues.js";
import type { Issue, IssuePath, ParseIssueCode } from "../../model/types.js";

/** A structural issue (always an error). */
export function shapeIssue(code: ParseIssueCode, path: IssuePath, message: string): Issue<ParseIssueCode> {
  return { code, severity: "error", path: [...path], message };
}

/** Our issues for zod's, in zod's order, capped at {@link MAX_ISSUES} like parse failures. */
export function issuesOf(
  zodIssues: readonly z.core.$ZodIssue[],
  root: unknown,
  before: readonly Issue<ParseIssueCode>[] = [],
): readonly Issue<ParseIssueCode>[] {
  const issues = [...before];
  for (const zodIssue of zodIssues) {
    issues.push(...mapZodIssue(zodIssue, root));
    if (issues.length > MAX_ISSUES) break;
  }
  return capIssues(issues);
}
