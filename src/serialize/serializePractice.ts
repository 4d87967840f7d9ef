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

function emit(value: Json, indent: string, out: string[]): void {
  if (typeof value !== "object") {
    out.push(JSON.stringify(value));
    return;
  }
  const inner = `${indent}  `;
  if (!Array.isArray(value)) {
    const { fields } = value as Entries;
    if (fields.length === 0) {
      out.push("{}");
      return;
    }
    out.push("{");
    fields.forEach(([key, item], index) => {
      out.push(`${index === 0 ? "" : ","}\n${inner}${JSON.stringify(key)}: `);
      emit(item, inner, out);
    });
    out.push(`\n${indent}}`);
    return;
  }
  const items = value as readonly Json[];
  if (items.length === 0) {
    out.push("[]");
    return;
  }
  out.push("[");
  items.forEach((item, index) => {
    out.push(`${index === 0 ? "" : ","}\n${inner}`);
    emit(item, inner, out);
  });
  out.push(`\n${indent}]`);
}

/**
 * Writes a practice as canonical JSON: keys in format order, record keys sorted by code unit,
 * category keys in category order, two-space indentation and a final newline. Serialising the same
 * practice always gives the same bytes, and `parsePracticeJson(serializePractice(p))` gives back `p`.
 *
 * @param practice - A parsed practice.
 * @returns The canonical JSON text.
 * @example
 * ```ts
 * serializePractice(samplePractice()).startsWith('{\n  "schemaVersion": 1,');
 * //=> true
 * ```
 */
export function serializePractice(practice: Practice): string {
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
  const out: string[] = [];
  emit(tree, "", out);
  out.push("\n");
  return out.join("");
}
