/**
 * A fixed pool of worker threads. Files go to a worker in batches (up to MAX_BATCH), with the next batch already
 * queued in the worker (DEPTH in flight): a worker never idles waiting for the main thread, and it wakes the main
 * thread once per batch, not once per file. Results come back as small FileResults, a batch at a time.
 * The worker writes the id of the file it is on into shared memory: the time limit runs for that file, and a
 * worker that dies (out of memory, a crash in native code) or runs past the limit is replaced, the file it was on
 * reported as failed, and every other file it held sent again: one bad file never stops the batch.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { CheckOptions, FileResult } from './types.js';
import { IDLE, type BatchDone, type Task, type WorkerData } from './protocol.js';

interface Job {
  task: Task;
  resolve: (r: FileResult) => void;
}

interface Slot {
  worker: Worker;
  /** Sent and not yet answered, in the order sent. */
  jobs: Job[];
  /** Batches sent and not yet answered. */
  batches: number;
  /** [0]: the id of the task the worker is on, IDLE between files (written by the worker). */
  current: Int32Array;
  /** The task id seen by the last watch tick, and since when. */
  watched: number;
  since: number;
  /** Whether the worker ever started a file: a death before that is a failure to start, nobody's file's fault. */
  started: boolean;
}

/** Batches in flight per worker. */
const DEPTH = 2;
/** Files per batch at most: a batch is a few tens of milliseconds of work, so the tail of a run stays short. */
const MAX_BATCH = 16;
/** Workers that die before their first file, one after another, before the pool gives up and fails what is left. */
const MAX_START_FAILURES = 3;

/** How to start a worker from wherever this module was loaded: the bundle, tsc's dist/, or the TypeScript source (tests). */
function workerSpec(): { file: string | URL; eval: boolean } {
  const here = import.meta.url;
  // The bundle is code-split: this module may sit in dist/chunks/, the worker entry in dist/.
  for (const rel of ['./check-worker.mjs', '../check-worker.mjs']) {
    const bundled = new URL(rel, here);
    if (!here.endsWith('.ts') && existsSync(bundled)) return { file: bundled, eval: false };
  }
  const built = new URL('./worker.js', here);
  if (!here.endsWith('.ts') && existsSync(built)) return { file: built, eval: false };
  // Running from source (vitest, tsx): register tsx inside the worker, then load worker.ts.
  const source = new URL('./worker.ts', here);
  const req = createRequire(here);
  const tsxApi = join(dirname(req.resolve('tsx/package.json')), 'dist/esm/api/index.mjs');
  const code =
    `import(${JSON.stringify(pathToFileURL(tsxApi).href)})` +
    `.then((m) => { m.register(); return import(${JSON.stringify(source.href)}); })`;
  return { file: code, eval: true };
}

export class Pool {
  /** null: a worker that died and has not been replaced yet (replaced when there is work for it). */
  private readonly slots: Array<Slot | null> = [];
  private startFailures = 0;
  /** Set when workers keep dying before their first file: every file left fails with this. */
  private broken: string | null = null;
  private readonly queue: Job[] = [];
  private nextId = 0;
  private readonly spec = workerSpec();
  private closed = false;
  private pumpScheduled = false;
  /** Checks every worker's current file against the time limit (only with a limit). */
  private watch: NodeJS.Timeout | null = null;

