import { isName, isTimeZoneName } from "../../internal/ids.js";
import { isTimestamp } from "../../internal/time.js";
import { MESSAGE_CATEGORIES } from "../../model/categories.js";
import { LIMITS } from "../../model/limits.js";
import type { Practice } from "../../model/types.js";
import {
  isNode,
  NO,
  type Node,
  type Reader,
  readArray,
  readBoolean,
  readId,
  readObject,
  readRecord,
  shapeOf,
} from "./readers.js";
import { readMessaging, readMessagingV1 } from "./readMessaging.js";
import { TABLES, TABLES_V1 } from "./readTables.js";

// The fast path of parsing: one walk over fresh plain data that we own (what JSON.parse returned, or a
// snapshot) which accepts exactly the documents the zod schemas accept with no forbidden key and no record
// over its limit, and freezes their nodes in place, without copying them. It only says yes or no: on no, zod
// runs and says why (explainDocument.ts). test/parse/readDocument.test.ts checks that both always agree.
// An object whose keys come in another order than the format's is replaced by a copy in that order, as zod does.

const readName: Reader = (value) => (typeof value === "string" && isName(value) ? value : NO);
const readTimestamp: Reader = (value) => (isTimestamp(value) ? value : NO);
const readRole: Reader = (value) => (value === "provider" || value === "staff" ? value : NO);

const readDelivery: Reader = (value) => (value === "each" || value === "pool" || value === "sticky" ? value : NO);

const MEMBER_FIELDS = [
  ["name", readName],
  ["role", readRole],
  ["admin", readBoolean],
  ["active", readBoolean],
] as const;
const MEMBER_V1 = shapeOf(MEMBER_FIELDS);
const MEMBER = shapeOf(
  [...MEMBER_FIELDS, ["locations", (ids: unknown) => readArray(ids, readId, 0, LIMITS.locations)]],
  ["locations"],
);
const LOCATION = shapeOf([["name", readName]]);
const GROUP_FIELDS = [
  ["name", readName],
  ["members", (members: unknown) => readArray(members, readId, 0, LIMITS.groupMembers)],
] as const;
const GROUP_V1 = shapeOf(GROUP_FIELDS);
const GROUP = shapeOf(
  [...GROUP_FIELDS, ["patientLabel", readName], ["delivery", readDelivery]],
  ["patientLabel", "delivery"],
);
const COVERAGE_FIELDS = [
  ["member", readId],
  ["from", readTimestamp],
  ["until", readTimestamp],
  ["coveredBy", readId],
] as const;
const COVERAGE_V1 = shapeOf(COVERAGE_FIELDS);
const COVERAGE = shapeOf(COVERAGE_FIELDS, ["coveredBy"]);
const readMemberV1: Reader = (value) => readObject(value, MEMBER_V1);
const readMember: Reader = (value) => readObject(value, MEMBER);
const readLocation: Reader = (value) => readObject(value, LOCATION);
const readGroupV1: Reader = (value) => readObject(value, GROUP_V1);
const readGroup: Reader = (value) => readObject(value, GROUP);
const readCoverageV1: Reader = (value) => readObject(value, COVERAGE_V1);
const readCoverage: Reader = (value) => readObject(value, COVERAGE);

const readString: Reader = (value) => (typeof value === "string" ? value : NO);
const readTimeZone: Reader = (value) =>
  typeof value === "string" && value.length > 0 && isTimeZoneName(value) ? value : NO;
const readPeriod: Reader = (value) => readArray(value, readString, 2, 2);
const readDay: Reader = (value) => readArray(value, readPeriod, 0, LIMITS.dayPeriods);
const HOURS = shapeOf(
  ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((day) => [day, readDay] as const),
  true,
);
const CLOSURE = shapeOf([
  ["name", readName],
  ["firstDay", readString],
  ["lastDay", readString],
]);
const readClosure: Reader = (value) => readObject(value, CLOSURE);
const SCHEDULE = shapeOf(
  [
    ["hours", (hours: unknown) => readObject(hours, HOURS)],
    ["closures", (closures: unknown) => readRecord(closures, readClosure, LIMITS.closures)],
  ],
  ["closures"],
);
const readSchedule: Reader = (value) => {
  const schedule = readObject(value, SCHEDULE);
  if (schedule === NO || Object.hasOwn(schedule as Node, "closures")) return schedule;
  return Object.freeze({ ...(schedule as Node), closures: Object.freeze({}) });
};
const readOptional =
  (read: Reader): Reader =>
  (value) =>
    value === undefined ? undefined : read(value);

