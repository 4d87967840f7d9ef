// 02 — Resolve a patient's message and explain the answer.
//
// When a patient presses "New Message" and picks a category, the backend asks `resolveRecipients` who
// receives it. The answer is data: the recipients, which table they came from, and a trace that
// `explainResolution` turns into sentences for a support screen or a log.
import { CATEGORY_LABELS, explainResolution, resolveRecipients, samplePractice } from "patient-message-routing";

const practice = samplePractice(); // Enterprise Family Medicine
const at = "2026-11-02T15:00:00Z"; // always pass the time: results are reproducible and testable
const nameOf = (id: string) => practice.members[id]?.name ?? id;

const questions = [
  { category: "appointments", providerId: "crusher" }, // Beverly Crusher's own table
  { category: "health_question", providerId: "crusher" }, // "assigned provider": Dr. Crusher herself
  { category: "referrals", providerId: "crusher" }, // no cell in her table: the practice default
  { category: "test_results", providerId: null }, // no provider: the default cell reaches nobody
  { category: "billing", providerId: "crusher" }, // not one of the six categories
] as const;

for (const input of questions) {
  const resolution = resolveRecipients(practice, { ...input, at });
  const label = CATEGORY_LABELS[input.category as keyof typeof CATEGORY_LABELS] ?? input.category;
  const patient =
    input.providerId === null ? "a patient without a provider" : `a patient of ${nameOf(input.providerId)}`;
  console.log(`\n${label}, from ${patient}:`);
  if (resolution.ok) {
    console.log(`  -> ${resolution.recipients.map(nameOf).join(", ")} (via ${resolution.route})`);
  } else {
    console.log(`  -> not sent: ${resolution.reason}`);
  }
  for (const sentence of explainResolution(practice, resolution)) console.log(`     ${sentence}`);
}
