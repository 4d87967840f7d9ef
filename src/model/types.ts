import type { MessageCategory } from "./categories.js";

/** A member id, group id, coverage id or practice id: 1–128 of `A-Z a-z 0-9 . _ : @ -`. */
export type Id = string;

/** An ISO 8601 timestamp with `Z` or an offset, e.g. `"2026-12-01T00:00:00Z"`. */
export type Timestamp = string;

/** Whether a practice member is a provider (has patients) or staff. */
export type MemberRole = "provider" | "staff";

/** A practice user. */
export interface Member {
  readonly name: string;
  readonly role: MemberRole;
  /** Admins may change messaging settings. */
  readonly admin: boolean;
  /** Inactive members never receive messages. */
  readonly active: boolean;
}

/** A staff pool: a message routed to a group goes to each of its members. */
export interface Group {
  readonly name: string;
  /** Member ids, in order; no nested groups. */
  readonly members: readonly Id[];
}

/** A routing target named by member id. */
export interface MemberRecipient {
  readonly type: "member";
  readonly id: Id;
}

/** A routing target naming a group. */
export interface GroupRecipient {
  readonly type: "group";
  readonly id: Id;
}

/** A routing target meaning "the patient's own provider". */
export interface AssignedProviderRecipient {
  readonly type: "assigned_provider";
}

/** One entry of a routing cell. */
export type Recipient = MemberRecipient | GroupRecipient | AssignedProviderRecipient;

/** A provider's table: any category may be missing (missing means "use the default table"). */
export type RoutingTable = { readonly [C in MessageCategory]?: readonly Recipient[] };

/** The practice table: every category present and non-empty. */
export type DefaultRoutingTable = { readonly [C in MessageCategory]: readonly Recipient[] };

/** A dated absence: `member` is away on `[from, until)` and `coveredBy` receives in their place. */
export interface Coverage {
  readonly member: Id;
  readonly from: Timestamp;
  readonly until: Timestamp;
  readonly coveredBy: Id;
}

/** Practice-wide messaging switches. */
export interface MessagingSettings {
  /** "Allow patients to send messages to the practice" (off by default in the product). */
  readonly patientInitiated: boolean;
  /** Patients may reply to messages the practice sent them. */
  readonly patientReplies: boolean;
  /** Categories patients may not choose, in category order without repeats. */
  readonly disabledCategories: readonly MessageCategory[];
}

/** A practice configuration, schemaVersion 1, as returned by `parsePractice` (deeply frozen). */
export interface Practice {
  readonly schemaVersion: 1;
  readonly id: Id;
  readonly name: string;
  /** Incremented by every edit that changes something. */
  readonly revision: number;
  readonly messaging: MessagingSettings;
  readonly members: Readonly<Record<Id, Member>>;
  readonly groups: Readonly<Record<Id, Group>>;
  /** Per-provider tables, keyed by provider id. */
  readonly routing: Readonly<Record<Id, RoutingTable>>;
  readonly defaultRouting: DefaultRoutingTable;
  readonly coverage: Readonly<Record<Id, Coverage>>;
}

/** Severity of an {@link Issue}: an error makes a config invalid, a warning does not. */
export type Severity = "error" | "warning";

/** A path into a config: object keys and array indexes. */
export type IssuePath = readonly (string | number)[];

/** Codes reported by `parsePractice` / `parsePracticeJson`. */
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

/** Codes reported by `validatePractice`. */
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
  | "inactive_provider_table";

/** Every issue code. */
export type IssueCode = ParseIssueCode | ValidationIssueCode;

/** A problem found in a config. Messages use ids, names and paths, never other input text. */
export interface Issue<Code extends IssueCode = IssueCode> {
  readonly code: Code;
  readonly severity: Severity;
  readonly path: IssuePath;
  readonly message: string;
}
