import { compactBytesBound, exceedsUtf8Bytes } from "../internal/jsonSize.js";
import { LIMITS } from "../model/limits.js";
import { enforceCap } from "./internal/enforceCap.js";
import { MESSAGES, parseFailure, parseIssue, parseSuccess } from "./internal/issues.js";
import { readPractice } from "./internal/readDocument.js";
import { type ParseResult, parsePractice } from "./parsePractice.js";

/**
 * Parses a practice from JSON text: the 32 MiB cap is checked on the text before `JSON.parse`, then the result is
 * checked as {@link parsePractice} checks a value (same issues, same practice, the same cap on the practice
 * written compactly). Never throws. Store large practices compactly: indented text is two to three times larger.
 *
 * @param text - JSON text of a practice document.
 * @returns `{ok: true, practice}` or `{ok: false, issues}`; malformed JSON is `invalid_json`.
 * @example
 * ```ts
 * const result = parsePracticeJson("{ not json");
 * result.ok ? "ok" : result.issues[0]?.code;
 * //=> "invalid_json"
 * ```
 *
 * @group Parsing
 */
export function parsePracticeJson(text: string): ParseResult {
  if (typeof text !== "string") {
    return parseFailure([parseIssue("invalid_type", [], MESSAGES.jsonText)]);
  }
  if (exceedsUtf8Bytes(text, LIMITS.jsonBytes)) {
    return parseFailure([parseIssue("limit_exceeded", [], MESSAGES.textTooLarge)]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return parseFailure([parseIssue("invalid_json", [], MESSAGES.json)]);
  }
  // What JSON.parse returns is fresh plain data (no getters, cycles or shared nodes; its size was checked on
  // the text), so the fast path reads it in place without a snapshot. A valid document has no forbidden key:
  // each key is a field name or an id. Anything else takes parsePractice's way, which says what is wrong.
  const practice = readPractice(value);
  return practice === undefined
    ? parsePractice(value)
    : enforceCap(parseSuccess(practice), (limit) => compactBytesBound(text, limit));
}
