import { FNV_OFFSET, FNV_PRIME, fmix32, fnv1a } from "../../internal/hash.js";
import type { Id } from "../../model/types.js";

/** @internal The FNV-1a state after `patientId + "\u0000"`, the prefix every member's score shares. */
export function stickyPrefix(patientId: string): number {
  return Math.imul(fnv1a(FNV_OFFSET, patientId), FNV_PRIME); // the NUL byte: h ^ 0 = h
}

/**
 * @internal The score of a member for a patient (DESIGN.md section 12): fmix32 of the FNV-1a 32-bit hash of
 * the UTF-8 bytes of `patient.id + "\u0000" + memberId`, from {@link stickyPrefix}.
 */
export function stickyScore(prefix: number, memberId: Id): number {
  return fmix32(fnv1a(prefix, memberId));
}

/**
 * @internal The group's members in the order a sticky group tries them for a patient: highest score first,
 * ties by smaller id; each id once.
 */
export function stickyOrder(patientId: string, members: readonly Id[]): Id[] {
  const prefix = stickyPrefix(patientId);
  const scored = [...new Set(members)].map((id) => ({ id, score: stickyScore(prefix, id) }));
  scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return scored.map((entry) => entry.id);
}
