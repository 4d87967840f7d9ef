import { describe, expect, test } from "vitest";
import { LIMITS } from "../../src/model/limits.js";
import { parsePractice } from "../../src/parse/parsePractice.js";
import { issuesOf, sampleDoc } from "./helpers.js";

const parse = (input: unknown) => issuesOf(parsePractice(input));
const staff = (index: number) => ({ name: `Staff ${index}`, role: "staff", admin: false, active: true });
const absence = { member: "jsmith", from: "2026-01-01T00:00:00Z", until: "2026-01-02T00:00:00Z", coveredBy: "kjones" };
const record = <T>(count: number, prefix: string, make: (index: number) => T) =>
  Object.fromEntries(Array.from({ length: count }, (_, index) => [`${prefix}${index}`, make(index)]));

describe("parsePractice", () => {
  test("accepts every limit of the format exactly reached", () => {
    const doc = sampleDoc();
    doc.members = { ...doc.members, ...record(LIMITS.members - 6, "m", staff) };
    doc.groups = record(LIMITS.groups, "g", () => ({ name: "G", members: [] }));
    doc.groups.g0.members = Array.from({ length: LIMITS.groupMembers }, (_, index) => `m${index}`);
    doc.defaultRouting.referrals = Array.from({ length: LIMITS.cellRecipients }, () => ({ type: "assigned_provider" }));
    doc.coverage = record(LIMITS.coverage, "c", () => absence);
    expect(Object.keys(doc.members)).toHaveLength(LIMITS.members);
    expect(parse(doc)).toBe("ok");
  });

  test("reports limit_exceeded for 50,001 members, 2,001 groups and 10,001 coverage entries", () => {
    const doc = sampleDoc();
    doc.members = record(LIMITS.members + 1, "m", staff);
    doc.groups = record(LIMITS.groups + 1, "g", () => ({ name: "G", members: [] }));
    doc.coverage = record(LIMITS.coverage + 1, "c", () => absence);
    expect(parse(doc)).toMatchInlineSnapshot(`
      [
        {
          "code": "limit_exceeded",
          "message": "More than the limit of 50000 entries.",
          "path": [
            "members",
          ],
          "severity": "error",
        },
        {
          "code": "limit_exceeded",
          "message": "More than the limit of 2000 entries.",
          "path": [
            "groups",
          ],
          "severity": "error",
        },
        {
          "code": "limit_exceeded",
          "message": "More than the limit of 10000 entries.",
          "path": [
            "coverage",
          ],
          "severity": "error",
        },
      ]
    `);
  });

  test("reports limit_exceeded for 2,001 members in a group and 51 recipients in a cell", () => {
    const doc = sampleDoc();
    doc.groups.nurses.members = Array.from({ length: LIMITS.groupMembers + 1 }, () => "lpatel");
    doc.routing.crusher.appointments = Array.from({ length: LIMITS.cellRecipients + 1 }, () => ({
      type: "assigned_provider",
    }));
    expect(parse(doc)).toMatchInlineSnapshot(`
      [
        {
          "code": "limit_exceeded",
          "message": "More than the limit of 2000 entries.",
          "path": [
            "groups",
            "nurses",
            "members",
          ],
          "severity": "error",
        },
        {
          "code": "limit_exceeded",
          "message": "More than the limit of 50 entries.",
          "path": [
            "routing",
            "crusher",
            "appointments",
          ],
          "severity": "error",
        },
      ]
    `);
  });

  test("reports limit_exceeded for a document whose compact JSON would pass 32 MiB", () => {
    const doc = sampleDoc();
    doc.members.jsmith.name = "x".repeat(LIMITS.jsonBytes);
    expect(parse(doc)).toMatchInlineSnapshot(`
      [
        {
          "code": "limit_exceeded",
          "message": "The document is larger than the 32 MiB limit once written as compact JSON.",
          "path": [],
          "severity": "error",
        },
      ]
    `);
  });

  test("counts the cap in UTF-8 bytes of the compact JSON, escapes included", () => {
    // Only the size issue sits at the root path; names over 200 characters get their own issue too.
    const sizeIssues = (name: string) => {
      const doc = sampleDoc();
      doc.groups.nurses.name = name;
      const result = parsePractice(doc);
      return result.ok ? [] : result.issues.filter((issue) => issue.path.length === 0).map((issue) => issue.code);
    };
    const room = LIMITS.jsonBytes - JSON.stringify(sampleDoc()).length + "Nurses".length;
    expect(sizeIssues("e".repeat(room))).toEqual([]);
    expect(sizeIssues("e".repeat(room + 1))).toEqual(["limit_exceeded"]);
    expect(sizeIssues("\u00e9".repeat(Math.floor(room / 2)))).toEqual([]);
    expect(sizeIssues("\u00e9".repeat(Math.floor(room / 2) + 1))).toEqual(["limit_exceeded"]);
    expect(sizeIssues("\n".repeat(Math.floor(room / 2) + 1))).toEqual(["limit_exceeded"]);
    expect(sizeIssues("\u{1F600}".repeat(Math.floor(room / 4)))).toEqual([]);
    expect(sizeIssues("\u{1F600}".repeat(Math.floor(room / 4) + 1))).toEqual(["limit_exceeded"]);
  });

  test("reports limit_exceeded for a huge sparse array without walking its holes", () => {
    const doc = sampleDoc();
    doc.groups.nurses.members = new Array(2 ** 32 - 1);
    expect(parse(doc)).toMatchInlineSnapshot(`
      [
        {
          "code": "limit_exceeded",
          "message": "The document is larger than the 32 MiB limit once written as compact JSON.",
          "path": [],
          "severity": "error",
        },
      ]
    `);
  });

  test("reports an array in place of a record as invalid_type, whatever its length", () => {
    const doc = sampleDoc();
    doc.groups = Array.from({ length: LIMITS.groups + 1 }, () => 0);
    expect(parse(doc)).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_type",
          "message": "Expected an object, got an array.",
          "path": [
            "groups",
          ],
          "severity": "error",
        },
      ]
    `);
  });
});
