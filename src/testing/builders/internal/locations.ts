import type { Id, Location, Member, RoutingTable } from "../../../model/types.js";
import type { CellsSpec } from "../types.js";
import { misuse, setOwn } from "./misuse.js";
import { buildCells, type Known } from "./routes.js";

/** Builds the locations: a name, or `{name}`. @internal */
export function buildLocations(specs: Readonly<Record<Id, string | Location>>): Record<Id, Location> {
  const locations: Record<Id, Location> = {};
  for (const [id, spec] of Object.entries(specs))
    setOwn(locations, id, { name: typeof spec === "string" ? spec : spec.name });
  return locations;
}

/** Builds the location tables; a table keyed by anything but a location is a misuse. @internal */
export function buildLocationRouting(
  specs: Readonly<Record<Id, CellsSpec>>,
  known: Known,
  locations: Readonly<Record<Id, Location>>,
): Record<Id, RoutingTable> {
  const routing: Record<Id, RoutingTable> = {};
  for (const [locationId, spec] of Object.entries(specs)) {
    if (!Object.hasOwn(locations, locationId)) misuse(`locationRoutes: "${locationId}" is not a location.`);
    setOwn(routing, locationId, buildCells(spec, known, `locationRoutes.${locationId}`));
  }
  return routing;
}

/** Checks that every member's locations are locations of the practice. @internal */
export function checkMemberLocations(members: Readonly<Record<Id, Member>>, locations: Readonly<Record<Id, Location>>) {
  for (const [id, member] of Object.entries(members)) {
    for (const locationId of member.locations ?? []) {
      if (!Object.hasOwn(locations, locationId))
        misuse(`member "${id}" works at "${locationId}", which is not a location.`);
    }
  }
}
