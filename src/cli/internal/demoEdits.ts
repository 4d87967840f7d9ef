import {
  applyEdit,
  diffPractices,
  type Edit,
  type EditResult,
  type Practice,
  patientMessagingView,
  revertEdit,
} from "../../index.js";
import { formatInstant } from "../../internal/words.js";
import { DEMO_TIMES, type DemoSection, PROVIDER, resolveAndExplain } from "./demoTour.js";
import { formatPath } from "./format.js";

const ADMIN = "jsmith";

function auditLine(result: EditResult): string {
  if (!result.ok) return `Refused (${result.error.code}): ${result.error.message}`;
  const { at, actor, revision, summary } = result.audit;
  return `Audit: ${formatInstant(at, result.practice.timeZone)} · ${actor} · revision ${revision} · ${summary}`;
}

function auditData(result: EditResult) {
  return result.ok ? { ok: true, audit: result.audit } : { ok: false, error: result.error };
}

/** Part 5: a refused edit, an admin's edit with its audit line and diff, and its undo (the practice after it). */
export function editAndUndo(practice: Practice): DemoSection & { readonly practice: Practice } {
  const edit: Edit = {
    type: "set_route",
    providerId: PROVIDER,
    category: "referrals",
    recipients: [{ type: "member", id: "lpatel" }],
  };
  const refused = applyEdit(practice, edit, { actor: "kjones", at: DEMO_TIMES.edit });
  const done = applyEdit(practice, edit, { actor: ADMIN, at: DEMO_TIMES.edit });
  const title = "An admin changes a route, then undoes it";
  if (!done.ok) return { title, lines: [auditLine(done)], data: { edit, done: auditData(done) }, practice };
  const changes = diffPractices(practice, done.practice);
  const after = resolveAndExplain(done.practice, "referrals", DEMO_TIMES.edit);
  const undone = revertEdit(done.practice, done, { actor: ADMIN, at: DEMO_TIMES.undo });
  const back = undone.ok ? resolveAndExplain(undone.practice, "referrals", DEMO_TIMES.undo) : undefined;
  return {
    title,
    practice: undone.ok ? undone.practice : done.practice,
    lines: [
      `Kim Jones (not an admin) tries it first. ${auditLine(refused)}`,
      "",
      `Jane Smith (an admin) applies ${JSON.stringify(edit)}`,
      auditLine(done),
      ...changes
        .filter((change) => change.path[0] !== "revision")
        .map((change) => `Changed ${formatPath(change.path)}: ${change.summary}`),
      after.lines[0] ?? "",
      "",
      "Jane Smith undoes it with revertEdit:",
      auditLine(undone),
      ...(back === undefined ? [] : [back.lines[0] ?? ""]),
    ],
    data: {
      edit,
      refused: auditData(refused),
      done: auditData(done),
      changes,
      after: after.data,
      undone: auditData(undone),
      back: back?.data ?? null,
    },
  };
}

/** Part 6: an admin turns patient-initiated messaging off; nothing routes and the portal hides "New Message". */
export function messagingOff(practice: Practice): DemoSection {
  const edit: Edit = { type: "set_messaging", enabled: false };
  const result = applyEdit(practice, edit, { actor: ADMIN, at: DEMO_TIMES.off });
  const title = "An admin turns patient messaging off";
  if (!result.ok) return { title, lines: [auditLine(result)], data: { edit, result: auditData(result) } };
  const after = resolveAndExplain(result.practice, "appointments", DEMO_TIMES.off);
  const view = patientMessagingView(result.practice, { providerId: PROVIDER, at: DEMO_TIMES.off });
  return {
    title,
    lines: [
      `Jane Smith applies ${JSON.stringify(edit)}`,
      auditLine(result),
      ...after.lines,
      `The portal now shows "New Message": ${view.canStartMessage ? "yes" : "no"}; replies allowed: ${view.canReply ? "yes" : "no"}.`,
    ],
    data: { edit, result: auditData(result), after: after.data, view },
  };
}
