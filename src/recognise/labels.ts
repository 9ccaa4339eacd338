/**
 * Line-start labels: "Tid: …", "**Tilstede:** …", "Tilstede på møtet:", "Referent" alone on its
 * line. Matching is case-insensitive and tolerant of OCR-damaged Norwegian letters.
 */
import type { Line } from '../segment/line.js';
import { tolerantAlternation } from './ocr-tolerant.js';

export interface LabelMatch {
  label: string;
  /** Text after the label and its colon (or semicolon; may be empty). */
  value: string;
  /** The label stood alone (no value on the line). */
  alone: boolean;
}

export interface LabelSet {
  /** The label, possibly a few words more, then ':' and a value (group 1), or nothing (the whole line is the label). */
  pattern: RegExp;
}

export function labelSet(words: readonly string[], opts: { extraWords?: number } = {}): LabelSet {
  const alt = tolerantAlternation(words.map((w) => w.toLowerCase()));
  const extra = opts.extraWords ?? 0;
  // Matched against the lower-cased line, without the 'i' flag: case-insensitive patterns with
  // æ/ø/å cost V8 a Unicode case closure per letter, which dominated the first parse of a process.
  const more = extra ? `(?:\\s+[^\\s:]+){0,${extra}}` : '';
  // A semicolon stands for the colon: a slip of the typist's, and a common OCR misreading of ':'. Case-system
  // templates add what else the field holds after a slash ("Møtested/lokaler :", "Møtedato/tid :").
  const re = new RegExp(`^(?:${alt})${more}(?:\\s*\\/\\s*[^\\s:;/]+){0,2}\\s*(?:[:;]\\s*(.*)|[.]?)$`);
  return { pattern: re };
}

export function matchLabel(text: string, set: LabelSet): LabelMatch | null {
  // A label stands alone on a short line or ends in a colon near the start: most lines are neither.
  if (text.length > 60) {
    const colon = text.search(/[:;]/);
    if (colon < 0 || colon > 90) return null;
  }
  // Only short lines are remembered: labels are short, and megabyte lines must not be kept alive.
  if (text.length > 200) return matchLabelUncached(text, set);
  let memo = MEMO.get(set);
  if (!memo) MEMO.set(set, (memo = new Map()));
  const known = memo.get(text);
  if (known !== undefined) return known;
  // Frozen: an answer is shared by every later document with this line (a write would throw, not leak).
  const result = matchLabelUncached(text, set);
  if (result) Object.freeze(result);
  if (memo.size > 10_000) memo.clear(); // bounded: archives stream many documents through one process
  memo.set(text, result);
  return result;
}

const MEMO = new WeakMap<LabelSet, Map<string, LabelMatch | null>>();

function matchLabelUncached(text: string, set: LabelSet): LabelMatch | null {
  const lower = text.toLowerCase();
  // Lower-casing keeps offsets for Norwegian text; where it would not, there is no label to find.
  if (lower.length !== text.length) return null;
  const m = set.pattern.exec(lower);
  if (!m) return null;
  if (m[1] === undefined) return { label: text.replace(/[:.]$/, ''), value: '', alone: true };
  const raw = text.slice(text.length - m[1].length);
  const value = raw.trim();
  return { label: text.slice(0, text.length - raw.length).replace(/[:;\s]+$/, ''), value, alone: value === '' };
}

export function lineLabel(line: Line, set: LabelSet): LabelMatch | null {
  if (line.blank || line.code) return null;
  return matchLabel(line.text, set);
}

/** A two-cell table row ("| **Dato** | 14.02.2025 |", Word tables) reads as "Dato: 14.02.2025". */
export function labelText(line: Line): string {
  const c = line.cells;
  if (c && c.length === 2 && c[0] && c[1] && c[0].length <= 40 && !c[0].endsWith(':')) return `${c[0]}: ${c[1]}`;
  return line.text;
}
