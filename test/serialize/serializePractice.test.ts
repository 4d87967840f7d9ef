import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { parsePracticeJson } from "../../src/parse/parsePracticeJson.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { serializePractice } from "../../src/serialize/serializePractice.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";

describe("serializePractice", () => {
  test.prop([practiceArbitrary()], { numRuns: 500 })("round-trips through parsePracticeJson", (practice) => {
    const text = serializePractice(practice);
    const parsed = parsePracticeJson(text);
    expect(parsed).toEqual({ ok: true, practice });
    expect(serializePractice(practice)).toBe(text);
  });

  test("writes record keys in code-unit order, integer-like ids included", () => {
    const base = samplePractice();
    const member = { name: "N", role: "staff", admin: false, active: true } as const;
    const practice = { ...base, members: { ...base.members, "9": member, "10": member } };
    const text = serializePractice(practice);
    expect(text.indexOf('"10"')).toBeLessThan(text.indexOf('"9"'));
    expect(text.indexOf('"9"')).toBeLessThan(text.indexOf('"crusher"'));
  });
});
