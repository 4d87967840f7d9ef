import { CATEGORY_LABELS, explainResolution, resolveRecipients } from "../../index.js";
import { formatInstant } from "../../internal/words.js";
import type { Command } from "../internal/command.js";
import {
  describeFailure,
  describeHours,
  describeMember,
  describePatient,
  describeRoute,
  isProvider,
  notAProviderWarning,
} from "../internal/describe.js";
import { EXIT } from "../internal/exit.js";
import { parseAtFlag, parseCategoryFlag } from "../internal/flags.js";
import { loadPractice } from "../internal/load.js";

/** `resolve <file> --category C`: who receives a message, and why. */
export const resolveCommand: Command = {
  name: "resolve",
  summary: "Show who receives a patient's message in one category (and why, with --explain).",
  usage: "<file> --category C [--provider ID] [--at ISO] [--explain]",
  description: [
    "Resolves a new patient message as resolveRecipients does: the category the patient chose, the",
    "patient's assigned provider (none when --provider is omitted) and the moment it is sent (now when",
    "--at is omitted; absences and opening hours are checked at that instant). Prints whether the practice",
    "is open (when closed, when it opens next), the recipients, the table they came from and the",
    "respond-by promise, or why nobody receives it; dates in the practice's time zone. Exit 0 in both",
    "cases: the exit code reports whether the config could be read, not the routing answer (check",
    "`resolution.ok` in --json output). A --provider that is not a provider of the practice gets a",
    "warning on stderr and is treated as no provider.",
  ],
  positionals: ["file"],
  flags: {
    category: {
      type: "string",
      valueName: "C",
      description: "appointments, referrals, prescriptions, test_results, general_inquiry or health_question.",
    },
    provider: { type: "string", valueName: "ID", description: "The patient's assigned provider (a member id)." },
    at: { type: "string", valueName: "ISO", description: "When the message is sent, e.g. 2026-12-03T09:00:00Z." },
    explain: { type: "boolean", description: "Also print the explanation, one sentence per step." },
  },
  run: async ({ io, out, flags, positionals, json, usage }) => {
    const category = parseCategoryFlag(flags.category);
    if (!category.ok) return usage(category.message);
    const atFlag = parseAtFlag(flags.at);
    if (!atFlag.ok) return usage(atFlag.message);
    const [path = ""] = positionals;
    const loaded = await loadPractice(io, path);
    if (!loaded.ok) return out.fail(loaded.failure);
    const { practice } = loaded;
    const providerId = typeof flags.provider === "string" ? flags.provider : undefined;
    if (providerId !== undefined && !isProvider(practice, providerId)) {
      out.warn(notAProviderWarning(providerId, "resolving as for a patient without an assigned provider"));
    }
    const at = atFlag.value ?? (io.now?.() ?? new Date()).toISOString();
    const resolution = resolveRecipients(practice, { category: category.value, providerId: providerId ?? null, at });
    const explanation = flags.explain === true ? explainResolution(practice, resolution) : undefined;
    if (json) {
      out.json({
        category: category.value,
        providerId: providerId ?? null,
        at,
        resolution,
        ...(explanation === undefined ? {} : { explanation }),
      });
      return EXIT.ok;
    }
    const zone = practice.timeZone;
    out.lines(
      `${CATEGORY_LABELS[category.value]} from ${describePatient(practice, providerId)}, at ${at} (${formatInstant(at, zone)})`,
      describeHours(resolution.hours, zone),
    );
    if (resolution.ok) {
      out.lines(
        `Recipients (from ${describeRoute(resolution.route)}):`,
        ...resolution.recipients.map((id) => `  ${describeMember(practice, id)}`),
      );
      if (resolution.respondBy !== null) out.lines(`Respond by ${formatInstant(resolution.respondBy, zone)}.`);
    } else {
      out.lines(`Nobody receives it: ${describeFailure(resolution.reason)} (${resolution.reason}).`);
    }
    if (explanation !== undefined) out.lines("Explanation:", ...explanation.map((line) => `  ${line}`));
    return EXIT.ok;
  },
};
