import { describe, expect, it } from "vitest";
import { resolutionToFhir } from "../../src/fhir/index.js";
import { resolveRecipients } from "../../src/resolve/resolveRecipients.js";
import type { Resolution } from "../../src/resolve/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { sampleWithSite } from "./support.js";

const practice = samplePractice();
// A patient without a provider asks about an appointment: the front desk (Jane Smith, Kim Jones) receives it.
const resolution = resolveRecipients(practice, { category: "appointments", at: "2026-11-20T15:00:00Z" });
// The same with the front desk as a pool: one shared copy for both.
const pooled = resolveRecipients(sampleWithSite(), { category: "appointments", at: "2026-11-20T15:00:00Z" });
const communication = { reference: "Communication/msg-1" };
const patient = { reference: "Patient/pat-1" };

describe("resolutionToFhir", () => {
  it("gives one owned Task per recipient", () => {
    const result = resolutionToFhir(practice, resolution, { communication, patient, mode: "task_per_recipient" });
    expect(result).toMatchInlineSnapshot(`
      {
        "recipient": [
          {
            "display": "Jane Smith",
            "reference": "PractitionerRole/jsmith",
          },
          {
            "display": "Kim Jones",
            "reference": "PractitionerRole/kjones",
          },
        ],
        "tasks": [
          {
            "focus": {
              "reference": "Communication/msg-1",
            },
            "for": {
              "reference": "Patient/pat-1",
            },
            "identifier": [
              {
                "system": "urn:patient-message-routing:task",
                "value": "Communication/msg-1#member/jsmith",
              },
            ],
            "intent": "order",
            "owner": {
              "display": "Jane Smith",
              "reference": "PractitionerRole/jsmith",
            },
            "resourceType": "Task",
            "status": "requested",
          },
          {
            "focus": {
              "reference": "Communication/msg-1",
            },
            "for": {
              "reference": "Patient/pat-1",
            },
            "identifier": [
              {
                "system": "urn:patient-message-routing:task",
                "value": "Communication/msg-1#member/kjones",
              },
            ],
            "intent": "order",
            "owner": {
              "display": "Kim Jones",
              "reference": "PractitionerRole/kjones",
            },
            "resourceType": "Task",
            "status": "requested",
          },
        ],
      }
    `);
  });

  it("gives one unowned Task for a pool, naming the pool's group", () => {
    expect(pooled.ok && pooled.pools).toEqual([{ groupId: "front-desk", members: ["jsmith", "kjones"] }]);
    const result = resolutionToFhir(sampleWithSite(), pooled, { communication, patient, mode: "pool_task" });
    expect(result.tasks).toMatchInlineSnapshot(`
      [
        {
          "extension": [
            {
              "url": "urn:patient-message-routing:pool-group",
              "valueReference": {
                "display": "Front Desk",
                "reference": "Group/front-desk",
              },
            },
          ],
          "focus": {
            "reference": "Communication/msg-1",
          },
          "for": {
            "reference": "Patient/pat-1",
          },
          "identifier": [
            {
              "system": "urn:patient-message-routing:task",
              "value": "Communication/msg-1#pool/front-desk",
            },
          ],
          "intent": "order",
          "performerType": [
            {
              "coding": [
                {
                  "code": "front-desk",
                  "display": "Front Desk",
                  "system": "urn:patient-message-routing:group",
                },
              ],
              "text": "Front Desk",
            },
          ],
          "resourceType": "Task",
          "status": "requested",
        },
      ]
    `);
    expect(result.recipient.map((ref) => ref.reference)).toEqual([
      "PractitionerRole/jsmith",
      "PractitionerRole/kjones",
    ]);
  });

  it("keeps a recipient in no pool as an owned Task, in recipient order", () => {
    const mixed = {
      ...resolution,
      recipients: ["oselkin", "jsmith", "kjones"],
      pools: [{ groupId: "front-desk", members: ["jsmith", "kjones"] }],
    } as Resolution;
    const { tasks } = resolutionToFhir(practice, mixed, { communication, mode: "pool_task" });
    expect(tasks.map((task) => task.owner?.reference ?? task.performerType?.[0]?.text)).toEqual([
      "PractitionerRole/oselkin",
      "Front Desk",
    ]);
  });

  it("gives nothing for a failed resolution", () => {
    const refused = resolveRecipients(practice, { category: "nonsense" });
    for (const mode of ["task_per_recipient", "pool_task"] as const) {
      expect(resolutionToFhir(practice, refused, { communication, mode })).toEqual({ recipient: [], tasks: [] });
    }
  });

  it("makes identifiers from a Communication identifier, and absolute references with a baseUrl", () => {
    const { tasks } = resolutionToFhir(practice, resolution, {
      communication: { identifier: { system: "urn:portal", value: "m-9" } },
      mode: "task_per_recipient",
      baseUrl: "https://fhir.example.com/R4",
    });
    expect(tasks.map((task) => [task.identifier[0]?.value, task.owner?.reference])).toEqual([
      ["urn:portal|m-9#member/jsmith", "https://fhir.example.com/R4/PractitionerRole/jsmith"],
      ["urn:portal|m-9#member/kjones", "https://fhir.example.com/R4/PractitionerRole/kjones"],
    ]);
  });

  it("throws a TypeError for a Communication with neither reference nor identifier", () => {
    expect(() =>
      resolutionToFhir(practice, resolution, { communication: { display: "Secret text" }, mode: "pool_task" }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: resolutionToFhir: options.communication needs a reference or an identifier.]`,
    );
  });
});
