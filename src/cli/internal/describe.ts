import type { Id, OpeningHours, Pool, Practice, ResolutionFailureReason, ResolutionRoute } from "../../index.js";
import { getOwn } from "../../internal/own.js";
import { formatInstant, groupName, memberName } from "../../internal/words.js";
import { locationOf } from "../../model/lookups.js";

/** "Beverly Crusher (crusher)", `member "kx" (unknown)` or "Marco Reyes (mreyes, inactive)". */
export function describeMember(practice: Practice, id: Id): string {
  const member = getOwn(practice.members, id);
  if (member === undefined) return `${memberName(practice, id)} (unknown)`;
  return `${member.name} (${id}${member.active ? "" : ", inactive"})`;
}

/** Who the patient's provider is, for the line above a resolution. */
export function describePatient(practice: Practice, providerId: Id | undefined): string {
  if (providerId === undefined) return "a patient without an assigned provider";
  const member = getOwn(practice.members, providerId);
  if (member === undefined) return `a patient of ${providerId}, who is not a member (treated as no provider)`;
  const who = `a patient of ${describeMember(practice, providerId)}`;
  return member.role === "provider" ? who : `${who}, who is not a provider (treated as no provider)`;
}

/** Whether `id` names a location of the practice: a location as resolution reads it (any other id is none). */
export function isLocation(practice: Practice, id: Id): boolean {
  return locationOf(practice, id) !== undefined;
}

/** "Riverside Clinic (riverside)", or "kx, which is not a location (treated as no location)". */
export function describeLocation(practice: Practice, id: Id): string {
  const location = locationOf(practice, id);
  return location === undefined
    ? `${id}, which is not a location (treated as no location)`
    : `${location.name} (${id})`;
}

/** The warning for a `--location` id that names no location, and what the command does instead. */
export function notALocationWarning(id: Id, instead: string): string {
  return `${JSON.stringify(id)} is not a location of this practice; ${instead}`;
}

/** "Shared pools: Nurses (Lena Patel, Omar Selkin)", pools joined by "; ". */
export function describePools(practice: Practice, pools: readonly Pool[]): string {
  const each = pools.map((pool) => {
    const members = pool.members.map((id) => memberName(practice, id)).join(", ");
    return `${groupName(practice, pool.groupId)} (${members})`;
  });
  return `Shared ${pools.length === 1 ? "pool" : "pools"}: ${each.join("; ")}`;
}

const ROUTES: Readonly<Record<ResolutionRoute, string>> = {
  sender: "the sender of the message replied to",
  sender_cover: "the cover of the sender, who is away",
  after_hours_table: "the after-hours table",
  provider_table: "the provider's table",
  location_table: "the location's table",
  default_table: "the practice default table",
  backstop: "the backstop (every active admin)",
};

/** Where the recipients came from, in words. */
export function describeRoute(route: ResolutionRoute): string {
  return ROUTES[route];
}

const REASONS: Readonly<Record<ResolutionFailureReason, string>> = {
  messaging_disabled: "patient-initiated messaging is turned off for this practice",
  replies_disabled: "patient replies are turned off for this practice",
  patient_blocked: "the patient may not message the practice in this category",
  not_eligible: "the patient has not visited recently enough to start a message",
  unknown_category: "the category is not one of the six",
  category_disabled: "patients may not choose this category",
  no_recipient: "nobody can receive it (no active admin, or every active admin is excluded for this patient)",
};

/** Why nobody receives the message, in words. */
export function describeFailure(reason: ResolutionFailureReason): string {
  return REASONS[reason];
}

/** Whether `id` names a provider of the practice: a patient's provider as resolution reads it. */
export function isProvider(practice: Practice, id: Id): boolean {
  return getOwn(practice.members, id)?.role === "provider";
}

/** The warning for a `--provider` id that names no provider, and what the command does instead. */
export function notAProviderWarning(id: Id, instead: string): string {
  return `${JSON.stringify(id)} is not a provider of this practice; ${instead}`;
}

/** Whether the practice is open at the instant resolved, in words, dates in the practice's zone. */
export function describeHours(hours: OpeningHours, timeZone: string): string {
  if (hours.open) return "The practice is open.";
  return hours.nextOpenAt === null
    ? "The practice is closed, and does not open in the next 366 days."
    : `The practice is closed; it opens again ${formatInstant(hours.nextOpenAt, timeZone)}.`;
}
