// Writes the resolution conformance vectors conformance/resolve/*.json and conformance/resolve/index.json.
// Each vector is {name, description, covers, practice, input, expected}: a config document, a resolve input
// and the Resolution the library gives. The answer each case must have (recipients and route, or the failure
// reason, and the pools where a case names them) is written here by hand, independently of the library, and
// the script refuses to write a vector the library disagrees with. `npx tsx scripts/write-conformance.ts --check` exits 1 when the committed files
// differ from what it would write. test/conformance/vectors.test.ts re-resolves every vector.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import {
  parsePractice,
  type ReplyInput,
  type ResolveInput,
  resolveRecipients,
  resolveReply,
  samplePractice,
  serializePractice,
} from "../src/index.js";

const ROOT = new URL("../conformance/resolve/", import.meta.url);
// The sample practice is in New York, open on weekdays 08:00–12:00 and 13:00–17:00 (UTC−5 in winter).
const BEFORE_ABSENCE = "2026-11-20T15:00:00Z";
const DURING_ABSENCE = "2026-12-03T15:00:00Z";
/** Friday 20 November 2026, 8:00 PM in New York: closed. */
const CLOSED = "2026-11-21T01:00:00Z";

type Json = Record<string, unknown>;
interface Case {
  readonly name: string;
  readonly description: string;
  /** What the vector exercises: routes, failure reasons, skip reasons and absence causes by their codes. */
  readonly covers: readonly string[];
  readonly change?: (practice: Json) => void;
  /** Store the practice as a version 1 document (after `change` removed every field of version 2). */
  readonly version1?: true;
  /** `resolveReply` instead of `resolveRecipients`: the input has a `senderId`. */
  readonly reply?: true;
  readonly input: {
    readonly category?: string;
    readonly providerId?: string;
    readonly senderId?: string;
    readonly locationId?: string | null;
    readonly at: string;
    readonly patient?: Json;
  };
  readonly want: (
    | {
        readonly recipients: readonly string[];
        readonly route: string;
        readonly respondBy?: string | null;
        /** The pools of the answer, checked when given. */
        readonly pools?: readonly { readonly groupId: string; readonly members: readonly string[] }[];
      }
    | { readonly reason: string }
  ) & { readonly hours?: { readonly open: boolean; readonly nextOpenAt: string | null } };
}

const member = (id: string) => ({ type: "member", id });
const group = (id: string) => ({ type: "group", id });
const away = (who: string, coveredBy: string, from = "2026-12-01T00:00:00Z", until = "2026-12-08T00:00:00Z") => ({
  member: who,
  from,
  until,
  coveredBy,
});
const schedule = (practice: Json) => practice.schedule as { hours: Record<string, string[][]>; closures: Json };
const record = (practice: Json, key: string) => practice[key] as Record<string, Json>;
const cells = (practice: Json, providerId: string) => (record(practice, "routing")[providerId] ??= {});
const staff = (name: string, admin = false, active = true) => ({ name, role: "staff", admin, active });

// Sites and pools (DESIGN.md section 12). `sites` gives the sample three locations: North Clinic with a table
// (appointments to the North Desk group, referrals and health questions to Lena Patel, general inquiries to
// the inactive Marco Reyes), South Clinic with a table for test results, and East Clinic without a table.
const sites = (p: Json) => {
  p.locations = { east: { name: "East Clinic" }, north: { name: "North Clinic" }, south: { name: "South Clinic" } };
  const members = record(p, "members");
  members.crusher = { ...members.crusher, locations: ["north"] };
  members.kjones = { ...members.kjones, locations: ["north", "south"] };
  record(p, "groups")["north-desk"] = { name: "North Desk", members: ["kjones"], delivery: "each" };
  p.locationRouting = {
    north: {
      appointments: [group("north-desk")],
      referrals: [member("lpatel")],
      general_inquiry: [member("mreyes")],
      health_question: [member("lpatel")],
    },
    south: { test_results: [member("kjones")] },
  };
};
/** The Nurses group as a shared pool of `members`. */
const nursePool = (p: Json, members: readonly string[]) => {
  record(p, "groups").nurses = { name: "Nurses", members, delivery: "pool" };
};
/** General inquiries without a provider go to the Care Pod, a sticky group of five (Marco Reyes inactive). */
const carePod = (p: Json) => {
  const members = ["lpatel", "kjones", "oselkin", "mreyes", "jsmith"];
  record(p, "groups").pod = { name: "Care Pod", members, delivery: "sticky" };
  record(p, "defaultRouting").general_inquiry = [group("pod")] as never;
};
/** A sticky choice: general inquiry of the patient `id` (no provider). */
const stickyCase = (name: string, id: string, chosen: string, description: string, at = BEFORE_ABSENCE): Case => ({
  name,
  description,
  covers: ["sticky", "default_table"],
  change: carePod,
  input: { category: "general_inquiry", at, patient: { id } },
  want: { recipients: [chosen], route: "default_table" },
});

