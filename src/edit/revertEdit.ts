import type { Practice } from "../model/types.js";
import { commit } from "./internal/commit.js";
import { firstConflict } from "./internal/conflicts.js";
import { checkContext } from "./internal/context.js";
import { invalidEdit, isFailure } from "./internal/plan.js";
import { isEditPath, writesOfInverse } from "./internal/storedPatches.js";
import { readStoredResult } from "./internal/storedResult.js";
import type { EditContext, EditResult } from "./types.js";

/**
 * Undoes an earlier edit as a new, audited edit: applies `result.inversePatches` to the current practice
 * and bumps `revision` again (revisions only ever go up). Works on any later practice as long as every
 * value that edit wrote is still in place (revision aside); otherwise it refuses with `invalid_edit` and
 * the config path of the first conflict, and nothing changes. The result is not trusted: it must be a
 * successful result of this practice (its `audit.practiceId`), and every stored inverse patch must write
 * where edits write, a value the config format allows (else `invalid_edit`). The context rules and the
 * `introduces_errors` check are those of {@link applyEdit}. The audit entry's `edit` is
 * `{type: "revert", revision}` (the revision the undone edit produced) and its summary reads
 * "<actor> undid: <original summary>". Undoing a result with `changed: false` changes nothing. A revert
 * result can itself be reverted (redo).
 *
 * @param practice - The current practice.
 * @param result - A successful result of `applyEdit`, a wrapper or `revertEdit` on this practice (as stored).
 * @param ctx - Who undoes it (an active admin of `practice`), when (defaults to now), and optionally the revision they saw.
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
  const actor = checkContext(practice, ctx);
  if (isFailure(actor)) return actor;
  const stored = readStoredResult(result);
  if (isFailure(stored)) return stored;
  if (stored.practiceId !== practice.id) {
    return invalidEdit(["id"], `That edit was made on practice ${stored.practiceId}, not on practice ${practice.id}.`);
  }
  if (![...stored.patches, ...stored.inversePatches].every((patch) => isEditPath(patch.path))) {
    return invalidEdit([], "This edit result has a patch where no edit writes, so it cannot be undone.");
  }
  const conflict = firstConflict(practice, stored.patches);
  if (conflict !== undefined) {
    return invalidEdit(
      conflict,
      `The practice has changed at ${conflict.join(".")} since revision ${stored.revision}, so that edit cannot be undone automatically.`,
    );
  }
  const writes = writesOfInverse(practice, stored.inversePatches);
  if (isFailure(writes)) return writes;
  return commit({
    practice,
    plan: { writes, describe: () => `undid: ${stored.summary}` },
    actor,
    edit: Object.freeze({ type: "revert", revision: stored.revision }),
  });
}
