import type { AbsenceLookup } from "../../internal/absences.js";
import { getOwn } from "../../internal/own.js";
import { unknownRecipient } from "../../internal/recipients.js";
import type { Group, Id, Practice, Recipient } from "../../model/types.js";
import type { TraceStep } from "../trace.js";
import type { Pool } from "../types.js";
import { coverFor } from "./cover.js";
import type { PatientRun } from "./patient.js";
import type { PatientProvider } from "./provider.js";
import { stickyOrder } from "./sticky.js";

// Steps 4 and 5 of DESIGN.md section 5 for one cell: its entries expanded in order (members, groups with
// their delivery, the assigned provider, the care team), inactive, excluded and absent members left out or
// covered, each receiver once. The chain of cells that calls it is in `expand.ts`.

/** @internal One resolution under way: what it reads, and the trace it writes. */
export interface Run {
  readonly practice: Practice;
  readonly provider: PatientProvider;
  readonly absenceOf: AbsenceLookup;
  readonly patient: PatientRun | undefined;
  readonly trace: TraceStep[];
}

/** @internal What a cell gave: the receivers in order (each once), and the pools that delivered. */
export interface Received {
  readonly ids: Id[];
  readonly seen: Set<Id>;
  readonly pools: Pool[];
}

/** @internal Steps 4 and 5: expands a cell in order and keeps the members who receive, and the pools that deliver. */
export function expandCell(run: Run, cell: readonly Recipient[]): Received {
  const received: Received = { ids: [], seen: new Set(), pools: [] };
  for (const recipient of cell) {
    switch (recipient.type) {
      case "member":
        take(run, recipient.id, received);
        break;
      case "group": {
        const group = getOwn(run.practice.groups, recipient.id);
        if (group === undefined) {
          run.trace.push({ kind: "unknown_group", groupId: recipient.id });
          break;
        }
        takeGroup(run, recipient.id, group, received);
        break;
      }
      case "assigned_provider":
        if (run.provider.kind !== "provider") {
          run.trace.push({ kind: "skipped", reason: "no_provider" });
          break;
        }
        run.trace.push({ kind: "assigned_provider", providerId: run.provider.id });
        take(run, run.provider.id, received);
        break;
      case "care_team": {
        const team = run.patient?.careTeam ?? [];
        run.trace.push({ kind: "care_team", members: [...team] });
        for (const id of team) take(run, id, received);
        break;
      }
      default:
        throw unknownRecipient(recipient);
    }
  }
  return received;
}

/**
 * A group entry: each member (`"each"`, and `"sticky"` without a patient id), each member with one shared
 * copy (`"pool"`: its receivers become a pool), or the patient's member (`"sticky"`: the first member, by
 * score, who receives).
 */
function takeGroup(run: Run, groupId: Id, group: Group, received: Received): void {
  const patientId = run.patient?.id;
  if (group.delivery === "sticky" && patientId !== undefined) {
    const start = run.trace.length;
    const tried: Id[] = [];
    let memberId: Id | null = null;
    for (const id of stickyOrder(patientId, group.members)) {
      tried.push(id);
      if (take(run, id, received) === undefined) continue;
      memberId = id;
      break;
    }
    run.trace.splice(start, 0, { kind: "sticky", groupId, tried, memberId });
    return;
  }
  run.trace.push({ kind: "group", groupId, members: frozenOrCopy(group.members) });
  if (group.delivery !== "pool") {
    for (const id of group.members) take(run, id, received);
    return;
  }
  const members: Id[] = [];
  for (const id of group.members) {
    const receiver = take(run, id, received);
    if (receiver !== undefined && !members.includes(receiver)) members.push(receiver);
  }
  if (members.length === 0 || received.pools.some((pool) => pool.groupId === groupId)) return;
  run.trace.push({ kind: "pool", groupId, members: [...members] });
  received.pools.push({ groupId, members });
}

/** Takes a member: who receives in their place (themselves, their cover, or one already listed), or `undefined`. */
function take(run: Run, id: Id, received: Received): Id | undefined {
  const member = getOwn(run.practice.members, id);
  if (member === undefined) {
    run.trace.push({ kind: "unknown_member", memberId: id });
    return undefined;
  }
  if (run.patient?.excluded.includes(id) === true) {
    run.trace.push({ kind: "skipped", reason: "excluded", memberId: id });
    return undefined;
  }
  if (member.active !== true) {
    run.trace.push({ kind: "skipped", reason: "inactive", memberId: id });
    return undefined;
  }
  const receiver = coverFor(run.practice, run.absenceOf, run.trace, id, run.patient?.excluded);
  if (receiver === undefined) return undefined;
  if (received.seen.has(receiver)) {
    run.trace.push({ kind: "skipped", reason: "duplicate", memberId: receiver });
    return receiver;
  }
  received.seen.add(receiver);
  received.ids.push(receiver);
  return receiver;
}

/** @internal Arrays of the practice are shared when frozen; copied otherwise, so freezing the result never touches input. */
export function frozenOrCopy<T>(items: readonly T[]): readonly T[] {
  return Object.isFrozen(items) ? items : [...items];
}
