import type { CodeableConcept, Identifier, Reference, ResourceBase } from "./types.js";

// The R4 resources of routing decisions and settings changes, and the options of the export (see types.ts).

/**
 * An R4 `Task`: one work item for a recipient, or for a pool's shared queue.
 *
 * @group FHIR
 */
export interface Task extends ResourceBase {
  /** Discriminant. */
  readonly resourceType: "Task";
  /** One identifier made from the Communication and the owner or pool: the same input gives the same value. */
  readonly identifier: readonly Identifier[];
  /** Always `"requested"`. */
  readonly status: "requested";
  /** Always `"order"`. */
  readonly intent: "order";
  /** The patient's `Communication`. */
  readonly focus: Reference;
  /** The patient, when given. */
  readonly for?: Reference;
  /** The recipient's `PractitionerRole` (absent on a pool's Task). */
  readonly owner?: Reference;
  /** A pool's Task: the pool's group as a code (the group's `Group` is in `extension`). */
  readonly performerType?: readonly CodeableConcept[];
}

/**
 * An R4 `Provenance`: one line of the settings audit trail.
 *
 * @group FHIR
 */
export interface Provenance extends ResourceBase {
  /** Discriminant. */
  readonly resourceType: "Provenance";
  /** What the settings live in, as the caller names it. */
  readonly target: readonly Reference[];
  /** The audit entry's `at`. */
  readonly occurredDateTime: string;
  /** The audit entry's `at`. */
  readonly recorded: string;
  /** The edit type as a code, and the entry's summary as text. */
  readonly activity: CodeableConcept;
  /** The author: the admin's `PractitionerRole`, or a system as a `Device` identifier. */
  readonly agent: readonly ProvenanceAgent[];
}

/**
 * An R4 `Provenance.agent` entry: who made the change, for whom.
 *
 * @group FHIR
 */
export interface ProvenanceAgent {
  /** Always `author` (HL7's provenance participant types). */
  readonly type: CodeableConcept;
  /** The admin's `PractitionerRole`, or a system actor as a `Device` identifier. */
  readonly who: Reference;
  /** The practice's `Organization`. */
  readonly onBehalfOf: Reference;
}

/**
 * Where references point and which code system the categories use.
 *
 * @group FHIR
 */
export interface FhirExportOptions {
  /**
   * The base of references, e.g. `"https://fhir.example.com/fhir/R4"`: references become `<baseUrl>/<Type>/<id>`
   * and Bundle entries get that `fullUrl`. Absent: relative references `<Type>/<id>` and no `fullUrl`.
   */
  readonly baseUrl?: string;
  /** The URL of the category code system; default `"urn:patient-message-routing:message-category"`. */
  readonly codeSystemUrl?: string;
}

/**
 * Options of `practiceToFhir`.
 *
 * @group FHIR
 */
export type PracticeToFhirOptions = FhirExportOptions;

/**
 * Options of `resolutionToFhir`: the message, its patient, and how to make Tasks.
 *
 * @group FHIR
 */
export interface ResolutionToFhirOptions extends FhirExportOptions {
  /** The patient's `Communication` (with a `reference`, or an `identifier`). */
  readonly communication: Reference;
  /** The patient, written as each Task's `for`. */
  readonly patient?: Reference;
  /**
   * `"task_per_recipient"`: one Task per recipient, owned by them. `"pool_task"`: one Task per pool of the
   * resolution, without owner and with the pool's group as `performerType`, plus one per recipient in no pool.
   */
  readonly mode: "task_per_recipient" | "pool_task";
}

/**
 * What `resolutionToFhir` returns: the recipients as references, and the Tasks to create.
 *
 * @group FHIR
 */
export interface ResolutionToFhirResult {
  /** The resolution's recipients, in order, as `PractitionerRole` references (for `Communication.recipient`). */
  readonly recipient: readonly Reference[];
  /** The Tasks, in recipient order; both lists are empty for a failed resolution. */
  readonly tasks: readonly Task[];
}

/**
 * Options of `auditToProvenance`.
 *
 * @group FHIR
 */
export interface AuditToProvenanceOptions extends FhirExportOptions {
  /** What the settings live in, e.g. the practice's `Organization` or a `Basic` resource holding the config. */
  readonly target: Reference;
}
