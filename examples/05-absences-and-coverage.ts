// 05 — Absences and coverage: who receives messages while a member is away.
//
// A coverage entry says "member is away on [from, until), coveredBy receives in their place". Chains are
// followed (at most 10 hops); a coverer who is inactive or away with nobody to cover drops out. Without
// `coveredBy` nobody covers: the member is dropped while away, and the cell falls back as for an inactive member.
import {
  applyEdit,
  edits,
  explainResolution,
  type Practice,
  resolveRecipients,
  samplePractice,
} from "patient-message-routing";

let practice: Practice = samplePractice(); // c1: Jane Smith away 2026-12-01 to 2026-12-08, covered by Kim Jones
const nameOf = (id: string) => practice.members[id]?.name ?? id;

function show(category: string, providerId: string | null, at: string, explain = false): void {
  const resolution = resolveRecipients(practice, { category, providerId, at });
  const answer = resolution.ok ? resolution.recipients.map(nameOf).join(", ") : resolution.reason;
  const patient = providerId === null ? "no provider" : `patient of ${nameOf(providerId)}`;
  console.log(`  ${at}  ${category} (${patient}) -> ${answer}`);
  if (explain) for (const sentence of explainResolution(practice, resolution)) console.log(`      ${sentence}`);
}

console.log("Jane Smith's absence (the end is exclusive):");
show("appointments", "crusher", "2026-11-30T23:59:59Z");
show("appointments", "crusher", "2026-12-01T00:00:00Z");
show("appointments", "crusher", "2026-12-08T00:00:00Z");

// Kim Jones is away too, for part of that week, covered by Lena Patel: the chain is followed.
const added = applyEdit(
  practice,
  edits.addCoverage({
    id: "c8",
    coverage: { member: "kjones", from: "2026-12-03T00:00:00Z", until: "2026-12-05T00:00:00Z", coveredBy: "lpatel" },
  }),
  { actor: "jsmith", at: "2026-11-20T09:00:00Z" },
);
if (!added.ok) throw new Error(added.error.message);
practice = added.practice;
console.log(`\n${added.audit.summary}`);
show("appointments", "crusher", "2026-12-04T12:00:00Z", true);

// The Front Desk group is Jane and Kim: both are covered by Lena, who is listed once.
console.log("\nA group during both absences:");
show("general_inquiry", null, "2026-12-04T12:00:00Z", true);

// Lena Patel is out on the 4th too, "covered" by Marco Reyes, whose account is inactive: the chain breaks,
// nobody is left in either table, and the backstop (every active admin, absences ignored) takes over.
const broken = applyEdit(
  practice,
  edits.addCoverage({
    id: "c9",
    coverage: { member: "lpatel", from: "2026-12-04T00:00:00Z", until: "2026-12-05T00:00:00Z", coveredBy: "mreyes" },
  }),
  { actor: "jsmith", at: "2026-11-20T09:05:00Z" },
);
if (!broken.ok) throw new Error(broken.error.message);
practice = broken.practice;
console.log(`\n${broken.audit.summary}`);
show("appointments", "crusher", "2026-12-04T12:00:00Z", true);

// The sample practice's c2: Lena Patel away 14-18 December with nobody covering. The Nurses group is only
// her, so Beverly Crusher's Prescriptions & Refills cell leaves just the patient's provider.
console.log("\nAn absence nobody covers:");
show("prescriptions", "crusher", "2026-12-15T15:00:00Z", true);
