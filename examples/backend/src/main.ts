// `npm start`: opens the database (creating it with the sample practice the first time) and listens on
// loopback. Options: --port N (default 3000; 0 picks a free port), --db FILE (default .tmp/practices.sqlite).

import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { samplePractice } from "patient-message-routing";
import { insertPracticeIfMissing, openDb } from "./db.js";
import { createPracticeStore } from "./practices.js";
import { createAppServer } from "./server.js";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "3000" },
    db: { type: "string", default: ".tmp/practices.sqlite" },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error("--port must be a whole number from 0 to 65535.");
  process.exit(2);
}

mkdirSync(dirname(values.db), { recursive: true });
const db = openDb(values.db);
insertPracticeIfMissing(db, samplePractice());

const server = createAppServer({ db, store: createPracticeStore(db), now: () => new Date() });
server.listen(port, "127.0.0.1", () => {
  const address = server.address();
  const actualPort = typeof address === "object" && address !== null ? address.port : port;
  console.log(`listening on http://127.0.0.1:${actualPort}`);
});

function stop(): void {
  server.close();
  db.close();
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
