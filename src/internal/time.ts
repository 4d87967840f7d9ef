import { TIMESTAMP_PATTERN } from "../model/limits.js";

const TIMESTAMP = new RegExp(TIMESTAMP_PATTERN);

/** Milliseconds of a config timestamp (ISO 8601 with `Z` or an offset), or `NaN` when the value is not one. */
export function parseTimestamp(value: unknown): number {
  return typeof value === "string" && TIMESTAMP.test(value) ? Date.parse(value) : Number.NaN;
}

/** Milliseconds of an `at` argument: a valid `Date` or a config timestamp; `NaN` for anything else. */
export function timeOf(at: unknown): number {
  return at instanceof Date ? at.getTime() : parseTimestamp(at);
}
