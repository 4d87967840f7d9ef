import type { AbsenceLookup } from "../../internal/absences.js";
import { MESSAGE_CATEGORIES } from "../../model/categories.js";
import type { Id, Practice } from "../../model/types.js";
import { resolveCategory } from "./expand.js";
import type { Routed } from "./outcomes.js";

const NOBODY_AWAY: AbsenceLookup = () => undefined;

/**
 * @internal The six answers (in category order) for a `providerId` and a `locationId` (one with a table, or
 * `null`) while nobody is away and the practice is
 * open. Equal recipient lists are shared through `lists` (keyed by their JSON text).
 */
export function buildRow(
  practice: Practice,
  providerId: Id | null,
  locationId: Id | null,
  lists: Map<string, readonly Id[]>,
): Routed[] {
  return MESSAGE_CATEGORIES.map((_, index) => {
    const answer = resolveCategory(practice, index, { providerId, locationId }, NOBODY_AWAY, false);
    if (!answer.ok) return answer;
    const key = JSON.stringify(answer.recipients);
    const recipients = lists.get(key) ?? answer.recipients;
    lists.set(key, recipients);
    return Object.freeze({ ...answer, recipients });
  });
}

/**
 * @internal Whether the absences in force change an answer given while nobody is away. They apply only to
 * active members, and every active member the consulted cells reach is among its recipients: so it changes
 * exactly when a recipient is away. The backstop never changes.
 */
export function isChangedBy(answer: Routed, absenceOf: AbsenceLookup): boolean {
  return answer.ok && answer.route !== "backstop" && answer.recipients.some((id) => absenceOf(id) !== undefined);
}
