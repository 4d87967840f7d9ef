// 06 — Compile a router once per practice revision for a hot path.
//
// `compileRouter(practice)` precomputes the tables so each `resolve` call is O(1); it gives the same
// answers as `resolveRecipients`. A message service keeps one router per practice and rebuilds it when
// the practice's `revision` changes.
import { isDeepStrictEqual } from "node:util";
import {
  compileRouter,
  MESSAGE_CATEGORIES,
  type Practice,
  type Router,
  resolveRecipients,
  samplePractice,
} from "patient-message-routing";

// A tiny cache keyed by practice id, rebuilt on a new revision.
const routers = new Map<string, { revision: number; router: Router }>();
function routerFor(practice: Practice): Router {
  const cached = routers.get(practice.id);
  if (cached?.revision === practice.revision) return cached.router;
  const router = compileRouter(practice);
  routers.set(practice.id, { revision: practice.revision, router });
  return router;
}

const practice = samplePractice();
const providers = [null, "crusher", "oselkin", "unknown-provider"];
// A deterministic day of traffic: every category, every kind of patient, every half hour,
// across the start of Jane Smith's absence at midnight on 2026-12-01.
const start = Date.parse("2026-11-30T12:00:00Z");
const workload = Array.from({ length: 48 }, (_, slot) => new Date(start + slot * 30 * 60_000)).flatMap((at) =>
  providers.flatMap((providerId) => MESSAGE_CATEGORIES.map((category) => ({ category, providerId, at }))),
);

const received = new Map<string, number>();
let disagreements = 0;
for (const input of workload) {
  const resolution = routerFor(practice).resolve(input);
  if (!isDeepStrictEqual(resolution, resolveRecipients(practice, input))) disagreements++;
  if (!resolution.ok) continue;
  for (const id of resolution.recipients) received.set(id, (received.get(id) ?? 0) + 1);
}

console.log(`${workload.length} messages routed, ${routers.size} router compiled, ${disagreements} disagreements.`);
console.log("Messages per work queue:");
for (const [id, count] of [...received].sort(([a], [b]) => (a < b ? -1 : 1))) {
  console.log(`  ${(practice.members[id]?.name ?? id).padEnd(16)} ${count}`);
}
