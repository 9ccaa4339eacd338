/**
 * Labels must be found even in unrepaired OCR text ("Mgteleder:", "Tilstede pa mgtet:"), so
 * label patterns accept the letter confusions of src/vocab/ocr-letters.json in place of æ/ø/å.
 */
import letters from '../vocab/ocr-letters.json' with { type: 'json' };
import { escapeRegExp } from '../vocab/patterns.js';
import { memoised } from '../vocab/precomputed.js';

const { $comment: _about, ...TABLE } = letters as unknown as Record<string, string[]> & { $comment: string };

/** Each damaged letter's pattern, built once: single-letter confusions as one class (cheap to compile), longer ones as alternatives. */
const LETTER_PATTERN = new Map(
  Object.entries(TABLE).map(([letter, alts]) => {
    const all = [letter, ...alts];
    const single = all.filter((a) => a.length === 1).map((a) => a.replace(/[\]\\^-]/g, '\\$&')).join('');
    const multi = all.filter((a) => a.length > 1).map(escapeRegExp);
    return [letter, multi.length ? `(?:[${single}]|${multi.join('|')})` : `[${single}]`] as const;
  }),
);

const SPECIAL = new Set('.*+?^${}()|[]\\');

/** tolerant's pattern for `phrase`, computed afresh. */
export function computeTolerant(phrase: string): string {
  let out = '';
  for (const ch of phrase) {
    const letter = LETTER_PATTERN.get(ch.toLowerCase());
    if (letter) out += letter;
    else if (ch === ' ' || ch === '\t') out += '\\s+';
    else if (SPECIAL.has(ch)) out += `\\${ch}`;
    else out += ch;
  }
  return out;
}

/**
 * A regular-expression source for `phrase` in which every Norwegian letter may be OCR-damaged. The same words recur
 * across label sets: each phrase's pattern is built once, and the vocabulary's at build time (precomputed.ts).
 */
export const tolerant = memoised('tolerant', computeTolerant);

/**
 * What any text a tolerant pattern of `words` matches must contain, lower-cased: for each word its longest run of
 * letters that no OCR confusion or space stretch touches ("årsmøteprotokoll" → "teprotokoll"). A cheap test before a
 * large pattern runs (and is compiled, the first time: each costs up to a millisecond of a cold start).
 */
export function tolerantAnchors(words: readonly string[]): string[] {
  const anchors = new Set<string>();
  for (const w of words) {
    let best = '';
    for (const run of w.toLowerCase().split(/[\s\t]+|[æøå]/)) if (run.length > best.length) best = run;
    anchors.add(best);
  }
  return [...anchors];
}

/** Whether lower-cased `text` holds one of `anchors` (tolerantAnchors). */
export const holdsAnchor = (lower: string, anchors: readonly string[]): boolean => anchors.some((a) => lower.includes(a));

export function tolerantAlternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(tolerant).join('|');
}
