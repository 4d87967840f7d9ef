import { onOff } from "../internal/words.js";
import { CATEGORY_LABELS, MESSAGE_CATEGORIES } from "../model/categories.js";
import type { IssuePath, Practice } from "../model/types.js";
import { diffLocations } from "./internal/diffLocations.js";
import { diffEligibility, diffShowRecipients } from "./internal/diffPatient.js";
import { diffCoverage, diffGroups, diffMembers } from "./internal/diffRecords.js";
import { diffRouting } from "./internal/diffRouting.js";
import { diffAfterHours, diffResponseDays, diffSchedule, diffTimeZone } from "./internal/diffTime.js";

/**
 * One difference found by {@link diffPractices}.
 *
 * @group Editing
 */
export interface PracticeChange {
  /** Where, in the config's own keys, e.g. `["routing", "crusher", "appointments"]`. */
  readonly path: IssuePath;
  /** An English sentence using names, e.g. "Kim Jones was deactivated." */
  readonly summary: string;
}

function diffTop(before: Practice, after: Practice): PracticeChange[] {
  const changes: PracticeChange[] = [];
  if (before.id !== after.id) {
    changes.push({ path: ["id"], summary: `Practice id changed from ${before.id} to ${after.id}.` });
  }
  if (before.name !== after.name) {
    changes.push({ path: ["name"], summary: `Practice renamed from ${before.name} to ${after.name}.` });
  }
  if (before.revision !== after.revision) {
    changes.push({ path: ["revision"], summary: `Revision went from ${before.revision} to ${after.revision}.` });
  }
  return changes;
}

function diffMessaging(before: Practice, after: Practice): PracticeChange[] {
  const changes: PracticeChange[] = [];
  const [old, next] = [before.messaging, after.messaging];
  if (old.patientInitiated !== next.patientInitiated) {
    changes.push({
      path: ["messaging", "patientInitiated"],
      summary: `Patient-initiated messaging turned ${onOff(next.patientInitiated)}.`,
    });
  }
  if (old.patientReplies !== next.patientReplies) {
    changes.push({
      path: ["messaging", "patientReplies"],
      summary: `Patient replies turned ${onOff(next.patientReplies)}.`,
    });
  }
  for (const category of MESSAGE_CATEGORIES) {
    const disabled = next.disabledCategories.includes(category);
    if (old.disabledCategories.includes(category) !== disabled) {
      changes.push({
        path: ["messaging", "disabledCategories"],
        summary: `The ${CATEGORY_LABELS[category]} category was ${disabled ? "disabled" : "enabled"} for patients.`,
      });
    }
  }
  return [
    ...changes,
    ...diffShowRecipients(before, after),
    ...diffResponseDays(before, after),
    ...diffEligibility(before, after),
  ];
}

/**
 * Lists every difference between two practices, for configs changed outside the library (a file edited
 * by hand, a migration) or to show what an edit did. Order is the config format's: `id`, `name`,
 * `revision`, `timeZone`, `messaging` (its fields in their canonical order), `schedule` (weekdays Monday first, then closures), `afterHoursRouting`,
 * `locations`, `members`, `groups`, `routing`, `locationRouting`, `defaultRouting`, `coverage`; record entries in id order, cells in category
 * order. Dates are written in the time zone of the practice they come from. Unchanged subtrees shared by both practices are skipped by identity,
 * so diffing a practice with its edited successor costs little more than the change.
 *
 * @param before - The older practice.
 * @param after - The newer practice.
 * @returns A frozen list of `{path, summary}`, empty when the practices are equal.
 * @example
 * ```ts
 * const before = samplePractice();
 * const result = setMemberActive(before, "kjones", false, { actor: "jsmith" });
 * result.ok && diffPractices(before, result.practice).map((change) => change.summary);
 * //=> ["Revision went from 0 to 1.", "Kim Jones was deactivated."]
 * ```
 *
 * @group Editing
 */
export function diffPractices(before: Practice, after: Practice): readonly PracticeChange[] {
  if (before === after) return Object.freeze([]);
  const changes = [
    ...diffTop(before, after),
    ...diffTimeZone(before, after),
    ...diffMessaging(before, after),
    ...diffSchedule(before, after),
    ...diffAfterHours(before, after),
    ...diffLocations(before, after),
    ...diffMembers(before, after),
    ...diffGroups(before, after),
    ...diffRouting(before, after),
    ...diffCoverage(before, after),
  ];
  return Object.freeze(changes.map((change) => Object.freeze({ ...change, path: Object.freeze([...change.path]) })));
}
