import type { MessageCategory } from "../model/categories.js";
import type { Id, Location, Recipient } from "../model/types.js";

/**
 * Sets one cell of a location's table (`locationRouting`), tried after the provider's cell and before the
 * default cell for a message sent from that location. `[]` clears the cell; clearing a table's last cell
 * removes the table, and removing the last table removes `locationRouting`.
 *
 * @group Editing
 */
export interface SetLocationRouteEdit {
  /** The edit type. */
  readonly type: "set_route";
  /** Always `"location"`: which table (a location cell belongs to no provider). */
  readonly table: "location";
  /** The location whose table is set; it must be one of the practice's `locations`. */
  readonly locationId: Id;
  /** The cell's category. */
  readonly category: MessageCategory;
  /** The new recipients; `[]` clears the cell (that location's messages then use the default table). */
  readonly recipients: readonly Recipient[];
}

/**
 * Adds a location (a site of the practice), or renames one. The first location creates `locations`.
 *
 * @group Editing
 */
export interface UpsertLocationEdit {
  /** The edit type. */
  readonly type: "upsert_location";
  /** The location's id. */
  readonly id: Id;
  /** The location's full record. */
  readonly location: Location;
}

/**
 * Removes a location (refused while a location table or a member's `locations` names it). Removing the last
 * location removes `locations`.
 *
 * @group Editing
 */
export interface RemoveLocationEdit {
  /** The edit type. */
  readonly type: "remove_location";
  /** The location's id. */
  readonly id: Id;
}

/**
 * A routing table named in {@link CopyRoutingEdit}: a provider's, by member id, or a location's.
 *
 * @group Editing
 */
export type RoutingTableRef =
  | Id
  | {
      /** The location whose table is meant. */
      readonly locationId: Id;
    };
