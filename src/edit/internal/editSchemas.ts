import * as z from "zod";
import { LIMITS } from "../../model/limits.js";
import {
  CategorySchema,
  CoverageSchema,
  GroupSchema,
  IdSchema,
  MemberSchema,
  RecipientSchema,
} from "../../parse/schema.js";
import type { Edit, EditType, RevertRecord } from "../types.js";

const RecipientsSchema = z.array(RecipientSchema).max(LIMITS.cellRecipients);

/** The zod schema of each edit type, in the order of DESIGN.md section 7. */
export const EDIT_SCHEMAS = {
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

/** The zod schema of an {@link Edit}. */
export const EditSchema: z.ZodType<Edit> = z.discriminatedUnion("type", Object.values(EDIT_SCHEMAS) as never);

/** The zod schema of a {@link RevertRecord}. */
export const RevertRecordSchema: z.ZodType<RevertRecord> = z.strictObject({
  type: z.literal("revert"),
  revision: z.int().min(0),
  action: z.enum(["undo", "redo"]),
  originalSummary: z.string(),
});
