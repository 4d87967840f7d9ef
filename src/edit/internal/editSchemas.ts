import * as z from "zod/mini";
import { checked, maxEntries, practiceSchemas } from "../../internal/practiceSchemas.js";
import type { Edit, EditType, RevertRecord } from "../types.js";

/** Every edit type, in the order of DESIGN.md section 7 (the keys of `EDIT_SCHEMAS`, in order). */
export const EDIT_TYPE_ORDER = [
  "set_messaging",
  "set_replies",
  "set_category_enabled",
  "set_route",
  "set_route_for_all_providers",
  "copy_routing",
  "replace_member",
  "upsert_member",
  "set_member_active",
  "upsert_group",
  "remove_group",
  "add_coverage",
  "remove_coverage",
] as const satisfies readonly EditType[];

// The schemas of edits, built on first use (see practiceSchemas.ts).
function build() {
  const { CategorySchema, CoverageSchema, GroupSchema, IdSchema, MemberSchema, RecipientSchema } = practiceSchemas();
  const RecipientsSchema = checked(z.array(RecipientSchema), maxEntries("cellRecipients"));

  const EDIT_SCHEMAS = {
    set_messaging: z.strictObject({
      type: z.literal("set_messaging"),
      enabled: z.boolean(),
    }),
    set_replies: z.strictObject({
      type: z.literal("set_replies"),
      enabled: z.boolean(),
    }),
    set_category_enabled: z.strictObject({
      type: z.literal("set_category_enabled"),
      category: CategorySchema,
      enabled: z.boolean(),
    }),
    set_route: z.strictObject({
      type: z.literal("set_route"),
      providerId: z.nullable(IdSchema),
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
      to: checked(z.array(IdSchema), maxEntries("members")),
    }),
    replace_member: z.strictObject({
      type: z.literal("replace_member"),
      from: IdSchema,
      to: IdSchema,
    }),
    upsert_member: z.strictObject({
      type: z.literal("upsert_member"),
      id: IdSchema,
      member: MemberSchema,
    }),
    set_member_active: z.strictObject({
      type: z.literal("set_member_active"),
      id: IdSchema,
      active: z.boolean(),
    }),
    upsert_group: z.strictObject({
      type: z.literal("upsert_group"),
      id: IdSchema,
      group: GroupSchema,
    }),
    remove_group: z.strictObject({ type: z.literal("remove_group"), id: IdSchema }),
    add_coverage: z.strictObject({
      type: z.literal("add_coverage"),
      id: IdSchema,
      coverage: CoverageSchema,
    }),
    remove_coverage: z.strictObject({ type: z.literal("remove_coverage"), id: IdSchema }),
  } satisfies { [T in EditType]: z.ZodMiniType<Extract<Edit, { type: T }>> };

  const EditSchema: z.ZodMiniType<Edit> = z.discriminatedUnion("type", Object.values(EDIT_SCHEMAS) as never);

  const RevertRecordSchema: z.ZodMiniType<RevertRecord> = z.strictObject({
    type: z.literal("revert"),
    revision: checked(z.int(), z.gte(0)),
    action: z.enum(["undo", "redo"]),
    originalSummary: z.string(),
  });
  return { EDIT_SCHEMAS, EditSchema, RevertRecordSchema };
}

let built: ReturnType<typeof build> | undefined;

/**
 * The zod schemas of edits: `EDIT_SCHEMAS` (one per edit type, keyed in {@link EDIT_TYPE_ORDER}), `EditSchema`
 * and `RevertRecordSchema`; built on the first call, the same objects on every call.
 *
 * @returns The schemas by name.
 * @example
 * ```ts
 * editSchemas().EditSchema.safeParse({ type: "set_replies", enabled: true }).success;
 * //=> true
 * ```
 */
export function editSchemas(): ReturnType<typeof build> {
  built ??= build();
  return built;
}
