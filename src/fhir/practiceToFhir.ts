import { sortedKeys } from "../internal/own.js";
import type { Practice } from "../model/types.js";
import type { Bundle, PracticeResource } from "./bundleTypes.js";
import { absencesByMember, availableTimesOf, closuresOf } from "./internal/availability.js";
import { addressOf, contextOf, type ExportContext } from "./internal/context.js";
import { revisionId } from "./internal/ids.js";
import { practitionerOf, practitionerRoleOf } from "./internal/memberResources.js";
import { categoryCodeSystemOf, groupOf, locationOf, organizationOf } from "./internal/practiceResources.js";
import { PRACTICE_SYSTEM } from "./internal/systems.js";
import type { PracticeToFhirOptions } from "./taskTypes.js";

function entryOf(context: ExportContext, resource: PracticeResource): Bundle["entry"][number] {
  if (context.baseUrl === undefined) return { resource };
  return { fullUrl: addressOf(context, resource.resourceType, resource.id as string), resource };
}

/**
 * Exports a practice as an R4 Bundle of type `collection`: its Organization, the category CodeSystem, a Location
 * per location, a Practitioner and a PractitionerRole per member, and a Group per group, each list in id order.
 * Ids are made from the config's ids, so exporting twice gives the same Bundle. The practice is left untouched.
 *
 * @param practice - A practice, as `parsePractice` returns it.
 * @param options - `baseUrl` of references, `codeSystemUrl` of the categories.
 * @returns A fresh Bundle (plain data, ready for `JSON.stringify`).
 * @example
 * ```ts
 * import { samplePractice } from "patient-message-routing";
 * import { practiceToFhir } from "patient-message-routing/fhir";
 *
 * practiceToFhir(samplePractice()).entry.map((entry) => entry.resource.resourceType).slice(0, 4);
 * //=> ["Organization", "CodeSystem", "Practitioner", "PractitionerRole"]
 * ```
 *
 * @group FHIR
 */
export function practiceToFhir(practice: Practice, options?: PracticeToFhirOptions): Bundle {
  const context = contextOf(options);
  const time = { availableTime: availableTimesOf(practice), closures: closuresOf(practice) };
  const absences = absencesByMember(practice);
  const resources: PracticeResource[] = [organizationOf(practice), categoryCodeSystemOf(context)];
  const locations = practice.locations ?? {};
  for (const id of sortedKeys(locations)) {
    const location = locations[id];
    if (location !== undefined) resources.push(locationOf(context, practice, id, location.name));
  }
  for (const id of sortedKeys(practice.members)) {
    const member = practice.members[id];
    if (member === undefined) continue;
    resources.push(practitionerOf(id, member));
    resources.push(practitionerRoleOf(context, practice, id, member, time, absences.get(id) ?? []));
  }
  for (const id of sortedKeys(practice.groups)) {
    const group = practice.groups[id];
    if (group !== undefined) resources.push(groupOf(context, practice, id, group));
  }
  return {
    resourceType: "Bundle",
    id: revisionId(practice.id, practice.revision),
    identifier: { system: PRACTICE_SYSTEM, value: `${practice.id}@${practice.revision}` },
    type: "collection",
    entry: resources.map((resource) => entryOf(context, resource)),
  };
}
