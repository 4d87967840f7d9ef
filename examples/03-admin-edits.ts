// 03 — Change settings as an admin, keep the audit trail, and undo a change.
//
// Settings change only through `applyEdit(practice, edit, {actor, at})`. The actor must be an active
// admin; each successful edit returns a new frozen practice (revision + 1) and an audit entry with an
// English summary. A refused edit is data (`ok: false`) and changes nothing. The `edits` constructors
// build each edit from one object of its fields (an object literal such as `{type: "set_messaging",
// enabled: false}` works just as well).
import {
  type AuditEntry,
  applyEdit,
  diffPractices,
  type Edit,
  type EditResult,
  edits,
  type Practice,
  revertEdit,
  samplePractice,
} from "patient-message-routing";

const auditTrail: AuditEntry[] = []; // a backend appends these to its audit table
let practice: Practice = samplePractice();

function record(result: EditResult): EditResult {
  if (!result.ok) {
    console.log(`refused (${result.error.code}): ${result.error.message}`);
    return result;
  }
  practice = result.practice; // store it, e.g. with optimistic locking on `revision`
  auditTrail.push(result.audit);
  return result;
}
const edit = (change: Edit, actor: string, at: string) => record(applyEdit(practice, change, { actor, at }));

// Kim Jones is not an admin: refused, nothing changes.
edit(edits.setMessaging({ enabled: false }), "kjones", "2026-11-02T09:00:00Z");

// Jane Smith (admin) turns messaging off and back on, then reroutes Dr. Crusher's appointments.
edit(edits.setMessaging({ enabled: false }), "jsmith", "2026-11-02T09:05:00Z");
edit(edits.setMessaging({ enabled: true }), "jsmith", "2026-11-02T09:06:00Z");
const before = practice;
const reroute = edit(
  edits.setRoute({
    providerId: "crusher",
    category: "appointments",
    recipients: [{ type: "group", id: "front-desk" }],
  }),
  "jsmith",
  "2026-11-02T09:10:00Z",
);
console.log("\nWhat changed in the last edit:");
for (const change of diffPractices(before, practice)) console.log(`  ${change.summary}`);

// Jane Smith is the only admin: deactivating her would leave nobody to manage the settings. Refused.
edit(edits.setMemberActive({ id: "jsmith", active: false }), "jsmith", "2026-11-02T09:15:00Z");

// Undo the reroute: `revertEdit` applies the inverse patches as a new, audited edit.
if (reroute.ok) record(revertEdit(practice, reroute, { actor: "jsmith", at: "2026-11-02T09:20:00Z" }));

console.log("\nAudit trail:");
for (const entry of auditTrail) console.log(`  r${entry.revision} ${entry.at} ${entry.actor}: ${entry.summary}`);
console.log(
  `\nRevision ${practice.revision}; Dr. Crusher's appointments go to ${JSON.stringify(practice.routing.crusher?.appointments)}.`,
);
