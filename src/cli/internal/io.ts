import { escapeLine } from "./escape.js";
import { exitCodeOf, type FailureCode } from "./exit.js";
import { type ReadResult, readBoundedFile, readBoundedStream } from "./readInput.js";

/** What the CLI reads and writes, so it can run in-process in tests. */
export interface CliIo {
  /** Writes text to standard output as is. */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error as is. */
  readonly stderr: (text: string) => void;
  /**
   * Reads a config file as UTF-8 text, or standard input for `-`: refuses what is not a regular file and
   * anything over `limit` bytes, reading at most `limit + 1` bytes. Never rejects.
   */
  readonly readInput: (path: string, limit: number) => Promise<ReadResult>;
  /** The current time, used only when `resolve` is given no `--at`. Defaults to the system clock. */
  readonly now?: () => Date;
}

/** The real process: stdout, stderr, the file system, and `stdin` (by default the process's) for `-`. */
export function nodeIo(stdin?: AsyncIterable<Uint8Array | string>): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readInput: (path, limit) =>
      path === "-" ? readBoundedStream(stdin ?? process.stdin, limit) : readBoundedFile(path, limit),
  };
}

/** A failure to report: one `error:` line, maybe more lines under it, and its `--json` form. */
export interface Failure {
  readonly code: FailureCode;
  /** One line for people (followed by a colon when `details` follow); also the `--json` error's `message`. */
  readonly message: string;
  /** Lines printed under the error line on stderr (the first issues of an invalid config). */
  readonly details?: readonly string[];
  /** More fields of the `--json` error object: `file`, `line`, `column`, `issues`. */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** Line-oriented writers over a {@link CliIo}. Every human-readable line goes through {@link escapeLine}. */
export interface Output {
  /** Writes human-readable lines to stdout, one per argument. */
  readonly lines: (...lines: readonly string[]) => void;
  /** Writes a value as pretty JSON (2-space indent) and a newline to stdout. */
  readonly json: (value: unknown) => void;
  /** Writes human-readable lines to stderr, one per argument (the help shown after a usage mistake). */
  readonly notes: (...lines: readonly string[]) => void;
  /** Writes one `warning: …` line to stderr. */
  readonly warn: (message: string) => void;
  /**
   * Reports a failure: its lines on stderr and, in `--json` mode, `{"ok": false, "error": {code, message,
   * …data}}` on stdout. Returns the exit code (2 for usage, 1 otherwise).
   */
  readonly fail: (failure: Failure) => number;
}

function humanText(lines: readonly string[]): string {
  return lines.map((line) => `${escapeLine(line)}\n`).join("");
}

function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Builds the writers of a run; with `jsonMode`, failures are also written as JSON on stdout. */
export function createOutput(io: CliIo, jsonMode: boolean): Output {
  return {
    lines: (...lines) => io.stdout(humanText(lines)),
    json: (value) => io.stdout(jsonText(value)),
    notes: (...lines) => io.stderr(humanText(lines)),
    warn: (message) => io.stderr(humanText([`warning: ${message}`])),
    fail: ({ code, message, details = [], data = {} }) => {
      io.stderr(humanText([`error: ${message}${details.length > 0 ? ":" : ""}`, ...details]));
      if (jsonMode) io.stdout(jsonText({ ok: false, error: { code, message, ...data } }));
      return exitCodeOf(code);
    },
  };
}
