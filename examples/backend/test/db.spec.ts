// The compare-and-swap write on its own, without a server: two admins edit the same revision; the first save
// wins and the second writes nothing.

import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { applyEdit, samplePractice, serializePractice } from "patient-message-routing";
import { insertPracticeIfMissing, openDb, readAudit, readPracticeRow, saveEdit } from "../src/db.js";
import { makeTempDir, removeDir } from "./server.js";

test("saveEdit stores the first of two edits of one revision and refuses the second", () => {
  const dir = makeTempDir();
  const db = openDb(join(dir, "practices.sqlite"));
  try {
    const practice = samplePractice();
    insertPracticeIfMissing(db, practice);
    const at = "2026-11-02T10:00:00Z";
    const first = applyEdit(practice, { type: "set_messaging", enabled: false }, { actor: "jsmith", at });
    const second = applyEdit(practice, { type: "set_replies", enabled: false }, { actor: "jsmith", at });
    assert.ok(first.ok && second.ok);

    assert.equal(saveEdit(db, practice.revision, first), true);
    assert.equal(saveEdit(db, practice.revision, second), false);

    assert.deepEqual(readPracticeRow(db, practice.id), { revision: 1, config: serializePractice(first.practice) });
    assert.deepEqual(
      readAudit(db, practice.id).map((stored) => stored.audit.summary),
      ["Jane Smith turned patient-initiated messaging off."],
    );
  } finally {
    db.close();
    removeDir(dir);
  }
});
