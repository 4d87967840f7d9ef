import { castDraft } from "immer";
import { CATEGORY_LABELS, MESSAGE_CATEGORIES } from "../../model/categories.js";
import type { Practice } from "../../model/types.js";
import type { SetCategoryEnabledEdit, SetMessagingEdit, SetRepliesEdit } from "../types.js";
import { isEqualData } from "./equal.js";
import type { EditPlan } from "./plan.js";

const onOff = (enabled: boolean): string => (enabled ? "on" : "off");

/** `set_messaging`. */
export function planSetMessaging(edit: SetMessagingEdit): EditPlan {
  return {
    recipe: (draft) => {
      if (draft.messaging.patientInitiated !== edit.enabled) draft.messaging.patientInitiated = edit.enabled;
    },
    describe: () => `turned patient-initiated messaging ${onOff(edit.enabled)}.`,
  };
}

/** `set_replies`. */
export function planSetReplies(edit: SetRepliesEdit): EditPlan {
  return {
    recipe: (draft) => {
      if (draft.messaging.patientReplies !== edit.enabled) draft.messaging.patientReplies = edit.enabled;
    },
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
    recipe: (draft) => {
      if (!isEqualData(current, next)) draft.messaging.disabledCategories = castDraft(next);
    },
    describe: () =>
      `${edit.enabled ? "enabled" : "disabled"} the ${CATEGORY_LABELS[edit.category]} category for patients.`,
  };
}
