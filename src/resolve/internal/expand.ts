import type { AbsenceLookup } from "../../internal/absences.js";
import { activeAdmins } from "../../internal/admins.js";
import { deepFreeze } from "../../internal/freeze.js";
import { getOwn } from "../../internal/own.js";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../../model/categories.js";
import { afterHoursCell, tableLocation } from "../../model/lookups.js";
import type { Id, Practice, Recipient } from "../../model/types.js";
import type { DefaultCellReason, TraceStep } from "../trace.js";
import type { Pool, ResolutionRoute } from "../types.js";
import { expandCell, frozenOrCopy, type Run } from "./expandCell.js";
import { type Routed, refusal } from "./outcomes.js";
import { type PatientRun, patientRefusal, visitWithinDays } from "./patient.js";
import { patientProvider } from "./provider.js";

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
  const refused = refusal(practice, index);
  if (refused !== undefined) return refused;
  if (patient !== undefined) {
    const days = visitWithinDays(practice, MESSAGE_CATEGORIES[index] as MessageCategory);
    const refusedPatient = patientRefusal(index, patient.blocked, patient.lastVisit, days, time);
    if (refusedPatient !== undefined) return refusedPatient;
  }
  return routeCategory(practice, index, where, absenceOf, closed, patient);
}

/** @internal Where a message is from: the patient's provider and the location, as the input gives them. */
export interface Where {
  readonly providerId?: Id | null | undefined;
  readonly locationId?: Id | null | undefined;
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

function cellForTrace(cell: readonly Recipient[]): readonly Recipient[] {
  return Object.isFrozen(cell) ? cell : cell.map((recipient) => ({ ...recipient }));
}

function success(recipients: Id[], pools: Pool[], route: ResolutionRoute, trace: TraceStep[]): Routed {
  return deepFreeze<Routed>({ ok: true, recipients, route, pools, trace });
}
