import type { Draft } from "immer";
import type { IssuePath, Practice } from "../../model/types.js";
import type { EditFailure } from "../types.js";

/** What applying one edit means: a draft recipe and a summary (without the actor's name). */
export interface EditPlan {
  /** Mutates the draft; writes only nodes that really change. */
  readonly recipe: (draft: Draft<Practice>) => void;
  /** Describes the change after the actor's name, e.g. "turned patient replies on." */
  readonly describe: (before: Practice, after: Practice) => string;
}

/** A plan, or the reason the edit's arguments do not fit the practice. */
export type PlanResult = EditPlan | EditFailure;

/** Builds an `invalid_edit` failure. */
export function invalidEdit(path: IssuePath, message: string): EditFailure {
  return { ok: false, error: { code: "invalid_edit", path, message } };
}

/** Tells a failure from a plan or another successful step. */
export function isFailure<T extends object>(result: T | EditFailure): result is EditFailure {
  return "ok" in result && result.ok === false;
}
