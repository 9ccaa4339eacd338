/**
 * Labels must be found even in unrepaired OCR text ("Mgteleder:", "Tilstede pa mgtet:"), so
 * label patterns accept the letter confusions of src/vocab/ocr-letters.json in place of æ/ø/å.
 */
import letters from '../vocab/ocr-letters.json' with { type: 'json' };
import { escapeRegExp } from './vocab.js';

const { $comment: _about, ...TABLE } = letters as unknown as Record<string, string[]> & { $comment: string };

/** A regular-expression source for `phrase` in which every Norwegian letter may be OCR-damaged. */
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
// The same words recur across label sets: each phrase's pattern is built once (module load builds them all).
const TOLERANT = new Map<string, string>();

export function tolerant(phrase: string): string {
  let out = TOLERANT.get(phrase);
  if (out !== undefined) return out;
  out = '';
  for (const ch of phrase) {
    const letter = LETTER_PATTERN.get(ch.toLowerCase());
    if (letter) out += letter;
    else if (ch === ' ' || ch === '\t') out += '\\s+';
    else if (SPECIAL.has(ch)) out += `\\${ch}`;
    else out += ch;
  }
  TOLERANT.set(phrase, out);
  return out;
}

export function tolerantAlternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(tolerant).join('|');
}

const PROPERTY = /^\\p\{(Lu|Ll|L)\}/;
const LATIN: Record<string, string> = { L: 'A-Za-zÀ-ÖØ-öø-ÿ', Lu: 'A-ZÀ-ÖØ-Þ', Ll: 'a-zß-öø-ÿ' };

/**
 * Norwegian text needs only Latin-1 letters, and patterns without the 'u' flag compile several times
 * faster (the first parse of a process is dominated by compiling patterns). Rewrites \p{L}, \p{Lu},
 * \p{Ll} into Latin-1 classes and drops 'u'. On Bokmål and Nynorsk text the meaning is the same;
 * letters beyond Latin-1 (Sámi č, š, ŋ) are not letters to these patterns, and repair leaves such words alone.
 */
export function latinRegExp(source: string, flags = ''): RegExp {
  if (!source.includes('\\p{')) return new RegExp(source, flags.replace('u', ''));
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const prop = source.startsWith('\\p{', i) ? PROPERTY.exec(source.slice(i, i + 7)) : null;
      if (prop) {
        const ranges = LATIN[prop[1]!]!;
        out += inClass ? ranges : `[${ranges}]`;
        i += prop[0].length - 1;
        continue;
      }
      out += ch + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    out += ch;
  }
  return new RegExp(out, flags.replace('u', ''));
}
