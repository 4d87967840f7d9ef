import packageJson from "../../package.json" with { type: "json" };
import { demoCommand } from "./commands/demo.js";
import { diffCommand } from "./commands/diff.js";
import { resolveCommand } from "./commands/resolve.js";
import { schemaCommand } from "./commands/schema.js";
import { tableCommand } from "./commands/table.js";
import { validateCommand } from "./commands/validate.js";
import { viewCommand } from "./commands/view.js";
import { parseCommandArgs } from "./internal/args.js";
import { COMMON_FLAGS, type Command } from "./internal/command.js";
import { EXIT } from "./internal/exit.js";
import { commandHelp, PROGRAM, programHelp } from "./internal/help.js";
import { type CliIo, createOutput, type Output } from "./internal/io.js";

export type { CliIo } from "./internal/io.js";

/** Every command, in the order help lists them. */
const COMMANDS: readonly Command[] = [
  demoCommand,
  validateCommand,
  resolveCommand,
  viewCommand,
  tableCommand,
  schemaCommand,
  diffCommand,
];

const VERSION: string = packageJson.version;

/** Whether the arguments ask for `--json` (before a `--`), so that even a usage error is answered in JSON. */
function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === "--json" || arg.startsWith("--json="));
}

/**
 * Runs the CLI in-process: `argv` without the node and script paths, all input and output through `io`.
 * Never throws; resolves to the exit code (0 ok, 1 invalid input or config, 2 usage). With `--json`, every
 * failure is also one `{"ok": false, "error": {"code", "message"}}` object on stdout.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const out = createOutput(io, wantsJson(argv));
  try {
    return await dispatch(argv, io, out);
  } catch (error) {
    try {
      return out.fail({
        code: "unexpected",
        message: `unexpected failure: ${error instanceof Error ? error.message : "unknown error"}`,
      });
    } catch {
      return EXIT.invalid;
    }
  }
}

async function dispatch(argv: readonly string[], io: CliIo, out: Output): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    out.notes(...programHelp(COMMANDS, VERSION));
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
    const message = `${what} (commands: ${COMMANDS.map((c) => c.name).join(", ")}; see '${PROGRAM} --help')`;
    return out.fail({ code: "usage", message });
  }
  if (helpFor !== undefined) {
    out.lines(...commandHelp(command));
    return EXIT.ok;
  }
  const usage = (message: string) =>
    out.fail({ code: "usage", message: `${message} (see '${PROGRAM} ${command.name} --help')` });
  const parsed = parseCommandArgs(rest, { ...command.flags, ...COMMON_FLAGS });
  if (!parsed.ok) return usage(parsed.message);
  if (parsed.flags.help === true) {
    out.lines(...commandHelp(command));
    return EXIT.ok;
  }
  const { positionals } = parsed;
  const missing = command.positionals[positionals.length];
  if (missing !== undefined) return usage(`missing argument <${missing}>`);
  const extra = positionals[command.positionals.length];
  if (extra !== undefined) return usage(`unexpected argument ${JSON.stringify(extra)}`);
  return await command.run({ io, out, flags: parsed.flags, positionals, json: parsed.flags.json === true, usage });
}
