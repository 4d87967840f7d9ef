import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { applyEdit } from "../../src/edit/applyEdit.js";
import { edits } from "../../src/edit/edits.js";
import { revertEdit } from "../../src/edit/revertEdit.js";
import type { AuditEntry } from "../../src/edit/types.js";
import { auditToProvenance } from "../../src/fhir/index.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { auditEntries } from "./cases.js";
import { RUNS } from "./support.js";

const target = { reference: "Basic/practice-settings" };
const AT = "2026-05-01T09:00:00Z";

describe("auditToProvenance", () => {
  test.prop([auditEntries], RUNS)(
    "gives the same Provenance twice, with the entry's time, edit type and revision",
    ([practice, entry]) => {
      fc.pre(entry !== undefined);
      const audit = entry as AuditEntry;
      const text = JSON.stringify([practice, audit]);
      const provenance = auditToProvenance(practice, audit, { target });
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
