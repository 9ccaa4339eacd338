/**
 * `referat normalize FILE… [--out-dir DIR | --write] [--force]`: normalised Markdown, to stdout
 * (one input), to DIR/NAME.md per input, or in place for .md inputs. Every write is atomic. Output
 * targets are checked before anything is written, so a refused run changes nothing; a document that
 * does not parse (or has errors) is reported and skipped while the others are written.
 */
import type { Command } from 'commander';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import type { ReferatDocument } from '../../model/schema.js';
import { writeFileAtomic } from '../atomic-write.js';
import { colorFor } from '../color.js';
import { inputPaths } from '../input.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { formatDiagnostic } from '../report.js';
import { loadNames, parseOne, type CommonOptions } from './parse.js';

interface NormalizeOptions extends CommonOptions {
  outDir?: string;
  write?: boolean;
  force?: boolean;
}

export function registerNormalize(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('normalize')
    .description('write meeting documents as normalised Markdown (front matter + one `## N. title` per item)')
    .argument('[files...]', 'input files (`-` for standard input)')
    .option('--out-dir <dir>', 'write DIR/NAME.md for each input (the directory is created)')
    .option('--write', 'rewrite .md inputs in place')
    .option('--force', 'with --out-dir: overwrite existing output files (never an input)')
    .option('--no-repair', 'turn OCR repair off')
    .option('--names <file>', 'extra names (one per line) for OCR repair')
    .option('--quiet', 'no warnings on stderr')
    .action(async (files: string[], opts: NormalizeOptions) => {
      const paths = inputPaths(files, io);
      const targets = await planTargets(paths, opts, io);
      const ecolor = await colorFor(io.stderr, io, program.opts().color);
      const names = await loadNames(opts.names, io);
      if (opts.outDir !== undefined) await makeDir(resolve(io.cwd, opts.outDir), opts.outDir);
      let code: number = EXIT.ok;
      for (const [k, path] of paths.entries()) {
        let result: Awaited<ReturnType<typeof parseOne>>;
        try {
          result = await parseOne(path, io, opts, names);
        } catch (err) {
          if (!(err instanceof UsageError)) throw err;
          io.stderr.write(`referat: ${err.message}\n`);
          code = Math.max(code, err.code);
          continue;
        }
        const { doc, label, failure } = result;
        if (!doc) {
          io.stderr.write(`${ecolor.red('error')} ${failure} (skipped)\n`);
          code = Math.max(code, result.internal ? EXIT.usage : EXIT.documentErrors);
          continue;
        }
        const errors = hasErrors(doc);
        for (const d of doc.diagnostics) {
          if (d.severity === 'error' || (d.severity === 'warning' && !opts.quiet)) io.stderr.write(formatDiagnostic(label, d, ecolor) + '\n');
        }
        if (errors) {
          io.stderr.write(`${ecolor.red('error')} ${label}: not normalised because of the errors above (skipped)\n`);
          code = Math.max(code, EXIT.documentErrors);
          continue;
        }
        const { normalize } = await import('../../emit/markdown.js');
        let md: string;
        try {
          md = normalize(doc);
        } catch (err) {
          // A fault of referat's own: this file is reported and skipped, the others are still written.
          io.stderr.write(`${ecolor.red('error')} ${label}: internal error: ${(err as Error)?.message ?? String(err)} (skipped)\n`);
          code = Math.max(code, EXIT.usage);
          continue;
        }
        const target = targets[k];
        if (target === undefined) {
          io.stdout.write(md);
          continue;
        }
        // --write on a file that is already normalised leaves it (and its mtime) alone.
        if (opts.write && (await readFile(target).then((b) => b.equals(Buffer.from(md)), () => false))) continue;
        try {
          await writeFileAtomic(target, md);
        } catch (err) {
          io.stderr.write(`referat: ${target}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`);
          code = Math.max(code, EXIT.usage);
        }
      }
      setExit(code);
    });
}

const hasErrors = (doc: ReferatDocument): boolean => doc.diagnostics.some((d) => d.severity === 'error');

/** Where each input goes (undefined: stdout), refusing the whole run before anything is written. */
async function planTargets(paths: string[], opts: NormalizeOptions, io: Io): Promise<Array<string | undefined>> {
  if (opts.outDir !== undefined && opts.write) throw new UsageError('--out-dir and --write cannot be used together');
  if (opts.force && opts.outDir === undefined) throw new UsageError('--force only applies to --out-dir');
  if (opts.outDir === undefined && !opts.write) {
    if (paths.length > 1) throw new UsageError('several inputs need --out-dir DIR (or --write for .md files); only one input goes to standard output');
    return [undefined];
  }
  if (paths.includes('-')) throw new UsageError(`standard input cannot be used with ${opts.write ? '--write' : '--out-dir'}; pipe the output instead`);
  if (opts.write) {
    const other = paths.find((p) => extname(p).toLowerCase() !== '.md');
    if (other !== undefined) throw new UsageError(`--write rewrites .md files only, and ${other} is not one; use --out-dir DIR`);
    return paths.map((p) => resolve(io.cwd, p));
  }
  const dir = resolve(io.cwd, opts.outDir!);
  const targets = paths.map((p) => resolve(dir, basename(p, extname(p)) + '.md'));
  const seen = new Map<string, string>();
  const inputs = await Promise.all(paths.map((p) => stat(resolve(io.cwd, p)).catch(() => null)));
  for (const [k, target] of targets.entries()) {
    const display = `${opts.outDir!.replace(/\/+$/, '')}/${basename(target)}`;
    const prior = seen.get(target);
    if (prior !== undefined) throw new UsageError(`${prior} and ${paths[k]} would both be written to ${display}`);
    seen.set(target, paths[k]!);
    const existing = await stat(target).catch(() => null);
    if (!existing) continue;
    // Compare files, not names: a symlink or another spelling of an input's path is still that input.
    if (inputs.some((s) => s && s.dev === existing.dev && s.ino === existing.ino)) throw new UsageError(`${display} is an input file; refusing to overwrite it`);
    if (!opts.force) throw new UsageError(`${display} exists; use --force to overwrite it`);
  }
  return targets;
}

async function makeDir(dir: string, shown: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw new UsageError(`--out-dir ${shown}: cannot create the directory (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}
