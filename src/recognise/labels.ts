/**
 * Line-start labels: "Tid: …", "**Tilstede:** …", "Tilstede på møtet:", "Referent" alone on its
 * line. Matching is case-insensitive and tolerant of OCR-damaged Norwegian letters.
 */
import type { Line } from '../segment/line.js';
import { tolerantAlternation } from './ocr-tolerant.js';

export interface LabelMatch {
  label: string;
  /** Text after the label and its colon (may be empty). */
  value: string;
  /** The label stood alone (no value on the line). */
  alone: boolean;
}

export interface LabelSet {
  /** Label followed by ':' (or '.' / '-'), possibly a few words before the colon. */
  colon: RegExp;
  /** The whole line is the label. */
  bare: RegExp;
}

export function labelSet(words: readonly string[], opts: { extraWords?: number } = {}): LabelSet {
  const alt = tolerantAlternation(words);
  const extra = opts.extraWords ?? 0;
  const more = extra ? `(?:\\s+[\\p{L}\\d.@&-]+){0,${extra}}` : '';
  return {
    colon: new RegExp(`^(?:${alt})${more}\\s*[:]\\s*(.*)$`, 'iu'),
    bare: new RegExp(`^(?:${alt})${more}\\s*[:.]?$`, 'iu'),
  };
}

export function matchLabel(text: string, set: LabelSet): LabelMatch | null {
  const c = set.colon.exec(text);
  if (c) return { label: text.slice(0, text.length - c[1]!.length).replace(/[:\s]+$/, ''), value: c[1]!.trim(), alone: c[1]!.trim() === '' };
  if (set.bare.test(text)) return { label: text.replace(/[:.]$/, ''), value: '', alone: true };
  return null;
}

export function lineLabel(line: Line, set: LabelSet): LabelMatch | null {
  if (line.blank || line.code) return null;
  return matchLabel(line.text, set);
}
