import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { Practice } from "../../src/model/types.js";
import { migratePractice } from "../../src/parse/migratePractice.js";
import { parsePracticeJson } from "../../src/parse/parsePracticeJson.js";
import { compileRouter } from "../../src/resolve/compileRouter.js";
import { resolveRecipients } from "../../src/resolve/resolveRecipients.js";
import type { Resolution, ResolveInput } from "../../src/resolve/types.js";
import { serializePractice } from "../../src/serialize/serializePractice.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { resolveInputArbitrary } from "../../src/testing/resolveInputArbitrary.js";

// Version 1 documents keep every resolution they had: test/fixtures/v1-resolutions.json holds the resolution
// vectors of the last release that read only version 1 (its practices, inputs and answers, traces included),
// and generated version 1 documents answer alike before and after migration.

interface RecordedVector {
  readonly name: string;
  readonly practice: unknown;
  readonly input: ResolveInput;
  readonly expected: Record<string, unknown>;
}

const recorded = JSON.parse(
  readFileSync(new URL("../fixtures/v1-resolutions.json", import.meta.url), "utf8"),
) as RecordedVector[];

const ALWAYS_OPEN = { hours: { open: true, nextOpenAt: null } };

/** A resolution without the fields version 2 added (a version 1 document has no pool: `pools` is empty). */
function withoutTime(resolution: Resolution): Record<string, unknown> {
  const { hours, ...rest } = resolution;
  expect(hours).toEqual(ALWAYS_OPEN.hours);
  if (!rest.ok) return rest;
  const { respondBy, pools, ...routed } = rest;
  expect(respondBy).toBeNull();
  expect(pools).toEqual([]);
  return routed;
}

/** A version 1 document from a generated practice: no field of version 2, every absence covered. */
function toVersion1(practice: Practice): Record<string, unknown> {
  const document = JSON.parse(serializePractice(practice)) as Record<string, unknown>;
  for (const field of ["timeZone", "schedule", "afterHoursRouting"]) delete document[field];
  delete (document.messaging as Record<string, unknown>).responseBusinessDays;
  const coverage = document.coverage as Record<string, { coveredBy?: string }>;
  for (const [id, entry] of Object.entries(coverage)) if (entry.coveredBy === undefined) delete coverage[id];
  return { ...document, schemaVersion: 1 };
}

describe("version 1 documents after migration", () => {
  test.each(recorded.map((vector) => [vector.name, vector] as const))(
    "%s: the recorded answer of the last version 1 release, traces included",
    (_name, vector) => {
      const migrated = migratePractice(vector.practice);
      if (!migrated.ok) throw new Error("a recorded practice does not parse");
      expect(migrated.practice).toMatchObject({ schemaVersion: 2, timeZone: "UTC" });
      expect(withoutTime(resolveRecipients(migrated.practice, vector.input))).toEqual(vector.expected);
      expect(withoutTime(compileRouter(migrated.practice).resolve(vector.input))).toEqual(vector.expected);
    },
  );

  test.prop(
    [
      practiceArbitrary({ schemaVersion: 1 }).chain((practice) => {
        const document = toVersion1(practice);
        const parsed = migratePractice(document);
        if (!parsed.ok) throw new Error("a generated version 1 document does not parse");
        return fc.tuple(
          fc.constant(document),
          fc.constant(parsed.practice),
          fc.array(resolveInputArbitrary(parsed.practice), { minLength: 1, maxLength: 6 }),
        );
      }),
    ],
    { numRuns: 300 },
  )("answer as the document itself did, apart from hours and respondBy", ([document, practice, inputs]) => {
    expect(parsePracticeJson(serializePractice(practice, { schemaVersion: 1 }))).toEqual({ ok: true, practice });
    const router = compileRouter(practice);
    for (const input of inputs) {
      const at = input.at ?? "2026-06-01T00:00:00Z";
      // The document as read before version 2 existed: no zone, no schedule, every absence covered.
      const before = resolveRecipients(document as unknown as Practice, { ...input, at });
      const after = resolveRecipients(practice, { ...input, at });
      expect(withoutTime(after)).toEqual(withoutTime(before));
      expect(router.resolve({ ...input, at })).toEqual(after);
    }
  });
});
