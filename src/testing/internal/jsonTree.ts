// Plain JSON trees that the malformed-document generator edits in place (they are private copies).

/** A JSON value as `JSON.parse` returns it. @internal */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object as `JSON.parse` returns it. @internal */
export type JsonObject = { [key: string]: JsonValue };

/** Whether a JSON value is an object (not an array, not `null`). @internal */
export const isObject = (value: JsonValue | undefined): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The value when it is a JSON object, else `undefined`. @internal */
export const asObject = (value: JsonValue | undefined): JsonObject | undefined => (isObject(value) ? value : undefined);

/** A JSON object or array inside a tree, with the path that leads to it. @internal */
export interface Container {
  readonly path: readonly (string | number)[];
  readonly node: JsonValue[] | { [key: string]: JsonValue };
}

/** Every object and array of `root` (root first, then depth-first in key order). @internal */
export function containersOf(root: JsonValue): Container[] {
  const out: Container[] = [];
  const stack: { path: (string | number)[]; value: JsonValue }[] = [{ path: [], value: root }];
  while (stack.length > 0) {
    const { path, value } = stack.shift() as { path: (string | number)[]; value: JsonValue };
    if (typeof value !== "object" || value === null) continue;
    out.push({ path, node: value });
    const entries: [string | number, JsonValue][] = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value);
    for (const [key, child] of entries) stack.push({ path: [...path, key], value: child });
  }
  return out;
}

/** The objects (not arrays) of `root`. @internal */
export function objectsOf(root: JsonValue): { [key: string]: JsonValue }[] {
  return containersOf(root)
    .map((container) => container.node)
    .filter((node): node is { [key: string]: JsonValue } => !Array.isArray(node));
}

/**
 * Sets an own, enumerable key, even `__proto__` (a plain assignment would change the prototype instead),
 * so that `JSON.stringify` writes it out.
 * @internal
 */
export function defineKey(target: { [key: string]: JsonValue }, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Picks an element by a generated natural number, or `undefined` from an empty list. @internal */
export function pick<T>(list: readonly T[], seed: number): T | undefined {
  return list.length === 0 ? undefined : list[seed % list.length];
}

/** A deep copy of a JSON value. @internal */
export const clone = (value: JsonValue): JsonValue => JSON.parse(JSON.stringify(value)) as JsonValue;

function typeOf(value: JsonValue | undefined): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

/** A value of another JSON type than `current`: `junk` when it is one. @internal */
export function otherTypeValue(current: JsonValue | undefined, junk: JsonValue, seed: number): JsonValue {
  if (typeOf(junk) !== typeOf(current)) return clone(junk);
  const fallbacks: JsonValue[] = [null, 0, "x", true, [], {}];
  return pick(
    fallbacks.filter((value) => typeOf(value) !== typeOf(current)),
    seed,
  ) as JsonValue;
}
