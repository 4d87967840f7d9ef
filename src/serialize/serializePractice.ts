import { sortedKeys } from "../internal/own.js";
import { MESSAGE_CATEGORIES } from "../model/categories.js";
import type { Coverage, Group, Member, Practice, Recipient, RoutingTable } from "../model/types.js";

// An ordered JSON tree: objects are entry lists, so that integer-like ids ("10", "9") keep code-unit
// order instead of the engine's integer-first property order.
type Json = string | number | boolean | readonly Json[] | Entries;
interface Entries {
  readonly fields: readonly (readonly [string, Json])[];
}

const obj = (fields: readonly (readonly [string, Json])[]): Entries => ({ fields });

function recipient(entry: Recipient): Json {
  return entry.type === "assigned_provider"
    ? obj([["type", entry.type]])
    : obj([
        ["type", entry.type],
        ["id", entry.id],
      ]);
}

function table(routing: RoutingTable): Entries {
  const entries: [string, Json][] = [];
  for (const category of MESSAGE_CATEGORIES) {
    const cell = routing[category];
    if (cell !== undefined) entries.push([category, cell.map(recipient)]);
  }
  return obj(entries);
}

function record<T>(values: Readonly<Record<string, T>>, each: (value: T) => Json): Entries {
  return obj(sortedKeys(values).map((key) => [key, each(values[key] as T)] as const));
}

const member = (m: Member): Json =>
  obj([
    ["name", m.name],
    ["role", m.role],
    ["admin", m.admin],
    ["active", m.active],
  ]);
const group = (g: Group): Json =>
  obj([
    ["name", g.name],
    ["members", [...g.members]],
  ]);
const coverage = (c: Coverage): Json =>
  obj([
    ["member", c.member],
    ["from", c.from],
    ["until", c.until],
    ["coveredBy", c.coveredBy],
  ]);

/** Writes `value`; `indent` is the indentation of its line, or `undefined` for compact output. */
function emit(value: Json, indent: string | undefined, out: string[]): void {
  if (typeof value !== "object") {
    out.push(JSON.stringify(value));
    return;
  }
  const inner = indent === undefined ? undefined : `${indent}  `;
  const before = inner === undefined ? "" : `\n${inner}`; // before each item
  const after = indent === undefined ? "" : `\n${indent}`; // before the closing bracket
  if (!Array.isArray(value)) {
    const { fields } = value as Entries;
    if (fields.length === 0) {
      out.push("{}");
      return;
    }
    out.push("{");
    fields.forEach(([key, item], index) => {
      out.push(`${index === 0 ? "" : ","}${before}${JSON.stringify(key)}${inner === undefined ? ":" : ": "}`);
      emit(item, inner, out);
    });
    out.push(`${after}}`);
    return;
  }
  const items = value as readonly Json[];
  if (items.length === 0) {
    out.push("[]");
    return;
  }
  out.push("[");
  items.forEach((item, index) => {
    out.push(`${index === 0 ? "" : ","}${before}`);
    emit(item, inner, out);
  });
  out.push(`${after}]`);
}

/**
 * Options of {@link serializePractice}.
 *
 * @group Parsing
 */
export interface SerializePracticeOptions {
  /**
   * `true` (the default): two-space indentation and a final newline, for people and diffs. `false`: compact
   * JSON without any whitespace, the smallest text; store this for large practices (see docs/config-format.md).
   */
  readonly indent?: boolean;
}

/**
 * Writes a practice as canonical JSON: keys in format order, record keys sorted by code unit,
 * category keys in category order, two-space indentation and a final newline (or compact with
 * `{indent: false}`). Serialising the same practice always gives the same bytes, and
 * `parsePracticeJson(serializePractice(p, {indent: false}))` gives back `p` for every practice the parser returns.
 *
 * @param practice - A parsed practice.
 * @param options - `indent: false` for compact output.
 * @returns The canonical JSON text.
 * @example
 * ```ts
 * [serializePractice(samplePractice()).startsWith('{\n  "schemaVersion": 1,'),
 *  serializePractice(samplePractice(), { indent: false }).startsWith('{"schemaVersion":1,"id":')];
 * //=> [true, true]
 * ```
 *
 * @group Parsing
 */
export function serializePractice(practice: Practice, options: SerializePracticeOptions = {}): string {
  const tree = obj([
    ["schemaVersion", practice.schemaVersion],
    ["id", practice.id],
    ["name", practice.name],
    ["revision", practice.revision],
    [
      "messaging",
      obj([
        ["patientInitiated", practice.messaging.patientInitiated],
        ["patientReplies", practice.messaging.patientReplies],
        ["disabledCategories", MESSAGE_CATEGORIES.filter((c) => practice.messaging.disabledCategories.includes(c))],
      ]),
    ],
    ["members", record(practice.members, member)],
    ["groups", record(practice.groups, group)],
    ["routing", record(practice.routing, table)],
    ["defaultRouting", table(practice.defaultRouting)],
    ["coverage", record(practice.coverage, coverage)],
  ]);
  const indent = options.indent ?? true;
  const out: string[] = [];
  emit(tree, indent ? "" : undefined, out);
  if (indent) out.push("\n");
  return out.join("");
}
