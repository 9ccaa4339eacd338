/** Checks one input: read, parse, keep only what the report needs. Never throws. */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { parseAsync } from '../pipeline.js';
import { InputError } from '../model/diagnostic.js';
import { describeFsError } from '../cli/input.js';
import type { CheckOptions, FileResult } from './types.js';

export async function checkBytes(label: string, path: string | null, bytes: Uint8Array, opts: CheckOptions): Promise<FileResult> {
  const t0 = performance.now();
  const base = { label, bytes: bytes.length };
  try {
    const doc = await parseAsync(bytes, { path, repair: opts.repair, names: opts.names });
    const diagnostics = opts.info ? doc.diagnostics : doc.diagnostics.filter((d) => d.severity !== 'info');
    return { ...base, outcome: 'parsed', diagnostics, ms: performance.now() - t0 };
  } catch (err) {
    if (err instanceof InputError) return { ...base, outcome: 'input-error', diagnostics: [err.diagnostic], ms: performance.now() - t0 };
    const message = err instanceof Error ? err.message : String(err);
    return { ...base, outcome: 'internal', diagnostics: [], message: `internal error: ${message}`, ms: performance.now() - t0 };
  }
}

/**
 * Reads synchronously: the batch waits for this file anyway, and an asynchronous read costs several event-loop
 * trips. Opened without blocking, and only a regular file is read: opening a FIFO that nobody writes would block
 * the thread in the kernel, where neither the time limit nor the end of the run can stop it.
 */
export async function checkFile(label: string, abs: string, opts: CheckOptions): Promise<FileResult> {
  let bytes: Uint8Array;
  let fd: number | null = null;
  try {
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (st.isDirectory()) return unreadable(label, Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
    if (!st.isFile()) return { label, outcome: 'unreadable', diagnostics: [], message: `${label}: not a regular file (a FIFO, socket or device)`, bytes: 0, ms: 0 };
    bytes = readFileSync(fd);
  } catch (err) {
    return unreadable(label, err);
  } finally {
    if (fd !== null) closeSync(fd);
  }
  return checkBytes(label, label, bytes, opts);
}

function unreadable(label: string, err: unknown): FileResult {
  return { label, outcome: 'unreadable', diagnostics: [], message: describeFsError(label, err), bytes: 0, ms: 0 };
}
