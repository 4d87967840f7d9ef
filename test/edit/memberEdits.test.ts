import { describe, expect, it } from "vitest";
import type { Member } from "../../src/model/types.js";
import { applied, outcome } from "./helpers.js";

const staff = (name: string, extra: Partial<Member> = {}): Member => ({
  name,
  role: "staff",
  admin: false,
  active: true,
  ...extra,
});

describe("applyEdit: replace_member", () => {
  it("replaces a member in cells, the default table, groups and coverage", () => {
    expect(outcome({ type: "replace_member", from: "jsmith", to: "lpatel" })).toMatchInlineSnapshot(
      `"Jane Smith replaced Jane Smith with Lena Patel in 2 routing cells, 1 group and 1 coverage entry."`,
    );
    const practice = applied({ type: "replace_member", from: "jsmith", to: "lpatel" });
    expect(practice.routing.crusher?.appointments).toEqual([{ type: "member", id: "lpatel" }]);
    expect(practice.defaultRouting.prescriptions).toEqual([
      { type: "assigned_provider" },
      { type: "member", id: "lpatel" },
    ]);
    expect(practice.groups["front-desk"]?.members).toEqual(["lpatel", "kjones"]);
    expect(practice.coverage.c1?.member).toBe("lpatel");
  });

  it("keeps the first place of a member who was already there", () => {
    const practice = applied({ type: "replace_member", from: "jsmith", to: "kjones" });
    expect(practice.groups["front-desk"]?.members).toEqual(["kjones"]);
    const withBoth = applied({
      type: "set_route",
      providerId: "crusher",
      category: "referrals",
      recipients: [
        { type: "member", id: "kjones" },
        { type: "member", id: "lpatel" },
        { type: "member", id: "jsmith" },
      ],
    });
    const next = applied({ type: "replace_member", from: "jsmith", to: "kjones" }, withBoth);
    expect(next.routing.crusher?.referrals).toEqual([
      { type: "member", id: "kjones" },
      { type: "member", id: "lpatel" },
    ]);
  });

  it("drops coverage that would become self-coverage", () => {
    expect(outcome({ type: "replace_member", from: "kjones", to: "jsmith" })).toMatchInlineSnapshot(
      `"Jane Smith replaced Kim Jones with Jane Smith in 1 group and removed 1 coverage entry that would have been self-coverage."`,
    );
    const { coverage } = applied({ type: "replace_member", from: "kjones", to: "jsmith" });
    expect(Object.keys(coverage)).toEqual(["c2"]); // c1 (jsmith covered by kjones) is gone; lpatel's c2 stays
  });

  it("says so when the member is named nowhere", () => {
    expect(outcome({ type: "replace_member", from: "mreyes", to: "lpatel" })).toMatchInlineSnapshot(
      `"No change: Jane Smith replaced Marco Reyes with Lena Patel: Marco Reyes is named nowhere."`,
    );
  });

  it("rejects unknown members and replacing someone with themselves", () => {
    expect(outcome({ type: "replace_member", from: "ghost", to: "lpatel" })).toMatchInlineSnapshot(`
      {
        "code": "invalid_edit",
        "issues": [
          {
            "code": "invalid_edit",
            "message": "There is no member with id ghost in this practice.",
            "path": [
              "from",
            ],
            "severity": "error",
          },
        ],
        "message": "There is no member with id ghost in this practice.",
        "path": [
          "from",
        ],
      }
    `);
    expect(outcome({ type: "replace_member", from: "lpatel", to: "ghost" })).toMatchInlineSnapshot(`
      {
        "code": "invalid_edit",
        "issues": [
          {
            "code": "invalid_edit",
            "message": "There is no member with id ghost in this practice.",
            "path": [
              "to",
            ],
            "severity": "error",
          },
        ],
        "message": "There is no member with id ghost in this practice.",
        "path": [
          "to",
        ],
      }
    `);
    expect(outcome({ type: "replace_member", from: "lpatel", to: "lpatel" })).toMatchInlineSnapshot(`
      {
        "code": "invalid_edit",
        "issues": [
          {
            "code": "invalid_edit",
            "message": "A member cannot replace themselves.",
            "path": [
              "to",
            ],
            "severity": "error",
          },
        ],
        "message": "A member cannot replace themselves.",
        "path": [
          "to",
        ],
      }
    `);
  });
});

