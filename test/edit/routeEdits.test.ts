import { describe, expect, it } from "vitest";
import { applyEdit } from "../../src/edit/applyEdit.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { AT, applied, outcome } from "./helpers.js";

const frontDesk = [{ type: "group", id: "front-desk" }] as const;

describe("applyEdit: set_route", () => {
  it("describes setting, adding and clearing cells", () => {
    expect(
      outcome({ type: "set_route", providerId: "crusher", category: "appointments", recipients: frontDesk }),
    ).toMatchInlineSnapshot(
      `"Jane Smith routed Appointments for Beverly Crusher's patients to Front Desk (was: Jane Smith)."`,
    );
    expect(
      outcome({ type: "set_route", providerId: "oselkin", category: "referrals", recipients: frontDesk }),
    ).toMatchInlineSnapshot(
      `"Jane Smith routed Referrals for Omar Selkin's patients to Front Desk (was: the default table)."`,
    );
    expect(
      outcome({ type: "set_route", providerId: "crusher", category: "appointments", recipients: [] }),
    ).toMatchInlineSnapshot(
      `"Jane Smith cleared Appointments for Beverly Crusher's patients; they now use the default table (was: Jane Smith)."`,
    );
    expect(
      outcome({
        type: "set_route",
        providerId: null,
        category: "referrals",
        recipients: [{ type: "member", id: "kjones" }, { type: "assigned_provider" }],
      }),
    ).toMatchInlineSnapshot(
      `"Jane Smith routed Referrals in the default table to Kim Jones and the assigned provider (was: Front Desk)."`,
    );
  });

  it("removes a provider's table with its last cell", () => {
    const once = applied({ type: "set_route", providerId: "oselkin", category: "test_results", recipients: [] });
    expect(once.routing.oselkin).toEqual({ health_question: samplePractice().routing.oselkin?.health_question });
    const twice = applied(
      { type: "set_route", providerId: "oselkin", category: "health_question", recipients: [] },
      once,
    );
    expect(Object.keys(twice.routing)).toEqual(["crusher"]);
  });

  it("changes nothing when clearing a cell that is not there", () => {
    expect(
      outcome({ type: "set_route", providerId: "oselkin", category: "referrals", recipients: [] }),
    ).toMatchInlineSnapshot(
      `"No change: Jane Smith cleared Referrals for Omar Selkin's patients; they now use the default table (was: the default table)."`,
    );
  });

  it("rejects bad arguments with a path", () => {
    expect(
      outcome({ type: "set_route", providerId: null, category: "referrals", recipients: [] }),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid_edit",
        "issues": [
          {
            "code": "invalid_edit",
            "message": "Every category of the default table needs at least one recipient.",
            "path": [
              "recipients",
            ],
            "severity": "error",
          },
        ],
        "message": "Every category of the default table needs at least one recipient.",
        "path": [
          "recipients",
        ],
      }
    `);
    expect(
      outcome({ type: "set_route", providerId: "kjones", category: "referrals", recipients: frontDesk }),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid_edit",
        "issues": [
          {
            "code": "invalid_edit",
            "message": "Member kjones is not a provider, so has no routing table.",
            "path": [
              "providerId",
            ],
            "severity": "error",
          },
        ],
        "message": "Member kjones is not a provider, so has no routing table.",
        "path": [
          "providerId",
        ],
      }
    `);
    expect(
      outcome({ type: "set_route", providerId: "ghost", category: "referrals", recipients: frontDesk }),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid_edit",
        "issues": [
          {
            "code": "invalid_edit",
            "message": "There is no member with id ghost in this practice.",
            "path": [
              "providerId",
            ],
            "severity": "error",
          },
        ],
        "message": "There is no member with id ghost in this practice.",
        "path": [
          "providerId",
        ],
      }
    `);
    expect(
      outcome({
        type: "set_route",
        providerId: "crusher",
        category: "referrals",
        recipients: [{ type: "assigned_provider" }, { type: "member", id: "ghost" }],
      }),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid_edit",
        "issues": [
          {
            "code": "invalid_edit",
            "message": "There is no member with id ghost in this practice.",
            "path": [
              "recipients",
              1,
              "id",
            ],
            "severity": "error",
          },
        ],
        "message": "There is no member with id ghost in this practice.",
        "path": [
          "recipients",
          1,
          "id",
        ],
      }
    `);
    expect(
      outcome({
        type: "set_route",
        providerId: "crusher",
        category: "referrals",
        recipients: [{ type: "group", id: "toString" }],
      }),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid_edit",
        "issues": [
          {
            "code": "invalid_edit",
            "message": "There is no group with id toString in this practice.",
            "path": [
              "recipients",
              0,
              "id",
            ],
            "severity": "error",
          },
        ],
        "message": "There is no group with id toString in this practice.",
        "path": [
          "recipients",
          0,
          "id",
        ],
      }
    `);
  });

  it("names ids only in its errors, never a member's free-text name", () => {
    const practice = applied({
      type: "upsert_member",
      id: "kjones",
      member: { name: "Kim Jones, SSN 078-05-1120", role: "staff", admin: false, active: true },
    });
    const edits = [
      { type: "set_route", providerId: "kjones", category: "referrals", recipients: frontDesk },
      { type: "copy_routing", from: "crusher", to: ["kjones"] },
    ] as const;
    for (const edit of edits) {
      const error = outcome(edit, "jsmith", practice) as { code: string; message: string };
      expect(error.code).toBe("invalid_edit");
      expect(error.message).not.toContain("SSN");
      expect(error.message).toContain("kjones");
    }
  });

  it("allows warnings such as an inactive recipient", () => {
    const practice = applied({
      type: "set_route",
      providerId: "crusher",
      category: "referrals",
      recipients: [{ type: "member", id: "mreyes" }],
    });
    expect(practice.routing.crusher?.referrals).toEqual([{ type: "member", id: "mreyes" }]);
  });
});

describe("applyEdit: set_route_for_all_providers", () => {
  it("replaces the cell of every active provider", () => {
    const edit = {
      type: "set_route_for_all_providers",
      category: "health_question",
      recipients: frontDesk,
      mode: "replace",
    } as const;
    expect(outcome(edit)).toMatchInlineSnapshot(
      `"Jane Smith routed Question About My Health to Front Desk for every active provider (2 provider tables changed)."`,
    );
    const practice = applied(edit);
    expect(practice.routing.crusher?.health_question).toEqual(frontDesk);
    expect(practice.routing.oselkin?.health_question).toEqual(frontDesk);
  });

  it("clears the cell of every active provider with replace and no recipients", () => {
    const edit = {
      type: "set_route_for_all_providers",
      category: "health_question",
      recipients: [],
      mode: "replace",
    } as const;
    expect(outcome(edit)).toMatchInlineSnapshot(
      `"Jane Smith cleared Question About My Health for every active provider; their patients now use the default table (2 provider tables changed)."`,
    );
    expect(applied(edit).routing.crusher?.health_question).toBeUndefined();
  });

  it("adds recipients without duplicates, starting from the default table where a provider has no cell", () => {
    const edit = {
      type: "set_route_for_all_providers",
      category: "appointments",
      recipients: [
        { type: "member", id: "jsmith" },
        { type: "member", id: "lpatel" },
      ],
      mode: "add",
    } as const;
    expect(outcome(edit)).toMatchInlineSnapshot(
      `"Jane Smith added Jane Smith and Lena Patel to Appointments for every active provider (2 provider tables changed)."`,
    );
    const practice = applied(edit);
    expect(practice.routing.crusher?.appointments).toEqual([
      { type: "member", id: "jsmith" },
      { type: "member", id: "lpatel" },
    ]);
    expect(practice.routing.oselkin?.appointments).toEqual([
      { type: "group", id: "front-desk" },
      { type: "member", id: "jsmith" },
      { type: "member", id: "lpatel" },
    ]);
  });

  it("changes nothing in add mode when every provider already gets those recipients from the default cell", () => {
    const practice = samplePractice();
    const edit = {
      type: "set_route_for_all_providers",
      category: "referrals",
      recipients: frontDesk,
      mode: "add",
    } as const;
    const result = applyEdit(practice, edit, { actor: "jsmith", at: AT });
    expect(result.ok && result.changed).toBe(false);
    expect(result.ok && result.practice).toBe(practice);
  });

  it("still writes an explicit cell in replace mode when it equals the default cell", () => {
    const edit = {
      type: "set_route_for_all_providers",
      category: "referrals",
      recipients: frontDesk,
      mode: "replace",
    } as const;
    expect(applied(edit).routing.oselkin?.referrals).toEqual(frontDesk);
  });

  it("fills only the providers without the cell", () => {
    const edit = {
      type: "set_route_for_all_providers",
      category: "test_results",
      recipients: frontDesk,
      mode: "fill_empty",
    } as const;
    expect(outcome(edit)).toMatchInlineSnapshot(
      `"Jane Smith routed Lab or Other Test Results to Front Desk for every active provider without their own Lab or Other Test Results routing (1 provider table changed)."`,
    );
    const practice = applied(edit);
    expect(practice.routing.crusher?.test_results).toEqual(frontDesk);
    expect(practice.routing.oselkin?.test_results).toEqual([{ type: "group", id: "nurses" }]);
  });

  it("leaves inactive providers alone", () => {
    const practice = applied({
      type: "upsert_member",
      id: "oselkin",
      member: { name: "Omar Selkin", role: "provider", admin: false, active: false },
    });
    const next = applied(
      { type: "set_route_for_all_providers", category: "test_results", recipients: frontDesk, mode: "replace" },
      practice,
    );
    expect(next.routing.oselkin).toBe(practice.routing.oselkin);
  });

  it("rejects an empty list outside replace mode, unknown recipients and overfull cells", () => {
    expect(
      outcome({ type: "set_route_for_all_providers", category: "referrals", recipients: [], mode: "add" }),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid_edit",
        "issues": [
          {
            "code": "invalid_edit",
            "message": "Mode add needs at least one recipient.",
            "path": [
              "recipients",
            ],
            "severity": "error",
          },
        ],
        "message": "Mode add needs at least one recipient.",
        "path": [
          "recipients",
        ],
      }
    `);
    expect(
      outcome({
        type: "set_route_for_all_providers",
        category: "referrals",
        recipients: [{ type: "group", id: "ghost" }],
        mode: "replace",
      }),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid_edit",
        "issues": [
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
        "message": "There is no group with id ghost in this practice.",
        "path": [
          "recipients",
          0,
          "id",
        ],
      }
    `);
    const many = Array.from(
      { length: 50 },
      (_, index) => ({ type: "member", id: index % 2 === 0 ? "kjones" : "lpatel" }) as const,
    );
    const full = applied({ type: "set_route", providerId: "crusher", category: "referrals", recipients: many });
    expect(
      outcome(
        {
          type: "set_route_for_all_providers",
          category: "referrals",
          recipients: [{ type: "member", id: "jsmith" }],
          mode: "add",
        },
        "jsmith",
        full,
      ),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid_edit",
        "issues": [
          {
            "code": "invalid_edit",
            "message": "The Referrals cell of provider crusher would have more than the limit of 50 recipients.",
            "path": [
              "recipients",
            ],
            "severity": "error",
          },
        ],
        "message": "The Referrals cell of provider crusher would have more than the limit of 50 recipients.",
        "path": [
          "recipients",
        ],
      }
    `);
  });
});

