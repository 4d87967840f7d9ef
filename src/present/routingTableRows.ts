import { getOwn, sortedKeys } from "../internal/own.js";
import type { MessageCategory } from "../model/categories.js";
import type { GroupDelivery, Id, Practice, Recipient, Timestamp } from "../model/types.js";
import { tableRows } from "./internal/tableRows.js";

/**
 * Options of {@link routingTableRows} and of `formatRoutingTable`.
 *
 * @group Presenting
 */
export interface RoutingTableRowsOptions {
  /**
   * The instant at which to mark absent people, as a `Date` or an ISO 8601 timestamp with `Z` or an offset.
   * Without it no absence is marked: the function never reads the clock.
   */
  readonly at?: Date | string;
  /**
   * With `providerId` null, the table to show instead of the default table: `"after_hours"`, the practice's
   * after-hours table, whose missing cells have no recipients (the usual route applies while the practice is
   * closed); or `"location"`, the table of `locationId`, whose missing cells show the practice default.
   */
  readonly table?: "after_hours" | "location";
  /**
   * A location of the practice (or any id with a location table). With `table: "location"`, the location whose
   * table is shown. With a provider, the provider's table as that location's patients get it: a missing cell
   * shows the location's cell (`fromLocation`) when it has one, else the practice default, as resolution does
   * (which reads the tables of the practice's locations only).
   */
  readonly locationId?: Id;
}

/**
 * An absence in force at the table's instant: until when, and who covers.
 *
 * @group Presenting
 */
export interface RoutingTableAbsence {
  /** The coverage entry's id. */
  readonly coverageId: Id;
  /** The end of the absence (exclusive), as configured. */
  readonly until: Timestamp;
  /** The coverer's id; `null` when nobody covers (the member is dropped while away). */
  readonly coveredBy: Id | null;
}

/**
 * One entry of a routing cell as the settings page shows it.
 *
 * @group Presenting
 */
export interface RoutingTableRecipient {
  /** The cell entry's type. */
  readonly kind: Recipient["type"];
  /** The member or group id; for `assigned_provider`, the provider's id, or `null` in the default table. */
  readonly id: Id | null;
  /** The member's or group's name; "Assigned provider" in the default table; `member "kx"` for an unknown id. */
  readonly name: string;
  /** The id names no member or group of the practice. */
  readonly unknown: boolean;
  /** An inactive member (never true for a group). */
  readonly inactive: boolean;
  /** The member's absence in force at `options.at` (first in coverage-id order), else `null`. */
  readonly away: RoutingTableAbsence | null;
  /** How a group of the practice delivers (`"each"` when not configured); `null` for every other entry. */
  readonly delivery: GroupDelivery | null;
}

/**
 * One category of a routing table: who receives it, and whether the provider's own cell is missing.
 *
 * @group Presenting
 */
export interface RoutingTableRow {
  /** The category. */
  readonly category: MessageCategory;
  /** Its patient-facing label. */
  readonly label: string;
  /**
   * The cell's entries in order (the default cell's when `fromDefault`, the location's when `fromLocation`;
   * none for a missing after-hours cell).
   */
  readonly recipients: readonly RoutingTableRecipient[];
  /**
   * A provider's or location's table without this cell (for a provider read at a location, the location's
   * table lacks it too): the practice default applies. Always `false` for the default and after-hours tables.
   */
  readonly fromDefault: boolean;
  /** A provider's table without this cell, read at a location whose table has it: the location's cell applies. */
  readonly fromLocation: boolean;
}

/**
 * A provider of the practice, for a settings page's provider picker.
 *
 * @group Presenting
 */
export interface ProviderSummary {
  /** The member id. */
  readonly id: Id;
  /** The provider's name. */
  readonly name: string;
  /** Whether the provider is active. */
  readonly active: boolean;
  /** Whether the provider has a routing table of their own. */
  readonly hasTable: boolean;
}

/**
 * The rows of a routing table as data, in category order: what a settings page renders, and what
 * `formatRoutingTable` prints. Names come from the practice; absences are marked only with `options.at`;
 * groups carry their `delivery`. Shows the default table, a provider's (optionally as a location's patients
 * get it), the after-hours table or a location's table (see {@link RoutingTableRowsOptions}).
 *
 * @param practice - A parsed practice (left untouched).
 * @param providerId - A provider's id (a provider member, or any id that has a routing table), or `null`
 *   for the practice's default table (or the table named by `options.table`).
 * @param options - Optionally, the instant at which to mark absences, the table and the location.
 * @returns A deeply frozen array of six rows.
 * @throws TypeError when `providerId` is neither a provider nor a routing-table key, `locationId` names no
 *   location and no location table, `table` and `locationId` do not fit `providerId` (see the options), or `at`
 *   is not a valid time.
 * @example
 * ```ts
 * const [row] = routingTableRows(samplePractice(), "crusher");
 * [row.label, row.recipients.map((r) => r.name), row.fromDefault];
 * //=> ["Appointments", ["Jane Smith"], false]
 * ```
 *
 * @group Presenting
 */
export function routingTableRows(
  practice: Practice,
  providerId: Id | null,
  options: RoutingTableRowsOptions = {},
): readonly RoutingTableRow[] {
  return tableRows(practice, providerId, options, "routingTableRows");
}

/**
 * The practice's providers in id order, for a settings page's provider picker (the tables it can show
 * after the default one).
 *
 * @param practice - A parsed practice (left untouched).
 * @returns A frozen array of `{id, name, active, hasTable}`.
 * @example
 * ```ts
 * providers(samplePractice()).map((provider) => provider.id);
 * //=> ["crusher", "oselkin"]
 * ```
 *
 * @group Presenting
 */
export function providers(practice: Practice): readonly ProviderSummary[] {
  const found: ProviderSummary[] = [];
  for (const id of sortedKeys(practice.members)) {
    const member = getOwn(practice.members, id);
    if (member?.role !== "provider") continue;
    const hasTable = getOwn(practice.routing, id) !== undefined;
    found.push(Object.freeze({ id, name: member.name, active: member.active, hasTable }));
  }
  return Object.freeze(found);
}
