import { parseStoredEdit } from "../parseStoredEdit.js";
import type { EditFailure, StoredEdit } from "../types.js";
import { readFields } from "./fields.js";
import { invalidEdit, invalidEditOf } from "./plan.js";

const ALTERED = "This stored edit is incomplete or altered, so it cannot be undone.";

/**
 * Reads what `revertEdit` is handed without trusting it: a {@link StoredEdit} as a backend keeps it, or an
 * `EditResult` (its `audit` fields and patches are taken out). Only own data properties are read, never
 * getters. `invalid_edit` for a failed result; for a malformed value, `invalid_edit` at `[]` whose issues
 * are a first one saying so and then `parseStoredEdit`'s (paths into the stored edit: the audit's fields
 * at the top).
 */
export function readStoredEdit(value: unknown): StoredEdit | EditFailure {
  const fields = readFields(value);
  if (fields?.ok === false) return invalidEdit([], "Only a successful edit can be undone.");
  const audit = fields?.ok === true ? readFields(fields.audit) : undefined;
  const stored =
    fields?.ok === true
      ? { ...audit, patches: fields.patches, inversePatches: fields.inversePatches }
      : (fields ?? value);
  const parsed = parseStoredEdit(stored);
  if (parsed.ok) return parsed.storedEdit;
  return invalidEditOf([{ code: "invalid_edit", severity: "error", path: [], message: ALTERED }, ...parsed.issues]);
}
