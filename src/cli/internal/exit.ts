/** Exit codes of the CLI (DESIGN.md section 8). */
export const EXIT = Object.freeze({
  /** The command ran; for `validate`, the config has no error. */
  ok: 0,
  /** Invalid input or config: unreadable file, bad JSON, structural or validation errors. */
  invalid: 1,
  /** Usage: unknown command or flag, missing or extra argument, bad flag value. */
  usage: 2,
});
