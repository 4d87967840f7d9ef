import { exceedsUtf8Bytes } from "../../internal/jsonSize.js";
import { LIMITS } from "../../model/limits.js";
import { serializePractice } from "../../serialize/serializePractice.js";
import type { ParseResult } from "../parsePractice.js";
import { MESSAGES, parseFailure, parseIssue } from "./issues.js";

/**
 * How much larger the compact JSON of a practice can be than that of the document it was read from:
 * `,"groups":{}` and `,"coverage":{}` added (26 bytes), and the revision written in full (`9e15` becomes 16
 * digits). Everything else (escapes, whitespace, repeated disabled categories) only shrinks.
 */
const GROWTH = 42;

/**
 * Refuses a parsed practice whose compact JSON (`serializePractice(practice, {indent: false})`) is over the
 * 32 MiB cap, so that whatever the parser accepts can be stored and read back. `bound(limit)` gives an upper
 * bound of the compact size of the document it came from (needed exact only up to `limit`); the practice is
 * written out only when that bound nears the cap.
 */
export function enforceCap(result: ParseResult, bound: (limit: number) => number): ParseResult {
  if (!result.ok || bound(LIMITS.jsonBytes - GROWTH) <= LIMITS.jsonBytes - GROWTH) return result;
  if (!exceedsUtf8Bytes(serializePractice(result.practice, { indent: false }), LIMITS.jsonBytes)) return result;
  return parseFailure([parseIssue("limit_exceeded", [], MESSAGES.documentTooLarge)]);
}
