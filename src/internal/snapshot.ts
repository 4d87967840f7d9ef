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
  /** The size of that encoding in UTF-8 bytes (any number above the cap when `tooLarge`). */
  readonly bytes: number;
  /** True when an object of the input was met twice, so that the copy holds that node at several places. */
  readonly shared: boolean;
}

/** Options of {@link takeSnapshot}. */
export interface SnapshotOptions {
  /** Tells a Proxy apart without calling its traps; by default Node's `util.types.isProxy`, where there is one. */
  readonly isProxy?: (value: object) => boolean;
}

/** Node's `util.types.isProxy` (it calls no trap), read without an import so that other engines load this file. */
function nodeIsProxy(): ((value: object) => boolean) | undefined {
  try {
    const host = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const util = host?.getBuiltinModule?.("node:util") as { types?: { isProxy?: unknown } } | undefined;
    const isProxy = util?.types?.isProxy;
    return typeof isProxy === "function" ? (isProxy as (value: object) => boolean) : undefined;
  } catch {
    return undefined;
  }
}

const DETECT_PROXY = nodeIsProxy() ?? (() => false);

/** A plain object's prototype: `null`, or an `Object.prototype` of any realm (its own prototype is `null`). */
function isPlainPrototype(proto: unknown, isProxy: (value: object) => boolean): boolean {
  if (proto === null) return true;
  return typeof proto === "object" && !isProxy(proto) && Object.getPrototypeOf(proto) === null;
}

/** An array's length read as an own data property, or `undefined` when it is not a length an array can have. */
function lengthOf(array: readonly unknown[]): number | undefined {
  const length: unknown = Object.getOwnPropertyDescriptor(array, "length")?.value;
  return typeof length === "number" && Number.isSafeInteger(length) && length >= 0 ? length : undefined;
}

/**
 * Copies `input` into fresh plain data without ever throwing: only own enumerable data properties
 * of plain objects and arrays are read (getters are never called); everything else becomes
 * {@link UNREADABLE}. Forbidden keys are dropped and reported. The input is never written to. A field whose
 * value is `undefined` is left out and an `undefined` array item becomes `null`, as in `JSON.stringify`.
 *
 * It reads only through `Object.keys`, `Object.getOwnPropertyDescriptor`, `Object.getPrototypeOf` and
 * `Array.isArray`, which run no code of the caller's on anything but a Proxy. A Proxy becomes
 * {@link UNREADABLE} before any of its traps is called where it can be told apart (Node); elsewhere its
 * `ownKeys`, `getOwnPropertyDescriptor` and `getPrototypeOf` traps may run, and whatever they answer (a
 * `NaN`, negative or huge length included) the budget below still holds.
 *
 * The walk spends a budget of 32 MiB on the size the compact JSON encoding (`JSON.stringify(input)`)
 * would have, so huge sparse arrays and oversized documents stop it early. An object met twice (a shared
 * sub-tree) is copied once and its size charged again, so heavy sharing costs one walk, not one per path;
 * its forbidden keys are reported at the first path only.
 */
export function takeSnapshot(input: unknown, options: SnapshotOptions = {}): Snapshot {
  const isProxy = options.isProxy ?? DETECT_PROXY;
  const forbiddenKeys: IssuePath[] = [];
  const ancestors = new Set<object>();
  // A shared sub-tree is copied once and then reused, charging its size again each time it is met.
  const copies = new Map<object, { readonly copy: unknown; readonly bytes: number }>();
  let budget = LIMITS.jsonBytes;
  let shared = false;

  // Every check is written `!(budget >= 0)`, so that no number a Proxy makes up can switch the budget off.
  function copy(value: unknown, path: (string | number)[], depth: number): unknown {
    if (!(budget >= 0)) return UNREADABLE;
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
    if (value === undefined) return undefined; // the caller leaves it out, or writes null in an array
    budget -= value === null || typeof value !== "object" ? 4 : 2; // null, or the brackets
    if (typeof value !== "object") return UNREADABLE; // bigint, symbol, function
    if (value === null) return null;
    if (isProxy(value)) return UNREADABLE;
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
    const length = lengthOf(value);
    if (length === undefined) return UNREADABLE;
    budget -= Math.max(0, length - 1); // the commas
    if (!(budget >= 0)) return UNREADABLE;
    const out: unknown[] = [];
    for (let index = 0; index < length && budget >= 0; index++) {
      const descriptor = Object.getOwnPropertyDescriptor(value, index);
      path.push(index);
      const item =
        descriptor === undefined || !("value" in descriptor) ? UNREADABLE : copy(descriptor.value, path, depth + 1);
      if (item === undefined) budget -= 4; // written as null
      out.push(item === undefined ? null : item);
      path.pop();
    }
    return out;
  }

  function copyObject(value: object, path: (string | number)[], depth: number): unknown {
    if (!isPlainPrototype(Object.getPrototypeOf(value), isProxy)) return UNREADABLE;
    const out: Record<string, unknown> = {};
    let written = 0;
    for (const key of Object.keys(value)) {
      if (!(budget >= 0)) break;
      if (forbidden.has(key)) {
        forbiddenKeys.push([...path, key]);
        continue;
      }
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      path.push(key);
      const item =
        descriptor === undefined || !("value" in descriptor) ? UNREADABLE : copy(descriptor.value, path, depth + 1);
      path.pop();
      if (item === undefined) continue; // an undefined field is absent, as in JSON.stringify
      budget -= jsonStringBytes(key, budget) + (written === 0 ? 1 : 2); // "key": and a comma before it
      out[key] = item;
      written++;
    }
    return out;
  }

  const value = copy(input, [], 0);
  const tooLarge = !(budget >= 0);
  return { value, forbiddenKeys, tooLarge, bytes: tooLarge ? LIMITS.jsonBytes + 1 : LIMITS.jsonBytes - budget, shared };
}
