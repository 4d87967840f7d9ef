import { getOwn, sortedKeys } from "../../internal/own.js";
import { CATEGORY_LABELS, MESSAGE_CATEGORIES, type MessageCategory } from "../../model/categories.js";
import type { Id, Practice, Recipient } from "../../model/types.js";

/** Every provider member in id order: the tables the settings page lists after the default one. */
export function providerIds(practice: Practice): Id[] {
  return sortedKeys(practice.members).filter((id) => getOwn(practice.members, id)?.role === "provider");
}

/** A table's title: "Practice default" or "Beverly Crusher (crusher)". */
export function tableTitle(practice: Practice, providerId: Id | null): string {
  if (providerId === null) return "Practice default";
  const member = getOwn(practice.members, providerId);
  if (member === undefined) return `Unknown member (${providerId})`;
  return `${member.name} (${providerId}${member.active ? "" : ", inactive"})`;
}

/** One row of a table in `--json` output. */
export interface TableRow {
  readonly category: MessageCategory;
  readonly label: string;
  /** Where the cell comes from: the provider's own table or the practice default. */
  readonly source: "provider_table" | "default_table";
  readonly recipients: readonly Recipient[];
}

/** The rows of a table as data, in category order. */
export function tableRows(practice: Practice, providerId: Id | null): TableRow[] {
  const table = providerId === null ? undefined : getOwn(practice.routing, providerId);
  return MESSAGE_CATEGORIES.map((category) => {
    const cell = table === undefined ? undefined : getOwn(table, category);
    return {
      category,
      label: CATEGORY_LABELS[category],
      source: providerId !== null && cell !== undefined ? "provider_table" : "default_table",
      recipients: cell ?? practice.defaultRouting[category],
    };
  });
}
