import type { AbsenceLookup } from "../../internal/absences.js";
import { activeAdmins } from "../../internal/admins.js";
import { deepFreeze } from "../../internal/freeze.js";
import { getOwn } from "../../internal/own.js";
import { unknownRecipient } from "../../internal/recipients.js";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../../model/categories.js";
import type { Id, Practice, Recipient } from "../../model/types.js";
import type { DefaultCellReason, TraceStep } from "../trace.js";
import type { ResolutionRoute } from "../types.js";
import { coverFor } from "./cover.js";
import { type Routed, refusal } from "./outcomes.js";
import { type PatientRun, patientRefusal } from "./patient.js";
import { type PatientProvider, patientProvider } from "./provider.js";

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
  providerId: Id | null | undefined,
  absenceOf: AbsenceLookup,
  closed: boolean,
  patient?: PatientRun,
  time = 0,
): Routed {
  const refused = refusal(practice, index) ?? (patient && patientRefusal(practice, index, patient, time));
  if (refused !== undefined) return refused;
  return routeCategory(practice, index, providerId, absenceOf, closed, patient);
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
  providerId: Id | null | undefined,
  absenceOf: AbsenceLookup,
  closed: boolean,
  patient: PatientRun | undefined,
  trace: TraceStep[] = [],
): Routed {
  const category = MESSAGE_CATEGORIES[index] as MessageCategory;
  const provider = patientProvider(practice, providerId);
  const run: Run = { practice, provider, absenceOf, patient, trace };
  const table = provider.kind === "provider" ? getOwn(practice.routing, provider.id) : undefined;
  const providerCell = table === undefined ? undefined : getOwn<readonly Recipient[]>(table, category);
  const afterHours = closed ? afterHoursCell(practice, category) : undefined;
  if (afterHours !== undefined) {
    trace.push({ kind: "after_hours_cell", category, recipients: cellForTrace(afterHours) });
    const recipients = expandCell(run, afterHours);
    if (recipients.length > 0) return success(recipients, "after_hours_table", trace);
    const to = providerCell === undefined ? "default_table" : "provider_table";
    trace.push({ kind: "fallback", from: "after_hours_table", to });
  }
  let reason: DefaultCellReason;
  if (provider.kind === "provider") {
    const cell = providerCell;
    if (cell === undefined) {
      reason = "no_provider_cell";
    } else {
      trace.push({ kind: "provider_cell", providerId: provider.id, category, recipients: cellForTrace(cell) });
      const recipients = expandCell(run, cell);
      if (recipients.length > 0) return success(recipients, "provider_table", trace);
      trace.push({ kind: "fallback", from: "provider_table", to: "default_table" });
      reason = "fallback";
    }
  } else {
    reason = DEFAULT_REASON[provider.kind];
  }
  const cell = getOwn<readonly Recipient[]>(practice.defaultRouting, category) ?? [];
  const known = provider.kind === "provider" ? provider.id : null;
  trace.push({ kind: "default_cell", reason, providerId: known, category, recipients: cellForTrace(cell) });
  const recipients = expandCell(run, cell);
  if (recipients.length > 0) return success(recipients, "default_table", trace);
  trace.push({ kind: "fallback", from: "default_table", to: "backstop" });
  const admins = backstopFor(run);
  trace.push({ kind: "backstop", admins: frozenOrCopy(admins) });
  if (admins.length === 0) return deepFreeze<Routed>({ ok: false, reason: "no_recipient", trace });
  return success([...admins], "backstop", trace);
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

function success(recipients: Id[], route: ResolutionRoute, trace: TraceStep[]): Routed {
  return deepFreeze<Routed>({ ok: true, recipients, route, trace });
}

/** Step 4 and 5: expands a cell in order and keeps the members who receive. */
function expandCell(run: Run, cell: readonly Recipient[]): Id[] {
  const received: Received = { ids: [], seen: new Set() };
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
        run.trace.push({ kind: "group", groupId: recipient.id, members: frozenOrCopy(group.members) });
        for (const id of group.members) take(run, id, received);
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
  return received.ids;
}

interface Received {
  readonly ids: Id[];
  readonly seen: Set<Id>;
}

function take(run: Run, id: Id, received: Received): void {
  const member = getOwn(run.practice.members, id);
  if (member === undefined) {
    run.trace.push({ kind: "unknown_member", memberId: id });
    return;
  }
  if (run.patient?.excluded.includes(id) === true) {
    run.trace.push({ kind: "skipped", reason: "excluded", memberId: id });
    return;
  }
  if (member.active !== true) {
    run.trace.push({ kind: "skipped", reason: "inactive", memberId: id });
    return;
  }
  const receiver = coverFor(run.practice, run.absenceOf, run.trace, id, run.patient?.excluded);
  if (receiver === undefined) return;
  if (received.seen.has(receiver)) {
    run.trace.push({ kind: "skipped", reason: "duplicate", memberId: receiver });
    return;
  }
  received.seen.add(receiver);
  received.ids.push(receiver);
}
