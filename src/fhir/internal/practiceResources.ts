import { getOwn } from "../../internal/own.js";
import { CATEGORY_LABELS, MESSAGE_CATEGORIES } from "../../model/categories.js";
import type { Group, Id, Practice } from "../../model/types.js";
import type { CodeSystem } from "../bundleTypes.js";
import type { FhirGroup, FhirLocation, Organization } from "../resources.js";
import { type ExportContext, fhirText, referenceTo } from "./context.js";
import { fhirId } from "./ids.js";
import { DELIVERY_SYSTEM, TIME_ZONE_EXTENSION } from "./systems.js";

/** The practice, with its time zone as an extension. */
export function organizationOf(practice: Practice): Organization {
  return {
    resourceType: "Organization",
    id: fhirId(practice.id),
    extension: [{ url: TIME_ZONE_EXTENSION, valueCode: practice.timeZone }],
    active: true,
    name: fhirText(practice.name),
  };
}

/** A staff group: its members' roles in order, its delivery as a code. */
export function groupOf(context: ExportContext, practice: Practice, id: Id, group: Group): FhirGroup {
  const member = group.members.map((memberId) => ({
    entity: referenceTo(context, "PractitionerRole", memberId, getOwn(practice.members, memberId)?.name),
  }));
  const delivery = group.delivery ?? "each";
  return {
    resourceType: "Group",
    id: fhirId(id),
    type: "practitioner",
    actual: true,
    code: { coding: [{ system: DELIVERY_SYSTEM, code: delivery }] },
    name: fhirText(group.name),
    quantity: member.length,
    managingEntity: referenceTo(context, "Organization", practice.id, practice.name),
    ...(member.length > 0 ? { member } : {}),
  };
}

/** A site of the practice. */
export function locationOf(context: ExportContext, practice: Practice, id: Id, name: string): FhirLocation {
  return {
    resourceType: "Location",
    id: fhirId(id),
    status: "active",
    name: fhirText(name),
    mode: "instance",
    managingOrganization: referenceTo(context, "Organization", practice.id, practice.name),
  };
}

/** The six categories as a code system. */
export function categoryCodeSystemOf(context: ExportContext): CodeSystem {
  return {
    resourceType: "CodeSystem",
    id: "message-category",
    url: context.codeSystemUrl,
    name: "MessageCategory",
    title: "Patient message categories",
    status: "active",
    caseSensitive: true,
    content: "complete",
    count: MESSAGE_CATEGORIES.length,
    concept: MESSAGE_CATEGORIES.map((code) => ({ code, display: CATEGORY_LABELS[code] })),
  };
}
