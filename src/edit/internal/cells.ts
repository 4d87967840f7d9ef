import { getOwn } from "../../internal/own.js";
import type { MessageCategory } from "../../model/categories.js";
import type { Practice, Recipient } from "../../model/types.js";
import type { Write } from "./plan.js";

/** A cell as stored: a provider's (maybe missing) or the default table's. */
export function cellOf(
  practice: Practice,
  providerId: string | null,
  category: MessageCategory,
): readonly Recipient[] | undefined {
  return providerId === null ? practice.defaultRouting[category] : getOwn(practice.routing, providerId)?.[category];
}

/** The write that sets one cell; `[]` on a provider removes the cell (and the table with its last cell). */
export function writeCell(
  providerId: string | null,
  category: MessageCategory,
  recipients: readonly Recipient[],
): Write {
  if (providerId === null) return { path: ["defaultRouting", category], value: recipients };
  const path = ["routing", providerId, category];
  return recipients.length === 0 ? { path, remove: true } : { path, value: recipients };
}
