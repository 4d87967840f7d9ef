import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { applyEdit } from "../../src/edit/applyEdit.js";
import { edits } from "../../src/edit/edits.js";
import { revertEdit } from "../../src/edit/revertEdit.js";
import type { AuditEntry, EditContext } from "../../src/edit/types.js";
import { auditToProvenance } from "../../src/fhir/auditToProvenance.js";
import type { Practice } from "../../src/model/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { editArbitrary } from "../../src/testing/editArbitrary.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { expectValidFhir } from "./fhirSchema.js";
import { RUNS } from "./support.js";

const target = { reference: "Basic/practice-settings" };
const AT = "2026-05-01T09:00:00Z";

/** The practice's first active admin (generated practices always have one). */
const adminOf = (practice: Practice) =>
  Object.keys(practice.members).find((id) => practice.members[id]?.admin && practice.members[id]?.active) as string;

/**
 * Audit entries of generated edits: by an admin or by a system actor, applied to a generated practice, and
 * sometimes reverted (a revert's entry carries a RevertRecord). Refused edits leave no entry.
 */
const entries = practiceArbitrary()
  .chain((practice) => fc.tuple(fc.constant(practice), editArbitrary(practice), fc.boolean(), fc.boolean()))
  .map(([practice, edit, bySystem, revert]): [Practice, AuditEntry | undefined] => {
    const context: EditContext = bySystem
      ? { actor: { system: "hr-sync" }, at: AT, allowSystemActors: true }
      : { actor: adminOf(practice), at: AT };
    const result = applyEdit(practice, edit, context);
    if (!result.ok) return [practice, undefined];
    if (!revert) return [result.practice, result.audit];
    const undone = revertEdit(result.practice, result, { ...context, at: "2026-05-02T10:30:00.5+02:00" });
    return undone.ok ? [undone.practice, undone.audit] : [result.practice, result.audit];
  });

describe("auditToProvenance", () => {
  test.prop([entries], RUNS)(
    "gives a Provenance the official R4 schema accepts, the same twice",
    ([practice, entry]) => {
      fc.pre(entry !== undefined);
      const audit = entry as AuditEntry;
      const text = JSON.stringify([practice, audit]);
      const provenance = auditToProvenance(practice, audit, { target });
      expectValidFhir(provenance);
      expect(auditToProvenance(practice, audit, { target })).toEqual(provenance);
      expect(JSON.stringify([practice, audit])).toBe(text);
      expect([provenance.recorded, provenance.activity.coding?.[0]?.code]).toEqual([audit.at, audit.edit.type]);
      expect(provenance.extension).toEqual([
        { url: "urn:patient-message-routing:revision", valueInteger: audit.revision },
      ]);
    },
  );

  it("writes an admin's edit with the admin as author", () => {
    const practice = samplePractice();
    const result = applyEdit(practice, edits.setMessaging({ enabled: false }), { actor: "jsmith", at: AT });
    if (!result.ok) throw new Error("the sample edit was refused");
    expect(auditToProvenance(result.practice, result.audit, { target })).toMatchInlineSnapshot(`
      {
        "activity": {
          "coding": [
            {
              "code": "set_messaging",
              "system": "urn:patient-message-routing:edit-type",
            },
          ],
          "text": "Jane Smith turned patient-initiated messaging off.",
        },
        "agent": [
          {
            "onBehalfOf": {
              "display": "Enterprise Family Medicine",
              "reference": "Organization/enterprise-family-medicine",
            },
            "type": {
              "coding": [
                {
                  "code": "author",
                  "display": "Author",
                  "system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                },
              ],
            },
            "who": {
              "display": "Jane Smith",
              "reference": "PractitionerRole/jsmith",
            },
          },
        ],
        "extension": [
          {
            "url": "urn:patient-message-routing:revision",
            "valueInteger": 1,
          },
        ],
        "id": "enterprise-family-medicine-r1-ee204b21fc93caa9",
        "occurredDateTime": "2026-05-01T09:00:00.000Z",
        "recorded": "2026-05-01T09:00:00.000Z",
        "resourceType": "Provenance",
        "target": [
          {
            "reference": "Basic/practice-settings",
          },
        ],
      }
    `);
  });

  it("writes a system actor as a Device identifier, and a revert with the edit type revert", () => {
    const practice = samplePractice();
    const context = { actor: { system: "hr-sync" }, at: AT, allowSystemActors: true } as const;
    const result = applyEdit(practice, edits.setMemberActive({ id: "kjones", active: false }), context);
    if (!result.ok) throw new Error("the sample edit was refused");
    const undone = revertEdit(result.practice, result, context);
    if (!undone.ok) throw new Error("the revert was refused");
    const provenance = auditToProvenance(undone.practice, undone.audit, {
      target,
      baseUrl: "https://fhir.example.com/R4",
    });
    expect([provenance.id, provenance.activity, provenance.agent]).toMatchInlineSnapshot(`
      [
        "enterprise-family-medicine-r2-134cbf28fdecf45c",
        {
          "coding": [
            {
              "code": "revert",
              "system": "urn:patient-message-routing:edit-type",
            },
          ],
          "text": "System hr-sync undid: System hr-sync deactivated Kim Jones.",
        },
        [
          {
            "onBehalfOf": {
              "display": "Enterprise Family Medicine",
              "reference": "https://fhir.example.com/R4/Organization/enterprise-family-medicine",
            },
            "type": {
              "coding": [
                {
                  "code": "author",
                  "display": "Author",
                  "system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                },
              ],
            },
            "who": {
              "display": "hr-sync",
              "identifier": {
                "system": "urn:patient-message-routing:system-actor",
                "value": "hr-sync",
              },
              "type": "Device",
            },
          },
        ],
      ]
    `);
    expect(provenance.id).not.toBe(auditToProvenance(result.practice, result.audit, { target }).id);
  });
});
