import { test } from "@fast-check/vitest";
import fc from "fast-check";
import { applyPatches, enablePatches } from "immer";
import { describe, expect } from "vitest";
import { applyEdit } from "../../src/edit/applyEdit.js";
import { parseEdit } from "../../src/edit/schema.js";
import { serializePractice } from "../../src/serialize/serializePractice.js";
import { editArbitrary } from "../../src/testing/editArbitrary.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { AT, activeAdmin, isDeeplyFrozen, nonAdmins } from "./helpers.js";

// The test is the host here: applying patches with immer needs its plugin, which the library never registers.
enablePatches();

const practiceAndEdit = practiceArbitrary().chain((practice) =>
  fc.tuple(fc.constant(practice), editArbitrary(practice)),
);

describe("applyEdit", () => {
  test.prop(
    [
      practiceAndEdit.chain(([practice, edit]) =>
        fc.tuple(
          fc.constant(practice),
          fc.constant(edit),
          fc.constantFrom(
            ...nonAdmins(practice),
            ...["stranger", "toString", "__proto__", ""].filter((id) => !Object.hasOwn(practice.members, id)),
          ),
        ),
      ),
    ],
    { numRuns: 300 },
  )("refuses every edit by anyone but an active admin and changes nothing", ([practice, edit, actor]) => {
    const text = serializePractice(practice);
    const result = applyEdit(practice, edit, { actor, at: AT });
    expect(result).toEqual({ ok: false, error: { code: "forbidden", message: expect.any(String) } });
    expect(serializePractice(practice)).toBe(text);
    expect(isDeeplyFrozen(practice)).toBe(true);
  });

  test.prop([practiceAndEdit], { numRuns: 300 })(
    "leaves its inputs untouched and returns patches that turn the old practice into the new one and back",
    ([practice, edit]) => {
      const editText = JSON.stringify(edit);
      const practiceText = serializePractice(practice);
      const result = applyEdit(practice, edit, { actor: activeAdmin(practice), at: AT });
      expect(JSON.stringify(edit)).toBe(editText);
      expect(serializePractice(practice)).toBe(practiceText);
      if (!result.ok || !result.changed) return;
      expect(applyPatches(practice, result.patches)).toEqual(result.practice);
      expect(applyPatches(result.practice, result.inversePatches)).toEqual(practice);
      expect(result.practice.revision).toBe(practice.revision + 1);
      expect(isDeeplyFrozen(result)).toBe(true);
    },
  );
});

describe("editArbitrary", () => {
  test.prop([practiceAndEdit], { numRuns: 200 })("makes only well-formed edits", ([, edit]) => {
    expect(parseEdit(edit)).toEqual({ ok: true, edit });
  });
});
