// The sticky choices of the conformance vectors, recomputed here without the library: the scores of DESIGN.md
// section 12 from Node's own UTF-8 encoder (Buffer) and BigInt arithmetic, so that a backend in another
// language can trust the vectors' `tried` lists as the order it must reproduce.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { Resolution, StickyStep } from "../../src/index.js";

interface Vector {
  readonly name: string;
  readonly practice: { readonly groups?: Record<string, { readonly members: readonly string[] }> };
  readonly input: { readonly patient?: { readonly id?: string } };
  readonly expected: Resolution;
}

const MASK = 0xffffffffn;
const mul32 = (a: bigint, b: bigint) => (a * b) & MASK;

/** FNV-1a 32-bit of some bytes: offset basis 2166136261, prime 16777619. */
function fnv1a(bytes: Uint8Array): bigint {
  let hash = 2166136261n;
  for (const byte of bytes) hash = mul32(hash ^ BigInt(byte), 16777619n);
  return hash;
}

/** murmur3's 32-bit finaliser. */
function fmix32(input: bigint): bigint {
  let h = input;
  h ^= h >> 16n;
  h = mul32(h, 0x85ebca6bn);
  h ^= h >> 13n;
  h = mul32(h, 0xc2b2ae35n);
  h ^= h >> 16n;
  return h;
}

const score = (patientId: string, memberId: string) =>
  fmix32(fnv1a(Buffer.from(`${patientId}\u0000${memberId}`, "utf8")));

/** The group's members, highest score first, ties by smaller id (code units). */
function order(patientId: string, members: readonly string[]): string[] {
  const scored = [...new Set(members)].map((id) => ({ id, score: score(patientId, id) }));
  scored.sort((a, b) => (a.score === b.score ? (a.id < b.id ? -1 : 1) : a.score > b.score ? -1 : 1));
  return scored.map((entry) => entry.id);
}

const folder = new URL("../../conformance/resolve/", import.meta.url);
const index = JSON.parse(readFileSync(new URL("index.json", folder), "utf8")) as { file: string }[];
const vectors = index.map(({ file }) => JSON.parse(readFileSync(new URL(file, folder), "utf8")) as Vector);
const stickyVectors = vectors.flatMap((vector) =>
  vector.expected.trace
    .filter((step): step is StickyStep => step.kind === "sticky")
    .map((step) => [vector.name, vector, step] as const),
);

describe("sticky conformance vectors", () => {
  test("the independent hash gives the published FNV-1a values", () => {
    const hex = (text: string) => fnv1a(Buffer.from(text, "utf8")).toString(16);
    expect([hex(""), hex("a"), hex("foobar")]).toEqual(["811c9dc5", "e40c292c", "bf9cf968"]);
  });

  test("at least eight vectors make a sticky choice, for four different members, one passing over the top", () => {
    const chosen = new Set(stickyVectors.map(([, , step]) => step.memberId));
    expect(stickyVectors.length).toBeGreaterThanOrEqual(8);
    expect(chosen.size).toBeGreaterThanOrEqual(4);
    expect(stickyVectors.some(([, , step]) => step.tried.length > 1)).toBe(true);
  });

  test.each(stickyVectors)(
    "%s: the members tried follow the scores and the chosen one is the best left",
    (_, vector, step) => {
      const patientId = vector.input.patient?.id as string;
      const members = vector.practice.groups?.[step.groupId]?.members ?? [];
      const ranked = order(patientId, members);
      expect(step.tried).toEqual(ranked.slice(0, step.tried.length));
      if (step.memberId === null) {
        expect(step.tried).toEqual(ranked); // nobody could receive: every member was tried
        return;
      }
      const passedOver = step.tried.slice(0, -1);
      const left = members.filter((id) => !passedOver.includes(id));
      expect(step.memberId).toBe(order(patientId, left)[0]); // the best left: highest score, ties by smaller id
    },
  );

  test("the scores of patient p-1001 in the Care Pod, for implementers to compare", () => {
    const members = ["lpatel", "kjones", "oselkin", "mreyes", "jsmith"];
    const scores = Object.fromEntries(members.map((id) => [id, score("p-1001", id).toString(16).padStart(8, "0")]));
    expect(scores).toMatchInlineSnapshot(`
      {
        "jsmith": "426e44c2",
        "kjones": "69aa1020",
        "lpatel": "453d8dde",
        "mreyes": "610b0b59",
        "oselkin": "acbeed11",
      }
    `);
  });

  test("a sticky group without patient.id delivers as each: no sticky step", () => {
    const vector = vectors.find((entry) => entry.name === "sticky-without-patient-id");
    expect(vector?.expected.trace.some((step) => step.kind === "sticky")).toBe(false);
    expect(vector?.expected.trace.some((step) => step.kind === "group")).toBe(true);
  });
});
