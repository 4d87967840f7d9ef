import { getOwn } from "../../internal/own.js";
import { instantOf } from "../../internal/time.js";
import type { MessageCategory } from "../../model/categories.js";
import { afterHoursCell, locationOf } from "../../model/lookups.js";
import type { Id, Practice, Recipient, RoutingTable } from "../../model/types.js";
import type { RoutingTableRowsOptions } from "../routingTableRows.js";

/**
 * @internal Which table the rows show, checked: the default table, the after-hours table, a location's table,
 * or a provider's table (read at a location when `locationTable` is given).
 */
export interface TableView {
  /** The provider whose table is shown, else `null`. */
  readonly providerId: Id | null;
  /** `"after_hours"`, `"location"`, or `undefined` for the default or a provider's table. */
  readonly table: RoutingTableRowsOptions["table"];
  /** The location given, when its table is used: the one shown, or the one a provider's missing cell reads. */
  readonly locationTable: RoutingTable | undefined;
  /** The provider's own table, when the view is a provider's. */
  readonly providerTable: RoutingTable | undefined;
  /** The instant at which to mark absences, in milliseconds. */
  readonly at: number | undefined;
}

/** @internal Checks `providerId` and the options of a table (throwing a `TypeError` naming `caller`). */
export function tableView(
  practice: Practice,
  providerId: Id | null,
  options: RoutingTableRowsOptions,
  caller: string,
): TableView {
  const at = options.at === undefined ? undefined : instantOf(options.at);
  if (Number.isNaN(at)) {
    throw new TypeError(`${caller}: options.at must be a valid Date or an ISO 8601 timestamp with Z or an offset.`);
  }
  const { table, locationId } = options;
  if (table !== undefined && ((table !== "after_hours" && table !== "location") || providerId !== null)) {
    throw new TypeError(`${caller}: options.table must be "after_hours" or "location", with providerId null.`);
  }
  if (locationId === undefined ? table === "location" : providerId === null && table !== "location") {
    throw new TypeError(
      `${caller}: options.locationId goes with table "location" or with a provider, and is needed with table "location".`,
    );
  }
  const providerTable = providerId === null ? undefined : getOwn(practice.routing, providerId);
  if (providerId !== null && providerTable === undefined && getOwn(practice.members, providerId)?.role !== "provider") {
    throw new TypeError(`${caller}: "${String(providerId)}" is not a provider of this practice.`);
  }
  const known = locationId !== undefined && locationOf(practice, locationId) !== undefined;
  const locationTable = locationId === undefined ? undefined : getOwn(practice.locationRouting ?? {}, locationId);
  if (locationId !== undefined && !known && locationTable === undefined) {
    throw new TypeError(`${caller}: "${String(locationId)}" is not a location of this practice.`);
  }
  // A provider's patients read a location's cells only when it is a location of the practice, as resolution does.
  const read = table === "location" || known ? locationTable : undefined;
  return { providerId, table, locationTable: read, providerTable, at };
}

/** @internal Where a row's entries come from: its own cell, a location's, the default, or none (after hours). */
export interface PickedCell {
  /** The entries shown. */
  readonly shown: readonly Recipient[];
  /** Taken from the practice default table for a missing cell. */
  readonly fromDefault: boolean;
  /** Taken from the location's table for a provider's missing cell. */
  readonly fromLocation: boolean;
}

/** @internal The cell a row of `view` shows for `category`. */
export function pickCell(practice: Practice, view: TableView, category: MessageCategory): PickedCell {
  const cellOf = (table: RoutingTable | undefined) =>
    table === undefined ? undefined : getOwn<readonly Recipient[]>(table, category);
  const fallback = practice.defaultRouting[category];
  switch (view.table) {
    case "after_hours":
      return { shown: afterHoursCell(practice, category) ?? [], fromDefault: false, fromLocation: false };
    case "location": {
      const own = cellOf(view.locationTable);
      return { shown: own ?? fallback, fromDefault: own === undefined, fromLocation: false };
    }
    case undefined: {
      if (view.providerId === null) return { shown: fallback, fromDefault: false, fromLocation: false };
      const own = cellOf(view.providerTable);
      if (own !== undefined) return { shown: own, fromDefault: false, fromLocation: false };
      const location = cellOf(view.locationTable);
      if (location !== undefined) return { shown: location, fromDefault: false, fromLocation: true };
      return { shown: fallback, fromDefault: true, fromLocation: false };
    }
    default: {
      const unreachable: never = view.table;
      return unreachable;
    }
  }
}
