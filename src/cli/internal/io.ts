import { readFile } from "node:fs/promises";

/** What the CLI reads and writes, so it can run in-process in tests. */
export interface CliIo {
  /** Writes text to standard output as is. */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error as is. */
  readonly stderr: (text: string) => void;
  /** Reads a file as UTF-8 text; rejects with a Node.js system error (`code` such as `ENOENT`). */
  readonly readFile: (path: string) => Promise<string>;
  /** The current time, used only when `resolve` is given no `--at`. Defaults to the system clock. */
  readonly now?: () => Date;
}

/** The real process: stdout, stderr and the file system. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFile(path, "utf8"),
  };
}

// C0 and C1 control characters except tab and line feed: a config's names must not drive the terminal.
const CONTROL = /[^\P{Cc}\t\n]/gu;

/** Replaces control characters (other than tab and newline) so text from a config cannot drive the terminal. */
export function sanitize(text: string): string {
  return text.replace(CONTROL, "\uFFFD");
}

/** Line-oriented writers over a {@link CliIo}. */
export interface Output {
  /** Writes human-readable lines to stdout (control characters replaced). */
  readonly lines: (...lines: readonly string[]) => void;
  /** Writes a value as pretty JSON (2-space indent) and a newline to stdout. */
  readonly json: (value: unknown) => void;
  /** Writes one `error: …` line to stderr (control characters replaced). */
  readonly error: (message: string) => void;
  /** Writes lines to stderr as they are given (control characters replaced). */
  readonly errorLines: (...lines: readonly string[]) => void;
}

/** Builds the line writers of a command. */
export function createOutput(io: CliIo): Output {
  return {
    lines: (...lines) => io.stdout(lines.map((line) => `${sanitize(line)}\n`).join("")),
    json: (value) => io.stdout(`${JSON.stringify(value, null, 2)}\n`),
    error: (message) => io.stderr(`error: ${sanitize(message)}\n`),
    errorLines: (...lines) => io.stderr(lines.map((line) => `${sanitize(line)}\n`).join("")),
  };
}
