// Generates the JSON Schema of the config format from the zod schemas. Only scripts/write-config-schema.ts and
// a test run this: the package ships its output, committed as src/parse/configSchema.generated.ts, so that
// neither zod's JSON Schema generator nor the descriptions below are bundled.
import * as z from "zod/mini";
import { practiceSchemas } from "../../internal/practiceSchemas.js";
import { ID_PATTERN, LIMITS, RESERVED_IDS, TIMESTAMP_PATTERN } from "../../model/limits.js";
import { describeFields } from "./describeFields.js";

// Built at import: this module is only loaded by the schema script and tests.
const {
  AssignedProviderRecipientSchema,
  CareTeamRecipientSchema,
  CategoryEligibilitySchema,
  CategorySchema,
  CellSchema,
  CellV1Schema,
  ClosureSchema,
  ClosuresSchema,
  CoverageMapSchema,
  CoverageMapV1Schema,
  CoverageSchema,
  CoverageV1Schema,
  DaySchema,
  DefaultRoutingTableSchema,
  DefaultRoutingTableV1Schema,
  DeliverySchema,
  EligibilityCategoriesSchema,
  EligibilitySchema,
  GroupRecipientSchema,
  GroupSchema,
  GroupsSchema,
  GroupsV1Schema,
  GroupV1Schema,
  HoursSchema,
  IdSchema,
  LocalDateSchema,
  LocalTimeSchema,
  LocationRoutingSchema,
  LocationSchema,
  LocationsSchema,
  MemberRecipientSchema,
  MemberSchema,
  MembersSchema,
  MembersV1Schema,
  MemberV1Schema,
  MessagingSchema,
  MessagingV1Schema,
  NameSchema,
  PeriodSchema,
  PracticeDocumentSchema,
  PracticeDocumentV1Schema,
  RecipientSchema,
  RecipientV1Schema,
  RoutingSchema,
  RoutingTableSchema,
  RoutingTableV1Schema,
  RoutingV1Schema,
  ScheduleSchema,
  TimeZoneSchema,
  TimestampSchema,
  VisitWithinDaysSchema,
} = practiceSchemas();

interface Meta {
  readonly id?: string;
  readonly description: string;
}

