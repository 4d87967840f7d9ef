import { getOwn } from "../../internal/own.js";
import { memberName, memberText } from "../../internal/words.js";
import { LIMITS } from "../../model/limits.js";
import type { Member, Practice } from "../../model/types.js";
import type { SetMemberActiveEdit, UpsertMemberEdit } from "../types.js";
import { checkMember, checkRoom } from "./checks.js";
import type { PlanResult } from "./plan.js";

function changesText(old: Member, next: Member): string {
  const changes: string[] = [];
  if (old.name !== next.name) changes.push(`renamed to ${next.name}`);
  if (old.role !== next.role) changes.push(next.role === "provider" ? "made a provider" : "made staff");
  if (old.admin !== next.admin) changes.push(next.admin ? "made an admin" : "removed admin rights");
  if (old.active !== next.active) changes.push(next.active ? "activated" : "deactivated");
  return changes.length === 0 ? "no field changed" : changes.join(", ");
}

/** `upsert_member`: adds a member or replaces its record. */
export function planUpsertMember(practice: Practice, edit: UpsertMemberEdit): PlanResult {
  const failure = checkRoom(practice.members, edit.id, LIMITS.members, "members");
  if (failure !== undefined) return failure;
  const old = getOwn(practice.members, edit.id);
  return {
    writes: [{ path: ["members", edit.id], value: edit.member }],
    describe: () =>
      old === undefined
        ? `added ${memberText(edit.member)}.`
        : `updated member ${old.name}: ${changesText(old, edit.member)}.`,
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