const SITE_CASES: readonly Case[] = [
  {
    name: "location-table",
    description: "Without a provider, the cell of the location given is used before the default cell.",
    covers: ["location_table"],
    change: sites,
    input: { category: "referrals", locationId: "north", at: BEFORE_ABSENCE },
    want: { recipients: ["lpatel"], route: "location_table" },
  },
  {
    name: "location-table-group",
    description: "A location cell expands like any other: the North Desk group (delivery each) to its members.",
    covers: ["location_table"],
    change: sites,
    input: { category: "appointments", locationId: "north", at: BEFORE_ABSENCE },
    want: { recipients: ["kjones"], route: "location_table", pools: [] },
  },
  {
    name: "provider-cell-before-location",
    description: "The provider's cell comes before the location's.",
    covers: ["provider_table"],
    change: sites,
    input: { category: "appointments", providerId: "crusher", locationId: "north", at: BEFORE_ABSENCE },
    want: { recipients: ["jsmith"], route: "provider_table" },
  },
  {
    name: "provider-without-cell-uses-location",
    description: "A provider without a cell for the category: the location's cell, not the default cell.",
    covers: ["location_table", "no_provider_cell"],
    change: sites,
    input: { category: "referrals", providerId: "crusher", locationId: "north", at: BEFORE_ABSENCE },
    want: { recipients: ["lpatel"], route: "location_table" },
  },
  {
    name: "provider-falls-back-to-location",
    description: "A provider cell that reaches nobody falls back to the location's cell.",
    covers: ["location_table", "fallback", "inactive"],
    change: (p) => {
      sites(p);
      cells(p, "crusher").appointments = [member("mreyes")];
    },
    input: { category: "appointments", providerId: "crusher", locationId: "north", at: BEFORE_ABSENCE },
    want: { recipients: ["kjones"], route: "location_table" },
  },
  {
    name: "after-hours-falls-back-to-location",
    description: "While closed, an after-hours cell that reaches nobody falls back to the location's cell.",
    covers: ["after_hours_fallback", "location_table", "closed"],
    change: (p) => {
      sites(p);
      record(p, "members").oselkin = { ...record(p, "members").oselkin, active: false };
    },
    input: { category: "health_question", locationId: "north", at: CLOSED },
    want: { recipients: ["lpatel"], route: "location_table" },
  },
  {
    name: "location-falls-back-to-default",
    description: "A location cell that reaches nobody falls back to the default cell (reason fallback).",
    covers: ["location_fallback", "default_table", "inactive"],
    change: sites,
    input: { category: "general_inquiry", locationId: "north", at: BEFORE_ABSENCE },
    want: { recipients: ["jsmith", "kjones"], route: "default_table" },
  },
  {
    name: "location-without-cell",
    description: "A location whose table has no cell for the category: the default cell.",
    covers: ["default_table"],
    change: sites,
    input: { category: "referrals", locationId: "south", at: BEFORE_ABSENCE },
    want: { recipients: ["jsmith", "kjones"], route: "default_table" },
  },
  {
    name: "location-without-table",
    description: "A location of the practice without a table counts as no location.",
    covers: ["location_without_table", "default_table"],
    change: sites,
    input: { category: "referrals", locationId: "east", at: BEFORE_ABSENCE },
    want: { recipients: ["jsmith", "kjones"], route: "default_table" },
  },
  {
    name: "unknown-location",
    description: "A locationId naming no location counts as none (no error).",
    covers: ["unknown_location", "default_table"],
    change: sites,
    input: { category: "referrals", locationId: "west", at: BEFORE_ABSENCE },
    want: { recipients: ["jsmith", "kjones"], route: "default_table" },
  },
  {
    name: "location-null",
    description: "locationId null is no location.",
    covers: ["default_table"],
    change: sites,
    input: { category: "referrals", locationId: null, at: BEFORE_ABSENCE },
    want: { recipients: ["jsmith", "kjones"], route: "default_table" },
  },
  {
    name: "reply-takes-the-location-route",
    description: "A reply to an inactive sender takes the category's route, the location's cell included.",
    covers: ["sender", "location_table", "inactive"],
    reply: true,
    change: sites,
    input: { senderId: "mreyes", category: "referrals", locationId: "north", at: BEFORE_ABSENCE },
    want: { recipients: ["lpatel"], route: "location_table" },
  },
  {
    name: "pool",
    description: "A pool group: its receiving members are recipients and share one copy; inactive ones are left out.",
    covers: ["pool", "provider_table", "inactive"],
    change: (p) => nursePool(p, ["lpatel", "kjones", "mreyes"]),
    input: { category: "prescriptions", providerId: "crusher", at: BEFORE_ABSENCE },
    want: {
      recipients: ["lpatel", "kjones", "crusher"],
      route: "provider_table",
      pools: [{ groupId: "nurses", members: ["lpatel", "kjones"] }],
    },
  },
  {
    name: "pool-with-coverage",
    description: "A pool member who is away is replaced in the pool by the coverer.",
    covers: ["pool", "coverage"],
    change: (p) => nursePool(p, ["jsmith", "lpatel"]),
    input: { category: "prescriptions", providerId: "crusher", at: DURING_ABSENCE },
    want: {
      recipients: ["kjones", "lpatel", "crusher"],
      route: "provider_table",
      pools: [{ groupId: "nurses", members: ["kjones", "lpatel"] }],
    },
  },
  {
    name: "pool-with-excluded-member",
    description: "A member excluded from the patient's messages is not in the pool.",
    covers: ["pool", "excluded"],
    change: (p) => nursePool(p, ["lpatel", "kjones", "mreyes"]),
    input: {
      category: "prescriptions",
      providerId: "crusher",
      at: BEFORE_ABSENCE,
      patient: { excludedMembers: ["lpatel"] },
    },
    want: {
      recipients: ["kjones", "crusher"],
      route: "provider_table",
      pools: [{ groupId: "nurses", members: ["kjones"] }],
    },
  },
  {
    name: "pool-reaching-nobody",
    description: "A pool none of whose members can receive is no pool; the cell falls back.",
    covers: ["pool", "fallback"],
    change: (p) => {
      nursePool(p, ["mreyes"]);
      cells(p, "crusher").prescriptions = [group("nurses")];
    },
    input: { category: "prescriptions", providerId: "crusher", at: BEFORE_ABSENCE },
    want: { recipients: ["crusher", "jsmith"], route: "default_table", pools: [] },
  },
  stickyCase("sticky-choice-oselkin", "p-1001", "oselkin", "A sticky group gives the patient p-1001 to Omar Selkin."),
  stickyCase("sticky-choice-lpatel", "p-1003", "lpatel", "A sticky group gives the patient p-1003 to Lena Patel."),
  stickyCase("sticky-choice-kjones", "p-1007", "kjones", "A sticky group gives the patient p-1007 to Kim Jones."),
  stickyCase("sticky-choice-jsmith", "p-1004", "jsmith", "A sticky group gives the patient p-1004 to Jane Smith."),
  stickyCase(
    "sticky-top-member-inactive",
    "p-1002",
    "kjones",
    "The top-scored member (Marco Reyes) is inactive: the next by score receives.",
  ),
  stickyCase(
    "sticky-top-member-absent",
    "p-1003",
    "jsmith",
    "The top-scored member (Lena Patel) is away with nobody covering: the next by score receives.",
    "2026-12-15T15:00:00Z",
  ),
  stickyCase(
    "sticky-top-member-covered",
    "p-1004",
    "kjones",
    "The chosen member (Jane Smith) is away: her coverer receives in her place.",
    DURING_ABSENCE,
  ),
  stickyCase("sticky-utf8-two-bytes", "Zoë-7", "oselkin", "Scores hash the UTF-8 bytes: ë is two bytes."),
  stickyCase("sticky-utf8-four-bytes", "\u{1F3E5}-3", "kjones", "Scores hash the UTF-8 bytes: U+1F3E5 is four bytes."),
  {
    name: "sticky-tie-smaller-id",
    description:
      "Two members with equal scores for p-1007 (tie-7vl8 and tie-opd6, listed larger first): the smaller id is tried first.",
    covers: ["sticky", "sticky_tie"],
    change: (p) => {
      carePod(p);
      const members = record(p, "members");
      members["tie-7vl8"] = staff("Tia Vale");
      members["tie-opd6"] = staff("Theo Opdyke");
      record(p, "groups").pod = { name: "Care Pod", members: ["tie-opd6", "tie-7vl8"], delivery: "sticky" };
    },
    input: { category: "general_inquiry", at: BEFORE_ABSENCE, patient: { id: "p-1007" } },
    want: { recipients: ["tie-7vl8"], route: "default_table" },
  },
  {
    name: "sticky-excluded-member",
    description: "A member excluded from the patient's messages is passed over like an inactive one.",
    covers: ["sticky", "excluded"],
    change: carePod,
    input: { category: "general_inquiry", at: BEFORE_ABSENCE, patient: { id: "p-1007", excludedMembers: ["kjones"] } },
    want: { recipients: ["lpatel"], route: "default_table" },
  },
  {
    name: "sticky-choice-already-a-recipient",
    description: "A sticky choice already listed by the cell receives once, at the first place.",
    covers: ["sticky", "duplicate"],
    change: (p) => {
      carePod(p);
      record(p, "defaultRouting").general_inquiry = [member("kjones"), group("pod")] as never;
    },
    input: { category: "general_inquiry", at: BEFORE_ABSENCE, patient: { id: "p-1007" } },
    want: { recipients: ["kjones"], route: "default_table" },
  },
  {
    name: "sticky-nobody-can-receive",
    description: "A sticky group none of whose members can receive chooses nobody; the cell falls back.",
    covers: ["sticky", "fallback", "backstop"],
    change: (p) => {
      carePod(p);
      record(p, "groups").pod = { name: "Care Pod", members: ["mreyes"], delivery: "sticky" };
    },
    input: { category: "general_inquiry", at: BEFORE_ABSENCE, patient: { id: "p-1007" } },
    want: { recipients: ["jsmith"], route: "backstop" },
  },
  {
    name: "sticky-without-patient-id",
    description: "Without patient.id a sticky group delivers as each: every member who can receive.",
    covers: ["sticky", "default_table", "inactive"],
    change: carePod,
    input: { category: "general_inquiry", at: BEFORE_ABSENCE, patient: {} },
    want: { recipients: ["lpatel", "kjones", "oselkin", "jsmith"], route: "default_table", pools: [] },
  },
];

