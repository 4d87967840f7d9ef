import { describe, expect, it } from "vitest";
import { applyEdit } from "../../src/edit/applyEdit.js";
import { revertEdit } from "../../src/edit/revertEdit.js";
import type { Edit } from "../../src/edit/types.js";
import { deepFreeze } from "../../src/internal/freeze.js";
import { MESSAGE_CATEGORIES } from "../../src/model/categories.js";
import { LIMITS } from "../../src/model/limits.js";
import type { Member, Practice, Recipient, RoutingTable } from "../../src/model/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { AT, isDeeplyFrozen } from "./helpers.js";

const ctx = { actor: "jsmith", at: AT };
const jsonBytes = (practice: Practice) => Buffer.byteLength(JSON.stringify(practice));

/** The sample practice grown to just under the JSON size cap with full tables of long member ids. */
function nearTheCap(): Practice {
  const sample = samplePractice();
  const longId = `m${"x".repeat(LIMITS.idLength - 1)}`;
  const cell: Recipient[] = Array.from({ length: LIMITS.cellRecipients }, () => ({ type: "member", id: longId }));
  const table = Object.fromEntries(MESSAGE_CATEGORIES.map((category) => [category, cell])) as RoutingTable;
  const members: Record<string, Member> = { ...sample.members, [longId]: { ...(sample.members.kjones as Member) } };
  const routing: Record<string, RoutingTable> = { ...sample.routing };
  const base = jsonBytes(sample);
  const perTable = Buffer.byteLength(JSON.stringify({ p00000: table })) - 1;
  for (let index = 0; base + (index + 1) * perTable < LIMITS.jsonBytes - 20_000; index++) {
    const id = `p${String(index).padStart(5, "0")}`;
    members[id] = { name: `Provider ${index}`, role: "provider", admin: false, active: true };
    routing[id] = table;
  }
  return deepFreeze({ ...sample, members, routing });
}

describe("applyEdit: the limits the parser enforces", () => {
  it("refuses to grow a practice past the JSON size cap, and allows edits that stay under it", () => {
    const practice = nearTheCap();
    const size = jsonBytes(practice);
    expect(size).toBeLessThanOrEqual(LIMITS.jsonBytes);
    expect(size).toBeGreaterThan(LIMITS.jsonBytes - 100_000);
    const small = applyEdit(practice, { type: "set_messaging", enabled: false }, ctx);
    if (!small.ok) throw new Error(small.error.message);
    const copy: Edit = { type: "copy_routing", from: "p00000", to: ["oselkin", "crusher"] };
    const grow = applyEdit(small.practice, copy, ctx);
    expect(grow).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "invalid_edit",
          "issues": [
            {
              "code": "invalid_edit",
              "message": "The practice would be larger than the limit of 33554432 bytes of JSON.",
              "path": [],
              "severity": "error",
            },
          ],
          "message": "The practice would be larger than the limit of 33554432 bytes of JSON.",
          "path": [],
        },
        "ok": false,
      }
    `);
    expect(isDeeplyFrozen(grow)).toBe(true);
  });

  it("refuses an edit past the highest revision a config can hold, and allows one that changes nothing", () => {
    const practice = deepFreeze({ ...samplePractice(), revision: Number.MAX_SAFE_INTEGER });
    expect(applyEdit(practice, { type: "set_messaging", enabled: false }, ctx)).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "invalid_edit",
          "issues": [
            {
              "code": "invalid_edit",
              "message": "The practice is at revision 9007199254740991, the highest one a config can hold.",
              "path": [
                "revision",
              ],
              "severity": "error",
            },
          ],
          "message": "The practice is at revision 9007199254740991, the highest one a config can hold.",
          "path": [
            "revision",
          ],
        },
        "ok": false,
      }
    `);
    const same = applyEdit(practice, { type: "set_messaging", enabled: true }, ctx);
    expect(same.ok && same.practice).toBe(practice);
  });

  it("refuses an undo that would take a record past its limit", () => {
    const sample = samplePractice();
    const groups = { ...sample.groups };
    for (let index = Object.keys(groups).length; index < LIMITS.groups; index++) {
      groups[`g${index}`] = { name: `Group ${index}`, members: ["kjones"] };
    }
    const full = deepFreeze({ ...sample, groups });
    const removed = applyEdit(full, { type: "remove_group", id: "g10" }, ctx);
    if (!removed.ok) throw new Error(removed.error.message);
    const group = { name: "Billing", members: [] };
    const refilled = applyEdit(removed.practice, { type: "upsert_group", id: "billing", group }, ctx);
    if (!refilled.ok) throw new Error(refilled.error.message);
    expect(revertEdit(refilled.practice, removed, ctx)).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "invalid_edit",
          "issues": [
            {
              "code": "invalid_edit",
              "message": "Undoing that edit would take groups past the limit of 2000 entries.",
              "path": [
                "groups",
              ],
              "severity": "error",
            },
          ],
          "message": "Undoing that edit would take groups past the limit of 2000 entries.",
          "path": [
            "groups",
          ],
        },
        "ok": false,
      }
    `);
  });
});
