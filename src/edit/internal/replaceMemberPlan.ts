import { sortedKeys } from "../../internal/own.js";
import { countText, listText, memberName } from "../../internal/words.js";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../../model/categories.js";
import type { Coverage, Id, Practice, Recipient } from "../../model/types.js";
import type { ReplaceMemberEdit } from "../types.js";
import { checkMember } from "./checks.js";
import { invalidEdit, type PlanResult, type Write } from "./plan.js";
import { type CellChange, cellChanges, replaceInCell, replaceInList } from "./replaceInTables.js";

interface Changes {
  readonly tables: CellChange[];
  readonly locations: CellChange[];
  readonly defaults: (readonly [MessageCategory, readonly Recipient[]])[];
  readonly afterHours: (readonly [MessageCategory, readonly Recipient[]])[];
  readonly groups: (readonly [Id, readonly Id[]])[];
  readonly coverage: (readonly [Id, Coverage])[];
  readonly dropped: Id[];
}

function collect(practice: Practice, from: Id, to: Id): Changes {
  const changes: Changes = {
    tables: cellChanges(practice.routing, from, to),
    locations: cellChanges(practice.locationRouting ?? {}, from, to),
    defaults: [],
    afterHours: [],
    groups: [],
    coverage: [],
    dropped: [],
  };
  for (const category of MESSAGE_CATEGORIES) {
    const next = replaceInCell(practice.defaultRouting[category], from, to);
    if (next) changes.defaults.push([category, next]);
    const afterHours = practice.afterHoursRouting?.[category];
    const late = afterHours && replaceInCell(afterHours, from, to);
    if (late) changes.afterHours.push([category, late]);
  }
  for (const groupId of sortedKeys(practice.groups)) {
    const members = practice.groups[groupId]?.members ?? [];
    const next = replaceInList(
      members,
      (id) => id === from,
      (id) => id === to,
      to,
    );
    if (next) changes.groups.push([groupId, next]);
  }
  for (const coverageId of sortedKeys(practice.coverage)) {
    const entry = practice.coverage[coverageId] as Coverage;
    if (entry.member !== from && entry.coveredBy !== from) continue;
    const member = entry.member === from ? to : entry.member;
    const coveredBy = entry.coveredBy === from ? to : entry.coveredBy;
    if (member === coveredBy) changes.dropped.push(coverageId);
    else
      changes.coverage.push([
        coverageId,
        coveredBy === undefined ? { ...entry, member } : { ...entry, member, coveredBy },
      ]);
  }
  return changes;
}

/** The writes of the changes: provider cells, location cells, default cells, after-hours cells, groups, coverage. */
function writesOf(changes: Changes): Write[] {
  return [
    ...changes.tables.map(([providerId, category, cell]) => ({ path: ["routing", providerId, category], value: cell })),
    ...changes.locations.map(([id, category, cell]) => ({ path: ["locationRouting", id, category], value: cell })),
    ...changes.defaults.map(([category, cell]) => ({ path: ["defaultRouting", category], value: cell })),
    ...changes.afterHours.map(([category, cell]) => ({ path: ["afterHoursRouting", category], value: cell })),
    ...changes.groups.map(([groupId, members]) => ({ path: ["groups", groupId, "members"], value: members })),
    ...changes.coverage.map(([coverageId, entry]) => ({ path: ["coverage", coverageId], value: entry })),
    ...changes.dropped.map((coverageId): Write => ({ path: ["coverage", coverageId], remove: true })),
  ];
}

/**
 * `replace_member` (staff turnover): every provider cell, every location cell, the default table, the
 * after-hours cells, every group and every coverage entry. Where `to` was already present it keeps its first
 * place; coverage that would make `to` cover themselves is removed. Routing tables keyed by `from` and `from`'s
 * own record (its `locations` included) are left in place.
 */
export function planReplaceMember(practice: Practice, edit: ReplaceMemberEdit): PlanResult {
  const failure = checkMember(practice, edit.from, ["from"]) ?? checkMember(practice, edit.to, ["to"]);
  if (failure !== undefined) return failure;
  if (edit.from === edit.to) return invalidEdit(["to"], "A member cannot replace themselves.");
  const changes = collect(practice, edit.from, edit.to);
  return {
    writes: writesOf(changes),
    describe: (before) => {
      const [from, to] = [memberName(before, edit.from), memberName(before, edit.to)];
      const cells = changes.tables.length + changes.defaults.length;
      const parts = [
        cells > 0 ? countText(cells, "routing cell") : "",
        changes.afterHours.length > 0 ? countText(changes.afterHours.length, "after-hours cell") : "",
        changes.locations.length > 0 ? countText(changes.locations.length, "location cell") : "",
        changes.groups.length > 0 ? countText(changes.groups.length, "group") : "",
        changes.coverage.length > 0 ? countText(changes.coverage.length, "coverage entry", "coverage entries") : "",
      ].filter(Boolean);
      const dropped =
        changes.dropped.length === 0
          ? ""
          : `${parts.length > 0 ? " and" : ""} removed ${countText(changes.dropped.length, "coverage entry", "coverage entries")} that would have been self-coverage`;
      if (parts.length === 0 && dropped === "") return `replaced ${from} with ${to}: ${from} is named nowhere.`;
      return `replaced ${from} with ${to}${parts.length > 0 ? ` in ${listText(parts)}` : ":"}${dropped}.`;
    },
  };
}
