// 10 — Sites and pools: a location's routing table, a shared nurse pool and sticky care coordinators.
//
// A practice with two clinics routes a message by where the patient is seen as well as by their provider
// (route "location_table"); a pool group gets one shared copy that any of its members may claim (`pools`);
// a sticky group gives each patient's message to one member, the same one every time (rendezvous hashing of
// `patient.id`, which another language can reproduce: see docs/sites-and-pools.md).
import {
  applyEdit,
  edits,
  explainResolution,
  formatRoutingTable,
  type Practice,
  type Resolution,
  type ResolveInput,
  resolveRecipients,
  samplePractice,
} from "patient-message-routing";

let practice: Practice = samplePractice();
const nameOf = (id: string) => practice.members[id]?.name ?? id;
const at = "2026-11-20T15:00:00Z"; // Friday 10:00 in New York: open, nobody away

// An admin adds two clinics, makes the nurses a shared pool and the coordinators sticky, and gives each clinic
// a cell of its own.
const actor = { actor: "jsmith", at: "2026-11-20T14:00:00Z" } as const;
const changes = [
  edits.upsertLocation({ id: "north", location: { name: "North Clinic" } }),
  edits.upsertLocation({ id: "south", location: { name: "South Clinic" } }),
  edits.upsertGroup({ id: "nurses", group: { name: "Nurses", members: ["lpatel", "kjones"], delivery: "pool" } }),
  edits.upsertGroup({
    id: "coordinators",
    group: { name: "Care Coordinators", members: ["kjones", "lpatel", "jsmith"], delivery: "sticky" },
  }),
  edits.setRoute({
    table: "location",
    locationId: "north",
    category: "referrals",
    recipients: [{ type: "group", id: "coordinators" }],
  }),
  edits.setRoute({
    table: "location",
    locationId: "south",
    category: "referrals",
    recipients: [{ type: "group", id: "nurses" }],
  }),
];
for (const edit of changes) {
  const result = applyEdit(practice, edit, actor);
  if (!result.ok) throw new Error(result.error.message);
  practice = result.practice;
  console.log(`audit: ${result.audit.summary}`);
}

function show(label: string, input: ResolveInput): Resolution {
  const resolution = resolveRecipients(practice, { at, ...input });
  const who = resolution.ok
    ? `${resolution.recipients.map(nameOf).join(", ")} (${resolution.route})`
    : resolution.reason;
  console.log(`${label}: ${who}`);
  return resolution;
}

// 1. The chain: provider's cell, then the location's, then the default cell. Beverly Crusher has no
// Referrals cell, so the clinic decides; without a location the practice's default cell does.
console.log("\nReferrals from a patient of Beverly Crusher:");
show("  at North Clinic, no patient id", { category: "referrals", providerId: "crusher", locationId: "north" });
show("  at South Clinic", { category: "referrals", providerId: "crusher", locationId: "south" });
show("  no location", { category: "referrals", providerId: "crusher" });

// 2. A pool: everyone who may see the message is in `recipients`; `pools` says who shares one copy.
const pooled = show("\nA referral at South Clinic", { category: "referrals", locationId: "south" });
if (pooled.ok) console.log(`  pools: ${JSON.stringify(pooled.pools)}`);
for (const sentence of explainResolution(practice, pooled)) console.log(`  · ${sentence}`);

// A backend with pool queues delivers one copy per pool and a personal copy to everyone else; a backend
// without them gives every recipient a copy and loses nothing.
function deliveries(answer: Resolution): string[] {
  if (!answer.ok) return [];
  const inPools = new Set(answer.pools.flatMap((pool) => pool.members));
  return [
    ...answer.pools.map((pool) => `queue of group ${pool.groupId}, seen by ${pool.members.map(nameOf).join(" and ")}`),
    ...answer.recipients.filter((id) => !inPools.has(id)).map((id) => `personal copy for ${nameOf(id)}`),
  ];
}
console.log(`  deliveries: ${deliveries(pooled).join("; ")}`);

// 3. Sticky: each patient gets one coordinator, the same one on every message.
console.log("\nReferrals at North Clinic, by patient:");
for (const id of ["patient-1", "patient-2", "patient-3", "patient-4", "patient-1"]) {
  show(`  ${id}`, { category: "referrals", locationId: "north", patient: { id } });
}
// Members who cannot receive (excluded by the patient, inactive, away without cover) are passed over: only their
// patients move, each to their next member by score.
const excluded = { id: "patient-1", excludedMembers: ["jsmith"] }; // the patient asked not to hear from Jane Smith
const next = show("  patient-1, excluding Jane Smith", {
  category: "referrals",
  locationId: "north",
  patient: excluded,
});
for (const sentence of explainResolution(practice, next)) console.log(`  · ${sentence}`);

// 4. The North Clinic table as a Crusher patient sees it: the clinic's cells are marked.
console.log(`\n${formatRoutingTable(practice, "crusher", { locationId: "north" })}`);
