// Parsing: parsePracticeJson, and parsePracticeJson + validatePractice, against JSON.parse of the same text,
// on a generated 10,000-provider practice (the generator of bench/resolve.bench.ts, copied to keep this file
// self-contained). `npm run --silent bench -- parse` runs only this module.
import { parsePractice } from "../src/parse/parsePractice.js";
import { parsePracticeJson } from "../src/parse/parsePracticeJson.js";
import { validatePractice } from "../src/validate/validatePractice.js";
import { practiceJson } from "./practices.js";
import type { BenchFigure, BenchModule, BenchTarget } from "./types.js";

const PROVIDERS = 10_000;
const ROUNDS = 15; // odd: the median is one round
const WARM_UP = 3;
let sink = 0; // every measured call adds to it, so no call can be optimised away

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
