import packageJson from "../../package.json" with { type: "json" };
import { demoCommand } from "./commands/demo.js";
import { diffCommand } from "./commands/diff.js";
import { resolveCommand } from "./commands/resolve.js";
import { schemaCommand } from "./commands/schema.js";
import { tableCommand } from "./commands/table.js";
import { validateCommand } from "./commands/validate.js";
import { parseCommandArgs } from "./internal/args.js";
import { COMMON_FLAGS, type Command } from "./internal/command.js";
import { EXIT } from "./internal/exit.js";
import { commandHelp, PROGRAM, programHelp } from "./internal/help.js";
import { type CliIo, createOutput } from "./internal/io.js";

export type { CliIo } from "./internal/io.js";

/** Every command, in the order help lists them. */
export const COMMANDS: readonly Command[] = [
  demoCommand,
  validateCommand,
  resolveCommand,
  tableCommand,
  schemaCommand,
  diffCommand,
];

const VERSION: string = packageJson.version;

/**
 * Runs the CLI in-process: `argv` without the node and script paths, all input and output through `io`.
 * Never throws; resolves to the exit code (0 ok, 1 invalid input or config, 2 usage).
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const out = createOutput(io);
  const [name, ...rest] = argv;
  if (name === undefined) {
    out.errorLines(...programHelp(COMMANDS, VERSION));
    return EXIT.usage;
  }
  if (name === "--help" || name === "-h" || (name === "help" && rest.length === 0)) {
    out.lines(...programHelp(COMMANDS, VERSION));
    return EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    out.lines(VERSION);
    return EXIT.ok;
  }
  const helpFor = name === "help" ? rest[0] : undefined;
  const command = COMMANDS.find((candidate) => candidate.name === (helpFor ?? name));
  if (command === undefined) {
    const what = name.startsWith("-") ? `unknown option ${name}` : `unknown command ${JSON.stringify(helpFor ?? name)}`;
    out.error(`${what} (commands: ${COMMANDS.map((c) => c.name).join(", ")}; see '${PROGRAM} --help')`);
    return EXIT.usage;
  }
  if (helpFor !== undefined) {
    out.lines(...commandHelp(command));
    return EXIT.ok;
  }
  const parsed = parseCommandArgs(rest, { ...command.flags, ...COMMON_FLAGS });
  const seeHelp = ` (see '${PROGRAM} ${command.name} --help')`;
  if (!parsed.ok) {
    out.error(`${parsed.message}${seeHelp}`);
    return EXIT.usage;
  }
  if (parsed.flags.help === true) {
    out.lines(...commandHelp(command));
    return EXIT.ok;
  }
  const { positionals } = parsed;
  const missing = command.positionals[positionals.length];
  if (missing !== undefined) {
    out.error(`missing argument <${missing}>${seeHelp}`);
    return EXIT.usage;
  }
  const extra = positionals[command.positionals.length];
  if (extra !== undefined) {
    out.error(`unexpected argument ${JSON.stringify(extra)}${seeHelp}`);
    return EXIT.usage;
  }
  try {
    const usage = (message: string) => {
      out.error(`${message}${seeHelp}`);
      return EXIT.usage;
    };
    return await command.run({ io, out, flags: parsed.flags, positionals, json: parsed.flags.json === true, usage });
  } catch (error) {
    out.error(`unexpected failure: ${error instanceof Error ? error.message : "unknown error"}`);
    return EXIT.invalid;
  }
}
