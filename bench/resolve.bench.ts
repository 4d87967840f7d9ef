// Resolution hot path: compiled router vs resolveRecipients vs a raw prebuilt-key Map.get, at three sizes.
import { categoryIndex, MESSAGE_CATEGORIES } from "../src/model/categories.js";
import type { Practice } from "../src/model/types.js";
import { parsePracticeJson } from "../src/parse/parsePracticeJson.js";
import { compileRouter } from "../src/resolve/compileRouter.js";
import { resolveRecipients } from "../src/resolve/resolveRecipients.js";
import type { Resolution, ResolveInput } from "../src/resolve/types.js";
import { practiceJson, random } from "./practices.js";
import type { BenchFigure, BenchModule, BenchTarget } from "./types.js";

const SIZES = [10, 1_000, 10_000] as const;
const AT = new Date("2026-06-01T12:00:00Z"); // no coverage entry of the generated practices is in force then
const AT_AWAY = new Date("2025-03-05T12:00:00Z"); // every coverage entry dated 2025 is in force then
const AT_OPEN = new Date("2026-06-03T15:00:00Z"); // Wednesday 11:00 in New York: the scheduled practice is open
const AT_CLOSED = new Date("2026-06-04T02:00:00Z"); // Wednesday 22:00 in New York: closed, after-hours cells apply
const ROUNDS = 21; // odd: the median is one round
const INPUTS = 4_096; // a power of two: inputs are picked with `i & (INPUTS - 1)`
let sink = 0; // every measured loop adds to it, so no call can be optimised away

/** A loop of `count` calls returning a checksum (each kind has its own loop, so its calls stay monomorphic). */
type Loop = (count: number) => number;

function timeLoop(loop: Loop, count: number): number {
  const start = process.hrtime.bigint();
  sink += loop(count);
  return Number(process.hrtime.bigint() - start) / count;
}

/**
 * Per-round nanoseconds per call of each loop: calibrated to about 20 ms per round, warmed up, then 21 rounds
 * in which all loops take turns (so load from other processes hits them alike). Ratios are taken per round.
 */
function roundsOf(loops: readonly Loop[]): number[][] {
  const counts = loops.map((loop) => {
    let count = 256;
    while (timeLoop(loop, count) * count < 20e6) count *= 2;
    return count;
  });
  const rounds = loops.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [k, loop] of loops.entries()) rounds[k]?.push(timeLoop(loop, counts[k] as number));
  }
  return rounds;
}

/** The median over rounds of `top[round] / bottom[round]`. */
function medianRatio(top: readonly number[], bottom: readonly number[]): number {
  return median(top.map((time, round) => time / (bottom[round] as number)));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] as number;
}

/** Heap in use after full collections, repeated until it stops shrinking (so earlier garbage is gone). */
function settledHeap(): number {
  const gc = globalThis.gc as () => void;
  let used = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 6; round++) {
    gc();
    const now = process.memoryUsage().heapUsed;
    if (now >= used - 1024) return now;
    used = now;
  }
  return used;
}

/** Bytes retained by what `build` returns (heap delta between settled heaps). */
function retainedBytes<T>(build: () => T): { value: T; bytes: number } {
  const before = settledHeap();
  const value = build();
  return { value, bytes: settledHeap() - before };
}

const count = (resolution: Resolution) => (resolution.ok ? resolution.recipients.length : 0);

/**
 * The slowest call after each provider's first, in milliseconds. 200,000 calls on a fresh router: random
 * providers (1 in 50 without one) and categories, 70% at `AT`, 20% at `AT_AWAY`, 10% at a random instant of
 * 2024-2028 (so the stretch of time keeps changing), each timed alone. A provider's first call builds its
 * answers and is left out. The same sequence runs on three fresh routers and each call counts with its fastest
 * time, so a pause of the machine's (another process, a collection) must hit the same call three times to count.
 */
