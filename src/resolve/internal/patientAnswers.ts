import { getOwn } from "../../internal/own.js";
import type { Id, Practice } from "../../model/types.js";
import type { TraceStep } from "../trace.js";
import type { Resolution } from "../types.js";
import type { PatientRun } from "./patient.js";

// A router's answers for patients. An answer depends on a patient only through what its trace names: whether
// each member it names is excluded, the care team when it expands one, the patient's id when a sticky group
// chooses. So an answer resolved for one patient is the answer of every patient who agrees on those. These
// functions read the patient's fields as given (no copy): the cheap path of a router allocates nothing.

/** @internal What an answer depends on of a patient: the members its trace names, the care team, the id. */
export interface Needs {
  readonly named: readonly Id[];
  readonly careTeam: boolean;
  readonly sticky: boolean;
}

/** @internal Every member id a trace names (cells' members, coverers, skipped and unknown members, the backstop). */
export function needsOf(trace: readonly TraceStep[], practice: Practice): Needs {
  const named = new Set<Id>();
  let careTeam = false;
  let sticky = false;
  for (const step of trace) {
    if (step.kind === "care_team") careTeam = true;
    if (step.kind === "sticky") sticky = true;
    if (step.kind === "group" && getOwn(practice.groups, step.groupId)?.delivery === "sticky") sticky = true;
    for (const value of Object.values(step)) {
      if (!Array.isArray(value)) continue;
      for (const item of value) {
        if (typeof item === "string") named.add(item);
        else if (typeof item?.id === "string") named.add(item.id); // a cell's entries
      }
    }
    for (const key of ["memberId", "coveredBy", "covererId", "providerId", "senderId"] as const) {
      const value = (step as Partial<Record<typeof key, unknown>>)[key];
      if (typeof value === "string") named.add(value);
    }
  }
  return { named: [...named], careTeam, sticky };
}

/**
 * @internal Which of the `named` members a patient excludes, as one exact value: a bit per position for up
 * to 31 names (0 when none), else the positions joined. Two patients agree on them exactly when the values
 * are equal.
 */
function excludedOf(named: readonly Id[], excluded: readonly Id[]): number | string {
  let bits = 0;
  for (let k = 0; k < excluded.length; k++) {
    const member = excluded[k];
    for (let at = 0; at < named.length; at++) if (named[at] === member) bits |= 1 << (at & 31);
  }
  if (bits === 0 || named.length <= 31) return bits;
  return named.flatMap((id, at) => (excluded.includes(id) ? [at] : [])).join();
}

/** @internal An answer resolved for a patient, with what that patient was for it. */
export interface Entry {
  /**
   * Whether its key alone tells which patients it is for: the key is the excluded members among the names of
   * the answer it was kept under, and this answer names no other member and reads neither care team nor id.
   */
  readonly exact: boolean;
  /** What the answer reads of a patient, and the patient's {@link excludedOf} those names. */
  readonly needs: Needs;
  readonly excluded: number | string;
  readonly careTeam: readonly Id[];
  readonly id: string | undefined;
  readonly answer: Resolution;
}

/**
 * @internal The key of a patient's answer among those kept for an answer resolved without a patient (`needs`
 * is what that answer reads), or `undefined` when the patient changes nothing in it: the excluded members it
 * names ({@link excludedOf}), else the patient's id when a sticky group chooses, and the care team when it
 * expands one.
 */
export function patientKey(
  needs: Needs,
  excluded: readonly Id[],
  careTeam: readonly Id[],
  id: string | undefined,
): number | string | undefined {
  const mask = excludedOf(needs.named, excluded);
  const team = needs.careTeam && careTeam.length > 0;
  const sticky = needs.sticky && id !== undefined;
  if (!team && !sticky) return mask === 0 ? undefined : mask;
  if (!team) return id; // the patient's own string: its hash is computed once
  const teamKey = careTeam.join("\u0000");
  return sticky ? `${id}\u0001${teamKey}` : teamKey;
}

/** @internal The kept answer for a patient who agrees with one seen before on everything it reads, or `undefined`. */
export function keptAnswer(
  entries: readonly Entry[],
  excluded: readonly Id[],
  careTeam: readonly Id[],
  id: string | undefined,
): Resolution | undefined {
  for (const entry of entries) {
    if (entry.exact) return entry.answer;
    const { needs } = entry;
    if (excludedOf(needs.named, excluded) !== entry.excluded) continue;
    if (needs.sticky && entry.id !== id) continue;
    if (needs.careTeam && !sameList(entry.careTeam, careTeam)) continue;
    return entry.answer;
  }
  return undefined;
}

function sameList(a: readonly Id[], b: readonly Id[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** @internal The entry keeping `fresh`, resolved for `patient` from an answer that reads `base` of a patient. */
export function entryOf(patient: PatientRun, fresh: Resolution, base: Needs, practice: Practice): Entry {
  const needs = needsOf(fresh.trace, practice);
  const excluded = excludedOf(needs.named, patient.excluded);
  const masked = !base.careTeam && !base.sticky; // then the key is excludedOf(base.named, …): see patientKey
  const exact = masked && !needs.careTeam && !needs.sticky && needs.named.every((id) => base.named.includes(id));
  return { exact, needs, excluded, careTeam: [...patient.careTeam], id: patient.id, answer: fresh };
}
