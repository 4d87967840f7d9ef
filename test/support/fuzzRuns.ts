// How many inputs a fuzz property tries: its base share of the default run, scaled by `FUZZ_RUNS`. The parse and
// serialize suites' bases add up to at least 10,000 hostile inputs per `npm test`; `FUZZ_RUNS=100000` scales
// every property so that they add up to about that many (see docs/config-format.md and the README).

const BASE_TOTAL = 10_000;
const requested = Number(process.env.FUZZ_RUNS);
const scale = Number.isSafeInteger(requested) && requested > 0 ? requested / BASE_TOTAL : 1;

/** The `numRuns` of a fuzz property whose share of the 10,000 base inputs is `base`. */
export function fuzzRuns(base: number): number {
  return Math.max(1, Math.round(base * scale));
}
