import { parseArgs } from "node:util";
import { getOwn } from "../../internal/own.js";
import type { FlagSpec, FlagValues } from "./command.js";

/** The outcome of {@link parseCommandArgs}: values, or one usage message. */
export type ArgsResult =
  | { readonly ok: true; readonly flags: FlagValues; readonly positionals: readonly string[] }
  | { readonly ok: false; readonly message: string };

function flagName(spec: Readonly<Record<string, FlagSpec>>, name: string, rawName: string): string {
  return getOwn(spec, name) === undefined ? rawName : `--${name}`;
}

/**
 * Parses a command's arguments with `node:util` `parseArgs` (strict), after checking every token against
 * `spec` so that each mistake gets our own one-line message rather than Node's.
 */
export function parseCommandArgs(args: readonly string[], spec: Readonly<Record<string, FlagSpec>>): ArgsResult {
  const { tokens } = parseArgs({ args: [...args], options: spec, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const flag = getOwn(spec, token.name);
    const name = flagName(spec, token.name, token.rawName);
    if (flag === undefined) return { ok: false, message: `unknown option ${token.rawName}` };
    const missing =
      token.value === undefined || token.value === "" || (!token.inlineValue && token.value.startsWith("-"));
    if (flag.type === "string" && missing)
      return { ok: false, message: `${name} needs a value (${name} ${flag.valueName ?? "VALUE"})` };
    if (flag.type === "boolean" && token.inlineValue) return { ok: false, message: `${name} takes no value` };
  }
  try {
    const parsed = parseArgs({ args: [...args], options: spec, strict: true, allowPositionals: true });
    return { ok: true, flags: parsed.values as FlagValues, positionals: parsed.positionals };
  } catch {
    return { ok: false, message: "the arguments could not be parsed" };
  }
}
