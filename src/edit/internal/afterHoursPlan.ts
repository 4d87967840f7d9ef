import { CATEGORY_LABELS } from "../../model/categories.js";
import type { Practice } from "../../model/types.js";
import type { Edit, SetAfterHoursRouteEdit } from "../types.js";
import { checkRecipients } from "./checks.js";
import { recipientsText } from "./names.js";
import type { PlanResult, Write } from "./plan.js";

/** Whether a `set_route` edit is for the after-hours table. */
export function isAfterHoursRoute(edit: Extract<Edit, { type: "set_route" }>): edit is SetAfterHoursRouteEdit {
  return "table" in edit && edit.table === "after_hours";
}

/** The words for an after-hours cell that is not set: closed hours follow the usual routing. */
const USUAL = "the usual routing";

/**
 * `set_route` with `table: "after_hours"`: one cell of `afterHoursRouting`. `[]` clears the cell, and
 * clearing the last one removes the table, so a practice that stops using it has none (as version 1 can hold).
 */
export function planSetAfterHoursRoute(practice: Practice, edit: SetAfterHoursRouteEdit): PlanResult {
  const { category, recipients } = edit;
  const failure = checkRecipients(practice, recipients, ["recipients"]);
  if (failure !== undefined) return failure;
  const table = practice.afterHoursRouting;
  const others = table === undefined ? [] : Object.keys(table).filter((key) => key !== category);
  const write: Write =
    recipients.length > 0
      ? { path: ["afterHoursRouting", category], value: recipients }
      : others.length === 0
        ? { path: ["afterHoursRouting"], remove: true }
        : { path: ["afterHoursRouting", category], remove: true };
  return {
    writes: [write],
    describe: (before, after) => {
      const old = before.afterHoursRouting?.[category];
      const was = old === undefined ? USUAL : recipientsText(before, old);
      const cell = `${CATEGORY_LABELS[category]} after hours`;
      return recipients.length === 0
        ? `cleared ${cell}; it now follows ${USUAL} (was: ${was}).`
        : `routed ${cell} to ${recipientsText(after, recipients)} (was: ${was}).`;
    },
  };
}
