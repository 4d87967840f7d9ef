// The URLs of this library's code systems, identifier systems and extensions (docs/fhir.md lists them).

/** The category code system's default URL. */
export const CATEGORY_SYSTEM = "urn:patient-message-routing:message-category";
/** Codes `provider`, `staff` and `admin` of `PractitionerRole.code`. */
export const MEMBER_ROLE_SYSTEM = "urn:patient-message-routing:member-role";
/** Codes `each`, `pool`, `sticky` of `Group.code`. */
export const DELIVERY_SYSTEM = "urn:patient-message-routing:group-delivery";
/** Group ids as codes, for a pool Task's `performerType`. */
export const GROUP_SYSTEM = "urn:patient-message-routing:group";
/** Edit types (`set_route`, `revert`, …) as codes of `Provenance.activity`. */
export const EDIT_TYPE_SYSTEM = "urn:patient-message-routing:edit-type";
/** The identifier system of Tasks. */
export const TASK_SYSTEM = "urn:patient-message-routing:task";
/** The identifier system of a practice revision (the Bundle's identifier). */
export const PRACTICE_SYSTEM = "urn:patient-message-routing:practice";
/** The identifier system of system actors (a Provenance agent that is not a member). */
export const SYSTEM_ACTOR_SYSTEM = "urn:patient-message-routing:system-actor";
/** Extension: the practice's IANA time zone (`valueCode`) on the Organization. */
export const TIME_ZONE_EXTENSION = "urn:patient-message-routing:time-zone";
/** Extension: the practice revision after an edit (`valueInteger`) on a Provenance. */
export const REVISION_EXTENSION = "urn:patient-message-routing:revision";
/** Extension: the pool's `Group` (`valueReference`) on a pool Task. */
export const POOL_EXTENSION = "urn:patient-message-routing:pool-group";
/** HL7's provenance participant types (`author`). */
export const PARTICIPANT_TYPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";
