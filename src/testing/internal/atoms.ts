import * as fc from "fast-check";

// Small generators that the practice arbitraries share: ids, names and timestamps.

// Ids that stress ordering and lookups: integer-like keys, Object.prototype names, punctuation.
const TRICKY_IDS = ["10", "9", "toString", "hasOwnProperty", "a.b", "x:y", "u@v", "z-z", "A", "a"];

/** Ids of the config format, tricky ones included. @internal */
export const idArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...TRICKY_IDS) },
  { weight: 3, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9._:@-]{0,6}$/) },
);

/** Display names, realistic or any short string. @internal */
export const nameArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("Beverly Crusher", "Jane Smith", "Kim Jones", "Dr. Ana Ruiz", "Søren Ødegaard"),
  fc.string({ minLength: 1, maxLength: 24 }),
);

/** 2026-01-01T00:00:00Z, where generated timestamps start. */
const START_2026 = Date.UTC(2026, 0, 1);

/** Hours in 2026: generated absences start within them. @internal */
export const SPAN_HOURS = 24 * 365;

/** The instant `hours` after the start of 2026 written with `offset` (`"Z"` or e.g. `"+02:00"`), to the second. @internal */
export function isoAt(hours: number, offset: string): string {
  const ms = START_2026 + hours * 3_600_000;
  if (offset === "Z") return new Date(ms).toISOString().replace(".000Z", "Z");
  // Express the same instant in a fixed offset, e.g. +02:00.
  const sign = offset.startsWith("-") ? -1 : 1;
  const [hh, mm] = offset.slice(1).split(":").map(Number) as [number, number];
  const local = new Date(ms + sign * (hh * 60 + mm) * 60_000).toISOString().slice(0, 19);
  return `${local}${offset}`;
}