const CASES: readonly Case[] = [
  {
    name: "provider-table",
    description: "A provider's own cell is used when it names an active member.",
    covers: ["provider_table"],
    input: { category: "appointments", providerId: "crusher", at: BEFORE_ABSENCE },
    want: { recipients: ["jsmith"], route: "provider_table" },
  },
  {
    name: "provider-table-group-and-assigned-provider",
    description: "A group expands to its members in order; assigned_provider is the patient's provider.",
    covers: ["provider_table", "group", "assigned_provider"],
    input: { category: "prescriptions", providerId: "crusher", at: BEFORE_ABSENCE },
    want: { recipients: ["lpatel", "crusher"], route: "provider_table" },
  },
  {
    name: "default-no-provider",
    description: "Without a provider the default cell is used.",
    covers: ["default_table", "no_provider"],
    input: { category: "appointments", at: BEFORE_ABSENCE },
    want: { recipients: ["jsmith", "kjones"], route: "default_table" },
  },
  {
    name: "default-unknown-provider",
    description: "A provider id that names nobody counts as no provider.",
    covers: ["default_table", "unknown_provider"],
    input: { category: "appointments", providerId: "ghost", at: BEFORE_ABSENCE },
    want: { recipients: ["jsmith", "kjones"], route: "default_table" },
  },
  {
    name: "default-staff-as-provider",
    description: "A provider id that names a staff member counts as no provider.",
    covers: ["default_table", "not_a_provider"],
    input: { category: "appointments", providerId: "kjones", at: BEFORE_ABSENCE },
    want: { recipients: ["jsmith", "kjones"], route: "default_table" },
  },
  {
    name: "default-no-provider-cell",
    description: "A provider without a cell for the category gets the default cell.",
    covers: ["default_table", "no_provider_cell"],
    input: { category: "referrals", providerId: "crusher", at: BEFORE_ABSENCE },
    want: { recipients: ["jsmith", "kjones"], route: "default_table" },
  },
  {
    name: "fallback-inactive-provider-cell",
    description: "A provider cell left with nobody (an inactive member) falls back to the default cell.",
    covers: ["default_table", "fallback", "inactive"],
    change: (p) => {
      cells(p, "crusher").referrals = [member("mreyes")];
    },
    input: { category: "referrals", providerId: "crusher", at: BEFORE_ABSENCE },
    want: { recipients: ["jsmith", "kjones"], route: "default_table" },
  },
  {
    name: "inactive-provider-table-still-used",
    description: "An inactive provider's table is still used; the inactive provider is skipped as a recipient.",
    covers: ["provider_table", "inactive"],
    change: (p) => {
      record(p, "members").oselkin = { name: "Omar Selkin", role: "provider", admin: false, active: false };
    },
    input: { category: "health_question", providerId: "oselkin", at: BEFORE_ABSENCE },
    want: { recipients: ["lpatel"], route: "provider_table" },
  },
  {
    name: "unknown-member-and-group-skipped",
    description: "Unknown members and groups in a cell are skipped (the practice does not validate, but parses).",
    covers: ["provider_table", "unknown_member", "unknown_group"],
    change: (p) => {
      cells(p, "crusher").general_inquiry = [member("ghost"), group("ghosts"), member("kjones")];
    },
    input: { category: "general_inquiry", providerId: "crusher", at: BEFORE_ABSENCE },
    want: { recipients: ["kjones"], route: "provider_table" },
  },
  {
    name: "duplicate-keeps-first-place",
    description: "A member reached twice receives once, at the first place.",
    covers: ["default_table", "duplicate"],
    change: (p) => {
      record(p, "defaultRouting").appointments = [member("kjones"), group("front-desk")] as never;
    },
    input: { category: "appointments", at: BEFORE_ABSENCE },
    want: { recipients: ["kjones", "jsmith"], route: "default_table" },
  },
  {
    name: "backstop-assigned-provider-without-provider",
    description: "assigned_provider reaches nobody without a provider; an empty default cell goes to the backstop.",
    covers: ["backstop", "no_provider"],
    input: { category: "test_results", at: BEFORE_ABSENCE },
    want: { recipients: ["jsmith"], route: "backstop" },
  },
  {
    name: "backstop-admins-in-id-order",
    description: "The backstop is every active admin in id order (code-unit order), inactive admins left out.",
    covers: ["backstop"],
    change: (p) => {
      const members = record(p, "members");
      members.zed = staff("Zed Admin", true);
      members.amy = staff("Amy Admin", true);
      members.old = staff("Old Admin", true, false);
    },
    input: { category: "test_results", at: BEFORE_ABSENCE },
    want: { recipients: ["amy", "jsmith", "zed"], route: "backstop" },
  },
  {
    name: "backstop-ignores-absences",
    description: "Absences do not apply to the backstop.",
    covers: ["backstop"],
    input: { category: "test_results", at: DURING_ABSENCE },
    want: { recipients: ["jsmith"], route: "backstop" },
  },
  {
    name: "messaging-disabled",
    description: "Patient-initiated messaging off: nobody, whatever the category.",
    covers: ["messaging_disabled"],
    change: (p) => {
      (p.messaging as Json).patientInitiated = false;
    },
    input: { category: "appointments", providerId: "crusher", at: BEFORE_ABSENCE },
    want: { reason: "messaging_disabled" },
  },
  {
    name: "unknown-category",
    description: "A category that is not one of the six.",
    covers: ["unknown_category"],
    input: { category: "billing", providerId: "crusher", at: BEFORE_ABSENCE },
    want: { reason: "unknown_category" },
  },
  {
    name: "category-disabled",
    description: "A category listed in disabledCategories.",
    covers: ["category_disabled"],
    change: (p) => {
      (p.messaging as Json).disabledCategories = ["referrals"];
    },
    input: { category: "referrals", providerId: "crusher", at: BEFORE_ABSENCE },
    want: { reason: "category_disabled" },
  },
  {
    name: "no-recipient-without-active-admin",
    description: "Only a practice without an active admin routes to nobody.",
    covers: ["no_recipient", "backstop"],
    change: (p) => {
      record(p, "members").jsmith = staff("Jane Smith", false);
    },
    input: { category: "test_results", at: BEFORE_ABSENCE },
    want: { reason: "no_recipient" },
  },
  {
    name: "coverage-replaces-absent-member",
    description: "A member absent at `at` is replaced by the coverer.",
    covers: ["provider_table", "coverage"],
    input: { category: "appointments", providerId: "crusher", at: DURING_ABSENCE },
    want: { recipients: ["kjones"], route: "provider_table" },
  },
  {
    name: "coverage-from-is-inclusive",
    description: "An absence is in force from `from` (inclusive).",
    covers: ["coverage"],
    input: { category: "appointments", providerId: "crusher", at: "2026-12-01T00:00:00Z" },
    want: { recipients: ["kjones"], route: "provider_table" },
  },
  {
    name: "coverage-until-is-exclusive",
    description: "An absence is over at `until` (exclusive).",
    covers: ["provider_table"],
    input: { category: "appointments", providerId: "crusher", at: "2026-12-08T00:00:00Z" },
    want: { recipients: ["jsmith"], route: "provider_table" },
  },
  {
    name: "coverage-at-with-offset",
    description: "`at` with an offset is the same instant in UTC: 23:00 at -02:00 is 01:00Z the next day.",
    covers: ["provider_table"],
    input: { category: "appointments", providerId: "crusher", at: "2026-12-07T23:00:00-02:00" },
    want: { recipients: ["jsmith"], route: "provider_table" },
  },
  {
    name: "coverage-chain",
    description: "Coverage is followed through a chain: the coverer is away too.",
    covers: ["coverage"],
    change: (p) => {
      record(p, "coverage").c2 = away("kjones", "lpatel");
    },
    input: { category: "appointments", providerId: "crusher", at: DURING_ABSENCE },
    want: { recipients: ["lpatel"], route: "provider_table" },
  },
  {
    name: "coverage-first-absence-in-id-order",
    description: "With several absences of one member in force, the first in coverage-id order counts.",
    covers: ["coverage"],
    change: (p) => {
      record(p, "coverage").a0 = away("jsmith", "lpatel", "2026-12-02T00:00:00Z");
    },
    input: { category: "appointments", providerId: "crusher", at: DURING_ABSENCE },
    want: { recipients: ["lpatel"], route: "provider_table" },
  },
  {
    name: "coverage-then-duplicate",
    description: "Duplicates are dropped after coverage: the coverer is already a recipient.",
    covers: ["coverage", "duplicate"],
    change: (p) => {
      cells(p, "crusher").appointments = [member("jsmith"), member("kjones")];
    },
    input: { category: "appointments", providerId: "crusher", at: DURING_ABSENCE },
    want: { recipients: ["kjones"], route: "provider_table" },
  },
  {
    name: "coverage-coverer-unknown",
    description: "An unknown coverer drops the absent member; the emptied cell falls back.",
    covers: ["absent", "coverer_unknown", "fallback"],
    change: (p) => {
      record(p, "coverage").c1 = away("jsmith", "ghost");
    },
    input: { category: "appointments", providerId: "crusher", at: DURING_ABSENCE },
    want: { recipients: ["kjones"], route: "default_table" },
  },
  {
    name: "coverage-coverer-inactive",
    description: "An inactive coverer drops the absent member.",
    covers: ["absent", "coverer_inactive", "fallback"],
    change: (p) => {
      record(p, "coverage").c1 = away("jsmith", "mreyes");
    },
    input: { category: "appointments", providerId: "crusher", at: DURING_ABSENCE },
    want: { recipients: ["kjones"], route: "default_table" },
  },
  {
    name: "coverage-cycle",
    description: "A cycle of covers in force drops every member in it; absences do not apply to the backstop.",
    covers: ["absent", "cycle", "fallback", "backstop"],
    change: (p) => {
      record(p, "coverage").c2 = away("kjones", "jsmith");
    },
    input: { category: "appointments", providerId: "crusher", at: DURING_ABSENCE },
    want: { recipients: ["jsmith"], route: "backstop" },
  },
  {
    name: "coverage-chain-too-long",
    description: "After 10 hops the chain is exhausted and the member is dropped.",
    covers: ["absent", "chain_too_long", "fallback"],
    change: (p) => {
      const members = record(p, "members");
      const coverage = record(p, "coverage");
      for (let i = 0; i <= 11; i++) members[`h${String(i).padStart(2, "0")}`] = staff(`Hop ${i}`);
      for (let i = 0; i < 11; i++) {
        const id = `h${String(i).padStart(2, "0")}`;
        coverage[`k${String(i).padStart(2, "0")}`] = away(id, `h${String(i + 1).padStart(2, "0")}`);
      }
      cells(p, "crusher").referrals = [member("h00")];
    },
    input: { category: "referrals", providerId: "crusher", at: DURING_ABSENCE },
    want: { recipients: ["kjones"], route: "default_table" },
  },
  {
    name: "coverage-ten-hops-reach-a-coverer",
    description: "A chain of exactly 10 hops still reaches its last coverer.",
    covers: ["coverage"],
    change: (p) => {
      const members = record(p, "members");
      const coverage = record(p, "coverage");
      for (let i = 0; i <= 10; i++) members[`h${String(i).padStart(2, "0")}`] = staff(`Hop ${i}`);
      for (let i = 0; i < 10; i++) {
        const id = `h${String(i).padStart(2, "0")}`;
        coverage[`k${String(i).padStart(2, "0")}`] = away(id, `h${String(i + 1).padStart(2, "0")}`);
      }
      cells(p, "crusher").referrals = [member("h00")];
    },
    input: { category: "referrals", providerId: "crusher", at: DURING_ABSENCE },
    want: { recipients: ["h10"], route: "provider_table" },
  },
  {
    name: "after-hours-table",
    description: "While the practice is closed, the after-hours cell is tried first; hours say when it opens next.",
    covers: ["after_hours_table", "closed", "next_open_at", "respond_by"],
    input: { category: "health_question", providerId: "crusher", at: CLOSED },
    want: {
      recipients: ["oselkin"],
      route: "after_hours_table",
      respondBy: "2026-11-24T22:00:00Z",
      hours: { open: false, nextOpenAt: "2026-11-23T13:00:00Z" },
    },
  },
  {
    name: "after-hours-without-cell",
    description: "While closed, a category without an after-hours cell takes the usual route.",
    covers: ["closed", "provider_table"],
    input: { category: "appointments", providerId: "crusher", at: CLOSED },
    want: {
      recipients: ["jsmith"],
      route: "provider_table",
      hours: { open: false, nextOpenAt: "2026-11-23T13:00:00Z" },
    },
  },
  {
    name: "after-hours-falls-back-to-provider",
    description: "An after-hours cell that reaches nobody falls back to the provider's cell.",
    covers: ["after_hours_fallback", "no_cover"],
    change: (p) => {
      record(p, "coverage").off = { member: "oselkin", from: "2026-11-20T00:00:00Z", until: "2026-11-23T00:00:00Z" };
    },
    input: { category: "health_question", providerId: "crusher", at: CLOSED },
    want: { recipients: ["crusher"], route: "provider_table" },
  },
  {
    name: "after-hours-falls-back-to-default",
    description: "Without a provider cell, an after-hours cell that reaches nobody falls back to the default cell.",
    covers: ["after_hours_fallback", "inactive"],
    change: (p) => {
      record(p, "members").oselkin = { ...record(p, "members").oselkin, active: false };
      record(p, "afterHoursRouting").referrals = [group("on-call")];
    },
    input: { category: "referrals", at: CLOSED },
    want: { recipients: ["jsmith", "kjones"], route: "default_table" },
  },
  {
    name: "open-period-bounds",
    description: "A period is [open, close) to the minute: open at 08:00 sharp.",
    covers: ["open"],
    input: { category: "health_question", providerId: "crusher", at: "2026-11-20T13:00:00Z" },
    want: { recipients: ["crusher"], route: "provider_table", hours: { open: true, nextOpenAt: null } },
  },
  {
    name: "closed-at-close-time",
    description: "Closed at 12:00 sharp, the end of the morning period; open again at 13:00.",
    covers: ["closed", "next_open_at"],
    input: { category: "health_question", providerId: "crusher", at: "2026-11-20T17:00:00Z" },
    want: {
      recipients: ["oselkin"],
      route: "after_hours_table",
      hours: { open: false, nextOpenAt: "2026-11-20T18:00:00Z" },
    },
  },
  {
    name: "closure-day",
    description: "A closure closes whole local days; respondBy skips them.",
    covers: ["closure", "respond_by"],
    input: { category: "appointments", providerId: "crusher", at: "2026-12-25T15:00:00Z" },
    want: {
      recipients: ["jsmith"],
      route: "provider_table",
      respondBy: "2026-12-29T22:00:00Z",
      hours: { open: false, nextOpenAt: "2026-12-28T13:00:00Z" },
    },
  },
  {
    name: "dst-gap-shortens-a-period",
    description: "A period a DST gap cuts opens at the jump: 02:30–04:00 on 8 March 2026 opens at 03:00 EDT.",
    covers: ["dst", "next_open_at"],
    change: (p) => {
      schedule(p).hours.sun = [["02:30", "04:00"]];
    },
    input: { category: "appointments", providerId: "crusher", at: "2026-03-08T06:30:00Z" },
    want: {
      recipients: ["jsmith"],
      route: "provider_table",
      hours: { open: false, nextOpenAt: "2026-03-08T07:00:00Z" },
    },
  },
  {
    name: "dst-repeat-is-open-twice",
    description: "During a DST repeat both occurrences of a period's minutes are open (1 November 2026, 01:30 EST).",
    covers: ["dst", "open"],
    change: (p) => {
      schedule(p).hours.sun = [["01:00", "02:00"]];
    },
    input: { category: "appointments", providerId: "crusher", at: "2026-11-01T06:30:00Z" },
    want: { recipients: ["jsmith"], route: "provider_table", hours: { open: true, nextOpenAt: null } },
  },
  {
    name: "respond-by-across-dst",
    description: "respondBy is read on the wall clock: 17:00 EST after the fall-back change.",
    covers: ["respond_by", "dst"],
    input: { category: "appointments", providerId: "crusher", at: "2026-10-30T14:00:00Z" },
    want: { recipients: ["jsmith"], route: "provider_table", respondBy: "2026-11-03T22:00:00Z" },
  },
  {
    name: "absent-without-cover",
    description: "A member away with nobody covering is dropped; the cell falls back as for an inactive member.",
    covers: ["no_cover", "absent", "fallback"],
    input: { category: "test_results", providerId: "oselkin", at: "2026-12-15T15:00:00Z" },
    want: { recipients: ["oselkin"], route: "default_table" },
  },
  {
    name: "coverer-without-cover",
    description: "A coverer who is away with nobody covering ends the chain: the member is dropped.",
    covers: ["no_cover", "coverage"],
    change: (p) => {
      record(p, "coverage").k = { member: "kjones", from: "2026-12-01T00:00:00Z", until: "2026-12-08T00:00:00Z" };
    },
    input: { category: "appointments", providerId: "crusher", at: DURING_ABSENCE },
    want: { recipients: ["jsmith"], route: "backstop" },
  },
  {
    name: "version-1-document",
    description: "A version 1 document reads as version 2 in UTC without a schedule: always open, no respondBy.",
    covers: ["v1_document", "open"],
    version1: true,
    change: (p) => {
      p.schemaVersion = 1;
      for (const field of ["timeZone", "schedule", "afterHoursRouting"]) delete p[field];
      delete (p.messaging as Json).responseBusinessDays;
      delete record(p, "coverage").c2;
    },
    input: { category: "health_question", providerId: "crusher", at: CLOSED },
    want: {
      recipients: ["crusher"],
      route: "provider_table",
      respondBy: null,
      hours: { open: true, nextOpenAt: null },
    },
  },
  {
    name: "patient-blocked",
    description: "A patient blocked from messaging the practice gets nobody, whatever the category.",
    covers: ["patient_blocked"],
    input: { category: "appointments", providerId: "crusher", at: BEFORE_ABSENCE, patient: { blocked: true } },
    want: { reason: "patient_blocked" },
  },
  {
    name: "patient-blocked-in-a-category",
    description: "A patient blocked in some categories may still write in the others.",
    covers: ["patient_blocked", "provider_table"],
    input: { category: "appointments", providerId: "crusher", at: BEFORE_ABSENCE, patient: { blocked: ["referrals"] } },
    want: { recipients: ["jsmith"], route: "provider_table" },
  },
  {
    name: "not-eligible-by-category-rule",
    description: "A category's own eligibility rule counts before the practice's: 90 days, elapsed time.",
    covers: ["not_eligible"],
    change: (p) => {
      (p.messaging as Json).eligibility = {
        visitWithinDays: 365,
        categories: { health_question: { visitWithinDays: 90 } },
      };
    },
    input: {
      category: "health_question",
      providerId: "crusher",
      at: BEFORE_ABSENCE,
      patient: { lastVisitAt: "2026-08-21T14:59:59Z" },
    },
    want: { reason: "not_eligible" },
  },
  {
    name: "eligible-exactly-at-the-limit",
    description: "A visit exactly N days before `at` is eligible (more than N days is not).",
    covers: ["eligibility"],
    change: (p) => {
      (p.messaging as Json).eligibility = { visitWithinDays: 90 };
    },
    input: {
      category: "appointments",
      providerId: "crusher",
      at: BEFORE_ABSENCE,
      patient: { lastVisitAt: "2026-08-22T15:00:00Z" },
    },
    want: { recipients: ["jsmith"], route: "provider_table" },
  },
  {
    name: "not-eligible-without-a-known-visit",
    description: "With eligibility configured, a patient whose last visit is unknown may not start a message.",
    covers: ["not_eligible"],
    change: (p) => {
      (p.messaging as Json).eligibility = { visitWithinDays: 365 };
    },
    input: { category: "appointments", providerId: "crusher", at: BEFORE_ABSENCE, patient: { lastVisitAt: null } },
    want: { reason: "not_eligible" },
  },
  {
    name: "excluded-member-skipped",
    description: "An excluded member is dropped from a cell, which falls back as for an inactive member.",
    covers: ["excluded", "fallback"],
    input: {
      category: "appointments",
      providerId: "crusher",
      at: BEFORE_ABSENCE,
      patient: { excludedMembers: ["jsmith"] },
    },
    want: { recipients: ["kjones"], route: "default_table" },
  },
  {
    name: "excluded-coverer-ends-the-chain",
    description: "An excluded coverer ends the chain of covers and drops the member being covered.",
    covers: ["coverer_excluded", "excluded"],
    input: {
      category: "appointments",
      providerId: "crusher",
      at: DURING_ABSENCE,
      patient: { excludedMembers: ["kjones"] },
    },
    want: { recipients: ["jsmith"], route: "backstop" },
  },
  {
    name: "backstop-without-excluded-admins",
    description: "The backstop is the active admins minus the excluded ones; none left is no_recipient.",
    covers: ["backstop", "no_recipient", "excluded"],
    input: { category: "general_inquiry", at: BEFORE_ABSENCE, patient: { excludedMembers: ["jsmith", "kjones"] } },
    want: { reason: "no_recipient" },
  },
  {
    name: "care-team",
    description: "care_team expands to the patient's care team in order, inactive members skipped.",
    covers: ["care_team"],
    change: (p) => {
      cells(p, "crusher").test_results = [{ type: "care_team" }, { type: "assigned_provider" }];
    },
    input: {
      category: "test_results",
      providerId: "crusher",
      at: BEFORE_ABSENCE,
      patient: { careTeam: ["lpatel", "mreyes", "crusher"] },
    },
    want: { recipients: ["lpatel", "crusher"], route: "provider_table" },
  },
  {
    name: "care-team-without-patient",
    description: "Without a patient, care_team reaches nobody.",
    covers: ["care_team"],
    change: (p) => {
      cells(p, "crusher").test_results = [{ type: "care_team" }];
    },
    input: { category: "test_results", providerId: "crusher", at: BEFORE_ABSENCE },
    want: { recipients: ["crusher"], route: "default_table" },
  },
  {
    name: "reply-to-sender",
    description: "A reply goes to its sender when active, present and not excluded.",
    covers: ["sender"],
    reply: true,
    input: { senderId: "kjones", at: BEFORE_ABSENCE },
    want: { recipients: ["kjones"], route: "sender" },
  },
  {
    name: "reply-to-sender-cover",
    description: "A reply to a sender who is away goes to the sender's cover.",
    covers: ["sender_cover"],
    reply: true,
    input: { senderId: "jsmith", at: DURING_ABSENCE },
    want: { recipients: ["kjones"], route: "sender_cover" },
  },
  {
    name: "reply-after-the-sender-left",
    description: "A reply to an inactive sender takes the category's route, even with patient messaging off.",
    covers: ["sender", "inactive"],
    reply: true,
    change: (p) => {
      (p.messaging as Json).patientInitiated = false;
      record(p, "members").kjones = { ...record(p, "members").kjones, active: false };
    },
    input: { senderId: "kjones", category: "appointments", providerId: "crusher", at: BEFORE_ABSENCE },
    want: { recipients: ["jsmith"], route: "provider_table" },
  },
  {
    name: "reply-with-replies-off",
    description: "With patient replies off, a reply reaches nobody.",
    covers: ["replies_disabled"],
    reply: true,
    change: (p) => {
      (p.messaging as Json).patientReplies = false;
    },
    input: { senderId: "kjones", at: BEFORE_ABSENCE },
    want: { reason: "replies_disabled" },
  },
  ...SITE_CASES,
];

