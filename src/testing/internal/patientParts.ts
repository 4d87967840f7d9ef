import * as fc from "fast-check";
import { compareIds } from "../../internal/own.js";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../../model/categories.js";
import type { Practice } from "../../model/types.js";
import { isoIn, OFFSETS } from "./isoIn.js";

// The parts of a generated patient: care team, excluded members, last visit and block, each drawn from the
// ids and rules of one practice so that every patient step of resolution is reached.

/** One day in milliseconds. @internal */
const DAY = 86_400_000;

// Ids that no generated practice holds ("constructor" is not a valid id), and lookalikes that may be members.
const STRANGERS = ["constructor", "ghost", "toString", "nobody-1"];

/** Ids that are not members of `practice`: at least `"constructor"`. @internal */
function strangersOf(practice: Practice): string[] {
  return STRANGERS.filter((id) => !Object.hasOwn(practice.members, id));
}

/** The day counts of the practice's eligibility rules (practice and categories), sorted; `[30]` when it has none. @internal */
function eligibilityDaysOf(practice: Practice): number[] {
  const eligibility = practice.messaging.eligibility;
  const rules = Object.values(eligibility?.categories ?? {}).map((rule) => rule?.visitWithinDays);
  const days = [eligibility?.visitWithinDays, ...rules].filter((n): n is number => typeof n === "number");
  return days.length === 0 ? [30] : [...new Set(days)].sort((a, b) => a - b);
}

const pool = (ids: readonly string[], weight: number) =>
  ids.length === 0 ? [] : [{ weight, arbitrary: fc.constantFrom(...ids) }];

/** Care teams: none, empty, members in any order, with an inactive member or an unknown id mixed in. @internal */
export function careTeamArbitrary(practice: Practice): fc.Arbitrary<string[] | undefined> {
  const ids = Object.keys(practice.members).sort(compareIds);
  const inactive = ids.filter((id) => practice.members[id]?.active === false);
  const team =
    ids.length === 0
      ? fc.constant<string[]>([])
      : fc.shuffledSubarray(ids, { minLength: 1, maxLength: Math.min(4, ids.length) });
  const withOne = (extra: readonly string[]) =>
    fc
      .tuple(team, fc.constantFrom(...extra), fc.nat())
      .map(([list, id, at]) => [...list.slice(0, at % (list.length + 1)), id, ...list.slice(at % (list.length + 1))]);
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant<string[]>([]) },
    { weight: 4, arbitrary: team },
    ...(inactive.length === 0 ? [] : [{ weight: 2, arbitrary: withOne(inactive) }]),
    { weight: 1, arbitrary: withOne(strangersOf(practice)) },
  );
}

/** 0–3 excluded ids: admins (sometimes all of them), coverers, group members, any member, unknown ids. @internal */
export function excludedArbitrary(practice: Practice): fc.Arbitrary<string[] | undefined> {
  const ids = Object.keys(practice.members).sort(compareIds);
  const admins = ids.filter((id) => practice.members[id]?.admin === true && practice.members[id]?.active === true);
  const coverers = Object.values(practice.coverage).flatMap((entry) => entry.coveredBy ?? []);
  const grouped = Object.values(practice.groups).flatMap((group) => group.members);
  const candidate = fc.oneof(
    ...pool(admins, 2),
    ...pool([...new Set(coverers)], 2),
    ...pool([...new Set(grouped)], 2),
    ...pool(ids, 2),
    ...pool(strangersOf(practice), 1),
  );
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 6, arbitrary: fc.uniqueArray(candidate, { maxLength: 3 }) },
    ...(admins.length === 0 ? [] : [{ weight: 1, arbitrary: fc.constant(admins.slice(0, 3)) }]),
  );
}

/**
 * Last visits relative to `at` (ms): exactly N days before it for the practice's rules, a millisecond either
 * side, any time in the ten years before, or after it; as a Date or an ISO string in an offset, `null`, or
 * absent. @internal
 */
export function lastVisitArbitrary(practice: Practice, at: number): fc.Arbitrary<Date | string | null | undefined> {
  const days = eligibilityDaysOf(practice);
  const instant = fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .tuple(fc.constantFrom(...days), fc.constantFrom(-1, 0, 1))
        .map(([n, shift]) => at - n * DAY + shift),
    },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 3650 * DAY }).map((ago) => at - ago) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 30 * DAY }).map((ahead) => at + ahead) },
  );
  return fc.oneof(
    { weight: 4, arbitrary: instant.map((ms) => new Date(ms)) },
    { weight: 4, arbitrary: fc.tuple(instant, fc.constantFrom(...OFFSETS)).map(([ms, offset]) => isoIn(ms, offset)) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

/** Blocks: none, `false`, `true`, or a list of categories (possibly empty). @internal */
export const blockedArb: fc.Arbitrary<boolean | MessageCategory[] | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.subarray([...MESSAGE_CATEGORIES], { maxLength: 3 }) },
);

/**
 * Patient ids as the backend passes them, most often present (sticky groups choose by them): realistic,
 * numeric-looking, non-ASCII (two-, three- and four-byte UTF-8 characters, a lone surrogate) or tricky
 * strings; sometimes absent. @internal
 */
export const patientIdArb: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 5, arbitrary: fc.stringMatching(/^(?:p|pat-)?[0-9]{1,8}$/) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "toString",
      "__proto__",
      "10",
      "mrn:0042",
      "",
      "Zoë-7",
      "患者-1",
      "\u{1F3E5}-3",
      "x\ud800",
    ),
  },
);
