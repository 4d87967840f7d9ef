import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { MESSAGE_CATEGORIES } from "../../src/model/categories.js";
import { LIMITS } from "../../src/model/limits.js";
import { parsePracticeJson } from "../../src/parse/parsePracticeJson.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { serializePractice } from "../../src/serialize/serializePractice.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { fuzzRuns } from "../support/fuzzRuns.js";

describe("serializePractice", () => {
  test.prop([practiceArbitrary()], { numRuns: fuzzRuns(500) })(
    "round-trips through parsePracticeJson, indented and compact",
    (practice) => {
      const text = serializePractice(practice);
      const compact = serializePractice(practice, { indent: false });
      const parsed = parsePracticeJson(text);
      expect(parsed).toEqual({ ok: true, practice });
      expect(parsePracticeJson(compact)).toStrictEqual(parsed);
      if (parsed.ok) expect(parsePracticeJson(serializePractice(parsed.practice))).toStrictEqual(parsed);
      if (parsed.ok) expect(serializePractice(parsed.practice)).toBe(text); // byte for byte, version 2 fields included
      expect(serializePractice(practice)).toBe(text);
      expect(JSON.parse(compact)).toEqual(JSON.parse(text));
      expect(compact.includes("\n")).toBe(false); // strings escape their line feeds: this is no indentation
      expect(serializePractice(practice, { indent: true })).toBe(text);
    },
  );

  test("writes compact JSON without whitespace or final newline", () => {
    const compact = serializePractice(samplePractice(), { indent: false });
    expect(compact.startsWith('{"schemaVersion":2,"id":"enterprise-family-medicine","name":')).toBe(true);
    expect(compact.endsWith("}}}")).toBe(true);
  });

  test("writes record keys in code-unit order, integer-like ids included", () => {
    const base = samplePractice();
    const member = { name: "N", role: "staff", admin: false, active: true } as const;
    const practice = { ...base, members: { ...base.members, "9": member, "10": member } };
    const text = serializePractice(practice);
    expect(text.indexOf('"10"')).toBeLessThan(text.indexOf('"9"'));
    expect(text.indexOf('"9"')).toBeLessThan(text.indexOf('"crusher"'));
  });

  test("writes a practice just under the cap compactly, and reads it back; indented, it is over the cap", () => {
    // Compact text built by hand: routing tables of 6 cells of 50 recipients each, as many as fit.
    const head = serializePractice(samplePractice(), { indent: false });
    const cell = `[${Array.from({ length: LIMITS.cellRecipients }, () => '{"type":"member","id":"jsmith"}')}]`;
    const table = `{${MESSAGE_CATEGORIES.map((category) => `"${category}":${cell}`).join(",")}}`;
    const entry = (index: number) => `"t${String(index).padStart(4, "0")}":${table},`;
    const count = Math.floor((LIMITS.jsonBytes - head.length) / entry(0).length);
    const tables = Array.from({ length: count }, (_, index) => entry(index)).join("");
    const text = head.replace('"routing":{', `"routing":{${tables}`);
    const parsed = parsePracticeJson(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const compact = serializePractice(parsed.practice, { indent: false });
    expect(LIMITS.jsonBytes - compact.length).toBeGreaterThanOrEqual(0);
    expect(LIMITS.jsonBytes - compact.length).toBeLessThan(entry(0).length);
    expect(parsePracticeJson(compact)).toStrictEqual(parsed);
    expect(parsePracticeJson(serializePractice(parsed.practice))).toMatchObject({
      ok: false,
      issues: [{ code: "limit_exceeded", path: [] }],
    });
  });
});
