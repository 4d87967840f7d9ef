import { runInNewContext } from "node:vm";
import { describe, expect, test } from "vitest";
import { instantOf, isTimestamp, parseTimestamp } from "../../src/internal/time.js";

describe("isTimestamp and parseTimestamp", () => {
  test("accept exactly the config format's timestamps, read in whole milliseconds", () => {
    expect(parseTimestamp("2026-12-03T10:00:00+01:00")).toBe(Date.UTC(2026, 11, 3, 9));
    expect(parseTimestamp("2026-12-03T09:00:00.0008Z")).toBe(Date.UTC(2026, 11, 3, 9));
    expect(parseTimestamp("2026-12-03T09:00:00.123456789Z")).toBe(Date.UTC(2026, 11, 3, 9, 0, 0, 123));
    for (const bad of ["2026-12-03", "2026-02-29T00:00:00Z", "2026-12-03T09:00:00", "2026-12-03T09:00:00z", 0, null]) {
      expect([isTimestamp(bad), parseTimestamp(bad)]).toEqual([false, Number.NaN]);
    }
  });
});

describe("instantOf", () => {
  test("reads Dates of any realm and timestamps, and answers NaN for the rest without calling user code", () => {
    expect(instantOf(new Date(5))).toBe(5);
    expect(instantOf(runInNewContext("new Date(7)"))).toBe(7);
    expect(instantOf("1970-01-01T00:00:00.009Z")).toBe(9);
    let calls = 0;
    const trap = new Proxy(new Date(1), {
      get: () => {
        calls++;
        return () => 1;
      },
    });
    const lookalike = Object.create(Date.prototype);
    for (const bad of [trap, lookalike, new Date(Number.NaN), {}, 42, undefined, "soon"]) {
      expect(instantOf(bad)).toBeNaN();
    }
    expect(calls).toBe(0);
  });
});
