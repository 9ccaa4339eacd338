import type { Correction } from '../model/schema.js';

/**
 * Maps a column in a repaired line back to the column in the original line, using the corrections
 * on that line (each replaced `from` at `column` by `to`). Positions in the model always point into
 * the original input.
 */
export function columnMapper(corrections: readonly Correction[]): (line: number, column: number) => number {
  if (corrections.length === 0) return (_line, column) => column;
  const byLine = new Map<number, Correction[]>();
  for (const c of corrections) {
    const list = byLine.get(c.line) ?? [];
    list.push(c);
    byLine.set(c.line, list);
  }
  for (const list of byLine.values()) list.sort((a, b) => a.column - b.column);
  return (line, column) => {
    const list = byLine.get(line);
    if (!list) return column;
    let delta = 0; // repaired column − original column, up to the current point
    for (const c of list) {
      const repairedStart = c.column + delta;
      if (column < repairedStart) break;
      if (column < repairedStart + c.to.length) return c.column; // inside a replaced word
      delta += c.to.length - c.from.length;
    }
    return column - delta;
  };
}
