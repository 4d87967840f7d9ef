/** Throws the TypeError that reports a misuse of {@link buildPractice}. @internal */
export function misuse(message: string): never {
  throw new TypeError(`buildPractice: ${message}`);
}

/**
 * Sets an own key, even one such as `__proto__` (a plain assignment would change the prototype), so that
 * the final structural check sees and rejects it.
 * @internal
 */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