describe("applyEdit: upsert_member", () => {
  it("adds a member", () => {
    expect(outcome({ type: "upsert_member", id: "alee", member: staff("Ann Lee") })).toMatchInlineSnapshot(
      `"Jane Smith added staff member Ann Lee."`,
    );
    expect(
      outcome({
        type: "upsert_member",
        id: "druiz",
        member: { name: "Ana Ruiz", role: "provider", admin: true, active: false },
      }),
    ).toMatchInlineSnapshot(`"Jane Smith added provider Ana Ruiz as an admin (inactive)."`);
  });

  it("updates a member, naming each change", () => {
    expect(
      outcome({ type: "upsert_member", id: "kjones", member: staff("Kim Smith", { admin: true }) }),
    ).toMatchInlineSnapshot(`"Jane Smith updated member Kim Jones: renamed to Kim Smith, made an admin."`);
    expect(
      outcome({
        type: "upsert_member",
        id: "mreyes",
        member: { name: "Marco Reyes", role: "provider", admin: false, active: true },
      }),
    ).toMatchInlineSnapshot(`"Jane Smith updated member Marco Reyes: made a provider, activated."`);
    expect(outcome({ type: "upsert_member", id: "kjones", member: staff("Kim Jones") })).toMatchInlineSnapshot(
      `"No change: Jane Smith updated member Kim Jones: no field changed."`,
    );
  });

  it("refuses changes that add validation errors", () => {
    expect(outcome({ type: "upsert_member", id: "crusher", member: staff("Beverly Crusher") })).toMatchInlineSnapshot(`
      {
        "code": "introduces_errors",
        "issues": [
          {
            "code": "not_a_provider",
            "message": "The routing table "crusher" belongs to Beverly Crusher, who is not a provider, so it is never used.",
            "path": [
              "routing",
              "crusher",
            ],
            "severity": "error",
          },
        ],
        "message": "The edit would introduce 1 validation error, first: The routing table "crusher" belongs to Beverly Crusher, who is not a provider, so it is never used.",
      }
    `);
    expect(outcome({ type: "upsert_member", id: "jsmith", member: staff("Jane Smith") })).toMatchInlineSnapshot(`
      {
        "code": "introduces_errors",
        "issues": [
          {
            "code": "no_active_admin",
            "message": "No member is an active admin: nobody can change the messaging settings, and messages that reach nobody else have no backstop.",
            "path": [
              "members",
            ],
            "severity": "error",
          },
        ],
        "message": "The edit would introduce 1 validation error, first: No member is an active admin: nobody can change the messaging settings, and messages that reach nobody else have no backstop.",
      }
    `);
  });
});

describe("applyEdit: set_member_active", () => {
  it("deactivates and activates members", () => {
    expect(outcome({ type: "set_member_active", id: "kjones", active: false })).toMatchInlineSnapshot(
      `"Jane Smith deactivated Kim Jones."`,
    );
    expect(outcome({ type: "set_member_active", id: "mreyes", active: true })).toMatchInlineSnapshot(
      `"Jane Smith activated Marco Reyes."`,
    );
  });

  it("refuses to deactivate the last active admin, and unknown ids", () => {
    expect(outcome({ type: "set_member_active", id: "jsmith", active: false })).toMatchInlineSnapshot(`
      {
        "code": "introduces_errors",
        "issues": [
          {
            "code": "no_active_admin",
            "message": "No member is an active admin: nobody can change the messaging settings, and messages that reach nobody else have no backstop.",
            "path": [
              "members",
            ],
            "severity": "error",
          },
        ],
        "message": "The edit would introduce 1 validation error, first: No member is an active admin: nobody can change the messaging settings, and messages that reach nobody else have no backstop.",
      }
    `);
    expect(outcome({ type: "set_member_active", id: "ghost", active: false })).toMatchInlineSnapshot(`
      {
        "code": "invalid_edit",
        "issues": [
          {
            "code": "invalid_edit",
            "message": "There is no member with id ghost in this practice.",
            "path": [
              "id",
            ],
            "severity": "error",
          },
        ],
        "message": "There is no member with id ghost in this practice.",
        "path": [
          "id",
        ],
      }
    `);
  });
});
