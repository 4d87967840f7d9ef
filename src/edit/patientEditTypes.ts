import type { Eligibility } from "../model/types.js";

/**
 * Sets which patients may start a message (`messaging.eligibility`), or removes the rule (`null`: every
 * patient may). Each `visitWithinDays` is an integer from 1 to 3650; the rule applies only when the resolve
 * input carries a `patient`.
 *
 * @group Editing
 */
export interface SetEligibilityEdit {
  /** The edit type. */
  readonly type: "set_eligibility";
  /** The new rule, stored as given, or `null` to remove it. */
  readonly eligibility: Eligibility | null;
}

/**
 * Lets the patient view name who will receive a message (`messaging.showRecipientsToPatients`), or not.
 * `false` removes the field, so a practice that never showed recipients stays writable as format version 1.
 *
 * @group Editing
 */
export interface SetShowRecipientsEdit {
  /** The edit type. */
  readonly type: "set_show_recipients";
  /** `true` shows patients the names their message goes to. */
  readonly enabled: boolean;
}
