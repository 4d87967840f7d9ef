// Loading practices, with two caches that are safe because a stored revision never changes content:
// the compare-and-swap in db.ts lets exactly one config be written for each (practice id, revision).

import type { Practice, Router } from "patient-message-routing";
import { parsePracticeJson, routerFor } from "patient-message-routing";
import { type Db, readPracticeRow, readRevision } from "./db.js";

export interface PracticeStore {
  /** The current practice (parsed, deeply frozen), or `undefined` when the id is unknown. */
  load(practiceId: string): Practice | undefined;
  /** The compiled router of exactly this practice revision, built on first use. */
  routerOf(practice: Practice): Router;
}

export function createPracticeStore(db: Db): PracticeStore {
  // The latest parsed practice of each id. A request first reads the stored revision (one small query)
  // and parses the config again only when another request or process has saved a newer one.
  const latestById = new Map<string, Practice>();
  return {
    load(practiceId) {
      const revision = readRevision(db, practiceId);
      if (revision === undefined) return undefined;
      const cached = latestById.get(practiceId);
      if (cached?.revision === revision) return cached;
      const row = readPracticeRow(db, practiceId);
      if (row === undefined) return undefined;
      const parsed = parsePracticeJson(row.config);
      // The database only ever holds what serializePractice wrote; anything else is corruption.
      if (!parsed.ok) throw new Error(`Stored config of practice ${practiceId} does not parse.`);
      latestById.set(practiceId, parsed.practice);
      return parsed.practice;
    },
    // The library keeps one compiled router per frozen practice (a WeakMap), so a router is dropped with its
    // revision once `latestById` moves on: nothing to evict by hand.
    routerOf: routerFor,
  };
}
