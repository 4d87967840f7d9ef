import { getOwn } from "../internal/own.js";
import { MESSAGE_CATEGORIES } from "../model/categories.js";
import type { Id, Practice } from "../model/types.js";
import { columnOf } from "./internal/columns.js";
import { routeCategory } from "./internal/expand.js";
import { instantOf } from "./internal/instant.js";
import { activeAdmins, categoryAt, MESSAGING_DISABLED, UNKNOWN_CATEGORY } from "./internal/outcomes.js";
import { NO_PROVIDER, type PatientProvider, STAFF_PROVIDER, UNKNOWN_PROVIDER } from "./internal/provider.js";
import { buildRow, type Row, type Windowed } from "./internal/rows.js";
import {
  type AbsenceIndex,
  indexAbsences,
  isInWindows,
  lookupAt,
  type Windows,
  windowsOfAll,
} from "./internal/windows.js";
import type { Resolution, ResolveInput, Router } from "./types.js";

/**
 * Builds a router for one practice: the same answers as {@link resolveRecipients} (traces included), in
 * constant time per call.
 *
 * Compiling does constant work; the router then indexes on demand, each piece once: the practice's
 * absences as numeric intervals, and, the first time a provider is seen, that provider's six answers
 * (one per category, stored in one `Map` per category keyed by provider id) as they are when nobody they
 * can reach is away, with the time windows during which somebody is. A later call outside those windows
 * is one `Map.get` that returns that frozen answer and allocates nothing; a call inside one is resolved
 * afresh with coverage. Unknown ids, staff ids and "no provider" share answers, so a router never holds
 * more than six answers per provider. Total work is linear in the practice.
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
  const { members, messaging } = practice;
  const messagingOn = messaging.patientInitiated === true;
  // One map per category column, from provider (or staff) id: a single lookup per call.
  const quietColumns = MESSAGE_CATEGORIES.map(() => new Map<Id, Resolution>());
  const windowColumns = MESSAGE_CATEGORIES.map(() => new Map<Id, Windowed>());
  const shared = new Map<PatientProvider, Row>();
  let absences: AbsenceIndex | undefined;
  let everyone: Windows = []; // when anybody at all is away; empty when the practice records no absence
  let admins: readonly Id[] | undefined;
  let lastText: string | undefined;
  let lastTextTime = 0;
  let lastQuietTime = Number.NaN;
  let lastQuiet = false;

  const backstop = (): readonly Id[] => {
    admins ??= Object.freeze(activeAdmins(practice));
    return admins;
  };
  const indexOnce = (): AbsenceIndex => {
    if (absences === undefined) {
      absences = indexAbsences(practice);
      everyone = windowsOfAll(absences);
    }
    return absences;
  };
  const rowFor = (provider: PatientProvider): Row => buildRow(practice, indexOnce(), provider, backstop);
  const sharedRow = (provider: PatientProvider): Row => {
    let row = shared.get(provider);
    if (row === undefined) {
      row = rowFor(provider);
      shared.set(provider, row);
    }
    return row;
  };
  /** The row of an id on a cache miss; a provider's or staff id's answers are stored in the column maps. */
  const rowOf = (providerId: Id): Row => {
    const member = getOwn(members, providerId);
    if (member === undefined) return sharedRow(UNKNOWN_PROVIDER);
    const row = member.role === "provider" ? rowFor({ kind: "provider", id: providerId }) : sharedRow(STAFF_PROVIDER);
    for (const [column, map] of quietColumns.entries()) map.set(providerId, row.quiet[column] as Resolution);
    for (const [column, map] of windowColumns.entries()) {
      const windowed = row.windowed[column];
      if (windowed !== undefined) map.set(providerId, windowed);
    }
    return row;
  };
  const timeOf = (at: unknown): number => {
    if (typeof at === "string" && at === lastText) return lastTextTime;
    const time = instantOf(at, "compileRouter: resolve");
    if (typeof at === "string") {
      lastText = at;
      lastTextTime = time;
    }
    return time;
  };
  /** The answer when somebody in the practice is away at `time`: checks this answer's own windows. */
  const checked = (answer: Resolution, providerId: Id | null | undefined, column: number, time: number) => {
    const windowed =
      providerId === null || providerId === undefined
        ? sharedRow(NO_PROVIDER).windowed[column]
        : quietColumns[column]?.has(providerId)
          ? windowColumns[column]?.get(providerId)
          : sharedRow(UNKNOWN_PROVIDER).windowed[column];
    if (windowed === undefined || !isInWindows(windowed.windows, time)) return answer;
    const lookup = lookupAt(absences as AbsenceIndex, time);
    return routeCategory(practice, categoryAt(column), windowed.provider, lookup, backstop);
  };

  return Object.freeze({
    resolve(input: ResolveInput): Resolution {
      const at = input.at;
      // `at` is checked on every call; "now" is only read when the practice records an absence.
      const time = at instanceof Date ? at.getTime() : at === undefined ? Number.NaN : timeOf(at);
      if (Number.isNaN(time) && at !== undefined) instantOf(at, "compileRouter: resolve"); // throws: invalid Date
      if (!messagingOn) return MESSAGING_DISABLED;
      const column = columnOf(input.category);
      if (column < 0) return UNKNOWN_CATEGORY;
      const providerId = input.providerId;
      const answer =
        providerId === null || providerId === undefined
          ? (sharedRow(NO_PROVIDER).quiet[column] as Resolution)
          : (quietColumns[column]?.get(providerId) ?? (rowOf(providerId).quiet[column] as Resolution));
      if (everyone.length === 0 || !answer.ok) return answer;
      const now = at === undefined ? Date.now() : time;
      // Is anybody in the practice away at `now`? (remembered for the last instant asked)
      if (now !== lastQuietTime) {
        lastQuietTime = now;
        lastQuiet = !isInWindows(everyone, now);
      }
      return lastQuiet ? answer : checked(answer, providerId, column, now);
    },
  });
}
