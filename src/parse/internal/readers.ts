import { isId } from "../../internal/ids.js";

// The building blocks of readDocument.ts: readers of strict objects, arrays and id-keyed records that check a
// node, freeze it in place and return it (or a frozen copy in the format's key order), or return `NO`.

/** A plain object of the data being read. */
export type Node = Record<string, unknown>;
/** A reader returns the value to keep (the same node, or a copy in key order), or `NO`. */
export type Reader = (value: unknown) => unknown;

/** What a reader returns for a value it does not accept. */
export const NO: unique symbol = Symbol("not valid");

/** Whether a value is a plain object (not an array). */
export const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The fields of a strict object, in the format's order, and how many of them are required. */
export interface Shape {
  readonly names: readonly string[];
  readonly readers: readonly Reader[];
  /** Per field, whether it must be present. */
  readonly required: readonly boolean[];
  readonly requiredCount: number;
}

/**
 * A shape from `[name, reader]` pairs in the format's order. Every field is required, unless `optional` is
 * `true` (all optional) or lists the optional ones.
 */
export function shapeOf(
  fields: readonly (readonly [string, Reader])[],
  optional: boolean | readonly string[] = false,
): Shape {
  const names = fields.map(([name]) => name);
  const required = names.map((name) => (typeof optional === "boolean" ? !optional : !optional.includes(name)));
  return {
    names,
    readers: fields.map(([, read]) => read),
    required,
    requiredCount: required.filter(Boolean).length,
  };
}

/**
 * Reads a strict object: every key one of the shape's, each value accepted by its reader. Returns the node
 * frozen, or a frozen copy with the keys in the shape's order when they came in another.
 */
export function readObject(value: unknown, shape: Shape): unknown {
  if (!isNode(value)) return NO;
  const { names, readers, required } = shape;
  let count = 0;
  let next = 0;
  let ordered = true;
  for (const key in value) {
    const index = names.indexOf(key);
    if (index < 0 || !Object.hasOwn(value, key)) return NO;
    const item = (readers[index] as Reader)(value[key]);
    if (item === NO) return NO;
    if (item !== value[key]) value[key] = item;
    if (index < next) ordered = false;
    next = index + 1;
    if (required[index]) count++;
  }
  if (count !== shape.requiredCount) return NO;
  if (ordered) return Object.freeze(value);
  const copy: Node = {};
  for (const key of names) if (Object.hasOwn(value, key)) copy[key] = value[key];
  return Object.freeze(copy);
}

/** Reads an array of `min` to `max` items, each accepted by `read`, and freezes it. */
export function readArray(value: unknown, read: Reader, min: number, max: number): unknown {
  if (!Array.isArray(value) || value.length < min || value.length > max) return NO;
  for (let index = 0; index < value.length; index++) {
    const item = read(value[index]);
    if (item === NO) return NO;
    if (item !== value[index]) value[index] = item;
  }
  return Object.freeze(value);
}

/** Reads a record of at most `max` entries keyed by ids, each value accepted by `read`, and freezes it. */
export function readRecord(value: unknown, read: Reader, max = Number.POSITIVE_INFINITY): unknown {
  if (!isNode(value)) return NO;
  const keys = Object.keys(value);
  if (keys.length > max) return NO;
  for (const key of keys) {
    if (!isId(key)) return NO;
    const item = read(value[key]);
    if (item === NO) return NO;
    if (item !== value[key]) value[key] = item;
  }
  return Object.freeze(value);
}

/** An id of the format, else {@link NO}. */
export const readId: Reader = (value) => (typeof value === "string" && isId(value) ? value : NO);

/** A boolean, else {@link NO}. */
export const readBoolean: Reader = (value) => (typeof value === "boolean" ? value : NO);
