import { CATEGORY_LABELS, explainResolution, resolveRecipients, resolveReply } from "../../index.js";
import { formatInstant } from "../../internal/words.js";
import type { MessageCategory } from "../../model/categories.js";
import type { Command } from "../internal/command.js";
import {
  describeFailure,
  describeHours,
  describeLocation,
  describeMember,
  describePatient,
  describePools,
  describeRoute,
} from "../internal/describe.js";
import { EXIT } from "../internal/exit.js";
import { parseCategoryFlag } from "../internal/flags.js";
import { readPatientRequest } from "../internal/patientRequest.js";

/** `resolve <file> --category C`: who receives a message, and why. */
export const resolveCommand: Command = {
  name: "resolve",
  summary: "Show who receives a patient's message or reply in one category (and why, with --explain).",
  usage:
    "<file> (--category C | --reply-to SENDER [--category C]) [--provider ID] [--location ID] [--patient FILE] [--at ISO] [--explain]",
  description: [
    "Resolves a new patient message as resolveRecipients does: the category the patient chose, the",
    "patient's assigned provider (none when --provider is omitted), the location the message is for (its",
    "table is tried after the provider's; none when --location is omitted), the patient (--patient: a",
    "JSON file with id, careTeam, excludedMembers, lastVisitAt, blocked; no patient step runs without it)",
    "and the moment it is sent (now when --at is omitted; absences and opening hours are checked at that",
    "instant). With --reply-to, resolves the patient's reply to a message SENDER sent, as resolveReply",
    "does: the sender, the sender's cover, else the category's route (--category defaults to",
    "general_inquiry). Prints whether the practice is open (when closed, when it opens next), the",
    "recipients, the table they came from, the shared pools among them and the respond-by promise, or why",
    "nobody receives it; dates in the practice's time zone. Exit 0 in both cases: the exit code reports",
    "whether the input could be read, not the routing answer (check `resolution.ok` in --json output). A",
    "--provider that is not a provider of the practice gets a warning on stderr and is treated as no",
    "provider; a --location that is not a location of the practice, likewise, as no location. A --patient",
    "file that cannot be read, is not JSON or has a field of the wrong type is a usage error (exit 2).",
  ],
  positionals: ["file"],
  flags: {
    category: {
      type: "string",
      valueName: "C",
      description: "appointments, referrals, prescriptions, test_results, general_inquiry or health_question.",
    },
    "reply-to": { type: "string", valueName: "SENDER", description: "Resolve a reply to a message this member sent." },
    provider: { type: "string", valueName: "ID", description: "The patient's assigned provider (a member id)." },
    location: { type: "string", valueName: "ID", description: "The location (site) the message is for." },
    patient: { type: "string", valueName: "FILE", description: "The patient context, a JSON file." },
    at: { type: "string", valueName: "ISO", description: "When the message is sent, e.g. 2026-12-03T09:00:00Z." },
    explain: { type: "boolean", description: "Also print the explanation, one sentence per step." },
  },
  run: async (context) => {
    const { out, flags, json, usage } = context;
    const senderId = flags["reply-to"];
    if (senderId === true || senderId === "") return usage("--reply-to needs a member id");
    const replying = typeof senderId === "string";
    const category = replying && flags.category === undefined ? general() : parseCategoryFlag(flags.category);
    if (!category.ok) return usage(category.message);
    const request = await readPatientRequest(context, INSTEAD);
    if (typeof request === "number") return request;
    const { practice, providerId, locationId, patient, at } = request;
    const where = { providerId: providerId ?? null, locationId: locationId ?? null };
    const input = { category: category.value, ...where, at, ...(patient && { patient }) };
    const resolution = replying ? resolveReply(practice, { ...input, senderId }) : resolveRecipients(practice, input);
    const explanation = flags.explain === true ? explainResolution(practice, resolution) : undefined;
    if (json) {
      out.json({
        ...(replying && { replyTo: senderId }),
        category: category.value,
        ...where,
        ...(patient && { patient }),
        at,
        resolution,
        ...(explanation === undefined ? {} : { explanation }),
      });
      return EXIT.ok;
    }
    const zone = practice.timeZone;
    const what = replying
      ? `Reply to a message from ${describeMember(practice, senderId)}, ${CATEGORY_LABELS[category.value]},`
      : CATEGORY_LABELS[category.value];
    const location = locationId === undefined ? "" : `, for ${describeLocation(practice, locationId)}`;
    out.lines(
      `${what} from ${describePatient(practice, providerId)}${patient ? " (with a patient file)" : ""}${location}, at ${at} (${formatInstant(at, zone)})`,
      describeHours(resolution.hours, zone),
    );
    if (resolution.ok) {
      out.lines(
        `Recipients (from ${describeRoute(resolution.route)}):`,
        ...resolution.recipients.map((id) => `  ${describeMember(practice, id)}`),
      );
      if (resolution.pools.length > 0) out.lines(`${describePools(practice, resolution.pools)}.`);
      if (resolution.respondBy !== null) out.lines(`Respond by ${formatInstant(resolution.respondBy, zone)}.`);
    } else {
      out.lines(`Nobody receives it: ${describeFailure(resolution.reason)} (${resolution.reason}).`);
    }
    if (explanation !== undefined) out.lines("Explanation:", ...explanation.map((line) => `  ${line}`));
    return EXIT.ok;
  },
};

/** What `resolve` does with a `--provider` or `--location` that names nothing. */
const INSTEAD = {
  provider: "resolving as for a patient without an assigned provider",
  location: "resolving as for a message without a location",
};

/** A reply's category when --category is omitted. */
function general(): { readonly ok: true; readonly value: MessageCategory } {
  return { ok: true, value: "general_inquiry" };
}
