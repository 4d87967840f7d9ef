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

// Structural schemas of config format schemaVersion 1. They are the single source of the shipped
// JSON Schema (see scripts/write-schema.mjs). Each is typed against the hand-written interface.
// Reserved ids and record sizes are enforced by `parsePractice` itself and added to the JSON Schema
// by `toConfigJsonSchema`, so that both give the same verdict.

const idRegex = new RegExp(ID_PATTERN);
const timestampRegex = new RegExp(TIMESTAMP_PATTERN);

/** @internal */
export const IdSchema = z
  .string()
  .regex(idRegex)
  .refine((id) => !RESERVED_IDS.includes(id));
/** @internal */
export const NameSchema = z.string().min(1).max(LIMITS.nameLength);
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
export const RecipientSchema: z.ZodType<Recipient> = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("member"), id: IdSchema }),
  z.strictObject({ type: z.literal("group"), id: IdSchema }),
  z.strictObject({ type: z.literal("assigned_provider") }),
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

/**
 * The zod schema of a practice document as stored (input side: `groups` and `coverage` optional).
 * @internal
 */
export const PracticeDocumentSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: IdSchema,
  name: NameSchema,
  revision: z.int().min(0),
  messaging: MessagingSchema,
  members: MembersSchema,
  groups: GroupsSchema.optional(),
  routing: RoutingSchema,
  defaultRouting: DefaultRoutingTableSchema,
  coverage: CoverageMapSchema.optional(),
});

/** The record schemas and their size limits, shared by the parser and the JSON Schema. @internal */
export const RECORD_LIMITS: ReadonlyArray<readonly [z.ZodType, number]> = [
  [MembersSchema, LIMITS.members],
  [GroupsSchema, LIMITS.groups],
  [CoverageMapSchema, LIMITS.coverage],
];

/**
 * Builds the JSON Schema (draft 2020-12) of config format schemaVersion 1.
 *
 * @returns A fresh JSON Schema object; the package ships it as `patient-message-routing/config.schema.json`.
 * @example
 * ```ts
 * toConfigJsonSchema().$schema;
 * //=> "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export function toConfigJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PracticeDocumentSchema, {
    target: "draft-2020-12",
    io: "input",
    reused: "ref",
    override: (ctx) => {
      const json = ctx.jsonSchema as Record<string, unknown>;
      if (ctx.zodSchema === IdSchema) {
        json.not = { enum: [...RESERVED_IDS] };
      }
      for (const [record, max] of RECORD_LIMITS) {
        if ((ctx.zodSchema as unknown) === record) json.maxProperties = max;
      }
    },
  }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: "https://unpkg.com/patient-message-routing/dist/config.schema.json",
    title: "Patient message routing practice config, schemaVersion 1",
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema")),
  };
}
