import { compareIds, getOwn } from "../../internal/own.js";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../../model/categories.js";
import type { Id, Recipient, RoutingTable } from "../../model/types.js";

/** Puts `to` in place of `from`, keeping only the first place of `to`; undefined when `from` is absent. */
export function replaceInList<T>(list: readonly T[], isFrom: (item: T) => boolean, isTo: (item: T) => boolean, to: T) {
  if (!list.some(isFrom)) return undefined;
  const out: T[] = [];
  let seen = false;
  for (const item of list) {
    const next = isFrom(item) ? to : item;
    if (isFrom(item) || isTo(item)) {
      if (seen) continue;
      seen = true;
    }
    out.push(next);
  }
  return out;
}

export function replaceInCell(cell: readonly Recipient[], from: Id, to: Id): Recipient[] | undefined {
  if (!namesMember(cell, from)) return undefined;
  const isMember = (id: Id) => (recipient: Recipient) => recipient.type === "member" && recipient.id === id;
  return replaceInList(cell, isMember(from), isMember(to), { type: "member", id: to });
}

/** Whether `cell` names member `id` itself (not through a group). Allocates nothing: most cells do not. */
function namesMember(cell: readonly Recipient[], id: Id): boolean {
  for (const recipient of cell) if (recipient.type === "member" && recipient.id === id) return true;
  return false;
}

/** The ids of the tables of `tables` with a cell naming `from`, in id order (one pass, no copy of the keys). */
function tablesNaming(tables: Readonly<Record<Id, RoutingTable>>, from: Id): Id[] {
  const found: Id[] = [];
  for (const providerId in tables) {
    const table = getOwn(tables, providerId);
    if (table === undefined) continue;
    for (const category of MESSAGE_CATEGORIES) {
      const cell = table[category];
      if (cell !== undefined && namesMember(cell, from)) {
        found.push(providerId);
        break;
      }
    }
  }
  return found.sort(compareIds);
}

/** One cell to rewrite: its table id, its category and its new recipients. */
export type CellChange = readonly [Id, MessageCategory, readonly Recipient[]];

/** The cells of `tables` naming `from`, with `to` in its place: tables in id order, cells in category order. */
export function cellChanges(tables: Readonly<Record<Id, RoutingTable>>, from: Id, to: Id): CellChange[] {
  const changes: CellChange[] = [];
  for (const id of tablesNaming(tables, from)) {
    const table = tables[id] as RoutingTable;
    for (const category of MESSAGE_CATEGORIES) {
      const cell = table[category];
      const next = cell && replaceInCell(cell, from, to);
      if (next) changes.push([id, category, next]);
    }
  }
  return changes;
}
