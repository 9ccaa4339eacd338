/** Worker thread of `referat check`: checks the files it is sent, one message per file. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile } from './check-file.js';
import type { CheckOptions } from './types.js';

export interface Task {
  id: number;
  label: string;
  abs: string;
}

const opts = workerData as CheckOptions;
parentPort!.on('message', (task: Task) => {
  void checkFile(task.label, task.abs, opts).then((result) => parentPort!.postMessage({ id: task.id, result }));
});
