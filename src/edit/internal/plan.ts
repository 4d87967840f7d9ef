import { deepFreeze } from "../../internal/freeze.js";
import type { IssuePath, Practice } from "../../model/types.js";
import type { EditFailure, EditIssue } from "../types.js";

/** A config path of object keys (arrays are always written whole), e.g. `["routing", "crusher", "appointments"]`. */
type WritePath = readonly string[];

/**
 * One change an edit wants, as plain data: put `value` at `path`, or remove the key at `path`. A write into
 * a missing parent creates it; a write of what is already there, or a removal of a missing key, is nothing.
 */
export type Write =
  | { readonly path: WritePath; readonly value: unknown }
  | { readonly path: WritePath; readonly remove: true };

/** What applying one edit means: the writes it wants and a summary (without the actor's name). */
export interface EditPlan {
  /** The writes, in the order their patches should come; no path is a prefix of another. */
  readonly writes: readonly Write[];
  /** Describes the change after the actor's name, e.g. "turned patient replies on." */
  readonly describe: (before: Practice, after: Practice) => string;
  /** `true` for a revert's writes, which restore keys as they were: an emptied `locationRouting` stays. */
  readonly exact?: boolean;
}

/** A plan, or the reason the edit's arguments do not fit the practice. */
export type PlanResult = EditPlan | EditFailure;

/** Builds a deeply frozen `invalid_edit` failure with one issue of code `invalid_edit`. */
export function invalidEdit(path: IssuePath, message: string): EditFailure {
  return invalidEditOf([{ code: "invalid_edit", severity: "error", path: [...path], message }]);
}

/** Builds a deeply frozen `invalid_edit` failure from its issues; `path` and `message` are the first's. */
export function invalidEditOf(issues: readonly EditIssue[]): EditFailure {
  const [first] = issues;
  /* v8 ignore next -- callers pass at least one issue */
  if (first === undefined) return invalidEdit([], "This edit is not valid.");
  return deepFreeze({
    ok: false,
    error: { code: "invalid_edit", path: [...first.path], message: first.message, issues: [...issues] },
  });
}

/** Tells a failure from a plan or another successful step. */
export function isFailure<T extends object>(result: T | EditFailure): result is EditFailure {
  return "ok" in result && result.ok === false;
}
