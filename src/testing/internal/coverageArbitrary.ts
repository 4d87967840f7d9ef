import * as fc from "fast-check";
import type { Coverage } from "../../model/types.js";
import { idArb, isoAt, SPAN_HOURS } from "./atoms.js";

/**
 * Coverage entries of members `ids` (at least two): absences in 2026 of up to 30 days, written in UTC or an
 * offset, covered by a later id only (so coverage never forms a cycle nor covers a member by themselves), and,
 * when `uncovered`, sometimes without a coverer. @internal
 */
export function coverageArbitrary(ids: readonly string[], uncovered: boolean): fc.Arbitrary<Record<string, Coverage>> {
  const entryArb: fc.Arbitrary<Coverage> = fc
    .tuple(
      fc.integer({ min: 0, max: ids.length - 2 }),
      fc.nat(),
      fc.integer({ min: 0, max: SPAN_HOURS }),
      fc.integer({ min: 1, max: 24 * 30 }),
      fc.constantFrom("Z", "Z", "+02:00", "-05:00"),
      uncovered ? fc.constantFrom(true, true, false) : fc.constant(true),
    )
    .map(([from, step, start, length, offset, covered]) => {
      const absence = { member: ids[from] as string, from: isoAt(start, offset), until: isoAt(start + length, offset) };
      if (!covered) return absence;
      return { ...absence, coveredBy: ids[from + 1 + (step % (ids.length - 1 - from))] as string };
    });
  return fc
    .uniqueArray(fc.tuple(idArb, entryArb), { maxLength: 4, selector: ([id]) => id })
    .map((entries) => Object.fromEntries(entries));
}
