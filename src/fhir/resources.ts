import type { CodeableConcept, Reference, ResourceBase } from "./types.js";

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
  readonly member?: readonly GroupMember[];
}

/**
 * An R4 `Group.member` entry.
 *
 * @group FHIR
 */
export interface GroupMember {
  /** The member's `PractitionerRole`. */
  readonly entity: Reference;
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
