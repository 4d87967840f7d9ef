import * as z from "zod/mini";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../model/categories.js";
import { LIMITS } from "../model/limits.js";
import type {
  Coverage,
  DefaultRoutingTable,
  Group,
  Member,
  MessagingSettings,
  Recipient,
  RoutingTable,
} from "../model/types.js";
import { isId, isShortName } from "./ids.js";
import { isTimestamp } from "./time.js";
import { type CheckParams, ZOD_MESSAGES } from "./zodIssues.js";

// Structural schemas of config format schemaVersion 1, each typed against the hand-written interface; the
// single source of the shipped JSON Schema (buildConfigJsonSchema.ts). `parsePractice` enforces forbidden keys
// and record sizes before zod runs. Our checks (ids, timestamps, name lengths) carry their issue code and
// message in their params (`CheckParams`). Built on first use: importing the package builds no schema.

const ID_CHECK: CheckParams = { code: "invalid_id", message: ZOD_MESSAGES.id };
const TIMESTAMP_CHECK: CheckParams = { code: "invalid_timestamp", message: ZOD_MESSAGES.timestamp };
const NAME_LENGTH_CHECK: CheckParams = { code: "limit_exceeded", message: ZOD_MESSAGES.nameTooLong };

/** `schema` with `checks` added. @internal */
export const checked = <T extends z.ZodMiniType>(schema: T, ...checks: z.core.$ZodCheck<z.output<T>>[]): T =>
  schema.check(...checks);

/** A check of at most `LIMITS[limit]` entries. @internal */
export const maxEntries = (limit: "groupMembers" | "cellRecipients" | "members") => z.maxLength(LIMITS[limit]);

function build() {
  const IdSchema = checked(z.string(), z.refine(isId, { params: ID_CHECK }));
  /** A name: 1-200 characters, counted in code points as JSON Schema's `maxLength` does. */
  const NameSchema = checked(z.string(), z.minLength(1), z.refine(isShortName, { params: NAME_LENGTH_CHECK }));
  const TimestampSchema = checked(z.string(), z.refine(isTimestamp, { params: TIMESTAMP_CHECK }));
  const CategorySchema: z.ZodMiniType<MessageCategory> = z.enum(MESSAGE_CATEGORIES);
  const role = z.enum(["provider", "staff"]);
  const MemberSchema: z.ZodMiniType<Member> = z.strictObject({
    name: NameSchema,
    role,
    admin: z.boolean(),
    active: z.boolean(),
  });
  const GroupSchema: z.ZodMiniType<Group> = z.strictObject({
    name: NameSchema,
    members: checked(z.array(IdSchema), maxEntries("groupMembers")),
  });
  const MemberRecipientSchema = z.strictObject({ type: z.literal("member"), id: IdSchema });
  const GroupRecipientSchema = z.strictObject({ type: z.literal("group"), id: IdSchema });
  const AssignedProviderRecipientSchema = z.strictObject({ type: z.literal("assigned_provider") });
  const RecipientSchema: z.ZodMiniType<Recipient> = z.discriminatedUnion("type", [
    MemberRecipientSchema,
    GroupRecipientSchema,
    AssignedProviderRecipientSchema,
  ]);
  const CellSchema = checked(z.array(RecipientSchema), z.minLength(1), maxEntries("cellRecipients"));
  const tableShape = Object.fromEntries(MESSAGE_CATEGORIES.map((category) => [category, CellSchema])) as Record<
    MessageCategory,
    typeof CellSchema
  >;
  const RoutingTableSchema = z.strictObject(
    Object.fromEntries(MESSAGE_CATEGORIES.map((category) => [category, z.optional(CellSchema)])),
  ) as unknown as z.ZodMiniType<RoutingTable, Partial<Record<MessageCategory, unknown>>>;
  const DefaultRoutingTableSchema: z.ZodMiniType<DefaultRoutingTable> = z.strictObject(tableShape);
  const CoverageSchema: z.ZodMiniType<Coverage> = z.strictObject({
    member: IdSchema,
    from: TimestampSchema,
    until: TimestampSchema,
    coveredBy: IdSchema,
  });
  const MessagingSchema: z.ZodMiniType<MessagingSettings> = z.strictObject({
    patientInitiated: z.boolean(),
    patientReplies: z.boolean(),
    disabledCategories: z.array(CategorySchema),
  });
  const MembersSchema = z.record(IdSchema, MemberSchema);
  const GroupsSchema = z.record(IdSchema, GroupSchema);
  const RoutingSchema = z.record(IdSchema, RoutingTableSchema);
  const CoverageMapSchema = z.record(IdSchema, CoverageSchema);
  const RevisionSchema = checked(z.int(), z.gte(0));
  /**
   * The zod schema of a practice document as stored (input side: `groups` and `coverage` optional).
   * @internal
   */
  const PracticeDocumentSchema = z.strictObject({
    schemaVersion: z.literal(1),
    id: IdSchema,
    name: NameSchema,
    revision: RevisionSchema,
    messaging: MessagingSchema,
    members: MembersSchema,
    groups: z.optional(GroupsSchema),
    routing: RoutingSchema,
    defaultRouting: DefaultRoutingTableSchema,
    coverage: z.optional(CoverageMapSchema),
  });
  return {
    IdSchema,
    NameSchema,
    TimestampSchema,
    CategorySchema,
    MemberSchema,
    GroupSchema,
    MemberRecipientSchema,
    GroupRecipientSchema,
    AssignedProviderRecipientSchema,
    RecipientSchema,
    CellSchema,
    RoutingTableSchema,
    DefaultRoutingTableSchema,
    CoverageSchema,
    MessagingSchema,
    MembersSchema,
    GroupsSchema,
    RoutingSchema,
    CoverageMapSchema,
    PracticeDocumentSchema,
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
