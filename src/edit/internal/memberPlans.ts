import { castDraft } from "immer";
import { getOwn } from "../../internal/own.js";
import { LIMITS } from "../../model/limits.js";
import type { Member, Practice } from "../../model/types.js";
import type { SetMemberActiveEdit, UpsertMemberEdit } from "../types.js";
import { checkMember, checkRoom } from "./checks.js";
import { isEqualData } from "./equal.js";
import type { PlanResult } from "./plan.js";

function roleText(member: Member): string {
  const role = member.role === "provider" ? "provider" : "staff member";
  return `${role} ${member.name}${member.admin ? " as an admin" : ""}${member.active ? "" : " (inactive)"}`;
}

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
    recipe: (draft) => {
      if (old === undefined || !isEqualData(old, edit.member)) draft.members[edit.id] = castDraft(edit.member);
    },
    describe: () =>
      old === undefined
        ? `added ${roleText(edit.member)}.`
        : `updated member ${old.name}: ${changesText(old, edit.member)}.`,
  };
}

/** `set_member_active`. */
export function planSetMemberActive(practice: Practice, edit: SetMemberActiveEdit): PlanResult {
  const failure = checkMember(practice, edit.id, ["id"]);
  if (failure !== undefined) return failure;
  return {
    recipe: (draft) => {
      const member = draft.members[edit.id] as Member & { active: boolean };
      if (member.active !== edit.active) member.active = edit.active;
    },
    describe: (before) =>
      `${edit.active ? "activated" : "deactivated"} ${getOwn(before.members, edit.id)?.name ?? edit.id}.`,
  };
}
