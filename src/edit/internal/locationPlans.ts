import { LIMITS } from "../../model/limits.js";
import { locationOf } from "../../model/lookups.js";
import type { Practice } from "../../model/types.js";
import type { RemoveLocationEdit, SetLocationRouteEdit, UpsertLocationEdit } from "../locationEditTypes.js";
import type { Edit } from "../types.js";
import { checkLocation, checkRecipients, checkRoom } from "./checks.js";
import { locationCellText, locationName, recipientsText } from "./names.js";
import type { PlanResult } from "./plan.js";

/** The words for a location cell that is not set: the location's messages go on to the default table. */
const DEFAULT = "the default table";

/** Whether a `set_route` edit is for a location's table. */
export function isLocationRoute(edit: Extract<Edit, { type: "set_route" }>): edit is SetLocationRouteEdit {
  return "table" in edit && edit.table === "location";
}

/**
 * `set_route` with `table: "location"`: one cell of a location's table. The location must exist (else
 * `invalid_edit` at `locationId`, as for an unknown provider). `[]` clears the cell; `applyWrites` removes a
 * table left without cells and a `locationRouting` left without tables.
 */
export function planSetLocationRoute(practice: Practice, edit: SetLocationRouteEdit): PlanResult {
  const { locationId, category, recipients } = edit;
  const failure =
    checkLocation(practice, locationId, ["locationId"]) ?? checkRecipients(practice, recipients, ["recipients"]);
  if (failure !== undefined) return failure;
  const path = ["locationRouting", locationId, category];
  return {
    writes: [recipients.length === 0 ? { path, remove: true } : { path, value: recipients }],
    describe: (before, after) => {
      const old = before.locationRouting?.[locationId]?.[category];
      const was = old === undefined ? DEFAULT : recipientsText(before, old);
      const cell = locationCellText(before, locationId, category);
      return recipients.length === 0
        ? `cleared ${cell}; messages from there now use ${DEFAULT} (was: ${was}).`
        : `routed ${cell} to ${recipientsText(after, recipients)} (was: ${was}).`;
    },
  };
}

/** `upsert_location`: adds a location (creating `locations` for the first one) or renames it. */
export function planUpsertLocation(practice: Practice, edit: UpsertLocationEdit): PlanResult {
  const failure = checkRoom(practice.locations ?? {}, edit.id, LIMITS.locations, "locations");
  if (failure !== undefined) return failure;
  const old = locationOf(practice, edit.id);
  const { name } = edit.location;
  return {
    writes: [{ path: ["locations", edit.id], value: edit.location }],
    describe: () => {
      if (old === undefined) return `added location ${name}.`;
      return old.name === name
        ? `updated location ${name}: nothing changed.`
        : `renamed location ${old.name} to ${name}.`;
    },
  };
}

/**
 * `remove_location`; removing the last one removes `locations`. A location still named by a location table or
 * a member's `locations` makes the edit `introduces_errors` (`unknown_location`), as `remove_group` does.
 */
export function planRemoveLocation(practice: Practice, edit: RemoveLocationEdit): PlanResult {
  const failure = checkLocation(practice, edit.id, ["id"]);
  if (failure !== undefined) return failure;
  const last = Object.keys(practice.locations ?? {}).length === 1;
  return {
    writes: [{ path: last ? ["locations"] : ["locations", edit.id], remove: true }],
    describe: (before) => `removed location ${locationName(before, edit.id)}.`,
  };
}
