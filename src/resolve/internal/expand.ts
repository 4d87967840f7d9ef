import type { AbsenceLookup } from "../../internal/absences.js";
import { activeAdmins } from "../../internal/admins.js";
import { deepFreeze } from "../../internal/freeze.js";
import { getOwn } from "../../internal/own.js";
import { unknownRecipient } from "../../internal/recipients.js";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../../model/categories.js";
import type { Group, Id, Practice, Recipient } from "../../model/types.js";
import type { DefaultCellReason, TraceStep } from "../trace.js";
import type { Pool, ResolutionRoute } from "../types.js";
import { coverFor } from "./cover.js";
import { type Routed, refusal } from "./outcomes.js";
import { type PatientRun, patientRefusal } from "./patient.js";
import { type PatientProvider, patientProvider } from "./provider.js";
import { stickyOrder } from "./sticky.js";

interface Run {
  readonly practice: Practice;
  readonly provider: PatientProvider;
  readonly absenceOf: AbsenceLookup;
  readonly patient: PatientRun | undefined;
  readonly trace: TraceStep[];
}

const DEFAULT_REASON = { none: "no_provider", unknown: "unknown_provider", staff: "not_a_provider" } as const;

/**
 * @internal Steps 1 to 6 of DESIGN.md section 5 for the category at `index` of {@link MESSAGE_CATEGORIES}
 * (-1 for any other string), with the after-hours cell first when `closed` (section 10): the refusal, or the
 * routed answer, without its time fields. `providerId` is read only when the category may be routed.
 * Returns a deeply frozen answer.
 */
export function resolveCategory(
  practice: Practice,
  index: number,
  where: Where,
  absenceOf: AbsenceLookup,
  closed: boolean,
  patient?: PatientRun,
  time = 0,
): Routed {
  const refused =
    refusal(practice, index) ?? (patient && patientRefusal(practice, index, patient.blocked, patient.lastVisit, time));
  if (refused !== undefined) return refused;
  return routeCategory(practice, index, where, absenceOf, closed, patient);
}

/** @internal Where a message is from: the patient's provider and the location, as the input gives them. */
export interface Where {
  readonly providerId?: Id | null | undefined;
  readonly locationId?: Id | null | undefined;
}

/** @internal The location whose table applies: a location of the practice with a table, else `null`. */
export function tableLocation(practice: Practice, locationId: unknown): Id | null {
  if (typeof locationId !== "string") return null;
  const { locations, locationRouting } = practice;
  if (locations === undefined || locationRouting === undefined) return null;
  return getOwn(locations, locationId) !== undefined && getOwn(locationRouting, locationId) !== undefined
    ? locationId
    : null;
}

/** @internal The after-hours cell of a category, when the practice has one. */
export function afterHoursCell(practice: Practice, category: MessageCategory): readonly Recipient[] | undefined {
  const table = practice.afterHoursRouting;
  return table === undefined ? undefined : getOwn<readonly Recipient[]>(table, category);
}

/**
 * @internal Steps 3 to 6 of DESIGN.md section 5 for the category at `index` (one of the six), with no refusal:
 * picks the cell (the after-hours cell first when closed), expands it, applies absences and the patient's
 * exclusions, falls back. `trace` holds the steps taken before (a reply's sender). Returns a deeply frozen answer.
 */
