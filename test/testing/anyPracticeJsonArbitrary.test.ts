import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { parsePracticeJson } from "../../src/parse/parsePracticeJson.js";
import { anyPracticeJsonArbitrary } from "../../src/testing/anyPracticeJsonArbitrary.js";
import { validatePractice } from "../../src/validate/validatePractice.js";

const sample = fc.sample(anyPracticeJsonArbitrary(), { numRuns: 1000, seed: 42 });
const results = sample.map((text) => parsePracticeJson(text));

describe("anyPracticeJsonArbitrary", () => {
  test.prop([anyPracticeJsonArbitrary()], { numRuns: 300 })("generates text that the parser answers", (text) => {
    expect(typeof text).toBe("string");
    const result = parsePracticeJson(text);
    expect(result.ok || result.issues.length > 0).toBe(true);
  });

  it("generates both accepted and rejected documents in a reasonable share", () => {
    const accepted = results.filter((result) => result.ok).length;
    expect(accepted).toBeGreaterThan(200);
    expect(accepted).toBeLessThan(600);
  });

  it("reaches every structural issue code", () => {
    const codes = new Set(results.flatMap((result) => (result.ok ? [] : result.issues.map((issue) => issue.code))));
    expect([...codes].sort()).toEqual([
      "forbidden_key",
      "invalid_id",
      "invalid_json",
      "invalid_timestamp",
      "invalid_type",
      "limit_exceeded",
      "missing_field",
      "unknown_field",
      "unsupported_version",
    ]);
  });

  it("includes documents that parse but do not validate", () => {
    const invalid = results.filter((result) => result.ok && !validatePractice(result.practice).valid);
    expect(invalid.length).toBeGreaterThan(10);
  });

  it("writes forbidden keys as own keys at some depth", () => {
    const withProto = sample.filter((text) => text.includes('"__proto__"'));
    expect(withProto.length).toBeGreaterThan(5);
    const depths = new Set(
      results.flatMap((result) =>
        result.ok ? [] : result.issues.filter((i) => i.code === "forbidden_key").map((i) => i.path.length),
      ),
    );
    expect(Math.max(...depths)).toBeGreaterThan(2);
  });

  it("includes canonical, compact and pretty-printed documents", () => {
    expect(sample.some((text) => text.startsWith('{\n  "schemaVersion": 1,'))).toBe(true);
    expect(sample.some((text) => text.startsWith('{"schemaVersion":1,'))).toBe(true);
  });

  it("passes practice options through", () => {
    const off = fc.sample(anyPracticeJsonArbitrary({ practice: { messaging: "off" } }), { numRuns: 300, seed: 1 });
    const practices = off.map((text) => parsePracticeJson(text)).flatMap((r) => (r.ok ? [r.practice] : []));
    expect(practices.length).toBeGreaterThan(50);
    expect(practices.every((practice) => !practice.messaging.patientInitiated)).toBe(true);
  });
});
