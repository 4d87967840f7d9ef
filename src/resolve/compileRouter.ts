import { type AbsenceIndex, indexAbsences, lookupAt } from "../internal/absences.js";
import { categoryIndex } from "../model/categories.js";
import type { Id, Practice } from "../model/types.js";
import { resolveCategory } from "./internal/expand.js";
import { inputTime } from "./internal/inputTime.js";
import { patientProvider } from "./internal/provider.js";
import { buildRow, type Row } from "./internal/rows.js";
import { isInWindows, type Stretch, stretchAt, type Timeline, timelineOf } from "./internal/timeline.js";
import type { Resolution, ResolveInput, Router } from "./types.js";

/**
 * Builds a router for one practice: the same answers as {@link resolveRecipients} (traces included), in
 * constant time per call.
 *
 * The router keeps plain data, filled on first use. A provider's _row_ holds its six answers as they are when
 * nobody is away, and for each the windows of time in which an absence it can reach is in force; patients
 * without a provider, with an unknown id or with a staff id share one row per case. The _timeline_ cuts time
 * at every `from` and `until` of the practice's absences: within one stretch between two cuts, no answer
 * changes. A call checks `at`, finds the row, and returns the stored answer while no absence is in force in
 * the current stretch or none can reach the answer; otherwise the answer is resolved afresh with coverage,
 * once per stretch, and kept until the stretch changes. So a repeated call in the same stretch returns the
 * same object. See the Routing and Performance guides.
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
  const absences = indexAbsences(practice);
  const cache: RouterCache = {
    practice,
    absences,
    timeline: timelineOf(absences),
    rows: Object.create(null),
    shared: {},
    stretch: { from: Number.POSITIVE_INFINITY, until: Number.NEGATIVE_INFINITY, inForce: false, fresh: new Map() },
  };
  return Object.freeze({
    resolve(input: ResolveInput): Resolution {
      const time = inputTime(input.at, "compileRouter: resolve");
      const index = categoryIndex(input.category);
      const { providerId } = input;
      const row = typeof providerId === "string" && index >= 0 ? cache.rows[providerId] : undefined;
      const { stretch } = cache;
      if (row !== undefined && !stretch.inForce && time >= stretch.from && time < stretch.until)
        return row.answers[index] as Resolution;
      return answerAt(cache, providerId, index, time);
    },
  });
}

/** What a router keeps: plain data, filled on first use. */
interface RouterCache {
  readonly practice: Practice;
  readonly absences: AbsenceIndex;
  readonly timeline: Timeline;
  /** The row of each provider asked about, by id. */
  readonly rows: Record<Id, Row>;
  /** The rows shared by all patients without a provider (`none`), with an unknown id, with a staff id. */
  readonly shared: Record<string, Row>;
  /** The stretch of the last instant looked up, with the memo of the fresh answers found in it. */
  stretch: Stretch & { readonly fresh: Map<Resolution, Resolution> };
}

/** The answer when the fast path of `resolve` does not hold. */
function answerAt(cache: RouterCache, providerId: unknown, index: number, time: number): Resolution {
  const { practice, absences } = cache;
  // Not a category, or a provider id outside the types (a number, say): nothing stored can answer.
  if (index < 0 || !(typeof providerId === "string" || providerId === null || providerId === undefined))
    return resolveCategory(practice, index, providerId as Id, lookupAt(absences, time));
  const row = rowOf(cache, providerId ?? null);
  const stored = row.answers[index] as Resolution;
  const windows = row.windows[index] as readonly number[];
  if (!(time >= cache.stretch.from && time < cache.stretch.until))
    cache.stretch = { ...stretchAt(cache.timeline, time), fresh: new Map() };
  if (!cache.stretch.inForce || windows.length === 0) return stored;
  let fresh = cache.stretch.fresh.get(stored);
  if (fresh === undefined) {
    const away = isInWindows(windows, time);
    fresh = away ? resolveCategory(practice, index, row.providerId, lookupAt(absences, time)) : stored;
    cache.stretch.fresh.set(stored, fresh);
  }
  return fresh;
}

/** The row of a `providerId`, built on first use. */
function rowOf(cache: RouterCache, providerId: Id | null): Row {
  const { kind } = patientProvider(cache.practice, providerId);
  const [rows, key] = kind === "provider" ? [cache.rows, providerId as Id] : [cache.shared, kind];
  const row = rows[key] ?? buildRow(cache.practice, cache.absences, providerId);
  rows[key] = row;
  return row;
}
