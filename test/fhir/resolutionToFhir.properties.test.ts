import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { practiceToFhir } from "../../src/fhir/practiceToFhir.js";
import { resolutionToFhir } from "../../src/fhir/resolutionToFhir.js";
import type { Practice } from "../../src/model/types.js";
import { resolutionCases } from "./cases.js";
import { RUNS } from "./support.js";

const COMMUNICATION = { reference: "Communication/c-1" };
const PATIENT = { reference: "Patient/p-1", display: "A patient" };

/** The role references the Bundle gives each member. */
function roleReferences(practice: Practice): Map<string, string> {
  const ids = Object.keys(practice.members).sort();
  const roles = practiceToFhir(practice).entry.filter(({ resource }) => resource.resourceType === "PractitionerRole");
  return new Map(ids.map((id, index) => [id, `PractitionerRole/${roles[index]?.resource.id}`]));
}

describe("resolutionToFhir", () => {
  test.prop([resolutionCases], RUNS)(
    "task_per_recipient: the recipients in order, one owned Task each, ",
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
        expect(task.performerType).toBeUndefined();
        expect([task.focus, task.for]).toEqual([COMMUNICATION, PATIENT]);
      }
      const identifiers = tasks.map((task) => task.identifier[0]?.value);
      expect(new Set(identifiers).size).toBe(tasks.length);
    },
  );

  test.prop([resolutionCases], RUNS)(
    "pool_task: one unowned Task per pool naming its group, one owned Task per recipient in no pool, ",
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
        expect(task.for).toBeUndefined();
      }
    },
  );

  test.prop([resolutionCases], RUNS)(
    "gives the same answer twice and leaves its inputs alone",
    ([practice, resolution]) => {
      const options = { communication: { identifier: { system: "urn:x", value: "m-1" } }, mode: "pool_task" } as const;
      const texts = [JSON.stringify(practice), JSON.stringify(resolution), JSON.stringify(options)];
      const first = resolutionToFhir(practice, resolution, options);
      expect(resolutionToFhir(practice, resolution, options)).toEqual(first);
      expect([JSON.stringify(practice), JSON.stringify(resolution), JSON.stringify(options)]).toEqual(texts);
      for (const task of first.tasks) expect(task.focus).not.toBe(options.communication); // fresh copies
    },
  );
});
