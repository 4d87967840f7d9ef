import { describe, expect, it } from "vitest";
import { applyEdit } from "../../src/edit/applyEdit.js";
import {
  addCoverage,
  removeCoverage,
  removeGroup,
  replaceMember,
  setMemberActive,
  upsertGroup,
  upsertMember,
} from "../../src/edit/memberWrappers.js";
import { copyRouting, setRoute, setRouteForAllProviders } from "../../src/edit/routingWrappers.js";
import { setCategoryEnabled, setMessagingEnabled, setRepliesEnabled } from "../../src/edit/settingsWrappers.js";
import type { Edit, EditResult } from "../../src/edit/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { AT } from "./helpers.js";

const p = samplePractice();
const ctx = { actor: "jsmith", at: AT };
const ann = { name: "Ann Lee", role: "staff", admin: false, active: true } as const;
const away = { member: "lpatel", from: "2026-07-01T00:00:00Z", until: "2026-07-15T00:00:00Z", coveredBy: "kjones" };
const nurses = [{ type: "group", id: "nurses" }] as const;

const cases: [EditResult, Edit][] = [
  [setMessagingEnabled(p, false, ctx), { type: "set_messaging", enabled: false }],
  [setRepliesEnabled(p, false, ctx), { type: "set_replies", enabled: false }],
  [
    setCategoryEnabled(p, "referrals", false, ctx),
    { type: "set_category_enabled", category: "referrals", enabled: false },
  ],
  [
    setRoute(p, "crusher", "referrals", nurses, ctx),
    { type: "set_route", providerId: "crusher", category: "referrals", recipients: nurses },
  ],
  [
    setRouteForAllProviders(p, "referrals", nurses, "add", ctx),
    { type: "set_route_for_all_providers", category: "referrals", recipients: nurses, mode: "add" },
  ],
  [copyRouting(p, "crusher", ["oselkin"], ctx), { type: "copy_routing", from: "crusher", to: ["oselkin"] }],
  [replaceMember(p, "kjones", "lpatel", ctx), { type: "replace_member", from: "kjones", to: "lpatel" }],
  [upsertMember(p, "alee", ann, ctx), { type: "upsert_member", id: "alee", member: ann }],
  [setMemberActive(p, "kjones", false, ctx), { type: "set_member_active", id: "kjones", active: false }],
  [
    upsertGroup(p, "billing", { name: "Billing", members: [] }, ctx),
    { type: "upsert_group", id: "billing", group: { name: "Billing", members: [] } },
  ],
  [removeGroup(p, "nurses", ctx), { type: "remove_group", id: "nurses" }],
  [addCoverage(p, "c2", away, ctx), { type: "add_coverage", id: "c2", coverage: away }],
  [removeCoverage(p, "c1", ctx), { type: "remove_coverage", id: "c1" }],
];

describe("typed wrappers", () => {
  it.each(cases.map(([result, edit]) => [edit.type, result, edit] as const))(
    "%s builds the edit for applyEdit",
    (_, result, edit) => {
      expect(result).toEqual(applyEdit(p, edit, ctx));
    },
  );
});
