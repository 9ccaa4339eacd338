/**
 * Worker thread of `referat check`: checks the files it is sent, one at a time and in the order sent, one
 * message back per file. The pool keeps the next file queued here, so the worker never waits for a message,
 * and its reading starts on arrival: the disk works while the previous file is parsed.
 */
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { checkRead } from './check-file.js';
import type { CheckOptions } from './types.js';

export interface Task {
  id: number;
  label: string;
  abs: string;
}

const opts = workerData as CheckOptions;
const queue: Array<{ task: Task; reading: Promise<Uint8Array> }> = [];
let draining = false;

parentPort!.on('message', (task: Task) => {
  const reading = readFile(task.abs);
  reading.catch(() => {}); // reported by checkRead when its turn comes
  queue.push({ task, reading });
  if (!draining) void drain();
});

async function drain(): Promise<void> {
  draining = true;
  for (let next = queue.shift(); next; next = queue.shift()) {
    const result = await checkRead(next.task.label, next.reading, opts);
    parentPort!.postMessage({ id: next.task.id, result });
  }
  draining = false;
}
