import { describe, expect, test } from "vitest";
import { categoryIndex, isMessageCategory, MESSAGE_CATEGORIES } from "../../src/model/categories.js";

describe("categoryIndex", () => {
  test("gives each category its position in MESSAGE_CATEGORIES", () => {
    expect(MESSAGE_CATEGORIES.map(categoryIndex)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  test("gives -1 for anything else", () => {
    for (const value of ["", "Appointments", "toString", "__proto__", "appointments ", 0, null, undefined, {}])
      expect(categoryIndex(value)).toBe(-1);
  });
});

describe("isMessageCategory", () => {
  test("accepts exactly the six category ids", () => {
    expect(MESSAGE_CATEGORIES.every(isMessageCategory)).toBe(true);
    expect(["billing", "toString", 3, null].some(isMessageCategory)).toBe(false);
  });
});
