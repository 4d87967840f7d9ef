// The practices the benches share: deterministic, generated from a seed, as JSON text.
import { MESSAGE_CATEGORIES } from "../src/model/categories.js";

/** Deterministic pseudo-random numbers (mulberry32). */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The week of a practice generated with `{schedule: true}`: New York, weekdays 08:00–12:00 and 13:00–18:00. */
const WEEK = {
  hours: Object.fromEntries(
    ["mon", "tue", "wed", "thu", "fri"].map((day) => [
      day,
      [
        ["08:00", "12:00"],
        ["13:00", "18:00"],
      ],
    ]),
  ),
  closures: { "new-year": { name: "New Year's Day", firstDay: "2027-01-01", lastDay: "2027-01-01" } },
};

/**
 * A practice of `providers` providers, two staff each (8% of members inactive), as JSON text (format version
 * 1). With `schedule: true`, version 2 in New York with opening hours, a closure, a response promise and
 * after-hours cells for three categories.
 */
export function practiceJson(
  providers: number,
  options: { readonly schedule?: boolean; readonly sites?: boolean } = {},
): string {
  const next = random(providers);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const pad = (n: number) => String(n).padStart(5, "0");
  const members: Record<string, unknown> = {};
  const staff: string[] = [];
  for (let i = 0; i < providers; i++) {
    members[`p${pad(i)}`] = { name: `Dr. Provider ${i}`, role: "provider", admin: false, active: next() >= 0.08 };
    for (const suffix of ["a", "b"]) {
      const id = `s${pad(i)}${suffix}`;
      staff.push(id);
      members[id] = {
        name: `Staff Member ${i}${suffix}`,
        role: "staff",
        admin: i < 2,
        active: i < 2 || next() >= 0.08,
      };
    }
  }
  const groups: Record<string, unknown> = {};
  for (let g = 0; g < Math.max(2, providers / 5); g++) {
    groups[`g${pad(g)}`] = { name: `Pool ${g}`, members: [pick(staff), pick(staff), pick(staff)] };
  }
  const groupIds = Object.keys(groups);
  const cell = (team: readonly string[]) =>
    Array.from({ length: 1 + Math.floor(next() * 3) }, () => {
      const roll = next();
      if (roll < 0.6) return { type: "member", id: pick(team) };
      return roll < 0.85 ? { type: "group", id: pick(groupIds) } : { type: "assigned_provider" };
    }).filter(
      (recipient, index, all) => all.findIndex((r) => JSON.stringify(r) === JSON.stringify(recipient)) === index,
    );
  const routing: Record<string, unknown> = {};
  for (let i = 0; i < providers; i++) {
    const team = [`s${pad(i)}a`, `s${pad(i)}b`];
    routing[`p${pad(i)}`] = Object.fromEntries(
      MESSAGE_CATEGORIES.filter(() => next() < 0.6).map((category) => [category, cell(team)]),
    );
  }
  const defaultRouting = Object.fromEntries(MESSAGE_CATEGORIES.map((category) => [category, cell(staff.slice(0, 4))]));
  const coverage: Record<string, unknown> = {};
  for (let c = 0; c < Math.max(2, providers / 10); c++) {
    const year = c % 2 === 0 ? 2025 : 2027; // past or future: never in force at AT
    coverage[`c${pad(c)}`] = {
      member: pick(staff),
      from: `${year}-03-01T00:00:00Z`,
      until: `${year}-03-15T00:00:00Z`,
      coveredBy: staff[c % 4],
    };
  }
  const messaging = { patientInitiated: true, patientReplies: true, disabledCategories: [] };
  const document = {
    schemaVersion: 1,
    id: "bench",
    name: "Bench",
    revision: 0,
    messaging,
    members,
    groups,
    routing,
    defaultRouting,
    coverage,
  };
  if (options.sites === true) return JSON.stringify(withSites(document, staff, providers));
  if (options.schedule !== true) return JSON.stringify(document);
  const onCall = staff.slice(0, 4);
  const afterHoursRouting = { health_question: cell(onCall), prescriptions: cell(onCall), appointments: cell(onCall) };
  return JSON.stringify({
    ...document,
    schemaVersion: 2,
    timeZone: "America/New_York",
    messaging: { ...messaging, responseBusinessDays: 2 },
    schedule: WEEK,
    afterHoursRouting,
  });
}

/**
 * The practice with sites (version 2): a location per ten providers, each member at one of them, a table per
 * location with three or four cells naming a sticky group, a pool group or a staff member; the first group of
 * each pair is sticky, the second a pool. Drawn from a random stream of its own, so the rest stays as it is.
 */
function withSites(document: Record<string, unknown>, staff: readonly string[], providers: number) {
  const next = random(providers + 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const count = Math.max(2, Math.floor(providers / 10));
  const ids = Array.from({ length: count }, (_, l) => `l${String(l).padStart(4, "0")}`);
  const locations = Object.fromEntries(ids.map((id, l) => [id, { name: `Site ${l}` }]));
  const members = Object.fromEntries(
    Object.entries(document.members as Record<string, object>).map(([id, member]) => [
      id,
      { ...member, locations: [pick(ids)] },
    ]),
  );
  const groups = Object.fromEntries(
    Object.entries(document.groups as Record<string, object>).map(([id, group], g) => [
      id,
      { ...group, delivery: g % 2 === 0 ? "sticky" : "pool" },
    ]),
  );
  const groupIds = Object.keys(groups);
  const locationRouting = Object.fromEntries(
    ids.map((id) => [
      id,
      Object.fromEntries(
        MESSAGE_CATEGORIES.filter(() => next() < 0.6).map((category) => [
          category,
          [next() < 0.7 ? { type: "group", id: pick(groupIds) } : { type: "member", id: pick(staff) }],
        ]),
      ),
    ]),
  );
  return { ...document, schemaVersion: 2, timeZone: "UTC", locations, members, groups, locationRouting };
}
