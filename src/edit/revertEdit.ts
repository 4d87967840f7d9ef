import { getOwn } from "../internal/own.js";
import type { Practice } from "../model/types.js";
import { commit } from "./internal/commit.js";
import { firstConflict } from "./internal/conflicts.js";
import { checkContext } from "./internal/context.js";
import { editImmer } from "./internal/immer.js";
import { invalidEdit, isFailure } from "./internal/plan.js";
import type { EditContext, EditPatch, EditResult } from "./types.js";

const isRevision = (patch: EditPatch): boolean => patch.path.length === 1 && patch.path[0] === "revision";

/**
 * Undoes an earlier edit as a new, audited edit: applies `result.inversePatches` to the current practice
 * and bumps `revision` again (revisions only ever go up). Works on any later practice as long as every
 * value that edit wrote is still in place (revision aside); otherwise it refuses with `invalid_edit` and
 * the config path of the first conflict, and nothing changes. The actor rules and the `introduces_errors`
 * check are those of {@link applyEdit}. The audit entry's `edit` is `{type: "revert", revision}` (the
 * revision the undone edit produced) and its summary reads "<actor> undid: <original summary>". Undoing a
 * result with `changed: false` changes nothing. A revert result can itself be reverted (redo).
 *
 * @param practice - The current practice.
 * @param result - A successful result of `applyEdit`, a wrapper or `revertEdit`.
 * @param ctx - Who undoes it (an active admin of `practice`) and when (defaults to now).
 * @returns An {@link EditResult} like `applyEdit`'s.
 * @example
 * ```ts
 * const done = setMessagingEnabled(samplePractice(), false, { actor: "jsmith" });
 * const undone = done.ok ? revertEdit(done.practice, done, { actor: "jsmith" }) : done;
 * undone.ok && [undone.practice.messaging.patientInitiated, undone.practice.revision, undone.audit.summary];
 * //=> [true, 2, "Jane Smith undid: Jane Smith turned patient-initiated messaging off."]
 * ```
 */
export function revertEdit(practice: Practice, result: EditResult, ctx: EditContext): EditResult {
  const actor = checkContext(practice, ctx.actor, ctx.at ?? new Date());
  if (isFailure(actor)) return actor;
  if (result?.ok !== true) return invalidEdit([], "Only a successful edit can be undone.");
  const conflict = firstConflict(practice, result.patches);
  if (conflict !== undefined) {
    return invalidEdit(
      conflict,
      `The practice has changed at ${conflict.join(".")} since revision ${result.audit.revision}, so that edit cannot be undone automatically.`,
    );
  }
  const inverse = result.inversePatches.filter((patch) => !isRevision(patch));
  return commit({
    practice,
    recipe: (draft) => {
      editImmer().applyPatches(draft, inverse);
      // Like every route edit, a revert never leaves a provider with an empty table.
      for (const { path } of inverse) {
        const [root, providerId] = path;
        if (root !== "routing" || typeof providerId !== "string") continue;
        const table = getOwn(draft.routing, providerId);
        if (table !== undefined && Object.keys(table).length === 0) delete draft.routing[providerId];
      }
    },
    describe: () => `undid: ${result.audit.summary}`,
    actor,
    edit: Object.freeze({ type: "revert", revision: result.audit.revision }),
  });
}
