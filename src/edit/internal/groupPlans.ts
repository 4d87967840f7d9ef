import { getOwn } from "../../internal/own.js";
import { groupName, membersText } from "../../internal/words.js";
import { LIMITS } from "../../model/limits.js";
import type { Practice } from "../../model/types.js";
import type { RemoveGroupEdit, UpsertGroupEdit } from "../types.js";
import { checkMember, checkRoom } from "./checks.js";
import { isEqualData } from "./equal.js";
import { deliveryText, SHOWN_NAMES, shownAsText } from "./names.js";
import { invalidEdit, type PlanResult } from "./plan.js";

/** `upsert_group`: adds a group or replaces its name, members, patient label and delivery; every member must exist. */
export function planUpsertGroup(practice: Practice, edit: UpsertGroupEdit): PlanResult {
  const failure =
    checkRoom(practice.groups, edit.id, LIMITS.groups, "groups") ??
    edit.group.members.map((id, index) => checkMember(practice, id, ["group", "members", index])).find(Boolean);
  if (failure !== undefined) return failure;
  const old = getOwn(practice.groups, edit.id);
  const { name, members, patientLabel, delivery } = edit.group;
  return {
    writes: [{ path: ["groups", edit.id], value: edit.group }],
    describe: (before, after) => {
      if (old === undefined) {
        const who = members.length === 0 ? "no members yet" : membersText(after, members, SHOWN_NAMES);
        const shown = patientLabel === undefined ? "" : `, shown to patients ${shownAsText(patientLabel)}`;
        const delivered = delivery === undefined ? "" : `, delivery: ${deliveryText(delivery)}`;
        return `created group ${name} with ${who}${shown}${delivered}.`;
      }
      const changes: string[] = [];
      if (old.name !== name) changes.push(`renamed to ${name}`);
      if (!isEqualData(old.members, members)) {
        const was = membersText(before, old.members, SHOWN_NAMES);
        changes.push(`members now ${membersText(after, members, SHOWN_NAMES)} (was: ${was})`);
      }
      if (old.patientLabel !== patientLabel) {
        changes.push(`shown to patients ${shownAsText(patientLabel)} (was: ${shownAsText(old.patientLabel)})`);
      }
      if (old.delivery !== delivery) {
        const [was, now] = [deliveryText(old.delivery), deliveryText(delivery)];
        changes.push(
          was === now
            ? `delivery ${delivery === undefined ? "left out" : "written out"} (still: ${now})`
            : `delivery now ${now} (was: ${was})`,
        );
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
    writes: [{ path: ["groups", edit.id], remove: true }],
    describe: (before) => `removed group ${groupName(before, edit.id)}.`,
  };
}
