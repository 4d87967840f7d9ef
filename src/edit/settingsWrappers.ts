import type { MessageCategory } from "../model/categories.js";
import type { Practice } from "../model/types.js";
import { applyEdit } from "./applyEdit.js";
import type { EditContext, EditResult } from "./types.js";

/**
 * Turns patient-initiated messaging on or off: `applyEdit` with `{type: "set_messaging", enabled}`.
 *
 * @param practice - The current practice.
 * @param enabled - `true` lets patients start messages.
 * @param ctx - Who edits and when.
 * @returns The {@link EditResult}.
 * @example
 * ```ts
 * const result = setMessagingEnabled(samplePractice(), false, { actor: "jsmith" });
 * result.ok && result.practice.messaging.patientInitiated;
 * //=> false
 * ```
 */
export function setMessagingEnabled(practice: Practice, enabled: boolean, ctx: EditContext): EditResult {
  return applyEdit(practice, { type: "set_messaging", enabled }, ctx);
}

/**
 * Lets patients reply to the practice's messages, or not: `applyEdit` with `{type: "set_replies", enabled}`.
 *
 * @param practice - The current practice.
 * @param enabled - `true` lets patients reply.
 * @param ctx - Who edits and when.
 * @returns The {@link EditResult}.
 * @example
 * ```ts
 * const result = setRepliesEnabled(samplePractice(), false, { actor: "jsmith" });
 * result.ok && result.audit.summary;
 * //=> "Jane Smith turned patient replies off."
 * ```
 */
export function setRepliesEnabled(practice: Practice, enabled: boolean, ctx: EditContext): EditResult {
  return applyEdit(practice, { type: "set_replies", enabled }, ctx);
}

/**
 * Shows or hides one category in the portal: `applyEdit` with `{type: "set_category_enabled", category, enabled}`.
 *
 * @param practice - The current practice.
 * @param category - The category.
 * @param enabled - `false` hides it from patients.
 * @param ctx - Who edits and when.
 * @returns The {@link EditResult}.
 * @example
 * ```ts
 * const result = setCategoryEnabled(samplePractice(), "referrals", false, { actor: "jsmith" });
 * result.ok && result.practice.messaging.disabledCategories;
 * //=> ["referrals"]
 * ```
 */
export function setCategoryEnabled(
  practice: Practice,
  category: MessageCategory,
  enabled: boolean,
  ctx: EditContext,
): EditResult {
  return applyEdit(practice, { type: "set_category_enabled", category, enabled }, ctx);
}
