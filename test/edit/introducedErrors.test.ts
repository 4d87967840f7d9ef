import { test } from "@fast-check/vitest";
import * as fc from "fast-check";
import { describe, expect, vi } from "vitest";
import { applyEdit } from "../../src/edit/applyEdit.js";
import { introducedErrors } from "../../src/edit/internal/introducedErrors.js";
import type { Edit } from "../../src/edit/types.js";
import type { Practice } from "../../src/model/types.js";
import { editArbitrary } from "../../src/testing/editArbitrary.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { away, messyPracticeArbitrary, withCoverage, withCrusherCell } from "../validate/fixtures.js";
import { applyWrites, writeArbitrary } from "../validate/writes.js";
import { AT } from "./helpers.js";
import { modelApply } from "./model.js";

// A test-only hook: while `rewrite.on`, every validation message is replaced by a different text on each
// call, so no two issues ever share a message. Verdicts must not change.
const rewrite = vi.hoisted(() => ({ on: false, count: 0 }));
vi.mock("../../src/validate/internal/issue.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/validate/internal/issue.js")>();
  return {
    ...original,
    validationIssue: (...[code, path, message, subject]: Parameters<typeof original.validationIssue>) => {
      rewrite.count += 1;
      return original.validationIssue(code, path, rewrite.on ? `Reworded ${rewrite.count}.` : message, subject);
    },
  };
});

function withRewording<T>(run: () => T): T {
  rewrite.on = true;
  try {
    return run();
  } finally {
    rewrite.on = false;
  }
}

const codesAndPaths = (issues: readonly { code: string; path: readonly (string | number)[] }[]) =>
  issues.map((issue) => `${issue.code} ${issue.path.join(".")}`);

describe("introducedErrors", () => {
  test("does not count an error that only moved to another index", () => {
    const ghost = { type: "member", id: "ghost" } as const;
    const before = withCrusherCell("appointments", [{ type: "member", id: "kjones" }, ghost]);
    const after = withCrusherCell("appointments", [ghost]);
    expect(introducedErrors(before, after, [["routing", "crusher", "appointments"]])).toEqual([]);
  });

  test("counts an unknown id that replaced another at the same index", () => {
    const before = withCrusherCell("appointments", [{ type: "member", id: "ghost" }]);
    const after = withCrusherCell("appointments", [{ type: "member", id: "phantom" }]);
    expect(codesAndPaths(introducedErrors(before, after, [["routing", "crusher", "appointments"]]))).toEqual([
      "unknown_member routing.crusher.appointments.0",
    ]);
  });

  test("counts a second cycle reported at the same entry, and not the first one again", () => {
    const before = withCoverage({ c1: away("jsmith", "kjones", 1, 20), c2: away("kjones", "jsmith", 1, 20) });
    const after = withCoverage({
      ...before.coverage,
      c3: away("kjones", "lpatel", 1, 20),
      c4: away("lpatel", "jsmith", 1, 20),
    });
    const introduced = introducedErrors(before, after, [
      ["coverage", "c3"],
      ["coverage", "c4"],
    ]);
    expect(introduced.map((issue) => issue.message)).toEqual([
      "Coverage entries c1, c3 and c4 form a cycle at 30 Nov 2026, 7:00 PM EST: Jane Smith is covered by Kim Jones, who is covered by Lena Patel, who is covered by Jane Smith.",
    ]);
  });

  test.prop(
    [
      messyPracticeArbitrary().chain((p) =>
        fc.tuple(fc.constant(p), fc.array(writeArbitrary(p), { minLength: 1, maxLength: 4 })),
      ),
    ],
    {
      numRuns: 300,
    },
  )("gives the same verdicts when every message is reworded", ([before, writes]) => {
    const after = applyWrites(before, writes);
    const paths = writes.map((write) => write.path);
    const plain = introducedErrors(before, after, paths);
    const reworded = withRewording(() => introducedErrors(before, after, paths));
    expect(codesAndPaths(reworded)).toEqual(codesAndPaths(plain));
    expect(reworded.every((issue) => issue.message.startsWith("Reworded "))).toBe(true);
  });

  const scenario = practiceArbitrary({ maxProviders: 3, maxStaff: 4 }).chain((start) => {
    const ids = Object.keys(start.members);
    const step = fc.tuple(fc.constantFrom(...ids), editArbitrary(start));
    return fc.tuple(fc.constant(start), fc.array(step, { maxLength: 25 }));
  });

  test.prop([scenario], { numRuns: 100 })(
    "keeps the verdicts of the model-based edit test when every message is reworded",
    ([start, steps]) => {
      let practice: Practice = start;
      for (const [actor, edit] of steps as [string, Edit][]) {
        const expected = modelApply(practice, actor, edit);
        const result = withRewording(() => applyEdit(practice, edit, { actor, at: AT }));
        const code = { forbidden: "forbidden", invalid: "invalid_edit", introduces_errors: "introduces_errors" };
        expect(result.ok ? "applied" : result.error.code).toBe(
          expected.kind === "applied" ? "applied" : code[expected.kind],
        );
        if (result.ok) practice = result.practice;
      }
    },
  );
});
