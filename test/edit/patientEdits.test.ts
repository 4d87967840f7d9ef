import { describe, expect, it } from "vitest";
import { applyEdit } from "../../src/edit/applyEdit.js";
import { diffPractices } from "../../src/edit/diffPractices.js";
import { edits } from "../../src/edit/edits.js";
import { revertEdit } from "../../src/edit/revertEdit.js";
import type { Edit, EditResult } from "../../src/edit/types.js";
import type { Practice } from "../../src/model/types.js";
import { parsePracticeJson } from "../../src/parse/parsePracticeJson.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { canSerializeAsV1, serializePractice } from "../../src/serialize/serializePractice.js";
import { validatePractice } from "../../src/validate/validatePractice.js";
import { AT, applied, isDeeplyFrozen, outcome } from "./helpers.js";

const yearly = { visitWithinDays: 365, categories: { health_question: { visitWithinDays: 90 } } };

/** The issues of a refused edit as `[code, path, message]`, or the audit summary when applied. */
function refusal(edit: unknown): unknown {
  const result = applyEdit(samplePractice(), edit as Edit, { actor: "jsmith", at: AT });
  if (result.ok) return result.audit.summary;
  const { error } = result;
  return error.code === "invalid_edit"
    ? error.issues.map((issue) => [issue.code, issue.path.join("."), issue.message])
    : error.code;
}

/** A refusal's code and path, or "applied". */
function codeAndPath(result: EditResult): unknown {
  if (result.ok) return "applied";
  return [result.error.code, "path" in result.error ? result.error.path : undefined];
}

/** Serialises and parses back: the practice a backend would read after storing this one. */
function roundTrip(practice: Practice): unknown {
  const parsed = parsePracticeJson(serializePractice(practice));
  return parsed.ok ? parsed.practice : parsed.issues;
}

