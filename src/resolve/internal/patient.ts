import { isoText } from "../../internal/schedule.js";
import { instantOf } from "../../internal/time.js";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../../model/categories.js";
import type { Id, Practice } from "../../model/types.js";
import type { PatientContext } from "../types.js";
import type { Routed } from "./outcomes.js";

const DAY = 86_400_000;

/** @internal A patient context read once per call: what the routing steps need of it. */
export interface PatientRun {
  /** Members who must never receive this patient's messages (a short list: `includes` beats a `Set` here). */
  readonly excluded: readonly Id[];
  /** The care team, in order. */
  readonly careTeam: readonly Id[];
  /** `true`, or the categories the patient may not message in. */
  readonly blocked: boolean | readonly unknown[];
  /** The last visit in milliseconds, `null` when unknown. */
  readonly lastVisit: number | null;
  /** The patient's id (for sticky pools), when given. */
  readonly id: string | undefined;
}

function isIdList(value: unknown): value is readonly Id[] {
  if (!Array.isArray(value)) return false;
  for (let k = 0; k < value.length; k++) if (typeof value[k] !== "string") return false;
  return true;
}

/** @internal The empty list an absent `careTeam` or `excludedMembers` reads as. */
export const NONE: readonly Id[] = Object.freeze([]);

/** The TypeError for a field of `input.patient` outside the types: names the field, never the value. */
function misuse(where: string, field: string, rule: string): TypeError {
  return new TypeError(`${where}: input.patient.${field} must be ${rule}.`);
}

/** @internal Throws unless `input.patient` is an object (its fields are checked by {@link checkFields}). */
export function checkObject(patient: unknown, where: string): asserts patient is PatientContext {
  if (typeof patient !== "object" || patient === null)
    throw new TypeError(`${where}: input.patient must be an object.`);
}

/**
 * @internal Checks the fields of a patient context as read (absent lists read as empty, `blocked` as `false`),
 * without copying anything (a router's hot path allocates nothing), and returns the last visit in milliseconds,
 * `null` when unknown. Anything outside the types is programmer misuse and throws a `TypeError` naming the
 * field, never its value.
 */
export function checkFields(
  where: string,
  id: unknown,
  careTeam: unknown,
  excluded: unknown,
  blocked: unknown,
  lastVisitAt: unknown,
): number | null {
  if (id !== undefined && typeof id !== "string") throw misuse(where, "id", "a string");
  if (!isIdList(careTeam)) throw misuse(where, "careTeam", "an array of member ids");
  if (!isIdList(excluded)) throw misuse(where, "excludedMembers", "an array of member ids");
  if (typeof blocked !== "boolean" && !Array.isArray(blocked))
    throw misuse(where, "blocked", "a boolean or an array of categories");
  if (lastVisitAt === undefined || lastVisitAt === null) return null;
  const lastVisit = instantOf(lastVisitAt);
  if (Number.isNaN(lastVisit)) {
    throw misuse(where, "lastVisitAt", "a Date, an ISO 8601 timestamp with Z or an offset, or null");
  }
  return lastVisit;
}

/** @internal Reads `input.patient` (`undefined` when absent), checked by {@link checkFields}. */
export function readPatient(patient: PatientContext | undefined, where: string): PatientRun | undefined {
  if (patient === undefined) return undefined;
  checkObject(patient, where);
  const { id, careTeam = NONE, excludedMembers: excluded = NONE, blocked = false, lastVisitAt } = patient;
  const lastVisit = checkFields(where, id, careTeam, excluded, blocked, lastVisitAt);
  return { excluded, careTeam, blocked, lastVisit, id };
}

/** @internal Whether a patient blocked as `blocked` (see {@link PatientRun}) may not message in `category`. */
export function isBlocked(blocked: PatientRun["blocked"], category: MessageCategory): boolean {
  return blocked === true || (Array.isArray(blocked) && blocked.includes(category));
}

/** @internal The eligibility rule of a category: its own `visitWithinDays`, else the practice's, else none. */
export function visitWithinDays(practice: Practice, category: MessageCategory): number | undefined {
  const eligibility = practice.messaging.eligibility;
  if (eligibility === undefined) return undefined;
  const { categories } = eligibility;
  const own = categories !== undefined && Object.hasOwn(categories, category) ? categories[category] : undefined;
  return own?.visitWithinDays ?? eligibility.visitWithinDays;
}

/**
 * @internal The patient steps of DESIGN.md section 11 for a category that may be routed: `patient_blocked`,
 * then `not_eligible` (the last visit unknown, or more than `days` × 24 h before `time`, where `days` is the
 * category's rule from {@link visitWithinDays}, `undefined` for none); `undefined` when the patient may message
 * in it.
 */
export function patientRefusal(
  index: number,
  blocked: PatientRun["blocked"],
  lastVisit: number | null,
  days: number | undefined,
  time: number,
): Routed | undefined {
  const category = MESSAGE_CATEGORIES[index] as MessageCategory;
  if (isBlocked(blocked, category)) {
    return Object.freeze({
      ok: false,
      reason: "patient_blocked",
      trace: Object.freeze([Object.freeze({ kind: "patient_blocked", category })]),
    });
  }
  if (days === undefined) return undefined;
  if (lastVisit !== null && !(time - lastVisit > days * DAY)) return undefined;
  const step = {
    kind: "not_eligible" as const,
    category,
    visitWithinDays: days,
    lastVisitAt: lastVisit === null ? null : isoText(lastVisit),
  };
  return Object.freeze({ ok: false, reason: "not_eligible", trace: Object.freeze([Object.freeze(step)]) });
}
