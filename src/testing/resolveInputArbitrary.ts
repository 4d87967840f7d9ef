import * as fc from "fast-check";
import { MESSAGE_CATEGORIES } from "../index.js";
import { compareIds } from "../internal/own.js";
import type { Practice } from "../model/types.js";
import type { ResolveInput } from "../resolve/types.js";
import { boundaryArbitrary } from "./internal/boundaryInstants.js";
import { isoIn, OFFSETS } from "./internal/isoIn.js";
import { locationIdArbitrary } from "./internal/locationIds.js";
import { patientIdArb } from "./internal/patientParts.js";
import { patientArbitrary } from "./patientArbitrary.js";

const MINUTE = 60_000;
const HOUR = 3_600_000;
const YEAR_2026 = Date.UTC(2026, 0, 1);

/**
 * Options of {@link resolveInputArbitrary}.
 *
 * @group Testing
 */
export interface ResolveInputArbitraryOptions {
  /**
   * Whether every input carries a `patient`: `true` for one drawn by {@link patientArbitrary} around the
   * input's `at` (so that last visits fall on the practice's eligibility boundaries); `"id"` for a patient with
   * only an `id` (what sticky groups choose by, without blocks or exclusions; an eligibility rule of the
   * practice still applies and refuses a patient without `lastVisitAt`). Default `false`: no patient.
   */
  readonly patient?: boolean | "id";
}

/**
 * Generates inputs for `resolveRecipients` and compiled routers over one practice: mostly the six
 * categories (sometimes an unknown one), the practice's providers, staff ids, unknown ids, `null` or no
 * provider; a `locationId` that is a location with a table, a location without one, an unknown id, `null` or
 * absent; and times (as `Date`s or ISO strings in various offsets, or no time at all): anywhere in 2026,
 * and on, a millisecond or a minute before and after every boundary that can change an answer: the bounds of
 * the practice's absences, the instants at which its schedule opens and closes on its wall clock, the local
 * midnights that start and end its closures, and the clock changes of its time zone in 2026. With
 * `patient: true`, each input also carries a patient (see {@link patientArbitrary}); with `patient: "id"`, a
 * patient with only an id (sometimes `{}`).
 *
 * @param practice - The practice whose ids, absences, schedule and time zone to use.
 * @param options - Whether to draw a patient, or only a patient id.
 * @returns A fast-check arbitrary of {@link ResolveInput}s.
 * @example
 * ```ts
 * const [input] = fc.sample(resolveInputArbitrary(samplePractice()), { numRuns: 1, seed: 42 });
 * typeof input?.category;
 * //=> "string"
 * const [withPatient] = fc.sample(resolveInputArbitrary(samplePractice(), { patient: true }), { numRuns: 1 });
 * typeof withPatient?.patient;
 * //=> "object"
 * const ids = fc.sample(resolveInputArbitrary(samplePractice(), { patient: "id" }), { numRuns: 20, seed: 1 });
 * ids.every((input) => Object.keys(input.patient ?? {}).every((key) => key === "id"));
 * //=> true
 * ```
 *
 * @group Testing
 */
export function resolveInputArbitrary(
  practice: Practice,
  options: ResolveInputArbitraryOptions = {},
): fc.Arbitrary<ResolveInput> {
  const memberIds = Object.keys(practice.members).sort(compareIds);
  const category = fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...MESSAGE_CATEGORIES) },
    { weight: 1, arbitrary: fc.constantFrom("unknown", "toString", "Appointments", "") },
  );
  const providerId = fc.oneof(
    ...(memberIds.length > 0 ? [{ weight: 6, arbitrary: fc.constantFrom(...memberIds) }] : []),
    { weight: 1, arbitrary: fc.constantFrom("nobody", "toString", "__proto__", "10") },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
  const locationId = locationIdArbitrary(practice);
  const edges = Object.values(practice.coverage).flatMap((coverage) =>
    [Date.parse(coverage.from), Date.parse(coverage.until)].filter((ms) => !Number.isNaN(ms)),
  );
  const boundaries = boundaryArbitrary(practice);
  const instant = fc.oneof(
    { weight: 2, arbitrary: fc.integer({ min: -30 * 24, max: 400 * 24 }).map((hours) => YEAR_2026 + hours * HOUR) },
    ...(boundaries === undefined ? [] : [{ weight: 5, arbitrary: boundaries }]),
    ...(edges.length > 0
      ? [
          {
            weight: 3,
            arbitrary: fc
              .tuple(fc.constantFrom(...edges), fc.constantFrom(-HOUR, -MINUTE, -1, 0, 1, MINUTE, HOUR, 24 * HOUR))
              .map(([edge, shift]) => edge + shift),
          },
        ]
      : []),
  );
  const at = fc.oneof(
    { weight: 3, arbitrary: instant.map((ms) => new Date(ms)) },
    { weight: 3, arbitrary: fc.tuple(instant, fc.constantFrom(...OFFSETS)).map(([ms, offset]) => isoIn(ms, offset)) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
  const inputs = fc.record({ category, providerId, locationId, at }).map((drawn): ResolveInput => {
    const input: { -readonly [K in keyof ResolveInput]: ResolveInput[K] } = { category: drawn.category };
    if (drawn.providerId !== undefined) input.providerId = drawn.providerId;
    if (drawn.locationId !== undefined) input.locationId = drawn.locationId;
    if (drawn.at !== undefined) input.at = drawn.at;
    return input;
  });
  if (options.patient === "id") {
    return fc.tuple(inputs, patientIdArb).map(([input, id]) => ({ ...input, patient: id === undefined ? {} : { id } }));
  }
  if (options.patient !== true) return inputs;
  return inputs.chain((input) =>
    patientArbitrary(practice, input.at === undefined ? {} : { at: input.at }).map((patient) => ({
      ...input,
      patient,
    })),
  );
}