describe("applyEdit: set_eligibility", () => {
  it("stores the rule in canonical order, valid, frozen, and summarised with names", () => {
    const edit = edits.setEligibility({
      eligibility: { categories: { health_question: { visitWithinDays: 90 } }, visitWithinDays: 365 },
    });
    const next = applied(edit);
    expect(JSON.stringify(next.messaging.eligibility)).toMatchInlineSnapshot(
      `"{"visitWithinDays":365,"categories":{"health_question":{"visitWithinDays":90}}}"`,
    );
    expect(isDeeplyFrozen(next)).toBe(true);
    expect(validatePractice(next).valid).toBe(true);
    expect(roundTrip(next)).toEqual(next);
    expect(outcome(edit)).toMatchInlineSnapshot(
      `"Jane Smith set eligibility: patients seen in the last 365 days (Question About My Health: 90 days); was: any patient."`,
    );
  });

  it("words category rules without a practice rule, and their replacement and removal", () => {
    const appointments = { categories: { appointments: { visitWithinDays: 1 }, referrals: { visitWithinDays: 30 } } };
    expect(outcome(edits.setEligibility({ eligibility: appointments }))).toMatchInlineSnapshot(
      `"Jane Smith set eligibility: any patient (Appointments: 1 day; Referrals: 30 days); was: any patient."`,
    );
    const ruled = applied(edits.setEligibility({ eligibility: yearly }));
    expect(
      outcome(edits.setEligibility({ eligibility: { visitWithinDays: 30 } }), "jsmith", ruled),
    ).toMatchInlineSnapshot(
      `"Jane Smith set eligibility: patients seen in the last 30 days; was: patients seen in the last 365 days (Question About My Health: 90 days)."`,
    );
    expect(outcome(edits.setEligibility({ eligibility: null }), "jsmith", ruled)).toMatchInlineSnapshot(
      `"Jane Smith removed eligibility: any patient may start a message; was: patients seen in the last 365 days (Question About My Health: 90 days)."`,
    );
    expect(applied(edits.setEligibility({ eligibility: null }), ruled).messaging).toEqual(samplePractice().messaging);
  });

  it("stores a rule without days as given: it lets every patient in", () => {
    const edit = edits.setEligibility({ eligibility: { categories: {} } });
    const next = applied(edit);
    expect(next.messaging.eligibility).toEqual({ categories: {} });
    expect(validatePractice(next).valid).toBe(true);
    expect(roundTrip(next)).toEqual(next);
    expect(outcome(edit)).toMatchInlineSnapshot(`"Jane Smith set eligibility: any patient; was: any patient."`);
  });

  it("changes nothing when the rule is already there, or already absent", () => {
    const ruled = applied(edits.setEligibility({ eligibility: yearly }));
    const again = applyEdit(ruled, edits.setEligibility({ eligibility: yearly }), { actor: "jsmith", at: AT });
    expect(again.ok && again.changed).toBe(false);
    expect(again.ok && again.practice).toBe(ruled);
    const none = applyEdit(samplePractice(), edits.setEligibility({ eligibility: null }), { actor: "jsmith", at: AT });
    expect(none.ok && [none.changed, none.patches]).toEqual([false, []]);
  });

  it("refuses days outside 1-3650, fractions, unknown categories and unknown fields", () => {
    expect(refusal({ type: "set_eligibility", eligibility: { visitWithinDays: 0 } })).toMatchInlineSnapshot(`
      [
        [
          "invalid_type",
          "eligibility.visitWithinDays",
          "Must be at least 1.",
        ],
      ]
    `);
    expect(refusal({ type: "set_eligibility", eligibility: { visitWithinDays: 3651 } })).toMatchInlineSnapshot(`
      [
        [
          "invalid_type",
          "eligibility.visitWithinDays",
          "Must be at most 3650.",
        ],
      ]
    `);
    expect(
      refusal({
        type: "set_eligibility",
        eligibility: { categories: { billing: { visitWithinDays: 5 }, referrals: { visitWithinDays: 2.5 } } },
      }),
    ).toMatchInlineSnapshot(`
      [
        [
          "invalid_type",
          "eligibility.categories.referrals.visitWithinDays",
          "Expected an integer, got a non-integer number.",
        ],
        [
          "unknown_field",
          "eligibility.categories.billing",
          "This field is not part of the format.",
        ],
      ]
    `);
    expect(refusal({ type: "set_eligibility", eligibility: { days: 30 } })).toMatchInlineSnapshot(`
      [
        [
          "unknown_field",
          "eligibility.days",
          "This field is not part of the format.",
        ],
      ]
    `);
    expect(refusal({ type: "set_eligibility" })).toMatchInlineSnapshot(`
      [
        [
          "missing_field",
          "eligibility",
          "This field is required.",
        ],
      ]
    `);
  });

  it("is undone by revertEdit, also from a stored JSON row", () => {
    const done = applyEdit(samplePractice(), edits.setEligibility({ eligibility: yearly }), {
      actor: "jsmith",
      at: AT,
    });
    if (!done.ok) throw new Error("refused");
    expect(done.patches).toMatchInlineSnapshot(`
      [
        {
          "op": "add",
          "path": [
            "messaging",
            "eligibility",
          ],
          "value": {
            "categories": {
              "health_question": {
                "visitWithinDays": 90,
              },
            },
            "visitWithinDays": 365,
          },
        },
        {
          "op": "replace",
          "path": [
            "revision",
          ],
          "value": 1,
        },
      ]
    `);
    const row = JSON.parse(
      JSON.stringify({ ...done.audit, patches: done.patches, inversePatches: done.inversePatches }),
    );
    const undone = revertEdit(done.practice, row, { actor: "jsmith", at: AT });
    expect(undone.ok && undone.practice.messaging).toEqual(samplePractice().messaging);
    const redone = undone.ok ? revertEdit(undone.practice, undone, { actor: "jsmith", at: AT }) : undone;
    expect(redone.ok && redone.practice.messaging.eligibility).toEqual(yearly);
  });

  it("refuses a stored patch whose rule the format does not allow", () => {
    const done = applyEdit(
      applied(edits.setEligibility({ eligibility: yearly })),
      edits.setEligibility({ eligibility: null }),
      {
        actor: "jsmith",
        at: AT,
      },
    );
    if (!done.ok) throw new Error("refused");
    const bad = done.inversePatches.map((patch) =>
      patch.path[1] === "eligibility" ? { ...patch, value: { visitWithinDays: 4000 } } : patch,
    );
    const row = { ...done.audit, patches: done.patches, inversePatches: bad };
    const undone = revertEdit(done.practice, row, { actor: "jsmith", at: AT });
    expect(codeAndPath(undone)).toEqual(["invalid_edit", ["messaging", "eligibility"]]);
  });
});

