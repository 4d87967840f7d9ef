import type { MessageCategory } from "../../model/categories.js";
import type {
  Eligibility,
  GroupDelivery,
  Id,
  Location,
  MessagingSettings,
  OpeningPeriod,
  Recipient,
  Timestamp,
  Weekday,
} from "../../model/types.js";

/**
 * A member for {@link buildPractice}: a name, or a name with flags.
 *
 * @group Testing
 */
export interface MemberSpec {
  /** The member's display name. */
  readonly name: string;
  /** Whether the member is an admin. Default `false`. */
  readonly admin?: boolean;
  /** Whether the member is active. Default `true`. */
  readonly active?: boolean;
  /** Ids of the practice's locations the member works at (each in `locations`). Default: none. */
  readonly locations?: readonly Id[];
}

/**
 * A group for {@link buildPractice}: its member ids, or a name with member ids.
 *
 * @group Testing
 */
export interface GroupSpec {
  /** The group's name. Default: made from the id, `"front-desk"` → `"Front Desk"`. */
  readonly name?: string;
  /** Member ids, in order. */
  readonly members: readonly Id[];
  /** What patients see for the group when the practice shows recipients, e.g. "Front desk team". Default: none. */
  readonly patientLabel?: string;
  /** How a message routed to the group is delivered: `"each"`, `"pool"` or `"sticky"`. Default: none (each). */
  readonly delivery?: GroupDelivery;
}

/**
 * A routing target for {@link buildPractice}: a member id or group id as a plain string, or a
 * {@link Recipient} object such as {@link ASSIGNED_PROVIDER} or {@link CARE_TEAM}.
 *
 * @group Testing
 */
export type RecipientSpec = Id | Recipient;

/**
 * Routing cells for {@link buildPractice}, by category; each list non-empty.
 *
 * @group Testing
 */
export type CellsSpec = { readonly [C in MessageCategory]?: readonly RecipientSpec[] };

/**
 * An absence for {@link buildPractice}: `member` is away on `[from, until)`, covered by `coveredBy` or by nobody.
 *
 * @group Testing
 */
export interface AbsenceSpec {
  /** The coverage id. Default `"c1"`, `"c2"`… by position. */
  readonly id?: Id;
  /** The absent member's id. */
  readonly member: Id;
  /** Start of the absence (inclusive): an ISO 8601 timestamp or a Date. */
  readonly from: Timestamp | Date;
  /** End of the absence (exclusive): an ISO 8601 timestamp or a Date. */
  readonly until: Timestamp | Date;
  /** The member who receives messages in `member`'s place. Left out: nobody covers, the member is dropped while away. */
  readonly coveredBy?: Id;
}

/**
 * A closure for {@link buildPractice}: one day `YYYY-MM-DD` as a plain string, or days with a name.
 *
 * @group Testing
 */
export interface ClosureSpec {
  /** The closure's name. Default: made from its id, `"xmas-2026"` → `"Xmas 2026"`. */
  readonly name?: string;
  /** The first closed day, `YYYY-MM-DD` on the practice's wall clock. */
  readonly firstDay: string;
  /** The last closed day. Default: `firstDay`. */
  readonly lastDay?: string;
}

/**
 * Opening hours and closures for {@link buildPractice}.
 *
 * @group Testing
 */
export interface ScheduleSpec {
  /** Periods `[open, close]` (`HH:MM`, `close` may be `"24:00"`) per weekday; a weekday left out is closed. Default: none. */
  readonly hours?: Readonly<Partial<Record<Weekday, readonly OpeningPeriod[]>>>;
  /** Closed days by id: a date `YYYY-MM-DD` or a {@link ClosureSpec}. Default: none. */
  readonly closures?: Readonly<Record<Id, string | ClosureSpec>>;
}

/**
 * Everything {@link buildPractice} accepts; every field is optional.
 *
 * @group Testing
 */
export interface BuildPracticeOptions {
  /** The practice id. Default `"test-practice"`. */
  readonly id?: Id;
  /** The practice name. Default `"Test Practice"`. */
  readonly name?: string;
  /** The revision. Default `0`. */
  readonly revision?: number;
  /**
   * Patient messaging: `true`/`false` for `patientInitiated`, or the settings to change.
   * Default: patient-initiated messages on, replies on, no disabled category.
   */
  readonly messaging?: boolean | Partial<MessagingSettings>;
  /** Providers by id: a name or a {@link MemberSpec}. */
  readonly providers?: Readonly<Record<Id, string | MemberSpec>>;
  /** Staff members by id: a name or a {@link MemberSpec}. */
  readonly staff?: Readonly<Record<Id, string | MemberSpec>>;
  /** The practice's sites by id: a name, or `{name}`. Default: none (no `locations` field). */
  readonly locations?: Readonly<Record<Id, string | Location>>;
  /** Groups by id: member ids, or a {@link GroupSpec}. */
  readonly groups?: Readonly<Record<Id, readonly Id[] | GroupSpec>>;
  /** Provider tables, keyed by provider id. */
  readonly routes?: Readonly<Record<Id, CellsSpec>>;
  /** Location tables, keyed by location id (each in `locations`), tried after the provider's cell. Default: none. */
  readonly locationRoutes?: Readonly<Record<Id, CellsSpec>>;
  /** The practice table; a category left out routes to the assigned provider. */
  readonly defaultRoute?: CellsSpec;
  /** Dated absences, with or without a coverer. */
  readonly absences?: readonly AbsenceSpec[];
  /** The practice's IANA time zone. Default `"UTC"`. */
  readonly timeZone?: string;
  /** Opening hours and closures. Default: none (always open). */
  readonly schedule?: ScheduleSpec;
  /** After-hours cells, tried while the practice is closed; like `defaultRoute` but partial. Default: none. */
  readonly afterHoursRoute?: CellsSpec;
  /** The promise "we answer within N business days" (`messaging.responseBusinessDays`, 1–30). Default: none. */
  readonly responseBusinessDays?: number;
  /** Whether patients see whom a message goes to (`messaging.showRecipientsToPatients`). Default: not set (not shown). */
  readonly showRecipientsToPatients?: boolean;
  /** Which patients may start a message: days since their last visit (`messaging.eligibility`, 1–3650). Default: none (every patient). */
  readonly eligibility?: Eligibility;
}
