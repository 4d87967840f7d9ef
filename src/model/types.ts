import type { MessageCategory } from "./categories.js";

/**
 * A member id, group id, coverage id or practice id: 1–128 of `A-Z a-z 0-9 . _ : @ -`.
 *
 * @group Parsing
 */
export type Id = string;

/**
 * An ISO 8601 timestamp with `Z` or an offset, e.g. `"2026-12-01T00:00:00Z"`.
 *
 * @group Parsing
 */
export type Timestamp = string;

/**
 * Whether a practice member is a provider (has patients) or staff.
 *
 * @group Parsing
 */
export type MemberRole = "provider" | "staff";

/**
 * A practice user.
 *
 * @group Parsing
 */
export interface Member {
  /** Display name, 1–200 characters, used in explanations and audit summaries. */
  readonly name: string;
  /** `"provider"` (has patients, may have a routing table) or `"staff"`. */
  readonly role: MemberRole;
  /** Admins may change messaging settings. */
  readonly admin: boolean;
  /** Inactive members never receive messages. */
  readonly active: boolean;
  /** The practice's locations (sites) the member works at, by location id (version 2; informative, and exported to FHIR). */
  readonly locations?: readonly Id[];
}

/**
 * How a message routed to a group is delivered (version 2): `"each"` member gets a copy (the default), one
 * shared copy in the group's `"pool"` queue, or one member, the same one for a patient (`"sticky"`).
 *
 * @group Parsing
 */
export type GroupDelivery = "each" | "pool" | "sticky";

/**
 * A site of the practice (version 2), with a routing table of its own in `locationRouting`.
 *
 * @group Parsing
 */
export interface Location {
  /** Display name, e.g. "Riverside clinic". */
  readonly name: string;
}

/**
 * A staff pool: a message routed to a group goes to each of its members.
 *
 * @group Parsing
 */
export interface Group {
  /** Display name, e.g. "Front Desk". */
  readonly name: string;
  /** Member ids, in order; no nested groups. */
  readonly members: readonly Id[];
  /** What patients see for this group when the practice shows recipients, e.g. "Front desk team" (version 2). */
  readonly patientLabel?: string;
  /** How a message routed to the group is delivered; `"each"` when absent (version 2). */
  readonly delivery?: GroupDelivery;
}

/**
 * A routing target named by member id.
 *
 * @group Parsing
 */
export interface MemberRecipient {
  /** Discriminant. */
  readonly type: "member";
  /** The member's id. */
  readonly id: Id;
}

/**
 * A routing target naming a group.
 *
 * @group Parsing
 */
export interface GroupRecipient {
  /** Discriminant. */
  readonly type: "group";
  /** The group's id. */
  readonly id: Id;
}

/**
 * A routing target meaning "the patient's own provider".
 *
 * @group Parsing
 */
export interface AssignedProviderRecipient {
  /** Discriminant. */
  readonly type: "assigned_provider";
}

/**
 * A routing target meaning "the patient's care team", as the resolve input gives it (format version 2).
 *
 * @group Parsing
 */
export interface CareTeamRecipient {
  /** Discriminant. */
  readonly type: "care_team";
}

/**
 * One entry of a routing cell.
 *
 * @group Parsing
 */
export type Recipient = MemberRecipient | GroupRecipient | AssignedProviderRecipient | CareTeamRecipient;

/**
 * A provider's table: any category may be missing (missing means "use the default table").
 *
 * @group Parsing
 */
export type RoutingTable = { readonly [C in MessageCategory]?: readonly Recipient[] };

/**
 * The practice table: every category present and non-empty.
 *
 * @group Parsing
 */
export type DefaultRoutingTable = { readonly [C in MessageCategory]: readonly Recipient[] };

/**
 * A dated absence: `member` is away on `[from, until)` and `coveredBy`, when given, receives in their place.
 *
 * @group Parsing
 */
export interface Coverage {
  /** The absent member's id. */
  readonly member: Id;
  /** Start of the absence, inclusive. */
  readonly from: Timestamp;
  /** End of the absence, exclusive; must be later than `from`. */
  readonly until: Timestamp;
  /**
   * The member who receives in the absent member's place. Absent (format version 2 only): nobody covers, so
   * the member is dropped while away and the cell falls back as for an inactive member.
   */
  readonly coveredBy?: Id;
}