function slowestLaterCall(practice: Practice, ids: readonly string[]): number {
  const next = random(11);
  const span = Date.UTC(2029, 0, 1) - Date.UTC(2024, 0, 1);
  const calls = Array.from({ length: 200_000 }, (): ResolveInput => {
    const roll = next();
    const at = roll < 0.7 ? AT : roll < 0.9 ? AT_AWAY : new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * span));
    const providerId = next() < 0.02 ? null : (ids[Math.floor(next() * ids.length)] as string);
    return inputOf(MESSAGE_CATEGORIES[Math.floor(next() * 6)] as string, providerId, at);
  });
  const seen = new Set<unknown>();
  const later = calls.map((input) => seen.has(input.providerId) || !seen.add(input.providerId));
  const fastest = calls.map(() => Number.POSITIVE_INFINITY);
  for (let pass = 0; pass < 3; pass++) {
    const router = compileRouter(practice);
    for (const [k, input] of calls.entries()) {
      const start = process.hrtime.bigint();
      sink += count(router.resolve(input));
      const time = Number(process.hrtime.bigint() - start) / 1e6;
      if (later[k] === true && time < (fastest[k] as number)) fastest[k] = time;
    }
  }
  return fastest.reduce((slowest, time, k) => (later[k] === true && time > slowest ? time : slowest), 0);
}

/**
 * Every input of the bench, in one shape: `locationId` and `patient` are always there (`null` and `undefined`
 * when unused). A router's property reads see one hidden class, as in a service whose request handler always
 * builds the same object; inputs of many shapes make them megamorphic and every call slower (see the
 * Performance guide).
 */
function inputOf(
  category: string,
  providerId: string | null,
  at: Date,
  locationId: string | null = null,
  patient: ResolveInput["patient"] = undefined,
): ResolveInput {
  return { category, providerId, locationId, at, patient } as ResolveInput;
}

/**
 * The raw baseline: every "providerId|category" key of the practice mapped to its recipients at `at`. Its arrays
 * are its own copies, allocated in one pass, so its memory layout owes nothing to the router's.
 */
function baseline(practice: Practice, ids: readonly string[], at: Date): Map<string, readonly string[]> {
  const table = new Map<string, readonly string[]>();
  for (const id of ids) {
    for (const category of MESSAGE_CATEGORIES) {
      const resolution = resolveRecipients(practice, { category, providerId: id, at });
      table.set(`${id}|${category}`, resolution.ok ? [...resolution.recipients] : []);
    }
  }
  return table;
}

/** The loop of `Map.get` over prebuilt keys (`keys[i]` is the key of input `i`). */
function rawLoop(table: ReadonlyMap<string, readonly string[]>, keys: readonly string[]): Loop {
  const mask = INPUTS - 1;
  return (n) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += (table.get(keys[i & mask] as string) as readonly string[]).length;
    return sum;
  };
}

