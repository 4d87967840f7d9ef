// Characters that must not reach a terminal as they are: C0 and C1 controls (tab and line feed included),
// line and paragraph separators, and the bidirectional controls that reorder what follows them.
const UNSAFE = /[\p{Cc}\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

const SHORT: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeOne(char: string): string {
  return SHORT[char] ?? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Makes one line of human-readable output safe for a terminal: line breaks, other control characters and
 * bidirectional controls become visible escapes (`\n`, `\r`, `\t`, `\u202E`), so text from a config or an
 * argument can neither start a new line nor reorder or restyle the rest of it. Idempotent.
 *
 * @param text - One line of output, without its line terminator.
 * @returns The same line with every unsafe character escaped.
 * @example
 * ```ts
 * escapeLine("Kim\nerror: forged \u202Egnp.exe");
 * //=> "Kim\\nerror: forged \\u202Egnp.exe"
 * ```
 */
export function escapeLine(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}
