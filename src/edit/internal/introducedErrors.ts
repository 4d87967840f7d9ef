import type { Patch } from "immer";
import { getOwn } from "../../internal/own.js";
import { isMessageCategory, MESSAGE_CATEGORIES, type MessageCategory } from "../../model/categories.js";
import type { Issue, Practice, ValidationIssueCode } from "../../model/types.js";
import { validateCell } from "../../validate/internal/validateCell.js";
import { validatePractice } from "../../validate/validatePractice.js";

type ValidationIssue = Issue<ValidationIssueCode>;
type Cell = readonly [string | null, MessageCategory];

/**
 * The routing cells the patches touch, or `"full"` when they touch anything validation looks at beyond
 * cells (members, groups, coverage, or a new table whose key is not a provider). `revision` and
 * `messaging` never affect validation.
 */
function scopeOf(after: Practice, patches: readonly Patch[]): Cell[] | "full" {
  const cells: Cell[] = [];
  for (const { op, path } of patches) {
    const [root, key, category] = path;
    if (root === "revision" || root === "messaging") continue;
    if (root === "defaultRouting" && path.length === 2 && isMessageCategory(key)) {
      cells.push([null, key]);
    } else if (root === "routing" && typeof key === "string" && path.length === 3 && isMessageCategory(category)) {
      cells.push([key, category]);
    } else if (root === "routing" && typeof key === "string" && path.length === 2) {
      if (op !== "remove" && getOwn(after.members, key)?.role !== "provider") return "full";
      for (const each of MESSAGE_CATEGORIES) cells.push([key, each]);
    } else {
      return "full";
    }
  }
  return cells;
}

const keyOf = (issue: ValidationIssue): string => `${issue.code}\u0000${JSON.stringify(issue.path)}`;

function added(before: readonly ValidationIssue[], after: readonly ValidationIssue[]): ValidationIssue[] {
  const known = new Set(before.filter((issue) => issue.severity === "error").map(keyOf));
  return after.filter((issue) => issue.severity === "error" && !known.has(keyOf(issue)));
}

/**
 * The validation errors `after` has that `before` did not (compared by code and path). Route-only
 * changes validate just the touched cells, before and after; anything else validates both practices.
 */
export function introducedErrors(before: Practice, after: Practice, patches: readonly Patch[]): ValidationIssue[] {
  const scope = scopeOf(after, patches);
  if (scope === "full") return added(validatePractice(before).issues, validatePractice(after).issues);
  const beforeIssues: ValidationIssue[] = [];
  const afterIssues: ValidationIssue[] = [];
  for (const [providerId, category] of scope) {
    beforeIssues.push(...validateCell(before, providerId, category));
    afterIssues.push(...validateCell(after, providerId, category));
  }
  return added(beforeIssues, afterIssues);
}
