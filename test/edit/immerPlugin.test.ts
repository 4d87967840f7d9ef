import { applyPatches, type Patch } from "immer";
import { describe, expect, it } from "vitest";
import * as library from "../../src/index.js";

// Each test file gets a fresh module graph, so immer's plugin registry starts empty here.
describe("importing the package and editing", () => {
  it("leaves immer's global patch plugin unregistered", () => {
    const patch: Patch = { op: "replace", path: ["a"], value: 1 };
    expect(() => applyPatches({ a: 0 }, [patch])).toThrow(/enablePatches/);
    const result = library.applyEdit(library.samplePractice(), library.edits.setMessaging({ enabled: false }), {
      actor: "jsmith",
      at: "2026-11-20T10:00:00Z",
    });
    expect(result.ok && result.patches).toEqual([
      { op: "replace", path: ["messaging", "patientInitiated"], value: false },
      { op: "replace", path: ["revision"], value: 1 },
    ]);
    expect(() => applyPatches({ a: 0 }, [patch])).toThrow(/enablePatches/);
  });
});