/** Every code a complete set of vectors must exercise (DESIGN.md section 5). */
export const REQUIRED_COVERS = [
  "provider_table",
  "default_table",
  "backstop",
  "messaging_disabled",
  "unknown_category",
  "category_disabled",
  "no_recipient",
  "no_provider",
  "unknown_provider",
  "not_a_provider",
  "no_provider_cell",
  "fallback",
  "inactive",
  "duplicate",
  "unknown_member",
  "unknown_group",
  "coverage",
  "absent",
  "coverer_unknown",
  "coverer_inactive",
  "cycle",
  "chain_too_long",
  "after_hours_table",
  "after_hours_fallback",
  "no_cover",
  "open",
  "closed",
  "closure",
  "dst",
  "next_open_at",
  "respond_by",
  "v1_document",
  "patient_blocked",
  "not_eligible",
  "eligibility",
  "excluded",
  "coverer_excluded",
  "care_team",
  "sender",
  "sender_cover",
  "replies_disabled",
  "location_table",
  "location_fallback",
  "unknown_location",
  "location_without_table",
  "pool",
  "sticky",
  "sticky_tie",
] as const;

function build(entry: Case): { file: string; text: string } {
  const document = JSON.parse(serializePractice(samplePractice())) as Json;
  entry.change?.(document);
  const parsed = parsePractice(document);
  if (!parsed.ok) throw new Error(`${entry.name}: the practice does not parse`);
  const version = entry.version1 === true ? 1 : 2;
  const practice = JSON.parse(serializePractice(parsed.practice, { schemaVersion: version })) as Json;
  const expected =
    entry.reply === true
      ? resolveReply(parsed.practice, entry.input as ReplyInput)
      : resolveRecipients(parsed.practice, entry.input as ResolveInput);
  const { hours, ...wanted } = entry.want;
  const got: Json = expected.ok
    ? { recipients: expected.recipients, route: expected.route }
    : { reason: expected.reason };
  if (expected.ok && "respondBy" in wanted) got.respondBy = expected.respondBy;
  if (expected.ok && "pools" in wanted) got.pools = expected.pools;
  if (hours !== undefined) got.hours = expected.hours;
  if (!isDeepStrictEqual(got, entry.want)) {
    throw new Error(
      `${entry.name}: the library answers ${JSON.stringify(got)}, the case wants ${JSON.stringify(entry.want)}`,
    );
  }
  const vector = {
    name: entry.name,
    description: entry.description,
    covers: entry.covers,
    function: entry.reply === true ? "resolveReply" : "resolveRecipients",
    practice,
    input: entry.input,
    expected,
  };
  return { file: `${entry.name}.json`, text: `${JSON.stringify(vector, null, 2)}\n` };
}