/** Builds one size: the practice, its router (every answer built), the baseline, the inputs and the loops. */
function prepareSize(providers: number) {
  const text = practiceJson(providers);
  const parsed = retainedBytes(() => parsePracticeJson(text));
  if (!parsed.value.ok) throw new Error(`bench practice does not parse: ${JSON.stringify(parsed.value.issues[0])}`);
  const practice: Practice = parsed.value.practice;
  const compile = median(
    Array.from({ length: 15 }, () => {
      const start = process.hrtime.bigint();
      sink += compileRouter(practice).resolve(inputOf("referrals", null, AT)).trace.length;
      return Number(process.hrtime.bigint() - start) / 1e6;
    }),
  );
  const index = retainedBytes(() => compileRouter(practice));
  const ids = Object.keys(practice.members).filter((id) => id.startsWith("p"));
  // Compile, then resolve every provider x category once: every answer the router can store is built.
  let firstPass = 0;
  const warm = retainedBytes(() => {
    const start = process.hrtime.bigint();
    const fresh = compileRouter(practice);
    for (const id of ids)
      for (const category of MESSAGE_CATEGORIES) sink += count(fresh.resolve(inputOf(category, id, AT)));
    firstPass = Number(process.hrtime.bigint() - start) / 1e6;
    return fresh;
  });
  const router = warm.value;
  const next = random(7);
  const inputs: ResolveInput[] = Array.from({ length: INPUTS }, () =>
    inputOf(MESSAGE_CATEGORIES[Math.floor(next() * 6)] as string, ids[Math.floor(next() * ids.length)] as string, AT),
  );
  const away = inputs.map((input) => inputOf(input.category, input.providerId as string, AT_AWAY));
  // The same inputs with each provider id a fresh string of its own, as parsed from a request.
  const fresh = inputs.map((input) => inputOf(input.category, [...(input.providerId as string)].join(""), AT));
  const keys = inputs.map((input) => `${input.providerId}|${input.category}`);
  const mask = INPUTS - 1;
  const raw = rawLoop(baseline(practice, ids, AT), keys);
  const compiled: Loop = (n) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += count(router.resolve(inputs[i & mask] as ResolveInput));
    return sum;
  };
  // Its own router, so it stays in the stretch of time of AT_AWAY: the steady state while somebody is away.
  const awayRouter = compileRouter(practice);
  const compiledAway: Loop = (n) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += count(awayRouter.resolve(away[i & mask] as ResolveInput));
    return sum;
  };
  // The same inputs on the main router, with one call at AT every 4,096: the stretch changes there and back,
  // so the answers an absence changes are resolved afresh after each change.
  const compiledTurning: Loop = (n) => {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      if ((i & mask) === 0) sum += count(router.resolve(inputs[0] as ResolveInput));
      sum += count(router.resolve(away[i & mask] as ResolveInput));
    }
    return sum;
  };
  // The same inputs from a patient with a care team and two exclusions (staff of random providers).
  const staffIds = Object.keys(practice.members).filter((id) => id.startsWith("s"));
  const pickStaff = () => staffIds[Math.floor(next() * staffIds.length)] as string;
  const patients = inputs.map(({ category, providerId }) =>
    inputOf(category, providerId as string, AT, null, {
      id: `patient-${Math.floor(next() * 1e6)}`,
      careTeam: [pickStaff(), pickStaff()],
      excludedMembers: [pickStaff(), pickStaff()],
    }),
  );
  const compiledPatient: Loop = (n) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += count(router.resolve(patients[i & mask] as ResolveInput));
    return sum;
  };
  const compiledFresh: Loop = (n) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += count(router.resolve(fresh[i & mask] as ResolveInput));
    return sum;
  };
  const scheduled = scheduledLoops(providers, ids, inputs);
  const { stickyShare, ...sites } = sitesLoops(providers, inputs);
  const interpreted: Loop = (n) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += count(resolveRecipients(practice, inputs[i & mask] as ResolveInput));
    return sum;
  };
  return {
    providers,
    slowest: providers === 10_000 ? slowestLaterCall(practice, ids) : Number.NaN,
    stickyShare,
    loops: {
      raw,
      compiled,
      compiledAway,
      compiledTurning,
      compiledFresh,
      interpreted,
      compiledPatient,
      ...scheduled,
      ...sites,
    },
    compile,
    firstPass,
    config: parsed.bytes,
    index: index.bytes,
    warm: warm.bytes,
  };
}

/**
 * The same inputs on a practice with a schedule and after-hours cells (version 2), each instant on a router of
 * its own (open, closed), against a raw Map.get of that instant's answers for every provider and category
 * (built as the main baseline is).
 */
function scheduledLoops(providers: number, ids: readonly string[], inputs: readonly ResolveInput[]) {
  const parsed = parsePracticeJson(practiceJson(providers, { schedule: true }));
  if (!parsed.ok) throw new Error(`scheduled bench practice does not parse: ${JSON.stringify(parsed.issues[0])}`);
  const { practice } = parsed;
  const mask = INPUTS - 1;
  const keys = inputs.map((input) => `${input.providerId}|${input.category}`);
  const loopsAt = (at: Date) => {
    const raw = rawLoop(baseline(practice, ids, at), keys);
    // As for the main router: compile, then resolve every provider x category once, in order.
    const router = compileRouter(practice);
    for (const providerId of ids) {
      for (const category of MESSAGE_CATEGORIES) sink += count(router.resolve(inputOf(category, providerId, at)));
    }
    // Literals of the main inputs' shape: the same hidden class, so the router's property reads stay monomorphic.
    const timed = inputs.map(({ category, providerId }) => inputOf(category, providerId as string, at));
    const compiled: Loop = (n) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += count(router.resolve(timed[i & mask] as ResolveInput));
      return sum;
    };
    return { raw, compiled };
  };
  const open = loopsAt(AT_OPEN);
  const closed = loopsAt(AT_CLOSED);
  return { rawOpen: open.raw, compiledOpen: open.compiled, rawClosed: closed.raw, compiledClosed: closed.compiled };
}