const readOptionalRecord =
  (read: Reader, max: number): Reader =>
  (value) =>
    value === undefined ? Object.freeze({}) : readRecord(value, read, max);
const readRevision: Reader = (value) =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) + 0 : NO;

type Fields = readonly (readonly [string, Reader])[];

const DOCUMENT_V1: Fields = [
  ["schemaVersion", () => 2],
  ["id", readId],
  ["name", readName],
  ["revision", readRevision],
  ["timeZone", () => "UTC"],
  ["messaging", readMessagingV1],
  ["members", (members: unknown) => readRecord(members, readMemberV1, LIMITS.members)],
  ["groups", readOptionalRecord(readGroupV1, LIMITS.groups)],
  ["routing", (routing: unknown) => readRecord(routing, TABLES_V1.table)],
  ["defaultRouting", TABLES_V1.defaultTable],
  ["coverage", readOptionalRecord(readCoverageV1, LIMITS.coverage)],
];

/** Version 2, in the format's key order (the order of a practice's fields). */
const DOCUMENT_V2: Fields = [
  ["schemaVersion", () => 2],
  ["id", readId],
  ["name", readName],
  ["revision", readRevision],
  ["timeZone", readTimeZone],
  ["messaging", readMessaging],
  ["schedule", readOptional(readSchedule)],
  ["afterHoursRouting", readOptional(TABLES.table)],
  ["locations", readOptional((locations) => readRecord(locations, readLocation, LIMITS.locations))],
  ["members", (members: unknown) => readRecord(members, readMember, LIMITS.members)],
  ["groups", readOptionalRecord(readGroup, LIMITS.groups)],
  ["routing", (routing: unknown) => readRecord(routing, TABLES.table)],
  ["locationRouting", readOptional((tables) => readRecord(tables, TABLES.table, LIMITS.locations))],
  ["defaultRouting", TABLES.defaultTable],
  ["coverage", readOptionalRecord(readCoverage, LIMITS.coverage)],
];

/** The fields each version's documents may hold (`timeZone` is not one of version 1's). */
const V1_KEYS = DOCUMENT_V1.map(([name]) => name).filter((name) => name !== "timeZone");
const V2_KEYS = DOCUMENT_V2.map(([name]) => name);

/**
 * The practice `root` holds, frozen, when it is a valid document of version 1 or 2, always in the shape of
 * version 2 (its nodes are frozen in place: `root` must be fresh, unshared plain data); `undefined` when it
 * is not, and then it may be left partly frozen.
 */
export function readPractice(root: unknown): Practice | undefined {
  if (!isNode(root)) return undefined;
  const version = root.schemaVersion;
  const [document, keys] = version === 1 ? [DOCUMENT_V1, V1_KEYS] : version === 2 ? [DOCUMENT_V2, V2_KEYS] : [];
  if (document === undefined || keys === undefined) return undefined;
  for (const key of Object.keys(root)) if (!keys.includes(key)) return undefined;
  const fields: Node = {};
  for (const [key, read] of document) {
    const value = read(Object.hasOwn(root, key) ? root[key] : undefined);
    if (value === NO) return undefined;
    if (value !== undefined) fields[key] = value;
  }
  // disabledCategories in category order, without repeats
  const read = fields.messaging as Practice["messaging"];
  const disabled = MESSAGE_CATEGORIES.filter((category) => read.disabledCategories.includes(category));
  const messaging = Object.freeze({ ...read, disabledCategories: Object.freeze(disabled) });
  return Object.freeze({ ...fields, messaging }) as unknown as Practice;
}
