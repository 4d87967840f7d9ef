import { MESSAGE_CATEGORIES } from "../../model/categories.js";
import { LIMITS } from "../../model/limits.js";
import { isNode, NO, type Reader, readArray, readId, readObject, shapeOf } from "./readers.js";

// The readers of routing tables for readDocument.ts, one set per format version.

const readType: Reader = (type) => type; // already checked by readRecipient
const WITH_ID = shapeOf([
  ["type", readType],
  ["id", readId],
]);
const WITHOUT_ID = shapeOf([["type", readType]]);
/** The readers of one version's tables: `careTeam` whether a cell may hold `{type: "care_team"}` (version 2). */
function tableReaders(careTeam: boolean): { readonly table: Reader; readonly defaultTable: Reader } {
  const readRecipient: Reader = (value) => {
    if (!isNode(value)) return NO;
    const type = value.type;
    if (type === "member" || type === "group") return readObject(value, WITH_ID);
    return type === "assigned_provider" || (careTeam && type === "care_team") ? readObject(value, WITHOUT_ID) : NO;
  };
  const readCell: Reader = (value) => readArray(value, readRecipient, 1, LIMITS.cellRecipients);
  const cells = MESSAGE_CATEGORIES.map((category) => [category, readCell] as const);
  const providerTable = shapeOf(cells, true);
  const defaultTable = shapeOf(cells);
  return {
    table: (value) => readObject(value, providerTable),
    defaultTable: (value) => readObject(value, defaultTable),
  };
}
/** The readers of version 1 tables (no `care_team`). */
export const TABLES_V1 = tableReaders(false);
/** The readers of version 2 tables. */
export const TABLES = tableReaders(true);
