import { LIMITS } from "../../index.js";
import { isObject, type JsonObject, type JsonValue, pick } from "./jsonTree.js";

// Mutations of the sites and pools of format version 2 (locations, members' locations, location tables,
// group delivery), so that fuzzing reaches every new path of the parser and of validation.

/** The ways the site fields of a document get broken, one per mutation. @internal */
export const SITE_MUTATIONS = [
  "bad_location",
  "bad_member_locations",
  "bad_location_table",
  "bad_delivery",
  "v1_with_site_field",
] as const;

/** One of {@link SITE_MUTATIONS}. @internal */
export type SiteMutationKind = (typeof SITE_MUTATIONS)[number];

const BAD_LOCATIONS: JsonValue[] = [
  {},
  { name: "" },
  { name: 5 },
  { name: "x".repeat(LIMITS.nameLength + 1) },
  "North",
  null,
];
const BAD_MEMBER_LOCATIONS: JsonValue[] = ["north", { north: true }, null, [5], ["north clinic"], ["ghost"]];
const BAD_DELIVERIES: JsonValue[] = ["round_robin", "Pool", "", null, 1, ["pool"]];
const BAD_TABLES: JsonValue[] = [[], null, { billing: [{ type: "assigned_provider" }] }, { referrals: [] }];

/** The document's locations, made when it has none (one valid location, `north`). */
function locationsOf(root: JsonObject): JsonObject {
  if (isObject(root.locations)) return root.locations;
  const locations: JsonObject = { north: { name: "North Clinic" } };
  root.locations = locations;
  return locations;
}

/** One object of a record of the document (`members` or `groups`), or `undefined` when it has none. */
function entryOf(root: JsonObject, field: string, seed: number): JsonObject | undefined {
  const record = root[field];
  if (!isObject(record)) return undefined;
  const found = record[pick(Object.keys(record), seed) ?? ""];
  return isObject(found) ? found : undefined;
}

/** Applies one site mutation to the root of a private document tree, in place. @internal */
export function mutateSites(root: JsonObject, kind: SiteMutationKind, seed: number): void {
  switch (kind) {
    case "bad_location": {
      const locations = locationsOf(root);
      if (seed % 5 === 4) root.locations = seed % 2 === 0 ? [] : Object.fromEntries(manyLocations());
      else locations[pick(Object.keys(locations), seed >> 3) ?? "north"] = pick(BAD_LOCATIONS, seed >> 1) as JsonValue;
      return;
    }
    case "bad_member_locations": {
      locationsOf(root);
      const member = entryOf(root, "members", seed >> 3);
      if (member) member.locations = pick(BAD_MEMBER_LOCATIONS, seed) as JsonValue;
      return;
    }
    case "bad_location_table": {
      const tables = isObject(root.locationRouting) ? root.locationRouting : {};
      root.locationRouting = tables;
      // A table for a location the document does not have (a validation error), or a malformed table.
      if (seed % 3 === 0) tables.ghost = { referrals: [{ type: "assigned_provider" }] };
      else
        tables[pick(Object.keys(locationsOf(root)), seed >> 2) ?? "north"] = pick(BAD_TABLES, seed >> 4) as JsonValue;
      return;
    }
    case "bad_delivery": {
      const group = entryOf(root, "groups", seed >> 3);
      if (group) group.delivery = pick(BAD_DELIVERIES, seed) as JsonValue;
      return;
    }
    case "v1_with_site_field": {
      // Version 1 with what only version 2 holds: locations, a location table, a member's locations or a delivery.
      root.schemaVersion = 1;
      delete root.timeZone;
      if (seed % 4 === 0) locationsOf(root);
      else if (seed % 4 === 1) root.locationRouting = {};
      else if (seed % 4 === 2) (entryOf(root, "members", seed >> 2) ?? {}).locations = [];
      else (entryOf(root, "groups", seed >> 2) ?? {}).delivery = "pool";
      return;
    }
    default: {
      const unreachable: never = kind;
      throw new TypeError(`Unknown mutation ${String(unreachable)}.`);
    }
  }
}

/** More locations than the limit allows. */
function manyLocations(): [string, JsonValue][] {
  return Array.from({ length: LIMITS.locations + 1 }, (_, index) => [`site-${index}`, { name: `Site ${index}` }]);
}
