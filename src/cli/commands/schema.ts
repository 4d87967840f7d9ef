import { toConfigJsonSchema } from "../../parse/toConfigJsonSchema.js";
import type { Command } from "../internal/command.js";

/** `schema`: prints the JSON Schema of the config format. */
export const schemaCommand: Command = {
  name: "schema",
  summary: "Print the JSON Schema (draft 2020-12) of the config format.",
  usage: "",
  description: [
    "Prints the JSON Schema of config format schemaVersion 1, the same file the package ships as",
    "patient-message-routing/config.schema.json. The output is JSON with or without --json.",
  ],
  positionals: [],
  flags: {},
  run: async ({ out }) => {
    out.json(toConfigJsonSchema());
    return 0;
  },
};
