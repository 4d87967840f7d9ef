import { type AbsenceIndex, indexAbsences, lookupAt } from "../internal/absences.js";
import { clockOf, openStretchAt, type ScheduleClock } from "../internal/schedule.js";
import { categoryIndex, MESSAGE_CATEGORIES, type MessageCategory } from "../model/categories.js";
import type { Id, Practice } from "../model/types.js";
import { afterHoursCell, resolveCategory, tableLocation } from "./internal/expand.js";
import { inputTime } from "./internal/inputTime.js";
import { type Moment, momentAt, timed } from "./internal/moment.js";
import type { Routed } from "./internal/outcomes.js";
import { type PatientRun, patientRefusal, readPatient } from "./internal/patient.js";
import { keepAnswer, keptAnswer, type PatientAnswers, patientKey } from "./internal/patientAnswers.js";
import { patientProvider } from "./internal/provider.js";
import { buildRow, isChangedBy } from "./internal/rows.js";
import { boundariesOf, stretchAt } from "./internal/timeline.js";
import { replyAt } from "./resolveReply.js";
import type { ReplyInput, Resolution, ResolveInput, Router } from "./types.js";

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
  const bounds = boundariesOf(absences);
  const clock = clockOf(practice);
  const lists = new Map<string, readonly Id[]>();
  const cacheOf = (locationId: Id | null): RouterCache => ({
    practice,
    locationId,
    absences,
    bounds,
    clock,
    base: MESSAGE_CATEGORIES.map(() => Object.create(null)),
    shared: {},
    lists,
    span: NO_SPAN,
  });
  const main = cacheOf(null);
  // One cache per location with a table; any other location id is no location.
  const places = new Map<unknown, RouterCache>();
  for (const id of Object.keys(practice.locationRouting ?? {}))
    if (tableLocation(practice, id) !== null) places.set(id, cacheOf(id));
  return Object.freeze({
    practiceId: practice.id,
    revision: practice.revision,
    resolve(input: ResolveInput): Resolution {
      const time = inputTime(input.at, "compileRouter: resolve");
      const index = categoryIndex(input.category);
      const { providerId, patient, locationId } = input;
      const cache = locationId === undefined || locationId === null ? main : (places.get(locationId) ?? main);
      const { span } = cache;
      if (time >= span.from && time < span.until && typeof providerId === "string") {
        const known = span.answers[index]?.[providerId];
        if (known !== undefined) return patient === undefined ? known : forPatient(cache, known, input, index, time);
      }
      const answer = answerAt(cache, providerId, index, time);
      return patient === undefined ? answer : forPatient(cache, answer, input, index, time);
    },
    resolveReply(input: ReplyInput): Resolution {
      const time = inputTime(input.at, "compileRouter: resolveReply");
      const patient = readPatient(input.patient, "compileRouter: resolveReply");
      if (!(time >= main.span.from && time < main.span.until)) main.span = spanAt(main, time);
      return replyAt(practice, input, patient, lookupAt(absences, time), main.span.moment);
    },
  });
}

type Kind = "none" | "unknown" | "staff";

/**
 * A span of time `[from, until)` in which the absences in force, the opening state and the time fields of
 * the answers stay the same, with the answers given in it: `answers` by category and provider id, `shared`
 * for patients without a provider (`none`), with an `unknown` id or a `staff` id, and for a string that is
 * not a `category`.
 */
interface Span {
  readonly from: number;
  readonly until: number;
  readonly inForce: boolean;
  readonly closed: boolean;
  readonly moment: Moment;
  readonly answers: readonly Record<Id, Resolution>[];
  readonly shared: { [K in Kind | "category"]?: Resolution[] };
  /** Answers resolved afresh for patients who change them, kept for the span. */
  readonly forPatients: PatientAnswers;
}

/** The span before the first call: it holds no instant. */
const NO_SPAN: Span = {
  from: Number.POSITIVE_INFINITY,
  until: Number.NEGATIVE_INFINITY,
  inForce: false,
  closed: false,
  moment: { hours: { open: true, nextOpenAt: null }, respondBy: null },
  answers: [],
  shared: {},
  forPatients: { byAnswer: new Map(), size: 0 },
};

/**
 * What a router keeps: plain data, filled on first use. `base` holds the six answers of each provider asked
 * about while nobody is away and the practice is open, one record per category by provider id, and `shared`
 * six for each kind of patient without a provider; `lists` holds each of their recipient lists once. `span`
 * is the span of the last call, with the answers given in it.
 */
interface RouterCache {
  readonly practice: Practice;
  /** The location whose table these answers use (one with a table), or `null`. */
  readonly locationId: Id | null;
  readonly absences: AbsenceIndex;
  readonly bounds: readonly number[];
  readonly clock: ScheduleClock | undefined;
  readonly base: readonly Record<Id, Routed>[];
  readonly shared: { [K in Kind]?: Routed[] };
  readonly lists: Map<string, readonly Id[]>;
  span: Span;
}

