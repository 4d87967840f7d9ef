import type { AssignedProviderRecipient } from "../../model/types.js";

/**
 * The recipient "the patient's own provider", for routing cells given to {@link buildPractice}.
 *
 * @example
 * ```ts
 * buildPractice({ defaultRoute: { appointments: [ASSIGNED_PROVIDER] } }).defaultRouting.appointments;
 * //=> [{ type: "assigned_provider" }]
 * ```
 *
 * @group Testing
 */
export const ASSIGNED_PROVIDER: AssignedProviderRecipient = Object.freeze({ type: "assigned_provider" });
