import { getOwn } from "../../internal/own.js";
import { MESSAGE_CATEGORIES } from "../../model/categories.js";
import type { Location, Practice, RoutingTable } from "../../model/types.js";
import type { PracticeChange } from "../diffPractices.js";
import { changedIds } from "./changedIds.js";
import { isEqualData } from "./equal.js";
import { locationCellText, locationName, recipientsText } from "./names.js";

const NONE: Readonly<Record<string, never>> = Object.freeze({});

/** Differences of `locations`: added, removed or renamed locations, in id order. */
export function diffLocations(before: Practice, after: Practice): PracticeChange[] {
  const changes: PracticeChange[] = [];
  const [old, next] = [before.locations ?? NONE, after.locations ?? NONE];
  for (const id of changedIds<Location>(old, next)) {
    const [was, now] = [getOwn(old, id), getOwn(next, id)];
    if (isEqualData(was, now)) continue;
    const summary =
      was === undefined
        ? `Added location ${now?.name}.`
        : now === undefined
          ? `Removed location ${was.name}.`
          : `Renamed location ${was.name} to ${now.name}.`;
    changes.push({ path: ["locations", id], summary });
  }
  return changes;
}

/** Differences of `locationRouting`: locations in id order, cells in category order. */
export function diffLocationRouting(before: Practice, after: Practice): PracticeChange[] {
  const changes: PracticeChange[] = [];
  const [tables, nextTables] = [before.locationRouting ?? NONE, after.locationRouting ?? NONE];
  for (const id of changedIds<RoutingTable>(tables, nextTables)) {
    const [old, next] = [getOwn(tables, id), getOwn(nextTables, id)];
    const start = changes.length;
    for (const category of MESSAGE_CATEGORIES) {
      const [a, b] = [old?.[category], next?.[category]];
      if (isEqualData(a, b)) continue;
      const cell = locationCellText(after, id, category);
      const was = a === undefined ? "the default table" : recipientsText(before, a);
      const summary =
        b === undefined
          ? `${cell} now use the default table (was: ${was}).`
          : `${cell} now go to ${recipientsText(after, b)} (was: ${was}).`;
      changes.push({ path: ["locationRouting", id, category], summary });
    }
    if (changes.length === start && (old === undefined) !== (next === undefined)) {
      const name = locationName(next === undefined ? before : after, id);
      const summary =
        next === undefined
          ? `Removed the empty routing table of ${name}.`
          : `Added an empty routing table for ${name}.`;
      changes.push({ path: ["locationRouting", id], summary });
    }
  }
  return changes;
}
