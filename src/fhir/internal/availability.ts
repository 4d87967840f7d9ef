import { getOwn, sortedKeys } from "../../internal/own.js";
import { dayOf, periodsOn, WEEKDAYS } from "../../internal/schedule.js";
import { parseTimestamp } from "../../internal/time.js";
import { DAY, instantOfWall, zoneOf } from "../../internal/zone.js";
import type { Id, Practice } from "../../model/types.js";
import type { AvailableTime, NotAvailable } from "../roleTypes.js";
import { fhirText } from "./context.js";

// Opening hours as `availableTime`, closures and absences as `notAvailable` (docs/fhir.md, "Time").

/** The practice's weekly hours: one entry per distinct period, listing the weekdays that have it. */
export function availableTimesOf(practice: Practice): readonly AvailableTime[] {
  const hours = practice.schedule?.hours;
  if (hours === undefined) return [{ daysOfWeek: [...WEEKDAYS], allDay: true }];
  const days = new Map<string, string[]>();
  for (const weekday of WEEKDAYS) {
    for (const [open, close] of periodsOn(hours, weekday) ?? []) {
      const key = `${open}-${close}`;
      days.set(key, [...(days.get(key) ?? []), weekday]);
    }
  }
  return [...days].map(([key, daysOfWeek]) => {
    const [open, close] = key.split("-") as [string, string];
    if (open === "00:00" && close === "24:00") return { daysOfWeek, allDay: true };
    const start = { daysOfWeek, availableStartTime: `${open}:00` };
    return close === "24:00" ? start : { ...start, availableEndTime: `${close}:00` };
  });
}

/** An instant in ms as an R4 instant, UTC. */
function instantText(ms: number): string {
  return new Date(ms).toISOString();
}

/** The practice's closures, in id order: from the start of the first local day to the end of the last. */
export function closuresOf(practice: Practice): readonly NotAvailable[] {
  const closures = practice.schedule?.closures ?? {};
  const zone = zoneOf(practice.timeZone);
  const list: NotAvailable[] = [];
  for (const id of sortedKeys(closures)) {
    const closure = closures[id];
    const first = dayOf(closure?.firstDay);
    const last = dayOf(closure?.lastDay);
    if (closure === undefined || first === undefined || last === undefined || first > last) continue;
    const during = {
      start: instantText(instantOfWall(zone, first * DAY)),
      end: instantText(instantOfWall(zone, (last + 1) * DAY)),
    };
    list.push({ description: fhirText(closure.name), during });
  }
  return list;
}

/** Every member's absences, in coverage-id order, with the same instants (written in UTC). */
export function absencesByMember(practice: Practice): ReadonlyMap<Id, readonly NotAvailable[]> {
  const byMember = new Map<Id, NotAvailable[]>();
  for (const id of sortedKeys(practice.coverage)) {
    const entry = practice.coverage[id];
    if (entry === undefined) continue;
    const coverer = entry.coveredBy === undefined ? undefined : getOwn(practice.members, entry.coveredBy);
    const description =
      entry.coveredBy === undefined ? "Absent, not covered" : `Absent, covered by ${coverer?.name ?? entry.coveredBy}`;
    const during = { start: instantText(parseTimestamp(entry.from)), end: instantText(parseTimestamp(entry.until)) };
    const list = byMember.get(entry.member) ?? [];
    list.push({ description: fhirText(description), during });
    byMember.set(entry.member, list);
  }
  return byMember;
}
