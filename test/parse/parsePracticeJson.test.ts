import { test } from "@fast-check/vitest";
import * as fc from "fast-check";
import { describe, expect, vi } from "vitest";
import { LIMITS } from "../../src/model/limits.js";
import { parsePractice } from "../../src/parse/parsePractice.js";
import { parsePracticeJson } from "../../src/parse/parsePracticeJson.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { serializePractice } from "../../src/serialize/serializePractice.js";
import { fuzzRuns } from "../support/fuzzRuns.js";
import { expectCleanIssues, issuesOf } from "./helpers.js";
import { keyArbitrary } from "./mutations.js";

const parse = (text: string) => issuesOf(parsePracticeJson(text));
const sampleText = serializePractice(samplePractice());

describe("parsePracticeJson", () => {
  test("parses the canonical text of the sample practice", () => {
    expect(parsePracticeJson(sampleText)).toEqual({ ok: true, practice: samplePractice() });
  });

  test("reports invalid_json for malformed text, a byte order mark and an empty string", () => {
    expect([parse("{ not json"), parse(`\uFEFF${sampleText}`), parse("")]).toMatchInlineSnapshot(`
      [
        [
          {
            "code": "invalid_json",
            "message": "The text is not well-formed JSON.",
            "path": [],
            "severity": "error",
          },
        ],
        [
          {
            "code": "invalid_json",
            "message": "The text is not well-formed JSON.",
            "path": [],
            "severity": "error",
          },
        ],
        [
          {
            "code": "invalid_json",
            "message": "The text is not well-formed JSON.",
            "path": [],
            "severity": "error",
          },
        ],
      ]
    `);
  });

  test("reports invalid_type when given something other than a string", () => {
    expect(parse({} as unknown as string)).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_type",
          "message": "Expected JSON text (a string).",
          "path": [],
          "severity": "error",
        },
      ]
    `);
  });

  test("checks the 32 MiB cap before JSON.parse, in UTF-8 bytes", () => {
    const spy = vi.spyOn(JSON, "parse");
    try {
      const padded = (filler: string, count: number) => sampleText.replace("{", `{${filler.repeat(count)}`);
      const room = LIMITS.jsonBytes - sampleText.length;
      expect(parse(padded(" ", room + 1))).toMatchInlineSnapshot(`
        [
          {
            "code": "limit_exceeded",
            "message": "The JSON text is larger than the 32 MiB limit.",
            "path": [],
            "severity": "error",
          },
        ]
      `);
      expect(parse(padded("\u00e9", Math.floor(room / 2) + 1))).toEqual(parse(padded(" ", room + 1)));
      expect(parse(padded("\u4e2d", Math.floor(room / 3) + 1))).toEqual(parse(padded(" ", room + 1)));
      expect(parse(padded("\u{1F600}", Math.floor(room / 4) + 1))).toEqual(parse(padded(" ", room + 1)));
      expect(spy).not.toHaveBeenCalled();
      expect(parse(padded(" ", room))).toBe("ok");
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });

  test("never lets an error of JSON.parse escape, a RangeError included", () => {
    const spy = vi.spyOn(JSON, "parse").mockImplementation(() => {
      throw new RangeError("Maximum call stack size exceeded");
    });
    try {
      expect(parse("[]")).toMatchInlineSnapshot(`
        [
          {
            "code": "invalid_json",
            "message": "The text is not well-formed JSON.",
            "path": [],
            "severity": "error",
          },
        ]
      `);
    } finally {
      spy.mockRestore();
    }
  });

  test("survives 10^6-deep JSON text, reporting it as a structure problem or invalid_json", () => {
    const arrays = `${"[".repeat(1_000_000)}${"]".repeat(1_000_000)}`;
    const objects = `${'{"a":'.repeat(1_000_000)}1${"}".repeat(1_000_000)}`;
    const codes = (text: string) => {
      const result = parsePracticeJson(text);
      return result.ok ? [] : [...new Set(result.issues.map((issue) => issue.code))];
    };
    expect(["invalid_type", "invalid_json"]).toContain(codes(arrays)[0]);
    expect(codes(objects)).toEqual(expect.arrayContaining([expect.stringMatching(/^(missing_field|invalid_json)$/)]));
  });

  test("reports a JSON __proto__ key as forbidden_key and does not set the prototype", () => {
    const text = sampleText.replace('"jsmith": {', '"jsmith": {"__proto__": {"admin": true},');
    expect(parse(text)).toMatchInlineSnapshot(`
      [
        {
          "code": "forbidden_key",
          "message": "This key is not allowed anywhere in a config.",
          "path": [
            "members",
            "jsmith",
            "__proto__",
          ],
          "severity": "error",
        },
      ]
    `);
    expect(({} as { admin?: unknown }).admin).toBeUndefined();
  });

  test.prop(
    [
      fc.oneof(
        fc.json(),
        fc.string(),
        fc.dictionary(keyArbitrary, fc.jsonValue()).map((d) => JSON.stringify(d)),
      ),
    ],
    { numRuns: fuzzRuns(2_000) },
  )("never throws on any text and agrees with parsePractice on what JSON.parse gives", (text) => {
    const result = parsePracticeJson(text);
    const value = safeParse(text);
    if (!result.ok) expectCleanIssues(value.ok ? value.value : text, result.issues);
    if (value.ok) expect(result).toEqual(parsePractice(value.value));
    else expect(issuesOf(result)).toMatchObject([{ code: "invalid_json", path: [] }]);
  });

  test.prop([fc.nat(), fc.string({ minLength: 1, maxLength: 3 })], { numRuns: fuzzRuns(500) })(
    "never throws on the sample text with a few characters replaced",
    (at, replacement) => {
      const index = at % sampleText.length;
      const text = sampleText.slice(0, index) + replacement + sampleText.slice(index + replacement.length);
      const result = parsePracticeJson(text);
      const value = safeParse(text);
      if (!result.ok) expectCleanIssues(value.ok ? value.value : text, result.issues);
    },
  );
});

function safeParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
