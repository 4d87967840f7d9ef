import { applyPatches, enablePatches } from "immer";
import { describe, expect, it } from "vitest";
import { applyEdit } from "../../src/edit/applyEdit.js";
import { diffPractices } from "../../src/edit/diffPractices.js";
import { edits } from "../../src/edit/edits.js";
import { revertEdit } from "../../src/edit/revertEdit.js";
import type { Practice } from "../../src/model/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { canSerializeAsV1 } from "../../src/serialize/serializePractice.js";
import { AT, applied, outcome } from "./helpers.js";

// The test is the host here: applying patches with immer needs its plugin, which the library never registers.
enablePatches();

const kim = [{ type: "member", id: "kjones" }] as const;
const ctx = { actor: "jsmith", at: AT };

describe("applyEdit: set_route with table after_hours", () => {
  it("sets a new after-hours cell beside the others", () => {
    const edit = edits.setRoute({ table: "after_hours", category: "appointments", recipients: kim });
    expect(applied(edit).afterHoursRouting).toEqual({
      health_question: [{ type: "group", id: "on-call" }],
      appointments: kim,
    });
    expect(outcome(edit)).toMatchInlineSnapshot(
      `"Jane Smith routed Appointments after hours to Kim Jones (was: the usual routing)."`,
    );
    const replaced = edits.setRoute({ table: "after_hours", category: "health_question", recipients: kim });
    expect(outcome(replaced)).toMatchInlineSnapshot(
      `"Jane Smith routed Question About My Health after hours to Kim Jones (was: On Call)."`,
    );
  });

  it("clears a cell with [], and removes the table with its last cell", () => {
    const two = applied(edits.setRoute({ table: "after_hours", category: "appointments", recipients: kim }));
    const clear = (category: "appointments" | "health_question", practice: Practice) =>
      applyEdit(practice, edits.setRoute({ table: "after_hours", category, recipients: [] }), ctx);
    const one = clear("appointments", two);
    expect(one.ok && one.practice.afterHoursRouting).toEqual({ health_question: [{ type: "group", id: "on-call" }] });
    const none = clear("health_question", samplePractice());
    expect(none.ok && [none.audit.summary, none.patches, "afterHoursRouting" in none.practice]).toMatchInlineSnapshot(`
      [
        "Jane Smith cleared Question About My Health after hours; it now follows the usual routing (was: On Call).",
        [
          {
            "op": "remove",
            "path": [
              "afterHoursRouting",
            ],
          },
          {
            "op": "replace",
            "path": [
              "revision",
            ],
            "value": 1,
          },
        ],
        false,
      ]
    `);
    const again = none.ok ? clear("health_question", none.practice) : none;
    expect(again.ok && [again.changed, again.audit.summary]).toEqual([
      false,
      "No change: Jane Smith cleared Question About My Health after hours; it now follows the usual routing (was: the usual routing).",
    ]);
  });

  it("keeps a practice that never used after-hours cells serialisable as version 1", () => {
    const { afterHoursRouting: _cells, schedule: _hours, ...rest } = samplePractice();
    const v1: Practice = {
      ...rest,
      timeZone: "UTC",
      messaging: { patientInitiated: true, patientReplies: true, disabledCategories: [] },
      coverage: {},
    };
    expect(canSerializeAsV1(v1)).toEqual({ ok: true });
    const set = applyEdit(v1, edits.setRoute({ table: "after_hours", category: "referrals", recipients: kim }), ctx);
    expect(set.ok && canSerializeAsV1(set.practice)).toEqual({ ok: false, paths: [["afterHoursRouting"]] });
    const cleared = set.ok
      ? applyEdit(set.practice, edits.setRoute({ table: "after_hours", category: "referrals", recipients: [] }), ctx)
      : set;
    expect(cleared.ok && canSerializeAsV1(cleared.practice)).toEqual({ ok: true });
    expect(cleared.ok && { ...cleared.practice, revision: 0 }).toEqual(v1);
  });

  it("returns patches immer applies, and revertEdit undoes it", () => {
    const before = samplePractice();
    const done = applyEdit(
      before,
      edits.setRoute({ table: "after_hours", category: "health_question", recipients: [] }),
      ctx,
    );
    if (!done.ok) throw new Error("refused");
    expect(applyPatches(before, done.patches)).toEqual(done.practice);
    expect(applyPatches(done.practice, done.inversePatches)).toEqual(before);
    const undone = revertEdit(done.practice, done, ctx);
    expect(undone.ok && undone.practice.afterHoursRouting).toEqual(before.afterHoursRouting);
    expect(undone.ok && undone.audit.summary).toMatchInlineSnapshot(
      `"Jane Smith undid: Jane Smith cleared Question About My Health after hours; it now follows the usual routing (was: On Call)."`,
    );
  });

  it("refuses a providerId beside the table, a set_route without either, and unknown recipients", () => {
    const refused = [
      { type: "set_route", table: "after_hours", providerId: null, category: "referrals", recipients: kim },
      { type: "set_route", category: "referrals", recipients: kim },
      { type: "set_route", table: "weekend", category: "referrals", recipients: kim },
      { type: "set_route", table: "after_hours", category: "referrals", recipients: [{ type: "group", id: "ghost" }] },
    ].map((edit) => {
      const result = applyEdit(samplePractice(), edit as never, ctx);
      return result.ok ? "ok" : result.error;
    });
    expect(
      refused.map((error) => (typeof error === "string" ? error : error.code === "invalid_edit" && error.issues)),
    ).toMatchInlineSnapshot(`
        [
          [
            {
              "code": "unknown_field",
              "message": "An after-hours cell belongs to no provider: leave providerId out.",
              "path": [
                "providerId",
              ],
              "severity": "error",
            },
          ],
          [
            {
              "code": "missing_field",
              "message": "This field is required.",
              "path": [
                "providerId",
              ],
              "severity": "error",
            },
          ],
          [
            {
              "code": "invalid_type",
              "message": "Expected one of: after_hours, location.",
              "path": [
                "table",
              ],
              "severity": "error",
            },
          ],
          [
            {
              "code": "invalid_edit",
              "message": "There is no group with id ghost in this practice.",
              "path": [
                "recipients",
                0,
                "id",
              ],
              "severity": "error",
            },
          ],
        ]
      `);
  });
});

