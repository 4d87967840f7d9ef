import { LIMITS } from "../../index.js";
import { isObject, type JsonObject, type JsonValue, pick } from "./jsonTree.js";

// Mutations of the patient settings of format version 2 (eligibility, shown recipients, group labels, care
// team entries), so that fuzzing reaches every new path of the parser.

/** The ways the patient settings of a document get broken, one per mutation. @internal */
export const PATIENT_MUTATIONS = [
  "bad_eligibility",
  "bad_patient_label",
  "bad_show_recipients",
  "v1_with_patient_field",
] as const;

/** One of {@link PATIENT_MUTATIONS}. @internal */
export type PatientMutationKind = (typeof PATIENT_MUTATIONS)[number];

const BAD_DAYS: JsonValue[] = [0, -1, LIMITS.visitWithinDays + 1, 1.5, "30", null, true];
const BAD_LABELS: JsonValue[] = ["", "x".repeat(LIMITS.nameLength + 1), 5, null, ["Nurses"]];
const BAD_SHOW: JsonValue[] = ["true", 1, null, "yes"];

function breakEligibility(messaging: JsonObject, seed: number): void {
  const days = pick(BAD_DAYS, seed >> 2) as JsonValue;
  switch (seed % 4) {
    case 0:
      messaging.eligibility = { visitWithinDays: days };
      return;
    case 1:
      messaging.eligibility = { categories: { billing: { visitWithinDays: days } } };
      return;
    case 2: // an unknown category, or a rule without its days
      messaging.eligibility = { categories: seed & 4 ? { payments: { visitWithinDays: 30 } } : { billing: {} } };
      return;
    default:
      messaging.eligibility = pick(
        [[], 30, "30 days", { visitWithinDays: 30, since: "visit" }],
        seed >> 2,
      ) as JsonValue;
  }
}

/** Sets `patientLabel` on one group of the document, made when it has none. */
function labelGroup(root: JsonObject, seed: number, label: JsonValue): void {
  const groups = isObject(root.groups) ? root.groups : {};
  root.groups = groups;
  const id = pick(Object.keys(groups), seed) ?? "nurses";
  const found = groups[id];
  const group = isObject(found) ? found : { name: "Nurses", members: [] };
  groups[id] = group;
  group.patientLabel = label;
}

/** Applies one patient mutation to the root of a private document tree, in place. @internal */
export function mutatePatient(root: JsonObject, kind: PatientMutationKind, seed: number): void {
  const messaging = isObject(root.messaging) ? root.messaging : {};
  switch (kind) {
    case "bad_eligibility":
      breakEligibility(messaging, seed);
      return;
    case "bad_patient_label":
      labelGroup(root, seed, pick(BAD_LABELS, seed >> 4) as JsonValue);
      return;
    case "bad_show_recipients":
      messaging.showRecipientsToPatients = pick(BAD_SHOW, seed) as JsonValue;
      return;
    case "v1_with_patient_field": {
      // Version 1 with what only version 2 holds: a patient setting or a care team entry.
      root.schemaVersion = 1;
      delete root.timeZone;
      if (seed % 4 === 0) messaging.showRecipientsToPatients = true;
      else if (seed % 4 === 1) messaging.eligibility = { visitWithinDays: 365 };
      else if (seed % 4 === 2) labelGroup(root, seed >> 2, "Nursing team");
      else if (isObject(root.defaultRouting)) root.defaultRouting.billing = [{ type: "care_team" }];
      return;
    }
    default: {
      const unreachable: never = kind;
      throw new TypeError(`Unknown mutation ${String(unreachable)}.`);
    }
  }
}
