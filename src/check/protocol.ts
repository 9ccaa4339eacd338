/** What the pool and its workers say to each other (kept apart from worker.ts, which starts listening on import). */
import type { CheckOptions, FileResult } from './types.js';

export interface Task {
  id: number;
  label: string;
  abs: string;
}

export interface WorkerData {
  opts: CheckOptions;
  /** Int32Array over a SharedArrayBuffer: [0] the id of the task being checked, IDLE between files. */
  current: SharedArrayBuffer;
}

/** A worker's answer to one batch of tasks. */
export interface BatchDone {
  results: Array<{ id: number; result: FileResult }>;
}

export const IDLE = -1;
