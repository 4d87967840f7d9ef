import { deepFreeze } from "../internal/freeze.js";
import type { Practice } from "../model/types.js";

/**
 * The sample practice used by the demo, the docs and the examples: Enterprise Family Medicine, where a
 * patient of Beverly Crusher choosing Appointments reaches Jane Smith and a Question About My Health
 * reaches Beverly Crusher herself. Valid, with patient messaging on.
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
    schemaVersion: 1,
    id: "enterprise-family-medicine",
    name: "Enterprise Family Medicine",
    revision: 0,
    messaging: { patientInitiated: true, patientReplies: true, disabledCategories: [] },
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
    },
  });
}
