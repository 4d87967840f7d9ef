import { describe, expect, it } from "vitest";
import { applyEdit } from "../../src/edit/applyEdit.js";
import { edits } from "../../src/edit/edits.js";
import { EDIT_TYPES } from "../../src/edit/schema.js";
import type { Edit } from "../../src/edit/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { AT } from "./helpers.js";

const ann = { name: "Ann Lee", role: "staff", admin: false, active: true } as const;
const away = { member: "lpatel", from: "2026-07-01T00:00:00Z", until: "2026-07-15T00:00:00Z", coveredBy: "kjones" };
const nurses = [{ type: "group", id: "nurses" }] as const;

const cases: [Edit, Edit][] = [
  [edits.setMessaging({ enabled: false }), { type: "set_messaging", enabled: false }],
  [edits.setReplies({ enabled: false }), { type: "set_replies", enabled: false }],
  [
    edits.setCategoryEnabled({ category: "referrals", enabled: false }),
    { type: "set_category_enabled", category: "referrals", enabled: false },
  ],
  [
    edits.setRoute({ providerId: "crusher", category: "referrals", recipients: nurses }),
    { type: "set_route", providerId: "crusher", category: "referrals", recipients: nurses },
  ],
  [
    edits.setRouteForAllProviders({ category: "referrals", recipients: nurses, mode: "add" }),
    { type: "set_route_for_all_providers", category: "referrals", recipients: nurses, mode: "add" },
  ],
  [edits.copyRouting({ from: "crusher", to: ["oselkin"] }), { type: "copy_routing", from: "crusher", to: ["oselkin"] }],
  [edits.replaceMember({ from: "kjones", to: "lpatel" }), { type: "replace_member", from: "kjones", to: "lpatel" }],
  [edits.upsertMember({ id: "alee", member: ann }), { type: "upsert_member", id: "alee", member: ann }],
  [edits.setMemberActive({ id: "kjones", active: false }), { type: "set_member_active", id: "kjones", active: false }],
  [
    edits.upsertGroup({ id: "billing", group: { name: "Billing", members: [] } }),
    { type: "upsert_group", id: "billing", group: { name: "Billing", members: [] } },
  ],
  [edits.removeGroup({ id: "nurses" }), { type: "remove_group", id: "nurses" }],
  [edits.addCoverage({ id: "c3", coverage: away }), { type: "add_coverage", id: "c3", coverage: away }],
  [edits.removeCoverage({ id: "c1" }), { type: "remove_coverage", id: "c1" }],
  [edits.setTimeZone({ timeZone: "Europe/London" }), { type: "set_time_zone", timeZone: "Europe/London" }],
  [edits.setSchedule({ schedule: null }), { type: "set_schedule", schedule: null }],
  [edits.setResponseDays({ days: 3 }), { type: "set_response_days", days: 3 }],
];

describe("edits", () => {
  it.each(cases.map(([built, expected]) => [expected.type, built, expected] as const))(
    "%s builds the plain edit, type first",
    (type, built, expected) => {
      expect(built).toStrictEqual(expected);
      expect(Object.keys(built)[0]).toBe("type");
      expect(applyEdit(samplePractice(), built, { actor: "jsmith", at: AT }).ok).toBe(type !== "remove_group");
    },
  );

  it("builds an after-hours set_route with the same constructor", () => {
    const built = edits.setRoute({ table: "after_hours", category: "referrals", recipients: nurses });
    expect(built).toStrictEqual({ type: "set_route", table: "after_hours", category: "referrals", recipients: nurses });
    expect(applyEdit(samplePractice(), built, { actor: "jsmith", at: AT }).ok).toBe(true);
  });

  it("has one constructor per edit type, named after it in camelCase, and is frozen", () => {
    const camel = (type: string) => type.replace(/_(.)/g, (_, letter: string) => letter.toUpperCase());
    expect(Object.keys(edits)).toEqual(EDIT_TYPES.map(camel));
    expect(Object.isFrozen(edits)).toBe(true);
  });

  it("never lets a type among the fields win, and leaves the fields untouched", () => {
    const fields = { enabled: true, type: "set_replies" } as unknown as { enabled: boolean };
    expect(edits.setMessaging(fields)).toStrictEqual({ type: "set_messaging", enabled: true });
    expect(fields).toStrictEqual({ enabled: true, type: "set_replies" });
  });
});
