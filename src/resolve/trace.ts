import type { MessageCategory } from "../model/categories.js";
import type { Id, Recipient, Timestamp } from "../model/types.js";

/**
 * Patient-initiated messaging is off for the practice.
 *
 * @group Trace
 */
export interface MessagingDisabledStep {
  /** Step kind. */
  readonly kind: "messaging_disabled";
}

/**
 * The category is not one of the six (the input string is not repeated in the trace).
 *
 * @group Trace
 */
export interface UnknownCategoryStep {
  /** Step kind. */
  readonly kind: "unknown_category";
}

/**
 * The category is listed in `messaging.disabledCategories`.
 *
 * @group Trace
 */
export interface CategoryDisabledStep {
  /** Step kind. */
  readonly kind: "category_disabled";
  /** The disabled category. */
  readonly category: MessageCategory;
}

/**
 * The patient's provider has a cell for the category: that cell is used.
 *
 * @group Trace
 */
export interface ProviderCellStep {
  /** Step kind. */
  readonly kind: "provider_cell";
  /** The provider whose table is used. */
  readonly providerId: Id;
  /** The category. */
  readonly category: MessageCategory;
  /** The cell as configured. */
  readonly recipients: readonly Recipient[];
}

/**
 * The location given has a cell for the category (after the provider's cell, when there is one, is missing
 * or reached nobody): that cell is used.
 *
 * @group Trace
 */
export interface LocationCellStep {
  /** Step kind. */
  readonly kind: "location_cell";
  /** The location whose table is used. */
  readonly locationId: Id;
  /** The category. */
  readonly category: MessageCategory;
  /** The cell as configured. */
  readonly recipients: readonly Recipient[];
}

/**
 * A group with `delivery: "pool"` delivered the message: its members listed share one copy.
 *
 * @group Trace
 */
export interface PoolStep {
  /** Step kind. */
  readonly kind: "pool";
  /** The group. */
  readonly groupId: Id;
  /** Its members among the recipients (after coverage), in the group's order. */
  readonly members: readonly Id[];
}

/**
 * A group with `delivery: "sticky"` gives the message to one member, the same one for this patient: its
 * members are tried by score (DESIGN.md section 12) until one receives. The steps of the members tried follow,
 * in `tried` order.
 *
 * @group Trace
 */
export interface StickyStep {
  /** Step kind. */
  readonly kind: "sticky";
  /** The group. */
  readonly groupId: Id;
  /** The members tried, highest score first: those who could not receive, then the one chosen. */
  readonly tried: readonly Id[];
  /** The member chosen for the patient (the last one tried), or `null` when none of them can receive. */
  readonly memberId: Id | null;
}

/**
 * Why the practice's default cell was used: no provider given, an id that names nobody, an id that names a
 * staff member, a provider without a cell for the category, or a provider or location cell that reached nobody.
 *
 * @group Trace
 */
export type DefaultCellReason = "no_provider" | "unknown_provider" | "not_a_provider" | "no_provider_cell" | "fallback";

/**
 * The practice is closed at `at` and its after-hours table has a cell for the category: that cell is tried
 * first.
 *
 * @group Trace
 */
export interface AfterHoursCellStep {
  /** Step kind. */
  readonly kind: "after_hours_cell";
  /** The category. */
  readonly category: MessageCategory;
  /** The cell as configured. */
  readonly recipients: readonly Recipient[];
}

/**
 * The practice's default cell for the category is used; `reason` says why.
 *
 * @group Trace
 */
export interface DefaultCellStep {
  /** Step kind. */
  readonly kind: "default_cell";
  /** Why this cell was picked. */
  readonly reason: DefaultCellReason;
  /** The patient's provider when it is a provider of the practice (`no_provider_cell`, `fallback`), else `null`. */
  readonly providerId: Id | null;
  /** The category. */
  readonly category: MessageCategory;
  /** The cell as configured. */
  readonly recipients: readonly Recipient[];
}