/** Names and describes the schemas; `id` makes a schema a named entry of `$defs`. A fresh registry per call. */
function buildRegistry(version: 1 | 2): z.core.$ZodRegistry<Meta> {
  const registry = z.registry<Meta>();
  const add = (schema: z.ZodMiniType, meta: Meta) => registry.add(schema, meta);
  add(IdSchema, {
    id: "Id",
    description:
      "An id of a practice, member, group, provider table or coverage entry: 1-128 characters of A-Z a-z 0-9 . _ : @ -, starting with a letter or digit. constructor and prototype are reserved.",
  });
  add(NameSchema, { id: "Name", description: "A display name: 1-200 characters (Unicode code points)." });
  add(TimestampSchema, {
    id: "Timestamp",
    description:
      "An ISO 8601 date-time with a real calendar date, seconds, an optional fraction of 1-9 digits and Z or a +hh:mm / -hh:mm offset, e.g. 2026-12-01T00:00:00Z.",
  });
  add(CategorySchema, { id: "Category", description: "One of the six message categories, in display order." });
  const v1 = version === 1;
  add(v1 ? MemberV1Schema : MemberSchema, { id: "Member", description: "A practice user (provider or staff)." });
  if (!v1) {
    add(LocationSchema, { id: "Location", description: "A site of the practice, with a routing table of its own." });
    add(DeliverySchema, {
      id: "Delivery",
      description:
        'How a message routed to the group is delivered: "each" member gets a copy (the default), one shared copy in the group\'s "pool" queue, or one member, the same one for a patient ("sticky").',
    });
    add(LocationsSchema, { description: "The practice's sites, keyed by location id (at most 1,000). Optional." });
    add(LocationRoutingSchema, {
      description:
        "Per-location routing tables, keyed by location id (at most 1,000): tried after the provider's cell, before the default cell. Optional.",
    });
  }
  add(v1 ? GroupV1Schema : GroupSchema, {
    id: "Group",
    description: "A staff pool; a message routed to it goes to each of its members.",
  });
  add(MemberRecipientSchema, { id: "MemberRecipient", description: "Routes to one member, by id." });
  add(GroupRecipientSchema, { id: "GroupRecipient", description: "Routes to every member of a group, in order." });
  add(AssignedProviderRecipientSchema, {
    id: "AssignedProviderRecipient",
    description: "Routes to the patient's assigned provider, when there is one.",
  });
  if (!v1) {
    add(CareTeamRecipientSchema, {
      id: "CareTeamRecipient",
      description:
        "Routes to the patient's care team, the member ids the backend passes with the message, in order (nobody without a patient).",
    });
  }
  add(v1 ? RecipientV1Schema : RecipientSchema, { id: "Recipient", description: "One entry of a routing cell." });
  add(v1 ? CellV1Schema : CellSchema, {
    id: "Cell",
    description: "The recipients of one category: 1-50 entries, in order.",
  });
  add(v1 ? RoutingTableV1Schema : RoutingTableSchema, {
    id: "RoutingTable",
    description: "A provider's table; a missing category means the default table's cell is used.",
  });
  add(v1 ? DefaultRoutingTableV1Schema : DefaultRoutingTableSchema, {
    id: "DefaultRoutingTable",
    description: "The practice table: every category present, each with at least one recipient.",
  });
  add(version === 1 ? CoverageV1Schema : CoverageSchema, {
    id: "Coverage",
    description:
      version === 1
        ? "A dated absence: member is away on [from, until) and coveredBy receives in their place."
        : "A dated absence: member is away on [from, until) and coveredBy, when given, receives in their place; without coveredBy the member is dropped while away.",
  });
  add(version === 1 ? MessagingV1Schema : MessagingSchema, {
    id: "Messaging",
    description: "Practice-wide patient messaging switches.",
  });
  if (!v1) {
    add(VisitWithinDaysSchema, {
      id: "VisitWithinDays",
      description: "Days since the patient's last visit, an integer from 1 to 3650.",
    });
    add(EligibilitySchema, {
      id: "Eligibility",
      description:
        "Which patients may start a message: those whose last visit is at most visitWithinDays days before it. An empty object sets no rule.",
    });
    add(EligibilityCategoriesSchema, {
      description: "Rules of single categories, which replace the practice's rule for their category.",
    });
    add(CategoryEligibilitySchema, { id: "CategoryEligibility", description: "The eligibility rule of one category." });
  }
  add(TimeZoneSchema, {
    id: "TimeZone",
    description:
      "The IANA time zone of the practice, e.g. America/New_York (1-64 characters). validatePractice checks that Intl knows it (invalid_time_zone).",
  });
  add(LocalTimeSchema, {
    id: "LocalTime",
    description:
      'A wall-clock time "HH:MM" (24 h, 00:00-23:59; "24:00" only as a closing time), checked by validatePractice.',
  });
  add(LocalDateSchema, {
    id: "LocalDate",
    description: "A calendar date YYYY-MM-DD in the practice's time zone, checked by validatePractice.",
  });
  add(PeriodSchema, {
    id: "OpeningPeriod",
    description:
      'An opening period [open, close) on the local wall clock, as "HH:MM" strings; close may be "24:00". validatePractice checks the times (invalid_schedule).',
  });
  add(DaySchema, {
    id: "Day",
    description: "The opening periods of one weekday, sorted, not overlapping (at most 24).",
  });
  add(HoursSchema, { id: "Hours", description: "Opening periods per weekday; a missing weekday is closed all day." });
  add(ClosureSchema, {
    id: "Closure",
    description: "Whole local days on which the practice is closed: firstDay to lastDay (YYYY-MM-DD), inclusive.",
  });
  add(ClosuresSchema, { description: "Closures keyed by id (at most 1,000). May be omitted (empty)." });
  add(ScheduleSchema, {
    id: "Schedule",
    description: "When the practice is open, on its wall clock. Without a schedule the practice is always open.",
  });
  add(v1 ? MembersV1Schema : MembersSchema, {
    description: "Every practice user, keyed by member id (at most 50,000).",
  });
  add(v1 ? GroupsV1Schema : GroupsSchema, {
    description: "Staff groups keyed by group id (at most 2,000). May be omitted (empty).",
  });
  add(v1 ? RoutingV1Schema : RoutingSchema, { description: "Per-provider routing tables, keyed by provider id." });
  add(version === 1 ? CoverageMapV1Schema : CoverageMapSchema, {
    description: "Dated absences keyed by coverage id (at most 10,000). May be omitted (empty).",
  });
  return registry;
}

