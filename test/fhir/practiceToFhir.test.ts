import { describe, expect, it } from "vitest";
import { practiceToFhir } from "../../src/fhir/index.js";
import type { Practice } from "../../src/model/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { sampleWithSite } from "./support.js";

const resourceOf = (practice: Practice, type: string, id?: string) =>
  practiceToFhir(practice).entry.find(
    ({ resource }) => resource.resourceType === type && (id === undefined || resource.id === id),
  )?.resource;

describe("practiceToFhir", () => {
  it("lists the resources in a fixed order", () => {
    const bundle = practiceToFhir(sampleWithSite());
    expect(bundle.entry.map(({ resource }) => `${resource.resourceType}/${resource.id}`)).toMatchInlineSnapshot(`
      [
        "Organization/enterprise-family-medicine",
        "CodeSystem/message-category",
        "Location/north",
        "Practitioner/crusher",
        "PractitionerRole/crusher",
        "Practitioner/jsmith",
        "PractitionerRole/jsmith",
        "Practitioner/kjones",
        "PractitionerRole/kjones",
        "Practitioner/lpatel",
        "PractitionerRole/lpatel",
        "Practitioner/mreyes",
        "PractitionerRole/mreyes",
        "Practitioner/oselkin",
        "PractitionerRole/oselkin",
        "Group/front-desk",
        "Group/nurses",
        "Group/on-call",
      ]
    `);
    expect([bundle.id, bundle.identifier, bundle.type]).toMatchInlineSnapshot(`
      [
        "enterprise-family-medicine-r0",
        {
          "system": "urn:patient-message-routing:practice",
          "value": "enterprise-family-medicine@0",
        },
        "collection",
      ]
    `);
  });

  it("writes the practice as an Organization with its time zone, and the categories as a CodeSystem", () => {
    expect(resourceOf(sampleWithSite(), "Organization")).toMatchInlineSnapshot(`
      {
        "active": true,
        "extension": [
          {
            "url": "urn:patient-message-routing:time-zone",
            "valueCode": "America/New_York",
          },
        ],
        "id": "enterprise-family-medicine",
        "name": "Enterprise Family Medicine",
        "resourceType": "Organization",
      }
    `);
    expect(resourceOf(sampleWithSite(), "CodeSystem")).toMatchInlineSnapshot(`
      {
        "caseSensitive": true,
        "concept": [
          {
            "code": "appointments",
            "display": "Appointments",
          },
          {
            "code": "referrals",
            "display": "Referrals",
          },
          {
            "code": "prescriptions",
            "display": "Prescriptions & Refills",
          },
          {
            "code": "test_results",
            "display": "Lab or Other Test Results",
          },
          {
            "code": "general_inquiry",
            "display": "General Inquiry",
          },
          {
            "code": "health_question",
            "display": "Question About My Health",
          },
        ],
        "content": "complete",
        "count": 6,
        "id": "message-category",
        "name": "MessageCategory",
        "resourceType": "CodeSystem",
        "status": "active",
        "title": "Patient message categories",
        "url": "urn:patient-message-routing:message-category",
      }
    `);
  });

  it("writes a location as a Location", () => {
    expect(resourceOf(sampleWithSite(), "Location")).toMatchInlineSnapshot(`
      {
        "id": "north",
        "managingOrganization": {
          "display": "Enterprise Family Medicine",
          "reference": "Organization/enterprise-family-medicine",
        },
        "mode": "instance",
        "name": "North Clinic",
        "resourceType": "Location",
        "status": "active",
      }
    `);
  });

  it("writes a member as a Practitioner and a PractitionerRole with hours, absences and closures", () => {
    expect(resourceOf(sampleWithSite(), "Practitioner", "crusher")).toMatchInlineSnapshot(`
      {
        "active": true,
        "id": "crusher",
        "name": [
          {
            "text": "Beverly Crusher",
          },
        ],
        "resourceType": "Practitioner",
      }
    `);
    expect(resourceOf(sampleWithSite(), "PractitionerRole", "crusher")).toMatchInlineSnapshot(`
      {
        "active": true,
        "availableTime": [
          {
            "availableEndTime": "12:00:00",
            "availableStartTime": "08:00:00",
            "daysOfWeek": [
              "mon",
              "tue",
              "wed",
              "thu",
              "fri",
            ],
          },
          {
            "availableEndTime": "17:00:00",
            "availableStartTime": "13:00:00",
            "daysOfWeek": [
              "mon",
              "tue",
              "wed",
              "thu",
              "fri",
            ],
          },
        ],
        "code": [
          {
            "coding": [
              {
                "code": "provider",
                "display": "Provider",
                "system": "urn:patient-message-routing:member-role",
              },
            ],
          },
        ],
        "id": "crusher",
        "location": [
          {
            "reference": "Location/north",
          },
        ],
        "notAvailable": [
          {
            "description": "Christmas Day",
            "during": {
              "end": "2026-12-26T05:00:00.000Z",
              "start": "2026-12-25T05:00:00.000Z",
            },
          },
        ],
        "organization": {
          "display": "Enterprise Family Medicine",
          "reference": "Organization/enterprise-family-medicine",
        },
        "practitioner": {
          "display": "Beverly Crusher",
          "reference": "Practitioner/crusher",
        },
        "resourceType": "PractitionerRole",
      }
    `);
    expect(resourceOf(sampleWithSite(), "PractitionerRole", "jsmith")).toMatchInlineSnapshot(`
      {
        "active": true,
        "availableTime": [
          {
            "availableEndTime": "12:00:00",
            "availableStartTime": "08:00:00",
            "daysOfWeek": [
              "mon",
              "tue",
              "wed",
              "thu",
              "fri",
            ],
          },
          {
            "availableEndTime": "17:00:00",
            "availableStartTime": "13:00:00",
            "daysOfWeek": [
              "mon",
              "tue",
              "wed",
              "thu",
              "fri",
            ],
          },
        ],
        "code": [
          {
            "coding": [
              {
                "code": "staff",
                "display": "Staff",
                "system": "urn:patient-message-routing:member-role",
              },
            ],
          },
          {
            "coding": [
              {
                "code": "admin",
                "display": "Admin",
                "system": "urn:patient-message-routing:member-role",
              },
            ],
          },
        ],
        "id": "jsmith",
        "notAvailable": [
          {
            "description": "Absent, covered by Kim Jones",
            "during": {
              "end": "2026-12-08T00:00:00.000Z",
              "start": "2026-12-01T00:00:00.000Z",
            },
          },
          {
            "description": "Christmas Day",
            "during": {
              "end": "2026-12-26T05:00:00.000Z",
              "start": "2026-12-25T05:00:00.000Z",
            },
          },
        ],
        "organization": {
          "display": "Enterprise Family Medicine",
          "reference": "Organization/enterprise-family-medicine",
        },
        "practitioner": {
          "display": "Jane Smith",
          "reference": "Practitioner/jsmith",
        },
        "resourceType": "PractitionerRole",
      }
    `);
  });

  it("writes a group as a Group of PractitionerRoles with its delivery", () => {
    expect(resourceOf(sampleWithSite(), "Group", "front-desk")).toMatchInlineSnapshot(`
      {
        "actual": true,
        "code": {
          "coding": [
            {
              "code": "pool",
              "system": "urn:patient-message-routing:group-delivery",
            },
          ],
        },
        "id": "front-desk",
        "managingEntity": {
          "display": "Enterprise Family Medicine",
          "reference": "Organization/enterprise-family-medicine",
        },
        "member": [
          {
            "entity": {
              "display": "Jane Smith",
              "reference": "PractitionerRole/jsmith",
            },
          },
          {
            "entity": {
              "display": "Kim Jones",
              "reference": "PractitionerRole/kjones",
            },
          },
        ],
        "name": "Front Desk",
        "quantity": 2,
        "resourceType": "Group",
        "type": "practitioner",
      }
    `);
  });

  it("writes hours without a schedule as always available, and 24:00 as an open end", () => {
    const { schedule: _schedule, ...sample } = samplePractice();
    const role = (practice: Practice) => resourceOf(practice, "PractitionerRole", "kjones");
    expect(role(sample as Practice)).toHaveProperty("availableTime", [
      { daysOfWeek: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], allDay: true },
    ]);
    const late = {
      ...sample,
      schedule: { hours: { mon: [["00:00", "24:00"]], sat: [["20:00", "24:00"]] }, closures: {} },
    } as unknown as Practice;
    expect(role(late)).toHaveProperty("availableTime", [
      { daysOfWeek: ["mon"], allDay: true },
      { daysOfWeek: ["sat"], availableStartTime: "20:00:00" },
    ]);
  });

  it("makes references absolute and adds fullUrl with a baseUrl, and uses the given code system URL", () => {
    const bundle = practiceToFhir(samplePractice(), {
      baseUrl: "https://fhir.example.com/R4/",
      codeSystemUrl: "https://example.com/CodeSystem/message-category",
    });
    expect(bundle.entry[1]?.fullUrl).toBe("https://fhir.example.com/R4/CodeSystem/message-category");
    expect(bundle.entry[1]?.resource).toHaveProperty("url", "https://example.com/CodeSystem/message-category");
    expect(bundle.entry[3]?.resource).toHaveProperty("organization", {
      reference: "https://fhir.example.com/R4/Organization/enterprise-family-medicine",
      display: "Enterprise Family Medicine",
    });
  });

  it("makes R4 ids of any config id, distinct for distinct ids", () => {
    const sample = samplePractice();
    const member = sample.members.kjones;
    const ids = ["a.b", "a_b", "a:b", "a@b", "a-b", "x".repeat(128), `${"x".repeat(127)}y`];
    const practice = { ...sample, members: Object.fromEntries(ids.map((id) => [id, member])) } as Practice;
    const roles = practiceToFhir(practice).entry.filter(({ resource }) => resource.resourceType === "Practitioner");
    expect(roles.map(({ resource }) => resource.id)).toMatchInlineSnapshot(`
      [
        "a-b",
        "a.0b",
        "a.2b",
        "a.3b",
        "a.1b",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.h5a3e47dccd4e3896",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.h8f06a9d83bbd8f64",
      ]
    `);
  });

  it("writes names as R4 strings: other Unicode spaces become spaces", () => {
    const practice = { ...samplePractice(), name: "North\u00a0Clinic\u2028Team" };
    expect(resourceOf(practice, "Organization")).toHaveProperty("name", "North Clinic Team");
  });
});
