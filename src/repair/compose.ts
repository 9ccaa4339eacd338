/**
 * Repair runs in steps (lost letters, letter spacing, OCR damage), each over the text the step before left, each
 * recording corrections against its own input. The model's corrections point into the original text: this puts two
 * steps' lists together, as if one step had gone from the first text to the last. A later correction that touches
 * an earlier one becomes one correction with it, from the original letters to the final word.
 * Every step keeps the lines (only words inside lines change), so lists compose line by line.
 */
import type { Correction } from '../model/schema.js';

interface Span { c: Correction; start: number; end: number; early: boolean }

/**
 * `first` took `original` to `middle` (columns in `original`); `later` took `middle` to `final` (columns in
 * `middle`). Returns the corrections from `original` to `final`, sorted, none overlapping.
 */
export function composeCorrections(original: string, final: string, first: readonly Correction[],
  later: readonly Correction[]): Correction[] {
  if (!later.length) return [...first];
  if (!first.length) return [...later];
  const originalLines = original.split('\n');
  const finalLines = final.split('\n');
  const out: Correction[] = [];
  // Each list by line, once: a list filtered per line is quadratic in a long document.
  const firstBy = byLine(first);
  const laterBy = byLine(later);
  const lines = [...new Set([...firstBy.keys(), ...laterBy.keys()])].sort((a, b) => a - b);
  for (const line of lines) {
    composeLine(originalLines[line - 1] ?? '', finalLines[line - 1] ?? '', firstBy.get(line) ?? [], laterBy.get(line) ?? [], out);
  }
  return out;
}

/** The corrections of each line, by column. */
function byLine(list: readonly Correction[]): Map<number, Correction[]> {
  const out = new Map<number, Correction[]>();
  for (const c of list) {
    const on = out.get(c.line);
    if (on) on.push(c);
    else out.set(c.line, [c]);
  }
  for (const on of out.values()) on.sort((a, b) => a.column - b.column);
  return out;
}

function composeLine(original: string, final: string, first: Correction[], later: Correction[], out: Correction[]): void {
  // Both lists as spans of the middle text.
  const spans: Span[] = [];
  let shift = 0;
  for (const c of first) {
    const start = c.column - 1 + shift;
    spans.push({ c, start, end: start + c.to.length, early: true });
    shift += c.to.length - c.from.length;
  }
  for (const c of later) spans.push({ c, start: c.column - 1, end: c.column - 1 + c.from.length, early: false });
  spans.sort((a, b) => a.start - b.start || (a.early === b.early ? 0 : a.early ? -1 : 1));
  // Middle-text positions outside any span, mapped back to the original and on to the final text.
  let firstShift = 0;
  let laterShift = 0;
  for (let i = 0; i < spans.length; ) {
    let j = i + 1;
    let end = spans[i]!.end;
    while (j < spans.length && spans[j]!.start < end) end = Math.max(end, spans[j++]!.end);
    const group = spans.slice(i, j);
    const start = spans[i]!.start;
    let firstDelta = 0;
    let laterDelta = 0;
    for (const s of group) {
      if (s.early) firstDelta += s.c.to.length - s.c.from.length;
      else laterDelta += s.c.to.length - s.c.from.length;
    }
    if (group.length === 1 && group[0]!.early) out.push(group[0]!.c);
    else if (group.every((s) => !s.early)) for (const s of group) out.push({ ...s.c, column: s.c.column - firstShift });
    else {
      const from = original.slice(start - firstShift, end - firstShift - firstDelta);
      const to = final.slice(start + laterShift, end + laterShift + laterDelta);
      const rule = group.find((s) => !s.early)!.c.rule;
      out.push({ from, to, line: group[0]!.c.line, column: start - firstShift + 1, rule });
    }
    firstShift += firstDelta;
    laterShift += laterDelta;
    i = j;
  }
}