/** Matches a string holding a line feed; the schema refuses these with `not`. */
const newline = () => ({ pattern: "\\n" });

const RECORD_LIMITS: ReadonlyArray<readonly [z.ZodMiniType, number]> = [
  [MembersSchema, LIMITS.members],
  [MembersV1Schema, LIMITS.members],
  [LocationsSchema, LIMITS.locations],
  [LocationRoutingSchema, LIMITS.locations],
  [GroupsSchema, LIMITS.groups],
  [GroupsV1Schema, LIMITS.groups],
  [CoverageMapSchema, LIMITS.coverage],
  [CoverageMapV1Schema, LIMITS.coverage],
  [ClosuresSchema, LIMITS.closures],
];

/**
 * Generates the JSON Schema (draft 2020-12) of config format version 2 (or 1) from the zod schemas.
 *
 * @param version - The format version, 2 by default.
 * @returns A fresh JSON Schema object, the one `toConfigJsonSchema` returns.
 * @example
 * ```ts
 * JSON.stringify(buildConfigJsonSchema()) === JSON.stringify(toConfigJsonSchema());
 * //=> true
 * ```
 * @internal
 */
export function buildConfigJsonSchema(version: 1 | 2 = 2): Record<string, unknown> {
  const generated = z.toJSONSchema(version === 1 ? PracticeDocumentV1Schema : PracticeDocumentSchema, {
    target: "draft-2020-12",
    io: "input",
    reused: "ref",
    metadata: buildRegistry(version),
    override: (ctx) => {
      const json = ctx.jsonSchema as Record<string, unknown>;
      // The checks of ids, timestamps and name lengths are our own refinements, which zod cannot describe.
      // `$` matches before a final newline in Python, PCRE, Java and .NET: refusing any line feed makes every
      // regex dialect agree with ours (`pattern` alone would let "jsmith\n" through there).
      if (ctx.zodSchema === IdSchema) {
        Object.assign(json, { pattern: ID_PATTERN, not: { anyOf: [{ enum: [...RESERVED_IDS] }, newline()] } });
      }
      if (ctx.zodSchema === TimestampSchema) Object.assign(json, { pattern: TIMESTAMP_PATTERN, not: newline() });
      if (ctx.zodSchema === NameSchema) json.maxLength = LIMITS.nameLength;
      if (ctx.zodSchema === TimeZoneSchema) json.maxLength = LIMITS.timeZoneLength;
      if ((ctx.zodSchema as unknown) === PeriodSchema) Object.assign(json, { minItems: 2, maxItems: 2 });
      for (const [record, max] of RECORD_LIMITS) {
        if ((ctx.zodSchema as unknown) === record) json.maxProperties = max;
      }
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return describeFields({
    $schema,
    $id: `https://unpkg.com/patient-message-routing/dist/${version === 1 ? "config.v1.schema.json" : "config.schema.json"}`,
    title: `Patient message routing: practice config, schemaVersion ${version}`,
    description:
      version === 1
        ? "A medical practice's patient-initiated messaging settings: members, groups, per-provider and default routing tables, and dated coverage."
        : "A medical practice's patient-initiated messaging settings: time zone, opening hours and closures, after-hours, per-provider and default routing tables, members, groups and dated absences.",
    ...rest,
  });
}