describe("applyEdit: replace_member and after-hours cells", () => {
  it("rewrites after-hours cells too and counts them", () => {
    const practice = applied(edits.setRoute({ table: "after_hours", category: "appointments", recipients: kim }));
    const edit = edits.replaceMember({ from: "kjones", to: "lpatel" });
    const next = applied(edit, practice);
    expect(next.afterHoursRouting?.appointments).toEqual([{ type: "member", id: "lpatel" }]);
    expect(outcome(edit, "jsmith", practice)).toMatchInlineSnapshot(
      `"Jane Smith replaced Kim Jones with Lena Patel in 1 after-hours cell, 1 group and 1 coverage entry."`,
    );
  });

  it("leaves after-hours cells alone in copy_routing", () => {
    const sample = samplePractice();
    const next = applied(edits.copyRouting({ from: "crusher", to: ["oselkin"] }), sample);
    expect(next.afterHoursRouting).toBe(sample.afterHoursRouting);
  });
});

describe("applyEdit: add_coverage without cover", () => {
  it("adds an absence with nobody covering", () => {
    const away = { member: "kjones", from: "2026-07-01T00:00:00Z", until: "2026-07-15T00:00:00Z" };
    const edit = edits.addCoverage({ id: "c3", coverage: away });
    expect(applied(edit).coverage.c3).toEqual(away);
    expect(outcome(edit)).toMatchInlineSnapshot(
      `"Jane Smith added coverage c3: Kim Jones away from 30 Jun 2026, 8:00 PM EDT until 14 Jul 2026, 8:00 PM EDT, with nobody covering."`,
    );
    expect(outcome(edits.removeCoverage({ id: "c2" }))).toMatchInlineSnapshot(
      `"Jane Smith removed coverage c2 (Lena Patel away from 14 Dec 2026, 8:00 AM EST until 19 Dec 2026, 12:00 AM EST, with nobody covering)."`,
    );
  });
});

describe("diffPractices: after-hours cells", () => {
  it("lists each changed after-hours cell in category order", () => {
    const before = samplePractice();
    const set = applied(edits.setRoute({ table: "after_hours", category: "appointments", recipients: kim }), before);
    const cleared = applied(edits.setRoute({ table: "after_hours", category: "health_question", recipients: [] }), set);
    expect(
      diffPractices(before, cleared).map((change) => [change.path.join("."), change.summary]),
    ).toMatchInlineSnapshot(`
        [
          [
            "revision",
            "Revision went from 0 to 2.",
          ],
          [
            "afterHoursRouting.appointments",
            "Appointments messages after hours now go to Kim Jones (was: the usual routing).",
          ],
          [
            "afterHoursRouting.health_question",
            "Question About My Health messages after hours now follow the usual routing (was: On Call).",
          ],
        ]
      `);
  });
});
