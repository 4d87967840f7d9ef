import { MESSAGE_CATEGORIES } from "../../model/categories.js";
import { LIMITS } from "../../model/limits.js";
import { NO, type Reader, readArray, readBoolean, readObject, shapeOf } from "./readers.js";

// The readers of `messaging` for readDocument.ts: version 1's three switches, and version 2's optional
// showRecipientsToPatients, responseBusinessDays and eligibility.

const isCategory = (item: unknown): boolean => (MESSAGE_CATEGORIES as readonly unknown[]).includes(item);
const readCategories: Reader = (value) =>
  readArray(value, (item) => (isCategory(item) ? item : NO), 0, Number.POSITIVE_INFINITY);
const MESSAGING_FIELDS = [
  ["patientInitiated", readBoolean],
  ["patientReplies", readBoolean],
  ["disabledCategories", readCategories],
] as const;
/** An integer from 1 to `max`. */
const readCount =
  (max: number): Reader =>
  (value) =>
    Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= max ? value : NO;
const readResponseDays = readCount(LIMITS.responseBusinessDays);
const readVisitWithinDays = readCount(LIMITS.visitWithinDays);
const CATEGORY_ELIGIBILITY = shapeOf([["visitWithinDays", readVisitWithinDays]]);
const ELIGIBILITY_CATEGORIES = shapeOf(
  MESSAGE_CATEGORIES.map((category) => [category, (rule: unknown) => readObject(rule, CATEGORY_ELIGIBILITY)] as const),
  true,
);
const ELIGIBILITY = shapeOf(
  [
    ["visitWithinDays", readVisitWithinDays],
    ["categories", (categories: unknown) => readObject(categories, ELIGIBILITY_CATEGORIES)],
  ],
  true,
);
const MESSAGING_V1 = shapeOf(MESSAGING_FIELDS);
const MESSAGING = shapeOf(
  [
    ...MESSAGING_FIELDS,
    ["showRecipientsToPatients", readBoolean],
    ["responseBusinessDays", readResponseDays],
    ["eligibility", (eligibility: unknown) => readObject(eligibility, ELIGIBILITY)],
  ],
  ["showRecipientsToPatients", "responseBusinessDays", "eligibility"],
);
/** Reads the messaging settings of version 1. */
export const readMessagingV1: Reader = (value) => readObject(value, MESSAGING_V1);
/** Reads the messaging settings of version 2 (with the optional fields, in the format's order). */
export const readMessaging: Reader = (value) => readObject(value, MESSAGING);
