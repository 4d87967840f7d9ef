import { readFileSync } from "node:fs";
import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { migratePractice } from "../../src/parse/migratePractice.js";
import { parsePractice } from "../../src/parse/parsePractice.js";
import { parsePracticeJson } from "../../src/parse/parsePracticeJson.js";
import { serializePractice } from "../../src/serialize/serializePractice.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { fuzzRuns } from "../support/fuzzRuns.js";
import { expectFreshFrozen, sampleDoc } from "./helpers.js";

/** The version 1 sample of the golden corpus, as text and as fresh JSON data. */
const v1Text = readFileSync(new URL("../../conformance/parse/valid/sample.json", import.meta.url), "utf8");
// biome-ignore lint/suspicious/noExplicitAny: test documents are edited freely
const v1Doc = (): any => JSON.parse(v1Text);

describe("parsePractice of a version 1 document", () => {
  test("returns a version 2 practice in UTC with no optional field of version 2, coveredBy kept", () => {
    const result = parsePractice(v1Doc());
    if (!result.ok) throw new Error("the version 1 sample does not parse");
    const { practice } = result;
    expect([practice.schemaVersion, practice.timeZone, Object.keys(practice)]).toMatchInlineSnapshot(`
      [
        2,
        "UTC",
        [
          "schemaVersion",
          "id",
          "name",
          "revision",
          "timeZone",
          "messaging",
          "members",
          "groups",
          "routing",
          "defaultRouting",
          "coverage",
        ],
      ]
    `);
    expect(Object.keys(practice.messaging)).toEqual(["patientInitiated", "patientReplies", "disabledCategories"]);
    expect(practice.coverage).toEqual(v1Doc().coverage);
    expect(practice.coverage.c1?.coveredBy).toBe("kjones");
    expectFreshFrozen(v1Doc(), practice);
  });

  test("keeps everything else of the document as it was", () => {
    const result = parsePractice(v1Doc());
    const { schemaVersion, ...rest } = v1Doc();
    expect(result).toEqual({ ok: true, practice: { schemaVersion: 2, ...rest, timeZone: "UTC" } });
  });
});

describe("migratePractice", () => {
  test("reads a version 1 document as parsePractice does", () => {
    const input = v1Doc();
    const result = migratePractice(input);
    expect(result).toStrictEqual(parsePractice(v1Doc()));
    expect(input).toEqual(v1Doc()); // untouched
    expect(Object.isFrozen(result)).toBe(true);
  });

  test("refuses a version 2 document with unsupported_version alone, even a valid one", () => {
    const input = sampleDoc();
    expect(migratePractice(input)).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "unsupported_version",
            "message": "migratePractice reads schemaVersion 1 documents; this one is already version 2 (use parsePractice).",
            "path": [
              "schemaVersion",
            ],
            "severity": "error",
          },
        ],
        "ok": false,
      }
    `);
    expect(migratePractice({ schemaVersion: 2, anything: true })).toStrictEqual(migratePractice(input));
    expect(input).toEqual(sampleDoc());
  });

  test.each([
    ["null", null],
    ["an array", []],
    ["an empty object", {}],
    ["version 3", { ...v1Doc(), schemaVersion: 3 }],
    ["the version as a string", { ...v1Doc(), schemaVersion: "1" }],
    ["a version 1 document with a time zone", { ...v1Doc(), timeZone: "UTC" }],
  ])("gives %s the parser's issues", (_, input) => {
    const result = migratePractice(input);
    expect(result.ok).toBe(false);
    expect(result).toStrictEqual(parsePractice(input));
  });

  test("never reads a getter to find the version", () => {
    let calls = 0;
    const input = Object.defineProperty({}, "schemaVersion", { enumerable: true, get: () => ++calls });
    expect(migratePractice(input).ok).toBe(false);
    expect(calls).toBe(0);
  });
});

describe("version 1 documents", () => {
  test.prop([practiceArbitrary({ schemaVersion: 1 })], { numRuns: fuzzRuns(200) })(
    "parse to the migrated practice and are written back as their canonical version 1 text",
    (practice) => {
      // The version 1 document, built by hand: the practice without timeZone, in version 1.
      const { schemaVersion, timeZone, ...fields } = practice;
      const document = structuredClone({ schemaVersion: 1, ...fields });
      expect(timeZone).toBe("UTC");
      expect(parsePractice(document)).toEqual({ ok: true, practice });
      expect(migratePractice(document)).toEqual({ ok: true, practice });
      // Canonical version 1 text: the version 2 text without its timeZone line, and version 1.
      const v2 = serializePractice(practice);
      const v1 = v2.replace('"schemaVersion": 2,', '"schemaVersion": 1,').replace('\n  "timeZone": "UTC",', "");
      expect(serializePractice(practice, { schemaVersion: 1 })).toBe(v1);
      expect(parsePracticeJson(v1)).toEqual({ ok: true, practice });
      expect(JSON.parse(v1)).toEqual(JSON.parse(JSON.stringify(document)));
    },
  );
});
