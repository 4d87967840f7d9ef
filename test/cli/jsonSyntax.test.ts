import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { describeBadJson, lineAndColumn } from "../../src/cli/internal/badJson.js";
import { findJsonSyntaxError } from "../../src/cli/internal/jsonSyntax.js";

/** Where Node's JSON.parse says it stopped, when its message says so (or says the text ended). */
function nodePosition(text: string): { threw: boolean; position?: number } {
  try {
    JSON.parse(text);
    return { threw: false };
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    const match = /at position (\d+)/.exec(message);
    if (match !== null) return { threw: true, position: Number(match[1]) };
    return message.includes("end of JSON input") ? { threw: true, position: text.length } : { threw: true };
  }
}

const PIECES = ["{", "}", "[", "]", ",", ":", '"', "\\", "\n", " ", "t", "1", "-", ".", "e", "u", "\u0001", "x", "0"];
/** JSON text with a few characters inserted or replaced: mostly broken, sometimes still well-formed. */
const damagedJson = fc
  .tuple(fc.json(), fc.array(fc.tuple(fc.nat(), fc.boolean(), fc.constantFrom(...PIECES)), { maxLength: 3 }))
  .map(([json, edits]) =>
    edits.reduce((text, [at, replace, piece]) => {
      const index = at % (text.length + 1);
      return text.slice(0, index) + piece + text.slice(index + (replace ? 1 : 0));
    }, json),
  );

describe("findJsonSyntaxError", () => {
  propTest.prop([damagedJson], { numRuns: 3000 })(
    "finds an error exactly when JSON.parse throws, at the position Node reports",
    (text) => {
      const node = nodePosition(text);
      const found = findJsonSyntaxError(text);
      expect(found !== undefined).toBe(node.threw);
      if (node.position !== undefined) expect(found?.offset).toBe(node.position);
    },
  );

  test("locates the errors whose Node message has no position", () => {
    const texts = ["[1,]", '{"a":}', "[.5]", "[Infinity]", "\u00A0[]", "[\n\n  tru ]", "tru", "[1,"];
    expect(texts.map((text) => findJsonSyntaxError(text))).toMatchInlineSnapshot(`
      [
        {
          "expected": "a value",
          "offset": 3,
        },
        {
          "expected": "a value",
          "offset": 5,
        },
        {
          "expected": "a value",
          "offset": 1,
        },
        {
          "expected": "a value",
          "offset": 1,
        },
        {
          "expected": "a value",
          "offset": 0,
        },
        {
          "expected": "true",
          "offset": 8,
        },
        {
          "expected": "true",
          "offset": 3,
        },
        {
          "expected": "a value",
          "offset": 3,
        },
      ]
    `);
  });

  test("handles any nesting depth without recursion", () => {
    expect(findJsonSyntaxError(`${"[".repeat(200_000)}${"]".repeat(200_000)}`)).toBeUndefined();
    expect(findJsonSyntaxError(`${"[".repeat(200_000)}}`)).toEqual({ offset: 200_000, expected: "a value" });
  });
});

describe("lineAndColumn", () => {
  test("counts \\n, \\r\\n and \\r as line ends and columns in characters", () => {
    expect(lineAndColumn("a\r\nb\rc\nd", 7)).toEqual({ line: 4, column: 1 });
    expect(lineAndColumn('["😀é", x]', 7)).toEqual({ line: 1, column: 7 });
  });
});

describe("describeBadJson", () => {
  test("names the file and the place, never the text", () => {
    const texts = ['{"secret": x}', "\uFEFF{}", "", " \n", '{\r\n  "secret": "abc', '"\u0007secret"', "[1] secret"];
    const messages = texts.map((text) => describeBadJson("f.json", text));
    expect(messages).toMatchInlineSnapshot(`
      [
        {
          "column": 12,
          "line": 1,
          "message": "f.json is not well-formed JSON at line 1, column 12 (expected a value)",
        },
        {
          "message": "f.json starts with a byte order mark (BOM), which JSON does not allow; save it without one",
        },
        {
          "message": "f.json is not well-formed JSON (the file holds no JSON value)",
        },
        {
          "message": "f.json is not well-formed JSON (the file holds no JSON value)",
        },
        {
          "column": 17,
          "line": 2,
          "message": "f.json is not well-formed JSON at line 2, column 17 (the text ends before a closing quote)",
        },
        {
          "column": 2,
          "line": 1,
          "message": "f.json is not well-formed JSON at line 1, column 2 (expected an escape instead of a control character in a string)",
        },
        {
          "column": 5,
          "line": 1,
          "message": "f.json is not well-formed JSON at line 1, column 5 (expected the end of the text)",
        },
      ]
    `);
    for (const { message } of messages) expect(message).not.toContain("secret");
  });
});

describe("lineAndColumn, on long lines", () => {
  test("counts a one-line 32 MiB text without building an array of it", () => {
    const text = `[${"1,".repeat(16 * 1024 * 1024)}`;
    expect(lineAndColumn(text, text.length)).toEqual({ line: 1, column: text.length + 1 });
  });

  test("counts a lone surrogate as a column of its own", () => {
    expect(lineAndColumn("\uDC00\uD800x", 3)).toEqual({ line: 1, column: 4 });
    expect(lineAndColumn("\r\r\n\n", 4)).toEqual({ line: 4, column: 1 });
  });
});
