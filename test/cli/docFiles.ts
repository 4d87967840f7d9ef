// The files the examples of docs/cli.md read.
import { serializePractice } from "../../src/serialize/serializePractice.js";
import { sitesPractice } from "../present/sitesPractice.js";
import { SAMPLE_JSON, sampleWith } from "./harness.js";

const sample = JSON.parse(SAMPLE_JSON);
/** The files the examples of docs/cli.md read, by name. */
export const FILES: Readonly<Record<string, string>> = {
  "practice.json": SAMPLE_JSON,
  "after.json": sampleWith({
    revision: 1,
    messaging: { ...sample.messaging, disabledCategories: ["general_inquiry"] },
    routing: {
      ...sample.routing,
      crusher: { ...sample.routing.crusher, referrals: [{ type: "member", id: "lpatel" }] },
    },
  }),
  "broken.json": sampleWith({
    defaultRouting: { ...sample.defaultRouting, appointments: [{ type: "member", id: "kx" }] },
    groups: { ...sample.groups, nurses: { name: "Nurses", members: ["mreyes", "lpatel"] } },
  }),
  "off.json": sampleWith({ messaging: { ...sample.messaging, patientInitiated: false } }),
  "partial.json": '{"schemaVersion":1,"id":"x"}\n',
  "bad.json": '{\n  "id": "x",\n}',
  "bom.json": "\uFEFF{}",
  "patient.json": '{"careTeam": ["lpatel"], "excludedMembers": ["kjones"], "blocked": ["appointments"]}\n',
  "sites.json": serializePractice(sitesPractice()),
  "harbor-patient.json": '{"id": "patient-4711"}\n',
  "showing.json": sampleWith({
    messaging: { ...sample.messaging, showRecipientsToPatients: true },
    groups: { ...sample.groups, nurses: { ...sample.groups.nurses, patientLabel: "Nursing team" } },
    routing: { ...sample.routing, crusher: { ...sample.routing.crusher, referrals: [{ type: "care_team" }] } },
  }),
};
