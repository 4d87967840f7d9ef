import { formatRoutingTable, providers, routingTableRows } from "../../index.js";
import type { Id } from "../../model/types.js";
import type { Command } from "../internal/command.js";
import { describeMember, isProvider, notAProviderWarning } from "../internal/describe.js";
import { EXIT } from "../internal/exit.js";
import { parseAtFlag, parseFormatFlag } from "../internal/flags.js";
import { loadPractice } from "../internal/load.js";

/** Stands for the after-hours table in the list of tables to print. */
const AFTER_HOURS: unique symbol = Symbol("after hours");

/** `table <file>`: prints routing tables as the settings page shows them. */
export const tableCommand: Command = {
  name: "table",
  summary: "Print routing tables as the settings page shows them.",
  usage: "<file> [--provider ID | --default | --after-hours] [--format text|markdown] [--at ISO]",
  description: [
    "Prints the practice default table, the after-hours table (when the practice has one: the cells tried",
    'first while it is closed; missing cells read "(usual route)"), then every provider\'s table (in id',
    "order), each under a title line.",
    "Recipients are shown by name; inactive people and unknown ids are marked, and a provider's missing",
    'cell shows the default route marked "(practice default)". With --at, people absent at that instant',
    'are marked "(away until …, covered by …)". A --provider that is not a provider of the practice gets a',
    "warning on stderr and the practice default table, which that provider's patients get.",
  ],
  positionals: ["file"],
  flags: {
    provider: { type: "string", valueName: "ID", description: "Print only this provider's table." },
    default: { type: "boolean", description: "Print only the practice default table." },
    "after-hours": { type: "boolean", description: "Print only the after-hours table." },
    format: { type: "string", valueName: "FORMAT", description: "text (aligned columns, the default) or markdown." },
    at: {
      type: "string",
      valueName: "ISO",
      description: "Mark people absent at this instant, e.g. 2026-12-03T09:00:00Z.",
    },
  },
  run: async ({ io, out, flags, positionals, json, usage }) => {
    const format = parseFormatFlag(flags.format);
    if (!format.ok) return usage(format.message);
    const at = parseAtFlag(flags.at);
    if (!at.ok) return usage(at.message);
    const provider = typeof flags.provider === "string" ? flags.provider : undefined;
    const only = [provider !== undefined, flags.default === true, flags["after-hours"] === true].filter(Boolean);
    if (only.length > 1) return usage("give one of --provider, --default and --after-hours");
    const [path = ""] = positionals;
    const loaded = await loadPractice(io, path);
    if (!loaded.ok) return out.fail(loaded.failure);
    const { practice } = loaded;
    const known = provider !== undefined && isProvider(practice, provider);
    if (provider !== undefined && !known) {
      out.warn(
        notAProviderWarning(
          provider,
          "showing the practice default table, which applies to patients with this provider id",
        ),
      );
    }
    const afterHours: (typeof AFTER_HOURS)[] = practice.afterHoursRouting === undefined ? [] : [AFTER_HOURS];
    const ids: (Id | null | typeof AFTER_HOURS)[] =
      provider !== undefined
        ? [known ? provider : null]
        : flags.default === true
          ? [null]
          : flags["after-hours"] === true
            ? [AFTER_HOURS]
            : [null, ...afterHours, ...providers(practice).map((each) => each.id)];
    const options = at.value === undefined ? { format: format.value } : { format: format.value, at: at.value };
    const tables = ids.map((id) => {
      const providerId = id === AFTER_HOURS ? null : id;
      const tableOptions = id === AFTER_HOURS ? { ...options, table: "after_hours" as const } : options;
      return {
        providerId,
        ...(id === AFTER_HOURS ? { table: "after_hours" } : {}),
        title: id === AFTER_HOURS ? "After hours" : id === null ? "Practice default" : describeMember(practice, id),
        rows: routingTableRows(practice, providerId, tableOptions),
        rendered: formatRoutingTable(practice, providerId, tableOptions),
      };
    });
    if (json) {
      out.json({ format: format.value, at: at.value ?? null, tables });
      return EXIT.ok;
    }
    const heading = format.value === "markdown" ? "## " : "";
    out.lines(
      // formatRoutingTable turns line breaks in names into spaces, so its own line breaks are the only ones.
      ...tables.flatMap((table, index) => [
        ...(index > 0 ? [""] : []),
        `${heading}${table.title}`,
        "",
        ...table.rendered.split("\n"),
      ]),
    );
    return EXIT.ok;
  },
};
