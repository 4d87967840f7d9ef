import { readFileSync } from "node:fs";
import { test } from "@fast-check/vitest";
import * as fc from "fast-check";
import { describe, expect } from "vitest";
import { takeSnapshot } from "../../src/internal/snapshot.js";
import { explainDocument } from "../../src/parse/internal/explainDocument.js";
import { readPractice } from "../../src/parse/internal/readDocument.js";
import { anyPracticeJsonArbitrary } from "../../src/testing/anyPracticeJsonArbitrary.js";
import { fuzzRuns } from "../support/fuzzRuns.js";
import { sampleDoc, setKey } from "./helpers.js";
import { mutatedDocumentArbitrary } from "./mutations.js";

// readPractice (the fast path) must accept exactly what the zod schemas accept without forbidden keys, and
// give the same practice, key order included (compared as JSON text).

/** A deep copy with the keys of every object in reverse order (own keys, `__proto__` included). */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return Array.from(value, reverseKeys); // never `.map`: a hostile array may redefine `constructor`
  if (typeof value !== "object" || value === null) return value;
  const out = {};
  for (const key of Object.keys(value).reverse())
    setKey(out, key, reverseKeys((value as Record<string, unknown>)[key]));
  return out;
}

/** Both verdicts on fresh copies of JSON data: the fast path's, and the zod schemas' on a snapshot. */
function verdicts(document: unknown) {
  const fast = readPractice(JSON.parse(JSON.stringify(document)));
  const snapshot = takeSnapshot(document);
  const slow = explainDocument(snapshot.value, snapshot.forbiddenKeys);
  return {
    fast: fast === undefined ? "refused" : JSON.stringify(fast),
    slow: slow.ok ? JSON.stringify(slow.practice) : "refused",
    frozen: fast === undefined || Object.isFrozen(fast.members),
  };
}

function expectSameVerdict(document: unknown): void {
  const { fast, slow, frozen } = verdicts(document);
  expect(fast).toBe(slow);
  expect(frozen).toBe(true);
}

const documents = fc.oneof(
  anyPracticeJsonArbitrary().map((text): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }),
  mutatedDocumentArbitrary(),
);

describe("readPractice", () => {
  test.prop([documents, fc.boolean()], { numRuns: fuzzRuns(1_000) })(
    "accepts exactly what the zod schemas accept, with the same practice and key order",
    (document, reversed) => {
      expectSameVerdict(reversed ? reverseKeys(document) : document);
    },
  );

  test.each(
    JSON.parse(readFileSync(new URL("../../conformance/parse/index.json", import.meta.url), "utf8")) as {
      file: string;
    }[],
  )("agrees with the zod schemas on golden/$file", ({ file }) => {
    const document: unknown = JSON.parse(
      readFileSync(new URL(`../../conformance/parse/${file}`, import.meta.url), "utf8"),
    );
    expectSameVerdict(document);
    expectSameVerdict(reverseKeys(document));
  });

  test("returns a practice in the format's key order for a document written in another order", () => {
    const practice = readPractice(reverseKeys(sampleDoc()));
    expect(Object.keys(practice ?? {})).toEqual(Object.keys(sampleDoc()));
    expect(Object.keys(practice?.members.jsmith ?? {})).toEqual(["name", "role", "admin", "active"]);
    expect(Object.keys(practice?.routing.crusher ?? {})).toEqual(["appointments", "prescriptions", "health_question"]);
    expect(practice?.routing.crusher?.appointments?.[0]).toEqual({ type: "member", id: "jsmith" });
    expect(Object.keys(practice?.routing.crusher?.appointments?.[0] ?? {})).toEqual(["type", "id"]);
  });

  test("refuses what only the forbidden-key check or a record limit would refuse", () => {
    const doc = sampleDoc();
    setKey(doc.members, "__proto__", doc.members.jsmith);
    expect(readPractice(doc)).toBeUndefined();
    const big = sampleDoc();
    big.groups = Object.fromEntries(Array.from({ length: 2_001 }, (_, i) => [`g${i}`, { name: "G", members: [] }]));
    expect(readPractice(big)).toBeUndefined();
  });
});
