// Deterministic FHIR ids: a config id becomes an R4 id (1–64 of `A-Z a-z 0-9 - .`) by a reversible escape, and a
// long one by a prefix and a 64-bit hash. No clock, no randomness: the same input always gives the same id.

import { FNV_OFFSET, fmix32, fnv1a } from "../../internal/hash.js";

const KEPT = /^[A-Za-z0-9-]$/;
const ESCAPES: Readonly<Record<string, string>> = { ".": ".0", _: ".1", ":": ".2", "@": ".3" };
const MAX_ID = 64;
const PREFIX = MAX_ID - 18; // room for ".h" and 16 hex digits

/** FNV-1a over the UTF-8 bytes of `text` from `basis`, finalised with murmur3's `fmix32`. */
function hash32(text: string, basis: number): number {
  return fmix32(fnv1a(basis, text));
}

/** 16 lowercase hex digits: two 32-bit hashes of `text` from different bases. */
export function hashHex(text: string): string {
  const hex = (value: number) => value.toString(16).padStart(8, "0");
  return hex(hash32(text, FNV_OFFSET)) + hex(hash32(text, 0x050c5d1f));
}

function escapeOf(char: string): string {
  if (KEPT.test(char)) return char;
  return ESCAPES[char] ?? `.u${(char.codePointAt(0) as number).toString(16)}.`;
}

/**
 * The R4 id of a config id: letters, digits and `-` kept, `. _ : @` written `.0 .1 .2 .3` (other characters
 * `.u<hex>.`), so distinct ids give distinct results; a result over 64 characters becomes its first 46
 * characters, `.h` and 16 hex digits of a hash of the whole text.
 */
export function fhirId(text: string): string {
  let escaped = "";
  for (const char of text) escaped += escapeOf(char);
  if (escaped.length > 0 && escaped.length <= MAX_ID) return escaped;
  let prefix = "";
  for (const char of text) {
    const next = escapeOf(char);
    if (prefix.length + next.length > PREFIX) break;
    prefix += next;
  }
  return `${prefix}.h${hashHex(text)}`;
}

/**
 * The R4 id of something made at a practice revision: `<id>-r<revision>` and `-<tag>` when given (readable),
 * or, when that is over 64 characters, {@link fhirId} of the three parts (hashed).
 */
export function revisionId(practiceId: string, revision: number, tag?: string): string {
  const readable = `${fhirId(practiceId)}-r${revision}${tag === undefined ? "" : `-${tag}`}`;
  return readable.length <= MAX_ID ? readable : fhirId(`${practiceId}/${revision}/${tag ?? ""}`);
}
