import { countText } from "../../internal/words.js";
import { CATEGORY_LABELS, MESSAGE_CATEGORIES } from "../../model/categories.js";
import type { Eligibility, Practice } from "../../model/types.js";
import type { SetEligibilityEdit, SetShowRecipientsEdit } from "../patientEditTypes.js";
import type { EditPlan } from "./plan.js";

/**
 * An eligibility rule in words, e.g. "patients seen in the last 365 days (Question About My Health: 90 days)";
 * "any patient" without a rule.
 */
export function eligibilityText(eligibility: Eligibility | undefined): string {
  const days = eligibility?.visitWithinDays;
  const base = days === undefined ? "any patient" : `patients seen in the last ${countText(days, "day")}`;
  const rules = MESSAGE_CATEGORIES.flatMap((category) => {
    const rule = eligibility?.categories?.[category];
    return rule === undefined ? [] : [`${CATEGORY_LABELS[category]}: ${countText(rule.visitWithinDays, "day")}`];
  });
  return rules.length === 0 ? base : `${base} (${rules.join("; ")})`;
}

/** `set_eligibility`: `messaging.eligibility` as given, removed by `null`. */
export function planSetEligibility(edit: SetEligibilityEdit): EditPlan {
  const path = ["messaging", "eligibility"];
  const was = (before: Practice) => eligibilityText(before.messaging.eligibility);
  const { eligibility } = edit;
  if (eligibility === null) {
    return {
      writes: [{ path, remove: true }],
      describe: (before) => `removed eligibility: any patient may start a message; was: ${was(before)}.`,
    };
  }
  return {
    writes: [{ path, value: eligibility }],
    describe: (before) => `set eligibility: ${eligibilityText(eligibility)}; was: ${was(before)}.`,
  };
}

/** `set_show_recipients`: `messaging.showRecipientsToPatients`, `true` or removed (absent means `false`). */
export function planSetShowRecipients(edit: SetShowRecipientsEdit): EditPlan {
  const path = ["messaging", "showRecipientsToPatients"];
  return {
    writes: [edit.enabled ? { path, value: true } : { path, remove: true }],
    describe: () => `${edit.enabled ? "started" : "stopped"} showing patients who will receive their messages.`,
  };
}
