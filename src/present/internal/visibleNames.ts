import { getOwn } from "../../internal/own.js";
import type { Id, Practice, Recipient } from "../../model/types.js";
import type { TraceStep } from "../../resolve/trace.js";
import type { ResolutionSuccess } from "../../resolve/types.js";

/** What a patient sees for a `care_team` entry. */
const CARE_TEAM_NAME = "Your care team";

const CELL_KINDS: ReadonlySet<TraceStep["kind"]> = new Set([
  "after_hours_cell",
  "provider_cell",
  "location_cell",
  "default_cell",
]);

/** A cursor over the trace steps that follow the cell that produced the recipients. */
interface Cursor {
  readonly steps: readonly TraceStep[];
  at: number;
}

/**
 * @internal The names a patient may see for a successful resolution (DESIGN.md section 11): the practice's name
 * for the backstop; otherwise, for each entry of the cell that produced the recipients and contributed at least
 * one, a group's `patientLabel` else its name, the receiving member's name (the coverer's while covered), the
 * same for the patient's provider, or "Your care team". Read from the trace; repeated names are kept once.
 */
export function visibleNames(practice: Practice, resolution: ResolutionSuccess): string[] {
  if (resolution.route === "backstop") return [practice.name];
  const { trace } = resolution;
  let start = trace.length - 1;
  while (start >= 0 && !CELL_KINDS.has((trace[start] as TraceStep).kind)) start -= 1;
  const cell = trace[start];
  if (cell === undefined || !("recipients" in cell)) return [];
  const cursor: Cursor = { steps: trace, at: start + 1 };
  const seen = new Set<Id>();
  const names: string[] = [];
  for (const entry of cell.recipients) {
    const name = entryName(practice, entry, cursor, seen);
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return names;
}

/** Consumes the steps of one cell entry; the name to show when it contributed a recipient. */
function entryName(practice: Practice, entry: Recipient, cursor: Cursor, seen: Set<Id>): string | undefined {
  const step = cursor.steps[cursor.at];
  switch (entry.type) {
    case "member": {
      const receiver = takeCandidate(cursor, entry.id, seen);
      return receiver === undefined ? undefined : getOwn(practice.members, receiver)?.name;
    }
    case "group": {
      cursor.at += 1;
      if (step?.kind !== "group" && step?.kind !== "sticky") return undefined;
      const contributed = takeAll(cursor, step.kind === "group" ? step.members : step.tried, seen);
      if (cursor.steps[cursor.at]?.kind === "pool") cursor.at += 1;
      const group = getOwn(practice.groups, step.groupId);
      return contributed.length === 0 ? undefined : (group?.patientLabel ?? group?.name);
    }
    case "assigned_provider": {
      cursor.at += 1;
      if (step?.kind !== "assigned_provider") return undefined;
      const receiver = takeCandidate(cursor, step.providerId, seen);
      return receiver === undefined ? undefined : getOwn(practice.members, receiver)?.name;
    }
    case "care_team": {
      cursor.at += 1;
      if (step?.kind !== "care_team") return undefined;
      return takeAll(cursor, step.members, seen).length === 0 ? undefined : CARE_TEAM_NAME;
    }
    default:
      return undefined;
  }
}

function takeAll(cursor: Cursor, candidates: readonly Id[], seen: Set<Id>): Id[] {
  const taken: Id[] = [];
  for (const id of candidates) {
    const receiver = takeCandidate(cursor, id, seen);
    if (receiver !== undefined) taken.push(receiver);
  }
  return taken;
}

/**
 * Consumes the steps of one candidate member, in the order the resolution writes them (unknown, excluded,
 * inactive, then the chain of covers, then duplicate); the member who receives, or `undefined`.
 */
function takeCandidate(cursor: Cursor, id: Id, seen: Set<Id>): Id | undefined {
  const step = cursor.steps[cursor.at];
  if (step?.kind === "unknown_member" && step.memberId === id) {
    cursor.at += 1;
    return undefined;
  }
  if (step?.kind === "skipped" && (step.reason === "excluded" || step.reason === "inactive") && step.memberId === id) {
    cursor.at += 1;
    return undefined;
  }
  let receiver = id;
  for (;;) {
    const next = cursor.steps[cursor.at];
    if (next?.kind !== "coverage" || next.memberId !== receiver) break;
    cursor.at += 1;
    if (next.coveredBy === undefined) break;
    receiver = next.coveredBy;
  }
  const after = cursor.steps[cursor.at];
  if (after?.kind === "skipped" && after.reason === "absent" && after.memberId === id) {
    cursor.at += 1;
    return undefined;
  }
  if (seen.has(receiver)) {
    if (after?.kind === "skipped" && after.reason === "duplicate") cursor.at += 1;
    return undefined;
  }
  seen.add(receiver);
  return receiver;
}
