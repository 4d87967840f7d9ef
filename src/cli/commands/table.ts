import { formatRoutingTable, routingTableRows } from "../../index.js";
import type { Command } from "../internal/command.js";
import { EXIT } from "../internal/exit.js";
import { parseAtFlag, parseFormatFlag } from "../internal/flags.js";
import { loadPractice } from "../internal/load.js";
import { tablesToPrint } from "../internal/tableList.js";

/** `table <file>`: prints routing tables as the settings page shows them. */
export const tableCommand: Command = {
  name: "table",
  summary: "Print routing tables as the settings page shows them.",
  usage: "<file> [--provider ID | --default | --after-hours] [--location ID] [--format text|markdown] [--at ISO]",
  description: [
    "Prints the practice default table, the after-hours table (when the practice has one: the cells tried",
    'first while it is closed; missing cells read "(usual route)"), every location\'s table, then every',
    "provider's table (each in id order), each under a title line.",
    "Recipients are shown by name; inactive people and unknown ids are marked, groups that deliver one",
    'shared copy "(shared pool)" and groups that give each patient one member "(one member per patient)",',
    'and a missing cell shows the default route marked "(practice default)". --location alone prints that',
    "location's table; with --provider, the provider's table as the location's patients get it, a missing",
    'cell showing the location\'s route marked "(<location> table)" when the location has that cell. With',
    '--at, people absent at that instant are marked "(away until …, covered by …)". A --provider that is',
    "not a provider of the practice, or a --location that is not a location of it, gets a warning on stderr",
    "and is left out, as resolution leaves it out (alone, the practice default table is printed).",
  ],
  positionals: ["file"],
  flags: {
    provider: { type: "string", valueName: "ID", description: "Print only this provider's table." },
    location: {
      type: "string",
      valueName: "ID",
      description: "Print only this location's table, or with --provider, the provider's table there.",
    },
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
    const location = typeof flags.location === "string" ? flags.location : undefined;
    const only = flags.default === true ? "default" : flags["after-hours"] === true ? "after_hours" : undefined;
    if ([provider !== undefined, flags.default === true, flags["after-hours"] === true].filter(Boolean).length > 1) {
      return usage("give one of --provider, --default and --after-hours");
    }
    if (location !== undefined && only !== undefined) return usage("--location goes alone or with --provider");
    const [path = ""] = positionals;
    const loaded = await loadPractice(io, path);
    if (!loaded.ok) return out.fail(loaded.failure);
    const { practice } = loaded;
    const base = at.value === undefined ? { format: format.value } : { format: format.value, at: at.value };
    const tables = tablesToPrint(practice, { provider, location, only }, out).map((spec) => {
      const { providerId, title, ...where } = spec; // `where`: the spec's `table` and `locationId`, when it has them
      const options = { ...base, ...where };
      return {
        providerId,
        ...where,
        title,
        rows: routingTableRows(practice, providerId, options),
        rendered: formatRoutingTable(practice, providerId, options),
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