/**
 * Practice-wide messaging switches.
 *
 * @group Parsing
 */
export interface MessagingSettings {
  /** "Allow patients to send messages to the practice" (off by default in the product). */
  readonly patientInitiated: boolean;
  /** Patients may reply to messages the practice sent them. */
  readonly patientReplies: boolean;
  /** Categories patients may not choose, in category order without repeats. */
  readonly disabledCategories: readonly MessageCategory[];
  /** The patient view names who will receive a message (format version 2; absent means `false`). */
  readonly showRecipientsToPatients?: boolean;
  /**
   * The promise shown to patients, "we answer within N business days" (1–30; format version 2). Needs a
   * schedule: it sets `respondBy` on every successful resolution.
   */
  readonly responseBusinessDays?: number;
  /** Only patients seen recently may start a message (format version 2); absent means every patient may. */
  readonly eligibility?: Eligibility;
}

/**
 * Which patients may start a message: those whose last visit is at most `visitWithinDays` days before the
 * message, per category or for the practice.
 *
 * @group Parsing
 */
export interface Eligibility {
  /** Days since the last visit, 1–3650, for every category without a rule of its own. */
  readonly visitWithinDays?: number;
  /** Rules of single categories. */
  readonly categories?: EligibilityByCategory;
}

/**
 * Eligibility rules of single categories, each counting instead of the practice's rule.
 *
 * @group Parsing
 */
export interface EligibilityByCategory {
  /** The rule for Appointments. */
  readonly appointments?: CategoryEligibility;
  /** The rule for Referrals. */
  readonly referrals?: CategoryEligibility;
  /** The rule for Prescriptions & Refills. */
  readonly prescriptions?: CategoryEligibility;
  /** The rule for Lab or Other Test Results. */
  readonly test_results?: CategoryEligibility;
  /** The rule for General Inquiry. */
  readonly general_inquiry?: CategoryEligibility;
  /** The rule for Question About My Health. */
  readonly health_question?: CategoryEligibility;
}

/**
 * The eligibility rule of one category.
 *
 * @group Parsing
 */
export interface CategoryEligibility {
  /** Days since the last visit, 1–3650. */
  readonly visitWithinDays: number;
}

/**
 * A day of the week as the schedule names it.
 *
 * @group Parsing
 */
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

/**
 * An opening period of one weekday: `[open, close)` in local wall-clock time `HH:MM` (24 h); `close` may be
 * `"24:00"`, the end of the day.
 *
 * @group Parsing
 */
export type OpeningPeriod = readonly [open: string, close: string];

/**
 * A closure: whole local days, `firstDay` to `lastDay` inclusive, on which the practice is closed.
 *
 * @group Parsing
 */
export interface Closure {
  /** Display name, e.g. "Christmas Day". */
  readonly name: string;
  /** The first closed day, `YYYY-MM-DD` in the practice's time zone. */
  readonly firstDay: string;
  /** The last closed day, `YYYY-MM-DD`, not before `firstDay`. */
  readonly lastDay: string;
}

/**
 * Opening periods per weekday: sorted, not overlapping; a weekday that is missing is closed all day.
 *
 * @group Parsing
 */
export interface WeeklyHours {
  /** Monday's periods. */
  readonly mon?: readonly OpeningPeriod[];
  /** Tuesday's periods. */
  readonly tue?: readonly OpeningPeriod[];
  /** Wednesday's periods. */
  readonly wed?: readonly OpeningPeriod[];
  /** Thursday's periods. */
  readonly thu?: readonly OpeningPeriod[];
  /** Friday's periods. */
  readonly fri?: readonly OpeningPeriod[];
  /** Saturday's periods. */
  readonly sat?: readonly OpeningPeriod[];
  /** Sunday's periods. */
  readonly sun?: readonly OpeningPeriod[];
}

/**
 * When the practice is open: weekly opening hours and closed days, read on the practice's wall clock.
 *
 * @group Parsing
 */
