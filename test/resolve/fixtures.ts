// Practices for example tests, derived from the sample practice.
import { deepFreeze } from "../../src/internal/freeze.js";
import type { Coverage, Member, Practice } from "../../src/model/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";

/** The sample practice with some top-level fields replaced. */
export function samplePracticeWith(changes: Partial<Practice>): Practice {
  return deepFreeze({ ...samplePractice(), ...changes });
}

/** A staff member. */
export function staff(name: string, options: Partial<Member> = {}): Member {
  return { name, role: "staff", admin: false, active: true, ...options };
}

/** An absence of `member` covered by `coveredBy` for the whole of December 2026. */
export function awayInDecember(member: string, coveredBy: string): Coverage {
  return { member, coveredBy, from: "2026-12-01T00:00:00Z", until: "2027-01-01T00:00:00Z" };
}

/** A moment outside every absence of the sample practice, while it is open (Friday 10:00 in New York). */
export const NOVEMBER = "2026-11-20T15:00:00Z";
/** A moment inside coverage c1 of the sample practice (Jane Smith away, Kim Jones covers), while it is open. */
export const DECEMBER_3 = "2026-12-03T15:00:00Z";

/** The sample practice without its time settings: always open, no promise, no after-hours table (as version 1). */
export function alwaysOpenSample(): Practice {
  const { schedule, afterHoursRouting, ...practice } = samplePractice();
  const { responseBusinessDays, ...messaging } = practice.messaging;
  return deepFreeze({ ...practice, timeZone: "UTC", messaging });
}

/** The sample practice's members with one member changed. */
export function membersWith(id: string, changes: Partial<Member>): Practice["members"] {
  const members = samplePractice().members;
  const member = members[id];
  if (member === undefined) throw new Error(`The sample practice has no member ${id}.`);
  return { ...members, [id]: { ...member, ...changes } };
}
