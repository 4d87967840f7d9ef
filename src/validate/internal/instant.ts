/** An instant with nanosecond precision: milliseconds since the epoch plus nanoseconds within that millisecond. */
export interface Instant {
  readonly ms: number;
  readonly ns: number;
}

const SHAPE = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$/;

/**
 * Reads an ISO 8601 timestamp with `Z` or an offset as an instant, keeping fractions below a millisecond
 * (`Date.parse` drops them). `undefined` when the text is not such a timestamp.
 */
export function parseInstant(text: string): Instant | undefined {
  const match = SHAPE.exec(text);
  if (match === null) return undefined;
  const [, base = "", fraction = "", zone = ""] = match;
  const ms = Date.parse(`${base}${zone}`);
  if (Number.isNaN(ms)) return undefined;
  const digits = fraction.padEnd(9, "0");
  return { ms: ms + Number(digits.slice(0, 3)), ns: Number(digits.slice(3, 9)) };
}

/** Negative, zero or positive as `a` is before, at or after `b`. */
export function compareInstants(a: Instant, b: Instant): number {
  return a.ms - b.ms || a.ns - b.ns;
}

/** The instant as `2026-12-01T00:00:00Z` (milliseconds shown only when not zero). */
export function isoText(instant: Instant): string {
  return new Date(instant.ms).toISOString().replace(".000Z", "Z");
}
