import { ID_PATTERN, LIMITS, RESERVED_IDS } from "../model/limits.js";
import { codePointLength } from "./jsonSize.js";

// The id and name rules, shared by the fast path (readDocument.ts) and the zod schemas (practiceSchemas.ts).

const idRegex = new RegExp(ID_PATTERN);

/** Whether `text` is an id: the id syntax, and not a reserved word. @internal */
export const isId = (text: string): boolean => idRegex.test(text) && !RESERVED_IDS.includes(text);
/** At most 200 code points (JSON Schema's `maxLength` unit); 200 code units or fewer always are. @internal */
export const isShortName = (name: string): boolean =>
  name.length <= LIMITS.nameLength || codePointLength(name) <= LIMITS.nameLength;
/** Whether `text` is a name: 1-200 code points. @internal */
export const isName = (text: string): boolean => text.length > 0 && isShortName(text);
/** A time zone field: at most 64 code points (whether `Intl` knows the zone is `validatePractice`'s job). @internal */
export const isTimeZoneName = (text: string): boolean =>
  text.length <= LIMITS.timeZoneLength || codePointLength(text) <= LIMITS.timeZoneLength;
