import { FORBIDDEN_KEYS, LIMITS } from "../../model/limits.js";
import type { IssuePath } from "../../model/types.js";

/** Stands in for a value that is not plain data (getter, proxy trap that throws, cycle, class instance…). */
export const UNREADABLE: unique symbol = Symbol("unreadable");

/** Deeper than any valid document (the format nests 5 levels); deeper nodes become {@link UNREADABLE}. */
const MAX_DEPTH = 16;

/** Node budget: a 32 MiB JSON text holds at most about this many values. */
const MAX_NODES = LIMITS.jsonBytes / 2;

const forbidden = new Set(FORBIDDEN_KEYS);

export interface Snapshot {
  readonly value: unknown;
  /** Paths of keys that must never appear (`__proto__`, `constructor`, `prototype`). */
  readonly forbiddenKeys: readonly IssuePath[];
  /** True when the input holds more values than a document within the size cap could. */
  readonly tooLarge: boolean;
}

/**
 * Copies `input` into fresh plain data without ever throwing: only own enumerable data properties
 * of plain objects and arrays are read; everything else becomes {@link UNREADABLE}. Forbidden keys
 * are dropped and reported. The input is never written to.
 */
export function takeSnapshot(input: unknown): Snapshot {
  const forbiddenKeys: IssuePath[] = [];
  const ancestors = new Set<object>();
  let nodes = 0;
  let tooLarge = false;

  function copy(value: unknown, path: (string | number)[], depth: number): unknown {
    if (tooLarge) return UNREADABLE;
    if (++nodes > MAX_NODES) {
      tooLarge = true;
      return UNREADABLE;
    }
    if (typeof value === "function") return UNREADABLE;
    if (typeof value !== "object" || value === null) return value;
    if (depth > MAX_DEPTH || ancestors.has(value)) return UNREADABLE;
    ancestors.add(value);
    try {
      return copyObject(value, path, depth);
    } catch {
      return UNREADABLE;
    } finally {
      ancestors.delete(value);
    }
  }

  function copyObject(value: object, path: (string | number)[], depth: number): unknown {
    if (Array.isArray(value)) {
      const length = value.length;
      const out: unknown[] = new Array(length);
      for (let index = 0; index < length; index++) {
        const descriptor = Object.getOwnPropertyDescriptor(value, index);
        path.push(index);
        out[index] =
          descriptor === undefined || !("value" in descriptor) ? UNREADABLE : copy(descriptor.value, path, depth + 1);
        path.pop();
      }
      return out;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return UNREADABLE;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
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
  return { value, forbiddenKeys, tooLarge };
}
