import { instantOf } from "../../internal/time.js";

/**
 * @internal The instant of a resolve input's `at`: now when omitted, else a `Date` or an ISO 8601 timestamp
 * with `Z` or an offset. Anything else is programmer misuse and throws a `TypeError`.
 */
export function inputTime(at: unknown, where: string): number {
  if (at === undefined) return Date.now();
  const time = instantOf(at);
  if (!Number.isNaN(time)) return time;
  if (typeof at === "string")
    throw new TypeError(`${where}: input.at must be an ISO 8601 timestamp with Z or an offset.`);
  if (isDate(at)) throw new TypeError(`${where}: input.at is an invalid Date.`);
  throw new TypeError(`${where}: input.at must be a Date or an ISO 8601 timestamp string.`);
}

function isDate(value: unknown): boolean {
  try {
    Date.prototype.getTime.call(value);
    return true;
  } catch {
    return false;
  }
}
