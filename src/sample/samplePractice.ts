import { deepFreeze } from "../internal/freeze.js";
import type { Practice } from "../model/types.js";

const OPEN_MORNING = ["08:00", "12:00"] as const;
const OPEN_AFTERNOON = ["13:00", "17:00"] as const;

/**
 * The sample practice used by the demo, the docs and the examples: Enterprise Family Medicine, in New York,
 * where a patient of Beverly Crusher choosing Appointments reaches Jane Smith and a Question About My Health
 * reaches Beverly Crusher herself, or Omar Selkin on call while the practice is closed. Open weekdays 8–12 and
 * 13–17, closed on Christmas Day 2026, answering within 2 business days; Jane Smith is away the first week of
 * December (Kim Jones covers) and Lena Patel from 14 to 18 December with nobody covering. Valid, with patient
 * messaging on.
 *
 * @returns A fresh, deeply frozen practice.
 * @example
 * ```ts
 * samplePractice().members.crusher?.name;
 * //=> "Beverly Crusher"
 * ```
 *
 * @group Parsing
 */
export function samplePractice(): Practice {
  return deepFreeze<Practice>({
    schemaVersion: 2,
    id: "enterprise-family-medicine",
    name: "Enterprise Family Medicine",
    revision: 0,
    timeZone: "America/New_York",
    messaging: { patientInitiated: true, patientReplies: true, disabledCategories: [], responseBusinessDays: 2 },
    schedule: {
      hours: {
        mon: [OPEN_MORNING, OPEN_AFTERNOON],
        tue: [OPEN_MORNING, OPEN_AFTERNOON],
        wed: [OPEN_MORNING, OPEN_AFTERNOON],
        thu: [OPEN_MORNING, OPEN_AFTERNOON],
        fri: [OPEN_MORNING, OPEN_AFTERNOON],
      },
      closures: { "xmas-2026": { name: "Christmas Day", firstDay: "2026-12-25", lastDay: "2026-12-25" } },
    },
    afterHoursRouting: { health_question: [{ type: "group", id: "on-call" }] },
    members: {
      crusher: { name: "Beverly Crusher", role: "provider", admin: false, active: true },
      jsmith: { name: "Jane Smith", role: "staff", admin: true, active: true },
      kjones: { name: "Kim Jones", role: "staff", admin: false, active: true },
      lpatel: { name: "Lena Patel", role: "staff", admin: false, active: true },
      mreyes: { name: "Marco Reyes", role: "staff", admin: false, active: false },
      oselkin: { name: "Omar Selkin", role: "provider", admin: false, active: true },
    },
    groups: {
      "front-desk": { name: "Front Desk", members: ["jsmith", "kjones"] },
      nurses: { name: "Nurses", members: ["lpatel"] },
      "on-call": { name: "On Call", members: ["oselkin"] },
    },
    routing: {
      crusher: {
        appointments: [{ type: "member", id: "jsmith" }],
        prescriptions: [{ type: "group", id: "nurses" }, { type: "assigned_provider" }],
        health_question: [{ type: "assigned_provider" }],
      },
      oselkin: {
        test_results: [{ type: "group", id: "nurses" }],
        health_question: [{ type: "assigned_provider" }, { type: "group", id: "nurses" }],
      },
    },
    defaultRouting: {
      appointments: [{ type: "group", id: "front-desk" }],
      referrals: [{ type: "group", id: "front-desk" }],
      prescriptions: [{ type: "assigned_provider" }, { type: "member", id: "jsmith" }],
      test_results: [{ type: "assigned_provider" }],
      general_inquiry: [{ type: "group", id: "front-desk" }],
      health_question: [{ type: "assigned_provider" }],
    },
    coverage: {
      c1: { member: "jsmith", from: "2026-12-01T00:00:00Z", until: "2026-12-08T00:00:00Z", coveredBy: "kjones" },
      c2: { member: "lpatel", from: "2026-12-14T13:00:00Z", until: "2026-12-19T05:00:00Z" },
    },
  });
}
