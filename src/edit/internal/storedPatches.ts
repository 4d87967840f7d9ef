import * as z from "zod/mini";
import { checked, maxEntries, practiceSchemas } from "../../internal/practiceSchemas.js";
import { isMessageCategory, MESSAGE_CATEGORIES } from "../../model/categories.js";
import { LIMITS } from "../../model/limits.js";
import type { Practice } from "../../model/types.js";
import type { EditFailure, EditPatch } from "../types.js";
import { hasRoomForClosures } from "./editSchemas.js";
import { isEqualData } from "./equal.js";
import { invalidEdit, type Write } from "./plan.js";

/** What may be written at a config path an edit writes: the value's schema, and whether the key may go. */
interface Slot {
  readonly schema: z.ZodMiniType;
  readonly removable: boolean;
}

const slot = (schema: z.ZodMiniType, removable: boolean): Slot => ({ schema, removable });

// The schemas of the slots, built on first use (see practiceSchemas.ts).
function build() {
  const { CategorySchema, ClosuresSchema, HoursSchema, IdSchema, RoutingTableSchema } = practiceSchemas();
  const { EligibilitySchema, LocationRoutingSchema, LocationsSchema, TimeZoneSchema } = practiceSchemas();
  return {
    TIME_ZONE: slot(TimeZoneSchema, false),
    // A schedule as the parser stores it: closures always present, within their limit.
    SCHEDULE: slot(
      z.strictObject({
        hours: HoursSchema,
        closures: checked(ClosuresSchema, z.refine(hasRoomForClosures)),
      }),
      true,
    ),
    RESPONSE_DAYS: slot(checked(z.int(), z.gte(1), z.lte(LIMITS.responseBusinessDays)), true),
    // Edits remove the after-hours table rather than leave it empty.
    AFTER_HOURS: slot(
      checked(
        RoutingTableSchema,
        z.refine((table) => Object.keys(table).length > 0),
      ),
      true,
    ),
    FLAG: slot(z.boolean(), false),
    // `set_show_recipients` removes the field rather than write `false`.
    OPTIONAL_FLAG: slot(z.boolean(), true),
    ELIGIBILITY: slot(EligibilitySchema, true),
    // The parser keeps disabled categories in category order without repeats; so must a stored patch.
    DISABLED: slot(
      checked(
        z.array(CategorySchema),
        z.refine((list) =>
          isEqualData(
            list,
            MESSAGE_CATEGORIES.filter((category) => list.includes(category)),
          ),
        ),
      ),
      false,
    ),
    GROUP_MEMBERS: slot(checked(z.array(IdSchema), maxEntries("groupMembers")), false),
    // Edits remove `locations` and `locationRouting` rather than leave them empty.
    LOCATIONS: slot(checked(LocationsSchema, z.refine(hasSomeWithinLimit)), true),
    LOCATION_ROUTING: slot(checked(LocationRoutingSchema, z.refine(hasSomeWithinLimit)), true),
  };
}

/** Whether a `locations` or `locationRouting` record has entries, within the limit the parser enforces. */
function hasSomeWithinLimit(record: Readonly<Record<string, unknown>>): boolean {
  const count = Object.keys(record).length;
  return count > 0 && count <= LIMITS.locations;
}

let built: ReturnType<typeof build> | undefined;

/** The slot of a field of `messaging`, in the format's key order. */
function messagingSlot(slots: ReturnType<typeof build>, key: string | number | undefined): Slot | undefined {
  if (key === "patientInitiated" || key === "patientReplies") return slots.FLAG;
  if (key === "disabledCategories") return slots.DISABLED;
  if (key === "showRecipientsToPatients") return slots.OPTIONAL_FLAG;
  if (key === "responseBusinessDays") return slots.RESPONSE_DAYS;
  return key === "eligibility" ? slots.ELIGIBILITY : undefined;
}

