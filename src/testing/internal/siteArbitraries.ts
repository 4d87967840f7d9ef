import * as fc from "fast-check";
import type { GroupDelivery, Id, Location, RoutingTable } from "../../model/types.js";
import { idArb, nameArb } from "./atoms.js";

// Sites and pools of format version 2 (DESIGN.md section 12): a few locations, the locations members work at,
// location tables, and how groups deliver. Small on purpose: up to three locations, two per member.

/** The site fields drawn for one practice; `undefined` fields are left out of the document. @internal */
export interface Sites {
  readonly locations: Readonly<Record<Id, Location>> | undefined;
  readonly locationRouting: Readonly<Record<Id, RoutingTable>> | undefined;
  /** Per member id, the `locations` to give that member (members left out get none). */
  readonly memberLocations: readonly (readonly [memberId: Id, locations: readonly Id[]])[];
}

const NO_SITES: Sites = { locations: undefined, locationRouting: undefined, memberLocations: [] };

/**
 * Locations (absent, empty, or 1–3 with names), a table for some of them, and for some members 0–2 of them;
 * nothing at all when `enabled` is false. @internal
 */
export function sitesArbitrary(
  enabled: boolean,
  memberIds: readonly Id[],
  tableArb: fc.Arbitrary<RoutingTable>,
): fc.Arbitrary<Sites> {
  if (!enabled) return fc.constant(NO_SITES);
  return fc.option(fc.uniqueArray(idArb, { maxLength: 3 }), { nil: undefined, freq: 3 }).chain((ids) => {
    if (ids === undefined) return fc.constant(NO_SITES);
    const names = fc.tuple(...ids.map(() => nameArb));
    const tables = fc.tuple(...ids.map(() => fc.option(tableArb, { nil: undefined, freq: 3 })));
    const worksAt =
      ids.length === 0
        ? fc.constant(memberIds.map(() => undefined))
        : fc.tuple(
            ...memberIds.map(() =>
              fc.option(fc.subarray(ids, { maxLength: Math.min(2, ids.length) }), { nil: undefined }),
            ),
          );
    return fc.tuple(names, tables, worksAt, fc.boolean()).map(([drawnNames, drawnTables, drawnWorksAt, keepEmpty]) => {
      const locations: Record<Id, Location> = {};
      const locationRouting: Record<Id, RoutingTable> = {};
      ids.forEach((id, index) => {
        locations[id] = { name: drawnNames[index] as string };
        const table = drawnTables[index];
        if (table !== undefined) locationRouting[id] = table;
      });
      const memberLocations = memberIds.flatMap((id, index) => {
        const list = drawnWorksAt[index];
        return list === undefined ? [] : [[id, list] as const];
      });
      const hasTables = Object.keys(locationRouting).length > 0 || keepEmpty;
      return { locations, locationRouting: hasTables ? locationRouting : undefined, memberLocations };
    });
  });
}

/** A group's delivery: absent (each), or each, pool or sticky; always absent when `enabled` is false. @internal */
export function deliveryArbitrary(enabled: boolean): fc.Arbitrary<GroupDelivery | undefined> {
  if (!enabled) return fc.constant(undefined);
  return fc.option(fc.constantFrom<GroupDelivery>("each", "pool", "sticky"), { nil: undefined, freq: 2 });
}
