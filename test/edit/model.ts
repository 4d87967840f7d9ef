// A deliberately naive model of applyEdit for the model-based test: mutate a plain clone, check rules
// one by one. It shares no code with src/edit.
import type { Edit } from "../../src/edit/types.js";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../../src/model/categories.js";
import type { Practice, Recipient } from "../../src/model/types.js";
import { validatePractice } from "../../src/validate/validatePractice.js";

type Mutable<T> = T extends readonly (infer U)[]
  ? Mutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;
type Plain = Mutable<Practice>;

export type ModelOutcome =
  | { readonly kind: "forbidden" | "invalid" | "introduces_errors" }
  | { readonly kind: "applied"; readonly practice: Practice; readonly changed: boolean };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const has = (record: object, key: string) => Object.hasOwn(record, key);

function isProvider(p: Plain, id: string): boolean {
  return has(p.members, id) && p.members[id]?.role === "provider";
}

function knownRecipients(p: Plain, recipients: readonly Recipient[]): boolean {
  return recipients.every(
    (r) =>
      r.type === "assigned_provider" ||
      r.type === "care_team" ||
      (r.type === "member" ? has(p.members, r.id) : has(p.groups, r.id)),
  );
}

type Tables = Plain["routing"];
type TableRef = string | { readonly locationId: string };

function isLocation(p: Plain, id: string): boolean {
  return p.locations !== undefined && has(p.locations, id);
}

/** Sets or clears one cell; returns whether anything was there to change. */
function setCellIn(tables: Tables, id: string, category: MessageCategory, cell: readonly Recipient[]): boolean {
  const table = has(tables, id) ? tables[id] : undefined;
  if (cell.length === 0) {
    if (table?.[category] === undefined) return false;
    delete table[category];
    if (Object.keys(table).length === 0) delete tables[id];
    return true;
  }
  if (same(table?.[category], cell)) return false;
  if (table === undefined) tables[id] = { [category]: structuredClone(cell) } as Tables[string];
  else table[category] = structuredClone(cell) as Recipient[];
  return true;
}

function setCell(p: Plain, providerId: string, category: MessageCategory, cell: readonly Recipient[]): void {
  setCellIn(p.routing, providerId, category, cell);
}

/** Drops `locationRouting` when an edit changed it and left no table (an untouched empty one stays). */
function tidyLocationRouting(p: Plain, changed: boolean): void {
  if (changed && p.locationRouting !== undefined && Object.keys(p.locationRouting).length === 0) {
    delete p.locationRouting;
  }
}

function isTableRef(p: Plain, ref: TableRef): boolean {
  return typeof ref === "string" ? isProvider(p, ref) : isLocation(p, ref.locationId);
}

/** The record and key of the table `ref` names (creating `locationRouting` when asked). */
function tableSlot(p: Plain, ref: TableRef): [Tables, string] {
  if (typeof ref === "string") return [p.routing, ref];
  p.locationRouting ??= {};
  return [p.locationRouting, ref.locationId];
}

