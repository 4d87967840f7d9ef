// Parsing: parsePracticeJson, and parsePracticeJson + validatePractice, against JSON.parse of the same text,
// on a generated 10,000-provider practice (the generator of bench/resolve.bench.ts, copied to keep this file
// self-contained). `npm run --silent bench -- parse` runs only this module.
import { MESSAGE_CATEGORIES } from "../src/model/categories.js";
import { parsePractice } from "../src/parse/parsePractice.js";
import { parsePracticeJson } from "../src/parse/parsePracticeJson.js";
import { validatePractice } from "../src/validate/validatePractice.js";
import type { BenchFigure, BenchModule, BenchTarget } from "./types.js";

const PROVIDERS = 10_000;
const ROUNDS = 15; // odd: the median is one round
const WARM_UP = 3;
let sink = 0; // every measured call adds to it, so no call can be optimised away

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A practice of `providers` providers, two staff each (8% of members inactive), as compact JSON text. */
function practiceJson(providers: number): string {
  const next = random(providers);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const pad = (n: number) => String(n).padStart(5, "0");
  const members: Record<string, unknown> = {};
  const staff: string[] = [];
  for (let i = 0; i < providers; i++) {
    members[`p${pad(i)}`] = { name: `Dr. Provider ${i}`, role: "provider", admin: false, active: next() >= 0.08 };
    for (const suffix of ["a", "b"]) {
      const id = `s${pad(i)}${suffix}`;
      staff.push(id);
      members[id] = {
        name: `Staff Member ${i}${suffix}`,
        role: "staff",
        admin: i < 2,
        active: i < 2 || next() >= 0.08,
      };
    }
  }
  const groups: Record<string, unknown> = {};
  for (let g = 0; g < Math.max(2, providers / 5); g++) {
    groups[`g${pad(g)}`] = { name: `Pool ${g}`, members: [pick(staff), pick(staff), pick(staff)] };
  }
  const groupIds = Object.keys(groups);
  const cell = (team: readonly string[]) =>
    Array.from({ length: 1 + Math.floor(next() * 3) }, () => {
      const roll = next();
      if (roll < 0.6) return { type: "member", id: pick(team) };
      return roll < 0.85 ? { type: "group", id: pick(groupIds) } : { type: "assigned_provider" };
    }).filter(
      (recipient, index, all) => all.findIndex((r) => JSON.stringify(r) === JSON.stringify(recipient)) === index,
    );
  const routing: Record<string, unknown> = {};
  for (let i = 0; i < providers; i++) {
    const team = [`s${pad(i)}a`, `s${pad(i)}b`];
    routing[`p${pad(i)}`] = Object.fromEntries(
      MESSAGE_CATEGORIES.filter(() => next() < 0.6).map((category) => [category, cell(team)]),
    );
  }
  const defaultRouting = Object.fromEntries(MESSAGE_CATEGORIES.map((category) => [category, cell(staff.slice(0, 4))]));
  const coverage: Record<string, unknown> = {};
  for (let c = 0; c < Math.max(2, providers / 10); c++) {
    const year = c % 2 === 0 ? 2025 : 2027; // past or future: never in force at AT
    coverage[`c${pad(c)}`] = {
      member: pick(staff),
      from: `${year}-03-01T00:00:00Z`,
      until: `${year}-03-15T00:00:00Z`,
      coveredBy: staff[c % 4],
    };
  }
  const messaging = { patientInitiated: true, patientReplies: true, disabledCategories: [] };
  const document = {
    schemaVersion: 1,
    id: "bench",
    name: "Bench",
    revision: 0,
    messaging,
    members,
    groups,
    routing,
    defaultRouting,
    coverage,
  };
  return JSON.stringify(document);
}

/** Milliseconds of one call, started on a collected heap so that no call pays for another's garbage. */
function timeOnce(run: () => number): number {
  (globalThis.gc as () => void)();
  const start = process.hrtime.bigint();
  sink += run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] as number;
}

/** The median over rounds of `top[round] / bottom[round]`. */
function medianRatio(top: readonly number[], bottom: readonly number[]): number {
  return median(top.map((time, round) => time / (bottom[round] as number)));
}

const run: BenchModule = () => {
  const text = practiceJson(PROVIDERS);
  const checked = parsePracticeJson(text);
  if (!checked.ok) throw new Error(`bench practice does not parse: ${JSON.stringify(checked.issues[0])}`);
  if (!validatePractice(checked.practice).valid) throw new Error("bench practice has validation errors");
  const loops: Record<string, () => number> = {
    jsonParse: () => (JSON.parse(text) as { revision: number }).revision + 1,
    parse: () => (parsePracticeJson(text).ok ? 1 : 0),
    parseValidate: () => {
      const result = parsePracticeJson(text);
      return result.ok ? validatePractice(result.practice).issues.length + 1 : 0;
    },
    parseObject: () => {
      const value: unknown = JSON.parse(text);
      return parsePractice(value).ok ? 1 : 0;
    },
  };
  const names = Object.keys(loops);
  const times: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < WARM_UP + ROUNDS; round++) {
    // The loops take turns, in an order that rotates each round, so load from other processes hits them alike.
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length] as string;
      const ms = timeOnce(loops[name] as () => number);
      if (round >= WARM_UP) times[name]?.push(ms);
    }
  }
  const of = (name: string) => times[name] as number[];
  const size = PROVIDERS.toLocaleString("en-US");
  const figures: BenchFigure[] = [
    { name: `JSON text, ${size} providers`, value: text.length / 1024 / 1024, unit: "MiB" },
    { name: "JSON.parse", value: median(of("jsonParse")), unit: "ms" },
    { name: "parsePracticeJson", value: median(of("parse")), unit: "ms" },
    { name: "parsePracticeJson + validatePractice", value: median(of("parseValidate")), unit: "ms" },
    { name: "JSON.parse + parsePractice (object input, snapshot taken)", value: median(of("parseObject")), unit: "ms" },
    {
      name: "parsePracticeJson / JSON.parse (median of per-round ratios)",
      value: medianRatio(of("parse"), of("jsonParse")),
      unit: "x",
    },
    {
      name: "JSON.parse + parsePractice / JSON.parse (diagnostic)",
      value: medianRatio(of("parseObject"), of("jsonParse")),
      unit: "x",
    },
    { name: "sink (ignore)", value: sink % 1000, unit: "" },
  ];
  const actual = medianRatio(of("parseValidate"), of("jsonParse"));
  const targets: BenchTarget[] = [
    {
      name: `parsePracticeJson + validatePractice / JSON.parse, ${size} providers (median of per-round ratios)`,
      actual,
      limit: 3,
      unit: "x",
      met: actual <= 3,
    },
  ];
  return { title: "Parsing (bench/parse.bench.ts)", figures, targets };
};

export default run;
