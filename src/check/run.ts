/**
 * `referat check`: discovery → (in-process or worker pool) → reporter, streaming.
 *
 * Entries are taken from discovery lazily and their results emitted strictly in input order: a
 * bounded window of pending results (twice what the workers hold: 64 per worker) is all that is held, so memory does not grow
 * with the archive. Small batches run in-process (starting workers costs more than it saves); from
 * POOL_THRESHOLD files on, `--jobs N` worker threads (one or more) parse them.
 */
import { availableParallelism, totalmem } from 'node:os';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import type { Paint } from '../cli/color.js';
import { readStdin } from '../cli/input.js';
import { EXIT, type Io } from '../cli/io.js';
import { checkBytes, checkFile } from './check-file.js';
import { discover } from './discover.js';
import { Pool } from './pool.js';
import { progress as makeProgress } from './progress.js';
import { githubReporter, jsonReporter, prettyReporter, problems, type Reporter, type ReporterName, type Summary } from './reporters.js';
import type { CheckEntry, CheckOptions, FileResult } from './types.js';

export const POOL_THRESHOLD = 24;

export interface RunOptions extends CheckOptions {
  strict: boolean;
  reporter: ReporterName;
  jobs?: number;
  quiet?: boolean;
  /** Per-file time limit in ms for pooled runs (0: none). */
  timeoutMs?: number;
  /** Run files on worker threads even in a short batch (the time limit applies only there). */
  isolate?: boolean;
  color: Paint;
  /** Force progress output even when stderr is not a terminal (tests). */
  progressDelayMs?: number;
}

/**
 * Each worker is an isolate that compiles its own optimised code, and by default V8 compiles on helper threads,
 * which compete with the workers themselves once there is a worker per core (with fewer workers, an idle core
 * takes them). So when a pool fills the cores: compile on the worker's own thread, optimise only code that stays
 * hot longer, and without inlining.
 * Compiling on the worker's thread: with helper threads, two workers over 3000 files took 13.4–14.0 s of CPU
 * (the helpers 1.9 s of it) and the workers' own threads no less than without them (5.9 s each): optimised code
 * queued behind a busy core arrives late, and the worker runs slower code meanwhile. On its own thread:
 * 12.2–12.6 s in all (per-thread CPU from /proc, two runs each).
 * The other two chosen by counting instructions (valgrind, one isolate, compiling on its own thread: all the work
 * a core does) over 300 and 900 of the fixtures, projected to 1500 (each worker's share of 3000): V8's defaults
 * 35.7 billion, without inlining 33.9; without inlining and with an interrupt budget of 150 000 or 200 000 32.8,
 * 300 000 33.2, 400 000 33.8, 800 000 34.9 (a later tier-up saves compiling but runs unoptimised code longer).
 * Young-generation size, single-threaded GC, early Sparkplug, Maglev and a larger bytecode allowance per tick made
 * no difference or cost more.
 * One worker (an idle core beside it) keeps V8's defaults: its critical path is its own thread, and there
 * inlining's faster code pays for its compiling on the other core.
 * Only compiler settings are changed here, before the workers start (each isolate reads them when it is made):
 * garbage-collector settings must not be (turning off concurrent marking while a marking cycle runs is a fatal
 * V8 error). A process-wide setting: this is the `check` command's own process, never the library's.
 */
function tuneV8ForWorkers(): void {
  setFlagsFromString('--no-concurrent-recompilation');
  setFlagsFromString('--no-turbo-inlining');
  setFlagsFromString('--interrupt-budget=200000');
}

/**
 * Each worker may grow to V8's default heap limit; many workers at once could together pass the machine's memory,
 * and then the kernel ends the whole run. So workers share three quarters of the memory: a file that needs more
 * than its worker's share is reported (out of memory) and the batch goes on. Undefined: the default is smaller.
 */