describe("applyEdit: set_show_recipients", () => {
  it("writes true, and false removes the field so the practice stays version 1 when nothing else is new", () => {
    const on = applyEdit(samplePractice(), edits.setShowRecipients({ enabled: true }), { actor: "jsmith", at: AT });
    if (!on.ok) throw new Error("refused");
    expect(on.practice.messaging.showRecipientsToPatients).toBe(true);
    expect(on.audit.summary).toMatchInlineSnapshot(
      `"Jane Smith started showing patients who will receive their messages."`,
    );
    const off = applyEdit(on.practice, edits.setShowRecipients({ enabled: false }), { actor: "jsmith", at: AT });
    if (!off.ok) throw new Error("refused");
    expect(Object.hasOwn(off.practice.messaging, "showRecipientsToPatients")).toBe(false);
    expect(off.audit.summary).toMatchInlineSnapshot(
      `"Jane Smith stopped showing patients who will receive their messages."`,
    );
    expect(off.patches).toMatchInlineSnapshot(`
      [
        {
          "op": "remove",
          "path": [
            "messaging",
            "showRecipientsToPatients",
          ],
        },
        {
          "op": "replace",
          "path": [
            "revision",
          ],
          "value": 2,
        },
      ]
    `);
    expect(roundTrip(on.practice)).toEqual(on.practice);
  });

  it("keeps a version 1 practice writable as version 1 after on then off", () => {
    const { schedule: _s, afterHoursRouting: _a, ...rest } = samplePractice();
    const { responseBusinessDays: _d, ...messaging } = rest.messaging;
    const v1: Practice = { ...rest, timeZone: "UTC", messaging, coverage: {} };
    expect(canSerializeAsV1(v1)).toEqual({ ok: true });
    const on = applied(edits.setShowRecipients({ enabled: true }), v1);
    expect(canSerializeAsV1(on)).toMatchInlineSnapshot(`
      {
        "ok": false,
        "paths": [
          [
            "messaging",
            "showRecipientsToPatients",
          ],
        ],
      }
    `);
    const off = applied(edits.setShowRecipients({ enabled: false }), on);
    expect(canSerializeAsV1(off)).toEqual({ ok: true });
    const off0 = applyEdit(v1, edits.setShowRecipients({ enabled: false }), { actor: "jsmith", at: AT });
    expect(off0.ok && off0.changed).toBe(false);
  });
});

describe("revertEdit: set_show_recipients stored as JSON", () => {
  it("undoes a stored edit and refuses a stored value that is not a flag", () => {
    const on = applied(edits.setShowRecipients({ enabled: true }));
    const done = applyEdit(on, edits.setShowRecipients({ enabled: false }), { actor: "jsmith", at: AT });
    if (!done.ok) throw new Error("refused");
    const row = JSON.parse(
      JSON.stringify({ ...done.audit, patches: done.patches, inversePatches: done.inversePatches }),
    );
    const undone = revertEdit(done.practice, row, { actor: "jsmith", at: AT });
    expect(undone.ok && undone.practice.messaging.showRecipientsToPatients).toBe(true);
    const bad = { ...row, inversePatches: row.inversePatches.map((patch: object) => ({ ...patch, value: "yes" })) };
    const refused = revertEdit(done.practice, bad, { actor: "jsmith", at: AT });
    expect(codeAndPath(refused)).toEqual(["invalid_edit", ["messaging", "showRecipientsToPatients"]]);
  });
});

