import type { Practice } from "../../model/types.js";
import type { EditPatch } from "../types.js";

// The 32 MiB cap (LIMITS.jsonBytes) is on the compact JSON text of a practice: the UTF-8 bytes of
// `JSON.stringify(practice)`, which has the bytes of the canonical compact form (only key order differs).
// An edit measures only what its patches add and remove. A whole practice is measured only when an edit would
// grow a practice whose size is not known yet: three bytes per UTF-16 unit of its JSON text bound its size
// from above, and the bytes are counted only when that bound is not enough. The bound is carried from each
// frozen practice to the next, so a chain of edits measures once.

/** Memo: an upper bound of the compact JSON size in bytes of frozen practices (exact once counted). */
const sizeMemo = new WeakMap<Practice, number>();

/** UTF-8 bytes of a string (a lone surrogate, which `JSON.stringify` escapes, never reaches here unescaped). */
function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0x80) bytes += unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}

/** Bytes of the compact JSON text of a value (`undefined` counts as absent, as in `JSON.stringify`). */
function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : utf8Bytes(JSON.stringify(value));
}

/** An upper bound of the compact JSON size of a practice: exact unless three bytes per unit stay within `limit`. */
function boundOf(practice: Practice, limit: number): number {
  const text = JSON.stringify(practice);
  return text.length * 3 <= limit ? text.length * 3 : utf8Bytes(text);
}

/** The parent object a patch wrote into, looked up in `after` (patches never write inside arrays). */
function entriesOfParent(after: Practice, path: readonly (string | number)[]): number {
  let node: unknown = after;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  return Object.keys(node as object).length;
}

/**
 * Whether `after` (the result of `patches` on `before`) is larger than `limit` bytes of compact JSON. Patches
 * and inverse patches come in pairs, as `applyWrites` makes them: an entry is `"key":value` plus a comma when
 * it has siblings, and a replaced value changes the size by the difference of the two values. A practice that
 * does not grow is never measured.
 */
export function growsPastLimit(
  before: Practice,
  after: Practice,
  patches: readonly EditPatch[],
  inversePatches: readonly EditPatch[],
  limit: number,
): boolean {
  let delta = 0;
  for (const [index, patch] of patches.entries()) {
    const old = inversePatches[index]?.value;
    if (patch.op === "replace") {
      delta += jsonBytes(patch.value) - jsonBytes(old);
      continue;
    }
    const key = patch.path[patch.path.length - 1] as string | number;
    const siblings = entriesOfParent(after, patch.path) - (patch.op === "add" ? 1 : 0);
    const entry = jsonBytes(String(key)) + 1 + jsonBytes(patch.op === "add" ? patch.value : old);
    const bytes = entry + (siblings > 0 ? 1 : 0);
    delta += patch.op === "add" ? bytes : -bytes;
  }
  const known = sizeMemo.get(before);
  if (known === undefined && delta <= 0) return false;
  const bound = (known ?? boundOf(before, limit)) + delta;
  const size = bound <= limit ? bound : jsonBytes(after);
  sizeMemo.set(after, size);
  return size > limit;
}