describe("applyEdit: copy_routing", () => {
  it("makes each target an exact copy of the source table", () => {
    expect(outcome({ type: "copy_routing", from: "crusher", to: ["oselkin", "oselkin"] })).toMatchInlineSnapshot(
      `"Jane Smith copied Beverly Crusher's routing to Omar Selkin."`,
    );
    const practice = applied({ type: "copy_routing", from: "crusher", to: ["oselkin"] });
    expect(practice.routing.oselkin).toEqual(samplePractice().routing.crusher);
  });

  it("removes the targets' tables when the source has none", () => {
    const practice = applied({ type: "set_route", providerId: "oselkin", category: "test_results", recipients: [] });
    const cleared = applied(
      { type: "set_route", providerId: "oselkin", category: "health_question", recipients: [] },
      practice,
    );
    expect(
      outcome({ type: "copy_routing", from: "oselkin", to: ["crusher"] }, "jsmith", cleared),
    ).toMatchInlineSnapshot(
      `"Jane Smith copied Omar Selkin's routing (none: they now use the default table) to Beverly Crusher."`,
    );
    expect(applied({ type: "copy_routing", from: "oselkin", to: ["crusher"] }, cleared).routing).toEqual({});
  });

  it("rejects a source or target that is not a provider", () => {
    expect(outcome({ type: "copy_routing", from: "kjones", to: ["crusher"] })).toMatchInlineSnapshot(`
      {
        "code": "invalid_edit",
        "issues": [
          {
            "code": "invalid_edit",
            "message": "Member kjones is not a provider, so has no routing table.",
            "path": [
              "from",
            ],
            "severity": "error",
          },
        ],
        "message": "Member kjones is not a provider, so has no routing table.",
        "path": [
          "from",
        ],
      }
    `);
    expect(outcome({ type: "copy_routing", from: "crusher", to: ["oselkin", "ghost"] })).toMatchInlineSnapshot(`
      {
        "code": "invalid_edit",
        "issues": [
          {
            "code": "invalid_edit",
            "message": "There is no member with id ghost in this practice.",
            "path": [
              "to",
              1,
            ],
            "severity": "error",
          },
        ],
        "message": "There is no member with id ghost in this practice.",
        "path": [
          "to",
          1,
        ],
      }
    `);
  });
});
