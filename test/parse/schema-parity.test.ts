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
import { serializePractice } from "../../src/serialize/serializePractice.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { fuzzRuns } from "../support/fuzzRuns.js";
import { sampleDoc } from "./helpers.js";
import { mutatedDocumentArbitrary } from "./mutations.js";

interface GoldenEntry {
  readonly file: string;
  readonly valid: boolean;
  readonly codes: readonly string[];
}

const golden = new URL("../../conformance/parse/", import.meta.url);
const index: readonly GoldenEntry[] = JSON.parse(readFileSync(new URL("index.json", golden), "utf8"));
const validateSchema = new Ajv2020({ strict: true, allErrors: false }).compile(toConfigJsonSchema());

/** The verdict of both sides: parsePractice's codes (each once, in order) and ajv's yes/no. */
function verdicts(document: unknown) {
  const result = parsePractice(document);
  const codes = result.ok ? [] : [...new Set(result.issues.map((issue) => issue.code))];
  return { parser: result.ok, ajv: validateSchema(document), codes };
}

describe("toConfigJsonSchema", () => {
  test("compiles in ajv strict mode", () => {
    expect(typeof validateSchema).toBe("function");
  });

  test("the committed golden corpus is what scripts/golden.mjs generates, with >= 50 valid and 50 invalid", () => {
    const script = fileURLToPath(new URL("../../scripts/golden.mjs", import.meta.url));
    expect(execFileSync(process.execPath, [script, "--check"], { encoding: "utf8" })).toMatch(/up to date/);
    expect(index.filter((entry) => entry.valid).length).toBeGreaterThanOrEqual(50);
    expect(index.filter((entry) => !entry.valid).length).toBeGreaterThanOrEqual(50);
  });

  test("valid/sample.json is byte for byte serializePractice(samplePractice())", () => {
    expect(readFileSync(new URL("valid/sample.json", golden), "utf8")).toBe(serializePractice(samplePractice()));
  });

  test.each(index.map((entry) => [entry.file, entry] as const))(
    "gives %s the same verdict as parsePractice, with the listed codes",
    (file, entry) => {
      const text = readFileSync(new URL(file, golden), "utf8");
      const document: unknown = JSON.parse(text);
      expect(verdicts(document)).toEqual({ parser: entry.valid, ajv: entry.valid, codes: entry.codes });
      expect(parsePracticeJson(text)).toEqual(parsePractice(document));
    },
  );

  test("agrees on record limits generated rather than stored (members and coverage)", () => {
    const member = { name: "M", role: "staff", admin: false, active: true };
    const absence = { member: "m0", from: "2026-01-01T00:00:00Z", until: "2026-01-02T00:00:00Z", coveredBy: "m1" };
    const withRecords = (members: number, coverage: number) => ({
      ...sampleDoc(),
      members: Object.fromEntries(Array.from({ length: members }, (_, i) => [`m${i}`, member])),
      coverage: Object.fromEntries(Array.from({ length: coverage }, (_, i) => [`c${i}`, absence])),
    });
    expect(verdicts(withRecords(LIMITS.members, LIMITS.coverage))).toEqual({ parser: true, ajv: true, codes: [] });
    expect(verdicts(withRecords(LIMITS.members + 1, 0))).toEqual({
      parser: false,
      ajv: false,
      codes: ["limit_exceeded"],
    });
    expect(verdicts(withRecords(0, LIMITS.coverage + 1))).toEqual({
      parser: false,
      ajv: false,
      codes: ["limit_exceeded"],
    });
  });

  test.prop([practiceArbitrary()], { numRuns: 200 })(
    "accepts every generated valid practice, as the parser does",
    (p) => {
      expect(verdicts(JSON.parse(serializePractice(p)))).toEqual({ parser: true, ajv: true, codes: [] });
    },
  );

  test.prop([mutatedDocumentArbitrary()], { numRuns: fuzzRuns(600) })(
    "gives generated near-valid documents the same verdict as the parser",
    (document) => {
      const { parser, ajv } = verdicts(document);
      expect(ajv).toBe(parser);
    },
  );
});
