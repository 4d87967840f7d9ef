import { isId, isName } from "../../internal/ids.js";
import { isTimestamp } from "../../internal/time.js";
import { MESSAGE_CATEGORIES } from "../../model/categories.js";
import { LIMITS } from "../../model/limits.js";
import type { Practice } from "../../model/types.js";
import { isNode, NO, type Node, type Reader, readArray, readObject, readRecord, shapeOf } from "./readers.js";

// The fast path of parsing: one walk over fresh plain data that we own (what JSON.parse returned, or a
// snapshot) which accepts exactly the documents the zod schemas accept with no forbidden key and no record
// over its limit, and freezes their nodes in place, without copying them. It only says yes or no: on no, zod
// runs and says why (explainDocument.ts). test/parse/readDocument.test.ts checks that both always agree.
// An object whose keys come in another order than the format's is replaced by a copy in that order, as zod does.

const readId: Reader = (value) => (typeof value === "string" && isId(value) ? value : NO);
const readName: Reader = (value) => (typeof value === "string" && isName(value) ? value : NO);
const readBoolean: Reader = (value) => (typeof value === "boolean" ? value : NO);
const readTimestamp: Reader = (value) => (isTimestamp(value) ? value : NO);
const readRole: Reader = (value) => (value === "provider" || value === "staff" ? value : NO);

const MEMBER = shapeOf([
  ["name", readName],
  ["role", readRole],
  ["admin", readBoolean],
  ["active", readBoolean],
]);
const GROUP = shapeOf([
  ["name", readName],
  ["members", (members) => readArray(members, readId, 0, LIMITS.groupMembers)],
]);
const COVERAGE = shapeOf([
  ["member", readId],
  ["from", readTimestamp],
  ["until", readTimestamp],
  ["coveredBy", readId],
]);
const readMember: Reader = (value) => readObject(value, MEMBER);
const readGroup: Reader = (value) => readObject(value, GROUP);
const readCoverage: Reader = (value) => readObject(value, COVERAGE);

const readType: Reader = (type) => type; // already checked by readRecipient
const WITH_ID = shapeOf([
  ["type", readType],
  ["id", readId],
]);
const WITHOUT_ID = shapeOf([["type", readType]]);
const readRecipient: Reader = (value) => {
  if (!isNode(value)) return NO;
  const type = value.type;
  if (type === "member" || type === "group") return readObject(value, WITH_ID);
  return type === "assigned_provider" ? readObject(value, WITHOUT_ID) : NO;
};
const readCell: Reader = (value) => readArray(value, readRecipient, 1, LIMITS.cellRecipients);
const TABLE = MESSAGE_CATEGORIES.map((category) => [category, readCell] as const);
const PROVIDER_TABLE = shapeOf(TABLE, true);
const DEFAULT_TABLE = shapeOf(TABLE);
const readTable: Reader = (value) => readObject(value, PROVIDER_TABLE);

const isCategory = (item: unknown): boolean => (MESSAGE_CATEGORIES as readonly unknown[]).includes(item);
const readCategories: Reader = (value) =>
  readArray(value, (item) => (isCategory(item) ? item : NO), 0, Number.POSITIVE_INFINITY);
const MESSAGING = shapeOf([
  ["patientInitiated", readBoolean],
  ["patientReplies", readBoolean],
  ["disabledCategories", readCategories],
]);
const readMessaging: Reader = (value) => readObject(value, MESSAGING);

const readOptionalRecord =
  (read: Reader, max: number): Reader =>
  (value) =>
    value === undefined ? Object.freeze({}) : readRecord(value, read, max);
const readRevision: Reader = (value) =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) + 0 : NO;

const DOCUMENT = [
  ["schemaVersion", (version: unknown) => (version === 1 ? version : NO)],
  ["id", readId],
  ["name", readName],
  ["revision", readRevision],
  ["messaging", readMessaging],
  ["members", (members: unknown) => readRecord(members, readMember, LIMITS.members)],
  ["groups", readOptionalRecord(readGroup, LIMITS.groups)],
  ["routing", (routing: unknown) => readRecord(routing, readTable)],
  ["defaultRouting", (table: unknown) => readObject(table, DEFAULT_TABLE)],
  ["coverage", readOptionalRecord(readCoverage, LIMITS.coverage)],
] as const;

/**
 * The practice `root` holds, frozen, when it is a valid document (its nodes are frozen in place: `root` must
 * be fresh, unshared plain data); `undefined` when it is not, and then it may be left partly frozen.
 */
export function readPractice(root: unknown): Practice | undefined {
  if (!isNode(root)) return undefined;
  const fields: Node = {};
  for (const key of Object.keys(root)) if (!DOCUMENT.some(([name]) => name === key)) return undefined;
  for (const [key, read] of DOCUMENT) {
    const value = read(Object.hasOwn(root, key) ? root[key] : undefined);
    if (value === NO) return undefined;
    fields[key] = value;
  }
  // disabledCategories in category order, without repeats
  const read = fields.messaging as Practice["messaging"];
  const disabled = MESSAGE_CATEGORIES.filter((category) => read.disabledCategories.includes(category));
  const messaging = Object.freeze({ ...read, disabledCategories: Object.freeze(disabled) });
  return Object.freeze({ ...fields, messaging }) as unknown as Practice;
}
