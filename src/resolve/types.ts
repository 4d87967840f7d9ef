import type { MessageCategory } from "../model/categories.js";
import type { Id } from "../model/types.js";
import type { TraceStep } from "./trace.js";

/**
 * What to resolve: the category a patient chose, the patient's provider, and when.
 *
 * `at` is a `Date` or an ISO 8601 timestamp with `Z` or an offset (the config's timestamp syntax);
 * when omitted, the current time. An invalid `Date` or any other string is programmer misuse and throws
 * a `TypeError`.
 *
 * @group Routing
 */
export interface ResolveInput {
  /**
   * The category id the patient chose. The six ids autocomplete and any string is accepted (a request's
   * text is a `string`); a string that is not one of the six resolves to `unknown_category`.
   */
  readonly category: MessageCategory | (string & {});
  /** The patient's "provider assigned in practice"; `null` or absent when there is none. */
  readonly providerId?: Id | null;
  /**
   * The location (site) the message is for, e.g. the patient's clinic; `null` or absent when none. Its table
   * in `locationRouting` is tried after the provider's cell; an id naming no location counts as none.
   */
  readonly locationId?: Id | null;
  /** The moment the message is sent, for absences and opening hours; defaults to now. */
  readonly at?: Date | string;
  /**
   * What the backend knows about the patient (the library never stores patients). Without it, no patient
   * step runs: no block, no eligibility, no exclusion, and `care_team` entries reach nobody.
   */
  readonly patient?: PatientContext;
}

/**
 * The patient a message is from, as the backend passes it (DESIGN.md section 11).
 *
 * @group Routing
 */
export interface PatientContext {
  /** The patient's id in the backend (used by sticky pools); never stored. */
  readonly id?: string;
  /** The patient's care team, in order: what `{type: "care_team"}` entries expand to. */
  readonly careTeam?: readonly Id[];
  /** Members who must never receive this patient's messages, wherever they appear (coverers and backstop included). */
  readonly excludedMembers?: readonly Id[];
  /** The patient's last visit, for eligibility; `null` or absent when unknown. */
  readonly lastVisitAt?: Date | string | null;
  /** `true`: the patient may not message the practice at all; a list: not in those categories. */
  readonly blocked?: boolean | readonly MessageCategory[];
}

/**
 * Where a patient's reply to a practice message goes: the sender, the sender's cover, else the category's
 * usual route (default `general_inquiry`).
 *
 * @group Routing
 */
export interface ReplyInput {
  /** The member who sent the message the patient replies to. */
  readonly senderId: Id;
  /** The category of the conversation; `general_inquiry` when absent. */
  readonly category?: MessageCategory | (string & {});
  /** The patient's "provider assigned in practice"; `null` or absent when there is none. */
  readonly providerId?: Id | null;
  /** The location (site) of the conversation; `null` or absent when none. */
  readonly locationId?: Id | null;
  /** When the reply is sent; defaults to now. */
  readonly at?: Date | string;
  /** What the backend knows about the patient. */
  readonly patient?: PatientContext;
}

/**
 * Which table produced the recipients of a successful {@link Resolution}.
 *
 * @group Routing
 */
export type ResolutionRoute =
  | "sender"
  | "sender_cover"
  | "after_hours_table"
  | "provider_table"
  | "location_table"
  | "default_table"
  | "backstop";

/**
 * Whether the practice is open at the instant resolved, from its schedule (always open without one).
 *
 * @group Routing
 */
export interface OpeningHours {
  /** The practice's wall-clock time falls in an opening period of a day that is not closed. */
  readonly open: boolean;
  /**
   * When closed: the first instant after `at` at which the practice is open, ISO 8601 UTC (`null` when open,
   * or when it stays closed for the next 366 days).
   */
  readonly nextOpenAt: string | null;
}

/**
 * Why a {@link Resolution} failed.
 *
 * @group Routing
 */
export type ResolutionFailureReason =
  | "messaging_disabled"
  | "replies_disabled"
  | "unknown_category"
  | "category_disabled"
  | "patient_blocked"
  | "not_eligible"
  | "no_recipient";

/**
 * A message that reaches somebody.
 *
 * @group Routing
 */
export interface ResolutionSuccess {
  /** Always `true`. */
  readonly ok: true;
  /** Member ids, each an active member, without repeats, in routing order. */
  readonly recipients: readonly Id[];
  /** The table the recipients came from. */
  readonly route: ResolutionRoute;
  /**
   * The groups with `delivery: "pool"` that delivered the message, each with its members among `recipients`:
   * those members share one copy in the pool's queue. Empty when no pool took part; a backend without pool
   * queues can ignore it and give every recipient a copy.
   */
  readonly pools: readonly Pool[];
  /** Whether the practice is open at `at`, and when it opens next. */
  readonly hours: OpeningHours;
  /**
   * The promise of `messaging.responseBusinessDays`: when the last opening period of the N-th open day after
   * the local date of `at` closes, ISO 8601 UTC; `null` without a schedule or without the setting.
   */
  readonly respondBy: string | null;
  /** How the answer was reached, step by step. */
  readonly trace: readonly TraceStep[];
}

/**
 * A shared pool that received a message: one copy, in the group's queue, for the members listed.
 *
 * @group Routing
 */
export interface Pool {
  /** The group with `delivery: "pool"`. */
  readonly groupId: Id;
  /** Its members who may claim the copy: recipients of the message, in the group's order (after coverage). */
  readonly members: readonly Id[];
}

/**
 * A message that cannot be sent, with the reason.
 *
 * @group Routing
 */
export interface ResolutionFailure {
  /** Always `false`. */
  readonly ok: false;
  /** Why nobody receives the message. */
  readonly reason: ResolutionFailureReason;
  /** Whether the practice is open at `at`, and when it opens next. */
  readonly hours: OpeningHours;
  /** How the answer was reached, step by step. */
  readonly trace: readonly TraceStep[];
}

/**
 * The answer of `resolveRecipients` and of a compiled router (deeply frozen).
 *
 * @group Routing
 */
export type Resolution = ResolutionSuccess | ResolutionFailure;

/**
 * A router built once per practice by `compileRouter` (or `routerFor`). `practiceId` and `revision` are those
 * of the practice it was built from, so a cache can tell whether it is still current.
 *
 * @group Routing
 */
export interface Router {
  /** The `id` of the compiled practice. */
  readonly practiceId: Id;
  /** The `revision` of the compiled practice. */
  readonly revision: number;
  /**
   * Resolves like `resolveRecipients` on the compiled practice.
   *
   * @param input - Category, provider and time.
   * @returns The same (deeply equal) frozen resolution `resolveRecipients` gives.
   */
  resolve(input: ResolveInput): Resolution;
  /**
   * Resolves a patient's reply like `resolveReply` on the compiled practice.
   *
   * @param input - The sender, and the conversation's category, provider, patient and time.
   * @returns The same (deeply equal) frozen resolution `resolveReply` gives.
   */
  resolveReply(input: ReplyInput): Resolution;
}
