import { deepFreeze } from "../internal/freeze.js";
import { CATEGORY_LABELS, MESSAGE_CATEGORIES, type MessageCategory } from "../model/categories.js";
import type { Id, Practice } from "../model/types.js";
import { resolveRecipients } from "../resolve/resolveRecipients.js";
import type { OpeningHours, PatientContext } from "../resolve/types.js";
import { visibleNames } from "./internal/visibleNames.js";

/**
 * Options of {@link patientMessagingView}: the same provider, location, patient and instant a message would be
 * resolved with.
 *
 * @group Presenting
 */
export interface PatientMessagingViewOptions {
  /** The patient's assigned provider, or `null`/absent for none. */
  readonly providerId?: Id | null;
  /** The location (site) the patient writes to, or `null`/absent for none (as in `resolveRecipients`). */
  readonly locationId?: Id | null;
  /** What the backend knows about the patient; without it no patient step runs (as in `resolveRecipients`). */
  readonly patient?: PatientContext;
  /** The moment the portal page is shown (`Date` or ISO 8601); defaults to now, read once for every category. */
  readonly at?: Date | string;
}

/**
 * Why a category the portal lists cannot be chosen by this patient: blocked (`patient_blocked`) or not seen
 * recently enough (`not_eligible`). A category that would reach nobody (no active admin, or every active admin
 * excluded from this patient's messages) is unavailable without a reason.
 *
 * @group Presenting
 */
export type UnavailableReason = "patient_blocked" | "not_eligible";

/**
 * One category of the portal's "New Message" list.
 *
 * @group Presenting
 */
export interface PatientMessagingCategory {
  /** The category id to send back with the message. */
  readonly id: MessageCategory;
  /** The label shown to the patient, from `CATEGORY_LABELS`. */
  readonly label: string;
  /** Whether the patient may choose it: `resolveRecipients` with the same input succeeds. */
  readonly available: boolean;
  /** Present exactly when `available` is `false`: why. */
  readonly reason?: UnavailableReason;
  /**
   * Present when available and `messaging.showRecipientsToPatients` is `true`: the names the patient may see,
   * in routing order, each once (group labels, member names, "Your care team", or the practice's name).
   */
  readonly to?: readonly string[];
}

/**
 * The practice is closed at the instant shown; `nextOpenAt` is when it opens (ISO 8601 UTC, `null` when not
 * within 366 days).
 *
 * @group Presenting
 */
export interface ClosedNotice {
  /** Always `closed`. */
  readonly kind: "closed";
  /** The next opening instant, or `null`. */
  readonly nextOpenAt: string | null;
}

/**
 * What the patient portal shows a patient: see {@link patientMessagingView}.
 *
 * @group Presenting
 */
export interface PatientMessagingView {
  /** Whether to show the "New Message" button: patient-initiated messaging is on and some category is enabled. */
  readonly canStartMessage: boolean;
  /** Whether the patient may reply to messages the practice sent them (`messaging.patientReplies`). */
  readonly canReply: boolean;
  /** The enabled categories, in category order; empty when patient-initiated messaging is off. */
  readonly categories: readonly PatientMessagingCategory[];
  /** `null` while the practice is open; otherwise when it opens next. */
  readonly notice: ClosedNotice | null;
  /** The response promise of the first available category (`null` without one, or without the setting). */
  readonly respondBy: string | null;
}

/**
 * What the patient portal shows one patient: the "New Message" button when patient-initiated messaging is on,
 * each enabled category with whether this patient may choose it (and why not), whom it goes to when the
 * practice shows recipients, whether replies are allowed, the closed notice and the response promise.
 *
 * @param practice - A parsed practice (left untouched).
 * @param options - The patient's provider, the patient, and the instant (defaults to now).
 * @returns A deeply frozen view.
 * @example
 * ```ts
 * patientMessagingView(samplePractice(), { patient: { blocked: ["referrals"] } }).categories[1];
 * //=> { id: "referrals", label: "Referrals", available: false, reason: "patient_blocked" }
 * ```
 *
 * @group Presenting
 */
export function patientMessagingView(
  practice: Practice,
  options: PatientMessagingViewOptions = {},
): PatientMessagingView {
  const { patientInitiated, patientReplies, disabledCategories } = practice.messaging;
  const at = options.at ?? new Date();
  const base = {
    providerId: options.providerId ?? null,
    locationId: options.locationId ?? null,
    at,
    ...(options.patient && { patient: options.patient }),
  };
  const showTo = practice.messaging.showRecipientsToPatients === true;
  const enabled = patientInitiated ? MESSAGE_CATEGORIES.filter((id) => !disabledCategories.includes(id)) : [];
  let respondBy: string | null | undefined;
  let hours: OpeningHours | undefined; // the same for every category: the practice's at `at`
  const categories = enabled.map((id): PatientMessagingCategory => {
    const label = CATEGORY_LABELS[id];
    const resolution = resolveRecipients(practice, { ...base, category: id });
    hours ??= resolution.hours;
    if (!resolution.ok) {
      const { reason } = resolution;
      return reason === "patient_blocked" || reason === "not_eligible"
        ? { id, label, available: false, reason }
        : { id, label, available: false };
    }
    respondBy ??= resolution.respondBy;
    return showTo
      ? { id, label, available: true, to: visibleNames(practice, resolution) }
      : { id, label, available: true };
  });
  hours ??= resolveRecipients(practice, { ...base, category: "general_inquiry" }).hours;
  return deepFreeze<PatientMessagingView>({
    // No "New Message" button without a category to choose (every category disabled).
    canStartMessage: categories.length > 0,
    canReply: patientReplies,
    categories,
    notice: hours.open ? null : { kind: "closed", nextOpenAt: hours.nextOpenAt },
    respondBy: respondBy ?? null,
  });
}
