// 04 — Staff turnover: hand everything of a leaving member to a new hire with `replace_member`.
//
// Jane Smith leaves Enterprise Family Medicine and Tara Nguyen takes over her work. Three audited edits:
// add Tara, put her in Jane's place in every routing cell, group and absence, then deactivate Jane.
import {
  applyEdit,
  diffPractices,
  type Edit,
  edits,
  type Practice,
  resolveRecipients,
  samplePractice,
} from "patient-message-routing";

const original = samplePractice();
let practice: Practice = original;

function edit(change: Edit, actor: string, at: string): void {
  const result = applyEdit(practice, change, { actor, at });
  if (!result.ok) throw new Error(`${change.type} refused: ${result.error.message}`);
  practice = result.practice;
  console.log(`r${result.audit.revision}: ${result.audit.summary}`);
}

function whoGets(p: Practice, category: string, providerId: string | null): string {
  const resolution = resolveRecipients(p, { category, providerId, at: "2026-11-10T10:00:00Z" });
  return resolution.ok ? resolution.recipients.map((id) => p.members[id]?.name ?? id).join(", ") : resolution.reason;
}

console.log("Before:");
console.log(`  Appointments for Dr. Crusher's patients -> ${whoGets(practice, "appointments", "crusher")}`);
console.log(`  General inquiries without a provider   -> ${whoGets(practice, "general_inquiry", null)}`);

console.log("\nEdits:");
// 1. Add the new hire; she is an admin too, so the practice keeps an active admin after Jane leaves.
edit(
  edits.upsertMember({ id: "tnguyen", member: { name: "Tara Nguyen", role: "staff", admin: true, active: true } }),
  "jsmith",
  "2026-11-09T08:00:00Z",
);
// 2. Tara takes Jane's place everywhere: routing cells, groups, coverage.
edit(edits.replaceMember({ from: "jsmith", to: "tnguyen" }), "jsmith", "2026-11-09T08:01:00Z");
// 3. Tara deactivates Jane's account (inactive members never receive messages).
edit(edits.setMemberActive({ id: "jsmith", active: false }), "tnguyen", "2026-11-09T08:02:00Z");

console.log("\nAfter:");
console.log(`  Appointments for Dr. Crusher's patients -> ${whoGets(practice, "appointments", "crusher")}`);
console.log(`  General inquiries without a provider   -> ${whoGets(practice, "general_inquiry", null)}`);

console.log("\nEverything that changed:");
for (const change of diffPractices(original, practice)) console.log(`  ${change.summary}`);
