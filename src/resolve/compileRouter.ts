import { getOwn } from "../internal/own.js";
import { MESSAGE_CATEGORIES } from "../model/categories.js";
import type { Id, Practice } from "../model/types.js";
import { columnOf } from "./internal/columns.js";
import { routeCategory } from "./internal/expand.js";
import { instantOf } from "./internal/instant.js";
import { activeAdmins, MESSAGING_DISABLED, UNKNOWN_CATEGORY } from "./internal/outcomes.js";
import { NO_PROVIDER, type PatientProvider, STAFF_PROVIDER, UNKNOWN_PROVIDER } from "./internal/provider.js";
import { buildRow, type Entry, isWindowed, type Windowed } from "./internal/rows.js";
import { type AbsenceIndex, indexAbsences, isInWindows, lookupAt } from "./internal/windows.js";
import type { Resolution, ResolveInput, Router } from "./types.js";

/**
 * Builds a router for one practice: the same answers as {@link resolveRecipients} (traces included), in
 * constant time per call.
 *
 * Compiling does constant work; the router then indexes on demand, each piece once: the practice's
 * absences as numeric intervals, and, the first time a provider is seen, that provider's six answers
 * (one per category, stored in one `Map` per category keyed by provider id) as they are when nobody they
 * can reach is away. An answer no absence can change is returned as is: one `Map.get`, no clock read, no
 * allocation. An answer an absence can change carries the time windows during which one is in force;
 * outside them it is returned as is, inside them the category is resolved afresh with coverage. Unknown
 * ids, staff ids and "no provider" share answers, so a router never holds more than six answers per
 * provider. Total work is linear in the practice.
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
  // One map per category column, from provider (or staff) id to its entry: a single lookup per call.
  const columns = MESSAGE_CATEGORIES.map(() => new Map<Id, Entry>());
  const shared = new Map<PatientProvider, readonly Entry[]>();
  let absences: AbsenceIndex | undefined;
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
  const sharedRow = (provider: PatientProvider): readonly Entry[] => {
    let row = shared.get(provider);
    if (row === undefined) {
      row = buildRow(practice, indexOnce(), provider, backstop);
      shared.set(provider, row);
    }
    return row;
  };
  /** The entry of an id on a cache miss; a provider's or staff id's entries are stored in the column maps. */
  const entryOf = (providerId: Id | null | undefined, column: number): Entry => {
    if (providerId === null || providerId === undefined) return sharedRow(NO_PROVIDER)[column] as Entry;
    const member = getOwn(members, providerId);
    if (member === undefined) return sharedRow(UNKNOWN_PROVIDER)[column] as Entry;
    const row =
      member.role === "provider"
        ? buildRow(practice, indexOnce(), { kind: "provider", id: providerId }, backstop)
        : sharedRow(STAFF_PROVIDER);
    for (const [index, entry] of row.entries()) columns[index]?.set(providerId, entry);
    return row[column] as Entry;
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
  /** The answer of an entry an absence can change: resolved afresh only inside its windows. */
  const answerAt = (entry: Windowed, at: unknown, time: number): Resolution => {
    const now = at === undefined ? Date.now() : time;
    if (!isInWindows(entry.windows, now)) return entry.answer;
    return routeCategory(practice, entry.category, entry.provider, lookupAt(indexOnce(), now), backstop);
  };

  return Object.freeze({
    resolve(input: ResolveInput): Resolution {
      const at = input.at;
      // `at` is checked on every call; "now" is only read when an answer depends on an absence.
      const time = at instanceof Date ? at.getTime() : at === undefined ? Number.NaN : timeOf(at);
      if (Number.isNaN(time) && at !== undefined) instantOf(at, "compileRouter: resolve"); // throws: invalid Date
      if (!messagingOn) return MESSAGING_DISABLED;
      const column = columnOf(input.category);
      if (column < 0) return UNKNOWN_CATEGORY;
      const providerId = input.providerId;
      const entry =
        (providerId === null || providerId === undefined ? undefined : columns[column]?.get(providerId)) ??
        entryOf(providerId, column);
      return isWindowed(entry) ? answerAt(entry, at, time) : entry;
    },
  });
}
