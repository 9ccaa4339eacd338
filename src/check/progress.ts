/**
 * A progress line on stderr for long batches: only on a terminal, never with --quiet, and only
 * once the batch has run for a moment (short checks print nothing of it). It is erased before any
 * report line goes out on a shared terminal, and at the end.
 */
import type { Writable } from '../cli/io.js';

export interface Progress {
  /** Call before writing report output, so the line does not mix with it. */
  clear(): void;
  update(state: { done: number; discovered: number; discoveryDone: boolean; errors: number; warnings: number; current?: string }): void;
  end(): void;
}

const NOOP: Progress = { clear() {}, update() {}, end() {} };

export function progress(stderr: Writable, opts: { enabled: boolean; delayMs?: number; width?: number }): Progress {
  if (!opts.enabled || !stderr.isTTY) return NOOP;
  const start = Date.now();
  const delay = opts.delayMs ?? 400;
  const cols = Math.max(40, Math.min(opts.width ?? (stderr as { columns?: number }).columns ?? 80, 160));
  let shown = false;
  let last = 0;
  return {
    clear() {
      if (shown) {
        stderr.write('\r\x1b[K');
        shown = false;
        last = 0;
      }
    },
    update(s) {
      const now = Date.now();
      if (now - start < delay || now - last < 80) return;
      last = now;
      const secs = (now - start) / 1000;
      const rate = s.done / Math.max(secs, 0.001);
      const counts = `${s.done}/${s.discovered}${s.discoveryDone ? '' : '+'} files  ${s.errors} errors  ${s.warnings} warnings  ${rate.toFixed(0)}/s`;
      let bar = '';
      if (s.discoveryDone && s.discovered > 0) {
        const w = 24;
        const fill = Math.round((w * s.done) / s.discovered);
        bar = `[${'#'.repeat(fill)}${'.'.repeat(w - fill)}] `;
      } else {
        bar = `[${'|/-\\'[Math.floor(secs * 8) % 4]}] `;
      }
      let line = bar + counts;
      if (s.current && line.length + 2 < cols) {
        const room = cols - line.length - 3;
        const cur = s.current.length > room ? '…' + s.current.slice(s.current.length - room + 1) : s.current;
        line += '  ' + cur;
      }
      stderr.write('\r\x1b[K' + line.slice(0, cols - 1));
      shown = true;
    },
    end() {
      this.clear();
    },
  };
}
