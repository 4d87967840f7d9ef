import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { test } from "@fast-check/vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect } from "vitest";
import { LIMITS } from "../../src/model/limits.js";
import { parsePractice } from "../../src/parse/parsePractice.js";
import { parsePracticeJson } from "../../src/parse/parsePracticeJson.js";
import { toConfigJsonSchema } from "../../src/parse/toConfigJsonSchema.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { canSerializeAsV1, serializePractice } from "../../src/serialize/serializePractice.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { validatePractice } from "../../src/validate/validatePractice.js";
import { fuzzRuns } from "../support/fuzzRuns.js";
import { sampleDoc } from "./helpers.js";
import { mutatedDocumentArbitrary, v1DocumentArbitrary } from "./mutations.js";

interface GoldenEntry {
  readonly file: string;
  /** The version whose JSON Schema judges the document; null when it is neither 1 nor 2. */
  readonly schemaVersion: 1 | 2 | null;
  readonly valid: boolean;
  readonly codes: readonly string[];
}

const golden = new URL("../../conformance/parse/", import.meta.url);
const index: readonly GoldenEntry[] = JSON.parse(readFileSync(new URL("index.json", golden), "utf8"));
const ajv = new Ajv2020({ strict: true, allErrors: false });
const validateV1 = ajv.compile(toConfigJsonSchema(1));
const validateV2 = ajv.compile(toConfigJsonSchema(2));

/**
 * The verdict of both sides: parsePractice's codes (each once, in order) and each schema's yes/no, v1 then v2.
 * Parity: a document parses exactly when the schema of its version accepts it, and no other schema does.
 */
function verdicts(document: unknown) {
  const result = parsePractice(document);
  const codes = result.ok ? [] : [...new Set(result.issues.map((issue) => issue.code))];
  return { parser: result.ok, ajv: [validateV1(document), validateV2(document)], codes };
}

/** What `verdicts` must say for a document of `version` that parses (`valid`) or not. */
const expected = (version: 1 | 2 | null, valid: boolean, codes: readonly string[] = []) => ({
  parser: valid,
  ajv: [valid && version === 1, valid && version === 2],
  codes,
});

