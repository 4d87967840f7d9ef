/**
 * The six categories a patient chooses from, in display order.
 *
 * @example
 * ```ts
 * MESSAGE_CATEGORIES[0];
 * //=> "appointments"
 * ```
 *
 * @group Parsing
 */
export const MESSAGE_CATEGORIES = [
  "appointments",
  "referrals",
  "prescriptions",
  "test_results",
  "general_inquiry",
  "health_question",
] as const;

/**
 * One of the six message categories.
 *
 * @group Parsing
 */
export type MessageCategory = (typeof MESSAGE_CATEGORIES)[number];

/**
 * The label a patient sees for each category.
 *
 * @example
 * ```ts
 * CATEGORY_LABELS.prescriptions;
 * //=> "Prescriptions & Refills"
 * ```
 *
 * @group Parsing
 */
export const CATEGORY_LABELS: Readonly<Record<MessageCategory, string>> = Object.freeze({
  appointments: "Appointments",
  referrals: "Referrals",
  prescriptions: "Prescriptions & Refills",
  test_results: "Lab or Other Test Results",
  general_inquiry: "General Inquiry",
  health_question: "Question About My Health",
});

/**
 * Tells whether a value is one of the six category ids.
 *
 * @param value - Any value.
 * @returns `true` when `value` is a {@link MessageCategory}.
 * @example
 * ```ts
 * isMessageCategory("referrals");
 * //=> true
 * ```
 *
 * @group Parsing
 */
export function isMessageCategory(value: unknown): value is MessageCategory {
  return categoryIndex(value) >= 0;
}

/**
 * @internal The position of a category in {@link MESSAGE_CATEGORIES}, or -1 (the reverse is
 * `MESSAGE_CATEGORIES[index]`). A `switch`: a third of the cost of a `Map` lookup on the resolve hot path.
 */
export function categoryIndex(value: unknown): number {
  switch (value) {
    case "appointments":
      return 0;
    case "referrals":
      return 1;
    case "prescriptions":
      return 2;
    case "test_results":
      return 3;
    case "general_inquiry":
      return 4;
    case "health_question":
      return 5;
    default:
      return -1;
  }
}
