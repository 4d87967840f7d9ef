// A practice with two sites, a shared nurse pool and a sticky care-coordinator group (DESIGN.md section 12),
// for the tests of locations, pools and sticky choices.
import { deepFreeze } from "../../src/internal/freeze.js";
import type { Practice } from "../../src/model/types.js";

export const twoSites: Practice = deepFreeze<Practice>({
  schemaVersion: 2,
  id: "two-sites",
  name: "Harbour Family Medicine",
  revision: 0,
  timeZone: "America/New_York",
  messaging: { patientInitiated: true, patientReplies: true, disabledCategories: [] },
  locations: { riverside: { name: "Riverside Clinic" }, hilltop: { name: "Hilltop Clinic" }, annex: { name: "Annex" } },
  members: {
    admin: { name: "Ada Admin", role: "staff", admin: true, active: true },
    drlee: { name: "Dr. Grace Lee", role: "provider", admin: false, active: true, locations: ["riverside"] },
    drkim: { name: "Dr. Sam Kim", role: "provider", admin: false, active: true, locations: ["hilltop"] },
    lpatel: { name: "Lena Patel", role: "staff", admin: false, active: true, locations: ["riverside", "hilltop"] },
    oselkin: { name: "Omar Selkin", role: "staff", admin: false, active: true, locations: ["riverside"] },
    mreyes: { name: "Marco Reyes", role: "staff", admin: false, active: true, locations: ["hilltop"] },
    tnguyen: { name: "Tam Nguyen", role: "staff", admin: false, active: true },
    jdoe: { name: "Jo Doe", role: "staff", admin: false, active: false },
  },
  groups: {
    nurses: { name: "Nurses", members: ["lpatel", "oselkin"], delivery: "pool" },
    coordinators: { name: "Care coordinators", members: ["mreyes", "tnguyen", "jdoe"], delivery: "sticky" },
    desk: { name: "Front desk", members: ["mreyes", "tnguyen"] },
  },
  routing: {
    drlee: { health_question: [{ type: "assigned_provider" }, { type: "group", id: "nurses" }] },
    drkim: { prescriptions: [{ type: "member", id: "jdoe" }] },
  },
  locationRouting: {
    riverside: {
      appointments: [{ type: "group", id: "desk" }],
      prescriptions: [{ type: "group", id: "nurses" }],
      referrals: [{ type: "group", id: "coordinators" }],
    },
    hilltop: { prescriptions: [{ type: "member", id: "mreyes" }], referrals: [{ type: "member", id: "jdoe" }] },
  },
  defaultRouting: {
    appointments: [{ type: "member", id: "tnguyen" }],
    referrals: [{ type: "member", id: "tnguyen" }],
    prescriptions: [{ type: "member", id: "admin" }],
    test_results: [{ type: "assigned_provider" }],
    general_inquiry: [{ type: "group", id: "desk" }],
    health_question: [{ type: "assigned_provider" }],
  },
  coverage: {},
});
