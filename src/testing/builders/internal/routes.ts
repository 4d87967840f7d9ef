import { isMessageCategory, MESSAGE_CATEGORIES, type MessageCategory } from "../../../index.js";
import type { DefaultRoutingTable, Group, Id, Member, Recipient, RoutingTable } from "../../../model/types.js";
import type { CellsSpec, RecipientSpec } from "../types.js";
import { misuse, setOwn } from "./misuse.js";

/** The members and groups a cell may name. @internal */
export interface Known {
  readonly members: Readonly<Record<Id, Member>>;
  readonly groups: Readonly<Record<Id, Group>>;
}

function toRecipient(spec: RecipientSpec, known: Known, where: string): Recipient {
  if (typeof spec === "string") {
    const isMember = Object.hasOwn(known.members, spec);
    const isGroup = Object.hasOwn(known.groups, spec);
    if (isMember && isGroup) misuse(`${where}: "${spec}" is both a member and a group; write {type, id}.`);
    if (!isMember && !isGroup) misuse(`${where}: "${spec}" is neither a member nor a group.`);
    return { type: isMember ? "member" : "group", id: spec };
  }
  switch (spec.type) {
    case "assigned_provider":
      return { type: "assigned_provider" };
    case "care_team":
      return { type: "care_team" };
    case "member":
    case "group": {
      const record = spec.type === "member" ? known.members : known.groups;
      if (!Object.hasOwn(record, spec.id)) misuse(`${where}: there is no ${spec.type} "${spec.id}".`);
      return { type: spec.type, id: spec.id };
    }
    default: {
      const unreachable: never = spec;
      void unreachable;
      return misuse(`${where}: a recipient is neither a member, a group, the assigned provider nor the care team.`);
    }
  }
}

/** Builds a partial table's cells, each entry checked against `known`. @internal */
export function buildCells(spec: CellsSpec, known: Known, where: string): { [C in MessageCategory]?: Recipient[] } {
  const table: { [C in MessageCategory]?: Recipient[] } = {};
  for (const [category, cell] of Object.entries(spec)) {
    if (!isMessageCategory(category)) misuse(`${where}: "${category}" is not a message category.`);
    if (cell === undefined) continue;
    if (cell.length === 0) misuse(`${where}.${category}: a cell needs at least one recipient; leave it out instead.`);
    table[category] = cell.map((entry: RecipientSpec) => toRecipient(entry, known, `${where}.${category}`));
  }
  return table;
}

/** Builds the provider tables; a table keyed by anything but a provider is a misuse. @internal */
export function buildRouting(specs: Readonly<Record<Id, CellsSpec>>, known: Known): Record<Id, RoutingTable> {
  const routing: Record<Id, RoutingTable> = {};
  for (const [providerId, spec] of Object.entries(specs)) {
    const member = Object.hasOwn(known.members, providerId) ? known.members[providerId] : undefined;
    if (member?.role !== "provider") misuse(`routes: "${providerId}" is not a provider.`);
    setOwn(routing, providerId, buildCells(spec, known, `routes.${providerId}`));
  }
  return routing;
}

/** Builds the practice table; a category left out routes to the assigned provider. @internal */
export function buildDefaultRouting(spec: CellsSpec, known: Known): DefaultRoutingTable {
  const cells = buildCells(spec, known, "defaultRoute");
  const entries = MESSAGE_CATEGORIES.map((category) => [
    category,
    cells[category] ?? [{ type: "assigned_provider" } satisfies Recipient],
  ]);
  return Object.fromEntries(entries) as DefaultRoutingTable;
}

/** Builds the after-hours cells: a partial table, like a provider's. @internal */
export function buildAfterHoursRouting(spec: CellsSpec, known: Known): RoutingTable {
  return buildCells(spec, known, "afterHoursRoute");
}
