import { LIMITS } from "../../index.js";
import type { JsonValue } from "./jsonTree.js";

// The broken values the tree mutations write: unknown field names, bad ids and timestamps, bad versions.

/** Field names no object of the format has. @internal */
export const UNKNOWN_FIELDS = ["extra", "Name", "schema_version", "enabled", "notes", "type2"];
/** Strings that are not ids, reserved ids included. @internal */
export const BAD_IDS = [
  "",
  " ",
  "-lead",
  "_x",
  ".x",
  "a b",
  "a/b",
  "é",
  "ｊsmith",
  "constructor",
  "prototype",
  "x\u0000",
];
/** An id one character over the length limit. @internal */
export const LONG_ID = "x".repeat(LIMITS.idLength + 1);
/** Strings that are not timestamps of the format. @internal */
export const BAD_TIMESTAMPS = [
  "2026-12-01",
  "2026-12-01T00:00:00",
  "2026-13-01T00:00:00Z",
  "2026-02-30T00:00:00Z",
  "2026-12-01T24:00:00Z",
  "2026-12-01 00:00:00Z",
  "2026-12-01T00:00:00+2:00",
  "tomorrow",
  "",
];
/** schemaVersion values that are not 1 or 2. @internal */
export const VERSIONS: JsonValue[] = [0, 3, "1", "2", 1.5, null];