const missing = REQUIRED_COVERS.filter((code) => !CASES.some((entry) => entry.covers.includes(code)));
if (missing.length > 0) throw new Error(`no vector covers: ${missing.join(", ")}`);
const files = CASES.map(build);
const index = `${JSON.stringify(
  CASES.map((entry) => ({ file: `${entry.name}.json`, covers: entry.covers })),
  null,
  2,
)}\n`;
const all = [...files, { file: "index.json", text: index }];

if (process.argv.includes("--check")) {
  const stale = all.filter(({ file, text }) => {
    try {
      return readFileSync(new URL(file, ROOT), "utf8") !== text;
    } catch {
      return true;
    }
  });
  const extra = readdirSync(ROOT).filter((file) => !all.some((entry) => entry.file === file));
  if (stale.length + extra.length > 0) {
    console.log(
      `conformance/resolve is out of date (${[...stale.map((e) => e.file), ...extra].join(", ")}): run npx tsx scripts/write-conformance.ts`,
    );
    process.exit(1);
  }
  console.log(`conformance/resolve: ${files.length} vectors up to date`);
} else {
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(ROOT, { recursive: true });
  for (const { file, text } of all) writeFileSync(new URL(file, ROOT), text);
  console.log(`wrote ${files.length} vectors to conformance/resolve/`);
}