export interface Schedule {
  /** Per weekday, sorted non-overlapping periods; a weekday that is missing is closed all day. */
  readonly hours: WeeklyHours;
  /** Closed days, keyed by id (empty when the document omits them). */
  readonly closures: Readonly<Record<Id, Closure>>;
}

/**
 * A practice configuration, format version 2, as returned by `parsePractice` (deeply frozen). Version 1
 * documents are read into this shape (`timeZone: "UTC"`, no optional field).
 *
 * @group Parsing
 */
export interface Practice {
  /** Always 2: the parser migrates version 1 documents. */
  readonly schemaVersion: 2;
  /** The practice's id. */
  readonly id: Id;
  /** The practice's display name. */
  readonly name: string;
  /** Incremented by every edit that changes something. */
  readonly revision: number;
  /** The IANA time zone of the practice, e.g. `"America/New_York"`; every date a person reads is written in it. */
  readonly timeZone: string;
  /** Practice-wide switches. */
  readonly messaging: MessagingSettings;
  /** Opening hours and closures; absent means always open. */
  readonly schedule?: Schedule;
  /** Cells tried first while the practice is closed (any category may be missing). */
  readonly afterHoursRouting?: RoutingTable;
  /** The practice's sites, keyed by id (absent when the document has none). */
  readonly locations?: Readonly<Record<Id, Location>>;
  /** Every practice user, keyed by id. */
  readonly members: Readonly<Record<Id, Member>>;
  /** Staff groups, keyed by id (empty when the document omits them). */
  readonly groups: Readonly<Record<Id, Group>>;
  /** Per-provider tables, keyed by provider id. */
  readonly routing: Readonly<Record<Id, RoutingTable>>;
  /** Per-location tables, keyed by location id: tried after the provider's cell (absent when none). */
  readonly locationRouting?: Readonly<Record<Id, RoutingTable>>;
  /** The practice table, used for patients without a provider and for a provider's missing cells. */
  readonly defaultRouting: DefaultRoutingTable;
  /** Dated absences, keyed by id (empty when the document omits them). */
  readonly coverage: Readonly<Record<Id, Coverage>>;
}

/**
 * Severity of an {@link Issue}: an error makes a config invalid, a warning does not.
 *
 * @group Parsing
 */
export type Severity = "error" | "warning";

/**
 * A path into a config: object keys and array indexes.
 *
 * @group Parsing
 */
export type IssuePath = readonly (string | number)[];

/**
 * Codes reported by `parsePractice` / `parsePracticeJson`.
 *
 * @group Parsing
 */
export type ParseIssueCode =
  | "invalid_type"
  | "missing_field"
  | "unknown_field"
  | "invalid_id"
  | "forbidden_key"
  | "invalid_timestamp"
  | "unsupported_version"
  | "limit_exceeded"
  | "invalid_json";

/**
 * Codes reported by `validatePractice`.
 *
 * @group Parsing
 */
export type ValidationIssueCode =
  | "unknown_member"
  | "unknown_group"
  | "not_a_provider"
  | "no_active_admin"
  | "coverage_unknown_member"
  | "coverage_invalid_range"
  | "coverage_cycle"
  | "self_coverage"
  | "inactive_recipient"
  | "empty_group"
  | "duplicate_recipient"
  | "route_falls_back"
  | "default_reaches_nobody"
  | "inactive_provider_table"
  | "invalid_time_zone"
  | "invalid_schedule"
  | "after_hours_reaches_nobody"
  | "response_needs_schedule"
  | "unknown_location";

/**
 * Every issue code.
 *
 * @group Parsing
 */
export type IssueCode = ParseIssueCode | ValidationIssueCode;

/**
 * A problem found in a config. Messages use ids, names and paths, never other input text.
 *
 * @group Parsing
 */
export interface Issue<Code extends IssueCode = IssueCode> {
  /** Machine-readable code, e.g. `"unknown_member"`. */
  readonly code: Code;
  /** `"error"` makes the config invalid; `"warning"` does not. */
  readonly severity: Severity;
  /** Where in the config, e.g. `["routing", "crusher", "appointments", 0]`. */
  readonly path: IssuePath;
  /** An English sentence for a practice admin, built from ids, names and paths only. */
  readonly message: string;
}
