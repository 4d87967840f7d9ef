import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, test } from "vitest";
import { nodeIo } from "../../src/cli/internal/io.js";
import { readBoundedFile, readBoundedStream } from "../../src/cli/internal/readInput.js";
import { run } from "../../src/cli/run.js";
import { LIMITS } from "../../src/model/limits.js";
import { SAMPLE_JSON } from "./harness.js";

const folder = mkdtempSync(join(tmpdir(), "pmr-read-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const fifo = join(folder, "pipe.json");
execFileSync("mkfifo", [fifo]);
const sparse = join(folder, "sparse.json");
writeFileSync(sparse, "");
truncateSync(sparse, LIMITS.jsonBytes + 1);
const atLimit = join(folder, "at-limit.json");
writeFileSync(atLimit, "");
truncateSync(atLimit, LIMITS.jsonBytes);
const directory = join(folder, "dir.json");
mkdirSync(directory);
const sample = join(folder, "sample.json");
writeFileSync(sample, SAMPLE_JSON);

/** Runs the CLI in-process on the real file system, with `stdin` as standard input. */
async function runReal(argv: readonly string[], stdin: Iterable<string> = []) {
  let stdout = "";
  let stderr = "";
  const io = nodeIo(Readable.from(stdin));
  const code = await run(argv, {
    ...io,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr: stderr.replaceAll(folder, "<tmp>") };
}

describe("readBoundedFile", () => {
  // A FIFO that were opened or read would hang (nobody writes to it): this test would time out.
  test("refuses a FIFO, a device, a directory and a sparse file over the limit, without reading", async () => {
    const paths = [fifo, "/dev/zero", "/dev/urandom", directory, sparse, join(folder, "missing.json")];
    const results = await Promise.all(paths.map((path) => readBoundedFile(path, LIMITS.jsonBytes)));
    expect(results).toMatchInlineSnapshot(`
      [
        {
          "failure": {
            "code": "not_a_file",
            "reason": "it is a named pipe, not a regular file (give - to read standard input)",
          },
          "ok": false,
        },
        {
          "failure": {
            "code": "not_a_file",
            "reason": "it is a character device, not a regular file",
          },
          "ok": false,
        },
        {
          "failure": {
            "code": "not_a_file",
            "reason": "it is a character device, not a regular file",
          },
          "ok": false,
        },
        {
          "failure": {
            "code": "not_a_file",
            "reason": "it is a directory, not a regular file",
          },
          "ok": false,
        },
        {
          "failure": {
            "code": "too_large",
            "reason": "it is larger than 32 MiB, the size limit of a config",
          },
          "ok": false,
        },
        {
          "failure": {
            "code": "unreadable_file",
            "reason": "no such file",
          },
          "ok": false,
        },
      ]
    `);
  });

  test("reads a regular file of exactly the limit, and no more", async () => {
    const result = await readBoundedFile(atLimit, LIMITS.jsonBytes);
    expect(result.ok && result.text.length).toBe(LIMITS.jsonBytes);
  });

  test.runIf(existsSync("/proc/self/status"))(
    "stops after limit + 1 bytes of a file whose size says 0 (a /proc file)",
    async () => {
      expect(await readBoundedFile("/proc/self/status", 10)).toMatchInlineSnapshot(`
        {
          "failure": {
            "code": "too_large",
            "reason": "it is larger than 10 bytes, the size limit of a config",
          },
          "ok": false,
        }
      `);
    },
  );

  test("keeps a byte order mark, so that it can be reported", async () => {
    const path = join(folder, "bom.json");
    writeFileSync(path, "\uFEFF{}");
    expect(await readBoundedFile(path, 100)).toEqual({ ok: true, text: "\uFEFF{}" });
  });
});

describe("readBoundedStream", () => {
  test("reads a stream within the limit", async () => {
    expect(await readBoundedStream(Readable.from(["{", "}"]), 2)).toEqual({ ok: true, text: "{}" });
  });

  test("stops an endless stream once it passes the limit", async () => {
    let pulled = 0;
    const endless = Readable.from(
      (function* () {
        for (;;) {
          pulled++;
          yield "x".repeat(1000);
        }
      })(),
    );
    expect(await readBoundedStream(endless, 4500)).toMatchInlineSnapshot(`
      {
        "failure": {
          "code": "too_large",
          "reason": "it is larger than 4500 bytes, the size limit of a config",
        },
        "ok": false,
      }
    `);
    expect(pulled).toBeLessThan(10);
  });

  test("describes a failing stream by its error code", async () => {
    const failing = new Readable({
      read() {
        this.destroy(Object.assign(new Error("boom"), { code: "EISDIR" }));
      },
    });
    expect(await readBoundedStream(failing, 10)).toMatchInlineSnapshot(`
      {
        "failure": {
          "code": "unreadable_file",
          "reason": "it is a directory, not a regular file",
        },
        "ok": false,
      }
    `);
  });
});

describe("run, on the real file system", () => {
  test("answers each hostile path with one line and exit 1", async () => {
    const paths = [fifo, "/dev/zero", "/dev/urandom", directory, sparse, join(folder, "missing.json")];
    const runs = await Promise.all(paths.map((path) => runReal(["validate", path])));
    expect(runs).toMatchInlineSnapshot(`
      [
        {
          "code": 1,
          "stderr": "error: cannot read <tmp>/pipe.json: it is a named pipe, not a regular file (give - to read standard input)
      ",
          "stdout": "",
        },
        {
          "code": 1,
          "stderr": "error: cannot read /dev/zero: it is a character device, not a regular file
      ",
          "stdout": "",
        },
        {
          "code": 1,
          "stderr": "error: cannot read /dev/urandom: it is a character device, not a regular file
      ",
          "stdout": "",
        },
        {
          "code": 1,
          "stderr": "error: cannot read <tmp>/dir.json: it is a directory, not a regular file
      ",
          "stdout": "",
        },
        {
          "code": 1,
          "stderr": "error: cannot read <tmp>/sparse.json: it is larger than 32 MiB, the size limit of a config
      ",
          "stdout": "",
        },
        {
          "code": 1,
          "stderr": "error: cannot read <tmp>/missing.json: no such file
      ",
          "stdout": "",
        },
      ]
    `);
  });

  test("answers with a JSON error for each hostile path with --json", async () => {
    const runs = await Promise.all([fifo, "/dev/zero", sparse].map((path) => runReal(["table", path, "--json"])));
    expect(runs.map((r) => [r.code, JSON.parse(r.stdout).error.code])).toEqual([
      [1, "not_a_file"],
      [1, "not_a_file"],
      [1, "too_large"],
    ]);
  });

  test("reads a config from standard input with -", async () => {
    const result = await runReal(["table", "-", "--default"], [SAMPLE_JSON.slice(0, 100), SAMPLE_JSON.slice(100)]);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("Practice default");
    expect((await runReal(["validate", sample])).code).toBe(0);
  });

  test("refuses standard input over the limit after a bounded read", async () => {
    const chunk = "x".repeat(1024 * 1024);
    const chunks = Array.from({ length: 40 }, () => chunk);
    expect(await runReal(["validate", "-"], chunks)).toMatchInlineSnapshot(`
      {
        "code": 1,
        "stderr": "error: cannot read standard input: it is larger than 32 MiB, the size limit of a config
      ",
        "stdout": "",
      }
    `);
  });

  test("reports bad JSON on standard input by line and column", async () => {
    expect(await runReal(["validate", "-"], ['{\n  "a": tru\n}'])).toMatchInlineSnapshot(`
      {
        "code": 1,
        "stderr": "error: standard input is not well-formed JSON at line 2, column 11 (expected true)
      ",
        "stdout": "",
      }
    `);
  });
});
