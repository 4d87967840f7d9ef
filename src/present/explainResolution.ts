import { activeAdmins } from "../internal/admins.js";
import { formatInstant, groupName, listText, locationName, memberName, recipientName } from "../internal/words.js";
import { CATEGORY_LABELS } from "../model/categories.js";

import { MAX_COVERAGE_HOPS } from "../model/limits.js";
import type { Id, Practice, Recipient } from "../model/types.js";
import type { DefaultCellStep, FallbackStep, SkippedStep, TraceStep } from "../resolve/trace.js";
import type { Resolution } from "../resolve/types.js";

/**
 * Turns a resolution's trace into English sentences for a practice admin, one per step, naming members,
 * groups and providers by name (an id that names nobody is shown as `member "id"`). Dates are shown on the
 * practice's wall clock with the zone's abbreviation, e.g. "7 Dec 2026, 7:00 PM EST".
 *
 * @param practice - The practice the resolution was computed on (for names).
 * @param resolution - A result of `resolveRecipients` or of a compiled router.
 * @returns A frozen array of sentences, in trace order.
 * @example
 * ```ts
 * const practice = samplePractice();
 * const input = { category: "appointments", providerId: "crusher", at: "2026-12-03T09:00:00Z" };
 * explainResolution(practice, resolveRecipients(practice, input));
 * //=> ["Beverly Crusher's table sends Appointments to Jane Smith.",
 * //    "Jane Smith is away until 7 Dec 2026, 7:00 PM EST; Kim Jones covers."]
 * ```
 *
 * @group Presenting
 */
export function explainResolution(practice: Practice, resolution: Resolution): readonly string[] {
  return Object.freeze(resolution.trace.map((step) => explainStep(practice, step)));
}

function explainStep(practice: Practice, step: TraceStep): string {
  const name = (id: Id) => memberName(practice, id);
  switch (step.kind) {
    case "messaging_disabled":
      return "Patient messaging is switched off for this practice, so nobody receives the message.";
    case "unknown_category":
      return "The category is not one of the six message categories, so nobody receives the message.";
    case "category_disabled":
      return `Patients may not choose ${CATEGORY_LABELS[step.category]} at this practice, so nobody receives the message.`;
    case "replies_disabled":
      return "Patient replies are switched off for this practice, so nobody receives the reply.";
    case "patient_blocked":
      return `The patient may not message the practice about ${CATEGORY_LABELS[step.category]}, so nobody receives the message.`;
    case "not_eligible":
      return step.lastVisitAt === null
        ? `Only patients seen in the last ${step.visitWithinDays} days may write about ${CATEGORY_LABELS[step.category]}, and this patient's last visit is unknown, so nobody receives the message.`
        : `Only patients seen in the last ${step.visitWithinDays} days may write about ${CATEGORY_LABELS[step.category]}; this patient was last seen ${formatInstant(step.lastVisitAt, practice.timeZone)}, so nobody receives the message.`;
    case "sender":
      return `The patient replies to a message from ${name(step.senderId)}, who receives the reply if they can; else it takes the ${CATEGORY_LABELS[step.category]} route.`;
    case "care_team":
      return step.members.length === 0
        ? "The patient's care team is not known, so it reaches nobody."
        : `The patient's care team is ${listText(step.members.map(name))}.`;
    case "after_hours_cell":
      return `The practice is closed, so its after-hours table sends ${CATEGORY_LABELS[step.category]} to ${listOf(practice, step.recipients)}.`;
    case "provider_cell":
      return `${name(step.providerId)}'s table sends ${CATEGORY_LABELS[step.category]} to ${listOf(practice, step.recipients)}.`;
    case "location_cell":
      return `The table of ${locationName(practice, step.locationId)} sends ${CATEGORY_LABELS[step.category]} to ${listOf(practice, step.recipients)}.`;
    case "default_cell":
      return explainDefaultCell(practice, step);
    case "pool":
      return `${groupName(practice, step.groupId)} is a shared pool: one copy for ${listText(step.members.map(name))}.`;
    case "sticky":
      return step.memberId === null
        ? `${groupName(practice, step.groupId)} has nobody who can receive this patient's message.`
        : step.tried.length === 1
          ? `${groupName(practice, step.groupId)} assigns this patient to ${name(step.memberId)}.`
          : `${groupName(practice, step.groupId)} assigns this patient to ${name(step.memberId)}, the first who can receive it of ${listText(step.tried.map(name))}.`;
    case "group":
      return step.members.length === 0
        ? `${groupName(practice, step.groupId)} has no members.`
        : `${groupName(practice, step.groupId)} is ${listText(step.members.map(name))}.`;
    case "unknown_group":
      return `Group "${step.groupId}" does not exist, so it reaches nobody.`;
    case "assigned_provider":
      return `The patient's provider is ${name(step.providerId)}.`;
    case "unknown_member":
      return `Member "${step.memberId}" does not exist and is skipped.`;
    case "skipped":
      return explainSkip(practice, step);
    case "coverage": {
      const away = `${name(step.memberId)} is away until ${formatInstant(step.until, practice.timeZone)}`;
      return step.coveredBy === undefined ? `${away}, and nobody covers.` : `${away}; ${name(step.coveredBy)} covers.`;
    }
    case "fallback":
      return explainFallback(step);
    case "backstop":
      if (step.admins.length > 0) {
        return `The backstop sends the message to every active admin: ${listText(step.admins.map(name))}.`;
      }
      return activeAdmins(practice).length === 0
        ? "The practice has no active admin, so nobody receives the message."
        : "Every active admin is excluded from this patient's messages, so nobody receives the message.";
    default:
      return unknown(step);
  }
}

