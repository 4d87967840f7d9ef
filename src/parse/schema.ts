import * as z from "zod";
import { codePointLength } from "../internal/jsonSize.js";
import { isTimestamp } from "../internal/time.js";
import { type CheckParams, ZOD_MESSAGES } from "../internal/zodIssues.js";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../model/categories.js";
import { ID_PATTERN, LIMITS, RESERVED_IDS } from "../model/limits.js";
import type {
  Coverage,
  DefaultRoutingTable,
  Group,
  Member,
  MessagingSettings,
  Recipient,
  RoutingTable,
} from "../model/types.js";

// Structural schemas of config format schemaVersion 1. They are the single source of the shipped
// JSON Schema (see toConfigJsonSchema.ts). Each is typed against the hand-written interface.
// Forbidden keys and record sizes are enforced by `parsePractice` before zod runs. The checks of ids,
// timestamps and name lengths are ours: each carries its issue code and message in its params (see
// `CheckParams`), and `toConfigJsonSchema` writes the same rules as `pattern`, `not` and `maxLength`.

const idRegex = new RegExp(ID_PATTERN);

const ID_CHECK: CheckParams = { code: "invalid_id", message: ZOD_MESSAGES.id };
const TIMESTAMP_CHECK: CheckParams = { code: "invalid_timestamp", message: ZOD_MESSAGES.timestamp };
const NAME_LENGTH_CHECK: CheckParams = { code: "limit_exceeded", message: ZOD_MESSAGES.nameTooLong };

/** Whether `text` is an id: the id syntax, and not a reserved word. @internal */
export const isId = (text: string): boolean => idRegex.test(text) && !RESERVED_IDS.includes(text);
/** At most 200 code points (JSON Schema's `maxLength` unit); 200 code units or fewer always are. */
const isShortName = (name: string): boolean =>
  name.length <= LIMITS.nameLength || codePointLength(name) <= LIMITS.nameLength;
/** Whether `text` is a name: 1-200 code points. @internal */
export const isName = (text: string): boolean => text.length > 0 && isShortName(text);

/** @internal */
export const IdSchema = z.string().refine(isId, { params: ID_CHECK });
/** A name: 1-200 characters, counted in code points as JSON Schema's `maxLength` does. @internal */
export const NameSchema = z.string().min(1).refine(isShortName, { params: NAME_LENGTH_CHECK });
/** @internal */
export const TimestampSchema = z.string().refine(isTimestamp, { params: TIMESTAMP_CHECK });
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

const RevisionSchema = z.int().min(0);

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
