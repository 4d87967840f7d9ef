import * as fc from "fast-check";
import { LIMITS } from "../../index.js";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../../model/categories.js";
import type { CategoryEligibility, Eligibility, Group, GroupDelivery, MessagingSettings } from "../../model/types.js";
import { nameArb } from "./atoms.js";

// The patient settings of format version 2 (DESIGN.md section 11): eligibility rules, whether patients see
// their recipients, and the labels patients see for groups.

/** Day counts people configure (a day, a week, a month, a year, the limit) and any other in range. @internal */
const visitWithinDaysArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(1, 7, 30, 90, 365, 730, LIMITS.visitWithinDays) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: LIMITS.visitWithinDays }) },
);

const categoryRulesArb = fc.subarray([...MESSAGE_CATEGORIES], { minLength: 1, maxLength: 3 }).chain((categories) =>
  fc.tuple(...categories.map(() => visitWithinDaysArb)).map((days) => {
    const rules: { [C in MessageCategory]?: CategoryEligibility } = {};
    categories.forEach((category, index) => {
      rules[category] = { visitWithinDays: days[index] as number };
    });
    return rules;
  }),
);

/** Eligibility rules: for the practice, per category, or both (never empty). @internal */
const eligibilityArb: fc.Arbitrary<Eligibility> = fc
  .tuple(fc.option(visitWithinDaysArb, { nil: undefined }), fc.option(categoryRulesArb, { nil: undefined }))
  .filter(([days, categories]) => days !== undefined || categories !== undefined)
  .map(([days, categories]) => ({
    ...(days === undefined ? {} : { visitWithinDays: days }),
    ...(categories === undefined ? {} : { categories }),
  }));

/** The patient settings drawn for one practice; `undefined` fields are left out. @internal */
export interface PatientSettings {
  readonly showRecipientsToPatients: boolean | undefined;
  readonly eligibility: Eligibility | undefined;
}

/** Patient settings, or none at all when `enabled` is false. @internal */
export function patientSettingsArbitrary(enabled: boolean): fc.Arbitrary<PatientSettings> {
  if (!enabled) return fc.constant({ showRecipientsToPatients: undefined, eligibility: undefined });
  return fc.record({
    showRecipientsToPatients: fc.option(fc.boolean(), { nil: undefined, freq: 3 }),
    eligibility: fc.option(eligibilityArb, { nil: undefined, freq: 2 }),
  });
}

/** The messaging settings with the patient settings in canonical key order. @internal */
export function withPatientSettings(messaging: MessagingSettings, settings: PatientSettings): MessagingSettings {
  const { patientInitiated, patientReplies, disabledCategories, responseBusinessDays } = messaging;
  const { showRecipientsToPatients, eligibility } = settings;
  return {
    patientInitiated,
    patientReplies,
    disabledCategories,
    ...(showRecipientsToPatients === undefined ? {} : { showRecipientsToPatients }),
    ...(responseBusinessDays === undefined ? {} : { responseBusinessDays }),
    ...(eligibility === undefined ? {} : { eligibility }),
  };
}

/**
 * A group over `ids`, with a label for patients sometimes (only when `labels`) and the delivery drawn by
 * `deliveryArb`. @internal
 */
export function groupArbitrary(
  ids: readonly string[],
  labels: boolean,
  deliveryArb: fc.Arbitrary<GroupDelivery | undefined>,
): fc.Arbitrary<Group> {
  const members = fc.shuffledSubarray([...ids], { maxLength: Math.min(4, ids.length) });
  const label = labels ? fc.option(nameArb, { nil: undefined }) : fc.constant(undefined);
  return fc
    .record({ name: nameArb, members, patientLabel: label, delivery: deliveryArb })
    .map(({ name, members: list, patientLabel, delivery }) => ({
      name,
      members: list,
      ...(patientLabel === undefined ? {} : { patientLabel }),
      ...(delivery === undefined ? {} : { delivery }),
    }));
}
