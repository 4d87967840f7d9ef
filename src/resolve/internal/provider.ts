import { getOwn } from "../../internal/own.js";
import type { Id, Practice } from "../../model/types.js";

/** @internal What the input's `providerId` names: nothing, an unknown id, a staff member, or a provider. */
export type PatientProvider =
  | { readonly kind: "none" | "unknown" | "staff" }
  | { readonly kind: "provider"; readonly id: Id };

/** No provider given. */
const NO_PROVIDER: PatientProvider = Object.freeze({ kind: "none" });
/** An id naming nobody. */
const UNKNOWN_PROVIDER: PatientProvider = Object.freeze({ kind: "unknown" });
/** An id naming a member who is not a provider. */
const STAFF_PROVIDER: PatientProvider = Object.freeze({ kind: "staff" });

/** @internal Classifies a `providerId` (an inactive provider is still a provider: its table is used). */
export function patientProvider(practice: Practice, providerId: Id | null | undefined): PatientProvider {
  if (providerId === null || providerId === undefined) return NO_PROVIDER;
  const member = getOwn(practice.members, providerId);
  if (member === undefined) return UNKNOWN_PROVIDER;
  return member.role === "provider" ? { kind: "provider", id: providerId } : STAFF_PROVIDER;
}
