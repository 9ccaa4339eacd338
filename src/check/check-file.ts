/** Checks one input: read, parse, keep only what the report needs. Never throws. */
import { readFileSync } from 'node:fs';
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

/** Reads synchronously: the batch waits for this file anyway, and an asynchronous read costs several event-loop trips. */
export async function checkFile(label: string, abs: string, opts: CheckOptions): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(abs);
  } catch (err) {
    return unreadable(label, err);
  }
  return checkBytes(label, label, bytes, opts);
}

function unreadable(label: string, err: unknown): FileResult {
  return { label, outcome: 'unreadable', diagnostics: [], message: describeFsError(label, err), bytes: 0, ms: 0 };
}
