import type { Practice } from "../model/types.js";
import { commit } from "./internal/commit.js";
import { firstConflict } from "./internal/conflicts.js";
import { checkContext } from "./internal/context.js";
import { invalidEdit, isFailure } from "./internal/plan.js";
import { readStoredEdit } from "./internal/storedEdit.js";
import { isEditPath, writesOfInverse } from "./internal/storedPatches.js";
import type { EditContext, EditResult, EditSuccess, RevertRecord, StoredEdit } from "./types.js";

const NO_CHANGE = "No change: ";

/** The record of reverting `stored`: an undo of a plain edit or a redo, named after the original edit. */
function revertRecord(stored: StoredEdit): RevertRecord {
  const { edit, revision } = stored;
  if (edit.type === "revert") {
    const action = edit.action === "undo" ? "redo" : "undo";
    return { type: "revert", revision, action, originalSummary: edit.originalSummary };
  }
  // An edit that changed nothing has the prefix commit gives it; the original edit is named without it.
  const unchanged = stored.patches.length === 0 && stored.summary.startsWith(NO_CHANGE);
  const originalSummary = unchanged ? stored.summary.slice(NO_CHANGE.length) : stored.summary;
  return { type: "revert", revision, action: "undo", originalSummary };
}

/**
 * Undoes an earlier edit as a new, audited edit: applies its inverse patches to the current practice and
 * bumps `revision` again (revisions only ever go up). Takes the edit as a backend stores it (a
 * {@link StoredEdit}: the audit entry's fields plus the patches) or a successful `EditResult` as returned.
 * Works on any later practice as long as every value that edit wrote is still in place (revision aside);
 * otherwise it refuses with `invalid_edit` and the config path of the first conflict, and nothing changes.
 * The stored edit is not trusted: it must be well formed (`parseStoredEdit`), made on this practice (its
 * `practiceId`), and every stored patch must write where edits write, a value the config format allows
 * (else `invalid_edit`). The context rules and the `introduces_errors` check are those of {@link applyEdit}.
 * The audit entry's `edit` is a {@link RevertRecord}; its summary names the original edit once:
 * "<actor> undid: <original summary>", and for a revert of an undo "<actor> redid: <original summary>".
 * Undoing an edit that changed nothing changes nothing.
 *
 * @param practice - The current practice.
 * @param stored - A {@link StoredEdit} of this practice, or a successful result of `applyEdit` or `revertEdit` on it.
 * @param ctx - Who undoes it (as for `applyEdit`), when (defaults to now), and optionally the revision they saw.
 * @returns An {@link EditResult} like `applyEdit`'s.
 * @example
 * ```ts
 * const done = applyEdit(samplePractice(), edits.setMessaging({ enabled: false }), { actor: "jsmith" });
 * const row = done.ok && { ...done.audit, patches: done.patches, inversePatches: done.inversePatches };
 * const undone = row ? revertEdit(done.practice, row, { actor: "jsmith" }) : done;
 * const redone = undone.ok ? revertEdit(undone.practice, undone, { actor: "jsmith" }) : undone;
 * redone.ok && [redone.practice.messaging.patientInitiated, redone.practice.revision, redone.audit.summary];
 * //=> [false, 3, "Jane Smith redid: Jane Smith turned patient-initiated messaging off."]
 * ```
 *
 * @group Editing
 */
export function revertEdit(
  practice: Practice,
  stored: StoredEdit | EditSuccess | EditResult,
  ctx: EditContext,
): EditResult {
  const actor = checkContext(practice, ctx);
  if (isFailure(actor)) return actor;
  const edit = readStoredEdit(stored);
  if (isFailure(edit)) return edit;
  if (edit.practiceId !== practice.id) {
    return invalidEdit(["id"], `That edit was made on practice ${edit.practiceId}, not on practice ${practice.id}.`);
  }
  if (![...edit.patches, ...edit.inversePatches].every((patch) => isEditPath(patch.path))) {
    return invalidEdit([], "This stored edit has a patch where no edit writes, so it cannot be undone.");
  }
  const conflict = firstConflict(practice, edit.patches);
  if (conflict !== undefined) {
    return invalidEdit(
      conflict,
      `The practice has changed at ${conflict.join(".")} since revision ${edit.revision}, so that edit cannot be undone automatically.`,
    );
  }
  const writes = writesOfInverse(practice, edit.inversePatches);
  if (isFailure(writes)) return writes;
  const record = revertRecord(edit);
  const verb = record.action === "undo" ? "undid" : "redid";
  return commit({
    practice,
    plan: { writes, describe: () => `${verb}: ${record.originalSummary}`, exact: true },
    actor,
    edit: Object.freeze(record),
  });
}
