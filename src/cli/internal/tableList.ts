import { providers } from "../../index.js";
import { sortedKeys } from "../../internal/own.js";
import type { Id, Practice } from "../../model/types.js";
import {
  describeLocation,
  describeMember,
  isLocation,
  isProvider,
  notALocationWarning,
  notAProviderWarning,
} from "./describe.js";
import type { Output } from "./io.js";

/** One table `table` prints: what `routingTableRows` is asked for, and its title line. */
export interface TableSpec {
  /** The provider whose table it is, or `null`. */
  readonly providerId: Id | null;
  /** The after-hours or a location's table (with `providerId` null). */
  readonly table?: "after_hours" | "location";
  /** The location: the one shown (`table: "location"`), or the one a provider's table is read at. */
  readonly locationId?: Id;
  /** "Practice default", "After hours", "Location: Riverside Clinic (riverside)", "Sam Kim (drkim)". */
  readonly title: string;
}

/** Which tables `table` was asked for: one of them, or none for every table. */
export interface TableChoice {
  readonly provider: Id | undefined;
  readonly location: Id | undefined;
  readonly only: "default" | "after_hours" | undefined;
}

const DEFAULT_TABLE: TableSpec = { providerId: null, title: "Practice default" };
const AFTER_HOURS: TableSpec = { providerId: null, table: "after_hours", title: "After hours" };

function locationTable(practice: Practice, locationId: Id): TableSpec {
  return {
    providerId: null,
    table: "location",
    locationId,
    title: `Location: ${describeLocation(practice, locationId)}`,
  };
}

/**
 * The tables to print, in order: the one asked for, or the default table, the after-hours table (when the
 * practice has one), every location's and every provider's (each in id order). A `--provider` or `--location`
 * that names nothing gets a warning on `out` and is left out, as resolution leaves it out.
 */
export function tablesToPrint(practice: Practice, choice: TableChoice, out: Output): readonly TableSpec[] {
  const { provider, location, only } = choice;
  const providerId = provider !== undefined && isProvider(practice, provider) ? provider : undefined;
  const locationId = location !== undefined && isLocation(practice, location) ? location : undefined;
  if (provider !== undefined && providerId === undefined) {
    const shown =
      locationId === undefined
        ? "the practice default table, which applies to patients with this provider id"
        : "the location's table, which applies to patients with this provider id there";
    out.warn(notAProviderWarning(provider, `showing ${shown}`));
  }
  if (location !== undefined && locationId === undefined) {
    const shown =
      providerId === undefined
        ? "the practice default table, which applies to messages for this location id"
        : "the provider's table without a location";
    out.warn(notALocationWarning(location, `showing ${shown}`));
  }
  if (providerId !== undefined) {
    const title = describeMember(practice, providerId);
    if (locationId === undefined) return [{ providerId, title }];
    return [{ providerId, locationId, title: `${title}, at ${describeLocation(practice, locationId)}` }];
  }
  if (locationId !== undefined) return [locationTable(practice, locationId)];
  if (provider !== undefined || location !== undefined || only === "default") return [DEFAULT_TABLE];
  if (only === "after_hours") return [AFTER_HOURS];
  return [
    DEFAULT_TABLE,
    ...(practice.afterHoursRouting === undefined ? [] : [AFTER_HOURS]),
    ...sortedKeys(practice.locations ?? {}).map((id) => locationTable(practice, id)),
    ...providers(practice).map(({ id }) => ({ providerId: id, title: describeMember(practice, id) })),
  ];
}
