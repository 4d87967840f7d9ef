import * as z from "zod/mini";
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
// Every construction is marked pure, so a bundler drops the schemas (and zod) from code that never parses.

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

/** `schema` with `checks` added (a function, so that a call of it can be marked pure). @internal */
export const checked = <T extends z.ZodMiniType>(schema: T, ...checks: z.core.$ZodCheck<z.output<T>>[]): T =>
  schema.check(...checks);

/**
 * A check of at most `LIMITS[limit]` entries. A function, so that a bundler can drop an unused check (reading
 * `LIMITS.groupMembers` in place could run a getter, as far as a bundler knows). @internal
 */
export const maxEntries = (limit: "groupMembers" | "cellRecipients" | "members") => z.maxLength(LIMITS[limit]);

/** @internal */
export const IdSchema = /* @__PURE__ */ checked(
  /* @__PURE__ */ z.string(),
  /* @__PURE__ */ z.refine(isId, { params: ID_CHECK }),
);
/** A name: 1-200 characters, counted in code points as JSON Schema's `maxLength` does. @internal */
export const NameSchema = /* @__PURE__ */ checked(
  /* @__PURE__ */ z.string(),
  /* @__PURE__ */ z.minLength(1),
  /* @__PURE__ */ z.refine(isShortName, { params: NAME_LENGTH_CHECK }),
);
/** @internal */
export const TimestampSchema = /* @__PURE__ */ checked(
  /* @__PURE__ */ z.string(),
  /* @__PURE__ */ z.refine(isTimestamp, { params: TIMESTAMP_CHECK }),
);
/** @internal */
export const CategorySchema: z.ZodMiniType<MessageCategory> = /* @__PURE__ */ z.enum(MESSAGE_CATEGORIES);

/** @internal */
export const MemberSchema: z.ZodMiniType<Member> = /* @__PURE__ */ z.strictObject({
  name: NameSchema,
  role: /* @__PURE__ */ z.enum(["provider", "staff"]),
  admin: /* @__PURE__ */ z.boolean(),
  active: /* @__PURE__ */ z.boolean(),
});

/** @internal */
export const GroupSchema: z.ZodMiniType<Group> = /* @__PURE__ */ z.strictObject({
  name: NameSchema,
  members: /* @__PURE__ */ checked(/* @__PURE__ */ z.array(IdSchema), /* @__PURE__ */ maxEntries("groupMembers")),
});

/** @internal */
export const MemberRecipientSchema = /* @__PURE__ */ z.strictObject({
  type: /* @__PURE__ */ z.literal("member"),
  id: IdSchema,
});
/** @internal */
export const GroupRecipientSchema = /* @__PURE__ */ z.strictObject({
  type: /* @__PURE__ */ z.literal("group"),
  id: IdSchema,
});
/** @internal */
export const AssignedProviderRecipientSchema = /* @__PURE__ */ z.strictObject({
  type: /* @__PURE__ */ z.literal("assigned_provider"),
});

/** @internal */
export const RecipientSchema: z.ZodMiniType<Recipient> = /* @__PURE__ */ z.discriminatedUnion("type", [
  MemberRecipientSchema,
  GroupRecipientSchema,
  AssignedProviderRecipientSchema,
]);

/** @internal */
export const CellSchema = /* @__PURE__ */ checked(
  /* @__PURE__ */ z.array(RecipientSchema),
  /* @__PURE__ */ z.minLength(1),
  /* @__PURE__ */ maxEntries("cellRecipients"),
);

const tableShape = /* @__PURE__ */ Object.fromEntries(
  /* @__PURE__ */ MESSAGE_CATEGORIES.map((category) => [category, CellSchema]),
) as Record<MessageCategory, typeof CellSchema>;

/** @internal */
export const RoutingTableSchema = /* @__PURE__ */ z.strictObject(
  /* @__PURE__ */ Object.fromEntries(
    /* @__PURE__ */ MESSAGE_CATEGORIES.map((category) => [category, /* @__PURE__ */ z.optional(CellSchema)]),
  ),
) as unknown as z.ZodMiniType<RoutingTable, Partial<Record<MessageCategory, unknown>>>;

/** @internal */
export const DefaultRoutingTableSchema: z.ZodMiniType<DefaultRoutingTable> = /* @__PURE__ */ z.strictObject(tableShape);

/** @internal */
export const CoverageSchema: z.ZodMiniType<Coverage> = /* @__PURE__ */ z.strictObject({
  member: IdSchema,
  from: TimestampSchema,
  until: TimestampSchema,
  coveredBy: IdSchema,
});

/** @internal */
export const MessagingSchema: z.ZodMiniType<MessagingSettings> = /* @__PURE__ */ z.strictObject({
  patientInitiated: /* @__PURE__ */ z.boolean(),
  patientReplies: /* @__PURE__ */ z.boolean(),
  disabledCategories: /* @__PURE__ */ z.array(CategorySchema),
});

/** @internal */
export const MembersSchema = /* @__PURE__ */ z.record(IdSchema, MemberSchema);
/** @internal */
export const GroupsSchema = /* @__PURE__ */ z.record(IdSchema, GroupSchema);
/** @internal */
export const RoutingSchema = /* @__PURE__ */ z.record(IdSchema, RoutingTableSchema);
/** @internal */
export const CoverageMapSchema = /* @__PURE__ */ z.record(IdSchema, CoverageSchema);

const RevisionSchema = /* @__PURE__ */ checked(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0));

/**
 * The zod schema of a practice document as stored (input side: `groups` and `coverage` optional).
 * @internal
 */
export const PracticeDocumentSchema = /* @__PURE__ */ z.strictObject({
  schemaVersion: /* @__PURE__ */ z.literal(1),
  id: IdSchema,
  name: NameSchema,
  revision: RevisionSchema,
  messaging: MessagingSchema,
  members: MembersSchema,
  groups: /* @__PURE__ */ z.optional(GroupsSchema),
  routing: RoutingSchema,
  defaultRouting: DefaultRoutingTableSchema,
  coverage: /* @__PURE__ */ z.optional(CoverageMapSchema),
});
