/**
 * The six categories a patient chooses from, in display order.
 *
 * @example
 * ```ts
 * MESSAGE_CATEGORIES[0];
 * //=> "appointments"
 * ```
 */
export const MESSAGE_CATEGORIES = [
  "appointments",
  "referrals",
  "prescriptions",
  "test_results",
  "general_inquiry",
  "health_question",
] as const;

/** One of the six message categories. */
export type MessageCategory = (typeof MESSAGE_CATEGORIES)[number];

/**
 * The label a patient sees for each category.
 *
 * @example
 * ```ts
 * CATEGORY_LABELS.prescriptions;
 * //=> "Prescriptions & Refills"
 * ```
 */
export const CATEGORY_LABELS: Readonly<Record<MessageCategory, string>> = Object.freeze({
  appointments: "Appointments",
  referrals: "Referrals",
  prescriptions: "Prescriptions & Refills",
  test_results: "Lab or Other Test Results",
  general_inquiry: "General Inquiry",
  health_question: "Question About My Health",
});

const CATEGORY_INDEX: ReadonlyMap<string, number> = new Map(
  MESSAGE_CATEGORIES.map((category, index) => [category, index]),
);

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
 */
export function isMessageCategory(value: unknown): value is MessageCategory {
  return typeof value === "string" && CATEGORY_INDEX.has(value);
}

/** @internal The position of a category in {@link MESSAGE_CATEGORIES}, or -1. */
export function categoryIndex(value: unknown): number {
  return typeof value === "string" ? (CATEGORY_INDEX.get(value) ?? -1) : -1;
}
