import { patientMessagingView } from "../../index.js";
import { formatInstant } from "../../internal/words.js";
import type { PatientMessagingCategory } from "../../present/patientMessagingView.js";
import type { Command } from "../internal/command.js";
import { describeFailure, describeLocation, describePatient } from "../internal/describe.js";
import { EXIT } from "../internal/exit.js";
import { readPatientRequest } from "../internal/patientRequest.js";

/** `view <file>`: what the patient portal shows one patient. */
export const viewCommand: Command = {
  name: "view",
  summary: "Show what the patient portal shows a provider's patient: categories, whom they go to, notices.",
  usage: "<file> [--provider ID] [--location ID] [--patient FILE] [--at ISO]",
  description: [
    'Prints patientMessagingView for one patient: whether "New Message" and replies are offered, each',
    "enabled category with whether this patient may choose it (and why not), whom it goes to when the",
    "practice shows recipients to patients, the closed notice and the respond-by promise; dates in the",
    "practice's time zone. --provider is the patient's assigned provider (none when omitted), --location",
    "the location (site) the patient writes to (none when omitted), --patient the patient context as a",
    "JSON file (as for resolve), --at the moment the page is shown (now when omitted). Exit 0 whatever the",
    "portal shows.",
  ],
  positionals: ["file"],
  flags: {
    provider: { type: "string", valueName: "ID", description: "The patient's assigned provider (a member id)." },
    location: { type: "string", valueName: "ID", description: "The location (site) the patient writes to." },
    patient: { type: "string", valueName: "FILE", description: "The patient context, a JSON file." },
    at: { type: "string", valueName: "ISO", description: "When the portal page is shown, e.g. 2026-12-03T09:00:00Z." },
  },
  run: async (context) => {
    const { out, json } = context;
    const request = await readPatientRequest(context, INSTEAD);
    if (typeof request === "number") return request;
    const { practice, providerId, locationId, patient, at } = request;
    const where = { providerId: providerId ?? null, locationId: locationId ?? null };
    const view = patientMessagingView(practice, { ...where, at, ...(patient && { patient }) });
    if (json) {
      out.json({ ...where, ...(patient && { patient }), at, view });
      return EXIT.ok;
    }
    const zone = practice.timeZone;
    const location = locationId === undefined ? "" : `, for ${describeLocation(practice, locationId)}`;
    out.lines(
      `The portal of ${describePatient(practice, providerId)}${patient ? " (with a patient file)" : ""}${location}, at ${at} (${formatInstant(at, zone)})`,
      view.notice === null
        ? "No notice: the practice is open."
        : view.notice.nextOpenAt === null
          ? "Notice: the practice is closed, and does not open in the next 366 days."
          : `Notice: the practice is closed; it opens again ${formatInstant(view.notice.nextOpenAt, zone)}.`,
      `"New Message": ${view.canStartMessage ? "shown" : "hidden"}; replies: ${view.canReply ? "allowed" : "not allowed"}.`,
    );
    if (view.categories.length > 0) out.lines("Categories:", ...view.categories.map(describeCategory));
    if (view.respondBy !== null) out.lines(`Respond by ${formatInstant(view.respondBy, zone)}.`);
    return EXIT.ok;
  },
};

/** What `view` does with a `--provider` or `--location` that names nothing. */
const INSTEAD = {
  provider: "showing the view of a patient without an assigned provider",
  location: "showing the view without a location",
};

function describeCategory(category: PatientMessagingCategory): string {
  if (!category.available) {
    const reason = category.reason ?? "no_recipient";
    return `  ${category.label}: not available, ${describeFailure(reason)} (${reason})`;
  }
  return category.to === undefined ? `  ${category.label}` : `  ${category.label}: to ${category.to.join(", ")}`;
}
