import { describe, expect, it } from "vitest";
import { validateFhir } from "./fhirSchema.js";

// The validator the other tests rely on must be able to say no.
describe("validateFhir", () => {
  it("accepts a minimal Task and rejects what R4 forbids", () => {
    const task = { resourceType: "Task", status: "requested", intent: "order" };
    expect(validateFhir(task)).toBe(true);
    expect(validateFhir({ ...task, status: "started" })).toBe(false);
    expect(validateFhir({ ...task, id: "a_b" })).toBe(false);
    expect(validateFhir({ ...task, owner: { reference: "PractitionerRole/a", kind: "x" } })).toBe(false);
    expect(validateFhir({ ...task, unknownField: 1 })).toBe(false);
    expect(validateFhir({ resourceType: "NotAResource" })).toBe(false);
  });

  it("checks the resources inside a Bundle", () => {
    const bundle = (id: string) => ({
      resourceType: "Bundle",
      type: "collection",
      entry: [{ resource: { resourceType: "Practitioner", id } }],
    });
    expect(validateFhir(bundle("ok-1.2"))).toBe(true);
    expect(validateFhir(bundle("not ok"))).toBe(false);
    expect(validateFhir({ ...bundle("a"), type: "pile" })).toBe(false);
  });
});
