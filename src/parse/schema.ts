import * as z from "zod";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../model/categories.js";
import { ID_PATTERN, LIMITS, RESERVED_IDS, TIMESTAMP_PATTERN } from "../model/limits.js";
import type {
  Coverage,
  DefaultRoutingTable,
  Group,
  Member,
  MessagingSettings,
  Recipient,
  RoutingTable,
} from "../model/types.js";
import type { CustomParams } from "./internal/issues.js";
import { codePointLength } from "./internal/jsonSize.js";

// Structural schemas of config format schemaVersion 1. They are the single source of the shipped
// JSON Schema (see toConfigJsonSchema.ts). Each is typed against the hand-written interface.
// Forbidden keys and record sizes are enforced by `parsePractice` before zod runs; reserved ids, name
// lengths in code points and record sizes are added to the JSON Schema by `toConfigJsonSchema`, so that
// both give the same verdict.

const idRegex = new RegExp(ID_PATTERN);
const timestampRegex = new RegExp(TIMESTAMP_PATTERN);

/** @internal */
export const IdSchema = z
  .string()
  .regex(idRegex)
  .refine((id) => !RESERVED_IDS.includes(id), { params: { code: "invalid_id" } satisfies CustomParams });
/** A name: 1-200 characters, counted in code points as JSON Schema's `maxLength` does. @internal */
export const NameSchema = z
  .string()
  .min(1)
  .refine((name) => codePointLength(name) <= LIMITS.nameLength, {
    params: { code: "name_too_long" } satisfies CustomParams,
  });
/** @internal */
export const TimestampSchema = z.string().regex(timestampRegex);
/** @internal */
export const CategorySchema: z.ZodType<MessageCategory> = z.enum(MESSAGE_CATEGORIES);

/** @internal */
export const MemberSchema: z.ZodType<Member> = z.strictObject({
  name: NameSchema,
  role: z.enum(["provider", "staff"]),
  admin: z.boolean(),
  active: z.boolean(),
});

/** @internal */
export const GroupSchema: z.ZodType<Group> = z.strictObject({
  name: NameSchema,
  members: z.array(IdSchema).max(LIMITS.groupMembers),
});

/** @internal */
export const MemberRecipientSchema = z.strictObject({ type: z.literal("member"), id: IdSchema });
/** @internal */
export const GroupRecipientSchema = z.strictObject({ type: z.literal("group"), id: IdSchema });
/** @internal */
export const AssignedProviderRecipientSchema = z.strictObject({ type: z.literal("assigned_provider") });

/** @internal */
export const RecipientSchema: z.ZodType<Recipient> = z.discriminatedUnion("type", [
  MemberRecipientSchema,
  GroupRecipientSchema,
  AssignedProviderRecipientSchema,
]);

/** @internal */
export const CellSchema = z.array(RecipientSchema).min(1).max(LIMITS.cellRecipients);

const tableShape = Object.fromEntries(MESSAGE_CATEGORIES.map((category) => [category, CellSchema])) as Record<
  MessageCategory,
  typeof CellSchema
>;

/** @internal */
export const RoutingTableSchema = z.strictObject(tableShape).partial() as z.ZodType<
  RoutingTable,
  Partial<Record<MessageCategory, unknown>>
>;

/** @internal */
export const DefaultRoutingTableSchema: z.ZodType<DefaultRoutingTable> = z.strictObject(tableShape);

/** @internal */
export const CoverageSchema: z.ZodType<Coverage> = z.strictObject({
  member: IdSchema,
  from: TimestampSchema,
  until: TimestampSchema,
  coveredBy: IdSchema,
});

/** @internal */
export const MessagingSchema: z.ZodType<MessagingSettings> = z.strictObject({
  patientInitiated: z.boolean(),
  patientReplies: z.boolean(),
  disabledCategories: z.array(CategorySchema),
});

/** @internal */
export const MembersSchema = z.record(IdSchema, MemberSchema);
/** @internal */
export const GroupsSchema = z.record(IdSchema, GroupSchema);
/** @internal */
export const RoutingSchema = z.record(IdSchema, RoutingTableSchema);
/** @internal */
export const CoverageMapSchema = z.record(IdSchema, CoverageSchema);

/** @internal */
export const RevisionSchema = z.int().min(0);

/**
 * The zod schema of a practice document as stored (input side: `groups` and `coverage` optional).
 * @internal
 */
export const PracticeDocumentSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: IdSchema,
  name: NameSchema,
  revision: RevisionSchema,
  messaging: MessagingSchema,
  members: MembersSchema,
  groups: GroupsSchema.optional(),
  routing: RoutingSchema,
  defaultRouting: DefaultRoutingTableSchema,
  coverage: CoverageMapSchema.optional(),
});
