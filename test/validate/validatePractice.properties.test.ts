import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { validatePractice } from "../../src/validate/validatePractice.js";
import { messyPracticeArbitrary, withKeysReversed } from "../support/practices.js";

describe("validatePractice", () => {
  test.prop([practiceArbitrary()], { numRuns: 500 })("finds no error in generated valid practices", (practice) => {
    const result = validatePractice(practice);
    expect(result.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test.prop([messyPracticeArbitrary()], { numRuns: 500 })(
    "gives the same issues whatever order record keys were inserted in",
    (practice) => {
      expect(validatePractice(withKeysReversed(practice))).toEqual(validatePractice(practice));
    },
  );

  test.prop([messyPracticeArbitrary()], { numRuns: 200 })("is valid exactly when no issue is an error", (practice) => {
    const result = validatePractice(practice);
    expect(result.valid).toBe(result.issues.every((issue) => issue.severity === "warning"));
  });

  test.prop([messyPracticeArbitrary()], { numRuns: 200 })("leaves its input untouched", (practice) => {
    const input = structuredClone(practice);
    validatePractice(input);
    expect(input).toEqual(practice);
  });
});
