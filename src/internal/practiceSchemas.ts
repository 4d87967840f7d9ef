import * as z from "zod/mini";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../model/categories.js";
import { LIMITS } from "../model/limits.js";
import type {
  Closure,
  Coverage,
  DefaultRoutingTable,
  Eligibility,
  Group,
  GroupDelivery,
  Location,
  Member,
  MessagingSettings,
  OpeningPeriod,
  Recipient,
  RoutingTable,
  Schedule,
} from "../model/types.js";
import { isId, isShortName, isTimeZoneName } from "./ids.js";
import { isTimestamp } from "./time.js";
import { type CheckParams, ZOD_MESSAGES } from "./zodIssues.js";

// Structural schemas of config format versions 1 and 2, each typed against the hand-written interface; the
// single source of the shipped JSON Schema (buildConfigJsonSchema.ts). `parsePractice` enforces forbidden keys
// and record sizes before zod runs. Our checks (ids, timestamps, name lengths) carry their issue code and
// message in their params (`CheckParams`). Built on first use: importing the package builds no schema.

const ID_CHECK: CheckParams = { code: "invalid_id", message: ZOD_MESSAGES.id };
const TIMESTAMP_CHECK: CheckParams = { code: "invalid_timestamp", message: ZOD_MESSAGES.timestamp };
const NAME_LENGTH_CHECK: CheckParams = { code: "limit_exceeded", message: ZOD_MESSAGES.nameTooLong };
const PERIOD_CHECK: CheckParams = { code: "invalid_type", message: ZOD_MESSAGES.period };
const TIME_ZONE_CHECK: CheckParams = { code: "limit_exceeded", message: ZOD_MESSAGES.timeZoneTooLong };

/** `schema` with `checks` added. @internal */
export const checked = <T extends z.ZodMiniType>(schema: T, ...checks: z.core.$ZodCheck<z.output<T>>[]): T =>
  schema.check(...checks);

/** A check of at most `LIMITS[limit]` entries. @internal */
export const maxEntries = (limit: "groupMembers" | "cellRecipients" | "members" | "dayPeriods" | "locations") =>
  z.maxLength(LIMITS[limit]);

