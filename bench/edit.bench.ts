// Benchmark of admin edits: one `set_route` on a 10,000-provider practice, freezing included. A new practice needs a
// new `routing` record, and copying a 10,000-key record is an accepted cost (the practice stays plain JSON
// objects); the target is that an edit costs no more than about that copy, i.e. nothing else grows with the practice.
import { applyEdit } from "../src/edit/applyEdit.js";
import { diffPractices } from "../src/edit/diffPractices.js";
import { revertEdit } from "../src/edit/revertEdit.js";
import type { Edit, EditSuccess } from "../src/edit/types.js";
import { deepFreeze } from "../src/internal/freeze.js";
import { MESSAGE_CATEGORIES } from "../src/model/categories.js";
import type { Member, Practice, Recipient, RoutingTable } from "../src/model/types.js";
import type { BenchModule, BenchSection } from "./types.js";

const EDITS = 1_000;
const TARGET_RATIO = 1.5;

/** 10,000 providers, 2 staff per provider (30,000 members), a group per 100 staff, a table per provider. */
function bigPractice(providers: number): Practice {
  const members: Record<string, Member> = { admin: { name: "Ada Admin", role: "staff", admin: true, active: true } };
  const routing: Record<string, RoutingTable> = {};
  const groups: Record<string, { name: string; members: string[] }> = {};
  for (let i = 0; i < providers; i++) {
    members[`p${i}`] = { name: `Provider ${i}`, role: "provider", admin: false, active: true };
    members[`s${i}a`] = { name: `Staff ${i}a`, role: "staff", admin: false, active: true };
    members[`s${i}b`] = { name: `Staff ${i}b`, role: "staff", admin: false, active: true };
    const group = `g${Math.floor(i / 50)}`;
    groups[group] ??= { name: `Pool ${group}`, members: [] };
    groups[group].members.push(`s${i}a`, `s${i}b`);
    routing[`p${i}`] = {
      appointments: [{ type: "member", id: `s${i}a` }],
      prescriptions: [{ type: "group", id: group }, { type: "assigned_provider" }],
      health_question: [{ type: "assigned_provider" }],
    };
  }
  const cell: Recipient[] = [{ type: "member", id: "admin" }];
  return deepFreeze<Practice>({
    schemaVersion: 2,
    timeZone: "UTC",
    id: "big",
    name: "Big Practice",
    revision: 0,
    messaging: { patientInitiated: true, patientReplies: true, disabledCategories: [] },
    members,
    groups,
    routing,
    defaultRouting: Object.fromEntries(
      MESSAGE_CATEGORIES.map((c) => [c, cell]),
    ) as unknown as Practice["defaultRouting"],
    coverage: {},
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function routeEdit(i: number, providers: number): Edit {
  const provider = `p${(i * 7919) % providers}`;
  const recipients: Recipient[] = [
    { type: "member", id: `s${(i * 31) % providers}b` },
    ...(i % 2 === 0 ? [{ type: "assigned_provider" } as const] : []),
  ];
  return { type: "set_route", providerId: provider, category: "appointments", recipients };
}

interface Run {
  readonly first: number;
  readonly route: number;
  readonly revert: number;
  readonly diff: number;
  readonly copy: number;
}

/** Median times of `EDITS` chained set_route edits (and every tenth one reverted and diffed). */
function measure(providers: number): Run {
  let practice = bigPractice(providers);
  const ctx = { actor: "admin", at: "2026-05-01T09:00:00Z" };
  for (let i = 0; i < 200; i++) applyEdit(practice, routeEdit(i, providers), ctx); // warm-up
  // A growing edit on a practice whose JSON size is not known yet (a new root object) measures it once.
  const grow: Edit = {
    type: "set_route",
    providerId: "p1",
    category: "referrals",
    recipients: [{ type: "member", id: "s1a" }],
  };
  const first = median(Array.from({ length: 5 }, () => time(() => applyEdit(deepFreeze({ ...practice }), grow, ctx))));
  const route: number[] = [];
  const revert: number[] = [];
  const diff: number[] = [];
  const copy: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const before = practice;
    let result: ReturnType<typeof applyEdit> | undefined;
    route.push(time(() => (result = applyEdit(before, routeEdit(i, providers), ctx))));
    if (result?.ok !== true) throw new Error("bench edit refused");
    const done: EditSuccess = result;
    practice = done.practice;
    copy.push(time(() => ({ ...before.routing })));
    if (i % 10 === 0) {
      diff.push(time(() => diffPractices(before, done.practice)));
      revert.push(time(() => (result = revertEdit(done.practice, done, ctx))));
      if (result.ok) practice = result.practice;
    }
  }
  return { first, route: median(route), revert: median(revert), diff: median(diff), copy: median(copy) };
}

const bench: BenchModule = (): BenchSection => {
  const big = measure(10_000);
  const small = measure(1_000);
  return {
    title: "Edits",
    figures: [
      { name: "set_route, 10,000 providers (30,001 members, a table each), median", value: big.route, unit: "ms/edit" },
      { name: "a plain spread copy of the 10,000-key routing record (the accepted cost)", value: big.copy, unit: "ms" },
      { name: "revertEdit of that set_route, median", value: big.revert, unit: "ms/edit" },
      {
        name: "first growing edit of a practice of unknown JSON size (one size measurement)",
        value: big.first,
        unit: "ms/edit",
      },
      { name: "diffPractices before/after that set_route, median", value: big.diff, unit: "ms/diff" },
      { name: "set_route, 1,000 providers, median", value: small.route, unit: "ms/edit" },
    ],
    targets: [
      {
        name: "one set_route / a spread copy of the routing record, 10,000 providers",
        actual: big.route / big.copy,
        limit: TARGET_RATIO,
        unit: "x",
        met: big.route / big.copy <= TARGET_RATIO,
      },
    ],
  };
};

export default bench;
