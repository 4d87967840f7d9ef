import { castDraft } from "immer";
import { getOwn } from "../../internal/own.js";
import { groupName, memberName } from "../../internal/words.js";
import { LIMITS } from "../../model/limits.js";
import type { Group, Practice } from "../../model/types.js";
import type { RemoveGroupEdit, UpsertGroupEdit } from "../types.js";
import { checkMember, checkRoom } from "./checks.js";
import { isEqualData } from "./equal.js";
import { listText } from "./names.js";
import { invalidEdit, type PlanResult } from "./plan.js";

const membersText = (practice: Practice, group: Group): string =>
  listText(group.members.map((id) => memberName(practice, id)));

/** `upsert_group`: adds a group or replaces its name and members; every member must exist. */
export function planUpsertGroup(practice: Practice, edit: UpsertGroupEdit): PlanResult {
  const failure =
    checkRoom(practice.groups, edit.id, LIMITS.groups, "groups") ??
    edit.group.members.map((id, index) => checkMember(practice, id, ["group", "members", index])).find(Boolean);
  if (failure !== undefined) return failure;
  const old = getOwn(practice.groups, edit.id);
  return {
    recipe: (draft) => {
      if (old === undefined || !isEqualData(old, edit.group)) draft.groups[edit.id] = castDraft(edit.group);
    },
    describe: (before, after) => {
      if (old === undefined) {
        return edit.group.members.length === 0
          ? `created group ${edit.group.name} with no members yet.`
          : `created group ${edit.group.name} with ${membersText(after, edit.group)}.`;
      }
      const changes: string[] = [];
      if (old.name !== edit.group.name) changes.push(`renamed to ${edit.group.name}`);
      if (!isEqualData(old.members, edit.group.members)) {
        changes.push(`members now ${membersText(after, edit.group)} (was: ${membersText(before, old)})`);
      }
      return `updated group ${old.name}: ${changes.length === 0 ? "nothing changed" : changes.join("; ")}.`;
    },
  };
}

/** `remove_group`; a group still named by a routing cell makes the edit `introduces_errors`. */
export function planRemoveGroup(practice: Practice, edit: RemoveGroupEdit): PlanResult {
  if (getOwn(practice.groups, edit.id) === undefined) {
    return invalidEdit(["id"], `There is no group with id ${edit.id} in this practice.`);
  }
  return {
    recipe: (draft) => {
      delete draft.groups[edit.id];
    },
    describe: (before) => `removed group ${groupName(before, edit.id)}.`,
  };
}
