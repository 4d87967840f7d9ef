import { TIMESTAMP_PATTERN } from "../model/limits.js";

// The library's one time model: an instant is a whole number of milliseconds since the epoch. Every
// timestamp of a practice and every `at` argument is read by the two functions below, so validation,
// resolution, edits and tables compare the same numbers (digits of a fraction beyond the third are dropped,
// as `Date.parse` does).

const TIMESTAMP = new RegExp(TIMESTAMP_PATTERN);
const getTime = Date.prototype.getTime;

/**
 * Tells whether a value is a timestamp of the config format: ISO 8601 with a real calendar date, `T`,
 * `hh:mm:ss`, an optional fraction of 1–9 digits, and `Z` or a `±hh:mm` offset. Every `at` string the library
 * takes follows this rule, so a server can answer 400 before calling anything that would throw.
 *
 * @param value - Any value, e.g. a field of a request body.
 * @returns `true` when `value` is such a string.
 * @example
 * ```ts
 * [isTimestamp("2026-12-03T09:00:00Z"), isTimestamp("2026-12-03"), isTimestamp("2026-02-30T09:00:00Z")];
 * //=> [true, false, false]
 * ```
 *
 * @group Parsing
 */
export function isTimestamp(value: unknown): value is string {
  return typeof value === "string" && TIMESTAMP.test(value);
}

/**
 * Reads a config timestamp (see {@link isTimestamp}) as milliseconds since the epoch, the library's one time
 * model: digits of a fraction beyond the third are dropped, as `Date.parse` does.
 *
 * @param value - Any value.
 * @returns The instant in milliseconds, or `NaN` when `value` is not a config timestamp.
 * @example
 * ```ts
 * [parseTimestamp("2026-12-03T10:00:00+01:00"), parseTimestamp("tomorrow")];
 * //=> [1796288400000, NaN]
 * ```
 *
 * @group Parsing
 */
export function parseTimestamp(value: unknown): number {
  return isTimestamp(value) ? Date.parse(value) : Number.NaN;
}

/**
 * Milliseconds of an `at` argument: a config timestamp, or any object `Date.prototype.getTime` accepts (a
 * `Date` of this or another realm); `NaN` for anything else, an invalid `Date` included. Never calls code of
 * the caller's (no getter, no Proxy trap).
 */
export function instantOf(at: unknown): number {
  if (typeof at === "string") return parseTimestamp(at);
  if (typeof at !== "object" || at === null) return Number.NaN;
  try {
    return getTime.call(at);
  } catch {
    return Number.NaN;
  }
}