describe("applyEdit: upsert_group with patientLabel", () => {
  const group = { name: "Front Desk", members: ["jsmith", "kjones"], patientLabel: "Front desk team" };

  it("adds, changes and removes the label, with summaries", () => {
    const labelled = applied(edits.upsertGroup({ id: "front-desk", group }));
    expect(labelled.groups["front-desk"]).toEqual(group);
    expect(roundTrip(labelled)).toEqual(labelled);
    expect(outcome(edits.upsertGroup({ id: "front-desk", group }))).toMatchInlineSnapshot(
      `"Jane Smith updated group Front Desk: shown to patients as Front desk team (was: by its name)."`,
    );
    const unlabelled = edits.upsertGroup({ id: "front-desk", group: { name: "Front Desk", members: group.members } });
    expect(outcome(unlabelled, "jsmith", labelled)).toMatchInlineSnapshot(
      `"Jane Smith updated group Front Desk: shown to patients by its name (was: as Front desk team)."`,
    );
    expect(outcome(edits.upsertGroup({ id: "desk-2", group }))).toMatchInlineSnapshot(
      `"Jane Smith created group Front Desk with Jane Smith and Kim Jones, shown to patients as Front desk team."`,
    );
  });

  it("is undone by revertEdit, which refuses a stored label the format does not allow", () => {
    const labelled = applied(edits.upsertGroup({ id: "front-desk", group }));
    const plain = edits.upsertGroup({ id: "front-desk", group: { name: "Front Desk", members: group.members } });
    const done = applyEdit(labelled, plain, { actor: "jsmith", at: AT });
    if (!done.ok) throw new Error("refused");
    const row = JSON.parse(
      JSON.stringify({ ...done.audit, patches: done.patches, inversePatches: done.inversePatches }),
    );
    const undone = revertEdit(done.practice, row, { actor: "jsmith", at: AT });
    expect(undone.ok && undone.practice.groups["front-desk"]).toEqual(group);
    const bad = row.inversePatches.map((patch: { path: string[]; value?: object }) =>
      patch.path[0] === "groups" ? { ...patch, value: { ...patch.value, patientLabel: "" } } : patch,
    );
    const refused = revertEdit(done.practice, { ...row, inversePatches: bad }, { actor: "jsmith", at: AT });
    expect(codeAndPath(refused)).toEqual(["invalid_edit", ["groups", "front-desk"]]);
  });

  it("refuses an empty or overlong label", () => {
    expect(
      refusal(edits.upsertGroup({ id: "front-desk", group: { ...group, patientLabel: "" } })),
    ).toMatchInlineSnapshot(`
      [
        [
          "invalid_type",
          "group.patientLabel",
          "Must not be empty.",
        ],
      ]
    `);
    expect(
      refusal(edits.upsertGroup({ id: "front-desk", group: { ...group, patientLabel: "é".repeat(201) } })),
    ).toMatchInlineSnapshot(`
      [
        [
          "limit_exceeded",
          "group.patientLabel",
          "Longer than the limit of 200 characters.",
        ],
      ]
    `);
    expect(
      refusal(edits.upsertGroup({ id: "front-desk", group: { ...group, patientLabel: "é".repeat(200) } })),
    ).toMatch(/^Jane Smith updated group/);
  });
});

