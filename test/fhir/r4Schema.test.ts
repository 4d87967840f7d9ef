// Every output of the FHIR export against the official R4 JSON Schema. The schema takes seconds to compile, so
// every check that needs it lives in this one file and compiles it once.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { AuditEntry } from "../../src/edit/types.js";
import { auditToProvenance } from "../../src/fhir/auditToProvenance.js";
import { practiceToFhir } from "../../src/fhir/practiceToFhir.js";
import { resolutionToFhir } from "../../src/fhir/resolutionToFhir.js";
import { resolveRecipients } from "../../src/resolve/resolveRecipients.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { auditEntries, resolutionCases } from "./cases.js";
import { expectValidFhir, validateFhir } from "./fhirSchema.js";
import { RUNS, sampleWithSite, withSitesArbitrary } from "./support.js";

const practices = practiceArbitrary().chain(withSitesArbitrary);
const optionsArb = fc.record(
  {
    baseUrl: fc.constantFrom("https://fhir.example.com/R4", "https://fhir.example.com/R4/"),
    codeSystemUrl: fc.constant("https://example.com/cs"),
  },
  { requiredKeys: [] },
);
const communication = { reference: "Communication/c-1" };
const patient = { reference: "Patient/p-1", display: "A patient" };

describe("the official R4 schema", () => {
  // The validator the other checks rely on must be able to say no.
  it("accepts a minimal Task and rejects what R4 forbids", () => {
    const task = { resourceType: "Task", status: "requested", intent: "order" };
    expect(validateFhir(task)).toBe(true);
    expect(validateFhir({ ...task, status: "started" })).toBe(false);
    expect(validateFhir({ ...task, id: "a_b" })).toBe(false);
    expect(validateFhir({ ...task, owner: { reference: "PractitionerRole/a", kind: "x" } })).toBe(false);
    expect(validateFhir({ ...task, unknownField: 1 })).toBe(false);
    expect(validateFhir({ resourceType: "NotAResource" })).toBe(false);
    const bundle = (id: string) => ({
      resourceType: "Bundle",
      type: "collection",
      entry: [{ resource: { resourceType: "Practitioner", id } }],
    });
    expect(validateFhir(bundle("ok-1.2"))).toBe(true);
    expect(validateFhir(bundle("not ok"))).toBe(false);
    expect(validateFhir({ ...bundle("a"), type: "pile" })).toBe(false);
  });

  it("accepts the sample practice's Bundle, Tasks and Provenance", () => {
    const practice = sampleWithSite();
    expectValidFhir(practiceToFhir(practice));
    const resolution = resolveRecipients(practice, { category: "appointments", at: "2026-11-20T15:00:00Z" });
    const { tasks } = resolutionToFhir(practice, resolution, { communication, patient, mode: "pool_task" });
    expect(tasks.map((task) => task.performerType?.[0]?.text)).toEqual(["Front Desk"]);
    for (const task of tasks) expectValidFhir(task);
  });

  test.prop([practices, optionsArb], RUNS)("accepts every practice's Bundle", (practice, options) => {
    const bundle = practiceToFhir(practice, options);
    expectValidFhir(bundle);
    const counts = { members: Object.keys(practice.members).length, groups: Object.keys(practice.groups).length };
    const locations = Object.keys(practice.locations ?? {}).length;
    expect(bundle.entry.length).toBe(2 + locations + 2 * counts.members + counts.groups);
    const addresses = bundle.entry.map(({ resource }) => `${resource.resourceType}/${resource.id}`);
    expect(new Set(addresses).size).toBe(addresses.length);
    for (const entry of bundle.entry) {
      const address = `https://fhir.example.com/R4/${entry.resource.resourceType}/${entry.resource.id}`;
      expect(entry.fullUrl).toBe(options.baseUrl === undefined ? undefined : address);
    }
  });

  test.prop([resolutionCases], RUNS)("accepts every resolution's Tasks, in both modes", ([practice, resolution]) => {
    for (const mode of ["task_per_recipient", "pool_task"] as const) {
      const { tasks } = resolutionToFhir(practice, resolution, { communication, patient, mode });
      for (const task of tasks) expectValidFhir(task);
    }
  });

  test.prop([auditEntries], RUNS)("accepts every audit entry's Provenance", ([practice, entry]) => {
    fc.pre(entry !== undefined);
    expectValidFhir(auditToProvenance(practice, entry as AuditEntry, { target: { reference: "Basic/settings" } }));
  });
});
