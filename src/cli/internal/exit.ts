/** Exit codes of the CLI (DESIGN.md section 8). */
export const EXIT = Object.freeze({
  /** The command ran; for `validate`, the config has no error. */
  ok: 0,
  /** Invalid input or config: unreadable file, bad JSON, structural or validation errors. */
  invalid: 1,
  /** Usage: unknown command or flag, missing or extra argument, bad flag value. */
  usage: 2,
});

/** The `code` of a failure, in `--json` output as `{"ok": false, "error": {"code", "message"}}`. */
export type FailureCode =
  /** Unknown command or flag, missing or extra argument, bad flag value (exit 2). */
  | "usage"
  /** The file is missing or cannot be opened or read. */
  | "unreadable_file"
  /** The path is a directory, a FIFO, a device or a socket. */
  | "not_a_file"
  /** The file or standard input is larger than the 32 MiB limit. */
  | "too_large"
  /** The text is not well-formed JSON (a byte order mark included). */
  | "invalid_json"
  /** The JSON is not a structurally valid config; the error carries the parse `issues`. */
  | "invalid_config"
  /** A failure of the CLI itself, such as a write that failed. */
  | "unexpected";

/** The exit code of a failure: 2 for usage, 1 for everything else. */
export function exitCodeOf(code: FailureCode): number {
  return code === "usage" ? EXIT.usage : EXIT.invalid;
}
