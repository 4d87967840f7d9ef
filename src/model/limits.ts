/** Limits of config format schemaVersion 1; exceeding one is `limit_exceeded`. */
export const LIMITS = Object.freeze({
  members: 50_000,
  groups: 2_000,
  groupMembers: 2_000,
  cellRecipients: 50,
  coverage: 10_000,
  jsonBytes: 32 * 1024 * 1024,
  idLength: 128,
  nameLength: 200,
});

/** Ids that are syntactically valid but reserved. */
export const RESERVED_IDS: readonly string[] = Object.freeze(["constructor", "prototype"]);

/** Keys rejected anywhere in a document (`forbidden_key`). */
export const FORBIDDEN_KEYS: readonly string[] = Object.freeze(["__proto__", "constructor", "prototype"]);

/** The id syntax (reserved words are checked separately). */
export const ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$";

/** ISO 8601 date-time with seconds optional fraction and a `Z` or `±hh:mm` offset. */
export const TIMESTAMP_PATTERN =
  "^\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|[12]\\d))T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$";
