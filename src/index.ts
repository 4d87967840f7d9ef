// The public surface of patient-message-routing. Every exported name is listed here.

export type { MessageCategory } from "./model/categories.js";
export { CATEGORY_LABELS, isMessageCategory, MESSAGE_CATEGORIES } from "./model/categories.js";
export { LIMITS } from "./model/limits.js";
export type {
  AssignedProviderRecipient,
  Coverage,
  DefaultRoutingTable,
  Group,
  GroupRecipient,
  Id,
  Issue,
  IssueCode,
  IssuePath,
  Member,
  MemberRecipient,
  MemberRole,
  MessagingSettings,
  ParseIssueCode,
  Practice,
  Recipient,
  RoutingTable,
  Severity,
  Timestamp,
  ValidationIssueCode,
} from "./model/types.js";
export type { ParseResult } from "./parse/parsePractice.js";
export { parsePractice } from "./parse/parsePractice.js";
export { parsePracticeJson } from "./parse/parsePracticeJson.js";
export { toConfigJsonSchema } from "./parse/schema.js";
export { samplePractice } from "./sample/samplePractice.js";
export { serializePractice } from "./serialize/serializePractice.js";
