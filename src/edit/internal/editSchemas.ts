import * as z from "zod/mini";
import { checked, maxEntries, practiceSchemas } from "../../internal/practiceSchemas.js";
import { ZOD_MESSAGES } from "../../internal/zodIssues.js";
import { LIMITS } from "../../model/limits.js";
import type { Edit, EditType, RevertRecord, ScheduleInput } from "../types.js";
import { routeFieldProblems, tableRefSchema } from "./routeFields.js";

/**
 * Every edit type: section 7 of DESIGN.md in its order, then the time edits of section 10, the patient
 * edits of section 11 and the location edits of section 12 (the keys of `EDIT_SCHEMAS`).
 */
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
  "set_time_zone",
  "set_schedule",
  "set_response_days",
  "set_eligibility",
  "set_show_recipients",
  "upsert_location",
  "remove_location",
] as const satisfies readonly EditType[];

const CLOSURES_CHECK = { code: "limit_exceeded", message: `More than the limit of ${LIMITS.closures} closures.` };

/** Whether a closures record is within the limit the parser enforces on a config. */
export function hasRoomForClosures(closures: Readonly<Record<string, unknown>>): boolean {
  return Object.keys(closures).length <= LIMITS.closures;
}

// The schemas of edits, built on first use (see practiceSchemas.ts).
function build() {
  const { CategorySchema, ClosuresSchema, CoverageSchema, EligibilitySchema, GroupSchema, HoursSchema } =
    practiceSchemas();
  const { IdSchema, LocationSchema, MemberSchema, RecipientSchema, TimeZoneSchema } = practiceSchemas();
  const RecipientsSchema = checked(z.array(RecipientSchema), maxEntries("cellRecipients"));
  const ScheduleInputSchema = z.strictObject({
    hours: HoursSchema,
    closures: z.optional(checked(ClosuresSchema, z.refine(hasRoomForClosures, { params: CLOSURES_CHECK }))),
  }) as unknown as z.ZodMiniType<ScheduleInput, unknown>;
  const TableRefSchema = tableRefSchema(IdSchema);

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
    // Without `table`, `set_route` has `providerId`; `table: "after_hours"` has neither `providerId` nor
    // `locationId`; `table: "location"` has `locationId` only (checked once the shape is right).
    set_route: checked(
      z.strictObject({
        type: z.literal("set_route"),
        table: z.optional(z.enum(["after_hours", "location"])),
        providerId: z.optional(z.nullable(IdSchema)),
        locationId: z.optional(IdSchema),
        category: CategorySchema,
        recipients: RecipientsSchema,
      }),
      z.superRefine((edit, ctx) => {
        for (const [field, problem] of routeFieldProblems(edit)) {
          const params = problem === "missing" ? { code: "missing_field", message: ZOD_MESSAGES.required } : problem;
          ctx.addIssue({ code: "custom", path: [field], params, input: edit });
        }
      }),
    ) as unknown as z.ZodMiniType<Extract<Edit, { type: "set_route" }>>,
    set_route_for_all_providers: z.strictObject({
      type: z.literal("set_route_for_all_providers"),
      category: CategorySchema,
      recipients: RecipientsSchema,
      mode: z.enum(["replace", "add", "fill_empty"]),
    }),
    copy_routing: z.strictObject({
      type: z.literal("copy_routing"),
      from: TableRefSchema,
      to: checked(z.array(TableRefSchema), maxEntries("members")),
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
    set_time_zone: z.strictObject({ type: z.literal("set_time_zone"), timeZone: TimeZoneSchema }),
    set_schedule: z.strictObject({ type: z.literal("set_schedule"), schedule: z.nullable(ScheduleInputSchema) }),
    set_response_days: z.strictObject({
      type: z.literal("set_response_days"),
      days: z.nullable(checked(z.int(), z.gte(1), z.lte(LIMITS.responseBusinessDays))),
    }),
    set_eligibility: z.strictObject({
      type: z.literal("set_eligibility"),
      eligibility: z.nullable(EligibilitySchema),
    }),
    set_show_recipients: z.strictObject({ type: z.literal("set_show_recipients"), enabled: z.boolean() }),
    upsert_location: z.strictObject({ type: z.literal("upsert_location"), id: IdSchema, location: LocationSchema }),
    remove_location: z.strictObject({ type: z.literal("remove_location"), id: IdSchema }),
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
