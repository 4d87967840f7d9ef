/** Where JSON text stops being well-formed: the offset (UTF-16) of the first character that cannot be there. */
export interface JsonSyntaxError {
  readonly offset: number;
  /** What was expected there, in words; never the text found. */
  readonly expected: string;
}

type State = "value" | "key" | "after";

const LITERALS: Readonly<Record<string, string>> = { t: "true", f: "false", n: "null" };
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const HEX = /[0-9A-Fa-f]/;
const DIGIT = /[0-9]/;

function skipSpace(text: string, at: number): number {
  let index = at;
  while (index < text.length && " \t\n\r".includes(text.charAt(index))) index++;
  return index;
}

/** The end of a string starting at `start` (a quote), or the error inside it. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  let index = start + 1;
  for (;;) {
    if (index >= text.length) return { offset: index, expected: "a closing quote" };
    const char = text.charAt(index);
    if (char === '"') return index + 1;
    if (char < " ") return { offset: index, expected: "an escape instead of a control character in a string" };
    if (char !== "\\") {
      index++;
    } else if (text.charAt(index + 1) === "u") {
      for (let digit = index + 2; digit < index + 6; digit++) {
        if (!HEX.test(text.charAt(digit))) return { offset: digit, expected: "four hex digits after \\u" };
      }
      index += 6;
    } else if (ESCAPES.has(text.charAt(index + 1))) {
      index += 2;
    } else {
      return { offset: index + 1, expected: "a valid escape in a string" };
    }
  }
}

function scanDigits(text: string, at: number): number | JsonSyntaxError {
  if (!DIGIT.test(text.charAt(at))) return { offset: at, expected: "a digit" };
  let index = at;
  while (DIGIT.test(text.charAt(index))) index++;
  return index;
}

/** The end of a number starting at `start`, or the error inside it. */
function scanNumber(text: string, start: number): number | JsonSyntaxError {
  let index = text.charAt(start) === "-" ? start + 1 : start;
  const whole = text.charAt(index) === "0" ? index + 1 : scanDigits(text, index);
  if (typeof whole !== "number") return whole;
  index = whole;
  if (text.charAt(index) === ".") {
    const fraction = scanDigits(text, index + 1);
    if (typeof fraction !== "number") return fraction;
    index = fraction;
  }
  if (text.charAt(index) === "e" || text.charAt(index) === "E") {
    index++;
    if (text.charAt(index) === "+" || text.charAt(index) === "-") index++;
    return scanDigits(text, index);
  }
  return index;
}

/** The end of a value starting at `start` that is not an object or an array, or the error in it. */
function scanScalar(text: string, start: number): number | JsonSyntaxError {
  const char = text.charAt(start);
  if (char === '"') return scanString(text, start);
  if (char === "-" || DIGIT.test(char)) return scanNumber(text, start);
  const literal = LITERALS[char];
  if (literal === undefined) return { offset: start, expected: "a value" };
  for (let index = 1; index < literal.length; index++) {
    if (text.charAt(start + index) !== literal.charAt(index)) return { offset: start + index, expected: literal };
  }
  return start + literal.length;
}

/**
 * Finds the first syntax error of JSON text (RFC 8259, as `JSON.parse` reads it), without recursion, so
 * any nesting depth is fine. Its offset is the one Node.js reports "at position" when it reports one.
 *
 * @param text - The text `JSON.parse` refused.
 * @returns The error, or `undefined` when the text is well-formed JSON.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const open: string[] = [];
  let state: State = "value";
  let index = 0;
  for (;;) {
    index = skipSpace(text, index);
    const char = text.charAt(index);
    const top = open[open.length - 1];
    if (state === "after") {
      if (top === undefined)
        return index < text.length ? { offset: index, expected: "the end of the text" } : undefined;
      const close = top === "{" ? "}" : "]";
      if (char === ",") state = top === "{" ? "key" : "value";
      else if (char === close) open.pop();
      else return { offset: index, expected: `',' or '${close}'` };
      index++;
    } else if (state === "key") {
      if (char !== '"') return { offset: index, expected: "a property name in double quotes" };
      const end = scanString(text, index);
      if (typeof end !== "number") return end;
      index = skipSpace(text, end);
      if (text.charAt(index) !== ":") return { offset: index, expected: "':' after a property name" };
      index++;
      state = "value";
    } else if (char === "{" || char === "[") {
      open.push(char);
      index = skipSpace(text, index + 1);
      const close = char === "{" ? "}" : "]";
      if (text.charAt(index) === close) {
        open.pop();
        index++;
        state = "after";
      } else {
        state = char === "{" ? "key" : "value";
      }
    } else {
      const end = scanScalar(text, index);
      if (typeof end !== "number") return end;
      index = end;
      state = "after";
    }
  }
}
