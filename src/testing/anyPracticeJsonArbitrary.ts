import * as fc from "fast-check";
import { serializePractice } from "../index.js";
import type { JsonValue } from "./internal/jsonTree.js";
import { mutateText, TEXT_MUTATIONS, type TextMutation } from "./internal/textMutations.js";
import { mutateTree, TREE_MUTATIONS, type TreeMutation } from "./internal/treeMutations.js";
import { type PracticeArbitraryOptions, practiceArbitrary } from "./practiceArbitrary.js";

/**
 * Options of {@link anyPracticeJsonArbitrary}.
 *
 * @group Testing
 */
export interface AnyPracticeJsonArbitraryOptions {
  /** Options of the valid practices the documents start from (see {@link practiceArbitrary}). Default `{}`. */
  readonly practice?: PracticeArbitraryOptions;
}

const junkArb: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.constantFrom<JsonValue>(null, 0, -1, 1.5, 1e308, "", "1", "true", true, false, [], {}),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<JsonValue>,
);

const treeMutationArb: fc.Arbitrary<TreeMutation> = fc.record({
  kind: fc.constantFrom(...TREE_MUTATIONS),
  seed: fc.nat(),
  junk: junkArb,
});

const textMutationArb: fc.Arbitrary<TextMutation> = fc.record({
  kind: fc.constantFrom(...TEXT_MUTATIONS),
  seed: fc.nat(),
});

/**
 * Generates practice documents as JSON text, well-formed and malformed, for fuzzing a loader (yours,
 * in any language, or `parsePracticeJson`).
 *
 * About a third are valid practices (canonical format version 2 or 1 from `serializePractice`, or compact
 * `JSON.stringify` output). The rest are valid practices of either version broken in one to three ways:
 * unknown fields, forbidden keys (`__proto__`, `constructor`, `prototype`) at any depth, bad ids, bad
 * timestamps, values of the wrong type, missing fields, over-limit arrays, unsupported `schemaVersion`,
 * deep nesting, references to unknown members, self-coverage or reversed ranges (these parse but do not
 * validate); broken time settings: a bad or missing `timeZone`, a bad, overlapping or unsorted opening
 * period, a bad or reversed closure day, an out-of-range or unsupported `responseBusinessDays`, empty or
 * unknown after-hours cells, absences without cover, version 1 documents holding a field of version 2;
 * broken patient settings; broken sites and pools: a location without a valid name, too many locations,
 * members' locations that are no list of known ids, malformed location tables or tables of unknown
 * locations, an unknown `delivery`, version 1 documents holding one of them; and broken text
 * (truncated, a character dropped or inserted, trailing commas, comments, a byte order mark, duplicate
 * keys, or not a practice at all). Documents stay small: the 32 MiB cap is not exercised.
 *
 * @param options - Options of the underlying valid practices.
 * @returns A fast-check arbitrary of JSON text.
 * @example
 * ```ts
 * fc.assert(fc.property(anyPracticeJsonArbitrary(), (text) => {
 *   const result = parsePracticeJson(text); // never throws
 *   return result.ok || result.issues.length > 0;
 * }));
 * //=> passes
 * ```
 *
 * @group Testing
 */
export function anyPracticeJsonArbitrary(options: AnyPracticeJsonArbitraryOptions = {}): fc.Arbitrary<string> {
  const practices = practiceArbitrary(options.practice);
  const canonical = practices.map((practice) => serializePractice(practice));
  const canonicalV1 = practiceArbitrary({ ...options.practice, schemaVersion: 1 }).map((practice) =>
    serializePractice(practice, { schemaVersion: 1 }),
  );
  const compact = practices.map((practice) => JSON.stringify(practice));
  const documents = fc.oneof({ weight: 3, arbitrary: canonical }, { weight: 1, arbitrary: canonicalV1 });
  const brokenTree = fc
    .tuple(documents, fc.array(treeMutationArb, { minLength: 1, maxLength: 3 }), fc.boolean())
    .map(([text, mutations, pretty]) => {
      const tree = JSON.parse(text) as JsonValue;
      for (const mutation of mutations) mutateTree(tree, mutation);
      return JSON.stringify(tree, null, pretty ? 2 : undefined);
    });
  const brokenText = fc.tuple(documents, textMutationArb).map(([text, mutation]) => mutateText(text, mutation));
  return fc.oneof(
    { weight: 3, arbitrary: canonical },
    { weight: 1, arbitrary: canonicalV1 },
    { weight: 1, arbitrary: compact },
    { weight: 6, arbitrary: brokenTree },
    { weight: 3, arbitrary: brokenText },
  );
}
