/**
 * Limits of the config format; exceeding one is `limit_exceeded`.
 *
 * @example
 * ```ts
 * LIMITS.cellRecipients;
 * //=> 50
 * ```
 *
 * @group Parsing
 */
export const LIMITS = Object.freeze({
  /** Most entries in `members`. */
  members: 50_000,
  /** Most entries in `groups`. */
  groups: 2_000,
  /** Most member ids in one group's `members`. */
  groupMembers: 2_000,
  /** Most recipients in one routing cell. */
  cellRecipients: 50,
  /** Most entries in `locations` (and in `locationRouting`, and in a member's `locations`). */
  locations: 1_000,
  /** Most entries in `coverage`. */
  coverage: 10_000,
  /** Most bytes of UTF-8 JSON text (32 MiB). */
  jsonBytes: 32 * 1024 * 1024,
  /** Most characters in an id. */
  idLength: 128,
  /** Most characters (code points) in a name. */
  nameLength: 200,
  /** Most characters in `timeZone`. */
  timeZoneLength: 64,
  /** Most opening periods of one weekday. */
  dayPeriods: 24,
  /** Most entries in `schedule.closures`. */
  closures: 1_000,
  /** Largest `messaging.responseBusinessDays`. */
  responseBusinessDays: 30,
  /** Largest `visitWithinDays` of an eligibility rule (about ten years). */
  visitWithinDays: 3650,
});

/** Most coverage hops followed for one absent member before the chain counts as exhausted (DESIGN.md section 5). */
export const MAX_COVERAGE_HOPS = 10;

/** Ids that are syntactically valid but reserved. */
export const RESERVED_IDS: readonly string[] = Object.freeze(["constructor", "prototype"]);

/** Keys rejected anywhere in a document (`forbidden_key`). */
export const FORBIDDEN_KEYS: readonly string[] = Object.freeze(["__proto__", "constructor", "prototype"]);

/**
 * The id syntax (reserved words are checked separately). Uses only regex features common to
 * ECMA-262, PCRE, Python `re`, Java, .NET and RE2, so other backends can reuse it verbatim.
 */
export const ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$";

const DAY_OF_YEAR =
  "[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))";
const LEAP_DAY = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:00|0[48]|[2468][048]|[13579][26])00)-02-29";
const TIME_OF_DAY =
  "T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])";

/**
 * ISO 8601 date-time: a real calendar date (leap years included), `T`, `hh:mm:ss`, an optional fraction of
 * 1–9 digits, and `Z` or a `±hh:mm` offset. ASCII digits only (`[0-9]`, never `\d`), for cross-engine parity.
 */
export const TIMESTAMP_PATTERN = `^(?:${DAY_OF_YEAR}|${LEAP_DAY})${TIME_OF_DAY}$`;