/** A tree of nested `Map`s, one level per id of an input, down to its answers by category index. */
type Tree = Map<string, Tree | Resolution[]>;

/**
 * The floor of any structure that finds an answer by several ids of the input: nested `Map`s, one level per id
 * (`path`), holding the router's own answers by category index. No time, no checks, no patient: lookups only.
 */
function treeOf(
  list: readonly ResolveInput[],
  answers: readonly Resolution[],
  path: (input: ResolveInput) => string[],
) {
  const root: Tree = new Map();
  for (const [k, input] of list.entries()) {
    const keys = path(input);
    let node = root;
    for (const key of keys.slice(0, -1)) {
      const below = (node.get(key) as Tree | undefined) ?? new Map();
      node.set(key, below);
      node = below;
    }
    const last = keys[keys.length - 1] as string;
    const six = (node.get(last) as Resolution[] | undefined) ?? [];
    node.set(last, six);
    six[categoryIndex(input.category)] = answers[k] as Resolution;
  }
  return root;
}

/**
 * The same inputs on a practice with sites, sticky and pool groups (version 2), each with a location, from a
 * patient with an id (4,096 patients) and without one, against a raw Map.get of each input's answer; and the
 * floors of a lookup by provider then location (then patient id): see {@link treeOf}.
 */
function sitesLoops(providers: number, inputs: readonly ResolveInput[]) {
  const parsed = parsePracticeJson(practiceJson(providers, { sites: true }));
  if (!parsed.ok) throw new Error(`sites bench practice does not parse: ${JSON.stringify(parsed.issues[0])}`);
  const { practice } = parsed;
  const mask = INPUTS - 1;
  const locationIds = Object.keys(practice.locations ?? {});
  const next = random(11);
  const plain = inputs.map(({ category, providerId }) =>
    inputOf(category, providerId as string, AT, locationIds[Math.floor(next() * locationIds.length)] as string),
  );
  const withId = plain.map(({ category, providerId, locationId }, k) =>
    inputOf(category, providerId as string, AT, locationId as string, { id: `patient-${k}` }),
  );
  const loopsOf = (list: readonly ResolveInput[], key: (input: ResolveInput) => string) => {
    const table = new Map<string, readonly string[]>();
    for (const input of list) {
      const answer = resolveRecipients(practice, input);
      table.set(key(input), answer.ok ? [...answer.recipients] : []);
    }
    const raw = rawLoop(table, list.map(key));
    const router = compileRouter(practice);
    const answers = list.map((input) => router.resolve(input)); // every answer built, as for the main router
    for (const answer of answers) sink += count(answer);
    const compiled: Loop = (n) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += count(router.resolve(list[i & mask] as ResolveInput));
      return sum;
    };
    const share = list.filter((input) =>
      resolveRecipients(practice, input).trace.some((step) => step.kind === "sticky"),
    );
    return { raw, compiled, sticky: share.length / list.length, answers };
  };
  const where = (input: ResolveInput) => `${input.providerId}|${input.category}|${input.locationId}`;
  const without = loopsOf(plain, where);
  const patients = loopsOf(withId, (input) => `${where(input)}|${input.patient?.id}`);
  const byPlace = treeOf(plain, without.answers, (input) => [input.providerId as string, input.locationId as string]);
  const floorSites: Loop = (n) => {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const input = plain[i & mask] as ResolveInput;
      const place = (byPlace.get(input.providerId as string) as Tree).get(input.locationId as string) as Resolution[];
      sum += count(place[categoryIndex(input.category)] as Resolution);
    }
    return sum;
  };
  const byPatient = treeOf(withId, patients.answers, (input) => [
    input.providerId as string,
    input.locationId as string,
    input.patient?.id as string,
  ]);
  const floorSticky: Loop = (n) => {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const input = withId[i & mask] as ResolveInput;
      const place = (byPatient.get(input.providerId as string) as Tree).get(input.locationId as string) as Tree;
      sum += count(
        (place.get(input.patient?.id as string) as Resolution[])[categoryIndex(input.category)] as Resolution,
      );
    }
    return sum;
  };
  return {
    rawSites: without.raw,
    compiledSites: without.compiled,
    floorSites,
    rawSticky: patients.raw,
    compiledSticky: patients.compiled,
    floorSticky,
    stickyShare: patients.sticky,
  };
}

