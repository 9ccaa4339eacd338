/**
 * Atomic file replacement: write a temporary file in the target's directory (same file system, so
 * rename is atomic), flush it, then rename it over the target. A run interrupted before the rename
 * leaves the target as it was; a failure removes the temporary file.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Called after the data is written and before the rename; tests use it to simulate a crash. */
  beforeRename?: (tempPath: string) => void | Promise<void>;
}

export async function writeFileAtomic(path: string, data: string, options: AtomicWriteOptions = {}): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
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
  }
}
