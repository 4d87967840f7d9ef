import * as fc from "fast-check";
import { compareIds } from "../../internal/own.js";
import type { Practice } from "../../model/types.js";

// Ids that no generated practice uses as a location, lookalikes of Object.prototype's names included.
const UNKNOWN_LOCATIONS = ["nowhere", "toString", "__proto__", "constructor", "10"];

/**
 * `locationId`s for one practice: its locations with a table (most often), its locations without one, ids
 * naming no location, `null`, or absent (`undefined`). @internal
 */
export function locationIdArbitrary(practice: Practice): fc.Arbitrary<string | null | undefined> {
  const ids = Object.keys(practice.locations ?? {}).sort(compareIds);
  const tables = practice.locationRouting ?? {};
  const withTable = ids.filter((id) => Object.hasOwn(tables, id));
  const without = ids.filter((id) => !Object.hasOwn(tables, id));
  const unknown = UNKNOWN_LOCATIONS.filter((id) => !ids.includes(id));
  return fc.oneof(
    ...(withTable.length > 0 ? [{ weight: 4, arbitrary: fc.constantFrom(...withTable) }] : []),
    ...(without.length > 0 ? [{ weight: 1, arbitrary: fc.constantFrom(...without) }] : []),
    { weight: 1, arbitrary: fc.constantFrom(...unknown) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 2, arbitrary: fc.constant(undefined) },
  );
}
