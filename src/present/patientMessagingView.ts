import { CATEGORY_LABELS, MESSAGE_CATEGORIES, type MessageCategory } from "../model/categories.js";
import type { Id, Practice } from "../model/types.js";

/**
 * Options of {@link patientMessagingView}.
 *
 * @group Presenting
 */
export interface PatientMessagingViewOptions {
  /**
   * The patient's assigned provider, or `null`/absent for none. It does not change what is offered
   * today: every practice offers the same categories to every patient. It is accepted now so that a
   * later per-provider rule can be added without changing callers.
   */
  readonly providerId?: Id | null;
}

/**
 * What the patient portal shows a patient: see {@link patientMessagingView}.
 *
 * @group Presenting
 */
export interface PatientMessagingView {
  /** Whether to show the "New Message" button: patient-initiated messaging is on and some category is enabled. */
  readonly canStartMessage: boolean;
  /** Whether the patient may reply to messages the practice sent them. */
  readonly canReply: boolean;
  /** The categories offered under "New Message", in category order; empty when `canStartMessage` is false. */
  readonly categories: readonly {
    /** The category id to send back with the message. */
    readonly id: MessageCategory;
    /** The label shown to the patient, from `CATEGORY_LABELS`. */
    readonly label: string;
  }[];
}

/**
 * What the patient portal shows: the "New Message" button only when patient-initiated messaging is on,
 * the categories a patient may choose (disabled ones left out) with their patient-facing labels in
 * category order, and whether replies are allowed (independent of "New Message").
 *
 * @param practice - A parsed practice (left untouched).
 * @param options - The patient's provider; kept for forward compatibility, it changes nothing today.
 * @returns A deeply frozen view.
 * @example
 * ```ts
 * patientMessagingView(samplePractice()).categories[2];
 * //=> { id: "prescriptions", label: "Prescriptions & Refills" }
 * ```
 *
 * @group Presenting
 */
export function patientMessagingView(
  practice: Practice,
  options: PatientMessagingViewOptions = {},
): PatientMessagingView {
  void options;
  const { patientInitiated, patientReplies, disabledCategories } = practice.messaging;
  const categories = patientInitiated
    ? MESSAGE_CATEGORIES.filter((category) => !disabledCategories.includes(category)).map((id) =>
        Object.freeze({ id, label: CATEGORY_LABELS[id] }),
      )
    : [];
  return Object.freeze({
    // No "New Message" button without a category to choose (every category disabled).
    canStartMessage: categories.length > 0,
    canReply: patientReplies,
    categories: Object.freeze(categories),
  });
}
