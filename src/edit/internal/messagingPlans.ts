import { onOff } from "../../internal/words.js";
import { CATEGORY_LABELS, MESSAGE_CATEGORIES } from "../../model/categories.js";
import type { Practice } from "../../model/types.js";
import type { SetCategoryEnabledEdit, SetMessagingEdit, SetRepliesEdit } from "../types.js";
import type { EditPlan } from "./plan.js";

/** `set_messaging`. */
export function planSetMessaging(edit: SetMessagingEdit): EditPlan {
  return {
    writes: [{ path: ["messaging", "patientInitiated"], value: edit.enabled }],
    describe: () => `turned patient-initiated messaging ${onOff(edit.enabled)}.`,
  };
}

/** `set_replies`. */
export function planSetReplies(edit: SetRepliesEdit): EditPlan {
  return {
    writes: [{ path: ["messaging", "patientReplies"], value: edit.enabled }],
    describe: () => `turned patient replies ${onOff(edit.enabled)}.`,
  };
}

/** `set_category_enabled`: keeps `disabledCategories` in category order without repeats. */
export function planSetCategoryEnabled(practice: Practice, edit: SetCategoryEnabledEdit): EditPlan {
  const current = practice.messaging.disabledCategories;
  const next = MESSAGE_CATEGORIES.filter((category) =>
    category === edit.category ? !edit.enabled : current.includes(category),
  );
  return {
    writes: [{ path: ["messaging", "disabledCategories"], value: next }],
    describe: () =>
      `${edit.enabled ? "enabled" : "disabled"} the ${CATEGORY_LABELS[edit.category]} category for patients.`,
  };
}
