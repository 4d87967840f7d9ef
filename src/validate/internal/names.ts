import { getOwn } from "../../internal/own.js";
import { memberName } from "../../internal/words.js";
import { CATEGORY_LABELS, type MessageCategory } from "../../model/categories.js";
import { locationOf } from "../../model/lookups.js";
import type { Id, Practice } from "../../model/types.js";

/** `the Front Desk group`, or `group "id"` when the id names no group. */
export function groupLabel(practice: Practice, id: Id): string {
  const group = getOwn(practice.groups, id);
  return group === undefined ? `group "${id}"` : `the ${group.name} group`;
}

/** The after-hours table, as the owner of a cell. */
export const AFTER_HOURS: unique symbol = Symbol("afterHoursRouting");

/** A location's table, as the owner of a cell. */
interface LocationOwner {
  readonly location: Id;
}

/** Whose cell: a provider's (by id), the default table's (`null`), the after-hours table's or a location's. */
export type CellOwner = Id | null | typeof AFTER_HOURS | LocationOwner;

/** `the Riverside location`, or `location "id"` when the id names no location. */
function locationLabel(practice: Practice, id: Id): string {
  const location = locationOf(practice, id);
  return location === undefined ? `location "${id}"` : `the ${location.name} location`;
}

/** `Beverly Crusher's Appointments route`, `The default Appointments route` or `The after-hours Appointments route`. */
export function cellLabel(practice: Practice, owner: CellOwner, category: MessageCategory): string {
  const label = CATEGORY_LABELS[category];
  if (owner === null) return `The default ${label} route`;
  if (owner === AFTER_HOURS) return `The after-hours ${label} route`;
  if (typeof owner === "object") return `The ${label} route of ${locationLabel(practice, owner.location)}`;
  return `${memberName(practice, owner)}'s ${label} route`;
}

/** The config path of a cell. */
export function cellPath(owner: CellOwner, category: MessageCategory): (string | number)[] {
  if (owner === null) return ["defaultRouting", category];
  if (owner === AFTER_HOURS) return ["afterHoursRouting", category];
  if (typeof owner === "object") return ["locationRouting", owner.location, category];
  return ["routing", owner, category];
}
