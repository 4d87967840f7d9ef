import { getOwn } from "../../internal/own.js";
import { memberName, memberText } from "../../internal/words.js";
import { LIMITS } from "../../model/limits.js";
import type { Member, Practice } from "../../model/types.js";
import type { SetMemberActiveEdit, UpsertMemberEdit } from "../types.js";
import { checkLocation, checkMember, checkRoom } from "./checks.js";
import { isEqualData } from "./equal.js";
import { memberLocationsText } from "./names.js";
import type { PlanResult } from "./plan.js";

function changesText(practice: Practice, old: Member, next: Member): string {
  const changes: string[] = [];
  if (old.name !== next.name) changes.push(`renamed to ${next.name}`);
  if (old.role !== next.role) changes.push(next.role === "provider" ? "made a provider" : "made staff");
  if (old.admin !== next.admin) changes.push(next.admin ? "made an admin" : "removed admin rights");
  if (old.active !== next.active) changes.push(next.active ? "activated" : "deactivated");
  if (!isEqualData(old.locations, next.locations)) {
    const was = memberLocationsText(practice, old.locations);
    changes.push(`works at ${memberLocationsText(practice, next.locations)} (was: ${was})`);
  }
  return changes.length === 0 ? "no field changed" : changes.join(", ");
}

/** `upsert_member`: adds a member or replaces its record; every location it lists must exist. */
export function planUpsertMember(practice: Practice, edit: UpsertMemberEdit): PlanResult {
  const locations = edit.member.locations ?? [];
  const failure =
    checkRoom(practice.members, edit.id, LIMITS.members, "members") ??
    locations.map((id, index) => checkLocation(practice, id, ["member", "locations", index])).find(Boolean);
  if (failure !== undefined) return failure;
  const old = getOwn(practice.members, edit.id);
  return {
    writes: [{ path: ["members", edit.id], value: edit.member }],
    describe: (before) => {
      if (old !== undefined) return `updated member ${old.name}: ${changesText(before, old, edit.member)}.`;
      const where = locations.length === 0 ? "" : `, working at ${memberLocationsText(before, locations)}`;
      return `added ${memberText(edit.member)}${where}.`;
    },
  };
}

/** `set_member_active`. */
export function planSetMemberActive(practice: Practice, edit: SetMemberActiveEdit): PlanResult {
  const failure = checkMember(practice, edit.id, ["id"]);
  if (failure !== undefined) return failure;
  return {
    writes: [{ path: ["members", edit.id, "active"], value: edit.active }],
    describe: (before) => `${edit.active ? "activated" : "deactivated"} ${memberName(before, edit.id)}.`,
  };
}
