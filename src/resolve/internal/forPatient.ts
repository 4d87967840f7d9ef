import { lookupAt } from "../../internal/absences.js";
import type { PatientContext, Resolution, ResolveInput } from "../types.js";
import { resolveCategory } from "./expand.js";
import { timed } from "./moment.js";
import { checkFields, checkObject, NONE, type PatientRun, patientRefusal } from "./patient.js";
import { entryOf, keptAnswer, needsOf, patientKey } from "./patientAnswers.js";
import { type RouterState, type Slot, spanAt } from "./routerState.js";

const WHERE = "compileRouter: resolve";

/** Most answers kept for patients in one span; past it the span starts again (a bound on memory). */
const MAX_PATIENT_ANSWERS = 10_000;

/**
 * @internal The answer for a patient (DESIGN.md section 11), from the slot of the answer without one: a refusal of the
 * practice's stays; then the patient's block and eligibility; then the answer itself when the patient changes
 * nothing in it (see `patientKey`), else one kept for the span for a patient who agrees on everything it
 * reads, else one resolved afresh and kept. Up to there it reads the patient as given and allocates nothing.
 */
export function forPatient(
  state: RouterState,
  slot: Slot,
  patient: PatientContext,
  input: ResolveInput,
  index: number,
  time: number,
): Resolution {
  checkObject(patient, WHERE);
  const { id, careTeam = NONE, excludedMembers: excluded = NONE, blocked = false, lastVisitAt } = patient;
  const lastVisit = checkFields(WHERE, id, careTeam, excluded, blocked, lastVisitAt);
  const { answer } = slot;
  if (index < 0 || (!answer.ok && answer.reason !== "no_recipient")) return answer;
  const { practice, span } = state;
  // Only a block or an eligibility rule (read when compiling) refuses a patient.
  const days = state.eligibility[index];
  if (blocked !== false || days !== undefined) {
    const refused = patientRefusal(index, blocked, lastVisit, days, time);
    if (refused !== undefined) return timed(refused, span.moment);
  }
  if (excluded.length === 0 && careTeam.length === 0 && id === undefined) return answer;
  slot.needs ??= needsOf(answer.trace, practice);
  const key = patientKey(slot.needs, excluded, careTeam, id);
  if (key === undefined) return answer;
  const entries = slot.kept?.get(key);
  const kept = entries === undefined ? undefined : keptAnswer(entries, excluded, careTeam, id);
  if (kept !== undefined) return kept;
  const run: PatientRun = { excluded, careTeam, blocked, lastVisit, id };
  const absenceOf = lookupAt(state.absences, time);
  const fresh = timed(resolveCategory(practice, index, input, absenceOf, span.closed, run, time), span.moment);
  if (span.kept >= MAX_PATIENT_ANSWERS) {
    state.span = spanAt(state, time);
    return fresh;
  }
  span.kept++;
  slot.kept ??= new Map();
  const entry = entryOf(run, fresh, slot.needs, practice);
  if (entries === undefined) slot.kept.set(key, [entry]);
  else entries.push(entry);
  return fresh;
}