describe("toConfigJsonSchema", () => {
  test("compiles both versions in ajv strict mode", () => {
    expect([typeof validateV1, typeof validateV2]).toEqual(["function", "function"]);
  });

  test("the committed golden corpus is what scripts/golden.mjs generates, with both halves large enough", () => {
    const script = fileURLToPath(new URL("../../scripts/golden.mjs", import.meta.url));
    expect(execFileSync(process.execPath, [script, "--check"], { encoding: "utf8" })).toMatch(/up to date/);
    const count = (version: 1 | 2 | null, valid: boolean) =>
      index.filter((entry) => entry.schemaVersion === version && entry.valid === valid).length;
    expect(count(1, true)).toBeGreaterThanOrEqual(50);
    expect(count(1, false)).toBeGreaterThanOrEqual(50);
    expect(count(2, true)).toBeGreaterThanOrEqual(40);
    expect(count(2, false)).toBeGreaterThanOrEqual(60);
    expect(count(null, true)).toBe(0);
  });

  test("records each document's version as the document states it (1, 2, or null for anything else)", () => {
    for (const entry of index) {
      const document: unknown = JSON.parse(readFileSync(new URL(entry.file, golden), "utf8"));
      const version = (document as { schemaVersion?: unknown } | null)?.schemaVersion;
      expect([entry.file, version === 1 || version === 2 ? version : null]).toEqual([entry.file, entry.schemaVersion]);
    }
  });

  test("valid/v2-sample.json is byte for byte serializePractice(samplePractice())", () => {
    expect(readFileSync(new URL("valid/v2-sample.json", golden), "utf8")).toBe(serializePractice(samplePractice()));
  });

  test("valid/sample.json is the version 1 sample, written back byte for byte as version 1", () => {
    const text = readFileSync(new URL("valid/sample.json", golden), "utf8");
    const parsed = parsePracticeJson(text);
    if (!parsed.ok) throw new Error("the version 1 sample does not parse");
    expect(serializePractice(parsed.practice, { schemaVersion: 1 })).toBe(text);
  });

  test.each(index.map((entry) => [entry.file, entry] as const))(
    "gives %s the same verdict as parsePractice, with the listed codes",
    (file, entry) => {
      const text = readFileSync(new URL(file, golden), "utf8");
      const document: unknown = JSON.parse(text);
      expect(verdicts(document)).toEqual(expected(entry.schemaVersion, entry.valid, entry.codes));
      expect(parsePracticeJson(text)).toEqual(parsePractice(document));
    },
  );

  test("leaves schedule texts and zone names to validatePractice: those documents parse, then fail there", () => {
    const errorsOf = (file: string) => {
      const parsed = parsePracticeJson(readFileSync(new URL(`valid/${file}.json`, golden), "utf8"));
      if (!parsed.ok) return "does not parse";
      const issues = validatePractice(parsed.practice).issues.filter((issue) => issue.severity === "error");
      return [...new Set(issues.map((issue) => issue.code))].join(", ");
    };
    const files = ["v2-time-zone-64-chars", "v2-time-zone-unknown", "v2-hours-bad-time-text", "v2-hours-overlapping"];
    files.push("v2-hours-unsorted", "v2-closure-bad-date-text", "v2-closure-last-before-first", "v2-sample");
    files.push("v2-hours-until-24-00", "v2-hours-24-periods", "v2-time-zone-etc-gmt", "v2-time-zone-half-hour");
    expect(Object.fromEntries(files.map((file) => [file, errorsOf(file)]))).toMatchInlineSnapshot(`
      {
        "v2-closure-bad-date-text": "invalid_schedule",
        "v2-closure-last-before-first": "invalid_schedule",
        "v2-hours-24-periods": "",
        "v2-hours-bad-time-text": "invalid_schedule",
        "v2-hours-overlapping": "invalid_schedule",
        "v2-hours-unsorted": "invalid_schedule",
        "v2-hours-until-24-00": "",
        "v2-sample": "",
        "v2-time-zone-64-chars": "invalid_time_zone",
        "v2-time-zone-etc-gmt": "",
        "v2-time-zone-half-hour": "",
        "v2-time-zone-unknown": "invalid_time_zone",
      }
    `);
  });

  test("agrees on record limits generated rather than stored (members and coverage)", () => {
    const member = { name: "M", role: "staff", admin: false, active: true };
    const absence = { member: "m0", from: "2026-01-01T00:00:00Z", until: "2026-01-02T00:00:00Z", coveredBy: "m1" };
    const withRecords = (members: number, coverage: number) => ({
      ...sampleDoc(),
      members: Object.fromEntries(Array.from({ length: members }, (_, i) => [`m${i}`, member])),
      coverage: Object.fromEntries(Array.from({ length: coverage }, (_, i) => [`c${i}`, absence])),
    });
    expect(verdicts(withRecords(LIMITS.members, LIMITS.coverage))).toEqual(expected(2, true));
    expect(verdicts(withRecords(LIMITS.members + 1, 0))).toEqual(expected(2, false, ["limit_exceeded"]));
    expect(verdicts(withRecords(0, LIMITS.coverage + 1))).toEqual(expected(2, false, ["limit_exceeded"]));
  });

  test.prop([practiceArbitrary()], { numRuns: 200 })(
    "accepts every generated valid practice, as the parser does",
    (p) => {
      expect(verdicts(JSON.parse(serializePractice(p)))).toEqual(expected(2, true));
      const v1 = canSerializeAsV1(p).ok ? serializePractice(p, { schemaVersion: 1 }) : undefined;
      if (v1 !== undefined) expect(verdicts(JSON.parse(v1))).toEqual(expected(1, true));
    },
  );

  test.prop([v1DocumentArbitrary()], { numRuns: 100 })(
    "accepts every generated version 1 document with the version 1 schema only",
    (document) => {
      expect(verdicts(document)).toEqual(expected(1, true));
    },
  );

  test.prop([mutatedDocumentArbitrary()], { numRuns: fuzzRuns(600) })(
    "gives generated near-valid documents the same verdict as the parser",
    (document) => {
      const { parser, ajv } = verdicts(document);
      expect(ajv[0] || ajv[1]).toBe(parser);
      expect(ajv[0] && ajv[1]).toBe(false);
    },
  );
});
