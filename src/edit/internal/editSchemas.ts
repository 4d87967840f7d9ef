import * as z from "zod/mini";
import {
  CategorySchema,
  CoverageSchema,
  checked,
  GroupSchema,
  IdSchema,
  MemberSchema,
  maxEntries,
  RecipientSchema,
} from "../../parse/schema.js";
import type { Edit, EditType, RevertRecord } from "../types.js";

// Every construction is marked pure, so a bundler drops the schemas from code that never parses an edit.
const RecipientsSchema = /* @__PURE__ */ checked(
  /* @__PURE__ */ z.array(RecipientSchema),
  /* @__PURE__ */ maxEntries("cellRecipients"),
);

/** The zod schema of each edit type, in the order of DESIGN.md section 7. */
export const EDIT_SCHEMAS = {
  set_messaging: /* @__PURE__ */ z.strictObject({
    type: /* @__PURE__ */ z.literal("set_messaging"),
    enabled: /* @__PURE__ */ z.boolean(),
  }),
  set_replies: /* @__PURE__ */ z.strictObject({
    type: /* @__PURE__ */ z.literal("set_replies"),
    enabled: /* @__PURE__ */ z.boolean(),
  }),
  set_category_enabled: /* @__PURE__ */ z.strictObject({
    type: /* @__PURE__ */ z.literal("set_category_enabled"),
    category: CategorySchema,
    enabled: /* @__PURE__ */ z.boolean(),
  }),
  set_route: /* @__PURE__ */ z.strictObject({
    type: /* @__PURE__ */ z.literal("set_route"),
    providerId: /* @__PURE__ */ z.nullable(IdSchema),
    category: CategorySchema,
    recipients: RecipientsSchema,
  }),
  set_route_for_all_providers: /* @__PURE__ */ z.strictObject({
    type: /* @__PURE__ */ z.literal("set_route_for_all_providers"),
    category: CategorySchema,
    recipients: RecipientsSchema,
    mode: /* @__PURE__ */ z.enum(["replace", "add", "fill_empty"]),
  }),
  copy_routing: /* @__PURE__ */ z.strictObject({
    type: /* @__PURE__ */ z.literal("copy_routing"),
    from: IdSchema,
    to: /* @__PURE__ */ checked(/* @__PURE__ */ z.array(IdSchema), /* @__PURE__ */ maxEntries("members")),
  }),
  replace_member: /* @__PURE__ */ z.strictObject({
    type: /* @__PURE__ */ z.literal("replace_member"),
    from: IdSchema,
    to: IdSchema,
  }),
  upsert_member: /* @__PURE__ */ z.strictObject({
    type: /* @__PURE__ */ z.literal("upsert_member"),
    id: IdSchema,
    member: MemberSchema,
  }),
  set_member_active: /* @__PURE__ */ z.strictObject({
    type: /* @__PURE__ */ z.literal("set_member_active"),
    id: IdSchema,
    active: /* @__PURE__ */ z.boolean(),
  }),
  upsert_group: /* @__PURE__ */ z.strictObject({
    type: /* @__PURE__ */ z.literal("upsert_group"),
    id: IdSchema,
    group: GroupSchema,
  }),
  remove_group: /* @__PURE__ */ z.strictObject({ type: /* @__PURE__ */ z.literal("remove_group"), id: IdSchema }),
  add_coverage: /* @__PURE__ */ z.strictObject({
    type: /* @__PURE__ */ z.literal("add_coverage"),
    id: IdSchema,
    coverage: CoverageSchema,
  }),
  remove_coverage: /* @__PURE__ */ z.strictObject({ type: /* @__PURE__ */ z.literal("remove_coverage"), id: IdSchema }),
} satisfies { [T in EditType]: z.ZodMiniType<Extract<Edit, { type: T }>> };

/** The zod schema of an {@link Edit}. */
export const EditSchema: z.ZodMiniType<Edit> = /* @__PURE__ */ z.discriminatedUnion(
  "type",
  /* @__PURE__ */ Object.values(EDIT_SCHEMAS) as never,
);

/** The zod schema of a {@link RevertRecord}. */
export const RevertRecordSchema: z.ZodMiniType<RevertRecord> = /* @__PURE__ */ z.strictObject({
  type: /* @__PURE__ */ z.literal("revert"),
  revision: /* @__PURE__ */ checked(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0)),
  action: /* @__PURE__ */ z.enum(["undo", "redo"]),
  originalSummary: /* @__PURE__ */ z.string(),
});
