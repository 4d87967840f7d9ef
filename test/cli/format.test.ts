import { describe, expect, test } from "vitest";
import { formatPath } from "../../src/cli/internal/format.js";

describe("formatPath", () => {
  test("joins plain keys with dots and indexes with brackets", () => {
    expect(formatPath(["routing", "crusher", "appointments", 0, "id"])).toBe("routing.crusher.appointments[0].id");
  });

  test("quotes keys that are not plain names, escaping control characters", () => {
    expect(formatPath(["members", "a.b", "name"])).toBe('members["a.b"].name');
    expect(formatPath(["9lives", "x\u001b"])).toBe('["9lives"]["x\\u001b"]');
  });

  test("names the whole document for an empty path", () => {
    expect(formatPath([])).toBe("(document)");
  });
});
