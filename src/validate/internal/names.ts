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

/** Capitalises the first letter (for labels that start a sentence). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const LISTED = 3;

/**
 * `A`, `A and B`, `A, B and C`, `A, B, C and D`; longer lists show three names and how many others
 * (`total` counts names left out of `names`). With `more`, the list is known to go on: `A, B, C and others`.
 */
export function listNames(names: readonly string[], more = false, total = names.length): string {
  if (more) return `${names.join(", ")} and others`;
  if (total > LISTED + 1) return `${names.slice(0, LISTED).join(", ")} and ${String(total - LISTED)} others`;
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] as string}`;
}
