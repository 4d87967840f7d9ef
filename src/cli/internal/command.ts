import type { CliIo, Output } from "./io.js";

/** One flag of a command, as `node:util` `parseArgs` declares it plus what help shows. */
export interface FlagSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** Placeholder shown in help for a string flag, e.g. `ID`. */
  readonly valueName?: string;
  readonly description: string;
}

/** Parsed flag values: strings for string flags, `true` for boolean flags that were given. */
export type FlagValues = Readonly<Record<string, string | boolean | undefined>>;

/** What a command receives. */
export interface CommandContext {
  readonly io: CliIo;
  readonly out: Output;
  readonly flags: FlagValues;
  readonly positionals: readonly string[];
  /** `--json` was given. */
  readonly json: boolean;
  /** Writes a usage error (with a pointer to the command's help) and returns exit code 2. */
  readonly usage: (message: string) => number;
}

/** A CLI command: its help text, flags, positional arguments and behaviour. */
export interface Command {
  readonly name: string;
  /** One line for the top-level help. */
  readonly summary: string;
  /** The arguments part of the usage line, e.g. `<file> [--category C]`. */
  readonly usage: string;
  /** Paragraph(s) printed under the usage line by `--help`. */
  readonly description: readonly string[];
  /** Names of the positional arguments, all required. */
  readonly positionals: readonly string[];
  /** Flags besides `--json` and `--help`, which every command has. */
  readonly flags: Readonly<Record<string, FlagSpec>>;
  readonly run: (context: CommandContext) => Promise<number>;
}

/** The flags every command accepts. */
export const COMMON_FLAGS: Readonly<Record<string, FlagSpec>> = Object.freeze({
  json: { type: "boolean", description: "Print machine-readable JSON on stdout." },
  help: { type: "boolean", short: "h", description: "Show this help." },
});
