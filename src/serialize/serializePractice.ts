import { sortedKeys as keysOf } from "../internal/own.js";
import { periodsOn, WEEKDAYS } from "../internal/schedule.js";
import { MESSAGE_CATEGORIES } from "../model/categories.js";
import type {
  Closure,
  Coverage,
  Eligibility,
  Group,
  Location,
  Member,
  Practice,
  Recipient,
  RoutingTable,
  Schedule,
} from "../model/types.js";
import { canSerializeAsV1 } from "./canSerializeAsV1.js";

export { type CanSerializeAsV1Result, canSerializeAsV1 } from "./canSerializeAsV1.js";

// An ordered JSON tree: objects are entry lists, so that integer-like ids ("10", "9") keep code-unit
// order instead of the engine's integer-first property order.
type Json = string | number | boolean | readonly Json[] | Entries;
interface Entries {
  readonly fields: readonly (readonly [string, Json])[];
}

const obj = (fields: readonly (readonly [string, Json])[]): Entries => ({ fields });

function recipient(entry: Recipient): Json {
  return entry.type === "assigned_provider" || entry.type === "care_team"
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
  return obj(keysOf(values).map((key) => [key, each(values[key] as T)] as const));
}

const member = (m: Member): Json =>
  obj([
    ["name", m.name],
    ["role", m.role],
    ["admin", m.admin],
    ["active", m.active],
    ...(m.locations === undefined ? [] : [["locations", [...m.locations]] as const]),
  ]);
const group = (g: Group): Json =>
  obj([
    ["name", g.name],
    ["members", [...g.members]],
    ...(g.patientLabel === undefined ? [] : [["patientLabel", g.patientLabel] as const]),
    ...(g.delivery === undefined ? [] : [["delivery", g.delivery] as const]),
  ]);
const location = (l: Location): Json => obj([["name", l.name]]);
const eligibility = (e: Eligibility): Json => {
  const { categories } = e;
  const rules = MESSAGE_CATEGORIES.flatMap((category) => {
    const rule = categories?.[category];
    return rule === undefined ? [] : [[category, obj([["visitWithinDays", rule.visitWithinDays]])] as const];
  });
  return obj([
    ...(e.visitWithinDays === undefined ? [] : [["visitWithinDays", e.visitWithinDays] as const]),
    ...(categories === undefined ? [] : [["categories", obj(rules)] as const]),
  ]);
};
const coverage = (c: Coverage): Json =>
  obj([
    ["member", c.member],
    ["from", c.from],
    ["until", c.until],
    ...(c.coveredBy === undefined ? [] : [["coveredBy", c.coveredBy] as const]),
  ]);
const closure = (c: Closure): Json =>
  obj([
    ["name", c.name],
    ["firstDay", c.firstDay],
    ["lastDay", c.lastDay],
  ]);
const schedule = (s: Schedule): Json =>
  obj([
    [
      "hours",
      obj(
        WEEKDAYS.flatMap((day) => {
          const periods = periodsOn(s.hours, day);
          return periods === undefined ? [] : [[day, periods.map((period) => [...period])] as const];
        }),
      ),
    ],
    ["closures", record(s.closures, closure)],
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
   * The format version to write: `2` (the default) or `1`, for a store that still reads version 1. Version 1
   * can hold only a practice that uses no field of version 2 (see {@link canSerializeAsV1}).
   */
  readonly schemaVersion?: 1 | 2;
  /**
   * `true` (the default): two-space indentation and a final newline, for people and diffs. `false`: compact
   * JSON without any whitespace, the smallest text; store this for large practices (see docs/config-format.md).
   */
  readonly indent?: boolean;
}

/**
 * Writes a practice as canonical JSON of format version 2 (or 1 on request): keys in format order, record
 * keys sorted by code unit, category keys in category order, weekdays Monday first, two-space indentation and
 * a final newline (or compact with `{indent: false}`). Serialising the same practice always gives the same
 * bytes, and `parsePracticeJson(serializePractice(p, {indent: false}))` gives back `p` for every practice the
 * parser returns, whichever version was written.
 *
 * @param practice - A parsed practice.
 * @param options - `indent: false` for compact output; `schemaVersion: 1` for a version 1 document.
 * @returns The canonical JSON text.
 * @throws TypeError when `schemaVersion: 1` is asked for a practice that uses a field of version 2 (the
 * message names the first such path; {@link canSerializeAsV1} tells beforehand).
 * @example
 * ```ts
 * [serializePractice(samplePractice()).startsWith('{\n  "schemaVersion": 2,'),
 *  serializePractice(samplePractice(), { indent: false }).startsWith('{"schemaVersion":2,"id":')];
 * //=> [true, true]
 * ```
 *
 * @group Parsing
 */
export function serializePractice(practice: Practice, options: SerializePracticeOptions = {}): string {
  const v1 = options.schemaVersion === 1;
  if (v1) {
    const answer = canSerializeAsV1(practice);
    if (!answer.ok) {
      throw new TypeError(
        `serializePractice: schemaVersion 1 cannot hold ${JSON.stringify(answer.paths[0])}; use schemaVersion 2.`,
      );
    }
  }
  const { messaging } = practice;
  const optional = (name: string, value: Json | undefined) => (value === undefined ? [] : [[name, value] as const]);
  const tree = obj([
    ["schemaVersion", v1 ? 1 : 2],
    ["id", practice.id],
    ["name", practice.name],
    ["revision", practice.revision],
    ...optional("timeZone", v1 ? undefined : practice.timeZone),
    [
      "messaging",
      obj([
        ["patientInitiated", messaging.patientInitiated],
        ["patientReplies", messaging.patientReplies],
        ["disabledCategories", MESSAGE_CATEGORIES.filter((c) => messaging.disabledCategories.includes(c))],
        ...optional("showRecipientsToPatients", messaging.showRecipientsToPatients),
        ...optional("responseBusinessDays", messaging.responseBusinessDays),
        ...optional(
          "eligibility",
          messaging.eligibility === undefined ? undefined : eligibility(messaging.eligibility),
        ),
      ]),
    ],
    ...optional("schedule", practice.schedule === undefined ? undefined : schedule(practice.schedule)),
    ...optional(
      "afterHoursRouting",
      practice.afterHoursRouting === undefined ? undefined : table(practice.afterHoursRouting),
    ),
    ...optional("locations", practice.locations === undefined ? undefined : record(practice.locations, location)),
    ["members", record(practice.members, member)],
    ["groups", record(practice.groups, group)],
    ["routing", record(practice.routing, table)],
    ...optional(
      "locationRouting",
      practice.locationRouting === undefined ? undefined : record(practice.locationRouting, table),
    ),
    ["defaultRouting", table(practice.defaultRouting)],
    ["coverage", record(practice.coverage, coverage)],
  ]);
  const indent = options.indent ?? true;
  const out: string[] = [];
  emit(tree, indent ? "" : undefined, out);
  if (indent) out.push("\n");
  return out.join("");
}
