// A small practice with two sites, a shared pool and a sticky group, for the table and CLI tests.
import type { Practice } from "../../src/model/types.js";
import { parsePractice } from "../../src/parse/parsePractice.js";

/** The practice as a config document: Harbor Health, with a Downtown and a Riverside clinic. */
export const SITES_DOCUMENT = {
  schemaVersion: 2,
  id: "harbor-health",
  name: "Harbor Health",
  revision: 0,
  timeZone: "America/New_York",
  messaging: { patientInitiated: true, patientReplies: true, disabledCategories: [] },
  locations: { downtown: { name: "Downtown Clinic" }, riverside: { name: "Riverside Clinic" } },
  members: {
    drkim: { name: "Sam Kim", role: "provider", admin: false, active: true, locations: ["riverside"] },
    drlee: { name: "Dana Lee", role: "provider", admin: false, active: true, locations: ["downtown"] },
    jsmith: { name: "Jane Smith", role: "staff", admin: true, active: true, locations: ["downtown"] },
    lpatel: { name: "Lena Patel", role: "staff", admin: false, active: true },
    oselkin: { name: "Omar Selkin", role: "staff", admin: false, active: true },
    rvega: { name: "Rosa Vega", role: "staff", admin: false, active: true, locations: ["riverside"] },
    tnguyen: { name: "Tam Nguyen", role: "staff", admin: false, active: true, locations: ["riverside"] },
  },
  groups: {
    coordinators: { name: "Care Coordinators", members: ["rvega", "tnguyen"], delivery: "sticky" },
    "front-desk": { name: "Front Desk", members: ["jsmith"] },
    nurses: { name: "Nurses", members: ["lpatel", "oselkin"], delivery: "pool" },
  },
  routing: {
    drlee: {
      test_results: [{ type: "group", id: "nurses" }],
      health_question: [{ type: "assigned_provider" }],
    },
  },
  locationRouting: {
    downtown: { appointments: [{ type: "group", id: "front-desk" }] },
    riverside: {
      appointments: [{ type: "member", id: "rvega" }],
      prescriptions: [{ type: "group", id: "nurses" }],
      test_results: [{ type: "group", id: "coordinators" }],
    },
  },
  defaultRouting: {
    appointments: [{ type: "group", id: "front-desk" }],
    referrals: [{ type: "group", id: "coordinators" }],
    prescriptions: [{ type: "assigned_provider" }, { type: "group", id: "nurses" }],
    test_results: [{ type: "assigned_provider" }],
    general_inquiry: [{ type: "group", id: "front-desk" }],
    health_question: [{ type: "assigned_provider" }, { type: "group", id: "nurses" }],
  },
} as const;

/** Harbor Health, parsed (deeply frozen). */
export function sitesPractice(): Practice {
  const parsed = parsePractice(SITES_DOCUMENT);
  if (!parsed.ok) throw new Error(`the sites practice does not parse: ${JSON.stringify(parsed.issues)}`);
  return parsed.practice;
}
