/**
 * Atomic file replacement: write a temporary file in the target's directory (same file system, so
 * rename is atomic), flush it, then rename it over the target. A run interrupted before the rename
 * leaves the target as it was; a failure removes the temporary file, and so does an interrupt (Ctrl-C).
 */
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temporary files being written: an interrupted run (Ctrl-C, a kill) removes them before it ends. */
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** On SIGINT, SIGTERM or SIGHUP: remove the temporary files, then end as the signal would have. */
function onSignal(signal: NodeJS.Signals): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // gone already
    }
  }
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
}

/**
 * The handlers stand only while a write is under way: between writes (a long parse of the next file) a Ctrl-C ends
 * the run at once, as it would without them.
 */
function track(temp: string): void {
  if (pending.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  pending.add(temp);
}
function untrack(temp: string): void {
  pending.delete(temp);
  if (pending.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
}

export interface AtomicWriteOptions {
  /** Called after the data is written and before the rename; tests use it to simulate a crash. */
  beforeRename?: (tempPath: string) => void | Promise<void>;
}

export async function writeFileAtomic(target: string, data: string, options: AtomicWriteOptions = {}): Promise<void> {
  // A symbolic link is rewritten where it points (the link stays a link): "rewrite in place" means the file it names.
  const path = await realpath(target).catch(() => target);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  track(temp);
  // Keep the mode of a file being replaced (--write), so a rewrite does not change permissions.
  const mode = await stat(path).then((s) => s.mode & 0o777, () => 0o666);
  const handle = await open(temp, 'wx', mode);
  try {
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.beforeRename?.(temp);
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  } finally {
    untrack(temp);
  }
}
