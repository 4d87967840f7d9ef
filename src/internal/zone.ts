// Wall-clock time in a practice's IANA time zone, read with `Intl` (no time zone data of our own). An instant
// is milliseconds since the epoch (time.ts); a *wall* time is the local date and time written as if it were
// UTC milliseconds, so that `wall = instant + offset`. Offsets are whole seconds.

/** Milliseconds in a day. */
export const DAY = 86_400_000;
const MINUTE = 60_000;

const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;
const PARTS = /^(\d+)\/(\d+)\/(\d+) (AD|BC), (\d+):(\d+):(\d+)$/;

/** One `Intl.DateTimeFormat` per zone name (`null` for a name `Intl` refuses), made on first use. */
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterOf(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = null;
    if (ZONE_NAME.test(timeZone)) {
      try {
        formatter = new Intl.DateTimeFormat("en-US", {
          timeZone,
          hourCycle: "h23",
          era: "short",
          year: "numeric",
          month: "numeric",
          day: "numeric",
          hour: "numeric",
          minute: "numeric",
          second: "numeric",
        });
      } catch {
        formatter = null;
      }
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Whether `value` is an IANA time zone name `Intl` knows, e.g. `"America/New_York"` or `"UTC"` (letters,
 * digits and `_ + - /`, starting with a letter; offsets such as `"+05:30"` are not zone names).
 */
export function isTimeZone(value: unknown): value is string {
  return typeof value === "string" && formatterOf(value) !== null;
}

/** A zone to read wall-clock time in: a valid zone name, or UTC for anything else (invalid practices). */
export interface Zone {
  readonly name: string;
  readonly format: Intl.DateTimeFormat | null;
}

/** The zone named `timeZone`; an unknown name reads as UTC (`validatePractice` reports it). */
export function zoneOf(timeZone: string): Zone {
  return { name: timeZone, format: formatterOf(timeZone) };
}

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1–12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The wall time of `instant` in `zone` (milliseconds, as if UTC). */
export function wallOf(zone: Zone, instant: number): number {
  return instant + offsetAt(zone, instant);
}

/** `wall − instant` at `instant`, in milliseconds (whole seconds); 0 for UTC or where `Intl` cannot say. */
export function offsetAt(zone: Zone, instant: number): number {
  if (zone.format === null) return 0;
  const seconds = Math.floor(instant / 1000) * 1000;
  let text: string;
  try {
    text = zone.format.format(seconds);
  } catch {
    return 0; // beyond the range of dates Intl reads
  }
  const match = PARTS.exec(text);
  if (match === null) return 0;
  const [, month, day, year, , hour, minute, second] = match.map(Number) as number[];
  const fullYear = match[4] === "BC" ? 1 - (year as number) : (year as number);
  const wall =
    daysFromCivil(fullYear, month as number, day as number) * DAY +
    ((hour as number) * 3600 + (minute as number) * 60 + (second as number)) * 1000;
  return wall - seconds;
}

/**
 * The first instant in `(low, high]` whose offset differs from the offset at `low`, knowing that the offset at
 * `high` differs: a binary search to the second.
 */
export function offsetChange(zone: Zone, low: number, high: number): number {
  const before = offsetAt(zone, low);
  let lo = Math.floor(low / 1000) * 1000;
  let hi = Math.ceil(high / 1000) * 1000;
  while (hi - lo > 1000) {
    const middle = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (offsetAt(zone, middle) === before) lo = middle;
    else hi = middle;
  }
  return Math.max(hi, low + 1);
}

/**
 * The instant at which the wall clock of `zone` passes `wall`: the least upper bound of the instants whose wall
 * time is before `wall`. In a repeated hour this is the later occurrence; in a gap, the instant of the jump.
 */
export function instantOfWall(zone: Zone, wall: number): number {
  const early = wall - offsetAt(zone, wall - DAY);
  const late = wall - offsetAt(zone, wall + DAY);
  const candidates = [early, late].filter((instant) => wallOf(zone, instant) === wall);
  if (candidates.length > 0) return Math.max(...candidates);
  if (early === late) return early; // beyond the dates Intl reads
  // A gap: the wall clock jumps over `wall` at the offset change between the two readings.
  const low = Math.min(early, late);
  const high = Math.max(early, late);
  return offsetChange(zone, low - MINUTE, high + MINUTE);
}

/** The weekday of a day number, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}
