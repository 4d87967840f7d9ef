import { deepFreeze } from "../../internal/freeze.js";
import { getOwn } from "../../internal/own.js";
import { instantOf } from "../../internal/time.js";
import type { Practice } from "../../model/types.js";
import type { EditFailure } from "../types.js";
import { readFields } from "./fields.js";
import { invalidEdit } from "./plan.js";

/** Who and when, checked. */
export interface Actor {
  readonly actor: string;
  /** ISO 8601 UTC. */
  readonly at: string;
}

const CONTEXT_FIELDS: readonly string[] = ["actor", "at", "expectedRevision"];

const FORBIDDEN: EditFailure = deepFreeze({
  ok: false,
  error: { code: "forbidden", message: "Only an active admin of this practice may change its settings." },
});

function isActiveAdmin(practice: Practice, actor: unknown): actor is string {
  if (typeof actor !== "string") return false;
  const member = getOwn(practice.members, actor);
  return member?.admin === true && member.active;
}

function conflict(expected: number, actual: number): EditFailure {
  return deepFreeze({
    ok: false,
    error: {
      code: "conflict",
      message: `The practice is at revision ${actual}, not the expected revision ${expected}: reload it and try again.`,
      expected,
      actual,
    },
  });
}

/**
 * Checks an edit context, in this order: its shape (`invalid_edit`: not an object, a getter, an unknown
 * field), the actor (`forbidden` unless an active admin), `at` (`invalid_edit` at `["at"]`; now when
 * omitted) and `expectedRevision` (`invalid_edit` unless a whole number, `conflict` unless the practice's).
 */
export function checkContext(practice: Practice, ctx: unknown): Actor | EditFailure {
  const fields = readFields(ctx);
  if (fields === undefined) {
    return invalidEdit([], "Expected an edit context: an object with actor, and optionally at and expectedRevision.");
  }
  const unknown = Object.keys(fields).find((key) => !CONTEXT_FIELDS.includes(key));
  if (unknown !== undefined) {
    return invalidEdit([unknown], "An edit context has only the fields actor, at and expectedRevision.");
  }
  if (!isActiveAdmin(practice, fields.actor)) return FORBIDDEN;
  const time = fields.at === undefined ? Date.now() : instantOf(fields.at);
  if (Number.isNaN(time)) {
    return invalidEdit(["at"], "Expected a valid Date or an ISO 8601 date-time with Z or an offset.");
  }
  const expected = fields.expectedRevision;
  if (expected !== undefined) {
    if (!Number.isSafeInteger(expected) || (expected as number) < 0) {
      return invalidEdit(["expectedRevision"], "Expected a revision: a whole number from 0.");
    }
    if (expected !== practice.revision) return conflict(expected as number, practice.revision);
  }
  return { actor: fields.actor, at: new Date(time).toISOString() };
}
