import { pick } from "./jsonTree.js";

/** The ways JSON text gets broken, one per mutation. @internal */
export const TEXT_MUTATIONS = [
  "truncate",
  "drop_char",
  "insert_char",
  "trailing_comma",
  "comment",
  "single_quotes",
  "byte_order_mark",
  "duplicate_key",
  "not_a_document",
] as const;

/** One generated text mutation: what to do and where (`seed`). @internal */
export interface TextMutation {
  readonly kind: (typeof TEXT_MUTATIONS)[number];
  readonly seed: number;
}

const SPECIAL = ["{", "}", "[", "]", ",", ":", '"', "\\", "\u0000", "\ud800", "NaN", "\n"];
const NOT_DOCUMENTS = ["", " ", "null", "[]", "1", '"practice"', "true", "{}", "[{}]", "NaN", "undefined", "{,}"];

/** Applies one mutation to JSON text. @internal */
export function mutateText(text: string, mutation: TextMutation): string {
  const { seed } = mutation;
  const at = text.length === 0 ? 0 : seed % text.length;
  switch (mutation.kind) {
    case "truncate":
      return text.slice(0, at);
    case "drop_char":
      return text.slice(0, at) + text.slice(at + 1);
    case "insert_char":
      return text.slice(0, at) + pick(SPECIAL, seed >> 8) + text.slice(at);
    case "trailing_comma":
      return text.replace(/(\S)(\s*)([}\]])\s*$/, "$1,$2$3");
    case "comment":
      return text.replace("{", "{ // settings\n");
    case "single_quotes":
      return text.replace(/"schemaVersion"/, "'schemaVersion'");
    case "byte_order_mark":
      return `\ufeff${text}`;
    case "duplicate_key":
      // Well-formed JSON that most parsers read as "last key wins": loaders must agree on it.
      return text.replace("{", '{"id": "duplicate-id", ');
    case "not_a_document":
      return pick(NOT_DOCUMENTS, seed) as string;
    default: {
      const unreachable: never = mutation.kind;
      throw new TypeError(`Unknown mutation ${String(unreachable)}.`);
    }
  }
}
