import type { Member, Practice, Recipient } from "../model/types.js";
import { getOwn } from "./own.js";
import { parseTimestamp } from "./time.js";
import { isTimeZone } from "./zone.js";

// English building blocks shared by every sentence the library writes (explanations, audit summaries,
// diffs, tables). They use names from the practice, ids, and our own words only.

/** A member's name, or `member "id"` when the id names nobody. */
export function memberName(practice: Practice, id: string): string {
  return getOwn(practice.members, id)?.name ?? `member "${id}"`;
}

/** A group's name, or `group "id"` when the id names no group. */
export function groupName(practice: Practice, id: string): string {
  return getOwn(practice.groups, id)?.name ?? `group "${id}"`;
}

/** A location's name, or `location "id"` when the id names no location. */
export function locationName(practice: Practice, id: string): string {
  const { locations } = practice;
  return (locations === undefined ? undefined : getOwn(locations, id)?.name) ?? `location "${id}"`;
}

/**
 * A recipient of a routing cell in words: the member's or group's name, or `assigned` for the assigned
 * provider (each sentence words that one its own way); `undefined` for a type no version of the format has.
 */
export function recipientName(practice: Practice, recipient: Recipient, assigned: string): string | undefined {
  switch (recipient.type) {
    case "member":
      return memberName(practice, recipient.id);
    case "group":
      return groupName(practice, recipient.id);
    case "assigned_provider":
      return assigned;
    case "care_team":
      return "the patient's care team";
    default:
      return undefined;
  }
}

/** "nobody", "A", "A and B", "A, B and C"; after `max` names, "… and N others". */
export function listText(names: readonly string[], max = Number.POSITIVE_INFINITY): string {
  if (names.length === 0) return "nobody";
  const shown = names.length > max ? [...names.slice(0, max), `${names.length - max} others`] : names;
  if (shown.length === 1) return shown[0] as string;
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1] as string}`;
}

/** One formatter per zone name for {@link formatInstant}, made on first use. */
const readable = new Map<string, Intl.DateTimeFormat>();

function readableFormat(timeZone: string): Intl.DateTimeFormat {
  const zone = isTimeZone(timeZone) ? timeZone : "UTC";
  let format = readable.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZoneName: "short",
    });
    readable.set(zone, format);
  }
  return format;
}

/**
 * An instant (a config timestamp or milliseconds) in words on the practice's wall clock with the zone's
 * abbreviation, e.g. "7 Dec 2026, 7:00 PM EST" (a zone `Intl` does not know is read as UTC).
 */
export function formatInstant(at: string | number, timeZone: string): string {
  const time = typeof at === "number" ? at : parseTimestamp(at);
  if (Number.isNaN(time)) return "an unreadable date";
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = readableFormat(timeZone).formatToParts(time);
  } catch {
    return new Date(time).toISOString();
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? "";
  return `${part("day")} ${part("month")} ${part("year")}, ${part("hour")}:${part("minute")} ${part("dayPeriod")} ${part("timeZoneName")}`;
}

/** "on" or "off". */
export function onOff(value: boolean): string {
  return value ? "on" : "off";
}

/** A member record in words, e.g. "provider Ana Ruiz as an admin (inactive)" or "staff member Kim Jones". */
export function memberText(member: Member): string {
  const role = member.role === "provider" ? "provider" : "staff member";
  return `${role} ${member.name}${member.admin ? " as an admin" : ""}${member.active ? "" : " (inactive)"}`;
}

/** The names of members by id (see {@link memberName}), joined by {@link listText} after at most `max`. */
export function membersText(practice: Practice, ids: readonly string[], max?: number): string {
  return listText(
    ids.map((id) => memberName(practice, id)),
    max,
  );
}

/** "1 group", "2 groups". */
export function countText(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
