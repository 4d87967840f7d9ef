import { toConfigJsonSchema } from "../../parse/toConfigJsonSchema.js";
import type { Command } from "../internal/command.js";

/** `schema`: prints the JSON Schema of the config format. */
export const schemaCommand: Command = {
  name: "schema",
  summary: "Print the JSON Schema (draft 2020-12) of the config format.",
  usage: "[--schema-version 1|2]",
  description: [
    "Prints the JSON Schema of config format schemaVersion 2, the same file the package ships as",
    "patient-message-routing/config.schema.json; with --schema-version 1, the schema of version 1",
    "(patient-message-routing/config.v1.schema.json). The output is JSON with or without --json.",
  ],
  positionals: [],
  flags: {
    "schema-version": { type: "string", valueName: "N", description: "1 or 2 (the default)." },
  },
  run: async ({ out, flags, usage }) => {
    const version = flags["schema-version"];
    if (version !== undefined && version !== "1" && version !== "2") return usage("--schema-version must be 1 or 2");
    out.json(toConfigJsonSchema(version === "1" ? 1 : 2));
    return 0;
  },
};
