import { getOwn } from "../../internal/own.js";
import { membersText, memberText } from "../../internal/words.js";
import type { Coverage, Member, Practice } from "../../model/types.js";
import type { PracticeChange } from "../diffPractices.js";
import { changedIds } from "./changedIds.js";
import { isEqualData } from "./equal.js";
import { coverageText, deliveryText, memberLocationsText, SHOWN_NAMES, shownAsText } from "./names.js";

/** Calls `each` for every id whose entry differs, in id order. */
function eachChanged<T>(
  before: Readonly<Record<string, T>>,
  after: Readonly<Record<string, T>>,
  each: (id: string, old: T | undefined, next: T | undefined) => void,
): void {
  for (const id of changedIds(before, after)) {
    const old = getOwn(before, id);
    const next = getOwn(after, id);
    if (!isEqualData(old, next)) each(id, old, next);
  }
}

/** Differences of `members`: added, removed, then one entry per changed field. */
export function diffMembers(before: Practice, after: Practice): PracticeChange[] {
  const changes: PracticeChange[] = [];
  eachChanged(before.members, after.members, (id, old, next) => {
    if (old === undefined || next === undefined) {
      const summary = old === undefined ? `Added ${memberText(next as Member)}.` : `Removed member ${old.name}.`;
      changes.push({ path: ["members", id], summary });
      return;
    }
    const at = (field: keyof Member, summary: string) => changes.push({ path: ["members", id, field], summary });
    if (old.name !== next.name) at("name", `Renamed member ${old.name} to ${next.name}.`);
    if (old.role !== next.role) at("role", `${next.name} is now ${next.role === "provider" ? "a provider" : "staff"}.`);
    if (old.admin !== next.admin) at("admin", `${next.name} is ${next.admin ? "now" : "no longer"} an admin.`);
    if (old.active !== next.active) at("active", `${next.name} was ${next.active ? "activated" : "deactivated"}.`);
    if (!isEqualData(old.locations, next.locations)) {
      const was = memberLocationsText(before, old.locations);
      at("locations", `${next.name} now works at ${memberLocationsText(after, next.locations)} (was: ${was}).`);
    }
  });
  return changes;
}

/** Differences of `groups`: added, removed, renamed, new member lists, new patient labels. */
export function diffGroups(before: Practice, after: Practice): PracticeChange[] {
  const changes: PracticeChange[] = [];
  eachChanged(before.groups, after.groups, (id, old, next) => {
    if (old === undefined || next === undefined) {
      const summary =
        old === undefined
          ? `Added group ${next?.name} with ${membersText(after, next?.members ?? [], SHOWN_NAMES)}${next?.patientLabel === undefined ? "" : `, shown to patients ${shownAsText(next.patientLabel)}`}${next?.delivery === undefined ? "" : `, delivery: ${deliveryText(next.delivery)}`}.`
          : `Removed group ${old.name}.`;
      changes.push({ path: ["groups", id], summary });
      return;
    }
    if (old.name !== next.name) {
      changes.push({ path: ["groups", id, "name"], summary: `Renamed group ${old.name} to ${next.name}.` });
    }
    if (!isEqualData(old.members, next.members)) {
      changes.push({
        path: ["groups", id, "members"],
        summary: `Members of ${next.name} are now ${membersText(after, next.members, SHOWN_NAMES)} (was: ${membersText(before, old.members, SHOWN_NAMES)}).`,
      });
    }
    if (old.patientLabel !== next.patientLabel) {
      changes.push({
        path: ["groups", id, "patientLabel"],
        summary: `Patients now see ${next.name} ${shownAsText(next.patientLabel)} (was: ${shownAsText(old.patientLabel)}).`,
      });
    }
    if (old.delivery !== next.delivery) {
      const [was, now] = [deliveryText(old.delivery), deliveryText(next.delivery)];
      changes.push({
        path: ["groups", id, "delivery"],
        summary:
          was === now
            ? `Delivery of ${next.name} ${next.delivery === undefined ? "left out" : "written out"} (still: ${now}).`
            : `Delivery of ${next.name} changed to: ${now} (was: ${was}).`,
      });
    }
  });
  return changes;
}

/** Differences of `coverage`: one entry per added, removed or changed absence. */
export function diffCoverage(before: Practice, after: Practice): PracticeChange[] {
  const changes: PracticeChange[] = [];
  eachChanged<Coverage>(before.coverage, after.coverage, (id, old, next) => {
    const summary =
      old === undefined
        ? `Added coverage ${id}: ${coverageText(after, next as Coverage)}.`
        : next === undefined
          ? `Removed coverage ${id} (${coverageText(before, old)}).`
          : `Changed coverage ${id}: ${coverageText(after, next)} (was: ${coverageText(before, old)}).`;
    changes.push({ path: ["coverage", id], summary });
  });
  return changes;
}
