import { FORBIDDEN_KEYS, LIMITS } from "../model/limits.js";
import type { IssuePath } from "../model/types.js";
import { jsonStringBytes } from "./jsonSize.js";

/** Stands in for a value that is not plain data (getter, proxy trap that throws, cycle, class instance…). */
export const UNREADABLE: unique symbol = Symbol("unreadable");

/** Deeper than any valid document (the format nests 6 levels); deeper nodes become {@link UNREADABLE}. */
const MAX_DEPTH = 16;

const forbidden = new Set(FORBIDDEN_KEYS);

export interface Snapshot {
  readonly value: unknown;
  /** Paths of keys that must never appear (`__proto__`, `constructor`, `prototype`). */
  readonly forbiddenKeys: readonly IssuePath[];
  /** True when the compact JSON encoding of the input would be larger than the 32 MiB cap. */
  readonly tooLarge: boolean;
  /** True when an object of the input was met twice, so that the copy holds that node at several places. */
  readonly shared: boolean;
}

/** A plain object's prototype: `null`, or an `Object.prototype` of any realm (its own prototype is `null`). */
function isPlainPrototype(proto: unknown): boolean {
  return proto === null || (typeof proto === "object" && Object.getPrototypeOf(proto) === null);
}

/**
 * Copies `input` into fresh plain data without ever throwing: only own enumerable data properties
 * of plain objects and arrays are read (getters are never called); everything else becomes
 * {@link UNREADABLE}. Forbidden keys are dropped and reported. The input is never written to.
 *
 * The walk spends a budget of 32 MiB on the size the compact JSON encoding (`JSON.stringify(input)`)
 * would have, so huge sparse arrays and oversized documents stop it early. An object met twice (a shared
 * sub-tree) is copied once and its size charged again, so heavy sharing costs one walk, not one per path;
 * its forbidden keys are reported at the first path only.
 */
export function takeSnapshot(input: unknown): Snapshot {
  const forbiddenKeys: IssuePath[] = [];
  const ancestors = new Set<object>();
  // A shared sub-tree is copied once and then reused, charging its size again each time it is met.
  const copies = new Map<object, { readonly copy: unknown; readonly bytes: number }>();
  let budget = LIMITS.jsonBytes;
  let shared = false;

  function copy(value: unknown, path: (string | number)[], depth: number): unknown {
    if (budget < 0) return UNREADABLE;
    if (typeof value === "string") {
      budget -= jsonStringBytes(value, budget);
      return value;
    }
    if (typeof value === "number") {
      budget -= Number.isFinite(value) ? String(value).length : 4;
      return value;
    }
    if (typeof value === "boolean") {
      budget -= value ? 4 : 5;
      return value;
    }
    if (value === undefined) return undefined; // like JSON.stringify, an undefined field counts as absent
    budget -= value === null || typeof value !== "object" ? 4 : 2; // null, or the brackets
    if (typeof value !== "object") return UNREADABLE; // bigint, symbol, function
    if (value === null) return null;
    const known = copies.get(value);
    if (known !== undefined) {
      shared = true;
      budget -= known.bytes - 2;
      return known.copy;
    }
    if (depth > MAX_DEPTH || ancestors.has(value)) return UNREADABLE;
    const before = budget + 2;
    ancestors.add(value);
    let copy: unknown;
    try {
      copy = Array.isArray(value) ? copyArray(value, path, depth) : copyObject(value, path, depth);
    } catch {
      copy = UNREADABLE;
    } finally {
      ancestors.delete(value);
    }
    copies.set(value, { copy, bytes: before - budget });
    return copy;
  }

  function copyArray(value: readonly unknown[], path: (string | number)[], depth: number): unknown {
    const length = value.length;
    budget -= Math.max(0, length - 1); // the commas
    if (budget < 0) return UNREADABLE;
    const out: unknown[] = [];
    for (let index = 0; index < length && budget >= 0; index++) {
      const descriptor = Object.getOwnPropertyDescriptor(value, index);
      path.push(index);
      out.push(
        descriptor === undefined || !("value" in descriptor) ? UNREADABLE : copy(descriptor.value, path, depth + 1),
      );
      path.pop();
    }
    return out;
  }

  function copyObject(value: object, path: (string | number)[], depth: number): unknown {
    if (!isPlainPrototype(Object.getPrototypeOf(value))) return UNREADABLE;
    const out: Record<string, unknown> = {};
    const keys = Object.keys(value);
    budget -= Math.max(0, keys.length - 1); // the commas
    for (const key of keys) {
      budget -= jsonStringBytes(key, budget) + 1; // "key":
      if (budget < 0) break;
      if (forbidden.has(key)) {
        forbiddenKeys.push([...path, key]);
        continue;
      }
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      path.push(key);
      out[key] =
        descriptor === undefined || !("value" in descriptor) ? UNREADABLE : copy(descriptor.value, path, depth + 1);
      path.pop();
    }
    return out;
  }

  const value = copy(input, [], 0);
  return { value, forbiddenKeys, tooLarge: budget < 0, shared };
}
