// Validation: dense coverage (100 members who all cover each other) against JSON.parse of its text, and a
// replace_member edit at 10,000 providers against one validatePractice of the same practice.
import { applyEdit } from "../src/edit/applyEdit.js";
import { deepFreeze } from "../src/internal/freeze.js";
import { MESSAGE_CATEGORIES } from "../src/model/categories.js";
import type { Practice } from "../src/model/types.js";
import { validatePractice } from "../src/validate/validatePractice.js";
import { random } from "./practices.js";
import type { BenchFigure, BenchModule, BenchTarget } from "./types.js";

const ROUNDS = 7; // odd: the median is one round
const DENSE_MEMBERS = 100;
const PROVIDERS = 10_000;
const AT = "2026-05-01T09:00:00Z";
let sink = 0; // every measured call adds to it, so no call can be optimised away

const pad = (n: number) => String(n).padStart(5, "0");
const messaging = { patientInitiated: true, patientReplies: true, disabledCategories: [] };
const envelope = { schemaVersion: 1, id: "bench", name: "Bench", revision: 0, messaging };

/**
 * 100 members, each covered by each of the 99 others (9,900 entries), all in force together from the last
 * start on; the starts are distinct minutes in shuffled order. About 1 MB of JSON.
 */
function denseCoverageJson(): string {
  const next = random(DENSE_MEMBERS);
  const ids = Array.from({ length: DENSE_MEMBERS }, (_, i) => `m${pad(i)}`);
  const members = Object.fromEntries(
    ids.map((id, i) => [id, { name: `Member ${i}`, role: "staff", admin: i === 0, active: true }]),
  );
  const pairs = ids.flatMap((member) => ids.filter((other) => other !== member).map((other) => [member, other]));
  const starts = pairs.map((_, index) => index);
  for (let i = starts.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [starts[i], starts[j]] = [starts[j] as number, starts[i] as number];
  }
  const base = Date.parse("2026-01-01T00:00:00Z");
  const coverage = Object.fromEntries(
    pairs.map(([member, coveredBy], index) => [
      `c${pad(index)}`,
      {
        member,
        from: new Date(base + (starts[index] as number) * 60_000).toISOString(),
        until: "2026-12-31T00:00:00Z",
        coveredBy,
      },
    ]),
  );
  const cell = [{ type: "member", id: "m00000" }];
  const defaultRouting = Object.fromEntries(MESSAGE_CATEGORIES.map((category) => [category, cell]));
  return JSON.stringify({ ...envelope, members, groups: {}, routing: {}, defaultRouting, coverage });
}

/** `providers` providers, two staff each, a pool of three staff per five providers, tables and coverage. */
function largePracticeJson(providers: number): string {
  const next = random(providers);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const members: Record<string, unknown> = {};
  const staff: string[] = [];
  for (let i = 0; i < providers; i++) {
    members[`p${pad(i)}`] = { name: `Dr. Provider ${i}`, role: "provider", admin: false, active: next() >= 0.08 };
    for (const suffix of ["a", "b"]) {
      staff.push(`s${pad(i)}${suffix}`);
      const active = i < 2 || next() >= 0.08;
      members[`s${pad(i)}${suffix}`] = { name: `Staff ${i}${suffix}`, role: "staff", admin: i < 2, active };
    }
  }
  const groups: Record<string, { name: string; members: string[] }> = {};
  for (let g = 0; g < providers / 5; g++) {
    groups[`g${pad(g)}`] = { name: `Pool ${g}`, members: [...new Set([pick(staff), pick(staff), pick(staff)])] };
  }
  const groupIds = Object.keys(groups);
  const cell = (team: readonly string[]) => {
    const entries = Array.from({ length: 1 + Math.floor(next() * 3) }, () => {
      const roll = next();
      if (roll < 0.6) return { type: "member", id: pick(team) };
      return roll < 0.85 ? { type: "group", id: pick(groupIds) } : { type: "assigned_provider" };
    });
    return entries.filter(
      (entry, index) => entries.findIndex((e) => JSON.stringify(e) === JSON.stringify(entry)) === index,
    );
  };
  const routing: Record<string, unknown> = {};
  for (let i = 0; i < providers; i++) {
    const team = [`s${pad(i)}a`, `s${pad(i)}b`];
    routing[`p${pad(i)}`] = Object.fromEntries(
      MESSAGE_CATEGORIES.filter(() => next() < 0.6).map((category) => [category, cell(team)]),
    );
  }
  const defaultRouting = Object.fromEntries(MESSAGE_CATEGORIES.map((category) => [category, cell(staff.slice(0, 4))]));
  const coverage: Record<string, unknown> = {};
  for (let c = 0; c < providers / 10; c++) {
    const year = c % 2 === 0 ? 2025 : 2027;
    const member = pick(staff.slice(4));
    const period = { from: `${year}-03-01T00:00:00Z`, until: `${year}-03-15T00:00:00Z` };
    coverage[`c${pad(c)}`] = { member, ...period, coveredBy: staff[c % 4] };
  }
  return JSON.stringify({ ...envelope, members, groups, routing, defaultRouting, coverage });
}

