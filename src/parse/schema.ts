import { practiceSchemas } from "./internal/practiceSchemas.js";

// The zod schemas of the config format by name, for tests and tools. The library itself reads them through
// `practiceSchemas()`, which builds them on first use; importing this module builds them at once.

/** The zod schemas of config format schemaVersion 1 (the objects `practiceSchemas()` returns). @internal */
export const {
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
} = practiceSchemas();
