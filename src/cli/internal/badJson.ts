import { findJsonSyntaxError } from "./jsonSyntax.js";

/** Why a file's text is not JSON: one line naming the file, and where, never the text itself. */
export interface BadJson {
  readonly message: string;
  /** 1-based line of the first offending character (or of the end of the text). */
  readonly line?: number;
  /** 1-based column, in characters (code points), of that character. */
  readonly column?: number;
}

/** The 1-based line and column of `offset`; `\n`, `\r\n` and `\r` end a line; a surrogate pair is one column. */
export function lineAndColumn(text: string, offset: number): { readonly line: number; readonly column: number } {
  let line = 1;
  let column = 1;
  for (let index = 0; index < offset; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) {
      line++;
      column = 1;
    } else if (code !== 0x0d && !(code >= 0xdc00 && code <= 0xdfff && isHighSurrogate(text.charCodeAt(index - 1)))) {
      column++;
    }
  }
  return { line, column };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Describes text that `JSON.parse` refused: a byte order mark and a file with no JSON value get their own
 * words; any other error is located by line and column, with what was expected there.
 *
 * @param name - The file as the user named it.
 * @param text - Its text.
 * @returns One line for people, plus the line and column when the error has a place.
 */
export function describeBadJson(name: string, text: string): BadJson {
  if (text.startsWith("\uFEFF")) {
    return { message: `${name} starts with a byte order mark (BOM), which JSON does not allow; save it without one` };
  }
  if (/^[ \t\n\r]*$/.test(text)) return { message: `${name} is not well-formed JSON (the file holds no JSON value)` };
  const error = findJsonSyntaxError(text);
  if (error === undefined) return { message: `${name} is not well-formed JSON` };
  const { line, column } = lineAndColumn(text, error.offset);
  const what = error.offset >= text.length ? `the text ends before ${error.expected}` : `expected ${error.expected}`;
  return { message: `${name} is not well-formed JSON at line ${line}, column ${column} (${what})`, line, column };
}
