/**
 * Worker thread of `referat check`: checks the files it is sent, in batches, in the order sent, and answers
 * each batch with one message. Before each file it writes that file's task id into the shared `current` cell,
 * so the pool knows which file a worker is on without a message per file (a message wakes the main thread:
 * one per file cost more than the reading did). Files are read synchronously: this thread has nothing else to
 * do meanwhile, and an asynchronous read needs several trips through the event loop per file.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile } from './check-file.js';
import { IDLE, type BatchDone, type Task, type WorkerData } from './protocol.js';

const { opts, current: shared } = workerData as WorkerData;
const current = new Int32Array(shared);
const batches: Task[][] = [];
let draining = false;

parentPort!.on('message', (batch: Task[]) => {
  batches.push(batch);
  if (!draining) void drain();
});

async function drain(): Promise<void> {
  draining = true;
  for (let batch = batches.shift(); batch; batch = batches.shift()) {
    const results: BatchDone['results'] = [];
    for (const task of batch) {
      Atomics.store(current, 0, task.id);
      results.push({ id: task.id, result: await checkFile(task.label, task.abs, opts) });
    }
    Atomics.store(current, 0, IDLE);
    parentPort!.postMessage({ results } satisfies BatchDone);
  }
  draining = false;
}
