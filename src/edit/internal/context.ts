import { deepFreeze } from "../../internal/freeze.js";
import { isId } from "../../internal/ids.js";
import { getOwn } from "../../internal/own.js";
import { instantOf } from "../../internal/time.js";
import type { Practice } from "../../model/types.js";
import type { EditActor, EditFailure } from "../types.js";
import { readFields } from "./fields.js";
import { invalidEdit } from "./plan.js";

/** Who and when, checked. */
export interface Actor {
  readonly actor: EditActor;
  /** ISO 8601 UTC. */
  readonly at: string;
}

const CONTEXT_FIELDS: readonly string[] = ["actor", "at", "expectedRevision", "allowSystemActors"];

const FORBIDDEN: EditFailure = deepFreeze({
  ok: false,
  error: { code: "forbidden", message: "Only an active admin of this practice may change its settings." },
});

const SYSTEM_FORBIDDEN: EditFailure = deepFreeze({
  ok: false,
  error: { code: "forbidden", message: "A system actor may edit only where the context sets allowSystemActors." },
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
 * Who edits: a system actor (`{system: id}`, only with `allowSystemActors: true`) or an active admin's id;
 * `invalid_edit` for a malformed system actor, `forbidden` for anyone else.
 */
function checkActor(practice: Practice, actor: unknown, allowSystemActors: unknown): EditActor | EditFailure {
  const system = typeof actor === "object" && actor !== null ? readFields(actor) : undefined;
  if (system === undefined) return isActiveAdmin(practice, actor) ? actor : FORBIDDEN;
  const unknown = Object.keys(system).find((key) => key !== "system");
  if (unknown !== undefined) return invalidEdit(["actor", unknown], "A system actor has only the field system.");
  if (typeof system.system !== "string" || !isId(system.system)) {
    return invalidEdit(
      ["actor", "system"],
      "Expected a system name: 1-128 characters of A-Z a-z 0-9 . _ : @ -, starting with a letter or digit.",
    );
  }
  return allowSystemActors === true ? Object.freeze({ system: system.system }) : SYSTEM_FORBIDDEN;
}

/**
 * Checks an edit context, in this order: its shape (`invalid_edit`: not an object, a getter, an unknown
 * field, a non-boolean `allowSystemActors`, a malformed system actor), the actor (`forbidden` unless an
 * active admin or an allowed system actor), `at` (`invalid_edit` at `["at"]`; now when omitted) and
 * `expectedRevision` (`invalid_edit` unless a whole number, `conflict` unless the practice's).
 */
export function checkContext(practice: Practice, ctx: unknown): Actor | EditFailure {
  const fields = readFields(ctx);
  if (fields === undefined) {
    return invalidEdit([], "Expected an edit context: an object with actor, and optionally at and expectedRevision.");
  }
  const unknown = Object.keys(fields).find((key) => !CONTEXT_FIELDS.includes(key));
  if (unknown !== undefined) {
    return invalidEdit(
      [unknown],
      "An edit context has only the fields actor, at, expectedRevision and allowSystemActors.",
    );
  }
  const allow = fields.allowSystemActors;
  if (allow !== undefined && typeof allow !== "boolean") {
    return invalidEdit(["allowSystemActors"], "Expected true or false.");
  }
  const actor = checkActor(practice, fields.actor, allow);
  if (typeof actor === "object" && "ok" in actor) return actor;
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
  return { actor, at: new Date(time).toISOString() };
}