/** Applies `edit` to a clone of `practice`; returns false when the arguments are invalid. */
function mutate(p: Plain, edit: Edit): boolean {
  switch (edit.type) {
    case "set_messaging":
      p.messaging.patientInitiated = edit.enabled;
      return true;
    case "set_replies":
      p.messaging.patientReplies = edit.enabled;
      return true;
    case "set_category_enabled": {
      const off = new Set(p.messaging.disabledCategories);
      if (edit.enabled) off.delete(edit.category);
      else off.add(edit.category);
      p.messaging.disabledCategories = MESSAGE_CATEGORIES.filter((c) => off.has(c));
      return true;
    }
    case "set_route":
      if ("table" in edit && edit.table === "location") {
        if (!isLocation(p, edit.locationId) || !knownRecipients(p, edit.recipients)) return false;
        const existed = p.locationRouting !== undefined;
        p.locationRouting ??= {};
        const changed = setCellIn(p.locationRouting, edit.locationId, edit.category, edit.recipients);
        if (!existed && !changed) delete p.locationRouting;
        tidyLocationRouting(p, changed);
        return true;
      }
      if ("table" in edit) {
        if (!knownRecipients(p, edit.recipients)) return false;
        const table = p.afterHoursRouting ?? {};
        if (edit.recipients.length === 0) delete table[edit.category];
        else table[edit.category] = structuredClone(edit.recipients) as Recipient[];
        if (Object.keys(table).length === 0) delete p.afterHoursRouting;
        else p.afterHoursRouting = table;
        return true;
      }
      if (edit.providerId === null) {
        if (edit.recipients.length === 0 || !knownRecipients(p, edit.recipients)) return false;
        p.defaultRouting[edit.category] = structuredClone(edit.recipients) as Recipient[];
        return true;
      }
      if (!isProvider(p, edit.providerId) || !knownRecipients(p, edit.recipients)) return false;
      setCell(p, edit.providerId, edit.category, edit.recipients);
      return true;
    case "set_route_for_all_providers": {
      if (edit.mode !== "replace" && edit.recipients.length === 0) return false;
      if (!knownRecipients(p, edit.recipients)) return false;
      const ids = Object.keys(p.members).filter((id) => p.members[id]?.role === "provider" && p.members[id]?.active);
      for (const id of ids) {
        const current = has(p.routing, id) ? p.routing[id]?.[edit.category] : undefined;
        if (edit.mode === "fill_empty" && current !== undefined) continue;
        let next = edit.recipients;
        if (edit.mode === "add") {
          const out = [...(current ?? p.defaultRouting[edit.category])];
          for (const r of edit.recipients) if (!out.some((o) => same(o, r))) out.push(r);
          if (out.length > 50) return false;
          // Nothing added: the provider keeps its cell, or keeps using the default cell.
          if (current === undefined && out.length === p.defaultRouting[edit.category].length) continue;
          next = out;
        }
        setCell(p, id, edit.category, next);
      }
      return true;
    }
    case "copy_routing": {
      if (!isTableRef(p, edit.from) || !edit.to.every((ref) => isTableRef(p, ref))) return false;
      const existed = p.locationRouting !== undefined;
      const [from, fromId] = tableSlot(p, edit.from);
      const source = has(from, fromId) ? structuredClone(from[fromId]) : undefined;
      let changed = false;
      for (const ref of edit.to) {
        const [tables, id] = tableSlot(p, ref);
        const written = source === undefined ? has(tables, id) : !has(tables, id) || !same(tables[id], source);
        if (typeof ref !== "string") changed ||= written;
        // A table that already equals the source is left as it is, even an empty one.
        if (!written) continue;
        if (source === undefined || Object.keys(source).length === 0) delete tables[id];
        else tables[id] = structuredClone(source);
      }
      if (!existed && !changed) delete p.locationRouting;
      tidyLocationRouting(p, changed);
      return true;
    }
    case "replace_member": {
      const { from, to } = edit;
      if (!has(p.members, from) || !has(p.members, to) || from === to) return false;
      const swap = (cell: Recipient[]): Recipient[] => {
        if (!cell.some((r) => r.type === "member" && r.id === from)) return cell;
        const out: Recipient[] = [];
        for (const r of cell) {
          const next: Recipient = r.type === "member" && r.id === from ? { type: "member", id: to } : r;
          if (next.type === "member" && next.id === to && out.some((o) => o.type === "member" && o.id === to)) continue;
          out.push(next);
        }
        return out;
      };
      for (const table of [...Object.values(p.routing), ...Object.values(p.locationRouting ?? {})]) {
        for (const c of MESSAGE_CATEGORIES) if (table[c] !== undefined) table[c] = swap(table[c]);
      }
      for (const c of MESSAGE_CATEGORIES) p.defaultRouting[c] = swap(p.defaultRouting[c]);
      const late = p.afterHoursRouting ?? {};
      for (const c of MESSAGE_CATEGORIES) if (late[c] !== undefined) late[c] = swap(late[c]);
      for (const g of Object.values(p.groups)) {
        if (!g.members.includes(from)) continue;
        g.members = g.members
          .map((id) => (id === from ? to : id))
          .filter((id, i, all) => id !== to || all.indexOf(to) === i);
      }
      for (const [id, entry] of Object.entries(p.coverage)) {
        if (entry.member === from) entry.member = to;
        if (entry.coveredBy === from) entry.coveredBy = to;
        if (entry.member === entry.coveredBy) delete p.coverage[id];
      }
      return true;
    }
    case "upsert_member":
      if (!(edit.member.locations ?? []).every((id) => isLocation(p, id))) return false;
      p.members[edit.id] = structuredClone(edit.member) as Plain["members"][string];
      return true;
    case "set_member_active":
      if (!has(p.members, edit.id)) return false;
      (p.members[edit.id] as Plain["members"][string]).active = edit.active;
      return true;
    case "upsert_group":
      if (!edit.group.members.every((id) => has(p.members, id))) return false;
      p.groups[edit.id] = { name: edit.group.name, members: [...edit.group.members] };
      if (edit.group.patientLabel !== undefined)
        (p.groups[edit.id] as Plain["groups"][string]).patientLabel = edit.group.patientLabel;
      if (edit.group.delivery !== undefined)
        (p.groups[edit.id] as Plain["groups"][string]).delivery = edit.group.delivery;
      return true;
    case "remove_group":
      if (!has(p.groups, edit.id)) return false;
      delete p.groups[edit.id];
      return true;
    case "add_coverage": {
      const c = edit.coverage;
      const coverKnown = c.coveredBy === undefined || has(p.members, c.coveredBy);
      if (has(p.coverage, edit.id) || !has(p.members, c.member) || !coverKnown) return false;
      p.coverage[edit.id] = { ...c };
      return true;
    }
    case "remove_coverage":
      if (!has(p.coverage, edit.id)) return false;
      delete p.coverage[edit.id];
      return true;
    case "set_time_zone":
      p.timeZone = edit.timeZone;
      return true;
    case "set_schedule":
      if (edit.schedule === null) delete p.schedule;
      else
        p.schedule = structuredClone({
          hours: edit.schedule.hours,
          closures: edit.schedule.closures ?? {},
        }) as Plain["schedule"] & object;
      return true;
    case "set_response_days":
      if (edit.days === null) delete p.messaging.responseBusinessDays;
      else p.messaging.responseBusinessDays = edit.days;
      return true;
    case "set_eligibility":
      if (edit.eligibility === null) delete p.messaging.eligibility;
      else p.messaging.eligibility = structuredClone(edit.eligibility) as Plain["messaging"]["eligibility"] & object;
      return true;
    case "set_show_recipients":
      if (edit.enabled) p.messaging.showRecipientsToPatients = true;
      else delete p.messaging.showRecipientsToPatients;
      return true;
    case "upsert_location":
      if (!isLocation(p, edit.id) && Object.keys(p.locations ?? {}).length >= 1000) return false;
      p.locations ??= {};
      p.locations[edit.id] = { name: edit.location.name };
      return true;
    case "remove_location":
      if (p.locations === undefined || !isLocation(p, edit.id)) return false;
      delete p.locations[edit.id];
      if (Object.keys(p.locations).length === 0) delete p.locations;
      return true;
  }
}

/** What applyEdit must do with `edit` by `actor` on a valid `practice`. */
export function modelApply(practice: Practice, actor: string, edit: Edit): ModelOutcome {
  const admin = has(practice.members, actor) ? practice.members[actor] : undefined;
  if (admin?.admin !== true || !admin.active) return { kind: "forbidden" };
  const next = structuredClone(practice) as unknown as Plain;
  if (!mutate(next, edit)) return { kind: "invalid" };
  if (!validatePractice(next as unknown as Practice).valid) return { kind: "introduces_errors" };
  const changed = !sameData(next, practice);
  if (changed) next.revision = practice.revision + 1;
  return { kind: "applied", practice: next as unknown as Practice, changed };
}

/** Deep equality ignoring key order. */
function sameData(a: unknown, b: unknown): boolean {
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => has(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
