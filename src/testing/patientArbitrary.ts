import * as fc from "fast-check";
import { instantOf } from "../internal/time.js";
import type { Practice } from "../model/types.js";
import type { PatientContext } from "../resolve/types.js";
import {
  blockedArb,
  careTeamArbitrary,
  excludedArbitrary,
  lastVisitArbitrary,
  patientIdArb,
} from "./internal/patientParts.js";

/**
 * Options of {@link patientArbitrary}.
 *
 * @group Testing
 */
export interface PatientArbitraryOptions {
  /**
   * The instant the message is sent (a `Date` or an ISO 8601 timestamp): generated last visits gather exactly
   * N days before it, for every N of the practice's eligibility rules, and a millisecond either side.
   * Default `2026-07-01T00:00:00Z`.
   */
  readonly at?: Date | string;
}

const DEFAULT_AT = Date.UTC(2026, 6, 1);

/**
 * Generates the patient a message is from (`ResolveInput.patient`), for one practice: an `id`, most often
 * present (numeric-looking, non-ASCII or tricky strings, for sticky groups); a `careTeam` of the practice's members in any order, sometimes empty
 * or absent, sometimes with an inactive member or an unknown id; 0–3 `excludedMembers` taken from the
 * admins (sometimes every active admin), the coverers, the group members, any member and unknown ids;
 * a `lastVisitAt` as a `Date`, an ISO string in an offset, `null` or absent, gathered on the eligibility
 * boundaries of the practice (exactly N days before `at`, ± 1 ms), anywhere in the ten years before or after
 * `at`; and `blocked` absent, `false`, `true` or a list of categories. Fields drawn as absent are left out.
 *
 * @param practice - The practice whose members, groups, coverage and eligibility rules to use.
 * @param options - The instant the boundaries are measured from.
 * @returns A fast-check arbitrary of {@link PatientContext}s.
 * @throws TypeError when `at` is not a valid instant.
 * @example
 * ```ts
 * const practice = buildPractice({ staff: { kjones: "Kim Jones" }, messaging: { eligibility: { visitWithinDays: 7 } } });
 * const [patient] = fc.sample(patientArbitrary(practice, { at: "2026-12-08T00:00:00Z" }), { numRuns: 1, seed: 7 });
 * Object.keys(patient ?? {}).every((key) => ["id", "careTeam", "excludedMembers", "lastVisitAt", "blocked"].includes(key));
 * //=> true
 * ```
 *
 * @group Testing
 */
export function patientArbitrary(
  practice: Practice,
  options: PatientArbitraryOptions = {},
): fc.Arbitrary<PatientContext> {
  const at = options.at === undefined ? DEFAULT_AT : instantOf(options.at);
  if (Number.isNaN(at)) throw new TypeError("patientArbitrary: at is not a valid instant.");
  return fc
    .record({
      id: patientIdArb,
      careTeam: careTeamArbitrary(practice),
      excludedMembers: excludedArbitrary(practice),
      lastVisitAt: lastVisitArbitrary(practice, at),
      blocked: blockedArb,
    })
    .map((drawn): PatientContext => {
      const patient: { -readonly [K in keyof PatientContext]: PatientContext[K] } = {};
      if (drawn.id !== undefined) patient.id = drawn.id;
      if (drawn.careTeam !== undefined) patient.careTeam = drawn.careTeam;
      if (drawn.excludedMembers !== undefined) patient.excludedMembers = drawn.excludedMembers;
      if (drawn.lastVisitAt !== undefined) patient.lastVisitAt = drawn.lastVisitAt;
      if (drawn.blocked !== undefined) patient.blocked = drawn.blocked;
      return patient;
    });
}
