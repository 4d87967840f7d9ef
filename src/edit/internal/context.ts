import { getOwn } from "../../internal/own.js";
import { instantOf } from "../../internal/time.js";
import type { Practice } from "../../model/types.js";
import type { EditFailure } from "../types.js";
import { invalidEdit } from "./plan.js";

/** Who and when, checked. */
export interface Actor {
  readonly actor: string;
  /** ISO 8601 UTC. */
  readonly at: string;
}

const FORBIDDEN: EditFailure = Object.freeze({
  ok: false,
  error: Object.freeze({
    code: "forbidden",
    message: "Only an active admin of this practice may change its settings.",
  }),
});

/** True when `actor` names an active admin member of the practice. */
export function isActiveAdmin(practice: Practice, actor: unknown): actor is string {
  if (typeof actor !== "string") return false;
  const member = getOwn(practice.members, actor);
  return member?.admin === true && member.active;
}

/**
 * Checks the actor (`forbidden` unless an active admin) and the timestamp (`invalid_edit` at `["at"]`
 * unless a valid Date or ISO 8601 string). `at` has already been defaulted by the public function.
 */
export function checkContext(practice: Practice, actor: unknown, at: unknown): Actor | EditFailure {
  if (!isActiveAdmin(practice, actor)) return FORBIDDEN;
  const time = instantOf(at);
  if (Number.isNaN(time)) {
    return invalidEdit(["at"], "Expected a valid Date or an ISO 8601 date-time with Z or an offset.");
  }
  return { actor, at: new Date(time).toISOString() };
}
