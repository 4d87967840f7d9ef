import * as z from "zod";
import { deepFreeze } from "../internal/freeze.js";
import { takeSnapshot } from "../internal/snapshot.js";
import { LIMITS } from "../model/limits.js";
import type { IssuePath } from "../model/types.js";
import {
  CategorySchema,
  CoverageSchema,
  GroupSchema,
  IdSchema,
  MemberSchema,
  RecipientSchema,
} from "../parse/schema.js";
import { describeZodIssue } from "./internal/zodIssue.js";
import type { Edit, EditError, EditType } from "./types.js";

const RecipientsSchema = z.array(RecipientSchema).max(LIMITS.cellRecipients);

const EDIT_SCHEMAS = {
  set_messaging: z.strictObject({ type: z.literal("set_messaging"), enabled: z.boolean() }),
  set_replies: z.strictObject({ type: z.literal("set_replies"), enabled: z.boolean() }),
  set_category_enabled: z.strictObject({
    type: z.literal("set_category_enabled"),
    category: CategorySchema,
    enabled: z.boolean(),
  }),
  set_route: z.strictObject({
    type: z.literal("set_route"),
    providerId: IdSchema.nullable(),
    category: CategorySchema,
    recipients: RecipientsSchema,
  }),
  set_route_for_all_providers: z.strictObject({
    type: z.literal("set_route_for_all_providers"),
    category: CategorySchema,
    recipients: RecipientsSchema,
    mode: z.enum(["replace", "add", "fill_empty"]),
  }),
  copy_routing: z.strictObject({
    type: z.literal("copy_routing"),
    from: IdSchema,
    to: z.array(IdSchema).max(LIMITS.members),
  }),
  replace_member: z.strictObject({ type: z.literal("replace_member"), from: IdSchema, to: IdSchema }),
  upsert_member: z.strictObject({ type: z.literal("upsert_member"), id: IdSchema, member: MemberSchema }),
  set_member_active: z.strictObject({ type: z.literal("set_member_active"), id: IdSchema, active: z.boolean() }),
  upsert_group: z.strictObject({ type: z.literal("upsert_group"), id: IdSchema, group: GroupSchema }),
  remove_group: z.strictObject({ type: z.literal("remove_group"), id: IdSchema }),
  add_coverage: z.strictObject({ type: z.literal("add_coverage"), id: IdSchema, coverage: CoverageSchema }),
  remove_coverage: z.strictObject({ type: z.literal("remove_coverage"), id: IdSchema }),
} satisfies { [T in EditType]: z.ZodType<Extract<Edit, { type: T }>> };

/**
 * Every edit type, in the order of DESIGN.md section 7.
 *
 * @example
 * ```ts
 * EDIT_TYPES.length;
 * //=> 13
 * ```
 */
export const EDIT_TYPES: readonly EditType[] = Object.freeze(Object.keys(EDIT_SCHEMAS) as EditType[]);

/** The zod schema of an {@link Edit}. */
const EditSchema: z.ZodType<Edit> = z.discriminatedUnion("type", Object.values(EDIT_SCHEMAS) as never);

/** A malformed edit: `path` points into the edit. */
export interface InvalidEditError extends EditError {
  /** Always `"invalid_edit"`. */
  readonly code: "invalid_edit";
  /** Where in the edit the problem is (`[]` for the edit itself). */
  readonly path: IssuePath;
}

/** The result of {@link parseEdit}. */
export type ParseEditResult =
  | {
      /** The edit is well formed. */
      readonly ok: true;
      /** A fresh, deeply frozen copy of the edit. */
      readonly edit: Edit;
    }
  | {
      /** The edit is malformed. */
      readonly ok: false;
      /** What is wrong and where. */
      readonly error: InvalidEditError;
    };

function invalid(path: IssuePath, message: string): ParseEditResult {
  return deepFreeze({ ok: false, error: { code: "invalid_edit", path: [...path], message } });
}

/**
 * Checks that a value is a well-formed {@link Edit} (for edits received as JSON or read from a queue).
 * Only the edit's shape is checked; whether it fits a practice is `applyEdit`'s job. Never throws and
 * never reads anything but own data properties; messages never repeat input values.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @returns `{ok: true, edit}` with a fresh copy, or `{ok: false, error}` with code `invalid_edit` and a path; deeply frozen.
 * @example
 * ```ts
 * parseEdit({ type: "set_messaging", enabled: "yes" });
 * //=> { ok: false, error: { code: "invalid_edit", path: ["enabled"], message: "Expected true or false." } }
 * ```
 */
export function parseEdit(input: unknown): ParseEditResult {
  const snapshot = takeSnapshot(input);
  if (snapshot.tooLarge) return invalid([], "The edit holds more values than any edit may.");
  const [forbidden] = snapshot.forbiddenKeys;
  if (forbidden !== undefined) return invalid(forbidden, "This key is not allowed anywhere in an edit.");
  const root = snapshot.value;
  if (typeof root !== "object" || root === null || Array.isArray(root)) {
    return invalid([], "Expected an edit object with a type field.");
  }
  const type = (root as Record<string, unknown>).type;
  if (!(EDIT_TYPES as readonly unknown[]).includes(type)) {
    return invalid(["type"], `Expected one of the edit types: ${EDIT_TYPES.join(", ")}.`);
  }
  const parsed = EditSchema.safeParse(root);
  if (!parsed.success) {
    const [first] = parsed.error.issues;
    /* v8 ignore next -- zod reports at least one issue on failure */
    if (first === undefined) return invalid([], "This edit is not valid.");
    const described = describeZodIssue(first, root);
    return invalid(described.path, described.message);
  }
  return deepFreeze({ ok: true, edit: parsed.data });
}