  constructor(
    readonly size: number,
    private readonly opts: CheckOptions,
    /** Per-file time limit in ms (0: none). */
    private readonly timeoutMs = 0,
    /** Heap limits per worker (default: V8's, as for the main thread); a worker that reaches them is replaced. */
    private readonly resourceLimits?: ResourceLimits,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** The most files the pool holds in its workers: a caller keeping more pending than this keeps every worker busy. */
  get capacity(): number {
    return this.size * DEPTH * MAX_BATCH;
  }

  private spawn(): Slot {
    const current = new Int32Array(new SharedArrayBuffer(4));
    current[0] = IDLE;
    const data: WorkerData = { opts: this.opts, current: current.buffer as SharedArrayBuffer };
    const worker = new Worker(this.spec.file, { eval: this.spec.eval, workerData: data, stdout: false, stderr: false, resourceLimits: this.resourceLimits });
    const slot: Slot = { worker, jobs: [], batches: 0, current, watched: IDLE, since: 0, started: false };
    worker.unref();
    worker.on('message', (msg: BatchDone) => this.finish(slot, msg));
    worker.on('error', (err) => this.fail(slot, `internal error: ${err.message}`));
    worker.on('exit', (code) => {
      if (!this.closed) this.fail(slot, `internal error: the worker stopped (exit code ${code})`);
    });
    return slot;
  }

  private finish(slot: Slot, msg: BatchDone): void {
    slot.started = true;
    this.startFailures = 0;
    slot.batches--;
    for (const { id, result } of msg.results) {
      const i = slot.jobs.findIndex((j) => j.task.id === id);
      if (i < 0) continue;
      const [job] = slot.jobs.splice(i, 1);
      job!.resolve(result);
    }
    if (slot.jobs.length === 0) slot.worker.unref();
    this.pump();
  }

  /**
   * The worker died or was stopped. `on`: the file it was on (read once by the caller, so that a worker moving on
   * meanwhile cannot shift the blame). That file fails with `why`; the others it held go back to the front of the
   * queue, finished ones whose answer was lost with the worker included. A death between files blames the first
   * file it held; a death before its first file blames none, and a few such deaths in a row fail what is left
   * (a worker that cannot start will not start for the next file either). The slot is refilled when there is work.
   */
  private fail(slot: Slot, why: string, on = Atomics.load(slot.current, 0)): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    if (on !== IDLE) slot.started = true;
    let k = slot.jobs.findIndex((j) => j.task.id === on);
    if (k < 0) k = slot.started ? 0 : -1;
    const blamed = k >= 0 ? slot.jobs[k] : undefined;
    const again = slot.jobs.filter((_, n) => n !== k);
    slot.jobs = [];
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => {});
    void slot.worker.terminate();
    this.slots[i] = null;
    this.queue.unshift(...again);
    if (blamed) blamed.resolve({ label: blamed.task.label, outcome: 'internal', diagnostics: [], message: why, bytes: 0, ms: 0 });
    if (!slot.started && ++this.startFailures >= MAX_START_FAILURES) this.broken = why;
    this.pump();
  }

  /** Runs every quarter of the limit (at most every half second): a file is given up between 1 and 1.25 limits. */
  private startWatch(): void {
    if (this.watch || this.timeoutMs <= 0) return;
    const tick = Math.max(1, Math.min(500, Math.floor(this.timeoutMs / 4)));
    this.watch = setInterval(() => {
      const now = performance.now();
      for (const slot of [...this.slots]) {
        if (!slot) continue;
        const on = Atomics.load(slot.current, 0);
        if (on !== slot.watched) {
          slot.watched = on;
          slot.since = now;
        } else if (on !== IDLE && slot.jobs.length > 0 && now - slot.since >= this.timeoutMs) {
          this.fail(slot, `gave up after ${Math.round(this.timeoutMs / 1000)} s (--timeout)`, on);
        }
      }
    }, tick);
    this.watch.unref();
  }

  /** Sends batches once the current turn of the event loop has queued what it will: batches, not single files. */
  private schedulePump(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    if (this.closed) return;
    if (this.broken) {
      for (const job of this.queue.splice(0)) {
        job.resolve({ label: job.task.label, outcome: 'internal', diagnostics: [], message: this.broken, bytes: 0, ms: 0 });
      }
      return;
    }
    // Fill every worker to one batch before any gets a second; share what is queued evenly.
    for (let depth = 1; depth <= DEPTH; depth++) {
      for (let i = 0; i < this.slots.length; i++) {
        if (this.queue.length === 0) return;
        const slot = this.slots[i] ?? (this.slots[i] = this.spawn());
        if (slot.batches >= depth) continue;
        const size = Math.min(MAX_BATCH, Math.max(1, Math.floor(this.queue.length / (this.slots.length * DEPTH))));
        const jobs = this.queue.splice(0, size);
        slot.jobs.push(...jobs);
        slot.batches++;
        slot.worker.ref();
        slot.worker.postMessage(jobs.map((j) => j.task));
      }
    }
  }

  run(label: string, abs: string): Promise<FileResult> {
    return new Promise((resolve) => {
      this.queue.push({ task: { id: this.nextId++, label, abs }, resolve });
      this.startWatch();
      this.schedulePump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.watch) clearInterval(this.watch);
    this.watch = null;
    await Promise.all(this.slots.map((s) => s?.worker.terminate()));
  }
}
