import { describe, expect, test } from "vitest";
import { issueKey } from "../../src/validate/issueKey.js";
import { validatePractice } from "../../src/validate/validatePractice.js";
import { away, withCoverage, withCrusherCell } from "./fixtures.js";

describe("issueKey", () => {
  test("keys a recipient issue by its cell and what it names, not by its index", () => {
    const practice = withCrusherCell("appointments", [
      { type: "member", id: "kjones" },
      { type: "member", id: "ghost" },
    ]);
    const [issue] = validatePractice(practice).issues.filter((each) => each.code === "unknown_member");
    expect(issue && issueKey(issue)).toBe('["unknown_member",["routing","crusher","appointments"],["member","ghost"]]');
  });

  test("keys a coverage cycle by its entries", () => {
    const practice = withCoverage({
      c1: away("jsmith", "kjones", 1, 8),
      c2: away("kjones", "lpatel", 1, 8),
      c3: away("lpatel", "jsmith", 1, 8),
    });
    const keys = validatePractice(practice).issues.map(issueKey);
    expect(keys).toEqual(['["coverage_cycle",["coverage","c1"],["c1","c2","c3"]]']);
  });

  test("leaves the public issue as its four fields", () => {
    const practice = withCrusherCell("appointments", [{ type: "member", id: "ghost" }]);
    for (const issue of validatePractice(practice).issues) {
      expect(Object.keys(issue)).toEqual(["code", "severity", "path", "message"]);
      expect(JSON.parse(JSON.stringify(issue))).toEqual(issue);
    }
  });

  test("throws on an issue validation did not build", () => {
    const issue = { code: "unknown_member", severity: "error", path: [], message: "x" } as const;
    expect(() => issueKey(issue)).toThrow(new TypeError("This issue was not built by validation, so it has no key."));
  });
});
