/**
 * Freezes a freshly built tree of plain objects and arrays, iteratively (no recursion limit).
 * Nodes that are already frozen are assumed frozen all the way down and are not walked again.
 */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null || Object.isFrozen(node)) continue;
    Object.freeze(node);
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
    } else {
      for (const key in node) stack.push((node as Record<string, unknown>)[key]);
    }
  }
  return value;
}
