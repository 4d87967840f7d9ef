import { describe, expect, test } from "vitest";
import { EDIT_TYPE_ORDER, editSchemas } from "../../src/edit/internal/editSchemas.js";
import { EDIT_TYPES } from "../../src/edit/schema.js";

describe("editSchemas", () => {
  test("has one schema per edit type, keyed in EDIT_TYPES order", () => {
    expect(Object.keys(editSchemas().EDIT_SCHEMAS)).toEqual([...EDIT_TYPE_ORDER]);
    expect(EDIT_TYPES).toEqual(EDIT_TYPE_ORDER);
  });

  test("builds the schemas once: every call returns the same objects", () => {
    expect(editSchemas()).toBe(editSchemas());
    expect(editSchemas().EditSchema).toBe(editSchemas().EditSchema);
  });
});