/**
 * A group entry expanded to its members, in order.
 *
 * @group Trace
 */
export interface GroupStep {
  /** Step kind. */
  readonly kind: "group";
  /** The group. */
  readonly groupId: Id;
  /** Its member ids, in the group's order. */
  readonly members: readonly Id[];
}

/**
 * A group entry naming no group of the practice: it reaches nobody.
 *
 * @group Trace
 */
export interface UnknownGroupStep {
  /** Step kind. */
  readonly kind: "unknown_group";
  /** The id that names no group. */
  readonly groupId: Id;
}

/**
 * An `assigned_provider` entry expanded to the patient's provider.
 *
 * @group Trace
 */
export interface AssignedProviderStep {
  /** Step kind. */
  readonly kind: "assigned_provider";
  /** The patient's provider. */
  readonly providerId: Id;
}

/**
 * A member id naming nobody in the practice: it is dropped.
 *
 * @group Trace
 */
export interface UnknownMemberStep {
  /** Step kind. */
  readonly kind: "unknown_member";
  /** The id that names nobody. */
  readonly memberId: Id;
}

/**
 * An `assigned_provider` entry when the patient has no provider: it reaches nobody.
 *
 * @group Trace
 */
export interface NoProviderSkipStep {
  /** Step kind. */
  readonly kind: "skipped";
  /** Always `no_provider`. */
  readonly reason: "no_provider";
}

/**
 * A member dropped because inactive, or because already listed earlier (`duplicate`, after coverage).
 *
 * @group Trace
 */
export interface MemberSkipStep {
  /** Step kind. */
  readonly kind: "skipped";
  /** Why the member is dropped: inactive, already receiving, or excluded from this patient's messages. */
  readonly reason: "inactive" | "duplicate" | "excluded";
  /** The dropped member. */
  readonly memberId: Id;
}

/**
 * How the chain of covers of an absent member failed, at its last coverer: that coverer names nobody
 * (`coverer_unknown`), is inactive (`coverer_inactive`), is excluded from the patient's messages
 * (`coverer_excluded`), is already in the chain (`cycle`), or is still away
 * after 10 hops (`chain_too_long`); or the absence in force has no coverer at all (`no_cover`, format
 * version 2), and then `covererId` is the member whose absence nobody covers.
 *
 * @group Trace
 */
export type CoverFailure =
  | "coverer_unknown"
  | "coverer_inactive"
  | "coverer_excluded"
  | "cycle"
  | "chain_too_long"
  | "no_cover";

/**
 * A member away at `at` with no usable coverer: dropped. Like every skip, `reason` says why the member is
 * dropped (`absent`); `coverFailure` says how the chain of covers failed and `covererId` where it stopped.
 * The {@link CoverageStep}s tried come before it.
 *
 * @group Trace
 */
export interface AbsentSkipStep {
  /** Step kind. */
  readonly kind: "skipped";
  /** Always `absent`. */
  readonly reason: "absent";
  /** The member of the cell who is dropped. */
  readonly memberId: Id;
  /** How the chain of covers failed. */
  readonly coverFailure: CoverFailure;
  /** The coverer at which the chain stopped (for `no_cover`, the member nobody covers). */
  readonly covererId: Id;
}

/**
 * A member dropped from the recipients; `reason` says why (`no_provider`, `inactive`, `duplicate`, `absent`).
 *
 * @group Trace
 */
export type SkippedStep = NoProviderSkipStep | MemberSkipStep | AbsentSkipStep;

/**
 * A member away at `at`, replaced by the coverer of the first absence in force (in coverage-id order); without
 * `coveredBy`, nobody covers that absence and an {@link AbsentSkipStep} (`no_cover`) follows.
 *
 * @group Trace
 */
export interface CoverageStep {
  /** Step kind. */
  readonly kind: "coverage";
  /** The member who is away. */
  readonly memberId: Id;
  /** The coverage entry in force. */
  readonly coverageId: Id;
  /** Who receives instead; absent when nobody covers. */
  readonly coveredBy?: Id;
  /** When the absence ends (exclusive), as configured. */
  readonly until: Timestamp;
}

