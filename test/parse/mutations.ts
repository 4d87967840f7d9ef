// Generated documents near the valid ones: a valid practice with a few random edits anywhere in it.
import * as fc from "fast-check";
import { MESSAGE_CATEGORIES } from "../../src/model/categories.js";
import { serializePractice } from "../../src/serialize/serializePractice.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { FORMAT_WORDS, setKey } from "./helpers.js";

/** Keys worth trying: the dangerous ones, our own field names, and anything. */
export const keyArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", ...FORMAT_WORDS),
  fc.string(),
);

/** JSON values worth trying: near-misses of valid values, and any JSON. */
export const trickyJsonArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    ...["constructor", "prototype", "__proto__", "", "a".repeat(128), "a".repeat(129), "jsmith\n", "x y", "-x"],
    ...["2026-12-01T00:00:00Z", "2026-02-29T00:00:00Z", "2028-02-29T00:00:00+05:30", "2026-12-01T00:00:00"],
    ...["\u{1F600}".repeat(200), "\u{1F600}".repeat(201), "N".repeat(201)],
    ...["member", "group", "assigned_provider", "provider", "staff", ...MESSAGE_CATEGORIES],
    ...[0, 1, 2, -1, 1.5, 2 ** 53, null, true, false, [], {}],
    [{ type: "assigned_provider" }],
    { type: "member", id: "x" },
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

type Edit = readonly [target: number, kind: "set" | "delete" | "add", key: string, value: unknown];

function containers(root: unknown): object[] {
  const found: object[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null) continue;
    found.push(node);
    for (const key of Object.keys(node)) stack.push((node as Record<string, unknown>)[key]);
  }
  return found;
}

function applyEdit(doc: unknown, [target, kind, key, value]: Edit): void {
  const nodes = containers(doc);
  const node = nodes[target % nodes.length] as Record<string, unknown>;
  const keys = Object.keys(node);
  const existing = keys[target % Math.max(1, keys.length)];
  if (kind === "add" || existing === undefined) setKey(node, key, structuredClone(value));
  else if (kind === "delete") delete node[existing];
  else setKey(node, existing, structuredClone(value));
}

/** A valid practice, as plain JSON data, with 1-3 random edits (which may or may not keep it valid). */
export function mutatedDocumentArbitrary(values: fc.Arbitrary<unknown> = trickyJsonArbitrary): fc.Arbitrary<unknown> {
  const edit: fc.Arbitrary<Edit> = fc.tuple(fc.nat(), fc.constantFrom("set", "delete", "add"), keyArbitrary, values);
  return fc
    .tuple(practiceArbitrary({ maxProviders: 3, maxStaff: 4 }), fc.array(edit, { minLength: 1, maxLength: 3 }))
    .map(([practice, edits]) => {
      const doc: unknown = JSON.parse(serializePractice(practice));
      for (const each of edits) applyEdit(doc, each);
      return doc;
    });
}
