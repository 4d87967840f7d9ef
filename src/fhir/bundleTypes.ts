import type { FhirGroup, FhirLocation, Organization } from "./resources.js";
import type { Practitioner, PractitionerRole } from "./roleTypes.js";
import type { Identifier, ResourceBase } from "./types.js";

// The R4 Bundle of a practice and the category CodeSystem in it (see types.ts).

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
  readonly concept: readonly CodeSystemConcept[];
}

/**
 * An R4 `CodeSystem.concept` entry: a category and its label.
 *
 * @group FHIR
 */
export interface CodeSystemConcept {
  /** The category id, e.g. `"appointments"`. */
  readonly code: string;
  /** The label patients see, e.g. `"Appointments"`. */
  readonly display: string;
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
  readonly entry: readonly BundleEntry[];
}

/**
 * An R4 `Bundle.entry`.
 *
 * @group FHIR
 */
export interface BundleEntry {
  /** `<baseUrl>/<Type>/<id>`, when a `baseUrl` is given. */
  readonly fullUrl?: string;
  /** The resource. */
  readonly resource: PracticeResource;
}
