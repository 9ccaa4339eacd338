/** Checks one input: read, parse, keep only what the report needs. Never throws. */
import { readFile } from 'node:fs/promises';
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

export async function checkFile(label: string, abs: string, opts: CheckOptions): Promise<FileResult> {
  return checkRead(label, readFile(abs), opts);
}

/** Checks a file whose reading has already started (a worker reads its next file while it parses this one). */
export async function checkRead(label: string, reading: Promise<Uint8Array>, opts: CheckOptions): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = await reading;
  } catch (err) {
    return { label, outcome: 'unreadable', diagnostics: [], message: describeFsError(label, err), bytes: 0, ms: 0 };
  }
  return checkBytes(label, label, bytes, opts);
}