/** The span holding `time`: the overlap of the absences' stretch and the schedule's. */
function spanAt(cache: RouterCache, time: number): Span {
  const stretch = stretchAt(cache.bounds, cache.absences, time);
  const hours = cache.clock === undefined ? undefined : openStretchAt(cache.clock, time);
  return {
    from: Math.max(stretch.from, hours?.from ?? Number.NEGATIVE_INFINITY),
    until: Math.min(stretch.until, hours?.until ?? Number.POSITIVE_INFINITY),
    inForce: stretch.inForce,
    closed: hours !== undefined && !hours.open,
    moment: momentAt(cache.clock, time, hours),
    answers: MESSAGE_CATEGORIES.map(() => Object.create(null)),
    shared: {},
    forPatients: { byAnswer: new Map(), size: 0 },
  };
}

/** The answer when the fast path of `resolve` does not hold; kept in the span for the next call. */
function answerAt(cache: RouterCache, providerId: unknown, index: number, time: number): Resolution {
  const { practice, absences } = cache;
  if (!(time >= cache.span.from && time < cache.span.until)) cache.span = spanAt(cache, time);
  const { span } = cache;
  // Not a category: one refusal per span. A provider id outside the types (a number, say): resolved afresh.
  if (index < 0) {
    span.shared.category ??= [
      timed(resolveCategory(practice, index, {}, lookupAt(absences, time), false), span.moment),
    ];
    return span.shared.category[0] as Resolution;
  }
  if (!(typeof providerId === "string" || providerId === null || providerId === undefined)) {
    return timed(
      resolveCategory(
        practice,
        index,
        { providerId: providerId as Id, locationId: cache.locationId },
        lookupAt(absences, time),
        span.closed,
      ),
      span.moment,
    );
  }
  const id = providerId ?? null;
  const kind = id !== null && cache.base[index]?.[id] !== undefined ? "provider" : patientProvider(practice, id).kind;
  if (kind !== "provider") {
    const known = span.shared[kind]?.[index];
    if (known !== undefined) return known;
  }
  const base = baseAnswer(cache, id, kind, index);
  const category = MESSAGE_CATEGORIES[index] as MessageCategory;
  const routable = base.ok || base.reason === "no_recipient";
  const afterHours = span.closed && routable && afterHoursCell(practice, category) !== undefined;
  const absenceOf = lookupAt(absences, time);
  const fresh = afterHours || (span.inForce && isChangedBy(base, absenceOf));
  const where = { providerId: id, locationId: cache.locationId };
  const answer = timed(fresh ? resolveCategory(practice, index, where, absenceOf, span.closed) : base, span.moment);
  if (kind === "provider") (span.answers[index] as Record<Id, Resolution>)[id as Id] = answer;
  else {
    span.shared[kind] ??= [];
    span.shared[kind][index] = answer;
  }
  return answer;
}

/** The answer while nobody is away and the practice is open; builds the six answers of a provider on first use. */
function baseAnswer(cache: RouterCache, id: Id | null, kind: Kind | "provider", index: number): Routed {
  if (kind !== "provider") {
    cache.shared[kind] ??= buildRow(cache.practice, id, cache.locationId, cache.lists);
    return cache.shared[kind][index] as Routed;
  }
  const known = cache.base[index]?.[id as Id];
  if (known !== undefined) return known;
  const row = buildRow(cache.practice, id, cache.locationId, cache.lists);
  for (const [column, answer] of row.entries()) (cache.base[column] as Record<Id, Routed>)[id as Id] = answer;
  return row[index] as Routed;
}

/**
 * The answer for a patient (DESIGN.md section 11), from the answer without one: a refusal of the practice's
 * stays; then the patient's block and eligibility; then the answer itself when the patient changes nothing in
 * it (see `patientKey`), else one kept for the span for a patient who agrees on everything it reads, else one
 * resolved afresh and kept.
 */
function forPatient(cache: RouterCache, answer: Resolution, input: ResolveInput, index: number, time: number) {
  const patient = readPatient(input.patient, "compileRouter: resolve") as PatientRun;
  if (index < 0 || (!answer.ok && answer.reason !== "no_recipient")) return answer;
  const { practice, span } = cache;
  const refused = patientRefusal(practice, index, patient, time);
  if (refused !== undefined) return timed(refused, span.moment);
  const key = patientKey(answer, patient, practice);
  if (key === undefined) return answer;
  const kept = keptAnswer(span.forPatients, answer, key, patient, practice);
  if (kept !== undefined) return kept;
  const absenceOf = lookupAt(cache.absences, time);
  const fresh = timed(resolveCategory(practice, index, input, absenceOf, span.closed, patient, time), span.moment);
  keepAnswer(span.forPatients, answer, key, patient, fresh, practice);
  return fresh;
}
