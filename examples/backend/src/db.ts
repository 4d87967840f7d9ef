// Storage: three SQLite tables and the few statements the server needs. Every function here is
// synchronous (better-sqlite3), so one request's read-apply-write runs without another request in between
// inside this process; the compare-and-swap on `revision` is what keeps two processes (or a future async
// driver) from overwriting each other.

import Database from "better-sqlite3";
import type { AuditEntry, EditPatch, EditSuccess, Practice } from "patient-message-routing";
import { serializePractice } from "patient-message-routing";

export type Db = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS practices (
  id             TEXT PRIMARY KEY,
  revision       INTEGER NOT NULL,
  config         TEXT NOT NULL,   -- serializePractice(practice): canonical JSON, the source of truth
  initial_config TEXT NOT NULL    -- the config at creation, so the audit log can be replayed from it
);
CREATE TABLE IF NOT EXISTS audit (
  practice_id    TEXT NOT NULL REFERENCES practices(id),
  revision       INTEGER NOT NULL,  -- the practice's revision after the edit
  at             TEXT NOT NULL,
  actor          TEXT NOT NULL,
  summary        TEXT NOT NULL,
  entry          TEXT NOT NULL,     -- the whole AuditEntry as JSON (its edit is a machine-readable record)
  patches        TEXT NOT NULL,     -- JSON: what revertEdit needs to undo this edit
  inverse_patches TEXT NOT NULL,
  PRIMARY KEY (practice_id, revision)
);
CREATE TABLE IF NOT EXISTS messages (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  practice_id    TEXT NOT NULL REFERENCES practices(id),
  revision       INTEGER NOT NULL,  -- the practice revision that routed it
  kind           TEXT NOT NULL,     -- 'new' (patient-initiated) or 'reply'
  category       TEXT NOT NULL,
  provider_id    TEXT,
  sender_id      TEXT,              -- for a reply: the member who wrote the message being answered
  at             TEXT NOT NULL,
  route          TEXT NOT NULL,
  recipients     TEXT NOT NULL,     -- JSON array of member ids
  body           TEXT NOT NULL
);
`;

/** Opens (and if needed creates) the database file. WAL lets readers run beside the one writer. */
export function openDb(file: string): Db {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  db.exec(SCHEMA);
  return db;
}

/** Stores a new practice at its current revision unless one with that id exists. */
export function insertPracticeIfMissing(db: Db, practice: Practice): void {
  const config = serializePractice(practice);
  db.prepare("INSERT OR IGNORE INTO practices (id, revision, config, initial_config) VALUES (?, ?, ?, ?)").run(
    practice.id,
    practice.revision,
    config,
    config,
  );
}

/** The ids of every stored practice, in id order. */
export function readPracticeIds(db: Db): string[] {
  const rows = db.prepare("SELECT id FROM practices ORDER BY id").all() as { id: string }[];
  return rows.map((row) => row.id);
}

/** The stored revision of a practice, or `undefined` when there is no such practice. */
export function readRevision(db: Db, practiceId: string): number | undefined {
  const row = db.prepare("SELECT revision FROM practices WHERE id = ?").get(practiceId) as
    | { revision: number }
    | undefined;
  return row?.revision;
}

/** The stored config text and its revision. */
export function readPracticeRow(db: Db, practiceId: string): { revision: number; config: string } | undefined {
  return db.prepare("SELECT revision, config FROM practices WHERE id = ?").get(practiceId) as
    | { revision: number; config: string }
    | undefined;
}

/**
 * Compare-and-swap: writes the edited practice and its audit row only if the stored revision is still the
 * one the edit was applied to. Returns `false` (and writes nothing) when someone else saved first.
 */
export function saveEdit(db: Db, fromRevision: number, result: EditSuccess): boolean {
  const save = db.transaction((): boolean => {
    const updated = db
      .prepare("UPDATE practices SET config = ?, revision = ? WHERE id = ? AND revision = ?")
      .run(serializePractice(result.practice), result.practice.revision, result.practice.id, fromRevision);
    if (updated.changes === 0) return false;
    const { audit } = result;
    db.prepare(
      `INSERT INTO audit (practice_id, revision, at, actor, summary, entry, patches, inverse_patches)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      audit.practiceId,
      audit.revision,
      audit.at,
      audit.actor,
      audit.summary,
      JSON.stringify(audit),
      JSON.stringify(result.patches),
      JSON.stringify(result.inversePatches),
    );
    return true;
  });
  // IMMEDIATE takes the write lock before the UPDATE, so two processes never both pass the check.
  return save.immediate();
}

/** One stored edit: its audit entry and the patches `revertEdit` needs. */
export interface StoredEdit {
  readonly audit: AuditEntry;
  readonly patches: readonly EditPatch[];
  readonly inversePatches: readonly EditPatch[];
}

interface AuditRow {
  entry: string;
  patches: string;
  inverse_patches: string;
}

function toStoredEdit(row: AuditRow): StoredEdit {
  return {
    audit: JSON.parse(row.entry) as AuditEntry,
    patches: JSON.parse(row.patches) as EditPatch[],
    inversePatches: JSON.parse(row.inverse_patches) as EditPatch[],
  };
}

/** The audit log of a practice, oldest first. */
export function readAudit(db: Db, practiceId: string): StoredEdit[] {
  const rows = db
    .prepare("SELECT entry, patches, inverse_patches FROM audit WHERE practice_id = ? ORDER BY revision")
    .all(practiceId) as AuditRow[];
  return rows.map(toStoredEdit);
}

/** The stored edit that produced `revision`, or `undefined`. */
export function readAuditEntry(db: Db, practiceId: string, revision: number): StoredEdit | undefined {
  const row = db
    .prepare("SELECT entry, patches, inverse_patches FROM audit WHERE practice_id = ? AND revision = ?")
    .get(practiceId, revision) as AuditRow | undefined;
  return row === undefined ? undefined : toStoredEdit(row);
}

/** A routed message, as stored. */
export interface MessageRecord {
  readonly practiceId: string;
  readonly revision: number;
  readonly kind: "new" | "reply";
  readonly category: string;
  readonly providerId: string | null;
  readonly senderId: string | null;
  readonly at: string;
  readonly route: string;
  readonly recipients: readonly string[];
  readonly body: string;
}

/** Stores a routed message and returns its id. */
export function insertMessage(db: Db, message: MessageRecord): number {
  const info = db
    .prepare(
      `INSERT INTO messages (practice_id, revision, kind, category, provider_id, sender_id, at, route, recipients, body)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      message.practiceId,
      message.revision,
      message.kind,
      message.category,
      message.providerId,
      message.senderId,
      message.at,
      message.route,
      JSON.stringify(message.recipients),
      message.body,
    );
  return Number(info.lastInsertRowid);
}
