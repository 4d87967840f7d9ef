import { getOwn } from "../../internal/own.js";
import { memberName } from "../../internal/words.js";
import { MESSAGE_CATEGORIES } from "../../model/categories.js";
import type { Practice, Recipient, RoutingTable } from "../../model/types.js";
import type { PracticeChange } from "../diffPractices.js";
import { changedIds } from "./changedIds.js";
import { diffLocationRouting } from "./diffLocations.js";
import { isEqualData } from "./equal.js";
import { cellText, recipientsText } from "./names.js";

function cellChange(
  before: Practice,
  after: Practice,
  providerId: string | null,
  category: (typeof MESSAGE_CATEGORIES)[number],
  old: readonly Recipient[] | undefined,
  next: readonly Recipient[] | undefined,
): PracticeChange {
  const path = providerId === null ? ["defaultRouting", category] : ["routing", providerId, category];
  const cell = cellText(after, providerId, category);
  const was = old === undefined ? "the default table" : recipientsText(before, old);
  const summary =
    next === undefined
      ? `${cell} now use the default table (was: ${was}).`
      : `${cell} now go to ${recipientsText(after, next)} (was: ${was}).`;
  return { path, summary: `${summary.charAt(0).toUpperCase()}${summary.slice(1)}` };
}

function tableChanges(
  before: Practice,
  after: Practice,
  providerId: string,
  old: RoutingTable | undefined,
  next: RoutingTable | undefined,
): PracticeChange[] {
  const changes: PracticeChange[] = [];
  for (const category of MESSAGE_CATEGORIES) {
    const a = old?.[category];
    const b = next?.[category];
    if (!isEqualData(a, b)) changes.push(cellChange(before, after, providerId, category, a, b));
  }
  if (changes.length === 0 && (old === undefined) !== (next === undefined)) {
    const name = memberName(next === undefined ? before : after, providerId);
    changes.push({
      path: ["routing", providerId],
      summary:
        next === undefined
          ? `Removed the empty routing table of ${name}.`
          : `Added an empty routing table for ${name}.`,
    });
  }
  return changes;
}

/**
 * Differences of `routing` (providers in id order, cells in category order), then of `locationRouting`
 * (likewise), then of `defaultRouting`.
 */
export function diffRouting(before: Practice, after: Practice): PracticeChange[] {
  const changes: PracticeChange[] = [];
  for (const providerId of changedIds(before.routing, after.routing)) {
    const old = getOwn(before.routing, providerId);
    const next = getOwn(after.routing, providerId);
    changes.push(...tableChanges(before, after, providerId, old, next));
  }
  changes.push(...diffLocationRouting(before, after));
  for (const category of MESSAGE_CATEGORIES) {
    const old = before.defaultRouting[category];
    const next = after.defaultRouting[category];
    if (!isEqualData(old, next)) changes.push(cellChange(before, after, null, category, old, next));
  }
  return changes;
}
