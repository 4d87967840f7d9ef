// 08 — The practice's week: time zone, opening hours, closures, after-hours routing and the respond-by promise.
//
// A practice in format version 2 has a time zone and, optionally, a schedule. Every resolution says whether the
// practice is open at `at` (and when it opens next); while it is closed, after-hours cells are tried first; a
// successful answer carries the promise made to the patient (`messaging.responseBusinessDays`). Machine fields
// are ISO 8601 UTC; what a person reads is written on the practice's wall clock.
import {
  applyEdit,
  edits,
  explainResolution,
  type Practice,
  type ResolveInput,
  resolveRecipients,
  samplePractice,
} from "patient-message-routing";

let practice: Practice = samplePractice(); // New York; weekdays 08:00-12:00 and 13:00-17:00; closed 25 Dec 2026
const nameOf = (id: string) => practice.members[id]?.name ?? id;

function show(label: string, input: ResolveInput): void {
  const resolution = resolveRecipients(practice, input);
  const { open, nextOpenAt } = resolution.hours;
  const who = resolution.ok
    ? `${resolution.recipients.map(nameOf).join(", ")} (${resolution.route})`
    : resolution.reason;
  console.log(`${label}: ${open ? "open" : `closed, opens ${nextOpenAt}`}`);
  console.log(`  ${input.category} -> ${who}${resolution.ok ? `, respond by ${resolution.respondBy}` : ""}`);
}

console.log(`${practice.name}, ${practice.timeZone}, ${practice.messaging.responseBusinessDays} business days`);
const patient = { category: "health_question", providerId: "crusher" } as const;
show("Friday 10:00 EST", { ...patient, at: "2026-11-20T15:00:00Z" });
show("Friday 12:30 EST, lunch", { ...patient, at: "2026-11-20T17:30:00Z" });
show("Friday 20:00 EST", { ...patient, at: "2026-11-21T01:00:00Z" });
show("Christmas Day", { ...patient, at: "2026-12-25T15:00:00Z" });
show("before the clocks go back", { category: "appointments", providerId: "crusher", at: "2026-10-30T14:00:00Z" });

// Why, in words, with the dates on the practice's wall clock:
const evening = resolveRecipients(practice, { ...patient, at: "2026-11-21T01:00:00Z" });
for (const sentence of explainResolution(practice, evening)) console.log(`  · ${sentence}`);

// An admin opens on Saturday mornings, sends referrals to the on-call group after hours, and promises 3 days.
const actor = { actor: "jsmith", at: "2026-11-20T16:00:00Z" } as const;
const weekdays = practice.schedule?.hours ?? {};
const changes = [
  edits.setSchedule({
    schedule: { hours: { ...weekdays, sat: [["09:00", "12:00"]] }, closures: practice.schedule?.closures ?? {} },
  }),
  edits.setRoute({ table: "after_hours", category: "referrals", recipients: [{ type: "group", id: "on-call" }] }),
  edits.setResponseDays({ days: 3 }),
];
for (const edit of changes) {
  const result = applyEdit(practice, edit, actor);
  if (!result.ok) throw new Error(result.error.message);
  practice = result.practice;
  console.log(`audit: ${result.audit.summary}`);
}
show("Saturday 10:00 EST", { category: "referrals", at: "2026-11-21T15:00:00Z" });
show("Saturday 13:00 EST", { category: "referrals", at: "2026-11-21T18:00:00Z" });

// A time zone Intl does not know is refused: the edit would introduce a validation error.
const refused = applyEdit(practice, edits.setTimeZone({ timeZone: "America/Atlantis" }), actor);
if (!refused.ok && refused.error.code === "introduces_errors") {
  console.log(`refused: ${refused.error.code} (${refused.error.issues.map((issue) => issue.code).join(", ")})`);
}
