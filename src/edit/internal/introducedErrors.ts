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

const sameCode = (a: ValidationIssue, b: ValidationIssue): boolean => a.code === b.code;
const samePath = (a: ValidationIssue, b: ValidationIssue): boolean =>
  a.path.length === b.path.length && a.path.every((key, index) => key === b.path[index]);
const sameMessage = (a: ValidationIssue, b: ValidationIssue): boolean => a.message === b.message;

// An error of `after` is one `before` had when it matches an unclaimed error of `before` with the same code
// and the same path and message; failing that, the same message (it moved, e.g. to another index); failing
// that, the same path (its wording changed, e.g. a renamed member). Each error of `before` is claimed once, so
// a second error at a path that already had one (another coverage cycle, say) counts as new.
const MATCHES = [
  (a: ValidationIssue, b: ValidationIssue) => samePath(a, b) && sameMessage(a, b),
  sameMessage,
  samePath,
] as const;

function added(before: readonly ValidationIssue[], after: readonly ValidationIssue[]): ValidationIssue[] {
  const unclaimed = before.filter((issue) => issue.severity === "error");
  let fresh = after.filter((issue) => issue.severity === "error");
  for (const matches of MATCHES) {
    fresh = fresh.filter((issue) => {
      const index = unclaimed.findIndex((old) => sameCode(old, issue) && matches(old, issue));
      if (index < 0) return true;
      unclaimed.splice(index, 1);
      return false;
    });
  }
  return fresh;
}

/**
 * The validation errors `after` has that `before` did not (see `added`). Route-only
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