describe("care_team recipients in edits", () => {
  const careTeam = [{ type: "care_team" }, { type: "member", id: "jsmith" }] as const;

  it("are accepted in every table and named in summaries", () => {
    expect(
      outcome(edits.setRoute({ providerId: "crusher", category: "health_question", recipients: careTeam })),
    ).toMatchInlineSnapshot(
      `"Jane Smith routed Question About My Health for Beverly Crusher's patients to the patient's care team and Jane Smith (was: the assigned provider)."`,
    );
    expect(
      outcome(edits.setRoute({ providerId: null, category: "health_question", recipients: careTeam })),
    ).toMatchInlineSnapshot(
      `"Jane Smith routed Question About My Health in the default table to the patient's care team and Jane Smith (was: the assigned provider)."`,
    );
    expect(
      outcome(edits.setRoute({ table: "after_hours", category: "health_question", recipients: careTeam })),
    ).toMatchInlineSnapshot(
      `"Jane Smith routed Question About My Health after hours to the patient's care team and Jane Smith (was: On Call)."`,
    );
    expect(
      outcome(
        edits.setRouteForAllProviders({ category: "referrals", recipients: [{ type: "care_team" }], mode: "add" }),
      ),
    ).toMatchInlineSnapshot(
      `"Jane Smith added the patient's care team to Referrals for every active provider (2 provider tables changed)."`,
    );
    const next = applied(edits.setRoute({ providerId: null, category: "health_question", recipients: careTeam }));
    expect(validatePractice(next).valid).toBe(true);
    expect(roundTrip(next)).toEqual(next);
  });

  it("stay in place through replace_member and copy_routing", () => {
    const routed = applied(
      edits.setRoute({ providerId: "crusher", category: "health_question", recipients: careTeam }),
    );
    const replaced = applied(edits.replaceMember({ from: "jsmith", to: "kjones" }), routed);
    expect(replaced.routing.crusher?.health_question).toEqual([
      { type: "care_team" },
      { type: "member", id: "kjones" },
    ]);
    const copied = applied(edits.copyRouting({ from: "crusher", to: ["oselkin"] }), routed);
    expect(copied.routing.oselkin?.health_question).toEqual(careTeam);
  });
});

describe("diffPractices: patient fields", () => {
  it("lists eligibility, showRecipientsToPatients and patient labels in the format's order", () => {
    const before = samplePractice();
    const after = [
      edits.setEligibility({ eligibility: yearly }),
      edits.setShowRecipients({ enabled: true }),
      edits.upsertGroup({ id: "nurses", group: { name: "Nurses", members: ["lpatel"], patientLabel: "Your nurses" } }),
    ].reduce((practice, edit) => applied(edit, practice), before);
    expect(diffPractices(before, after).map(({ path, summary }) => [path.join("."), summary])).toMatchInlineSnapshot(`
      [
        [
          "revision",
          "Revision went from 0 to 3.",
        ],
        [
          "messaging.showRecipientsToPatients",
          "Patients are now shown who will receive their messages.",
        ],
        [
          "messaging.eligibility",
          "Eligibility set to patients seen in the last 365 days (Question About My Health: 90 days); was: any patient.",
        ],
        [
          "groups.nurses.patientLabel",
          "Patients now see Nurses as Your nurses (was: by its name).",
        ],
      ]
    `);
    expect(diffPractices(after, before).map(({ summary }) => summary)).toMatchInlineSnapshot(`
      [
        "Revision went from 3 to 0.",
        "Patients are no longer shown who will receive their messages.",
        "Eligibility removed: any patient may start a message; was: patients seen in the last 365 days (Question About My Health: 90 days).",
        "Patients now see Nurses by its name (was: as Your nurses).",
      ]
    `);
  });

  it("tells a showRecipientsToPatients written out as false from one left out", () => {
    const before = samplePractice();
    const after = { ...before, messaging: { ...before.messaging, showRecipientsToPatients: false } };
    expect(diffPractices(before, after).map(({ summary }) => summary)).toMatchInlineSnapshot(`
      [
        "Patients are still not shown who will receive their messages (the setting was written out).",
      ]
    `);
  });
});
