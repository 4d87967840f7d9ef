import { LIMITS } from "../model/limits.js";
import { MESSAGES, parseIssue } from "./internal/issues.js";
import { exceedsUtf8Bytes } from "./internal/jsonSize.js";
import { type ParseResult, parsePractice } from "./parsePractice.js";

/**
 * Parses a practice from JSON text: the 32 MiB cap is checked before `JSON.parse`, then
 * {@link parsePractice} runs on the result. Never throws.
 *
 * @param text - JSON text of a practice document.
 * @returns `{ok: true, practice}` or `{ok: false, issues}`; malformed JSON is `invalid_json`.
 * @example
 * ```ts
 * const result = parsePracticeJson("{ not json");
 * result.ok ? "ok" : result.issues[0]?.code;
 * //=> "invalid_json"
 * ```
 */
export function parsePracticeJson(text: string): ParseResult {
  if (typeof text !== "string") {
    return { ok: false, issues: [parseIssue("invalid_type", [], MESSAGES.jsonText)] };
  }
  if (exceedsUtf8Bytes(text, LIMITS.jsonBytes)) {
    return { ok: false, issues: [parseIssue("limit_exceeded", [], MESSAGES.textTooLarge)] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, issues: [parseIssue("invalid_json", [], MESSAGES.json)] };
  }
  return parsePractice(value);
}