export function workerHeapLimitMb(totalBytes: number, jobs: number, defaultLimitBytes: number): number | undefined {
  const share = Math.floor((totalBytes * 0.75) / jobs / 2 ** 20);
  return share < defaultLimitBytes / 2 ** 20 ? Math.max(256, share) : undefined;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * The most workers a run starts, whatever `--jobs` asks: one per core (parsing is work for a core; more workers only
 * take turns), and no more than leave each a GiB of the machine's memory (a 20 MB document needs about that). A user
 * test with `--jobs 1000` had 28 files take 20 s and 6 GB, and a large file fail for its worker's small share.
 */
export function maxJobs(cores: number, totalBytes: number): number {
  return Math.max(1, Math.min(cores, Math.floor((totalBytes * 0.75) / 2 ** 30)));
}

export async function runCheck(args: string[], io: Io, opts: RunOptions): Promise<number> {
  const t0 = performance.now();
  const reporter: Reporter =
    opts.reporter === 'json' ? jsonReporter(io.stdout) : opts.reporter === 'github' ? githubReporter(io.stdout) : prettyReporter(io.stdout, opts.color, { quiet: opts.quiet, strict: opts.strict });
  const bar = makeProgress(io.stderr, { enabled: !opts.quiet, delayMs: opts.progressDelayMs });
  const jobs = Math.min(maxJobs(availableParallelism(), totalmem()), Math.max(1, Math.floor(opts.jobs ?? defaultJobs())));
  const summary: Summary = {
    files: 0, filesWithErrors: 0, filesWithWarnings: 0, errors: 0, warnings: 0, unreadable: 0, internal: 0,
    byRule: {}, strict: opts.strict, ok: true, ms: 0,
  };
  let worst: number = EXIT.ok;
  let discovered = 0;
  let discoveryDone = false;

  const emit = (r: FileResult): void => {
    summary.files++;
    if (r.outcome === 'unreadable') summary.unreadable++;
    if (r.outcome === 'internal') summary.internal++;
    let e = 0;
    let w = 0;
    for (const d of problems(r)) {
      if (d.severity === 'info') continue;
      if (d.severity === 'error') e++;
      else w++;
      summary.byRule[d.rule] = (summary.byRule[d.rule] ?? 0) + 1;
    }
    summary.errors += e;
    summary.warnings += w;
    if (e) summary.filesWithErrors++;
    else if (w) summary.filesWithWarnings++;
    if (r.outcome === 'unreadable' || r.outcome === 'internal') worst = Math.max(worst, EXIT.usage);
    else if (e || (opts.strict && w)) worst = Math.max(worst, EXIT.documentErrors);
    bar.clear();
    reporter.file(r);
    bar.update({ done: summary.files, discovered, discoveryDone, errors: summary.errors, warnings: summary.warnings, current: r.label });
  };

  const entries = discover(args, io.cwd);
  // Look ahead: a short batch never pays for workers.
  const head: CheckEntry[] = [];
  let exhausted = false;
  while (head.length < POOL_THRESHOLD) {
    const n = await entries.next();
    if (n.done) {
      exhausted = true;
      break;
    }
    head.push(n.value);
  }
  discovered = head.length;
  // From POOL_THRESHOLD files on, even one job runs on a worker: as fast as in-process (measured), and the worker
  // gives it the time limit and keeps a crash or an out-of-memory file from ending the batch.
  const files = head.filter((e) => e.abs !== null && !e.error).length;
  const pooled = !exhausted || (opts.isolate === true && files > 0);
  // A short batch needs no more workers than it has files.
  const workers = exhausted ? Math.max(1, Math.min(jobs, files)) : jobs;
  if (pooled && workers >= availableParallelism()) tuneV8ForWorkers();
  const heapMb = workerHeapLimitMb(totalmem(), workers, getHeapStatistics().heap_size_limit);
  const pool = pooled
    ? new Pool(workers, { repair: opts.repair, names: opts.names, info: opts.info }, opts.timeoutMs ?? 0, heapMb ? { maxOldGenerationSizeMb: heapMb } : undefined)
    : null;
  let stdinUsed = false;

  const start = (entry: CheckEntry): Promise<FileResult> => {
    if (entry.error) return Promise.resolve({ label: entry.label, outcome: 'unreadable', diagnostics: [], message: entry.error, bytes: 0, ms: 0 });
    if (entry.abs === null) {
      if (stdinUsed) return Promise.resolve({ label: entry.label, outcome: 'unreadable', diagnostics: [], message: 'standard input was already read', bytes: 0, ms: 0 });
      stdinUsed = true;
      return readStdin(io.stdin).then((bytes) => checkBytes(entry.label, null, bytes, opts));
    }
    return pool ? pool.run(entry.label, entry.abs) : checkFile(entry.label, entry.abs, opts);
  };

  // Results are printed in input order: a window of twice what the workers hold keeps them busy behind a slow
  // file, while memory stays bounded (results hold only diagnostics).
  const window = pool ? 2 * pool.capacity : 1;
  const pending: Promise<FileResult>[] = [];
  try {
    const all = async function* (): AsyncGenerator<CheckEntry> {
      yield* head;
      head.length = 0;
      if (!exhausted) for await (const e of entries) {
        discovered++;
        yield e;
      }
      discoveryDone = true;
    };
    for await (const entry of all()) {
      pending.push(start(entry));
      while (pending.length >= window) emit(await pending.shift()!);
    }
    discoveryDone = true;
    while (pending.length) emit(await pending.shift()!);
  } finally {
    await pool?.close();
    bar.end();
  }
  summary.ms = Math.round(performance.now() - t0);
  summary.ok = worst === EXIT.ok;
  if (summary.files === 0) {
    io.stderr.write('referat: no files to check\n');
    worst = Math.max(worst, EXIT.usage);
    summary.ok = false;
  }
  reporter.end(summary);
  return worst;
}
