/**
 * Labels must be found even in unrepaired OCR text ("Mgteleder:", "Tilstede pa mgtet:"), so
 * label patterns accept the letter confusions of src/vocab/ocr-letters.json in place of æ/ø/å.
 */
import letters from '../vocab/ocr-letters.json' with { type: 'json' };

const { $comment: _about, ...TABLE } = letters as unknown as Record<string, string[]> & { $comment: string };

/** A regular-expression source for `phrase` in which every Norwegian letter may be OCR-damaged. */
export function tolerant(phrase: string): string {
  let out = '';
  for (const ch of phrase) {
    const alts = TABLE[ch.toLowerCase()];
    if (alts) out += `(?:${[ch.toLowerCase(), ...alts].map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
    else if (/\s/.test(ch)) out += '\\s+';
    else out += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return out;
}

export function tolerantAlternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(tolerant).join('|');
}
