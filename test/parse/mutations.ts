// Generated documents near the valid ones: a valid practice with a few random edits anywhere in it.
import * as fc from "fast-check";
import { MESSAGE_CATEGORIES } from "../../src/model/categories.js";
import { serializePractice } from "../../src/serialize/serializePractice.js";
import { type PracticeArbitraryOptions, practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { FORMAT_WORDS, setKey } from "./helpers.js";

/** Keys worth trying: the dangerous ones, our own field names, and anything. */
export const keyArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", ...FORMAT_WORDS),
  fc.string(),
);

/** JSON values worth trying: near-misses of valid values, and any JSON. */
const trickyJsonArbitrary: fc.Arbitrary<unknown> = fc.oneof(
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
  if (Array.isArray(node) && key === "length" && (kind === "add" || existing === undefined)) return; // not redefinable
  if (kind === "add" || existing === undefined) setKey(node, key, structuredClone(value));
  else if (kind === "delete") delete node[existing];
  else setKey(node, existing, structuredClone(value));
}

/**
 * A version 1 document built by hand from a generated practice that version 1 can hold: the practice's
 * fields without `timeZone`, with `schemaVersion: 1`, in the practice's own key order (not the serializer's).
 */
export function v1DocumentArbitrary(options: PracticeArbitraryOptions = {}): fc.Arbitrary<Record<string, unknown>> {
  return practiceArbitrary({ ...options, schemaVersion: 1 }).map(({ schemaVersion, timeZone, ...rest }) =>
    structuredClone({ schemaVersion: 1, ...rest }),
  );
}

/**
 * A valid document (version 2, or version 1 one time in four), as plain JSON data, with 1-3 random edits
 * (which may or may not keep it valid).
 */
export function mutatedDocumentArbitrary(values: fc.Arbitrary<unknown> = trickyJsonArbitrary): fc.Arbitrary<unknown> {
  const edit: fc.Arbitrary<Edit> = fc.tuple(fc.nat(), fc.constantFrom("set", "delete", "add"), keyArbitrary, values);
  const size = { maxProviders: 3, maxStaff: 4 };
  const documents = fc.oneof(
    {
      weight: 3,
      arbitrary: practiceArbitrary(size).map((practice): unknown => JSON.parse(serializePractice(practice))),
    },
    { weight: 1, arbitrary: v1DocumentArbitrary(size) },
  );
  return fc.tuple(documents, fc.array(edit, { minLength: 1, maxLength: 3 })).map(([doc, edits]) => {
    for (const each of edits) applyEdit(doc, each);
    return doc;
  });
}

/** What a hostile input did that it should not have been able to: every trap or getter call, logged. */
export type Calls = string[];

type Hostility = "proxy" | "lying_length" | "getter" | "undefined_field";

/** Makes the node at `target` hostile, logging into `calls` whatever user code the parser would run. */
function makeHostile(doc: unknown, target: number, kind: Hostility, calls: Calls): unknown {
  const nodes = containers(doc);
  const index = target % nodes.length;
  const node = nodes[index] as Record<string, unknown>;
  const logAll = new Proxy({}, { get: (_, trap) => void calls.push(String(trap)) });
  const keys = Object.keys(node);
  const key = keys[target % Math.max(1, keys.length)];
  switch (kind) {
    case "proxy":
      return index === 0 ? new Proxy(node, logAll) : replaceChild(nodes, node, new Proxy(node, logAll));
    case "lying_length": {
      const lying = new Proxy([] as unknown[], {
        get: (t, k) => {
          calls.push("get");
          return k === "length" ? Number.NaN : Reflect.get(t, k);
        },
        getOwnPropertyDescriptor: (t, k) => {
          calls.push("getOwnPropertyDescriptor");
          return Reflect.getOwnPropertyDescriptor(t, k);
        },
      });
      return index === 0 ? lying : replaceChild(nodes, node, lying);
    }
    case "getter":
      if (key !== undefined) {
        Object.defineProperty(node, key, { enumerable: true, configurable: true, get: () => calls.push("getter") });
      }
      return doc;
    case "undefined_field":
      if (key !== undefined && !Array.isArray(node)) setKey(node, key, undefined);
      return doc;
  }
}

/** Puts `replacement` where `child` sits in its parent. */
function replaceChild(nodes: readonly object[], child: object, replacement: unknown): unknown {
  for (const parent of nodes) {
    for (const key of Object.keys(parent)) {
      if ((parent as Record<string, unknown>)[key] === child) (parent as Record<string, unknown>)[key] = replacement;
    }
  }
  return nodes[0];
}

/**
 * Documents near the valid ones with hostile parts (issue 10): a Proxy (its traps logged), an array Proxy
 * lying about its length, a getter, a field set to `undefined`. Each comes with the log of calls into user code.
 */
export function hostileDocumentArbitrary(): fc.Arbitrary<{ document: unknown; calls: Calls }> {
  const hostility = fc.constantFrom<Hostility>("proxy", "lying_length", "getter", "undefined_field");
  return fc
    .tuple(mutatedDocumentArbitrary(), fc.array(fc.tuple(fc.nat(), hostility), { minLength: 1, maxLength: 2 }))
    .map(([start, changes]) => {
      const calls: Calls = [];
      let document = start;
      for (const [target, kind] of changes) document = makeHostile(document, target, kind, calls);
      calls.length = 0; // what building the document called does not count
      return { document, calls };
    });
}
