import type { Practice } from "../model/types.js";
import { commit } from "./internal/commit.js";
import { checkContext } from "./internal/context.js";
import { invalidEditOf, isFailure } from "./internal/plan.js";
import { planEdit } from "./internal/planEdit.js";
import { parseEdit } from "./schema.js";
import type { Edit, EditContext, EditResult } from "./types.js";

/**
 * Applies one settings edit on behalf of an admin, as a pure function: the input practice is never
 * changed, and the result's practice is a new, deeply frozen object with `revision + 1` that shares every
 * untouched node with the input.
 *
 * Checks, in order: the context has only `actor`, `at`, `expectedRevision` and `allowSystemActors`
 * (`invalid_edit`); the actor must be an active admin of this practice, or a system actor the context
 * allows (`forbidden`); `ctx.at` must be a valid time (`invalid_edit` at `["at"]`); the practice must be at
 * `ctx.expectedRevision` when given (`conflict`); the edit must be well formed (`invalid_edit` with every
 * issue {@link parseEdit} found) and fit the practice (`invalid_edit` with a path into the edit: unknown
 * ids, a non-provider's table, `[]` for the default table…); the result must stay within the highest
 * revision and the 32 MiB size the parser accepts (`invalid_edit` at `["revision"]` or `[]`) and must not
 * have a validation error the input did not have (`introduces_errors`, with those issues). A refused edit
 * changes nothing, and every result is deeply frozen. An edit that changes nothing returns the same
 * practice object with `changed: false`, no patches and no revision bump. See the Editing guide for every edit type.
 *
 * @param practice - The current practice (from `parsePractice` or an earlier edit).
 * @param edit - The change; validated with {@link parseEdit} first, so edits received as JSON are safe.
 * @param ctx - Who edits (a member id, or a system actor when allowed), when (defaults to now), and
 *   optionally the revision they saw.
 * @returns `{ok: true, practice, changed, patches, inversePatches, audit}` or `{ok: false, error}`.
 * @example
 * ```ts
 * const frontDesk = [{ type: "group", id: "front-desk" }] as const;
 * const route = edits.setRoute({ providerId: "crusher", category: "appointments", recipients: frontDesk });
 * const result = applyEdit(samplePractice(), route, { actor: "jsmith", at: "2026-05-01T09:00:00Z" });
 * result.ok && result.audit.summary;
 * //=> "Jane Smith routed Appointments for Beverly Crusher's patients to Front Desk (was: Jane Smith)."
 * ```
 *
 * @group Editing
 */
export function applyEdit(practice: Practice, edit: Edit, ctx: EditContext): EditResult {
  const actor = checkContext(practice, ctx);
  if (isFailure(actor)) return actor;
  const parsed = parseEdit(edit);
  if (!parsed.ok) return invalidEditOf(parsed.issues);
  const plan = planEdit(practice, parsed.edit);
  if (isFailure(plan)) return plan;
  return commit({ practice, plan, actor, edit: parsed.edit });
}
