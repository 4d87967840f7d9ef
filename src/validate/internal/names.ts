import { getOwn } from "../../internal/own.js";
import { memberName } from "../../internal/words.js";
import { CATEGORY_LABELS, type MessageCategory } from "../../model/categories.js";
import type { Id, Practice } from "../../model/types.js";

/** `the Front Desk group`, or `group "id"` when the id names no group. */
export function groupLabel(practice: Practice, id: Id): string {
  const group = getOwn(practice.groups, id);
  return group === undefined ? `group "${id}"` : `the ${group.name} group`;
}

/** `Beverly Crusher's Appointments route` or `The default Appointments route` (sentence start). */
export function cellLabel(practice: Practice, providerId: Id | null, category: MessageCategory): string {
  const label = CATEGORY_LABELS[category];
  return providerId === null ? `The default ${label} route` : `${memberName(practice, providerId)}'s ${label} route`;
}