export function routeCategory(
  practice: Practice,
  index: number,
  where: Where,
  absenceOf: AbsenceLookup,
  closed: boolean,
  patient: PatientRun | undefined,
  trace: TraceStep[] = [],
): Routed {
  const category = MESSAGE_CATEGORIES[index] as MessageCategory;
  const provider = patientProvider(practice, where.providerId);
  const locationId = tableLocation(practice, where.locationId);
  const run: Run = { practice, provider, absenceOf, patient, trace };
  const table = provider.kind === "provider" ? getOwn(practice.routing, provider.id) : undefined;
  const providerCell = table === undefined ? undefined : getOwn<readonly Recipient[]>(table, category);
  const locationTable = locationId === null ? undefined : getOwn(practice.locationRouting ?? {}, locationId);
  const locationCell = locationTable === undefined ? undefined : getOwn<readonly Recipient[]>(locationTable, category);
  const afterHours = closed ? afterHoursCell(practice, category) : undefined;
  if (afterHours !== undefined) {
    trace.push({ kind: "after_hours_cell", category, recipients: cellForTrace(afterHours) });
    const received = expandCell(run, afterHours);
    if (received.ids.length > 0) return success(received.ids, received.pools, "after_hours_table", trace);
    const to =
      providerCell !== undefined ? "provider_table" : locationCell !== undefined ? "location_table" : "default_table";
    trace.push({ kind: "fallback", from: "after_hours_table", to });
  }
  let reason: DefaultCellReason;
  if (provider.kind === "provider") {
    const cell = providerCell;
    if (cell === undefined) {
      reason = "no_provider_cell";
    } else {
      trace.push({ kind: "provider_cell", providerId: provider.id, category, recipients: cellForTrace(cell) });
      const received = expandCell(run, cell);
      if (received.ids.length > 0) return success(received.ids, received.pools, "provider_table", trace);
      trace.push({ kind: "fallback", from: "provider_table", to: locationCell ? "location_table" : "default_table" });
      reason = "fallback";
    }
  } else {
    reason = DEFAULT_REASON[provider.kind];
  }
  if (locationCell !== undefined) {
    trace.push({
      kind: "location_cell",
      locationId: locationId as Id,
      category,
      recipients: cellForTrace(locationCell),
    });
    const received = expandCell(run, locationCell);
    if (received.ids.length > 0) return success(received.ids, received.pools, "location_table", trace);
    trace.push({ kind: "fallback", from: "location_table", to: "default_table" });
    reason = "fallback";
  }
  const cell = getOwn<readonly Recipient[]>(practice.defaultRouting, category) ?? [];
  const known = provider.kind === "provider" ? provider.id : null;
  trace.push({ kind: "default_cell", reason, providerId: known, category, recipients: cellForTrace(cell) });
  const received = expandCell(run, cell);
  if (received.ids.length > 0) return success(received.ids, received.pools, "default_table", trace);
  trace.push({ kind: "fallback", from: "default_table", to: "backstop" });
  const admins = backstopFor(run);
  trace.push({ kind: "backstop", admins: frozenOrCopy(admins) });
  if (admins.length === 0) return deepFreeze<Routed>({ ok: false, reason: "no_recipient", trace });
  return success([...admins], [], "backstop", trace);
}

/** The backstop: every active admin in id order, minus the patient's excluded members (each skipped in the trace). */
function backstopFor(run: Run): readonly Id[] {
  const admins = activeAdmins(run.practice);
  const excluded = run.patient?.excluded;
  if (excluded === undefined || !admins.some((id) => excluded.includes(id))) return admins;
  for (const id of admins)
    if (excluded.includes(id)) run.trace.push({ kind: "skipped", reason: "excluded", memberId: id });
  return admins.filter((id) => !excluded.includes(id));
}

/** Arrays of the practice are shared when frozen; copied otherwise, so freezing the result never touches input. */
function frozenOrCopy<T>(items: readonly T[]): readonly T[] {
  return Object.isFrozen(items) ? items : [...items];
}

function cellForTrace(cell: readonly Recipient[]): readonly Recipient[] {
  return Object.isFrozen(cell) ? cell : cell.map((recipient) => ({ ...recipient }));
}

function success(recipients: Id[], pools: Pool[], route: ResolutionRoute, trace: TraceStep[]): Routed {
  return deepFreeze<Routed>({ ok: true, recipients, route, pools, trace });
}

/** Step 4 and 5: expands a cell in order and keeps the members who receive, and the pools that deliver. */
function expandCell(run: Run, cell: readonly Recipient[]): Received {
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

interface Received {
  readonly ids: Id[];
  readonly seen: Set<Id>;
  readonly pools: Pool[];
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
