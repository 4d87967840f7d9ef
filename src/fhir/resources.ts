import type { Practitioner, PractitionerRole } from "./roleTypes.js";
import type { CodeableConcept, Identifier, Reference, ResourceBase } from "./types.js";

// The R4 resources the export writes, as the subsets it fills (see types.ts).

/**
 * An R4 `Organization`: the practice.
 *
 * @group FHIR
 */
export interface Organization extends ResourceBase {
  /** Discriminant. */
  readonly resourceType: "Organization";
  /** Always `true`. */
  readonly active: boolean;
  /** The practice's name. */
  readonly name: string;
}

/**
 * An R4 `Group` of practitioners: a staff group (named apart from the config's `Group`).
 *
 * @group FHIR
 */
export interface FhirGroup extends ResourceBase {
  /** Discriminant. */
  readonly resourceType: "Group";
  /** Always `"practitioner"` (members are `PractitionerRole`s). */
  readonly type: "practitioner";
  /** Always `true`: the members are listed. */
  readonly actual: boolean;
  /** The group's delivery: `each`, `pool` or `sticky`. */
  readonly code: CodeableConcept;
  /** The group's name. */
  readonly name: string;
  /** The number of members. */
  readonly quantity: number;
  /** The practice's `Organization`. */
  readonly managingEntity: Reference;
  /** The members' `PractitionerRole`s, in the group's order. */
  readonly member?: readonly { readonly entity: Reference }[];
}

/**
 * An R4 `Location`: a site of the practice (named apart from the config's `Location`).
 *
 * @group FHIR
 */
export interface FhirLocation extends ResourceBase {
  /** Discriminant. */
  readonly resourceType: "Location";
  /** Always `"active"`. */
  readonly status: "active";
  /** The location's name. */
  readonly name: string;
  /** Always `"instance"`. */
  readonly mode: "instance";
  /** The practice's `Organization`. */
  readonly managingOrganization: Reference;
}

/**
 * An R4 `CodeSystem`: the six message categories.
 *
 * @group FHIR
 */
export interface CodeSystem extends ResourceBase {
  /** Discriminant. */
  readonly resourceType: "CodeSystem";
  /** The code system's URL (`codeSystemUrl`). */
  readonly url: string;
  /** `"MessageCategory"`. */
  readonly name: string;
  /** `"Patient message categories"`. */
  readonly title: string;
  /** Always `"active"`. */
  readonly status: "active";
  /** Always `true`. */
  readonly caseSensitive: boolean;
  /** Always `"complete"`. */
  readonly content: "complete";
  /** Always 6. */
  readonly count: number;
  /** The six categories in category order, with their labels. */
  readonly concept: readonly { readonly code: string; readonly display: string }[];
}

/**
 * A resource of the practice's Bundle.
 *
 * @group FHIR
 */
export type PracticeResource = Organization | Practitioner | PractitionerRole | FhirGroup | FhirLocation | CodeSystem;

/**
 * An R4 `Bundle` of type `collection`: the practice's resources.
 *
 * @group FHIR
 */
export interface Bundle extends ResourceBase {
  /** Discriminant. */
  readonly resourceType: "Bundle";
  /** Identifies the practice and revision exported. */
  readonly identifier: Identifier;
  /** Always `"collection"`. */
  readonly type: "collection";
  /** The resources, each with `fullUrl` when a `baseUrl` is given. */
  readonly entry: readonly { readonly fullUrl?: string; readonly resource: PracticeResource }[];
}
