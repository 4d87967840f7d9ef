// The few FHIR R4 shapes the export writes, by hand: the subpath's types need no FHIR package, so a consumer's
// compiler resolves them without extra installs. Each is the subset of the R4 element the export fills, with
// R4's names and cardinalities, so the values are assignable to the types of a full R4 package.

/**
 * An R4 `Extension` with the value types the export writes.
 *
 * @group FHIR
 */
export interface FhirExtension {
  /** The extension's URL (a URN of this library's). */
  readonly url: string;
  /** A code value, e.g. an IANA time zone. */
  readonly valueCode?: string;
  /** A whole number, e.g. a revision. */
  readonly valueInteger?: number;
  /** A reference, e.g. to a `Group`. */
  readonly valueReference?: Reference;
}

/**
 * An R4 `Identifier`: a system and a value.
 *
 * @group FHIR
 */
export interface Identifier {
  /** The namespace of the value. */
  readonly system?: string;
  /** The value, unique in the system. */
  readonly value?: string;
}

/**
 * An R4 `Reference` to another resource, by literal reference, by identifier, or both.
 *
 * @group FHIR
 */
export interface Reference {
  /** A literal reference, e.g. `"PractitionerRole/jsmith"` or an absolute URL. */
  readonly reference?: string;
  /** The type of the target resource, e.g. `"Device"`. */
  readonly type?: string;
  /** A logical reference, when there is no literal one. */
  readonly identifier?: Identifier;
  /** Text for people, e.g. a name. */
  readonly display?: string;
}

/**
 * An R4 `Coding`: a code from a code system.
 *
 * @group FHIR
 */
export interface Coding {
  /** The code system's URL. */
  readonly system?: string;
  /** The code. */
  readonly code?: string;
  /** The code's text for people. */
  readonly display?: string;
}

/**
 * An R4 `CodeableConcept`: codings and text.
 *
 * @group FHIR
 */
export interface CodeableConcept {
  /** Codes of the concept. */
  readonly coding?: readonly Coding[];
  /** Text for people. */
  readonly text?: string;
}

/**
 * An R4 `Period`: `[start, end)` instants.
 *
 * @group FHIR
 */
export interface Period {
  /** The start, inclusive. */
  readonly start?: string;
  /** The end. */
  readonly end?: string;
}

/**
 * An R4 `HumanName`, written as text only (the config has one display name).
 *
 * @group FHIR
 */
export interface HumanName {
  /** The full name as displayed. */
  readonly text?: string;
}

/**
 * The fields every resource the export writes may have.
 *
 * @group FHIR
 */
export interface ResourceBase {
  /** The logical id: deterministic, 1–64 characters of `A-Z a-z 0-9 - .`. */
  readonly id?: string;
  /** Extensions. */
  readonly extension?: readonly FhirExtension[];
}
