import { COMMON_FLAGS, type Command, type FlagSpec } from "./command.js";

/** The program name as users type it. */
export const PROGRAM = "patient-message-routing";

function flagLines(flags: Readonly<Record<string, FlagSpec>>): string[] {
  const entries = Object.entries({ ...flags, ...COMMON_FLAGS }).map(([name, flag]) => {
    const short = flag.short === undefined ? "    " : `-${flag.short}, `;
    const value = flag.type === "string" ? ` ${flag.valueName ?? "VALUE"}` : "";
    return [`${short}--${name}${value}`, flag.description] as const;
  });
  const width = Math.max(...entries.map(([left]) => left.length));
  return entries.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

/** The `--help` text of one command. */
export function commandHelp(command: Command): string[] {
  return [
    `Usage: ${PROGRAM} ${command.name}${command.usage === "" ? "" : ` ${command.usage}`} [--json]`,
    "",
    ...command.description,
    "",
    "Options:",
    ...flagLines(command.flags),
    "",
    "Exit codes: 0 ok, 1 invalid input or config, 2 usage error.",
  ];
}

/** The top-level `--help` text. */
export function programHelp(commands: readonly Command[], version: string): string[] {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    `${PROGRAM} ${version}: check, explain and edit patient message routing configs.`,
    "",
    `Usage: ${PROGRAM} <command> [arguments] [--json] [--help]`,
    "",
    "Commands:",
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    "",
    "Options:",
    "  -h, --help     Show this help, or a command's help after the command.",
    "  -v, --version  Print the version.",
    "",
    `Run '${PROGRAM} <command> --help' for a command's arguments and options.`,
    "Exit codes: 0 ok, 1 invalid input or config, 2 usage error.",
  ];
}