/**
 * A table that reached nobody, and the next one tried.
 *
 * @group Trace
 */
export type FallbackStep =
  | {
      /** Step kind. */
      readonly kind: "fallback";
      /** The after-hours cell reached nobody. */
      readonly from: "after_hours_table";
      /** So the provider's cell, else the location's, else the default cell, is tried. */
      readonly to: "provider_table" | "location_table" | "default_table";
    }
  | {
      /** Step kind. */
      readonly kind: "fallback";
      /** The provider's cell reached nobody. */
      readonly from: "provider_table";
      /** So the location's cell, else the default cell, is tried. */
      readonly to: "location_table" | "default_table";
    }
  | {
      /** Step kind. */
      readonly kind: "fallback";
      /** The location's cell reached nobody. */
      readonly from: "location_table";
      /** So the default cell is tried. */
      readonly to: "default_table";
    }
  | {
      /** Step kind. */
      readonly kind: "fallback";
      /** The default cell reached nobody. */
      readonly from: "default_table";
      /** So the backstop is used. */
      readonly to: "backstop";
    };

/**
 * The backstop: every active admin in id order (absences do not apply); empty means `no_recipient`.
 *
 * @group Trace
 */
export interface BackstopStep {
  /** Step kind. */
  readonly kind: "backstop";
  /** The active admins, in id order. */
  readonly admins: readonly Id[];
}

/**
 * The patient is blocked from messaging the practice, in every category or in this one.
 *
 * @group Trace
 */
export interface PatientBlockedStep {
  /** Step kind. */
  readonly kind: "patient_blocked";
  /** The category asked for. */
  readonly category: MessageCategory;
}

/**
 * The patient's last visit is unknown or older than the eligibility rule allows.
 *
 * @group Trace
 */
export interface NotEligibleStep {
  /** Step kind. */
  readonly kind: "not_eligible";
  /** The category asked for. */
  readonly category: MessageCategory;
  /** The rule that applies: the category's, else the practice's. */
  readonly visitWithinDays: number;
  /** The patient's last visit, ISO 8601 UTC, or `null` when unknown. */
  readonly lastVisitAt: string | null;
}

/**
 * A `care_team` entry expands to the patient's care team, in order (none without a patient).
 *
 * @group Trace
 */
export interface CareTeamStep {
  /** Step kind. */
  readonly kind: "care_team";
  /** The care team the input gives. */
  readonly members: readonly Id[];
}

/**
 * Patient replies are switched off for the practice.
 *
 * @group Trace
 */
export interface RepliesDisabledStep {
  /** Step kind. */
  readonly kind: "replies_disabled";
}

/**
 * A reply goes first to the member who sent the message replied to; the steps after it say whether they
 * receive it, their cover does, or the category's usual route is taken.
 *
 * @group Trace
 */
export interface SenderStep {
  /** Step kind. */
  readonly kind: "sender";
  /** The sender's member id. */
  readonly senderId: Id;
  /** The category whose route a reply takes when the sender cannot receive it. */
  readonly category: MessageCategory;
}

/**
 * One step of a {@link Resolution}'s trace; `explainResolution` turns each into a sentence.
 *
 * @group Trace
 */
export type TraceStep =
  | MessagingDisabledStep
  | RepliesDisabledStep
  | PatientBlockedStep
  | NotEligibleStep
  | SenderStep
  | CareTeamStep
  | UnknownCategoryStep
  | CategoryDisabledStep
  | AfterHoursCellStep
  | ProviderCellStep
  | LocationCellStep
  | DefaultCellStep
  | GroupStep
  | PoolStep
  | StickyStep
  | UnknownGroupStep
  | AssignedProviderStep
  | UnknownMemberStep
  | SkippedStep
  | CoverageStep
  | FallbackStep
  | BackstopStep;
