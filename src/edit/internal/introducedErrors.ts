import type { Issue, IssuePath, Practice, ValidationIssueCode } from "../../model/types.js";
import { issueKey } from "../../validate/issueKey.js";
import { scopeOfWrites } from "../../validate/scopeOfWrites.js";
import { validateScope } from "../../validate/validateScope.js";

type ValidationIssue = Issue<ValidationIssueCode>;

/**
 * The validation errors `after` has that `before` did not. Only the parts of the practice whose errors the
 * written `paths` can change are validated, on both sides (`scopeOfWrites` with `only: "errors"`). Errors
 * are compared by their stable key (`issueKey`: code, path, subject ids), never by message, and counted: an
 * error is introduced when `after` has more errors with its key than `before`, so an error that only moved
 * to another index is not new, and a second cycle reported at the same entry is. Returned in
 * `validatePractice` order.
 */
export function introducedErrors(before: Practice, after: Practice, paths: readonly IssuePath[]): ValidationIssue[] {
  const scope = scopeOfWrites(after, paths, "errors");
  const unmatched = new Map<string, number>();
  for (const issue of validateScope(before, scope)) {
    if (issue.severity !== "error") continue;
    const key = issueKey(issue);
    unmatched.set(key, (unmatched.get(key) ?? 0) + 1);
  }
  return validateScope(after, scope).filter((issue) => {
    if (issue.severity !== "error") return false;
    const key = issueKey(issue);
    const left = unmatched.get(key) ?? 0;
    if (left > 0) unmatched.set(key, left - 1);
    return left === 0;
  });
}
