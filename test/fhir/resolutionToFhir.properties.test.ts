import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { practiceToFhir } from "../../src/fhir/practiceToFhir.js";
import { resolutionToFhir } from "../../src/fhir/resolutionToFhir.js";
import type { Practice } from "../../src/model/types.js";
import { resolveRecipients } from "../../src/resolve/resolveRecipients.js";
import type { Resolution } from "../../src/resolve/types.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { resolveInputArbitrary } from "../../src/testing/resolveInputArbitrary.js";
import { expectValidFhir } from "./fhirSchema.js";
import { RUNS, withSitesArbitrary } from "./support.js";

interface Pool {
  readonly groupId: string;
  readonly members: readonly string[];
}

/**
 * A practice, a resolution of it, and pools for that resolution: the resolver's own when it has them, else
 * pools drawn from the practice's groups (each the group's members among the recipients), so `pool_task` is
 * exercised whether or not the practice has pool groups.
 */
const cases = practiceArbitrary({ messaging: "on", disabledCategories: false })
  .chain(withSitesArbitrary)
  .chain((practice) =>
    fc.tuple(
      fc.constant(practice),
      fc.oneof(resolveInputArbitrary(practice), resolveInputArbitrary(practice, { patient: true })),
      fc.subarray(Object.keys(practice.groups)),
    ),
  )
  .map(([practice, input, groupIds]): [Practice, Resolution, readonly Pool[]] => {
    const resolution = resolveRecipients(practice, { ...input, at: input.at ?? "2026-06-01T12:00:00Z" });
    const own = (resolution as { pools?: readonly Pool[] }).pools;
    if (!resolution.ok || (own !== undefined && own.length > 0)) return [practice, resolution, own ?? []];
    const pools = groupIds
      .map((groupId) => ({
        groupId,
        members: resolution.recipients.filter((id) => practice.groups[groupId]?.members.includes(id)),
      }))
      .filter((pool) => pool.members.length > 0);
    return [practice, { ...resolution, pools } as Resolution, pools];
  });

const COMMUNICATION = { reference: "Communication/c-1" };
const PATIENT = { reference: "Patient/p-1", display: "A patient" };

/** The role references the Bundle gives each member. */
function roleReferences(practice: Practice): Map<string, string> {
  const ids = Object.keys(practice.members).sort();
  const roles = practiceToFhir(practice).entry.filter(({ resource }) => resource.resourceType === "PractitionerRole");
  return new Map(ids.map((id, index) => [id, `PractitionerRole/${roles[index]?.resource.id}`]));
}

describe("resolutionToFhir", () => {
  test.prop([cases], RUNS)(
    "task_per_recipient: the recipients in order, one owned Task each, valid R4",
    ([practice, resolution]) => {
      const { recipient, tasks } = resolutionToFhir(practice, resolution, {
        communication: COMMUNICATION,
        patient: PATIENT,
        mode: "task_per_recipient",
      });
      const refs = roleReferences(practice);
      const expected = resolution.ok ? resolution.recipients.map((id) => refs.get(id)) : [];
      expect(recipient.map((ref) => ref.reference)).toEqual(expected);
      expect(tasks.map((task) => task.owner?.reference)).toEqual(expected);
      for (const task of tasks) {
        expectValidFhir(task);
        expect(task.performerType).toBeUndefined();
        expect([task.focus, task.for]).toEqual([COMMUNICATION, PATIENT]);
      }
      const identifiers = tasks.map((task) => task.identifier[0]?.value);
      expect(new Set(identifiers).size).toBe(tasks.length);
    },
  );

  test.prop([cases], RUNS)(
    "pool_task: one unowned Task per pool naming its group, one owned Task per recipient in no pool, valid R4",
    ([practice, resolution, pools]) => {
      const result = resolutionToFhir(practice, resolution, { communication: COMMUNICATION, mode: "pool_task" });
      const refs = roleReferences(practice);
      const pooled = new Set(pools.flatMap((pool) => pool.members));
      const alone = resolution.ok ? resolution.recipients.filter((id) => !pooled.has(id)) : [];
      expect(result.recipient.map((ref) => ref.reference)).toEqual(
        resolution.ok ? resolution.recipients.map((id) => refs.get(id)) : [],
      );
      expect(result.tasks.length).toBe(pools.length + alone.length);
      const owned = result.tasks.filter((task) => task.owner !== undefined);
      const shared = result.tasks.filter((task) => task.owner === undefined);
      expect(owned.map((task) => task.owner?.reference)).toEqual(alone.map((id) => refs.get(id)));
      expect(shared.map((task) => task.performerType?.[0]?.coding?.[0]?.code).sort()).toEqual(
        pools.map((pool) => pool.groupId).sort(),
      );
      for (const task of result.tasks) {
        expectValidFhir(task);
        expect(task.for).toBeUndefined();
      }
    },
  );

  test.prop([cases], RUNS)("gives the same answer twice and leaves its inputs alone", ([practice, resolution]) => {
    const options = { communication: { identifier: { system: "urn:x", value: "m-1" } }, mode: "pool_task" } as const;
    const texts = [JSON.stringify(practice), JSON.stringify(resolution), JSON.stringify(options)];
    const first = resolutionToFhir(practice, resolution, options);
    expect(resolutionToFhir(practice, resolution, options)).toEqual(first);
    expect([JSON.stringify(practice), JSON.stringify(resolution), JSON.stringify(options)]).toEqual(texts);
    for (const task of first.tasks) expect(task.focus).not.toBe(options.communication); // fresh copies
  });
});
