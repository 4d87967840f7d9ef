import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { readPractice } from "../../src/parse/internal/readDocument.js";
import { parsePractice } from "../../src/parse/parsePractice.js";
import { expectCleanIssues, issuesOf, sampleDoc } from "./helpers.js";

/** The issues of a document as [path, code, message] rows, after checking the message law on them. */
function rows(document: unknown) {
  const result = issuesOf(parsePractice(document));
  if (result === "ok") return "ok";
  expectCleanIssues(document, result);
  return result.map((issue) => `${issue.path.join(".")} ${issue.code}: ${issue.message}`);
}

// biome-ignore lint/suspicious/noExplicitAny: test documents are edited freely
const v1Doc = (): any =>
  JSON.parse(readFileSync(new URL("../../conformance/parse/valid/sample.json", import.meta.url), "utf8"));

describe("parsePractice (version 2 fields)", () => {
  test("reports each new field's problems with our own messages", () => {
    const doc = sampleDoc();
    doc.timeZone = `Zone/${"x".repeat(60)}`;
    doc.messaging.responseBusinessDays = 31;
    doc.schedule.hours = {
      mon: [["08:00"]],
      tue: [["08:00", 17]],
      wed: Array.from({ length: 25 }, () => ["08:00", "09:00"]),
      monday: [],
    };
    doc.schedule.closures["xmas-2026"].lastDay = 20261225;
    doc.afterHoursRouting.health_question = [];
    doc.coverage.c2.coveredBy = null;
    expect(rows(doc)).toMatchInlineSnapshot(`
      [
        "timeZone limit_exceeded: Longer than the limit of 64 characters.",
        "messaging.responseBusinessDays invalid_type: Must be at most 30.",
        "schedule.hours.mon.0 invalid_type: Expected an opening period: two "HH:MM" strings, [open, close].",
        "schedule.hours.tue.0.1 invalid_type: Expected a string, got a number.",
        "schedule.hours.wed limit_exceeded: More than the limit of 24 entries.",
        "schedule.hours.monday unknown_field: This field is not part of the format.",
        "schedule.closures.xmas-2026.lastDay invalid_type: Expected a string, got a number.",
        "afterHoursRouting.health_question invalid_type: Must list at least one recipient.",
        "coverage.c2.coveredBy invalid_type: Expected a string, got null.",
      ]
    `);
  });

  test("reports an empty time zone, and response days below 1 or fractional", () => {
    expect([
      rows({ ...sampleDoc(), timeZone: "" }),
      rows({ ...sampleDoc(), messaging: { ...sampleDoc().messaging, responseBusinessDays: 0 } }),
      rows({ ...sampleDoc(), messaging: { ...sampleDoc().messaging, responseBusinessDays: 2.5 } }),
    ]).toMatchInlineSnapshot(`
      [
        [
          "timeZone invalid_type: Must not be empty.",
        ],
        [
          "messaging.responseBusinessDays invalid_type: Must be at least 1.",
        ],
        [
          "messaging.responseBusinessDays invalid_type: Expected an integer, got a non-integer number.",
        ],
      ]
    `);
  });

  test("reports more than 1,000 closures alone, as for the other records", () => {
    const doc = sampleDoc();
    doc.schedule.closures = Object.fromEntries(
      Array.from({ length: 1_001 }, (_, i) => [`c${i}`, { name: "C", firstDay: "x", lastDay: "y" }]),
    );
    doc.timeZone = 5;
    expect(rows(doc)).toMatchInlineSnapshot(`
      [
        "schedule.closures limit_exceeded: More than the limit of 1000 entries.",
      ]
    `);
  });

  test("accepts texts that only validatePractice reads, and keeps them as they are", () => {
    const doc = sampleDoc();
    doc.timeZone = "Mars/Olympus_Mons";
    doc.schedule.hours = { sun: [["late", "later"]] };
    doc.schedule.closures = { x: { name: "X", firstDay: "someday", lastDay: "2026-02-30" } };
    const result = parsePractice(doc);
    expect(result.ok && [result.practice.timeZone, result.practice.schedule]).toEqual([
      "Mars/Olympus_Mons",
      {
        hours: { sun: [["late", "later"]] },
        closures: { x: { name: "X", firstDay: "someday", lastDay: "2026-02-30" } },
      },
    ]);
  });
});

describe("parsePractice (version 1 documents)", () => {
  test("reports fields of version 2 as unknown and an absence without coveredBy as missing", () => {
    const doc = v1Doc();
    doc.timeZone = "UTC";
    doc.schedule = { hours: {} };
    doc.afterHoursRouting = {};
    doc.messaging.responseBusinessDays = 2;
    delete doc.coverage.c1.coveredBy;
    expect(rows(doc)).toMatchInlineSnapshot(`
      [
        "messaging.responseBusinessDays unknown_field: This field is not part of the format.",
        "coverage.c1.coveredBy missing_field: This field is required.",
        "timeZone unknown_field: This field is not part of the format.",
        "schedule unknown_field: This field is not part of the format.",
        "afterHoursRouting unknown_field: This field is not part of the format.",
      ]
    `);
  });

  test("the fast reader returns the version 2 shape in the format's key order, whatever the document's order", () => {
    const doc = v1Doc();
    const reversed = Object.fromEntries(Object.entries(doc).reverse());
    const practice = readPractice(reversed);
    expect(Object.keys(practice ?? {})).toEqual([
      ...["schemaVersion", "id", "name", "revision", "timeZone", "messaging", "members", "groups", "routing"],
      ...["defaultRouting", "coverage"],
    ]);
    expect([practice?.schemaVersion, practice?.timeZone]).toEqual([2, "UTC"]);
  });
});
