/**
 * The main entry of `patient-message-routing`: parse, validate, resolve, edit and present a practice's
 * patient-messaging settings.
 *
 * @module patient-message-routing
 */
// The public surface of patient-message-routing. Every exported name is listed here.

export { applyEdit } from "./edit/applyEdit.js";
export type { PracticeChange } from "./edit/diffPractices.js";
export { diffPractices } from "./edit/diffPractices.js";
export type { EditConstructor, EditConstructors, EditFields } from "./edit/edits.js";
export { edits } from "./edit/edits.js";
export type {
  RemoveLocationEdit,
  RoutingTableRef,
  SetLocationRouteEdit,
  UpsertLocationEdit,
} from "./edit/locationEditTypes.js";
export type { ParseStoredEditResult } from "./edit/parseStoredEdit.js";
export { parseStoredEdit } from "./edit/parseStoredEdit.js";
export type { SetEligibilityEdit, SetShowRecipientsEdit } from "./edit/patientEditTypes.js";
export { revertEdit } from "./edit/revertEdit.js";
export type { ParseEditResult } from "./edit/schema.js";
export { EDIT_TYPES, parseEdit } from "./edit/schema.js";
export type {
  AddCoverageEdit,
  AllProvidersMode,
  AuditEntry,
  ConflictError,
  CopyRoutingEdit,
  Edit,
  EditActor,
  EditContext,
  EditError,
  EditErrorCode,
  EditFailure,
  EditIssue,
  EditIssueCode,
  EditPatch,
  EditResult,
  EditSuccess,
  EditType,
  ForbiddenError,
  IntroducesErrorsError,
  InvalidEditError,
  RemoveCoverageEdit,
  RemoveGroupEdit,
  ReplaceMemberEdit,
  RevertRecord,
  ScheduleInput,
  SetAfterHoursRouteEdit,
  SetCategoryEnabledEdit,
  SetMemberActiveEdit,
  SetMessagingEdit,
  SetRepliesEdit,
  SetResponseDaysEdit,
  SetRouteEdit,
  SetRouteForAllProvidersEdit,
  SetScheduleEdit,
  SetTimeZoneEdit,
  StoredEdit,
  SystemActor,
  UpsertGroupEdit,
  UpsertMemberEdit,
} from "./edit/types.js";
export { isTimestamp, parseTimestamp } from "./internal/time.js";
export type { MessageCategory } from "./model/categories.js";
export { CATEGORY_LABELS, isMessageCategory, MESSAGE_CATEGORIES } from "./model/categories.js";
export { LIMITS } from "./model/limits.js";
export { getGroup, getMember, getProviderTable } from "./model/lookups.js";
export type {
  AssignedProviderRecipient,
  CareTeamRecipient,
  CategoryEligibility,
  Closure,
  Coverage,
  DefaultRoutingTable,
  Eligibility,
  EligibilityByCategory,
  Group,
  GroupDelivery,
  GroupRecipient,
  Id,
  Issue,
  IssueCode,
  IssuePath,
  Location,
  Member,
  MemberRecipient,
  MemberRole,
  MessagingSettings,
  OpeningPeriod,
  ParseIssueCode,
  Practice,
  Recipient,
  RoutingTable,
  Schedule,
  Severity,
  Timestamp,
  ValidationIssueCode,
  Weekday,
  WeeklyHours,
} from "./model/types.js";
export { migratePractice } from "./parse/migratePractice.js";
export type { ParseResult } from "./parse/parsePractice.js";
export { parsePractice } from "./parse/parsePractice.js";
export { parsePracticeJson } from "./parse/parsePracticeJson.js";
export { explainResolution } from "./present/explainResolution.js";
export type { FormatRoutingTableOptions } from "./present/formatRoutingTable.js";
export { formatRoutingTable } from "./present/formatRoutingTable.js";
export type {
  ClosedNotice,
  PatientMessagingCategory,
  PatientMessagingView,
  PatientMessagingViewOptions,
  UnavailableReason,
} from "./present/patientMessagingView.js";
export { patientMessagingView } from "./present/patientMessagingView.js";
export type {
  ProviderSummary,
  RoutingTableAbsence,
  RoutingTableRecipient,
  RoutingTableRow,
  RoutingTableRowsOptions,
} from "./present/routingTableRows.js";
export { providers, routingTableRows } from "./present/routingTableRows.js";
export { compileRouter } from "./resolve/compileRouter.js";
export { resolveRecipients } from "./resolve/resolveRecipients.js";
export { resolveReply } from "./resolve/resolveReply.js";
export { routerFor } from "./resolve/routerFor.js";
export type {
  AbsentSkipStep,
  AfterHoursCellStep,
  AssignedProviderStep,
  BackstopStep,
  CareTeamStep,
  CategoryDisabledStep,
  CoverageStep,
  CoverFailure,
  DefaultCellReason,
  DefaultCellStep,
  FallbackStep,
  GroupStep,
  LocationCellStep,
  MemberSkipStep,
  MessagingDisabledStep,
  NoProviderSkipStep,
  NotEligibleStep,
  PatientBlockedStep,
  PoolStep,
  ProviderCellStep,
  RepliesDisabledStep,
  SenderStep,
  SkippedStep,
  StickyStep,
  TraceStep,
  UnknownCategoryStep,
  UnknownGroupStep,
  UnknownMemberStep,
} from "./resolve/trace.js";
export type {
  OpeningHours,
  PatientContext,
  Pool,
  ReplyInput,
  Resolution,
  ResolutionFailure,
  ResolutionFailureReason,
  ResolutionRoute,
  ResolutionSuccess,
  ResolveInput,
  Router,
} from "./resolve/types.js";
export type { CreatePracticeOptions } from "./sample/createPractice.js";
export { createPractice } from "./sample/createPractice.js";
export { samplePractice } from "./sample/samplePractice.js";
export type { CanSerializeAsV1Result, SerializePracticeOptions } from "./serialize/serializePractice.js";
export { canSerializeAsV1, serializePractice } from "./serialize/serializePractice.js";
export type { ValidationResult } from "./validate/validatePractice.js";
export { validatePractice } from "./validate/validatePractice.js";