/** The practice of a generated text (valid by construction), deeply frozen as `parsePracticeJson` returns it. */
function parsed(text: string): Practice {
  return deepFreeze(JSON.parse(text) as Practice);
}

function time(run: () => number): number {
  const start = process.hrtime.bigint();
  sink += run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] as number;
}

/** Per-round milliseconds of each job; the jobs take turns in every round, after two warm-up rounds. */
function rounds(jobs: readonly (() => number)[]): number[][] {
  for (let round = 0; round < 2; round++) for (const job of jobs) time(job);
  const times = jobs.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [k, job] of jobs.entries()) times[k]?.push(time(job));
  }
  return times;
}

const ratioOf = (top: readonly number[], bottom: readonly number[]) =>
  median(top.map((value, round) => value / (bottom[round] as number)));

function target(name: string, actual: number, limit: number): BenchTarget {
  return { name, actual, limit, unit: "x", met: actual <= limit };
}

const bench: BenchModule = () => {
  const denseText = denseCoverageJson();
  const dense = parsed(denseText);
  const [parseTimes = [], denseTimes = [], activeTimes = []] = rounds([
    () => Object.keys(JSON.parse(denseText) as object).length,
    () => validatePractice(dense).issues.length,
    () => {
      const result = applyEdit(
        dense,
        { type: "set_member_active", id: "m00042", active: false },
        { actor: "m00000", at: AT },
      );
      if (!result.ok) throw new Error(`bench edit refused: ${result.error.code}`);
      return result.patches.length;
    },
  ]);
  const largeText = largePracticeJson(PROVIDERS);
  const large = parsed(largeText);
  const from = Object.values(large.groups)
    .flatMap((group) => group.members)
    .find((id) => id > "s00002") as string;
  const edit = { type: "replace_member", from, to: "s00001b" } as const;
  const [validateTimes = [], replaceTimes = []] = rounds([
    () => validatePractice(large).issues.length,
    () => {
      const result = applyEdit(large, edit, { actor: "s00000a", at: AT });
      if (!result.ok) throw new Error(`bench edit refused: ${result.error.code}`);
      return result.patches.length;
    },
  ]);
  const figures: BenchFigure[] = [
    {
      name: `dense coverage: JSON text (${denseText.length} bytes), JSON.parse, median`,
      value: median(parseTimes),
      unit: "ms",
    },
    { name: "dense coverage: validatePractice, median", value: median(denseTimes), unit: "ms" },
    { name: "dense coverage: set_member_active, median", value: median(activeTimes), unit: "ms" },
    { name: "10,000 providers: validatePractice, median", value: median(validateTimes), unit: "ms" },
    {
      name: `10,000 providers: replace_member of group member ${from}, median`,
      value: median(replaceTimes),
      unit: "ms",
    },
  ];
  if (sink === 0) throw new Error("nothing measured");
  return {
    title: "Validation",
    figures,
    targets: [
      target("dense coverage validatePractice / JSON.parse of its text", ratioOf(denseTimes, parseTimes), 20),
      target("replace_member / validatePractice, 10,000 providers", ratioOf(replaceTimes, validateTimes), 0.5),
    ],
  };
};

export default bench;
