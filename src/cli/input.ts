/** Reading inputs: files or standard input ("-" or a pipe), with errors a user can act on. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Io } from './io.js';
import { UsageError } from './io.js';

export interface InputFile {
  /** As given on the command line; null for standard input. */
  path: string | null;
  bytes: Uint8Array;
}

export async function readStdin(stdin: Io['stdin']): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

export async function readInput(path: string, io: Io): Promise<InputFile> {
  if (path === '-') return { path: null, bytes: await readStdin(io.stdin) };
  try {
    // Synchronous: the commands take their files one at a time, and a one-file run then never starts libuv's
    // thread pool (check reads asynchronously, in its workers).
    return { path, bytes: readFileSync(resolve(io.cwd, path)) };
  } catch (err) {
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
