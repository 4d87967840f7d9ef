/** The own enumerable data properties of an object, read once. */
export type Fields = Readonly<Record<string, unknown>>;

/**
 * Reads the own enumerable properties of a non-array object without calling a getter; `undefined` for
 * anything else, for an object with a getter, or when reading throws (a Proxy's trap).
 */
export function readFields(value: unknown): Fields | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  try {
    const fields: Record<string, unknown> = {};
    for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
      if (!descriptor.enumerable) continue;
      if (!("value" in descriptor)) return undefined;
      Object.defineProperty(fields, key, { value: descriptor.value, enumerable: true });
    }
    return fields;
  } catch {
    return undefined;
  }
}
