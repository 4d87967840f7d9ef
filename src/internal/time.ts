import { TIMESTAMP_PATTERN } from "../model/limits.js";

// The library's one time model: an instant is a whole number of milliseconds since the epoch. Every
// timestamp of a practice and every `at` argument is read by the two functions below, so validation,
// resolution, edits and tables compare the same numbers (digits of a fraction beyond the third are dropped,
// as `Date.parse` does).

const TIMESTAMP = new RegExp(TIMESTAMP_PATTERN);
const getTime = Date.prototype.getTime;

/** Milliseconds of a config timestamp (ISO 8601 with `Z` or an offset), or `NaN` when the value is not one. */
export function parseTimestamp(value: unknown): number {
  return typeof value === "string" && TIMESTAMP.test(value) ? Date.parse(value) : Number.NaN;
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
