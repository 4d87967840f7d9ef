import { describe, expect, it } from "vitest";
import { applyEdit } from "../../src/edit/applyEdit.js";
import { diffPractices } from "../../src/edit/diffPractices.js";
import { parseStoredEdit } from "../../src/edit/parseStoredEdit.js";
import { revertEdit } from "../../src/edit/revertEdit.js";
import type { Edit, EditSuccess } from "../../src/edit/types.js";
import { deepFreeze } from "../../src/internal/freeze.js";
import { LIMITS } from "../../src/model/limits.js";
import type { Practice } from "../../src/model/types.js";
import { parsePractice } from "../../src/parse/parsePractice.js";
import { serializePractice } from "../../src/serialize/serializePractice.js";
import { AT, sitedPractice } from "./helpers.js";

const ctx = { actor: "jsmith", at: AT };

function done(edit: Edit, practice: Practice): EditSuccess {
  const result = applyEdit(practice, edit, ctx);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

const summaries = (before: Practice, after: Practice) => diffPractices(before, after).map((change) => change.summary);

const LOCATION_EDITS: readonly Edit[] = [
  { type: "upsert_location", id: "west", location: { name: "West clinic" } },
  { type: "upsert_location", id: "north", location: { name: "North site" } },
  { type: "remove_location", id: "south" },
  {
    type: "set_route",
    table: "location",
    locationId: "south",
    category: "referrals",
    recipients: [{ type: "group", id: "nurses" }],
  },
  { type: "set_route", table: "location", locationId: "north", category: "appointments", recipients: [] },
  { type: "copy_routing", from: { locationId: "north" }, to: ["crusher", { locationId: "south" }] },
  { type: "copy_routing", from: { locationId: "south" }, to: [{ locationId: "north" }] },
  { type: "replace_member", from: "kjones", to: "mreyes" },
  {
    type: "upsert_member",
    id: "lpatel",
    member: { name: "Lena Patel", role: "staff", admin: false, active: true, locations: ["south", "north"] },
  },
  { type: "upsert_group", id: "nurses", group: { name: "Nurses", members: ["lpatel"], delivery: "sticky" } },
];

describe("diffPractices with locations", () => {
  it("names locations, location cells, member locations and group delivery, in config order", () => {
    const before = sitedPractice();
    const steps: Edit[] = [
      { type: "upsert_location", id: "west", location: { name: "West clinic" } },
      { type: "upsert_location", id: "north", location: { name: "North site" } },
      LOCATION_EDITS[3] as Edit,
      { type: "copy_routing", from: { locationId: "north" }, to: ["crusher"] },
      { type: "upsert_group", id: "nurses", group: { name: "Nurses", members: ["lpatel"], delivery: "pool" } },
      {
        type: "upsert_member",
        id: "kjones",
        member: { name: "Kim Jones", role: "staff", admin: false, active: true, locations: ["west", "north"] },
      },
    ];
    const after = steps.reduce((practice, edit) => done(edit, practice).practice, before);
    expect(summaries(before, after)).toMatchInlineSnapshot(`
      [
        "Revision went from 4 to 10.",
        "Renamed location North clinic to North site.",
        "Added location West clinic.",
        "Kim Jones now works at West clinic and North site (was: North clinic).",
        "Delivery of Nurses changed to: one shared copy for the group (was: each member gets a copy).",
        "Appointments for Beverly Crusher's patients now go to Kim Jones (was: Jane Smith).",
        "Prescriptions & Refills for Beverly Crusher's patients now use the default table (was: Nurses and the assigned provider).",
        "Question About My Health for Beverly Crusher's patients now use the default table (was: the assigned provider).",
        "Referrals at South clinic now go to Nurses (was: the default table).",
      ]
    `);
    expect(summaries(after, before)).toMatchInlineSnapshot(`
      [
        "Revision went from 10 to 4.",
        "Renamed location North site to North clinic.",
        "Removed location West clinic.",
        "Kim Jones now works at North clinic (was: West clinic and North site).",
        "Delivery of Nurses changed to: each member gets a copy (was: one shared copy for the group).",
        "Appointments for Beverly Crusher's patients now go to Jane Smith (was: Kim Jones).",
        "Prescriptions & Refills for Beverly Crusher's patients now go to Nurses and the assigned provider (was: the default table).",
        "Question About My Health for Beverly Crusher's patients now go to the assigned provider (was: the default table).",
        "Referrals at South clinic now use the default table (was: Nurses).",
      ]
    `);
  });

  it("tells a cleared location cell and a removed empty table", () => {
    const before = sitedPractice();
    const after = done(
      { type: "set_route", table: "location", locationId: "north", category: "appointments", recipients: [] },
      before,
    ).practice;
    expect(diffPractices(before, after)).toMatchInlineSnapshot(`
      [
        {
          "path": [
            "revision",
          ],
          "summary": "Revision went from 4 to 5.",
        },
        {
          "path": [
            "locationRouting",
            "north",
            "appointments",
          ],
          "summary": "Appointments at North clinic now use the default table (was: Kim Jones).",
        },
      ]
    `);
  });
});

describe("revertEdit of location edits", () => {
  it.each(LOCATION_EDITS.map((edit) => [edit.type, edit] as const))(
    "undoes %s, from the result and from the stored edit, back to the same bytes",
    (_type, edit) => {
      const before = sitedPractice();
      const forward = done(edit, before);
      expect(forward.changed).toBe(true);
      const stored = parseStoredEdit(
        JSON.parse(
          JSON.stringify({ ...forward.audit, patches: forward.patches, inversePatches: forward.inversePatches }),
        ),
      );
      if (!stored.ok) throw new Error(JSON.stringify(stored.issues));
      for (const source of [forward, stored.storedEdit]) {
        const undone = revertEdit(forward.practice, source, ctx);
        if (!undone.ok) throw new Error(undone.error.message);
        expect(serializePractice({ ...undone.practice, revision: before.revision })).toBe(serializePractice(before));
        const redone = revertEdit(undone.practice, undone, ctx);
        if (!redone.ok) throw new Error(redone.error.message);
        expect(serializePractice({ ...redone.practice, revision: forward.practice.revision })).toBe(
          serializePractice(forward.practice),
        );
      }
    },
  );

  // Pinned counterexample of the model-based test: an empty `locationRouting` the edit found must come back.
  it("restores an empty locationRouting the practice had", () => {
    const parsed = parsePractice({ ...JSON.parse(serializePractice(sitedPractice())), locationRouting: {} });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const before = parsed.practice;
    expect(before.locationRouting).toEqual({});
    const forward = done(LOCATION_EDITS[3] as Edit, before);
    const undone = revertEdit(forward.practice, forward, ctx);
    expect(undone.ok && undone.practice.locationRouting).toEqual({});
    const cleared = done({ ...(LOCATION_EDITS[3] as Edit), recipients: [] } as Edit, forward.practice);
    expect(cleared.practice.locationRouting).toBeUndefined();
  });

  it("refuses an undo that would list a location removed since", () => {
    const kim = { name: "Kim Jones", role: "staff", admin: false, active: true } as const;
    const cleared = done(
      { type: "set_route", table: "location", locationId: "north", category: "appointments", recipients: [] },
      sitedPractice(),
    );
    const moved = done({ type: "upsert_member", id: "kjones", member: kim }, cleared.practice);
    const removed = done({ type: "remove_location", id: "north" }, moved.practice);
    const undone = revertEdit(removed.practice, moved, ctx);
    expect(undone.ok || [undone.error.code, undone.error.message]).toMatchInlineSnapshot(`
      [
        "introduces_errors",
        "The edit would introduce 1 validation error, first: Kim Jones works at location "north", which does not exist.",
      ]
    `);
  });

  it("refuses to add a location past the limit", () => {
    const locations = Object.fromEntries(
      Array.from({ length: LIMITS.locations }, (_, index) => [`site-${index}`, { name: `Site ${index}` }]),
    );
    const full = deepFreeze({ ...sitedPractice(), locations });
    const result = applyEdit(full, { type: "upsert_location", id: "one-more", location: { name: "One more" } }, ctx);
    expect(result.ok || result.error.message).toMatchInlineSnapshot(
      `"The practice already has the limit of 1000 locations."`,
    );
    const rename = applyEdit(full, { type: "upsert_location", id: "site-0", location: { name: "First" } }, ctx);
    expect(rename.ok && rename.audit.summary).toMatchInlineSnapshot(`"Jane Smith renamed location Site 0 to First."`);
  });

  it("refuses a stored patch that would leave locations empty", () => {
    const forward = done({ type: "upsert_location", id: "west", location: { name: "West clinic" } }, sitedPractice());
    const inversePatches = [{ op: "replace" as const, path: ["locations"], value: {} }, ...forward.inversePatches];
    const undone = revertEdit(forward.practice, { ...forward, inversePatches }, ctx);
    expect(undone.ok || undone.error).toMatchInlineSnapshot(`
      {
        "code": "invalid_edit",
        "issues": [
          {
            "code": "invalid_edit",
            "message": "The stored patch here does not fit the config format, so that edit cannot be undone.",
            "path": [
              "locations",
            ],
            "severity": "error",
          },
        ],
        "message": "The stored patch here does not fit the config format, so that edit cannot be undone.",
        "path": [
          "locations",
        ],
      }
    `);
  });
});
