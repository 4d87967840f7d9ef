import * as fc from "fast-check";
import { MESSAGE_CATEGORIES } from "../index.js";
import { compareIds } from "../internal/own.js";
import type { Practice } from "../model/types.js";
import type { ResolveInput } from "../resolve/types.js";
import { boundaryArbitrary } from "./internal/boundaryInstants.js";

const OFFSETS = ["Z", "+02:00", "-05:00", "+05:30"] as const;
const MINUTE = 60_000;
const HOUR = 3_600_000;
const YEAR_2026 = Date.UTC(2026, 0, 1);

/** The instant `ms` written in a fixed offset, e.g. `2026-12-03T11:00:00.000+02:00`. */
function isoIn(ms: number, offset: (typeof OFFSETS)[number]): string {
  if (offset === "Z") return new Date(ms).toISOString();
  const sign = offset.startsWith("-") ? -1 : 1;
  const minutes = Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6));
  return `${new Date(ms + sign * minutes * 60_000).toISOString().slice(0, 23)}${offset}`;
}

/**
 * Generates inputs for `resolveRecipients` and compiled routers over one practice: mostly the six
 * categories (sometimes an unknown one), the practice's providers, staff ids, unknown ids, `null` or no
 * provider, and times (as `Date`s or ISO strings in various offsets, or no time at all): anywhere in 2026,
 * and on, a millisecond or a minute before and after every boundary that can change an answer: the bounds of
 * the practice's absences, the instants at which its schedule opens and closes on its wall clock, the local
 * midnights that start and end its closures, and the clock changes of its time zone in 2026.
 *
 * @param practice - The practice whose ids, absences, schedule and time zone to use.
 * @returns A fast-check arbitrary of {@link ResolveInput}s.
 * @example
 * ```ts
 * const [input] = fc.sample(resolveInputArbitrary(samplePractice()), { numRuns: 1, seed: 42 });
 * typeof input?.category;
 * //=> "string"
 * ```
 *
 * @group Testing
 */
export function resolveInputArbitrary(practice: Practice): fc.Arbitrary<ResolveInput> {
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
  return fc.record({ category, providerId, at }).map((drawn): ResolveInput => {
    const input: { category: string; providerId?: string | null; at?: Date | string } = { category: drawn.category };
    if (drawn.providerId !== undefined) input.providerId = drawn.providerId;
    if (drawn.at !== undefined) input.at = drawn.at;
    return input;
  });
}
