// Every resolution conformance vector (conformance/resolve/, written by scripts/write-conformance.ts) must
// still be the library's answer, through resolveRecipients and through a compiled router, and together the
// vectors must exercise every route, failure reason, skip reason, fallback, absence rule and delivery of DESIGN.md
// sections 5 and 10-12 (pools and sticky choices included).
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  compileRouter,
  parsePractice,
  type ReplyInput,
  type Resolution,
  type ResolveInput,
  resolveRecipients,
  resolveReply,
} from "../../src/index.js";
import { stickyPrefix, stickyScore } from "../../src/resolve/internal/sticky.js";

interface Vector {
  readonly name: string;
  readonly function: "resolveRecipients" | "resolveReply";
  readonly practice: unknown;
  readonly input: ResolveInput & ReplyInput;
  readonly expected: Resolution;
}

/** Whether two members of a sticky group have equal scores for the vector's patient (DESIGN.md section 12). */
function hasTie(vector: Vector, groupId: string): boolean {
  const { groups } = vector.practice as { groups: Record<string, { members: string[] }> };
  const prefix = stickyPrefix(vector.input.patient?.id as string);
  const scores = (groups[groupId]?.members ?? []).map((id) => stickyScore(prefix, id));
  return new Set(scores).size < scores.length;
}

const folder = new URL("../../conformance/resolve/", import.meta.url);
const index = JSON.parse(readFileSync(new URL("index.json", folder), "utf8")) as { file: string }[];
const vectors = index.map(({ file }) => JSON.parse(readFileSync(new URL(file, folder), "utf8")) as Vector);

describe("resolution conformance vectors", () => {
  test.each(vectors.map((vector) => [vector.name, vector] as const))("%s", (_name, vector) => {
    const parsed = parsePractice(vector.practice);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const router = compileRouter(parsed.practice);
    if (vector.function === "resolveReply") {
      expect(resolveReply(parsed.practice, vector.input)).toEqual(vector.expected);
      expect(router.resolveReply(vector.input)).toEqual(vector.expected);
    } else {
      expect(resolveRecipients(parsed.practice, vector.input)).toEqual(vector.expected);
      expect(router.resolve(vector.input)).toEqual(vector.expected);
    }
  });

  test("exercise every route, failure reason, skip reason, default-cell reason, fallback, cover failure and delivery", () => {
    const seen = new Set<string>();
    for (const vector of vectors) {
      const { expected } = vector;
      seen.add(expected.ok ? `route:${expected.route}` : `reason:${expected.reason}`);
      seen.add(expected.hours.open ? "hours:open" : `hours:closed${expected.hours.nextOpenAt === null ? "" : ":next"}`);
      if (expected.ok) seen.add(expected.respondBy === null ? "respondBy:null" : "respondBy:set");
      if (expected.ok && expected.pools.length > 0) seen.add("pools:some");
      for (const step of expected.trace) {
        seen.add(`step:${step.kind}`);
        if (step.kind === "skipped")
          seen.add(`skip:${step.reason}${"coverFailure" in step ? `:${step.coverFailure}` : ""}`);
        if (step.kind === "default_cell") seen.add(`default:${step.reason}`);
        if (step.kind === "fallback") seen.add(`fallback:${step.from}>${step.to}`);
        if (step.kind === "sticky") seen.add(step.tried.length > 1 ? "sticky:next" : "sticky:first");
        if (step.kind === "sticky" && hasTie(vector, step.groupId)) seen.add("sticky:tie");
      }
    }
    expect([...seen].sort()).toEqual([
      "default:fallback",
      "default:no_provider",
      "default:no_provider_cell",
      "default:not_a_provider",
      "default:unknown_provider",
      "fallback:after_hours_table>default_table",
      "fallback:after_hours_table>location_table",
      "fallback:after_hours_table>provider_table",
      "fallback:default_table>backstop",
      "fallback:location_table>default_table",
      "fallback:provider_table>default_table",
      "fallback:provider_table>location_table",
      "hours:closed:next",
      "hours:open",
      "pools:some",
      "reason:category_disabled",
      "reason:messaging_disabled",
      "reason:no_recipient",
      "reason:not_eligible",
      "reason:patient_blocked",
      "reason:replies_disabled",
      "reason:unknown_category",
      "respondBy:null",
      "respondBy:set",
      "route:after_hours_table",
      "route:backstop",
      "route:default_table",
      "route:location_table",
      "route:provider_table",
      "route:sender",
      "route:sender_cover",
      "skip:absent:chain_too_long",
      "skip:absent:coverer_excluded",
      "skip:absent:coverer_inactive",
      "skip:absent:coverer_unknown",
      "skip:absent:cycle",
      "skip:absent:no_cover",
      "skip:duplicate",
      "skip:excluded",
      "skip:inactive",
      "skip:no_provider",
      "step:after_hours_cell",
      "step:assigned_provider",
      "step:backstop",
      "step:care_team",
      "step:category_disabled",
      "step:coverage",
      "step:default_cell",
      "step:fallback",
      "step:group",
      "step:location_cell",
      "step:messaging_disabled",
      "step:not_eligible",
      "step:patient_blocked",
      "step:pool",
      "step:provider_cell",
      "step:replies_disabled",
      "step:sender",
      "step:skipped",
      "step:sticky",
      "step:unknown_category",
      "step:unknown_group",
      "step:unknown_member",
      "sticky:first",
      "sticky:next",
      "sticky:tie",
    ]);
  });
});
