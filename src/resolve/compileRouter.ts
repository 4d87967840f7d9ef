import { MESSAGE_CATEGORIES } from "../model/categories.js";
import type { Id, Practice } from "../model/types.js";
import { type AbsenceIndex, indexAbsences, lookupAt } from "./internal/absences.js";
import { columnOf, compactCopy, interner } from "./internal/columns.js";
import { routeCategory } from "./internal/expand.js";
import { inputTime } from "./internal/inputTime.js";
import { activeAdmins, categoryAt, MESSAGING_DISABLED, UNKNOWN_CATEGORY } from "./internal/outcomes.js";
import { type PatientProvider, patientProvider } from "./internal/provider.js";
import { buildRow } from "./internal/rows.js";
import { isInWindows, type Segments, segmentAt, segmentsOf, type Windows } from "./internal/windows.js";
import type { Resolution, ResolveInput, Router } from "./types.js";

/**
 * Builds a router for one practice: the same answers as {@link resolveRecipients} (traces included), in
 * constant time per call.
 *
 * Compiling does constant work; the router then builds what it needs on demand, each piece once. The first
 * time a provider is asked about, it builds that provider's six answers (one per category) as they are when
 * nobody they can reach is away, and stores each in one record per category keyed by provider id; "no
 * provider", unknown ids and staff ids share one set of six answers each. A call is then: check `at`, pick
 * the category with a `switch`, one keyed lookup. While nobody in the practice is away at `at`, the stored
 * answer is returned as is: no clock read, no allocation. When somebody is away, an answer that an absence
 * can reach is resolved afresh with coverage, once for each stretch of time in which the absences in force
 * stay the same; any other is still returned as is. Equal
 * recipient lists are shared between answers, and the answers' top objects are re-allocated side by side
 * each time the number of providers built doubles (fewer memory pages to touch per call). Total work is
 * linear in the practice. See the Performance guide for figures.
 *
 * The practice must not change after compiling (practices from `parsePractice` are frozen).
 *
 * @param practice - The practice configuration (left untouched).
 * @returns A {@link Router}; its `resolve` throws the same `TypeError`s as `resolveRecipients`.
 * @example
 * ```ts
 * const router = compileRouter(samplePractice());
 * const resolution = router.resolve({ category: "health_question", providerId: "crusher" });
 * resolution.ok && resolution.recipients;
 * //=> ["crusher"]
 * ```
 */
