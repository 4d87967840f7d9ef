import { deepFreeze } from "../internal/freeze.js";
import { takeSnapshot } from "../internal/snapshot.js";
import type { Issue, ParseIssueCode } from "../model/types.js";
import { EDIT_TYPE_ORDER, editSchemas } from "./internal/editSchemas.js";
import { issuesOf, shapeIssue } from "./internal/issues.js";
import type { Edit, EditType } from "./types.js";

/**
 * Every edit type: those of DESIGN.md section 7 in its order, then `set_time_zone`, `set_schedule`,
 * `set_response_days`, `set_eligibility`, `set_show_recipients`, `upsert_location`, `remove_location`.
 *
 * @example
 * ```ts
 * EDIT_TYPES.length;
 * //=> 20
 * ```
 *
 * @group Editing
 */
export const EDIT_TYPES: readonly EditType[] = /* @__PURE__ */ Object.freeze([...EDIT_TYPE_ORDER]);

/**
 * The result of {@link parseEdit}.
 *
 * @group Editing
 */
export type ParseEditResult =
  | {
      /** The edit is well formed. */
      readonly ok: true;
      /** A fresh, deeply frozen copy of the edit. */
      readonly edit: Edit;
    }
  | {
      /** The edit is malformed. */
      readonly ok: false;
      /** Every problem found (at least one, at most 1,000 and a `limit_exceeded` one), with paths into the edit. */
      readonly issues: readonly Issue<ParseIssueCode>[];
    };

const failure = (issues: readonly Issue<ParseIssueCode>[]): ParseEditResult => deepFreeze({ ok: false, issues });

/**
 * Checks that a value is a well-formed {@link Edit} (for edits received as JSON or read from a queue).
 * Only the edit's shape is checked; whether it fits a practice is `applyEdit`'s job. Never throws and
 * never reads anything but own data properties; messages never repeat input values. Like
 * `parsePractice`, it reports every problem it finds, with the config format's structural codes.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @returns `{ok: true, edit}` with a fresh copy, or `{ok: false, issues}`; deeply frozen.
 * @example
 * ```ts
 * parseEdit({ type: "set_messaging", enabled: "yes" });
 * //=> { ok: false, issues: [{ code: "invalid_type", severity: "error", path: ["enabled"], message: "Expected true or false, got a string." }] }
 * ```
 *
 * @group Editing
 */
export function parseEdit(input: unknown): ParseEditResult {
  const snapshot = takeSnapshot(input);
  if (snapshot.tooLarge) {
    return failure([shapeIssue("limit_exceeded", [], "The edit holds more values than any edit may.")]);
  }
  const forbidden = snapshot.forbiddenKeys.map((path) =>
    shapeIssue("forbidden_key", path, "This key is not allowed anywhere in an edit."),
  );
  const root = snapshot.value;
  if (typeof root !== "object" || root === null || Array.isArray(root)) {
    return failure([shapeIssue("invalid_type", [], "Expected an edit object with a type field.")]);
  }
  const type = (root as Record<string, unknown>).type;
  if (!(EDIT_TYPES as readonly unknown[]).includes(type)) {
    const code = type === undefined ? "missing_field" : "invalid_type";
    const typeIssue = shapeIssue(code, ["type"], `Expected one of the edit types: ${EDIT_TYPES.join(", ")}.`);
    return failure([...forbidden, typeIssue]);
  }
  const parsed = editSchemas().EditSchema.safeParse(root);
  if (!parsed.success) return failure(issuesOf(parsed.error.issues, root, forbidden));
  if (forbidden.length > 0) return failure(forbidden);
  return deepFreeze({ ok: true, edit: parsed.data });
}
