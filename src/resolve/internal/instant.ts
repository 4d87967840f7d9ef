import { parseTimestamp } from "../../internal/time.js";

/**
 * @internal The instant of a resolve input's `at`: now when omitted, else a valid `Date` or an ISO 8601
 * timestamp with `Z` or an offset. Anything else is programmer misuse and throws a `TypeError`.
 */
export function instantOf(at: unknown, where: string): number {
  if (at === undefined) return Date.now();
  if (at instanceof Date) {
    const time = at.getTime();
    if (!Number.isNaN(time)) return time;
    throw new TypeError(`${where}: input.at is an invalid Date.`);
  }
  if (typeof at === "string") {
    const time = parseTimestamp(at);
    if (!Number.isNaN(time)) return time;
    throw new TypeError(`${where}: input.at must be an ISO 8601 timestamp with Z or an offset.`);
  }
  throw new TypeError(`${where}: input.at must be a Date or an ISO 8601 timestamp string.`);
}
