import { type AbsenceIndex, indexAbsences, lookupAt } from "../internal/absences.js";
import { clockOf, openStretchAt, type ScheduleClock } from "../internal/schedule.js";
import { categoryIndex, MESSAGE_CATEGORIES, type MessageCategory } from "../model/categories.js";
import type { Id, Practice } from "../model/types.js";
import { afterHoursCell, resolveCategory, tableLocation } from "./internal/expand.js";
import { inputTime } from "./internal/inputTime.js";
import { type Moment, momentAt, timed } from "./internal/moment.js";
import type { Routed } from "./internal/outcomes.js";
import { checkPatient, patientRefusal, readPatient, visitWithinDays } from "./internal/patient.js";
import { type Entry, entryOf, keptAnswer, type Needs, needsOf, patientKey } from "./internal/patientAnswers.js";
import { patientProvider } from "./internal/provider.js";
import { buildRow, isChangedBy } from "./internal/rows.js";
import { boundariesOf, stretchAt } from "./internal/timeline.js";
import { replyAt } from "./resolveReply.js";
import type { PatientContext, ReplyInput, Resolution, ResolveInput, Router } from "./types.js";

/**
 * Builds a router for one practice: the same answers as {@link resolveRecipients} (traces included), in
 * constant time per call. Time is cut into spans in which nothing that can change an answer changes: the
 * absences in force, whether the practice is open, when it opens next and the respond-by promise. Each span
 * is found from the absences and the weekly schedule around the instant asked about, never enumerated. A
 * provider's answers are built on first use and adapted to a span on first use in it; a repeated call in the
 * same span returns the same object. See the Routing guide for how it works.
 *
 * The practice must not change after compiling (practices from `parsePractice` are frozen). The router keeps
 * the practice's `id` and `revision` (`router.practiceId`, `router.revision`); {@link routerFor} keeps one
 * router per frozen practice.
 *
 * @param practice - The practice configuration (left untouched).
 * @returns A frozen {@link Router}; its `resolve` throws the same `TypeError`s as `resolveRecipients`.
 * @example
 * ```ts
 * const router = compileRouter(samplePractice());
 * const resolution = router.resolve({ category: "health_question", providerId: "crusher", at: "2026-12-02T15:00:00Z" });
 * resolution.ok && resolution.recipients;
 * //=> ["crusher"]
 * router.revision;
 * //=> 0
 * ```
 *
 * @group Routing
 */
export function compileRouter(practice: Practice): Router {
  const absences = indexAbsences(practice);
  const state: RouterState = {
    practice,
    absences,
    bounds: boundariesOf(absences),
    clock: clockOf(practice),
    eligibility: MESSAGE_CATEGORIES.map((category) => visitWithinDays(practice, category)),
    located: Object.keys(practice.locationRouting ?? {}).some((id) => tableLocation(practice, id) !== null),
    rows: new Map(),
    lists: new Map(),
    span: NO_SPAN,
  };
  return Object.freeze({
    practiceId: practice.id,
    revision: practice.revision,
    resolve(input: ResolveInput): Resolution {
      const time = inputTime(input.at, WHERE);
      const index = categoryIndex(input.category);
      const { providerId, patient, locationId } = input;
      const { span } = state;
      const plain = patient === undefined && (typeof locationId !== "string" || !state.located);
      if (time >= span.from && time < span.until && typeof providerId === "string") {
        if (plain) {
          const known = span.answers[index]?.[providerId];
          if (known !== undefined) return known;
        } else {
          let slot = span.slots[index]?.[providerId];
          if (slot?.places !== undefined && typeof locationId === "string") slot = slot.places[locationId];
          if (slot !== undefined)
            return patient === undefined ? slot.answer : forPatient(state, slot, patient, input, index, time);
        }
      }
      const slot = slotAt(state, providerId, locationId, index, time);
      return patient === undefined ? slot.answer : forPatient(state, slot, patient, input, index, time);
    },
    resolveReply(input: ReplyInput): Resolution {
      const time = inputTime(input.at, "compileRouter: resolveReply");
      const patient = readPatient(input.patient, "compileRouter: resolveReply");
      if (!(time >= state.span.from && time < state.span.until)) state.span = spanAt(state, time);
      return replyAt(practice, input, patient, lookupAt(absences, time), state.span.moment);
    },
  });
}

const WHERE = "compileRouter: resolve";

type Kind = "none" | "unknown" | "staff";

/**
 * An answer given in a span, with what patients need of it. `places` holds, by location id, the answers at
 * locations with a table when this answer (given without a location) reached past the after-hours and
 * provider cells, so a location could change it; `undefined` when no location can. `needs` and `kept` are
 * made on the first call with a patient (see `forPatient`).
 */
interface Slot {
  readonly answer: Resolution;
  readonly places: Record<Id, Slot> | undefined;
  needs: Needs | undefined;
  kept: Map<number | string, Entry[]> | undefined;
}

/**
 * A span of time `[from, until)` in which the absences in force, the opening state and the time fields of
 * the answers stay the same, with the answers given in it: `slots` by category and provider id, `others` by
 * category and kind for patients without a provider (`none`), with an `unknown` id or a `staff` id, and
 * `category` for a string that is not a category. `answers` holds the answer of each slot in `slots`, for
 * calls with neither a patient nor a location (one lookup, no slot to read). `kept` counts the answers kept
 * for patients in it.
 */
