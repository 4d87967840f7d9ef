import { absencesAt } from "../internal/absences.js";
import { categoryIndex } from "../model/categories.js";
import type { Practice } from "../model/types.js";
import { resolveCategory } from "./internal/expand.js";
import { inputTime } from "./internal/inputTime.js";
import { practiceMomentAt, timed } from "./internal/moment.js";
import { readPatient } from "./internal/patient.js";
import type { Resolution, ResolveInput } from "./types.js";

/**
 * Answers "who gets this message?" for a patient's category, provider and time, following the six steps
 * of the routing rules (see the Routing guide): messaging switch, category checks, the provider's cell,
 * the location's cell or the default cell, expansion of groups and the assigned provider, inactive and absent members (with
 * coverage), and the fallbacks down to the backstop of active admins.
 *
 * Pure and deterministic: record key order never matters. The practice need not be valid; unknown ids
 * are skipped and reported in the trace. For many calls on one practice, {@link compileRouter} gives the
 * same answers faster.
 *
 * @param practice - The practice configuration (left untouched).
 * @param input - The category, the patient's provider and location (`null`/absent for none), `at` (defaults to
 *   now) and the patient.
 * @returns A deeply frozen {@link Resolution}: recipients and route, or a failure reason, with its trace.
 * @throws TypeError when `input.at` is an invalid `Date` or not an ISO 8601 timestamp with `Z` or an offset.
 * @example
 * ```ts
 * const resolution = resolveRecipients(samplePractice(), {
 *   category: "appointments",
 *   providerId: "crusher",
 *   at: "2026-11-20T09:00:00Z",
 * });
 * resolution.ok && resolution.recipients;
 * //=> ["jsmith"]
 * ```
 *
 * @group Routing
 */
export function resolveRecipients(practice: Practice, input: ResolveInput): Resolution {
  const time = inputTime(input.at, "resolveRecipients");
  const patient = readPatient(input.patient, "resolveRecipients");
  const moment = practiceMomentAt(practice, time);
  const index = categoryIndex(input.category);
  const absenceOf = absencesAt(practice, time);
  const closed = !moment.hours.open;
  return timed(resolveCategory(practice, index, input, absenceOf, closed, patient, time), moment);
}
