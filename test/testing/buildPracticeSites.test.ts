import { describe, expect, it } from "vitest";
import { parsePracticeJson } from "../../src/parse/parsePracticeJson.js";
import { resolveRecipients } from "../../src/resolve/resolveRecipients.js";
import { serializePractice } from "../../src/serialize/serializePractice.js";
import { buildPractice } from "../../src/testing/builders/buildPractice.js";
import type { BuildPracticeOptions } from "../../src/testing/builders/types.js";
import { validatePractice } from "../../src/validate/validatePractice.js";

const options = (): BuildPracticeOptions => ({
  providers: { crusher: { name: "Beverly Crusher", locations: ["north"] } },
  staff: {
    jsmith: { name: "Jane Smith", admin: true },
    kjones: { name: "Kim Jones", locations: ["north", "south"] },
    lpatel: "Lena Patel",
  },
  locations: { north: "North Clinic", south: { name: "South Clinic" } },
  groups: {
    desk: { members: ["jsmith", "kjones"], delivery: "each" },
    nurses: { members: ["kjones", "lpatel"], delivery: "pool" },
    pod: { name: "Care Pod", members: ["kjones", "lpatel"], delivery: "sticky" },
  },
  locationRoutes: { north: { referrals: ["nurses"], general_inquiry: ["pod"] }, south: {} },
  defaultRoute: { referrals: ["desk"], general_inquiry: ["desk"] },
});

describe("buildPractice and sites and pools", () => {
  it("builds locations, members' locations, location tables and delivery, valid and in canonical order", () => {
    const practice = buildPractice(options());
    expect(practice.locations).toEqual({ north: { name: "North Clinic" }, south: { name: "South Clinic" } });
    expect(practice.members.kjones).toEqual({
      name: "Kim Jones",
      role: "staff",
      admin: false,
      active: true,
      locations: ["north", "south"],
    });
    expect(practice.members.lpatel?.locations).toBeUndefined();
    expect(practice.locationRouting).toEqual({
      north: { referrals: [{ type: "group", id: "nurses" }], general_inquiry: [{ type: "group", id: "pod" }] },
      south: {},
    });
    expect(Object.values(practice.groups).map((group) => group.delivery)).toEqual(["each", "pool", "sticky"]);
    expect(validatePractice(practice).issues.filter((issue) => issue.severity === "error")).toEqual([]);
    const text = serializePractice(practice);
    const parsed = parsePracticeJson(text);
    expect(parsed.ok && serializePractice(parsed.practice)).toBe(text);
    expect(Object.isFrozen(practice.members.kjones?.locations)).toBe(true);
  });

  it("routes through a location table to a pool and to a sticky member", () => {
    const practice = buildPractice(options());
    const at = "2026-12-07T15:00:00Z";
    const pool = resolveRecipients(practice, { category: "referrals", locationId: "north", at });
    expect(pool.ok && [pool.route, pool.recipients, pool.pools]).toEqual([
      "location_table",
      ["kjones", "lpatel"],
      [{ groupId: "nurses", members: ["kjones", "lpatel"] }],
    ]);
    const sticky = resolveRecipients(practice, {
      category: "general_inquiry",
      locationId: "north",
      at,
      patient: { id: "p-1" },
    });
    expect(
      sticky.ok && sticky.recipients.length === 1 && ["kjones", "lpatel"].includes(sticky.recipients[0] as string),
    ).toBe(true);
    expect(sticky.trace.some((step) => step.kind === "sticky" && step.groupId === "pod")).toBe(true);
  });

  it("leaves out the site fields when none are given", () => {
    const practice = buildPractice({ staff: { kjones: "Kim Jones" }, groups: { desk: ["kjones"] } });
    expect([practice.locations, practice.locationRouting, practice.groups.desk?.delivery]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("refuses a member location or a table naming no location, and leaves its input untouched", () => {
    const given = options();
    const before = structuredClone(given);
    buildPractice(given);
    expect(given).toEqual(before);
    expect(() =>
      buildPractice({ staff: { kjones: { name: "Kim Jones", locations: ["west"] } } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: buildPractice: member "kjones" works at "west", which is not a location.]`,
    );
    expect(() =>
      buildPractice({ staff: { kjones: "Kim Jones" }, locationRoutes: { west: { referrals: ["kjones"] } } }),
    ).toThrowErrorMatchingInlineSnapshot(`[TypeError: buildPractice: locationRoutes: "west" is not a location.]`);
    expect(() =>
      buildPractice({ locations: { north: "North" }, locationRoutes: { north: { referrals: ["ghost"] } } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: buildPractice: locationRoutes.north.referrals: "ghost" is neither a member nor a group.]`,
    );
  });
});
