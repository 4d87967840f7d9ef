import type { Practice } from "../../model/types.js";
import type { PracticeChange } from "../diffPractices.js";
import { isEqualData } from "./equal.js";
import { eligibilityText } from "./patientPlans.js";

/** The difference of `messaging.showRecipientsToPatients`, if any (absent and `false` mean the same). */
export function diffShowRecipients(before: Practice, after: Practice): PracticeChange[] {
  const [old, next] = [before.messaging.showRecipientsToPatients, after.messaging.showRecipientsToPatients];
  if (old === next) return [];
  const shown = next === true;
  const summary =
    (old === true) === shown
      ? `Patients are still not shown who will receive their messages (the setting was ${next === undefined ? "left out" : "written out"}).`
      : `Patients are ${shown ? "now" : "no longer"} shown who will receive their messages.`;
  return [{ path: ["messaging", "showRecipientsToPatients"], summary }];
}

/** The difference of `messaging.eligibility`, if any. */
export function diffEligibility(before: Practice, after: Practice): PracticeChange[] {
  const [old, next] = [before.messaging.eligibility, after.messaging.eligibility];
  if (old === next || isEqualData(old, next)) return [];
  const summary =
    next === undefined
      ? `Eligibility removed: any patient may start a message; was: ${eligibilityText(old)}.`
      : `Eligibility set to ${eligibilityText(next)}; was: ${eligibilityText(old)}.`;
  return [{ path: ["messaging", "eligibility"], summary }];
}
