import { applyPatches, type Patch } from "immer";
import { describe, expect, it } from "vitest";
import * as library from "../../src/index.js";

// Each test file gets a fresh module graph, so immer's plugin registry starts empty here.
describe("importing the package", () => {
  it("leaves immer's patch plugin alone until the first edit", () => {
    const patch: Patch = { op: "replace", path: ["a"], value: 1 };
    expect(() => applyPatches({ a: 0 }, [patch])).toThrow();
    const result = library.setMessagingEnabled(library.samplePractice(), false, {
      actor: "jsmith",
      at: "2026-11-20T10:00:00Z",
    });
    expect(result.ok).toBe(true);
    expect(applyPatches({ a: 0 }, [patch])).toEqual({ a: 1 });
  });
});
