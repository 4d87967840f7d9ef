import { getOwn } from "../../internal/own.js";
import type { Id, Practice } from "../../model/types.js";
import type { TraceStep } from "../trace.js";
import type { Resolution } from "../types.js";
import type { PatientRun } from "./patient.js";

// A router's answers for patients. An answer depends on a patient only through what its trace names: whether
// each member it names is excluded, the care team when it expands one, the patient's id when a sticky group
// chooses. So an answer resolved for one patient is the answer of every patient who agrees on those.

/** What an answer depends on of a patient: the members its trace names (with an index each), care team, id. */
interface Needs {
  readonly index: ReadonlyMap<Id, number>;
  readonly careTeam: boolean;
  readonly sticky: boolean;
}

/** Memo of {@link needsOf}, by trace (traces are frozen and shared between spans). */
const needsMemo = new WeakMap<object, Needs>();

/** Every member id a trace names (cells' members, coverers, skipped and unknown members, the backstop). */
function needsOf(trace: readonly TraceStep[], practice: Practice): Needs {
  const known = needsMemo.get(trace);
  if (known !== undefined) return known;
  const index = new Map<Id, number>();
  const name = (id: Id) => {
    if (!index.has(id)) index.set(id, index.size);
  };
  let careTeam = false;
  let sticky = false;
  for (const step of trace) {
    if (step.kind === "care_team") careTeam = true;
    if (step.kind === "sticky") sticky = true;
    if (step.kind === "group" && getOwn(practice.groups, step.groupId)?.delivery === "sticky") sticky = true;
    for (const value of Object.values(step)) {
      if (!Array.isArray(value)) continue;
      for (const item of value) {
        if (typeof item === "string") name(item);
        else if (typeof item?.id === "string") name(item.id); // a cell's entries
      }
    }
    for (const key of ["memberId", "coveredBy", "covererId", "providerId", "senderId"] as const) {
      const value = (step as Partial<Record<typeof key, unknown>>)[key];
      if (typeof value === "string") name(value);
    }
  }
  const needs = { index, careTeam, sticky };
  needsMemo.set(trace, needs);
  return needs;
}

/** An answer resolved for a patient, with what that patient was for it. */
interface Entry {
  /** The patient's excluded members among those the answer names. */
  readonly excluded: readonly Id[];
  readonly careTeam: readonly Id[];
  readonly id: string | undefined;
  readonly answer: Resolution;
}

/** The answers kept for patients in one span: by the answer without a patient, then by key. */
export interface PatientAnswers {
  readonly byAnswer: Map<Resolution, Map<number | string, Entry[]>>;
  size: number;
}

/** Most answers kept for patients in one span; past it the memo starts again (a bound on memory). */
const MAX_PATIENT_ANSWERS = 10_000;

/**
 * @internal The key of a patient's answer among those kept for `answer` (resolved without a patient), or
 * `undefined` when the patient changes nothing in it: a bit per excluded member it names, else the patient's
 * id when a sticky group chooses, and the care team when it expands one.
 */
export function patientKey(answer: Resolution, patient: PatientRun, practice: Practice): number | string | undefined {
  const { excluded, careTeam, id } = patient;
  if (excluded.length === 0 && careTeam.length === 0 && id === undefined) return undefined;
  const needs = needsOf(answer.trace, practice);
  let bits = 0;
  for (let k = 0; k < excluded.length; k++) {
    const at = needs.index.get(excluded[k] as Id);
    if (at !== undefined) bits |= 1 << (at & 31);
  }
  const team = needs.careTeam && careTeam.length > 0;
  const sticky = needs.sticky && id !== undefined;
  if (!team && !sticky) return bits === 0 ? undefined : bits;
  if (!team) return id; // the patient's own string: its hash is computed once
  const teamKey = careTeam.join("\u0000");
  return sticky ? `${id}\u0001${teamKey}` : teamKey;
}

/** Whether `entry` is the answer for `patient`: they agree on every member it names, and on what else it reads. */
function fits(entry: Entry, patient: PatientRun, practice: Practice): boolean {
  const needs = needsOf(entry.answer.trace, practice);
  const { excluded } = patient;
  let named = 0;
  for (let k = 0; k < excluded.length; k++) {
    const id = excluded[k] as Id;
    if (needs.index.has(id) && excluded.indexOf(id) === k) named++;
  }
  if (named !== entry.excluded.length) return false;
  for (const id of entry.excluded) if (!excluded.includes(id)) return false;
  if (needs.sticky && entry.id !== patient.id) return false;
  if (!needs.careTeam) return true;
  const { careTeam } = patient;
  if (entry.careTeam.length !== careTeam.length) return false;
  for (let k = 0; k < careTeam.length; k++) if (entry.careTeam[k] !== careTeam[k]) return false;
  return true;
}

/** @internal The answer kept for a patient who agrees with one seen before, or `undefined`. */
export function keptAnswer(
  kept: PatientAnswers,
  answer: Resolution,
  key: number | string,
  patient: PatientRun,
  practice: Practice,
): Resolution | undefined {
  const entries = kept.byAnswer.get(answer)?.get(key);
  if (entries === undefined) return undefined;
  for (const entry of entries) if (fits(entry, patient, practice)) return entry.answer;
  return undefined;
}

/** @internal Keeps `fresh`, resolved for `patient`, under `answer` and `key`. */
export function keepAnswer(
  kept: PatientAnswers,
  answer: Resolution,
  key: number | string,
  patient: PatientRun,
  fresh: Resolution,
  practice: Practice,
): void {
  if (kept.size >= MAX_PATIENT_ANSWERS) {
    kept.byAnswer.clear();
    kept.size = 0;
  }
  const needs = needsOf(fresh.trace, practice);
  const excluded = patient.excluded.filter((id, k, all) => needs.index.has(id) && all.indexOf(id) === k);
  const entry: Entry = { excluded, careTeam: [...patient.careTeam], id: patient.id, answer: fresh };
  let byKey = kept.byAnswer.get(answer);
  if (byKey === undefined) {
    byKey = new Map();
    kept.byAnswer.set(answer, byKey);
  }
  const entries = byKey.get(key);
  if (entries === undefined) byKey.set(key, [entry]);
  else entries.push(entry);
  kept.size++;
}
