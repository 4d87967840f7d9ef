import type { MessageCategory } from "../model/categories.js";
import type { Id, Practice, Recipient } from "../model/types.js";
import { applyEdit } from "./applyEdit.js";
import type { AllProvidersMode, EditContext, EditResult } from "./types.js";

/**
 * Sets one routing cell: `applyEdit` with `{type: "set_route", providerId, category, recipients}`.
 *
 * @param practice - The current practice.
 * @param providerId - A provider's id, or `null` for the default table.
 * @param category - The cell's category.
 * @param recipients - The new recipients; `[]` clears a provider's cell.
 * @param ctx - Who edits and when.
 * @returns The {@link EditResult}.
 * @example
 * ```ts
 * const result = setRoute(samplePractice(), "crusher", "appointments", [], { actor: "jsmith" });
 * result.ok && result.practice.routing.crusher?.appointments;
 * //=> undefined
 * ```
 */
export function setRoute(
  practice: Practice,
  providerId: Id | null,
  category: MessageCategory,
  recipients: readonly Recipient[],
  ctx: EditContext,
): EditResult {
  return applyEdit(practice, { type: "set_route", providerId, category, recipients }, ctx);
}

/**
 * "Routing for All Providers": `applyEdit` with `{type: "set_route_for_all_providers", category, recipients, mode}`.
 *
 * @param practice - The current practice.
 * @param category - The category.
 * @param recipients - The recipients.
 * @param mode - `replace`, `add` or `fill_empty`.
 * @param ctx - Who edits and when.
 * @returns The {@link EditResult}.
 * @example
 * ```ts
 * const nurses = [{ type: "group", id: "nurses" }] as const;
 * const result = setRouteForAllProviders(samplePractice(), "referrals", nurses, "fill_empty", { actor: "jsmith" });
 * result.ok && result.practice.routing.oselkin?.referrals;
 * //=> [{ type: "group", id: "nurses" }]
 * ```
 */
export function setRouteForAllProviders(
  practice: Practice,
  category: MessageCategory,
  recipients: readonly Recipient[],
  mode: AllProvidersMode,
  ctx: EditContext,
): EditResult {
  return applyEdit(practice, { type: "set_route_for_all_providers", category, recipients, mode }, ctx);
}

/**
 * Makes providers' tables copies of another's: `applyEdit` with `{type: "copy_routing", from, to}`.
 *
 * @param practice - The current practice.
 * @param from - The provider whose table is copied.
 * @param to - The providers whose tables are replaced.
 * @param ctx - Who edits and when.
 * @returns The {@link EditResult}.
 * @example
 * ```ts
 * const result = copyRouting(samplePractice(), "crusher", ["oselkin"], { actor: "jsmith" });
 * result.ok && result.audit.summary;
 * //=> "Jane Smith copied Beverly Crusher's routing to Omar Selkin."
 * ```
 */
export function copyRouting(practice: Practice, from: Id, to: readonly Id[], ctx: EditContext): EditResult {
  return applyEdit(practice, { type: "copy_routing", from, to }, ctx);
}
