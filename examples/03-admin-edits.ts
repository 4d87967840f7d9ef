// 03 — Change settings as an admin, keep the audit trail, and undo a change.
//
// Settings change only through `applyEdit(practice, edit, {actor, at})`. The actor must be an active
// admin; each successful edit returns a new frozen practice (revision + 1) and an audit entry with an
// English summary. A refused edit is data (`ok: false`) and changes nothing.
import {
  type AuditEntry,
  applyEdit,
  diffPractices,
  type Edit,
  type EditResult,
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
edit({ type: "set_messaging", enabled: false }, "kjones", "2026-11-02T09:00:00Z");

// Jane Smith (admin) turns messaging off and back on, then reroutes Dr. Crusher's appointments.
edit({ type: "set_messaging", enabled: false }, "jsmith", "2026-11-02T09:05:00Z");
edit({ type: "set_messaging", enabled: true }, "jsmith", "2026-11-02T09:06:00Z");
const before = practice;
const reroute = edit(
  {
    type: "set_route",
    providerId: "crusher",
    category: "appointments",
    recipients: [{ type: "group", id: "front-desk" }],
  },
  "jsmith",
  "2026-11-02T09:10:00Z",
);
console.log("\nWhat changed in the last edit:");
for (const change of diffPractices(before, practice)) console.log(`  ${change.summary}`);

// Jane Smith is the only admin: deactivating her would leave nobody to manage the settings. Refused.
edit({ type: "set_member_active", id: "jsmith", active: false }, "jsmith", "2026-11-02T09:15:00Z");

// Undo the reroute: `revertEdit` applies the inverse patches as a new, audited edit.
if (reroute.ok) record(revertEdit(practice, reroute, { actor: "jsmith", at: "2026-11-02T09:20:00Z" }));

console.log("\nAudit trail:");
for (const entry of auditTrail) console.log(`  r${entry.revision} ${entry.at} ${entry.actor}: ${entry.summary}`);
console.log(
  `\nRevision ${practice.revision}; Dr. Crusher's appointments go to ${JSON.stringify(practice.routing.crusher?.appointments)}.`,
);
