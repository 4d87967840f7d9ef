// Test helpers: start the real server (`src/main.ts`, as `npm start` does) on a random loopback port with a
// temporary database, and call its API.

import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

export const BACKEND_DIR = new URL("..", import.meta.url).pathname;
export const PRACTICE_ID = "enterprise-family-medicine";

export interface RunningServer {
  readonly url: string;
  readonly dbFile: string;
  stop(): Promise<void>;
}

/** A temporary folder for one test's database, removed by `removeDir`. */
export function makeTempDir(): string {
  return mkdtempSync(join(tmpdir(), "pmr-backend-"));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Starts `src/main.ts --port 0 --db dbFile` and resolves once it prints where it listens. */
export async function startServer(dbFile: string): Promise<RunningServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "src/main.ts", "--port", "0", "--db", dbFile],
    { cwd: BACKEND_DIR, stdio: ["ignore", "pipe", "inherit"] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on("line", (line) => {
      const match = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`server exited with code ${code} before listening`)));
  });
  return {
    url,
    dbFile,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

export interface Reply {
  readonly status: number;
  // biome-ignore lint/suspicious/noExplicitAny: test assertions read whatever the API answered
  readonly body: any;
  readonly text: string;
}

/** Calls the API: `call(server, "POST", "/edits", {edit, expectedRevision}, "jsmith")`, paths under the practice. */
export async function call(
  server: RunningServer,
  method: "GET" | "POST",
  path: string,
  body?: unknown,
  actor?: string,
): Promise<Reply> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (actor !== undefined) headers["x-actor"] = actor;
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = typeof body === "string" ? body : JSON.stringify(body);
  const response = await fetch(`${server.url}/api/practices/${PRACTICE_ID}${path}`, init);
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), text };
}

/** The practice's current revision, as an admin sees it. */
export async function revisionOf(server: RunningServer, actor = "jsmith"): Promise<number> {
  const reply = await call(server, "GET", "", undefined, actor);
  return reply.body.practice.revision as number;
}

/** Applies one edit as `actor` on the current revision. */
export async function edit(server: RunningServer, actor: string, change: unknown): Promise<Reply> {
  const expectedRevision = await revisionOf(server);
  return call(server, "POST", "/edits", { edit: change, expectedRevision }, actor);
}
