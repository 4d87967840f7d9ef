import { MESSAGE_CATEGORIES } from "../../index.js";
import { isObject, type JsonObject, type JsonValue } from "./jsonTree.js";

/** A place in a practice document that holds an id: a record key or a string value. @internal */
export type IdSlot =
  | { readonly kind: "key"; readonly record: JsonObject; readonly key: string }
  | { readonly kind: "value"; readonly holder: JsonObject | JsonValue[]; readonly key: string | number };

function cellSlots(table: JsonValue | undefined, out: IdSlot[]): void {
  if (!isObject(table)) return;
  for (const category of MESSAGE_CATEGORIES) {
    const cell = table[category];
    if (!Array.isArray(cell)) continue;
    for (const recipient of cell) {
      if (isObject(recipient) && typeof recipient.id === "string")
        out.push({ kind: "value", holder: recipient, key: "id" });
    }
  }
}

/** Every id of a (well-formed) practice document: the practice id, record keys and references. @internal */
export function idSlotsOf(document: JsonValue): IdSlot[] {
  const out: IdSlot[] = [];
  if (!isObject(document)) return out;
  if (typeof document.id === "string") out.push({ kind: "value", holder: document, key: "id" });
  for (const field of ["locations", "members", "groups", "routing", "locationRouting", "coverage"]) {
    const record = document[field];
    if (!isObject(record)) continue;
    for (const key of Object.keys(record)) out.push({ kind: "key", record, key });
  }
  const groups = document.groups;
  if (isObject(groups)) {
    for (const group of Object.values(groups)) {
      if (!isObject(group) || !Array.isArray(group.members)) continue;
      group.members.forEach((_, index) => {
        out.push({ kind: "value", holder: group.members as JsonValue[], key: index });
      });
    }
  }
  const members = document.members;
  if (isObject(members)) {
    for (const member of Object.values(members)) {
      if (!isObject(member) || !Array.isArray(member.locations)) continue;
      const list = member.locations;
      list.forEach((_, index) => {
        out.push({ kind: "value", holder: list, key: index });
      });
    }
  }
  if (isObject(document.routing)) for (const table of Object.values(document.routing)) cellSlots(table, out);
  if (isObject(document.locationRouting))
    for (const table of Object.values(document.locationRouting)) cellSlots(table, out);
  cellSlots(document.defaultRouting, out);
  cellSlots(document.afterHoursRouting, out);
  const closures = isObject(document.schedule) ? document.schedule.closures : undefined;
  if (isObject(closures)) for (const key of Object.keys(closures)) out.push({ kind: "key", record: closures, key });
  if (isObject(document.coverage)) {
    for (const entry of Object.values(document.coverage)) {
      if (!isObject(entry)) continue;
      out.push({ kind: "value", holder: entry, key: "member" });
      if (entry.coveredBy !== undefined) out.push({ kind: "value", holder: entry, key: "coveredBy" });
    }
  }
  return out;
}

/** Writes `id` into a slot; a renamed record key keeps its place among the other keys. @internal */
export function writeIdSlot(slot: IdSlot, id: string): void {
  if (slot.kind === "value") {
    (slot.holder as Record<string | number, JsonValue>)[slot.key] = id;
    return;
  }
  const entries = Object.entries(slot.record);
  for (const key of Object.keys(slot.record)) delete slot.record[key];
  for (const [key, value] of entries) {
    Object.defineProperty(slot.record, key === slot.key ? id : key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
}
