import { describe, expect, test, vi } from "vitest";
import { parseAtFlag } from "../../src/cli/internal/flags.js";
import * as time from "../../src/internal/time.js";

vi.mock("../../src/internal/time.js", { spy: true });

describe("parseAtFlag", () => {
  test("reads --at with the library's one time reader, parseTimestamp", () => {
    expect(parseAtFlag("2026-12-03T10:00:00+01:00")).toEqual({ ok: true, value: "2026-12-03T10:00:00+01:00" });
    expect(time.parseTimestamp).toHaveBeenCalledWith("2026-12-03T10:00:00+01:00");
  });

  test("refuses what parseTimestamp refuses, and nothing else", () => {
    const values = ["2026-12-03", "2026-02-29T00:00:00Z", "2024-02-29T00:00:00Z", "2026-12-03T09:00:00.123456789Z"];
    expect(values.map((value) => parseAtFlag(value).ok)).toEqual(
      values.map((value) => !Number.isNaN(time.parseTimestamp(value))),
    );
    expect(values.map((value) => parseAtFlag(value).ok)).toEqual([false, false, true, true]);
  });

  test("leaves --at out when it is not given", () => {
    expect(parseAtFlag(undefined)).toEqual({ ok: true, value: undefined });
  });
});