function build() {
  const IdSchema = checked(z.string(), z.refine(isId, { params: ID_CHECK }));
  /** A name: 1-200 characters, counted in code points as JSON Schema's `maxLength` does. */
  const NameSchema = checked(z.string(), z.minLength(1), z.refine(isShortName, { params: NAME_LENGTH_CHECK }));
  const TimestampSchema = checked(z.string(), z.refine(isTimestamp, { params: TIMESTAMP_CHECK }));
  const CategorySchema: z.ZodMiniType<MessageCategory> = z.enum(MESSAGE_CATEGORIES);
  const role = z.enum(["provider", "staff"]);
  const memberShape = { name: NameSchema, role, admin: z.boolean(), active: z.boolean() };
  const MemberV1Schema: z.ZodMiniType<Member> = z.strictObject(memberShape);
  const MemberSchema = z.strictObject({
    ...memberShape,
    locations: z.optional(checked(z.array(IdSchema), maxEntries("locations"))),
  }) as unknown as z.ZodMiniType<Member, unknown>;
  const LocationSchema: z.ZodMiniType<Location> = z.strictObject({ name: NameSchema });
  const DeliverySchema: z.ZodMiniType<GroupDelivery> = z.enum(["each", "pool", "sticky"]);
  const groupShape = { name: NameSchema, members: checked(z.array(IdSchema), maxEntries("groupMembers")) };
  const GroupV1Schema: z.ZodMiniType<Group> = z.strictObject(groupShape);
  const GroupSchema = z.strictObject({
    ...groupShape,
    patientLabel: z.optional(NameSchema),
    delivery: z.optional(DeliverySchema),
  }) as unknown as z.ZodMiniType<Group, unknown>;
  const MemberRecipientSchema = z.strictObject({ type: z.literal("member"), id: IdSchema });
  const GroupRecipientSchema = z.strictObject({ type: z.literal("group"), id: IdSchema });
  const AssignedProviderRecipientSchema = z.strictObject({ type: z.literal("assigned_provider") });
  const CareTeamRecipientSchema = z.strictObject({ type: z.literal("care_team") });
  const RecipientV1Schema: z.ZodMiniType<Recipient> = z.discriminatedUnion("type", [
    MemberRecipientSchema,
    GroupRecipientSchema,
    AssignedProviderRecipientSchema,
  ]);
  const RecipientSchema: z.ZodMiniType<Recipient> = z.discriminatedUnion("type", [
    MemberRecipientSchema,
    GroupRecipientSchema,
    AssignedProviderRecipientSchema,
    CareTeamRecipientSchema,
  ]);
  const cellOf = (recipient: z.ZodMiniType<Recipient>) =>
    checked(z.array(recipient), z.minLength(1), maxEntries("cellRecipients"));
  const CellV1Schema = cellOf(RecipientV1Schema);
  const CellSchema = cellOf(RecipientSchema);
  const tablesOf = (cell: typeof CellSchema) => ({
    routingTable: z.strictObject(
      Object.fromEntries(MESSAGE_CATEGORIES.map((category) => [category, z.optional(cell)])),
    ) as unknown as z.ZodMiniType<RoutingTable, Partial<Record<MessageCategory, unknown>>>,
    defaultTable: z.strictObject(
      Object.fromEntries(MESSAGE_CATEGORIES.map((category) => [category, cell])) as Record<
        MessageCategory,
        typeof cell
      >,
    ) as z.ZodMiniType<DefaultRoutingTable>,
  });
  const { routingTable: RoutingTableV1Schema, defaultTable: DefaultRoutingTableV1Schema } = tablesOf(CellV1Schema);
  const { routingTable: RoutingTableSchema, defaultTable: DefaultRoutingTableSchema } = tablesOf(CellSchema);
  const CoverageV1Schema: z.ZodMiniType<Coverage> = z.strictObject({
    member: IdSchema,
    from: TimestampSchema,
    until: TimestampSchema,
    coveredBy: IdSchema,
  });
  const CoverageSchema = z.strictObject({
    member: IdSchema,
    from: TimestampSchema,
    until: TimestampSchema,
    coveredBy: z.optional(IdSchema),
  }) as unknown as z.ZodMiniType<Coverage, unknown>;
  const messagingShape = {
    patientInitiated: z.boolean(),
    patientReplies: z.boolean(),
    disabledCategories: z.array(CategorySchema),
  };
  const MessagingV1Schema: z.ZodMiniType<MessagingSettings> = z.strictObject(messagingShape);
  const VisitWithinDaysSchema = checked(z.int(), z.gte(1), z.lte(LIMITS.visitWithinDays));
  const CategoryEligibilitySchema = z.strictObject({ visitWithinDays: VisitWithinDaysSchema });
  const EligibilityCategoriesSchema = z.strictObject(
    Object.fromEntries(MESSAGE_CATEGORIES.map((category) => [category, z.optional(CategoryEligibilitySchema)])),
  );
  const EligibilitySchema = z.strictObject({
    visitWithinDays: z.optional(VisitWithinDaysSchema),
    categories: z.optional(EligibilityCategoriesSchema),
  }) as unknown as z.ZodMiniType<Eligibility, unknown>;
  /** Version 2 in the format's key order: the fields of version 1, then the optional ones. */
  const MessagingSchema = z.strictObject({
    ...messagingShape,
    showRecipientsToPatients: z.optional(z.boolean()),
    responseBusinessDays: z.optional(checked(z.int(), z.gte(1), z.lte(LIMITS.responseBusinessDays))),
    eligibility: z.optional(EligibilitySchema),
  }) as unknown as z.ZodMiniType<MessagingSettings, unknown>;
  const TimeZoneSchema = checked(z.string(), z.minLength(1), z.refine(isTimeZoneName, { params: TIME_ZONE_CHECK }));
  /** `HH:MM` and `YYYY-MM-DD` texts: strings here; `validatePractice` reads them (`invalid_schedule`). */
  const LocalTimeSchema = z.string();
  const LocalDateSchema = z.string();
  const PeriodSchema = checked(
    z.array(LocalTimeSchema),
    z.refine((period) => period.length === 2, { params: PERIOD_CHECK }),
  ) as unknown as z.ZodMiniType<OpeningPeriod, unknown>;
  const DaySchema = checked(z.array(PeriodSchema), maxEntries("dayPeriods"));
  const HoursSchema = z.strictObject({
    mon: z.optional(DaySchema),
    tue: z.optional(DaySchema),
    wed: z.optional(DaySchema),
    thu: z.optional(DaySchema),
    fri: z.optional(DaySchema),
    sat: z.optional(DaySchema),
    sun: z.optional(DaySchema),
  });
  const ClosureSchema: z.ZodMiniType<Closure> = z.strictObject({
    name: NameSchema,
    firstDay: LocalDateSchema,
    lastDay: LocalDateSchema,
  });
  const ClosuresSchema = z.record(IdSchema, ClosureSchema);
  const ScheduleSchema = z.strictObject({
    hours: HoursSchema,
    closures: z.optional(ClosuresSchema),
  }) as unknown as z.ZodMiniType<Schedule, unknown>;
  const MembersV1Schema = z.record(IdSchema, MemberV1Schema);
  const MembersSchema = z.record(IdSchema, MemberSchema);
  const LocationsSchema = z.record(IdSchema, LocationSchema);
  const LocationRoutingSchema = z.record(IdSchema, RoutingTableSchema);
  const GroupsV1Schema = z.record(IdSchema, GroupV1Schema);
  const GroupsSchema = z.record(IdSchema, GroupSchema);
  const RoutingV1Schema = z.record(IdSchema, RoutingTableV1Schema);
  const RoutingSchema = z.record(IdSchema, RoutingTableSchema);
  const CoverageMapV1Schema = z.record(IdSchema, CoverageV1Schema);
  const CoverageMapSchema = z.record(IdSchema, CoverageSchema);
  const RevisionSchema = checked(z.int(), z.gte(0));
  /**
   * The zod schema of a version 1 document as stored (input side: `groups` and `coverage` optional).
   * @internal
   */
  const PracticeDocumentV1Schema = z.strictObject({
    schemaVersion: z.literal(1),
    id: IdSchema,
    name: NameSchema,
    revision: RevisionSchema,
    messaging: MessagingV1Schema,
    members: MembersV1Schema,
    groups: z.optional(GroupsV1Schema),
    routing: RoutingV1Schema,
    defaultRouting: DefaultRoutingTableV1Schema,
    coverage: z.optional(CoverageMapV1Schema),
  });
  /**
   * The zod schema of a version 2 document as stored (input side: the optional fields optional).
   * @internal
   */
  const PracticeDocumentSchema = z.strictObject({
    schemaVersion: z.literal(2),
    id: IdSchema,
    name: NameSchema,
    revision: RevisionSchema,
    timeZone: TimeZoneSchema,
    messaging: MessagingSchema,
    schedule: z.optional(ScheduleSchema),
    afterHoursRouting: z.optional(RoutingTableSchema),
    locations: z.optional(LocationsSchema),
    members: MembersSchema,
    groups: z.optional(GroupsSchema),
    routing: RoutingSchema,
    locationRouting: z.optional(LocationRoutingSchema),
    defaultRouting: DefaultRoutingTableSchema,
    coverage: z.optional(CoverageMapSchema),
  });
  return {
    IdSchema,
    NameSchema,
    TimestampSchema,
    CategorySchema,
    MemberSchema,
    MemberV1Schema,
    LocationSchema,
    DeliverySchema,
    GroupSchema,
    GroupV1Schema,
    MemberRecipientSchema,
    GroupRecipientSchema,
    AssignedProviderRecipientSchema,
    CareTeamRecipientSchema,
    RecipientSchema,
    RecipientV1Schema,
    CellSchema,
    CellV1Schema,
    RoutingTableSchema,
    RoutingTableV1Schema,
    DefaultRoutingTableSchema,
    DefaultRoutingTableV1Schema,
    CoverageSchema,
    CoverageV1Schema,
    MessagingSchema,
    MessagingV1Schema,
    VisitWithinDaysSchema,
    CategoryEligibilitySchema,
    EligibilityCategoriesSchema,
    EligibilitySchema,
    TimeZoneSchema,
    LocalTimeSchema,
    LocalDateSchema,
    PeriodSchema,
    DaySchema,
    HoursSchema,
    ClosureSchema,
    ClosuresSchema,
    ScheduleSchema,
    MembersSchema,
    MembersV1Schema,
    LocationsSchema,
    LocationRoutingSchema,
    GroupsSchema,
    GroupsV1Schema,
    RoutingSchema,
    RoutingV1Schema,
    CoverageMapSchema,
    CoverageMapV1Schema,
    PracticeDocumentSchema,
    PracticeDocumentV1Schema,
  };
}

let built: ReturnType<typeof build> | undefined;

/**
 * The zod schemas of the config format, built on the first call and the same objects on every call.
 *
 * @returns The schemas by name (`IdSchema`, `PracticeDocumentSchema`…).
 * @example
 * ```ts
 * practiceSchemas().IdSchema.safeParse("jsmith").success;
 * //=> true
 * ```
 * @internal
 */
export function practiceSchemas(): ReturnType<typeof build> {
  built ??= build();
  return built;
}
