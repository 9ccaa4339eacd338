/**
 * From the command line's FILE|DIR|GLOB… to a stream of entries, in the order given: a file as is
 * (whatever its extension), a directory recursed in sorted order for .txt and .md files (regular files, or
 * links to them: never FIFOs or devices, which could block), a glob
 * expanded by tinyglobby (sorted), `-` for standard input. Directories are walked lazily, one
 * directory at a time, so an archive of any size costs no more memory than its largest folder.
 */
import { opendir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { describeFsError } from '../cli/input.js';
import type { CheckEntry } from './types.js';

export const EXTENSIONS = ['.txt', '.md'];
const wanted = (name: string): boolean => EXTENSIONS.some((e) => name.toLowerCase().endsWith(e));
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A link to a FIFO or a device is no document: reading one could wait forever. A broken link is reported when read. */
async function isRegularFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return true;
  }
}

async function* walk(label: string, abs: string): AsyncGenerator<CheckEntry> {
  const files: string[] = [];
  const dirs: string[] = [];
  try {
    const dir = await opendir(abs);
    for await (const d of dir) {
      if (d.name.startsWith('.') || d.name === 'node_modules') continue;
      if (d.isDirectory()) dirs.push(d.name);
      else if (d.isFile() && wanted(d.name)) files.push(d.name);
      else if (d.isSymbolicLink() && wanted(d.name) && (await isRegularFile(join(abs, d.name)))) files.push(d.name);
    }
  } catch (err) {
    yield { label, abs, error: describeFsError(label, err) };
    return;
  }
  // Files of a folder before its subfolders, each sorted: a stable, readable order.
  for (const f of files.sort(compare)) yield { label: join(label, f), abs: join(abs, f) };
  for (const d of dirs.sort(compare)) yield* walk(join(label, d), join(abs, d));
}

export async function* discover(args: string[], cwd: string): AsyncGenerator<CheckEntry> {
  for (const arg of args) {
    if (arg === '-') {
      yield { label: '<stdin>', abs: null };
      continue;
    }
    const abs = resolve(cwd, arg);
    let isDir = false;
    try {
      isDir = (await stat(abs)).isDirectory();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && isDynamicPattern(arg)) {
        const matches = await glob(arg, { cwd, onlyFiles: true, dot: false, expandDirectories: false, followSymbolicLinks: true });
        if (matches.length === 0) yield { label: arg, abs: null, error: `${arg}: no files match` };
        for (const m of matches.sort(compare)) yield { label: m, abs: resolve(cwd, m) };
        continue;
      }
      yield { label: arg, abs, error: describeFsError(arg, err) };
      continue;
    }
    if (isDir) yield* walk(arg, abs);
    else yield { label: arg, abs };
  }
}
