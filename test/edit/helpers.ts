import { applyEdit } from "../../src/edit/applyEdit.js";
import type { Edit } from "../../src/edit/types.js";
import type { Practice } from "../../src/model/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";

/** Whether every object and array reachable from `value` is frozen. */
export function isDeeplyFrozen(value: unknown): boolean {
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null || seen.has(node)) continue;
    seen.add(node);
    if (!Object.isFrozen(node)) return false;
    for (const key of Object.keys(node)) stack.push((node as Record<string, unknown>)[key]);
  }
  return true;
}

/** The id of an active admin (every valid practice has one). */
export function activeAdmin(practice: Practice): string {
  const id = Object.keys(practice.members).find((key) => {
    const member = practice.members[key];
    return member?.admin === true && member.active;
  });
  if (id === undefined) throw new Error("no active admin");
  return id;
}

/** Member ids that may not edit: staff and providers without admin rights, inactive admins. */
export function nonAdmins(practice: Practice): string[] {
  return Object.keys(practice.members).filter((key) => {
    const member = practice.members[key];
    return !(member?.admin === true && member.active);
  });
}

export const AT = "2026-05-01T09:00:00Z";

/** The audit summary of `edit` on the sample practice, or the error when it is refused. */
export function outcome(edit: Edit, actor = "jsmith", practice: Practice = samplePractice()): unknown {
  const result = applyEdit(practice, edit, { actor, at: AT });
  return result.ok ? result.audit.summary : result.error;
}

/** The practice after `edit` on the sample practice; throws when refused. */
export function applied(edit: Edit, practice: Practice = samplePractice()): Practice {
  const result = applyEdit(practice, edit, { actor: "jsmith", at: AT });
  if (!result.ok) throw new Error(`refused: ${result.error.message}`);
  return result.practice;
}

/** The sample practice with two locations, a North table and Kim Jones working at North. */
export function sitedPractice(): Practice {
  const edits: Edit[] = [
    { type: "upsert_location", id: "north", location: { name: "North clinic" } },
    { type: "upsert_location", id: "south", location: { name: "South clinic" } },
    {
      type: "set_route",
      table: "location",
      locationId: "north",
      category: "appointments",
      recipients: [{ type: "member", id: "kjones" }],
    },
    {
      type: "upsert_member",
      id: "kjones",
      member: { name: "Kim Jones", role: "staff", admin: false, active: true, locations: ["north"] },
    },
  ];
  return edits.reduce((practice, edit) => applied(edit, practice), samplePractice());
}
