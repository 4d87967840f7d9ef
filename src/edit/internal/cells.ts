import { castDraft, type Draft } from "immer";
import { getOwn } from "../../internal/own.js";
import type { MessageCategory } from "../../model/categories.js";
import type { Practice, Recipient, RoutingTable } from "../../model/types.js";
import { isEqualData } from "./equal.js";

/** A cell as stored: a provider's (maybe missing) or the default table's. */
export function cellOf(
  practice: Practice,
  providerId: string | null,
  category: MessageCategory,
): readonly Recipient[] | undefined {
  return providerId === null ? practice.defaultRouting[category] : getOwn(practice.routing, providerId)?.[category];
}

/**
 * Writes one cell into the draft, reading the current value from `base` (no proxy reads). `[]` on a
 * provider removes the cell, and the whole table when it was the last one. Equal cells are not written.
 */
export function writeCell(
  draft: Draft<Practice>,
  base: Practice,
  providerId: string | null,
  category: MessageCategory,
  recipients: readonly Recipient[],
): void {
  if (providerId === null) {
    if (!isEqualData(base.defaultRouting[category], recipients)) {
      draft.defaultRouting[category] = castDraft(recipients);
    }
    return;
  }
  const table = getOwn(base.routing, providerId);
  const current = table?.[category];
  if (recipients.length === 0) {
    if (table === undefined || current === undefined) return;
    if (Object.keys(table).length === 1) delete draft.routing[providerId];
    else delete (draft.routing[providerId] as Draft<RoutingTable>)[category];
    return;
  }
  if (current !== undefined && isEqualData(current, recipients)) return;
  if (table === undefined) draft.routing[providerId] = castDraft({ [category]: recipients });
  else (draft.routing[providerId] as Draft<RoutingTable>)[category] = castDraft(recipients);
}
