import type { Id, Member, Practice } from "../../model/types.js";
import type { AvailableTime, NotAvailable, Practitioner, PractitionerRole } from "../roleTypes.js";
import type { CodeableConcept } from "../types.js";
import { type ExportContext, fhirText, referenceTo } from "./context.js";
import { fhirId } from "./ids.js";
import { MEMBER_ROLE_SYSTEM } from "./systems.js";

/** What every member's role shares: the practice's hours and closures. */
export interface PracticeTime {
  readonly availableTime: readonly AvailableTime[];
  readonly closures: readonly NotAvailable[];
}

/** A code of the member-role system (fresh each time: outputs share no object). */
function roleCode(code: "provider" | "staff" | "admin"): CodeableConcept {
  const display = code === "provider" ? "Provider" : code === "staff" ? "Staff" : "Admin";
  return { coding: [{ system: MEMBER_ROLE_SYSTEM, code, display }] };
}

/** The member as a person. */
export function practitionerOf(id: Id, member: Member): Practitioner {
  return {
    resourceType: "Practitioner",
    id: fhirId(id),
    active: member.active,
    name: [{ text: fhirText(member.name) }],
  };
}

/** The member's place in the practice: role, locations, hours, absences and closures. */
export function practitionerRoleOf(
  context: ExportContext,
  practice: Practice,
  id: Id,
  member: Member,
  time: PracticeTime,
  absences: readonly NotAvailable[],
): PractitionerRole {
  const role = roleCode(member.role === "provider" ? "provider" : "staff");
  const locations = (member.locations ?? []).map((location) => referenceTo(context, "Location", location));
  // Fresh copies per role: no two resources share an object, so a caller may change one alone.
  const notAvailable = [...absences, ...time.closures].map(({ description, during }) => ({
    description,
    during: { ...during },
  }));
  return {
    resourceType: "PractitionerRole",
    id: fhirId(id),
    active: member.active,
    practitioner: referenceTo(context, "Practitioner", id, member.name),
    organization: referenceTo(context, "Organization", practice.id, practice.name),
    code: member.admin ? [role, roleCode("admin")] : [role],
    ...(locations.length > 0 ? { location: locations } : {}),
    availableTime: time.availableTime.map((entry) => ({ ...entry, daysOfWeek: [...entry.daysOfWeek] })),
    ...(notAvailable.length > 0 ? { notAvailable } : {}),
  };
}
