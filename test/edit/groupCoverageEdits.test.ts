import { describe, expect, it } from "vitest";
import { applied, outcome } from "./helpers.js";

const away = { member: "lpatel", from: "2026-07-01T00:00:00Z", until: "2026-07-15T00:00:00Z", coveredBy: "kjones" };

describe("applyEdit: upsert_group", () => {
  it("creates and updates groups", () => {
    expect(
      outcome({ type: "upsert_group", id: "billing", group: { name: "Billing", members: ["kjones", "mreyes"] } }),
    ).toMatchInlineSnapshot(`"Jane Smith created group Billing with Kim Jones and Marco Reyes."`);
    expect(
      outcome({ type: "upsert_group", id: "nurses", group: { name: "Nursing", members: ["lpatel", "kjones"] } }),
    ).toMatchInlineSnapshot(
      `"Jane Smith updated group Nurses: renamed to Nursing; members now Lena Patel and Kim Jones (was: Lena Patel)."`,
    );
    expect(
      outcome({ type: "upsert_group", id: "nurses", group: { name: "Nursing", members: ["lpatel"] } }),
    ).toMatchInlineSnapshot(`"Jane Smith updated group Nurses: renamed to Nursing."`);
    expect(outcome({ type: "upsert_group", id: "empty", group: { name: "Empty", members: [] } })).toMatchInlineSnapshot(
      `"Jane Smith created group Empty with no members yet."`,
    );
  });

  it("rejects unknown members", () => {
    expect(
      outcome({ type: "upsert_group", id: "billing", group: { name: "Billing", members: ["kjones", "ghost"] } }),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid_edit",
        "issues": [
          {
            "code": "invalid_edit",
            "message": "There is no member with id ghost in this practice.",
            "path": [
              "group",
              "members",
              1,
            ],
            "severity": "error",
          },
        ],
        "message": "There is no member with id ghost in this practice.",
        "path": [
          "group",
          "members",
          1,
        ],
      }
    `);
  });
});

describe("applyEdit: remove_group", () => {
  it("removes a group no cell names", () => {
    const practice = applied({ type: "upsert_group", id: "billing", group: { name: "Billing", members: [] } });
    expect(outcome({ type: "remove_group", id: "billing" }, "jsmith", practice)).toMatchInlineSnapshot(
      `"Jane Smith removed group Billing."`,
    );
  });

  it("refuses to remove a group a cell still names, and unknown groups", () => {
    expect(outcome({ type: "remove_group", id: "front-desk" })).toMatchInlineSnapshot(`
      {
        "code": "introduces_errors",
        "issues": [
          {
            "code": "unknown_group",
            "message": "The default Appointments route names group "front-desk", which does not exist.",
            "path": [
              "defaultRouting",
              "appointments",
              0,
            ],
            "severity": "error",
          },
          {
            "code": "unknown_group",
            "message": "The default Referrals route names group "front-desk", which does not exist.",
            "path": [
              "defaultRouting",
              "referrals",
              0,
            ],
            "severity": "error",
          },
          {
            "code": "unknown_group",
            "message": "The default General Inquiry route names group "front-desk", which does not exist.",
            "path": [
              "defaultRouting",
              "general_inquiry",
              0,
            ],
            "severity": "error",
          },
        ],
        "message": "The edit would introduce 3 validation errors, first: The default Appointments route names group "front-desk", which does not exist.",
      }
    `);
    expect(outcome({ type: "remove_group", id: "ghost" })).toMatchInlineSnapshot(`
      {
        "code": "invalid_edit",
        "issues": [
          {
            "code": "invalid_edit",
            "message": "There is no group with id ghost in this practice.",
            "path": [
              "id",
            ],
            "severity": "error",
          },
        ],
        "message": "There is no group with id ghost in this practice.",
        "path": [
          "id",
        ],
      }
    `);
  });
});

describe("applyEdit: add_coverage", () => {
  it("adds an absence", () => {
    expect(outcome({ type: "add_coverage", id: "c3", coverage: away })).toMatchInlineSnapshot(
      `"Jane Smith added coverage c3: Lena Patel away from 30 Jun 2026, 8:00 PM EDT until 14 Jul 2026, 8:00 PM EDT, covered by Kim Jones."`,
    );
  });

  it("rejects a used id and unknown members", () => {
    expect(outcome({ type: "add_coverage", id: "c1", coverage: away })).toMatchInlineSnapshot(`
      {
        "code": "invalid_edit",
        "issues": [
          {
            "code": "invalid_edit",
            "message": "Coverage id c1 is already used; remove that entry first.",
            "path": [
              "id",
            ],
            "severity": "error",
          },
        ],
        "message": "Coverage id c1 is already used; remove that entry first.",
        "path": [
          "id",
        ],
      }
    `);
    expect(
      outcome({ type: "add_coverage", id: "c3", coverage: { ...away, coveredBy: "ghost" } }),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid_edit",
        "issues": [
          {
            "code": "invalid_edit",
            "message": "There is no member with id ghost in this practice.",
            "path": [
              "coverage",
              "coveredBy",
            ],
            "severity": "error",
          },
        ],
        "message": "There is no member with id ghost in this practice.",
        "path": [
          "coverage",
          "coveredBy",
        ],
      }
    `);
  });

  it("refuses cycles, self-coverage and empty ranges as introduced errors", () => {
    const cycle = {
      member: "kjones",
      from: "2026-12-02T00:00:00Z",
      until: "2026-12-03T00:00:00Z",
      coveredBy: "jsmith",
    };
    expect(outcome({ type: "add_coverage", id: "c3", coverage: cycle })).toMatchInlineSnapshot(`
      {
        "code": "introduces_errors",
        "issues": [
          {
            "code": "coverage_cycle",
            "message": "Coverage entries c1 and c3 form a cycle at 1 Dec 2026, 7:00 PM EST: Jane Smith is covered by Kim Jones, who is covered by Jane Smith.",
            "path": [
              "coverage",
              "c1",
            ],
            "severity": "error",
          },
        ],
        "message": "The edit would introduce 1 validation error, first: Coverage entries c1 and c3 form a cycle at 1 Dec 2026, 7:00 PM EST: Jane Smith is covered by Kim Jones, who is covered by Jane Smith.",
      }
    `);
    expect(
      outcome({ type: "add_coverage", id: "c3", coverage: { ...away, coveredBy: "lpatel" } }),
    ).toMatchInlineSnapshot(`
      {
        "code": "introduces_errors",
        "issues": [
          {
            "code": "self_coverage",
            "message": "Coverage c3 has Lena Patel covering their own absence.",
            "path": [
              "coverage",
              "c3",
              "coveredBy",
            ],
            "severity": "error",
          },
        ],
        "message": "The edit would introduce 1 validation error, first: Coverage c3 has Lena Patel covering their own absence.",
      }
    `);
    expect(outcome({ type: "add_coverage", id: "c3", coverage: { ...away, until: away.from } })).toMatchInlineSnapshot(`
      {
        "code": "introduces_errors",
        "issues": [
          {
            "code": "coverage_invalid_range",
            "message": "Coverage c3 for Lena Patel ends at or before the time it starts.",
            "path": [
              "coverage",
              "c3",
              "until",
            ],
            "severity": "error",
          },
        ],
        "message": "The edit would introduce 1 validation error, first: Coverage c3 for Lena Patel ends at or before the time it starts.",
      }
    `);
  });
});

describe("applyEdit: remove_coverage", () => {
  it("removes an absence", () => {
    expect(outcome({ type: "remove_coverage", id: "c1" })).toMatchInlineSnapshot(
      `"Jane Smith removed coverage c1 (Jane Smith away from 30 Nov 2026, 7:00 PM EST until 7 Dec 2026, 7:00 PM EST, covered by Kim Jones)."`,
    );
    expect(Object.keys(applied({ type: "remove_coverage", id: "c1" }).coverage)).toEqual(["c2"]);
  });

  it("rejects unknown ids", () => {
    expect(outcome({ type: "remove_coverage", id: "c9" })).toMatchInlineSnapshot(`
      {
        "code": "invalid_edit",
        "issues": [
          {
            "code": "invalid_edit",
            "message": "There is no coverage entry with id c9.",
            "path": [
              "id",
            ],
            "severity": "error",
          },
        ],
        "message": "There is no coverage entry with id c9.",
        "path": [
          "id",
        ],
      }
    `);
  });
});
