import { LIMITS } from "../model/limits.js";
import { parseIssue } from "./internal/issues.js";
import { type ParseResult, parsePractice } from "./parsePractice.js";

/** Whether the UTF-8 encoding of `text` is larger than the cap, counted without encoding it. */
function exceedsByteCap(text: string): boolean {
  if (text.length > LIMITS.jsonBytes) return true;
  // A UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair takes 4 for 2 units).
  if (text.length * 3 <= LIMITS.jsonBytes) return false;
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit < 0xe000) ? 2 : 3;
    if (bytes > LIMITS.jsonBytes) return true;
  }
  return false;
}

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
    return { ok: false, issues: [parseIssue("invalid_type", [], "Expected JSON text (a string).")] };
  }
  if (exceedsByteCap(text)) {
    return { ok: false, issues: [parseIssue("limit_exceeded", [], "The JSON text is larger than 32 MiB.")] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, issues: [parseIssue("invalid_json", [], "The text is not well-formed JSON.")] };
  }
  return parsePractice(value);
}
