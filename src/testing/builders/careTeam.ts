import type { CareTeamRecipient } from "../../model/types.js";

/**
 * The recipient "the patient's care team", for routing cells given to {@link buildPractice}: it reaches the
 * members of `patient.careTeam`, in order, and nobody without a patient (format version 2).
 *
 * @example
 * ```ts
 * buildPractice({ defaultRoute: { health_question: [CARE_TEAM, ASSIGNED_PROVIDER] } }).defaultRouting.health_question;
 * //=> [{ type: "care_team" }, { type: "assigned_provider" }]
 * ```
 *
 * @group Testing
 */
export const CARE_TEAM: CareTeamRecipient = Object.freeze({ type: "care_team" });
