import { describe, expect, test } from "vitest";
import { applyEdit } from "../../src/edit/applyEdit.js";
import { takeSnapshot, UNREADABLE } from "../../src/internal/snapshot.js";
import { LIMITS } from "../../src/model/limits.js";
import { parsePractice } from "../../src/parse/parsePractice.js";
import { parsePracticeJson } from "../../src/parse/parsePracticeJson.js";
import { serializePractice } from "../../src/serialize/serializePractice.js";
import { objectsOf, sampleDoc } from "./helpers.js";

// Issue 10, "Parse and serialize": each case here was accepted, thrown on or left mutable before.

const codesAndPaths = (input: unknown) => {
  const result = parsePractice(input);
  return result.ok ? "ok" : result.issues.map((issue) => `${issue.code} ${JSON.stringify(issue.path)}`);
};

/** The sample document grown past 32 MiB of compact JSON by groups sharing one array of 2,000 long ids. */
function oversizedDoc() {
  const doc = sampleDoc();
  const members = Array.from({ length: LIMITS.groupMembers }, (_, i) => `m${String(i).padStart(127, "0")}`);
  for (let g = 0; g < 160; g++) doc.groups[`g${g}`] = { name: "G", members };
  return doc;
}

/** An array Proxy whose traps claim `length` is `claimed`, counting the calls of user code. */
function lyingArray(claimed: unknown, calls: string[]) {
  return new Proxy([] as unknown[], {
    get: (target, key) => {
      calls.push("get");
      return key === "length" ? claimed : Reflect.get(target, key);
    },
    getOwnPropertyDescriptor: (target, key) => {
      calls.push("getOwnPropertyDescriptor");
      const own = Reflect.getOwnPropertyDescriptor(target, key);
      return key === "length" && own !== undefined ? { ...own, value: claimed } : own;
    },
  });
}

describe("parsePractice", () => {
  test("keeps the 32 MiB budget when a Proxy claims a NaN length, and calls none of its traps", () => {
    const calls: string[] = [];
    const doc = oversizedDoc();
    doc.messaging.disabledCategories = lyingArray(Number.NaN, calls);
    expect(codesAndPaths(doc)).toEqual(["limit_exceeded []"]);
    expect(calls).toEqual([]);
  });

  test.each([Number.NaN, -1, 2 ** 53, 1.5, "3", 2 ** 32 - 1])(
    "keeps the budget where a Proxy cannot be told apart and its traps claim length %s",
    (claimed) => {
      const calls: string[] = [];
      const doc = oversizedDoc();
      doc.messaging.disabledCategories = lyingArray(claimed, calls);
      const snapshot = takeSnapshot(doc, { isProxy: () => false }); // as in an engine without util.types.isProxy
      expect(snapshot.tooLarge).toBe(true);
      const small = takeSnapshot(lyingArray(claimed, calls), { isProxy: () => false });
      expect(small.value === UNREADABLE || (Array.isArray(small.value) && small.value.length === 0)).toBe(true);
      expect(calls).not.toContain("get");
    },
  );

  test("counts a field holding undefined as absent everywhere, as JSON.stringify does", () => {
    const doc = sampleDoc();
    doc.routing.crusher.referrals = undefined;
    doc.groups.nurses = { ...doc.groups.nurses, extra: undefined };
    doc.coverage = undefined;
    const result = parsePractice(doc);
    if (!result.ok) throw new Error("expected a practice");
    expect(Object.keys(result.practice.routing.crusher ?? {})).toEqual([
      "appointments",
      "prescriptions",
      "health_question",
    ]);
    expect(result.practice.coverage).toStrictEqual({});
    expect(parsePracticeJson(serializePractice(result.practice))).toStrictEqual(result);
  });

  test("writes an undefined array item as null, as JSON.stringify does", () => {
    const doc = sampleDoc();
    doc.groups.nurses.members = ["lpatel", undefined];
    expect(parsePractice(doc)).toMatchObject({
      issues: [{ path: ["groups", "nurses", "members", 1], message: "Expected a string, got null." }],
    });
  });

  test("lets an edit that clears the last cell of a table read from undefined fields remove the table", () => {
    const doc = sampleDoc();
    doc.routing.oselkin = { referrals: undefined, test_results: doc.routing.oselkin.test_results };
    const parsed = parsePractice(doc);
    if (!parsed.ok) throw new Error("expected a practice");
    const edit = { type: "set_route", providerId: "oselkin", category: "test_results", recipients: [] } as const;
    const result = applyEdit(parsed.practice, edit, { actor: "jsmith", at: "2026-06-01T00:00:00Z" });
    expect(result.ok && Object.hasOwn(result.practice.routing, "oselkin")).toBe(false);
  });

  test.each([
    ["a structure problem", { ...sampleDoc(), name: 1, extra: true }],
    ["a version problem", { schemaVersion: 2 }],
    ["a forbidden key", JSON.parse('{"__proto__": {}}')],
    ["a size problem", oversizedDoc()],
  ])("returns %s as a deeply frozen failure", (_, input) => {
    const result = parsePractice(input);
    expect(result.ok).toBe(false);
    for (const node of objectsOf(result)) expect(Object.isFrozen(node)).toBe(true);
  });

  test("lists at most 1,000 issues, then one limit_exceeded issue saying there were more", () => {
    const doc = sampleDoc();
    for (let index = 0; index < 100_000; index++) doc[`extra${index}`] = 1;
    const result = parsePractice(doc);
    if (result.ok) throw new Error("expected issues");
    expect(result.issues).toHaveLength(1_001);
    expect(result.issues.slice(0, 1_000).every((issue) => issue.code === "unknown_field")).toBe(true);
    expect(result.issues[1_000]).toMatchInlineSnapshot(`
      {
        "code": "limit_exceeded",
        "message": "More problems were found than the 1000 listed.",
        "path": [],
        "severity": "error",
      }
    `);
    const keys = sampleDoc();
    for (let index = 0; index < 2_000; index++) keys.members[`m${index}`] = JSON.parse('{"__proto__": 1}');
    const forbidden = parsePractice(keys);
    expect(forbidden.ok ? [] : forbidden.issues.map((issue) => issue.code).slice(999)).toEqual([
      "forbidden_key",
      "limit_exceeded",
    ]);
  });

  test("refuses JSON text within the cap whose practice, written compactly, would not be", () => {
    // A raw lone surrogate is 3 bytes of text, and JSON.stringify writes it as a 6-byte escape.
    const doc = sampleDoc();
    const member = { name: "LONE", role: "staff", admin: false, active: true };
    for (let index = 0; index < 30_000; index++) doc.members[`m${index}`] = member;
    const text = JSON.stringify(doc).replaceAll("LONE", "\ud800".repeat(200));
    expect(text.length * 3).toBeLessThan(LIMITS.jsonBytes);
    expect(parsePracticeJson(text)).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "limit_exceeded",
            "message": "The document is larger than the 32 MiB limit once written as compact JSON.",
            "path": [],
            "severity": "error",
          },
        ],
        "ok": false,
      }
    `);
  });
});
