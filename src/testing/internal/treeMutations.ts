import { FORBIDDEN_KEYS } from "../../model/limits.js";
import { BAD_IDS, BAD_TIMESTAMPS, LONG_ID, UNKNOWN_FIELDS, VERSIONS } from "./badValues.js";
import { idSlotsOf, writeIdSlot } from "./idSlots.js";
import {
  asObject,
  clone,
  containersOf,
  defineKey,
  type JsonValue,
  objectsOf,
  otherTypeValue,
  pick,
} from "./jsonTree.js";
import { overLimit } from "./overLimit.js";
import { mutatePatient, PATIENT_MUTATIONS, type PatientMutationKind } from "./patientMutations.js";
import { mutateSites, SITE_MUTATIONS, type SiteMutationKind } from "./siteMutations.js";
import { mutateTime, TIME_MUTATIONS, type TimeMutationKind } from "./timeMutations.js";

/** The ways a well-formed practice document gets broken, one per mutation (time, patient and site fields included). @internal */
export const TREE_MUTATIONS = [
  ...TIME_MUTATIONS,
  ...PATIENT_MUTATIONS,
  ...SITE_MUTATIONS,
  "unknown_field",
  "forbidden_key",
  "bad_id",
  "bad_timestamp",
  "wrong_type",
  "missing_field",
  "over_limit",
  "bad_version",
  "deep_nesting",
  "unknown_reference",
  "bad_coverage",
] as const;

/** One generated mutation: what to do, where (`seed`) and with which replacement value. @internal */
export interface TreeMutation {
  readonly kind: (typeof TREE_MUTATIONS)[number];
  readonly seed: number;
  readonly junk: JsonValue;
}

function coverageEntries(document: JsonValue): { [key: string]: JsonValue }[] {
  const coverage = asObject(asObject(document)?.coverage);
  const entries = coverage ? Object.values(coverage).map(asObject) : [];
  const found = entries.filter((entry) => entry !== undefined);
  if (found.length > 0 || coverage === undefined) return found;
  const added = { member: "ghost", from: "2026-01-01T00:00:00Z", until: "2026-01-02T00:00:00Z", coveredBy: "ghost" };
  coverage.added = added;
  return [added];
}

type CommonMutationKind = Exclude<TreeMutation["kind"], TimeMutationKind | PatientMutationKind | SiteMutationKind>;

/** Which family a mutation belongs to. */
const isIn = <K extends string>(family: readonly K[], kind: string): kind is K =>
  (family as readonly string[]).includes(kind);

/** Applies one mutation to a private document tree, in place. @internal */
export function mutateTree(document: JsonValue, mutation: TreeMutation): void {
  const { kind, seed, junk } = mutation;
  const root = asObject(document);
  if (root === undefined) return;
  if (isIn<TimeMutationKind>(TIME_MUTATIONS, kind)) mutateTime(root, kind, seed);
  else if (isIn<PatientMutationKind>(PATIENT_MUTATIONS, kind)) mutatePatient(root, kind, seed);
  else if (isIn<SiteMutationKind>(SITE_MUTATIONS, kind)) mutateSites(root, kind, seed);
  else mutateCommon(document, root, { kind, seed, junk });
}

/** Applies one of the mutations common to every version. */
function mutateCommon(
  document: JsonValue,
  root: { [key: string]: JsonValue },
  mutation: { readonly kind: CommonMutationKind; readonly seed: number; readonly junk: JsonValue },
): void {
  const { seed, junk } = mutation;
  switch (mutation.kind) {
    case "unknown_field": {
      const target = pick(objectsOf(document), seed);
      if (target) target[pick(UNKNOWN_FIELDS, seed >> 4) as string] = clone(junk);
      return;
    }
    case "forbidden_key": {
      const target = pick(objectsOf(document), seed);
      if (target) defineKey(target, pick(FORBIDDEN_KEYS, seed >> 8) as string, clone(junk));
      return;
    }
    case "bad_id": {
      const slot = pick(idSlotsOf(document), seed);
      if (slot) writeIdSlot(slot, pick([...BAD_IDS, LONG_ID], seed >> 8) as string);
      return;
    }
    case "bad_timestamp": {
      const entry = pick(coverageEntries(document), seed);
      if (entry) entry[seed % 2 === 0 ? "from" : "until"] = pick(BAD_TIMESTAMPS, seed >> 8) as string;
      return;
    }
    case "wrong_type": {
      const container = pick(containersOf(document), seed);
      const node = container?.node as Record<string | number, JsonValue> | undefined;
      const key = node && pick(Object.keys(node), seed >> 8);
      if (node === undefined || key === undefined) return;
      const index = Array.isArray(node) ? Number(key) : key;
      node[index] = otherTypeValue(node[index], junk, seed);
      return;
    }
    case "missing_field": {
      const target = pick(objectsOf(document), seed);
      const key = target && pick(Object.keys(target), seed >> 8);
      if (target && key !== undefined) delete target[key];
      return;
    }
    case "over_limit":
      overLimit(root, seed);
      return;
    case "bad_version":
      root.schemaVersion = pick(VERSIONS, seed) as JsonValue;
      return;
    case "deep_nesting": {
      let nested: JsonValue = clone(junk);
      for (let depth = 0; depth < 50 + (seed % 2000); depth++) nested = seed % 2 === 0 ? [nested] : { a: nested };
      const target = pick(objectsOf(document), seed >> 4);
      if (target) target[pick(Object.keys(target), seed >> 8) ?? "nested"] = nested;
      return;
    }
    case "unknown_reference": {
      const slot = pick(
        idSlotsOf(document).filter((candidate) => candidate.kind === "value" && candidate.holder !== root),
        seed,
      );
      if (slot) writeIdSlot(slot, `ghost-${seed % 100}`);
      return;
    }
    case "bad_coverage": {
      const entry = pick(coverageEntries(document), seed);
      if (entry === undefined) return;
      if (seed % 2 === 0) entry.coveredBy = entry.member ?? "ghost";
      else [entry.from, entry.until] = [entry.until ?? null, entry.from ?? null];
      return;
    }
    default: {
      const unreachable: never = mutation.kind;
      throw new TypeError(`Unknown mutation ${String(unreachable)}.`);
    }
  }
}
