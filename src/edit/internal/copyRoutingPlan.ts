import { getOwn } from "../../internal/own.js";
import { listText, memberName } from "../../internal/words.js";
import type { IssuePath, Practice, RoutingTable } from "../../model/types.js";
import type { RoutingTableRef } from "../locationEditTypes.js";
import type { CopyRoutingEdit, EditFailure } from "../types.js";
import { checkLocation, checkProvider } from "./checks.js";
import { locationName, SHOWN_NAMES } from "./names.js";
import type { PlanResult, Write } from "./plan.js";

/** `invalid_edit` unless `ref` names a provider (at `path`) or a location (at `[...path, "locationId"]`). */
function checkTableRef(practice: Practice, ref: RoutingTableRef, path: IssuePath): EditFailure | undefined {
  return typeof ref === "string"
    ? checkProvider(practice, ref, path)
    : checkLocation(practice, ref.locationId, [...path, "locationId"]);
}

/** The config path of the table `ref` names. */
function tablePath(ref: RoutingTableRef): string[] {
  return typeof ref === "string" ? ["routing", ref] : ["locationRouting", ref.locationId];
}

/** The table `ref` names, if it has one. */
function tableOf(practice: Practice, ref: RoutingTableRef): RoutingTable | undefined {
  if (typeof ref === "string") return getOwn(practice.routing, ref);
  return practice.locationRouting === undefined ? undefined : getOwn(practice.locationRouting, ref.locationId);
}

/** Whose table `ref` names, in words: a member's name or a location's. */
function ownerName(practice: Practice, ref: RoutingTableRef): string {
  return typeof ref === "string" ? memberName(practice, ref) : locationName(practice, ref.locationId);
}

/**
 * `copy_routing`: each target's table becomes an exact copy of the source's (shared, frozen); a source
 * without a table removes the targets' tables. Sources and targets are providers (by id) or locations
 * (`{locationId}`), in any mix; a target named twice is written once.
 */
export function planCopyRouting(practice: Practice, edit: CopyRoutingEdit): PlanResult {
  const fromFailure = checkTableRef(practice, edit.from, ["from"]);
  if (fromFailure !== undefined) return fromFailure;
  for (const [index, ref] of edit.to.entries()) {
    const failure = checkTableRef(practice, ref, ["to", index]);
    if (failure !== undefined) return failure;
  }
  const source = tableOf(practice, edit.from);
  const targets = [...new Map(edit.to.map((ref) => [JSON.stringify(ref), ref])).values()];
  return {
    writes: targets.map(
      (ref): Write =>
        source === undefined ? { path: tablePath(ref), remove: true } : { path: tablePath(ref), value: source },
    ),
    describe: (before) => {
      const names = targets.map((ref) => ownerName(before, ref));
      const what = source === undefined ? " (none: they now use the default table)" : "";
      return `copied ${ownerName(before, edit.from)}'s routing${what} to ${listText(names, SHOWN_NAMES)}.`;
    },
  };
}
