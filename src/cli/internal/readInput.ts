import { constants, type Stats } from "node:fs";
import { open, stat } from "node:fs/promises";

/** Why a config file could not be read; `code` is also the `--json` error code. */
export interface ReadFailure {
  readonly code: "unreadable_file" | "not_a_file" | "too_large";
  /** Why, in a few words: "no such file", "it is a directory, not a regular file"... Never the file's text. */
  readonly reason: string;
}

/** The outcome of reading a config file: its UTF-8 text (a byte order mark kept), or why not. */
export type ReadResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly failure: ReadFailure };

const SYSTEM_REASONS: Readonly<Record<string, string>> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a directory, not a regular file",
  ENOTDIR: "a part of the path is not a directory",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "the path is too long",
};

/** Describes a rejected file-system call by its Node.js error `code` (never by its message). */
export function describeSystemError(error: unknown): ReadFailure {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const reason = typeof code === "string" ? (SYSTEM_REASONS[code] ?? `system error ${code}`) : "unknown error";
  return { code: "unreadable_file", reason };
}

const MIB = 1024 * 1024;

/** The refusal of a file that is too large: more than `limit` bytes. */
export function tooLarge(limit: number): ReadFailure {
  const size = limit % MIB === 0 ? `${limit / MIB} MiB` : `${limit} bytes`;
  return { code: "too_large", reason: `it is larger than ${size}, the size limit of a config` };
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a named pipe";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  if (info.isSocket()) return "a socket";
  return "not a regular file";
}

function refusal(info: Stats, limit: number): ReadFailure | undefined {
  if (!info.isFile()) {
    const hint = info.isFIFO() ? " (give - to read standard input)" : "";
    return { code: "not_a_file", reason: `it is ${kindOf(info)}, not a regular file${hint}` };
  }
  return info.size > limit ? tooLarge(limit) : undefined;
}

const CHUNK_BYTES = MIB;

/**
 * Reads a regular file of at most `limit` bytes. Stats the path first and never opens anything else (a
 * FIFO, a device, a directory) nor reads a file whose size is over the limit; then reads at most
 * `limit + 1` bytes, so a file that grows or lies about its size is refused after a bounded read.
 */
export async function readBoundedFile(path: string, limit: number): Promise<ReadResult> {
  try {
    const refused = refusal(await stat(path), limit);
    if (refused !== undefined) return { ok: false, failure: refused };
    // O_NONBLOCK: should the path become a FIFO after the stat, opening it must not wait for a writer.
    const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const refusedNow = refusal(await handle.stat(), limit);
      if (refusedNow !== undefined) return { ok: false, failure: refusedNow };
      const chunks: Buffer[] = [];
      let total = 0;
      for (;;) {
        const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, limit + 1 - total));
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        chunks.push(chunk.subarray(0, bytesRead));
        total += bytesRead;
        if (total > limit) return { ok: false, failure: tooLarge(limit) };
      }
      return { ok: true, text: Buffer.concat(chunks).toString("utf8") };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, failure: describeSystemError(error) };
  }
}

/** Reads a stream (standard input) to its end, refusing it as soon as it passes `limit` bytes. */
export async function readBoundedStream(
  stream: AsyncIterable<Uint8Array | string>,
  limit: number,
): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk);
      total += bytes.length;
      if (total > limit) return { ok: false, failure: tooLarge(limit) };
      chunks.push(bytes);
    }
  } catch (error) {
    return { ok: false, failure: describeSystemError(error) };
  }
  return { ok: true, text: Buffer.concat(chunks).toString("utf8") };
}
