import { type AbsenceIndex, indexAbsences, lookupAt } from "../internal/absences.js";
import { categoryIndex, MESSAGE_CATEGORIES } from "../model/categories.js";
import type { Id, Practice } from "../model/types.js";
import { resolveCategory } from "./internal/expand.js";
import { inputTime } from "./internal/inputTime.js";
import { patientProvider } from "./internal/provider.js";
import { buildRow, isChangedBy } from "./internal/rows.js";
import { boundariesOf, type Stretch, stretchAt } from "./internal/timeline.js";
import type { Resolution, ResolveInput, Router } from "./types.js";

/**
 * Builds a router for one practice: the same answers as {@link resolveRecipients} (traces included), in
 * constant time per call. A provider's answers are built on first use; an answer an absence can change is
 * resolved afresh once per stretch of time in which the absences in force stay the same. A repeated call in
 * the same stretch returns the same object. See the Routing guide for how it works.
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
 * const resolution = router.resolve({ category: "health_question", providerId: "crusher" });
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
  const cache: RouterCache = {
    practice,
    absences,
    bounds,
    stored: MESSAGE_CATEGORIES.map(() => Object.create(null)),
    shared: {},
    lists: new Map(),
    stretch: stretchAt(bounds, absences, Number.NEGATIVE_INFINITY),
    fresh: new Map(),
  };
  return Object.freeze({
    practiceId: practice.id,
    revision: practice.revision,
    resolve(input: ResolveInput): Resolution {
      const time = inputTime(input.at, "compileRouter: resolve");
      const index = categoryIndex(input.category);
      const { providerId } = input;
      const stored = typeof providerId === "string" && index >= 0 ? cache.stored[index]?.[providerId] : undefined;
      const { stretch } = cache;
      if (stored !== undefined && !stretch.inForce && time >= stretch.from && time < stretch.until) return stored;
      return answerAt(cache, providerId, index, time, stored);
    },
  });
}

/**
 * What a router keeps: plain data, filled on first use. `stored` holds the six answers of each provider asked
 * about while nobody is away, one record per category by provider id (all the fast path reads), and `shared`
 * six for each case of patients without a provider (`none`), with an `unknown` id or a `staff` id; `lists`
 * holds each of their recipient lists once. `fresh` is the memo of `stretch`: the answer found for each stored
 * answer at an instant of that stretch, the stored one or one resolved afresh with the absences in force.
 */
interface RouterCache {
  readonly practice: Practice;
  readonly absences: AbsenceIndex;
  readonly bounds: readonly number[];
  readonly stored: readonly Record<Id, Resolution>[];
  readonly shared: { none?: Resolution[]; unknown?: Resolution[]; staff?: Resolution[] };
  readonly lists: Map<string, readonly Id[]>;
  stretch: Stretch;
  fresh: Map<Resolution, Resolution>;
}

/** The answer when the fast path of `resolve` does not hold. */
function answerAt(
  cache: RouterCache,
  providerId: unknown,
  index: number,
  time: number,
  known: Resolution | undefined,
): Resolution {
  const { practice, absences } = cache;
  // Not a category, or a provider id outside the types (a number, say): nothing stored can answer.
  if (index < 0 || !(typeof providerId === "string" || providerId === null || providerId === undefined))
    return resolveCategory(practice, index, providerId as Id, lookupAt(absences, time));
  const stored = known ?? storedAnswer(cache, providerId ?? null, index);
  if (!(time >= cache.stretch.from && time < cache.stretch.until)) {
    cache.stretch = stretchAt(cache.bounds, absences, time);
    cache.fresh = new Map();
  }
  if (!cache.stretch.inForce) return stored;
  let answer = cache.fresh.get(stored);
  if (answer === undefined) {
    const absenceOf = lookupAt(absences, time);
    answer = isChangedBy(stored, absenceOf) ? resolveCategory(practice, index, providerId, absenceOf) : stored;
    cache.fresh.set(stored, answer);
  }
  return answer;
}

/** The answer while nobody is away for a `providerId` and category; builds the six answers on first use. */
function storedAnswer(cache: RouterCache, providerId: Id | null, index: number): Resolution {
  const known = providerId === null ? undefined : cache.stored[index]?.[providerId];
  if (known !== undefined) return known;
  const { kind } = patientProvider(cache.practice, providerId);
  if (kind !== "provider") {
    cache.shared[kind] ??= buildRow(cache.practice, providerId, cache.lists);
    return cache.shared[kind][index] as Resolution;
  }
  const row = buildRow(cache.practice, providerId, cache.lists);
  for (const [column, answer] of row.entries())
    (cache.stored[column] as Record<Id, Resolution>)[providerId as Id] = answer;
  return row[index] as Resolution;
}
