import { describe, expect, it } from "vitest";
import { parsePracticeJson } from "../../src/parse/parsePracticeJson.js";
import { resolveRecipients } from "../../src/resolve/resolveRecipients.js";
import { serializePractice } from "../../src/serialize/serializePractice.js";
import { ASSIGNED_PROVIDER } from "../../src/testing/builders/assignedProvider.js";
import { buildPractice } from "../../src/testing/builders/buildPractice.js";
import { CARE_TEAM } from "../../src/testing/builders/careTeam.js";
import { validatePractice } from "../../src/validate/validatePractice.js";

const patientPractice = () =>
  buildPractice({
    providers: { crusher: "Beverly Crusher" },
    staff: { jsmith: { name: "Jane Smith", admin: true }, kjones: "Kim Jones" },
    groups: { nurses: { name: "Nurses", members: ["kjones"], patientLabel: "Nursing team" } },
    routes: { crusher: { health_question: [CARE_TEAM, "nurses"] } },
    defaultRoute: { health_question: [CARE_TEAM, ASSIGNED_PROVIDER] },
    showRecipientsToPatients: true,
    eligibility: { visitWithinDays: 365, categories: { prescriptions: { visitWithinDays: 90 } } },
  });

describe("buildPractice and the patient settings", () => {
  it("builds care team cells, group labels, shown recipients and eligibility", () => {
    const practice = patientPractice();
    expect(practice.routing.crusher?.health_question).toEqual([{ type: "care_team" }, { type: "group", id: "nurses" }]);
    expect(practice.defaultRouting.health_question).toEqual([{ type: "care_team" }, { type: "assigned_provider" }]);
    expect(practice.groups.nurses).toEqual({ name: "Nurses", members: ["kjones"], patientLabel: "Nursing team" });
    expect(practice.messaging).toEqual({
      patientInitiated: true,
      patientReplies: true,
      disabledCategories: [],
      showRecipientsToPatients: true,
      eligibility: { visitWithinDays: 365, categories: { prescriptions: { visitWithinDays: 90 } } },
    });
    expect(Object.keys(practice.messaging)).toEqual([
      "patientInitiated",
      "patientReplies",
      "disabledCategories",
      "showRecipientsToPatients",
      "eligibility",
    ]);
    expect(validatePractice(practice).valid).toBe(true);
    expect(parsePracticeJson(serializePractice(practice))).toEqual({ ok: true, practice });
  });

  it("runs the CARE_TEAM example, and the constant stays frozen", () => {
    const practice = buildPractice({ defaultRoute: { health_question: [CARE_TEAM, ASSIGNED_PROVIDER] } });
    expect(practice.defaultRouting.health_question).toEqual([{ type: "care_team" }, { type: "assigned_provider" }]);
    expect(Object.isFrozen(CARE_TEAM)).toBe(true);
  });

  it("takes the patient settings from the messaging settings too, the shortcuts winning", () => {
    const eligibility = { visitWithinDays: 30 };
    const fromMessaging = buildPractice({ messaging: { showRecipientsToPatients: false, eligibility } });
    expect(fromMessaging.messaging).toMatchObject({ showRecipientsToPatients: false, eligibility });
    const both = buildPractice({
      messaging: { showRecipientsToPatients: false, eligibility },
      showRecipientsToPatients: true,
      eligibility: { visitWithinDays: 7 },
    });
    expect(both.messaging).toMatchObject({ showRecipientsToPatients: true, eligibility: { visitWithinDays: 7 } });
  });

  it("routes a care team cell to the patient's care team, for an eligible patient", () => {
    const practice = patientPractice();
    const input = { category: "health_question", providerId: "crusher", at: "2026-12-01T10:00:00Z" };
    const patient = { careTeam: ["jsmith"], lastVisitAt: "2026-11-01T00:00:00Z" };
    const withTeam = resolveRecipients(practice, { ...input, patient });
    expect(withTeam.ok && withTeam.recipients).toEqual(["jsmith", "kjones"]);
    const neverSeen = resolveRecipients(practice, { ...input, patient: { careTeam: ["jsmith"] } });
    expect(neverSeen).toMatchObject({ ok: false, reason: "not_eligible" });
  });

  it("refuses an eligibility out of range and a label that is no name", () => {
    expect(() => buildPractice({ eligibility: { visitWithinDays: 0 } })).toThrow(TypeError);
    expect(() => buildPractice({ eligibility: { visitWithinDays: 3651 } })).toThrow(TypeError);
    expect(() => buildPractice({ groups: { nurses: { members: [], patientLabel: "" } } })).toThrow(TypeError);
  });
});
