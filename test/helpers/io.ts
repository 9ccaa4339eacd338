/** A fake Io for running the CLI in-process: collecting writers and a Readable stdin. */
import { Readable } from 'node:stream';
import type { Io, Writable } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { ROOT } from './fixtures.js';

export interface Collector extends Writable {
  chunks: string[];
  text(): string;
}

export function collector(isTTY = false): Collector {
  const chunks: string[] = [];
  return {
    chunks,
    isTTY,
    write(chunk: string) {
      chunks.push(chunk);
      return true;
    },
    text: () => chunks.join(''),
  };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  stdin?: string | Uint8Array | null;
  env?: Record<string, string | undefined>;
  tty?: boolean;
  cwd?: string;
}

/** Runs `referat ARGV…` in-process. stdin is a pipe (not a TTY) unless `stdin` is null. */
export async function run(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  const stdout = collector(options.tty ?? false);
  const stderr = collector(options.tty ?? false);
  const input = options.stdin ?? null;
  const stdin = Readable.from(input === null ? [] : [typeof input === 'string' ? Buffer.from(input) : Buffer.from(input)]) as Io['stdin'];
  (stdin as { isTTY?: boolean }).isTTY = input === null ? true : false;
  const io: Io = { argv, stdin, stdout, stderr, env: options.env ?? {}, cwd: options.cwd ?? ROOT };
  const code = await main(io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[[0-9;]*m/;
