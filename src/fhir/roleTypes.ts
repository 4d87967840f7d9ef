import type { CodeableConcept, HumanName, Period, Reference, ResourceBase } from "./types.js";

// The R4 resources of a practice member (see types.ts).

/**
 * An R4 `Practitioner`: a practice member as a person.
 *
 * @group FHIR
 */
export interface Practitioner extends ResourceBase {
  /** Discriminant. */
  readonly resourceType: "Practitioner";
  /** The member's `active`. */
  readonly active: boolean;
  /** The member's name, as text. */
  readonly name: readonly HumanName[];
}

/**
 * An R4 `PractitionerRole.availableTime` entry: weekdays and a local time range (both ends `hh:mm:ss`).
 *
 * @group FHIR
 */
export interface AvailableTime {
  /** `"mon"` … `"sun"`. */
  readonly daysOfWeek: readonly string[];
  /** `true` for a period from `00:00` to `24:00`. */
  readonly allDay?: boolean;
  /** Opening time, inclusive. */
  readonly availableStartTime?: string;
  /** Closing time, exclusive; absent when the period runs to the end of the day (`"24:00"`). */
  readonly availableEndTime?: string;
}

/**
 * An R4 `PractitionerRole.notAvailable` entry: an absence or a closure.
 *
 * @group FHIR
 */
export interface NotAvailable {
  /** Why, e.g. "Absent, covered by Kim Jones" or a closure's name. */
  readonly description: string;
  /** When, `[start, end)`. */
  readonly during: Period;
}

/**
 * An R4 `PractitionerRole`: a member's place in the practice.
 *
 * @group FHIR
 */
export interface PractitionerRole extends ResourceBase {
  /** Discriminant. */
  readonly resourceType: "PractitionerRole";
  /** The member's `active`. */
  readonly active: boolean;
  /** The member's `Practitioner`. */
  readonly practitioner: Reference;
  /** The practice's `Organization`. */
  readonly organization: Reference;
  /** The role (`provider` or `staff`), then `admin` for admins. */
  readonly code: readonly CodeableConcept[];
  /** The member's locations. */
  readonly location?: readonly Reference[];
  /** The practice's opening hours. */
  readonly availableTime?: readonly AvailableTime[];
  /** The member's absences, then the practice's closures. */
  readonly notAvailable?: readonly NotAvailable[];
}
