/** Reading inputs: files or standard input ("-" or a pipe), with errors a user can act on. */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The most an input may hold: meeting documents are kilobytes, an archive's largest a few tens of megabytes. A device
 * that never ends (/dev/zero) or a runaway pipe gets a clear error instead of filling the memory.
 */
export const MAX_INPUT_BYTES = 512 * 2 ** 20;
/** The limit, which REFERAT_MAX_INPUT_MB may set otherwise (an archive of unusual scans; the tests). */
const limitOf = (env: Io['env']): number => (Number(env.REFERAT_MAX_INPUT_MB) > 0 ? Number(env.REFERAT_MAX_INPUT_MB) * 2 ** 20 : MAX_INPUT_BYTES);
const tooLarge = (what: string, limit: number): string =>
  `${what}: too large (more than ${limit / 2 ** 20} MB; a meeting document is far smaller; REFERAT_MAX_INPUT_MB sets the limit)`;
import type { Io } from './io.js';
import { UsageError } from './io.js';

export interface InputFile {
  /** As given on the command line; null for standard input. */
  path: string | null;
  bytes: Uint8Array;
}

export async function readStdin(stdin: Io['stdin'], limit: number = MAX_INPUT_BYTES): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > limit) throw new UsageError(tooLarge('standard input', limit));
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** A file's bytes, read whole; a device or a FIFO read in chunks up to the limit (its size says nothing). */
function readBounded(path: string, shown: string, limit: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const st = fstatSync(fd);
    if (st.isFile()) {
      if (st.size > limit) throw new UsageError(tooLarge(shown, limit));
      return readFileSync(fd);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 20);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      size += n;
      if (size > limit) throw new UsageError(tooLarge(shown, limit));
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

export async function readInput(path: string, io: Io): Promise<InputFile> {
  const limit = limitOf(io.env);
  if (path === '-') return { path: null, bytes: await readStdin(io.stdin, limit) };
  try {
    // Synchronous: the commands take their files one at a time, and a one-file run then never starts libuv's
    // thread pool (check reads asynchronously, in its workers).
    return { path, bytes: readBounded(resolve(io.cwd, path), path, limit) };
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(describeFsError(path, err));
  }
}

export function describeFsError(path: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return `${path}: no such file`;
    case 'EISDIR':
      return `${path}: is a directory (give files, or use \`referat check DIR\`)`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied`;
    default:
      return `${path}: cannot be read (${code ?? (err as Error)?.message ?? 'unknown error'})`;
  }
}

/** Files from the arguments, or standard input when none are given and stdin is piped. */
export function inputPaths(files: string[], io: Io): string[] {
  if (files.length) return files;
  if (!io.stdin.isTTY) return ['-'];
  throw new UsageError('no input: give a FILE, or `-` to read standard input');
}