const TABLES = {
  provider_table: "the provider's table",
  location_table: "the location's table",
  default_table: "the practice's default table",
} as const;

function explainFallback(step: FallbackStep): string {
  switch (step.from) {
    case "after_hours_table":
      return `Nobody is left from the after-hours table, so ${TABLES[step.to]} is used.`;
    case "provider_table":
      return `Nobody is left from the provider's table, so ${TABLES[step.to]} is used.`;
    case "location_table":
      return "Nobody is left from the location's table, so the practice's default table is used.";
    default:
      return "Nobody is left from the practice's default table, so the message goes to the backstop.";
  }
}

function explainDefaultCell(practice: Practice, step: DefaultCellStep): string {
  const label = CATEGORY_LABELS[step.category];
  const sends = `the practice's default table sends ${label} to ${listOf(practice, step.recipients)}.`;
  switch (step.reason) {
    case "no_provider":
      return `The patient has no provider, so ${sends}`;
    case "unknown_provider":
      return `The patient's provider id names no member of the practice, so ${sends}`;
    case "not_a_provider":
      return `The patient's provider id names a staff member, not a provider, so ${sends}`;
    case "no_provider_cell":
      return `${step.providerId === null ? "The provider" : memberName(practice, step.providerId)}'s table has no ${label} entry, so ${sends}`;
    case "fallback":
      return `${sends.charAt(0).toUpperCase()}${sends.slice(1)}`;
    default:
      return unknown(step.reason);
  }
}

function explainSkip(practice: Practice, step: SkippedStep): string {
  switch (step.reason) {
    case "no_provider":
      return "The patient has no provider, so the assigned-provider entry reaches nobody.";
    case "inactive":
      return `${memberName(practice, step.memberId)} is inactive and is skipped.`;
    case "duplicate":
      return `${memberName(practice, step.memberId)} already receives the message, so the repeat is skipped.`;
    case "excluded":
      return `${memberName(practice, step.memberId)} does not receive this patient's messages and is skipped.`;
    case "absent": {
      const away = `${memberName(practice, step.memberId)} is away and is skipped:`;
      const coverer = memberName(practice, step.covererId);
      switch (step.coverFailure) {
        case "coverer_unknown":
          return `${away} the cover, ${coverer}, does not exist.`;
        case "coverer_inactive":
          return `${away} the cover, ${coverer}, is inactive.`;
        case "coverer_excluded":
          return `${away} the cover, ${coverer}, does not receive this patient's messages.`;
        case "cycle":
          return `${away} the chain of covers loops back to ${coverer}.`;
        case "chain_too_long":
          return `${away} ${coverer} is still away after ${MAX_COVERAGE_HOPS} covers.`;
        case "no_cover":
          return step.covererId === step.memberId
            ? `${away} nobody covers.`
            : `${away} the cover, ${coverer}, is away too and nobody covers.`;
        default:
          return unknown(step.coverFailure);
      }
    }
    default:
      return unknown(step);
  }
}

/** Reached only when a trace holds a value no version of this library writes (programmer misuse). */
function unknown(_value: never): never {
  throw new TypeError("explainResolution: the trace holds a step or value this version does not know.");
}

function listOf(practice: Practice, recipients: readonly Recipient[]): string {
  return listText(
    recipients.map(
      (recipient) => recipientName(practice, recipient, "the patient's provider") ?? unknown(recipient as never),
    ),
  );
}