export function compileRouter(practice: Practice): Router {
  const { messaging } = practice;
  const messagingOn = messaging.patientInitiated === true;
  // One record per category from provider id to its answer, filled a provider at a time on first use.
  const columns: Record<Id, Resolution>[] = MESSAGE_CATEGORIES.map(() => Object.create(null));
  // The answers of the three shared situations ("no provider", unknown id, staff id), six each.
  const shared: (Resolution | undefined)[] = [];
  // For an answer an absence can reach, its windows and its answer in the current segment (sparse): for the
  // shared answers by their place in `shared`, for a provider's by provider id, then column.
  const sharedHolders: (Holder | undefined)[] = [];
  const providerHolders = new Map<Id, readonly (Holder | undefined)[]>();
  const intern = interner();
  const builtIds: Id[] = [];
  let absences: AbsenceIndex | undefined;
  // Every `from` and `until` of the practice's absences, sorted: between two of them (a segment), the
  // absences in force do not change, and neither do the answers. The segment of the last instant seen:
  let segments: Segments | undefined;
  let segment = -1;
  let segmentFrom = Number.POSITIVE_INFINITY;
  let segmentUntil = Number.NEGATIVE_INFINITY;
  // The same bounds when nobody in the practice is away in that segment (every stored answer holds), else empty.
  let quietFrom = Number.POSITIVE_INFINITY;
  let quietUntil = Number.NEGATIVE_INFINITY;
  let admins: readonly Id[] | undefined;
  let lastText: string | undefined;
  let lastTextTime = 0;

  const backstop = (): readonly Id[] => {
    admins ??= Object.freeze(activeAdmins(practice));
    return admins;
  };
  const indexOnce = (): AbsenceIndex => {
    absences ??= indexAbsences(practice);
    return absences;
  };
  /** Where the six answers of a shared situation ("no provider", unknown id, staff id) start in `shared`. */
  const sharedOffset = (situation: PatientProvider): number => SHARED_ROWS.indexOf(situation.kind) * COLUMNS;
  /**
   * The answer for a `providerId` that is not a string (outside the types): resolved afresh on every call,
   * exactly as `resolveRecipients` does, since records would store it under its string form.
   */
  const unstored = (providerId: unknown, column: number, at: unknown, time: number): Resolution => {
    const situation = patientProvider(practice, providerId as Id);
    const now = at === undefined ? Date.now() : time;
    return routeCategory(practice, categoryAt(column), situation, lookupAt(indexOnce(), now), backstop);
  };
  /** The answer on a miss: builds the six answers of the situation once, then stores them. */
  const answerOf = (providerId: Id | null | undefined, column: number): Resolution => {
    const situation = patientProvider(practice, providerId);
    if (situation.kind !== "provider") {
      const offset = sharedOffset(situation);
      if (shared[offset] === undefined) {
        const spans: (Windows | undefined)[] = [];
        buildRow(practice, indexOnce(), situation, backstop, intern, shared, spans, offset);
        for (const [place, windows] of spans.entries()) {
          if (windows !== undefined) sharedHolders[place] = holder(windows, situation);
        }
      }
      return shared[offset + column] as Resolution;
    }
    const built: Resolution[] = [];
    const spans: (Windows | undefined)[] = [];
    buildRow(practice, indexOnce(), situation, backstop, intern, built, spans, 0);
    for (let index = 0; index < COLUMNS; index++)
      (columns[index] as Record<Id, Resolution>)[situation.id] = built[index] as Resolution;
    if (spans.length > 0) {
      providerHolders.set(
        situation.id,
        Array.from(spans, (windows) => (windows === undefined ? undefined : holder(windows, situation))),
      );
    }
    builtIds.push(situation.id);
    if (builtIds.length >= REPACK_FROM && (builtIds.length & (builtIds.length - 1)) === 0) repack();
    return built[column] as Resolution;
  };
  /**
   * Re-allocates the top objects of every stored answer in one burst, when the number of providers built
   * reaches a power of two: answers built one provider at a time lie among their traces, spread over many
   * memory pages; fresh copies made together lie side by side. Amortised, this is one extra copy per answer.
   */
  const repack = (): void => {
    for (const record of columns) {
      for (const id of builtIds) record[id] = compactCopy(record[id] as Resolution, sameList);
    }
  };
  const timeOf = (at: unknown): number => {
    if (typeof at === "string" && at === lastText) return lastTextTime;
    const time = inputTime(at, "compileRouter: resolve");
    if (typeof at === "string") {
      lastText = at;
      lastTextTime = time;
    }
    return time;
  };
  /** Finds the segment of `now` and whether anybody is away in it. */
  const moveTo = (now: number): void => {
    segments ??= segmentsOf(indexOnce());
    const found = segmentAt(segments, now);
    segment = found.index;
    segmentFrom = found.from;
    segmentUntil = found.until;
    quietFrom = found.quiet ? found.from : Number.POSITIVE_INFINITY;
    quietUntil = found.quiet ? found.until : Number.NEGATIVE_INFINITY;
  };
  /** The holder of an answer an absence can reach, or `undefined` when none can. */
  const holderOf = (providerId: Id | null | undefined, column: number): Holder | undefined => {
    // A provider's answers were built before this is asked: its holders, if any, are under its id.
    if (typeof providerId === "string" && (columns[column] as Record<Id, Resolution>)[providerId] !== undefined)
      return providerHolders.get(providerId)?.[column];
    const situation = patientProvider(practice, providerId);
    return situation.kind === "provider" ? undefined : sharedHolders[sharedOffset(situation) + column];
  };
  /**
   * The answer when somebody in the practice may be away: an answer an absence can reach is resolved afresh
   * with coverage when one is in force, once per segment; any other is the stored one.
   */
  const answerAt = (
    providerId: Id | null | undefined,
    column: number,
    answer: Resolution,
    at: unknown,
    time: number,
  ): Resolution => {
    const now = at === undefined ? Date.now() : time;
    if (!(now >= segmentFrom && now < segmentUntil)) moveTo(now);
    if (now >= quietFrom && now < quietUntil) return answer;
    const held = holderOf(providerId, column);
    if (held === undefined) return answer;
    if (held.segment !== segment) {
      held.segment = segment;
      held.fresh = isInWindows(held.windows, now)
        ? routeCategory(practice, categoryAt(column), held.situation, lookupAt(indexOnce(), now), backstop)
        : undefined;
    }
    return held.fresh ?? answer;
  };

  return Object.freeze({
    resolve(input: ResolveInput): Resolution {
      const at = input.at;
      // `at` is checked on every call; "now" is only read when an answer depends on an absence.
      const time = at instanceof Date ? at.getTime() : at === undefined ? Number.NaN : timeOf(at);
      if (Number.isNaN(time) && at !== undefined) inputTime(at, "compileRouter: resolve"); // throws: invalid Date
      if (!messagingOn) return MESSAGING_DISABLED;
      const column = columnOf(input.category);
      if (column < 0) return UNKNOWN_CATEGORY;
      const providerId = input.providerId;
      let answer: Resolution | undefined;
      if (typeof providerId === "string") answer = (columns[column] as Record<Id, Resolution>)[providerId];
      else if (providerId !== null && providerId !== undefined) return unstored(providerId, column, at, time);
      answer ??= answerOf(providerId, column);
      // With nobody away (the span is known), the stored answer is the answer: no clock read, no allocation.
      return time >= quietFrom && time < quietUntil ? answer : answerAt(providerId, column, answer, at, time);
    },
  });
}

/** Recipient lists of stored answers are interned already: a re-packed answer keeps its list. */
const sameList = (ids: readonly Id[]): readonly Id[] => ids;

/** What the router keeps for an answer an absence can reach. */
interface Holder {
  /** When an absence it can reach is in force. */
  readonly windows: Windows;
  /** Whose answer it is. */
  readonly situation: PatientProvider;
  /** The segment `fresh` was found for (-1: none yet). */
  segment: number;
  /** The answer in that segment when it differs from the stored one. */
  fresh: Resolution | undefined;
}

function holder(windows: Windows, situation: PatientProvider): Holder {
  return { windows, situation, segment: -1, fresh: undefined };
}

const COLUMNS = MESSAGE_CATEGORIES.length;
const SHARED_ROWS: readonly PatientProvider["kind"][] = ["none", "unknown", "staff"];
const REPACK_FROM = 64;