const run: BenchModule = () => {
  const sizes = SIZES.map(prepareSize);
  // Raw and compiled loops of every size take turns in the same rounds: ratios and growth are per round.
  const hot = roundsOf(sizes.flatMap((size) => [size.loops.raw, size.loops.compiled]));
  // With a patient: against the same raw baseline, in rounds of their own.
  const patient = roundsOf(sizes.flatMap((size) => [size.loops.raw, size.loops.compiledPatient]));
  // With sites, sticky and pool groups: without and with patient ids, each against its own baseline.
  const sited = roundsOf(
    sizes.flatMap((size) => [
      size.loops.rawSites,
      size.loops.compiledSites,
      size.loops.floorSites,
      size.loops.rawSticky,
      size.loops.compiledSticky,
      size.loops.floorSticky,
    ]),
  );
  // With a schedule and after-hours cells: open and closed instants, each against its own baseline.
  const week = roundsOf(
    sizes.flatMap((size) => [
      size.loops.rawOpen,
      size.loops.compiledOpen,
      size.loops.rawClosed,
      size.loops.compiledClosed,
    ]),
  );
  // The interpreter allocates a lot, and the "somebody away" case reads the clock less predictably: they
  // are timed on their own so they do not disturb the loops above.
  const cold = roundsOf(
    sizes.flatMap((size) => [
      size.loops.interpreted,
      size.loops.compiledAway,
      size.loops.compiledTurning,
      size.loops.raw,
      size.loops.compiledFresh,
    ]),
  );
  const figures: BenchFigure[] = [];
  const targets: BenchTarget[] = [];
  const target = (name: string, actual: number, limit: number, unit: string) =>
    targets.push({ name, actual, limit, unit, met: actual <= limit });
  for (const [k, r] of sizes.entries()) {
    const size = r.providers.toLocaleString("en-US");
    const [raw, compiled] = [hot[2 * k] as number[], hot[2 * k + 1] as number[]];
    figures.push(
      { name: `raw Map.get, ${size} providers`, value: median(raw), unit: "ns/op" },
      { name: `compiled resolve, ${size} providers`, value: median(compiled), unit: "ns/op" },
      {
        name: `compiled resolve, somebody in the practice away, ${size} providers`,
        value: median(cold[5 * k + 1] as number[]),
        unit: "ns/op",
      },
      {
        name: `compiled resolve, somebody away, the stretch of time changing every 4,096 calls, ${size} providers`,
        value: median(cold[5 * k + 2] as number[]),
        unit: "ns/op",
      },
      {
        name: `compiled resolve, provider ids as fresh strings / raw Map.get (diagnostic), ${size} providers`,
        value: medianRatio(cold[5 * k + 4] as number[], cold[5 * k + 3] as number[]),
        unit: "x",
      },
      { name: `resolveRecipients, ${size} providers`, value: median(cold[5 * k] as number[]), unit: "ns/op" },
      { name: `compile, ${size} providers`, value: r.compile, unit: "ms" },
      {
        name: `compile + first resolve of every provider x category, ${size} providers`,
        value: r.firstPass,
        unit: "ms",
      },
      { name: `parsed config heap, ${size} providers`, value: r.config / 1024, unit: "KiB" },
      { name: `index heap after compile, ${size} providers`, value: r.index / 1024, unit: "KiB" },
      { name: `index heap with every answer built, ${size} providers`, value: r.warm / 1024, unit: "KiB" },
    );
    target(
      `compiled / raw Map.get, ${size} providers (median of per-round ratios)`,
      medianRatio(compiled, raw),
      2,
      "x",
    );
    const [rawForPatient, compiledPatient] = patient.slice(2 * k, 2 * k + 2) as number[][];
    figures.push({
      name: `compiled resolve with a patient (care team, two exclusions), ${size} providers`,
      value: median(compiledPatient as number[]),
      unit: "ns/op",
    });
    target(
      `with a patient (care team, two exclusions): compiled / raw Map.get, ${size} providers`,
      medianRatio(compiledPatient as number[], rawForPatient as number[]),
      5,
      "x",
    );
    const [rawSites, compiledSites, floorSites, rawSticky, compiledSticky, floorSticky] = sited.slice(
      6 * k,
      6 * k + 6,
    ) as number[][];
    figures.push(
      {
        name: `compiled resolve with locations, pool and sticky groups, no patient id, ${size} providers`,
        value: median(compiledSites as number[]),
        unit: "ns/op",
      },
      {
        name: `compiled resolve with locations, pool and sticky groups, patient ids, ${size} providers`,
        value: median(compiledSticky as number[]),
        unit: "ns/op",
      },
      {
        name: `share of those calls a sticky group answers, ${size} providers`,
        value: 100 * r.stickyShare,
        unit: "%",
      },
      {
        name: `floor: nested Maps by provider, location / raw Map.get (diagnostic), ${size} providers`,
        value: medianRatio(floorSites as number[], rawSites as number[]),
        unit: "x",
      },
      {
        name: `floor: nested Maps by provider, location, patient id / raw Map.get (diagnostic), ${size} providers`,
        value: medianRatio(floorSticky as number[], rawSticky as number[]),
        unit: "x",
      },
    );
    target(
      `with locations and sticky groups, no patient id: compiled / raw Map.get, ${size} providers`,
      medianRatio(compiledSites as number[], rawSites as number[]),
      2,
      "x",
    );
    target(
      `with locations and sticky groups, patient ids: compiled / raw Map.get, ${size} providers`,
      medianRatio(compiledSticky as number[], rawSticky as number[]),
      2,
      "x",
    );
    const [rawOpen, compiledOpen, rawClosed, compiledClosed] = week.slice(4 * k, 4 * k + 4) as number[][];
    figures.push(
      {
        name: `compiled resolve with a schedule, open, ${size} providers`,
        value: median(compiledOpen as number[]),
        unit: "ns/op",
      },
      {
        name: `compiled resolve with a schedule, closed (after-hours cells), ${size} providers`,
        value: median(compiledClosed as number[]),
        unit: "ns/op",
      },
    );
    target(
      `with a schedule and after-hours cells, open: compiled / raw Map.get, ${size} providers`,
      medianRatio(compiledOpen as number[], rawOpen as number[]),
      2,
      "x",
    );
    target(
      `with a schedule and after-hours cells, closed: compiled / raw Map.get, ${size} providers`,
      medianRatio(compiledClosed as number[], rawClosed as number[]),
      2,
      "x",
    );
  }
  const large = sizes[2] as (typeof sizes)[0];
  const [rawSmall, compiledSmall, , , rawLarge, compiledLarge] = hot as number[][];
  figures.push({
    name: "raw Map.get growth, 10 -> 10,000 providers (for comparison)",
    value: medianRatio(rawLarge as number[], rawSmall as number[]),
    unit: "x",
  });
  target(
    "compiled resolve growth, 10 -> 10,000 providers (median of per-round ratios)",
    medianRatio(compiledLarge as number[], compiledSmall as number[]),
    3.5,
    "x",
  );
  // The router builds answers on first use (DESIGN.md section 15): the targets are about compiling, the calls
  // and first use; "every answer built" is a figure (what a service pays to warm every answer at startup).
  target("compile, 10,000 providers (answers built on first use)", large.compile, 15, "ms");
  target(
    "index heap after compile / parsed config heap, 10,000 providers",
    (100 * large.index) / large.config,
    25,
    "%",
  );
  target("slowest call after a provider's first, 10,000 providers (fastest of 3 runs)", large.slowest, 1, "ms");
  figures.push({
    name: "index heap, every answer built / parsed config heap, 10,000 providers",
    value: (100 * large.warm) / large.config,
    unit: "%",
  });
  figures.push({ name: "sink (ignore)", value: sink % 1000, unit: "" });
  return { title: "Resolution (bench/resolve.bench.ts)", figures, targets };
};

export default run;
