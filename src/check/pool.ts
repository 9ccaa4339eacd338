/**
 * A fixed pool of worker threads. Each worker checks one file at a time, in the order sent, with the next one
 * already queued in the worker (DEPTH in flight): a worker never idles waiting for the main thread's message.
 * Results come back as small FileResults. A worker that dies (out of memory, a crash in native code) or runs past
 * the time limit is replaced; the file it was on is reported as failed and the one queued behind it is sent
 * again: one bad file never stops the batch.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CheckOptions, FileResult } from './types.js';
import type { Task } from './worker.js';

interface Job {
  task: Task;
  resolve: (r: FileResult) => void;
}

interface Slot {
  worker: Worker;
  /** In flight, in the order sent: the worker is on the first one. */
  jobs: Job[];
  timer: NodeJS.Timeout | null;
}

const DEPTH = 2;

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
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private readonly spec = workerSpec();

  constructor(
    readonly size: number,
    private readonly opts: CheckOptions,
    /** Per-file time limit in ms (0: none). */
    private readonly timeoutMs = 0,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(this.spec.file, {
      eval: this.spec.eval,
      workerData: this.opts,
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, jobs: [], timer: null };
    worker.unref();
    worker.on('message', (msg: { id: number; result: FileResult }) => {
      if (slot.jobs[0]?.task.id !== msg.id) return;
      this.finish(slot, msg.result);
    });
    const fail = (why: string): void => {
      const job = slot.jobs[0];
      this.replace(slot);
      if (job) job.resolve({ label: job.task.label, outcome: 'internal', diagnostics: [], message: why, bytes: 0, ms: 0 });
    };
    worker.on('error', (err) => fail(`internal error: ${err.message}`));
    worker.on('exit', (code) => {
      if (this.closed) return;
      fail(`internal error: the worker stopped (exit code ${code})`);
    });
    return slot;
  }

  private closed = false;

  /** A fresh worker in the slot's place; the files queued behind the failed one go back to the front of the queue. */
  private replace(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => {});
    void slot.worker.terminate();
    this.queue.unshift(...slot.jobs.slice(1));
    slot.jobs = [];
    const i = this.slots.indexOf(slot);
    if (i < 0 || this.closed) return;
    const fresh = this.spawn();
    this.slots[i] = fresh;
    this.pump();
  }

  private finish(slot: Slot, result: FileResult): void {
    const job = slot.jobs.shift()!;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    this.startClock(slot);
    if (slot.jobs.length === 0) slot.worker.unref();
    job.resolve(result);
    this.pump();
  }

  /** The time limit runs for the file the worker is on. */
  private startClock(slot: Slot): void {
    const job = slot.jobs[0];
    if (!job || this.timeoutMs <= 0 || slot.timer) return;
    slot.timer = setTimeout(() => {
      const j = slot.jobs[0];
      slot.timer = null;
      this.replace(slot);
      if (j) {
        j.resolve({
          label: j.task.label,
          outcome: 'internal',
          diagnostics: [],
          message: `gave up after ${Math.round(this.timeoutMs / 1000)} s (--timeout)`,
          bytes: 0,
          ms: this.timeoutMs,
        });
      }
    }, this.timeoutMs);
  }

  private pump(): void {
    // Fill every worker to one file before any gets a second.
    for (let depth = 1; depth <= DEPTH; depth++) {
      for (const slot of this.slots) {
        if (slot.jobs.length >= depth) continue;
        const job = this.queue.shift();
        if (!job) return;
        slot.jobs.push(job);
        slot.worker.ref();
        slot.worker.postMessage(job.task);
        this.startClock(slot);
      }
    }
  }

  run(label: string, abs: string): Promise<FileResult> {
    return new Promise((resolve) => {
      this.queue.push({ task: { id: this.nextId++, label, abs }, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const slot of this.slots) {
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
    }
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

