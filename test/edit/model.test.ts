import { test } from "@fast-check/vitest";
import fc from "fast-check";
import { applyPatches, enablePatches } from "immer";
import { describe, expect } from "vitest";
import { applyEdit } from "../../src/edit/applyEdit.js";
import { revertEdit } from "../../src/edit/revertEdit.js";
import type { Edit, EditSuccess } from "../../src/edit/types.js";
import type { Member, Practice } from "../../src/model/types.js";
import { serializePractice } from "../../src/serialize/serializePractice.js";
import { editArbitrary } from "../../src/testing/editArbitrary.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { validatePractice } from "../../src/validate/validatePractice.js";
import { AT, activeAdmin, isDeeplyFrozen } from "./helpers.js";
import { modelApply } from "./model.js";

// The test is the host here: applying patches with immer needs its plugin, which the library never registers.
enablePatches();

interface Model {
  practice: Practice;
}

interface Real {
  practice: Practice;
  readonly results: EditSuccess[];
  readonly versions: (readonly [Practice, string])[];
}

class EditCommand implements fc.Command<Model, Real> {
  constructor(
    readonly actor: string,
    readonly edit: Edit,
  ) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const expected = modelApply(model.practice, this.actor, this.edit);
    const before = real.practice;
    const result = applyEdit(before, this.edit, { actor: this.actor, at: AT });
    if (expected.kind === "applied") {
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.changed).toBe(expected.changed);
      expect(result.practice).toEqual(expected.practice);
      expect(serializePractice(result.practice)).toBe(serializePractice(expected.practice));
      if (result.changed) {
        expect(applyPatches(before, result.patches)).toEqual(result.practice);
        expect(applyPatches(result.practice, result.inversePatches)).toEqual(before);
        real.results.push(result);
        real.versions.push([result.practice, serializePractice(result.practice)]);
      } else {
        expect(result.practice).toBe(before);
      }
      real.practice = result.practice;
      model.practice = expected.practice;
    } else {
      const code = { forbidden: "forbidden", invalid: "invalid_edit", introduces_errors: "introduces_errors" };
      expect(result.ok ? "ok" : result.error.code).toBe(code[expected.kind]);
    }
    expect(validatePractice(real.practice).valid).toBe(true);
    expect(isDeeplyFrozen(real.practice)).toBe(true);
    for (const [version, text] of real.versions) expect(serializePractice(version)).toBe(text);
  }
  toString(): string {
    return `${this.actor}: ${JSON.stringify(this.edit)}`;
  }
}

/**
 * The practice with a location `north` whose table routes appointments to an active admin, listed by that admin
 * (so location edits, `remove_location` refusals and location cells in `replace_member` occur from the start).
 */
function withLocation(practice: Practice): Practice {
  const admin = activeAdmin(practice);
  const member = practice.members[admin] as Member;
  const setup: Edit[] = [
    { type: "upsert_location", id: "north", location: { name: "North clinic" } },
    {
      type: "set_route",
      table: "location",
      locationId: "north",
      category: "appointments",
      recipients: [{ type: "member", id: admin }],
    },
    {
      type: "upsert_member",
      id: admin,
      member: { ...member, locations: [...new Set([...(member.locations ?? []), "north"])] },
    },
  ];
  return setup.reduce((current, edit) => {
    const result = applyEdit(current, edit, { actor: admin, at: AT });
    if (!result.ok) throw new Error(result.error.message);
    return result.practice;
  }, practice);
}

function scenario(practice: Practice) {
  const ids = Object.keys(practice.members);
  const admins = ids.filter((id) => practice.members[id]?.admin);
  const actor = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...admins) },
    { weight: 2, arbitrary: fc.constantFrom(...ids) },
    { weight: 1, arbitrary: fc.constantFrom("stranger", "new-1", "toString") },
  );
  const command = fc.tuple(actor, editArbitrary(practice)).map(([who, edit]) => new EditCommand(who, edit));
  return fc.commands([command], { maxCommands: 25 });
}

describe("applyEdit (model-based)", () => {
  const practices = fc
    .tuple(practiceArbitrary({ maxProviders: 3, maxStaff: 4 }), fc.boolean())
    .map(([practice, located]) => (located ? withLocation(practice) : practice));
  test.prop([practices.chain((p) => fc.tuple(fc.constant(p), scenario(p)))], {
    numRuns: 150,
  })(
    "matches a naive model over random edit sequences, and reverting in reverse order restores the start",
    ([start, commands]) => {
      const original = serializePractice(start);
      const real: Real = { practice: start, results: [], versions: [[start, original]] };
      fc.modelRun(() => ({ model: { practice: start }, real }), commands);
      let current = real.practice;
      for (const result of [...real.results].reverse()) {
        const undone = revertEdit(current, result, { actor: activeAdmin(current), at: AT });
        expect(undone.ok ? "ok" : undone.error).toBe("ok");
        if (undone.ok) current = undone.practice;
      }
      const restored = { ...current, revision: start.revision };
      expect(restored).toEqual(start);
      expect(serializePractice(restored)).toBe(original);
      expect(current.revision).toBe(start.revision + 2 * real.results.length);
    },
  );
});
