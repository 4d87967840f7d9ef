// Patient settings that stress resolution and validation: eligibility rules at the limits, rules for
// disabled categories and for every category, recipients shown or not, and group labels, long or missing.
import * as fc from "fast-check";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../../src/model/categories.js";
import type { CategoryEligibility, Eligibility, Group, Practice } from "../../src/model/types.js";

const DAYS = [1, 2, 7, 30, 3650];

const rulesArbitrary = (categories: readonly MessageCategory[]) =>
  fc.tuple(...categories.map(() => fc.constantFrom(...DAYS))).map((days) => {
    const rules: { [C in MessageCategory]?: CategoryEligibility } = {};
    categories.forEach((category, index) => {
      rules[category] = { visitWithinDays: days[index] as number };
    });
    return rules;
  });

/** The practice with messy patient settings mixed in (eligibility, recipients shown, group labels). */
export function withMessyPatient(practice: Practice): fc.Arbitrary<Practice> {
  const disabled = practice.messaging.disabledCategories;
  const eligibility: fc.Arbitrary<Eligibility> = fc.oneof(
    fc.constantFrom(...DAYS).map((days) => ({ visitWithinDays: days })),
    rulesArbitrary(MESSAGE_CATEGORIES).map((categories) => ({ visitWithinDays: 1, categories })),
    rulesArbitrary(disabled.length > 0 ? disabled : ["billing" as MessageCategory]).map((categories) => ({
      categories,
    })),
  );
  const groupIds = Object.keys(practice.groups);
  return fc
    .record({
      show: fc.option(fc.boolean(), { nil: undefined }),
      eligibility: fc.option(eligibility, { nil: undefined }),
      keepEligibility: fc.boolean(),
      labels: fc.subarray(groupIds),
      label: fc.constantFrom("Front desk team", "Ω", "x".repeat(200)),
    })
    .map(({ show, eligibility: drawn, keepEligibility, labels, label }): Practice => {
      const { showRecipientsToPatients: keptShow, eligibility: kept, ...messaging } = practice.messaging;
      const finalShow = show ?? keptShow;
      const finalEligibility = drawn ?? (keepEligibility ? kept : undefined);
      const groups: Record<string, Group> = { ...practice.groups };
      for (const id of labels) groups[id] = { ...(groups[id] as Group), patientLabel: label };
      return {
        ...practice,
        messaging: {
          ...messaging,
          ...(finalShow === undefined ? {} : { showRecipientsToPatients: finalShow }),
          ...(finalEligibility === undefined ? {} : { eligibility: finalEligibility }),
        },
        groups,
      };
    });
}
