// Shared helpers for the resolution tests.
import * as fc from "fast-check";
import { deepFreeze } from "../../src/internal/freeze.js";
import type { Coverage, Practice, Recipient } from "../../src/model/types.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";

/** The same record with its keys inserted in reverse order. */
function reversed<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).reverse());
}

/** The same practice with the keys of every record (tables included) inserted in reverse order. */
export function withKeysReversed(practice: Practice): Practice {
  const routing = Object.fromEntries(
    Object.entries(practice.routing)
      .reverse()
      .map(([id, table]) => [id, reversed(table)]),
  );
  return deepFreeze({
    ...practice,
    members: reversed(practice.members),
    groups: reversed(practice.groups),
    routing,
    defaultRouting: reversed(practice.defaultRouting) as unknown as Practice["defaultRouting"],
    coverage: reversed(practice.coverage),
  });
}

const START = Date.UTC(2026, 0, 1);

/**
 * Practices that break the validation rules resolution must survive: coverage cycles, self-coverage,
 * long chains, unknown or inactive coverers, overlapping absences, unknown members and groups in cells.
 */
export const messyPracticeArbitrary: fc.Arbitrary<Practice> = practiceArbitrary({ messaging: "on" }).chain(
  (practice) => {
    const ids = [...Object.keys(practice.members), "ghost"];
    const coverageArb = fc.uniqueArray(
      fc.tuple(
        fc.constantFrom("k1", "k2", "k3", "k4", "k5", "k6", "9", "10", "toString"),
        fc.record({
          member: fc.constantFrom(...ids),
          coveredBy: fc.constantFrom(...ids),
          start: fc.integer({ min: 0, max: 48 }),
          length: fc.integer({ min: -2, max: 72 }),
        }),
      ),
      { maxLength: 8, selector: ([id]) => id },
    );
    const strayArb = fc.array(
      fc.constantFrom<Recipient>({ type: "member", id: "ghost" }, { type: "group", id: "no-such-group" }),
      { maxLength: 2 },
    );
    return fc.tuple(coverageArb, strayArb).map(([entries, strays]) => {
      const coverage: Record<string, Coverage> = { ...practice.coverage };
      for (const [id, entry] of entries) {
        coverage[id] = {
          member: entry.member,
          coveredBy: entry.coveredBy,
          from: new Date(START + entry.start * 3_600_000).toISOString(),
          until: new Date(START + (entry.start + entry.length) * 3_600_000).toISOString(),
        };
      }
      const defaultRouting = {
        ...practice.defaultRouting,
        appointments: [...strays, ...practice.defaultRouting.appointments],
      };
      return deepFreeze({ ...practice, coverage, defaultRouting });
    });
  },
);

/** Times around the messy coverage periods (hours 0 to 120 of 2026), as Dates and strings. */
export const messyAtArbitrary: fc.Arbitrary<Date | string> = fc
  .tuple(fc.integer({ min: -2, max: 122 }), fc.boolean())
  .map(([hours, asDate]) => {
    const date = new Date(START + hours * 3_600_000);
    return asDate ? date : date.toISOString();
  });