interface Span {
  readonly from: number;
  readonly until: number;
  readonly inForce: boolean;
  readonly closed: boolean;
  readonly moment: Moment;
  readonly answers: readonly Record<Id, Resolution>[];
  readonly slots: readonly Record<Id, Slot>[];
  readonly others: readonly { [K in Kind]?: Slot }[];
  category: Slot | undefined;
  kept: number;
}

/** The span before the first call: it holds no instant. */
const NO_SPAN: Span = {
  from: Number.POSITIVE_INFINITY,
  until: Number.NEGATIVE_INFINITY,
  inForce: false,
  closed: false,
  moment: { hours: { open: true, nextOpenAt: null }, respondBy: null },
  answers: [],
  slots: [],
  others: [],
  category: undefined,
  kept: 0,
};

/** Most answers kept for patients in one span; past it the span starts again (a bound on memory). */
const MAX_PATIENT_ANSWERS = 10_000;

/**
 * What a router keeps: plain data, filled on first use. `rows` holds the six answers, while nobody is away
 * and the practice is open, of each provider (or kind of patient without one) asked about, at each location
 * asked about; `lists` each of their recipient lists once. `span` is the span of the last call, with the
 * answers given in it. `located` tells whether the practice has a location with a table.
 */
interface RouterState {
  readonly practice: Practice;
  readonly absences: AbsenceIndex;
  readonly bounds: readonly number[];
  readonly clock: ScheduleClock | undefined;
  /** Each category's eligibility rule (`visitWithinDays`), by category index. */
  readonly eligibility: readonly (number | undefined)[];
  readonly located: boolean;
  /** By location (`null` for none), then by provider id or `#` and the kind. */
  readonly rows: Map<Id | null, Map<string, readonly Routed[]>>;
  readonly lists: Map<string, readonly Id[]>;
  span: Span;
}

/** The span holding `time`: the overlap of the absences' stretch and the schedule's. */
function spanAt(state: RouterState, time: number): Span {
  const stretch = stretchAt(state.bounds, state.absences, time);
  const hours = state.clock === undefined ? undefined : openStretchAt(state.clock, time);
  return {
    from: Math.max(stretch.from, hours?.from ?? Number.NEGATIVE_INFINITY),
    until: Math.min(stretch.until, hours?.until ?? Number.POSITIVE_INFINITY),
    inForce: stretch.inForce,
    closed: hours !== undefined && !hours.open,
    moment: momentAt(state.clock, time, hours),
    answers: MESSAGE_CATEGORIES.map(() => Object.create(null)),
    slots: MESSAGE_CATEGORIES.map(() => Object.create(null)),
    others: MESSAGE_CATEGORIES.map(() => ({})),
    category: undefined,
    kept: 0,
  };
}

const slotOf = (answer: Resolution, places?: Record<Id, Slot>): Slot => ({
  answer,
  places,
  needs: undefined,
  kept: undefined,
});

/** The slot when the fast path of `resolve` does not hold; kept in the span for the next call. */
function slotAt(state: RouterState, providerId: unknown, locationId: unknown, index: number, time: number): Slot {
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
  const key = kind === "provider" ? (id as Id) : `#${kind}`; // "#" starts no id
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

/**
 * The answer for a patient (DESIGN.md section 11), from the slot of the answer without one: a refusal of the
 * practice's stays; then the patient's block and eligibility; then the answer itself when the patient changes
 * nothing in it (see `patientKey`), else one kept for the span for a patient who agrees on everything it
 * reads, else one resolved afresh and kept. Up to there it reads the patient as given and allocates nothing.
 */
function forPatient(
  state: RouterState,
  slot: Slot,
  patient: PatientContext,
  input: ResolveInput,
  index: number,
  time: number,
): Resolution {
  const lastVisit = checkPatient(patient, WHERE);
  const { answer } = slot;
  if (index < 0 || (!answer.ok && answer.reason !== "no_recipient")) return answer;
  const { practice, span } = state;
  const { blocked = false } = patient;
  // Only a block or an eligibility rule refuses a patient.
  if (blocked !== false || state.eligibility[index] !== undefined) {
    const refused = patientRefusal(practice, index, blocked, lastVisit, time);
    if (refused !== undefined) return timed(refused, span.moment);
  }
  const { excludedMembers: excluded = NONE, careTeam = NONE, id } = patient;
  if (excluded.length === 0 && careTeam.length === 0 && id === undefined) return answer;
  slot.needs ??= needsOf(answer.trace, practice);
  const key = patientKey(slot.needs, excluded, careTeam, id);
  if (key === undefined) return answer;
  const entries = slot.kept?.get(key);
  const kept = entries === undefined ? undefined : keptAnswer(entries, excluded, careTeam, id);
  if (kept !== undefined) return kept;
  const run = readPatient(patient, WHERE) as NonNullable<ReturnType<typeof readPatient>>;
  const absenceOf = lookupAt(state.absences, time);
  const fresh = timed(resolveCategory(practice, index, input, absenceOf, span.closed, run, time), span.moment);
  if (span.kept >= MAX_PATIENT_ANSWERS) {
    state.span = spanAt(state, time);
    return fresh;
  }
  span.kept++;
  slot.kept ??= new Map();
  const entry = entryOf(run, fresh, practice);
  if (entries === undefined) slot.kept.set(key, [entry]);
  else entries.push(entry);
  return fresh;
}

const NONE: readonly Id[] = Object.freeze([]);
