/**
 * FHIR R4 export of `patient-message-routing`: a practice as a Bundle, a routing decision as Tasks, an audit
 * entry as a Provenance. Export only: the JSON config stays the source of truth. The R4 types are written here,
 * so nothing else needs installing.
 *
 * @module patient-message-routing/fhir
 */
// Public surface of `patient-message-routing/fhir`.

export { auditToProvenance } from "./auditToProvenance.js";
export type { Bundle, BundleEntry, CodeSystem, CodeSystemConcept, PracticeResource } from "./bundleTypes.js";
export { practiceToFhir } from "./practiceToFhir.js";
export { resolutionToFhir } from "./resolutionToFhir.js";
export type { FhirGroup, FhirLocation, GroupMember, Organization } from "./resources.js";
export type { AvailableTime, NotAvailable, Practitioner, PractitionerRole } from "./roleTypes.js";
export type {
  AuditToProvenanceOptions,
  FhirExportOptions,
  PracticeToFhirOptions,
  Provenance,
  ProvenanceAgent,
  ResolutionToFhirOptions,
  ResolutionToFhirResult,
  Task,
} from "./taskTypes.js";
export type {
  CodeableConcept,
  Coding,
  FhirExtension,
  HumanName,
  Identifier,
  Period,
  Reference,
  ResourceBase,
} from "./types.js";