/** The slot at `path`, or undefined where no edit writes (the revision aside). */
function slotAt(path: readonly (string | number)[]): Slot | undefined {
  const [root, key, field, ...deeper] = path;
  if (deeper.length > 0) return undefined;
  built ??= build();
  const { FLAG, GROUP_MEMBERS, TIME_ZONE, SCHEDULE, AFTER_HOURS, LOCATIONS, LOCATION_ROUTING } = built;
  const { CellSchema, CoverageSchema, GroupSchema, IdSchema, MemberSchema, RoutingTableSchema } = practiceSchemas();
  const { LocationSchema } = practiceSchemas();
  if (root === "messaging" && field === undefined) return messagingSlot(built, key);
  if (key === undefined && (root === "locations" || root === "locationRouting")) {
    return root === "locations" ? LOCATIONS : LOCATION_ROUTING;
  }
  if (key === undefined && (root === "timeZone" || root === "schedule" || root === "afterHoursRouting")) {
    return root === "timeZone" ? TIME_ZONE : root === "schedule" ? SCHEDULE : AFTER_HOURS;
  }
  if (root === "afterHoursRouting") {
    return field === undefined && isMessageCategory(key) ? slot(CellSchema, true) : undefined;
  }
  if (root === "defaultRouting")
    return field === undefined && isMessageCategory(key) ? slot(CellSchema, false) : undefined;
  if (!IdSchema.safeParse(key).success) return undefined;
  switch (root) {
    case "members":
      return field === undefined ? slot(MemberSchema, true) : field === "active" ? FLAG : undefined;
    case "groups":
      if (field === undefined) return slot(GroupSchema, true);
      return field === "members" ? GROUP_MEMBERS : undefined;
    case "locations":
      return field === undefined ? slot(LocationSchema, true) : undefined;
    case "routing":
    case "locationRouting":
      if (field === undefined) return slot(RoutingTableSchema, true);
      return isMessageCategory(field) ? slot(CellSchema, true) : undefined;
    case "coverage":
      return field === undefined ? slot(CoverageSchema, true) : undefined;
    default:
      return undefined;
  }
}

const RECORDS = [
  ["members", LIMITS.members],
  ["groups", LIMITS.groups],
  ["coverage", LIMITS.coverage],
  ["locations", LIMITS.locations],
  ["locationRouting", LIMITS.locations],
] as const;

/** `invalid_edit` when the writes would add entries past a record's limit. */
function checkRecordLimits(practice: Practice, writes: readonly Write[]): EditFailure | undefined {
  for (const [record, max] of RECORDS) {
    const entries = practice[record] ?? {};
    const added = writes.filter(
      (write) =>
        write.path.length === 2 &&
        write.path[0] === record &&
        !("remove" in write) &&
        !Object.hasOwn(entries, write.path[1] as string),
    ).length;
    if (added > 0 && Object.keys(entries).length + added > max) {
      return invalidEdit([record], `Undoing that edit would take ${record} past the limit of ${max} entries.`);
    }
  }
  return undefined;
}

/** Whether some edit writes at `path` (every edit writes `revision`). */
export function isEditPath(path: EditPatch["path"]): boolean {
  return (path.length === 1 && path[0] === "revision") || slotAt(path) !== undefined;
}

/**
 * The writes of stored inverse patches (the revision aside), each value parsed with the config format's
 * schema for its path, so a revert writes nothing the parser would refuse; `invalid_edit` at the first
 * patch that writes where no edit writes, or a value the format does not allow there.
 */
export function writesOfInverse(practice: Practice, patches: readonly EditPatch[]): Write[] | EditFailure {
  const writes: Write[] = [];
  for (const { op, path, value } of patches) {
    if (path.length === 1 && path[0] === "revision") continue;
    const target = slotAt(path);
    const keys = path as readonly string[];
    if (target !== undefined && op === "remove" && target.removable) {
      writes.push({ path: keys, remove: true });
      continue;
    }
    const parsed = op === "remove" ? undefined : target?.schema.safeParse(value);
    if (parsed?.success !== true) {
      return invalidEdit(path, "The stored patch here does not fit the config format, so that edit cannot be undone.");
    }
    writes.push({ path: keys, value: parsed.data });
  }
  return checkRecordLimits(practice, writes) ?? writes;
}
