import { lookupAt } from "../../internal/absences.js";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../../model/categories.js";
import { afterHoursCell, tableLocation } from "../../model/lookups.js";
import type { Id } from "../../model/types.js";
import type { Resolution } from "../types.js";
import { resolveCategory } from "./expand.js";
import { timed } from "./moment.js";
import type { Routed } from "./outcomes.js";
import { patientProvider } from "./provider.js";
import { type Kind, type RouterState, type Slot, slotOf, spanAt } from "./routerState.js";
import { buildRow, isChangedBy } from "./rows.js";

/** @internal The slot when the fast path of `resolve` does not hold; kept in the span for the next call. */
export function slotAt(
  state: RouterState,
  providerId: unknown,
  locationId: unknown,
  index: number,
  time: number,
): Slot {
  const { practice, absences } = state;
  if (!(time >= state.span.from && time < state.span.until)) state.span = spanAt(state, time);
  const { span } = state;
  // Not a category: one refusal per span. A provider id outside the types (a number, say): resolved afresh.
  if (index < 0) {
    span.category ??= slotOf(timed(resolveCategory(practice, index, {}, lookupAt(absences, time), false), span.moment));
    return span.category;
  }
  if (!(typeof providerId === "string" || providerId === null || providerId === undefined)) {
    const where = { providerId: providerId as Id, locationId: tableLocation(practice, locationId) };
    return slotOf(timed(resolveCategory(practice, index, where, lookupAt(absences, time), span.closed), span.moment));
  }
  const id = providerId ?? null;
  const { kind } = patientProvider(practice, id);
  const slots = (kind === "provider" ? span.slots[index] : span.others[index]) as Record<string, Slot | undefined>;
  const key = kind === "provider" ? (id as Id) : kind;
  let slot = slots[key];
  if (slot === undefined) {
    slot = slotFor(state, id, kind, index, null, time);
    slots[key] = slot;
    if (kind === "provider") (span.answers[index] as Record<Id, Resolution>)[key] = slot.answer;
  }
  if (slot.places === undefined) return slot;
  const place = tableLocation(practice, locationId);
  if (place === null) return slot;
  slot.places[place] ??= slotFor(state, id, kind, index, place, time);
  return slot.places[place];
}

/** The keys of the shared rows of patients without a provider, apart from every provider id. */
const KIND_KEYS: Readonly<Record<Kind, symbol>> = {
  none: Symbol("none"),
  unknown: Symbol("unknown"),
  staff: Symbol("staff"),
};

/** The answer of one provider (or kind), category and location in the current span, from its row. */
function slotFor(
  state: RouterState,
  id: Id | null,
  kind: Kind | "provider",
  index: number,
  place: Id | null,
  time: number,
) {
  const { practice, span } = state;
  let rows = state.rows.get(place);
  if (rows === undefined) {
    rows = new Map();
    state.rows.set(place, rows);
  }
  const key = kind === "provider" ? (id as Id) : KIND_KEYS[kind];
  let row = rows.get(key);
  if (row === undefined) {
    row = buildRow(practice, id, place, state.lists);
    rows.set(key, row);
  }
  const base = row[index] as Routed;
  const routable = base.ok || base.reason === "no_recipient";
  const afterHours =
    span.closed && routable && afterHoursCell(practice, MESSAGE_CATEGORIES[index] as MessageCategory) !== undefined;
  const absenceOf = lookupAt(state.absences, time);
  const fresh = afterHours || (span.inForce && isChangedBy(base, absenceOf));
  const where = { providerId: id, locationId: place };
  const answer = timed(fresh ? resolveCategory(practice, index, where, absenceOf, span.closed) : base, span.moment);
  // A location's table is read only after the after-hours and provider cells gave nobody.
  const local = answer.ok
    ? answer.route !== "after_hours_table" && answer.route !== "provider_table"
    : answer.reason === "no_recipient";
  return slotOf(answer, place === null && state.located && local ? Object.create(null) : undefined);
}
