import type { MessageCategory } from "../../src/model/categories.js";
import type { Coverage, Member, Practice, Recipient } from "../../src/model/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";

/** The sample practice with default cells that reach someone: no issues at all. */
export function cleanPractice(): Practice {
  const sample = samplePractice();
  return {
    ...sample,
    defaultRouting: {
      ...sample.defaultRouting,
      test_results: [{ type: "assigned_provider" }, { type: "group", id: "nurses" }],
      health_question: [{ type: "assigned_provider" }, { type: "member", id: "lpatel" }],
    },
  };
}

/** `cleanPractice()` with some top-level fields replaced. */
export function practiceWith(changes: Partial<Practice>): Practice {
  return { ...cleanPractice(), ...changes };
}

/** `cleanPractice()` with one member changed. */
export function withMember(id: string, changes: Partial<Member>): Practice {
  const base = cleanPractice();
  const member = base.members[id] ?? { name: id, role: "staff", admin: false, active: true };
  return { ...base, members: { ...base.members, [id]: { ...member, ...changes } } };
}

/** `cleanPractice()` with one cell of Beverly Crusher's table replaced. */
export function withCrusherCell(category: MessageCategory, cell: readonly Recipient[]): Practice {
  const base = cleanPractice();
  return { ...base, routing: { ...base.routing, crusher: { ...base.routing.crusher, [category]: cell } } };
}

/** `cleanPractice()` with these coverage entries instead of c1. */
export function withCoverage(coverage: Record<string, Coverage>): Practice {
  return practiceWith({ coverage });
}

export { away, messyPracticeArbitrary } from "../support/practices.js";
