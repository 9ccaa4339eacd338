import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import letters from '../../src/vocab/ocr-letters.json' with { type: 'json' };
import labels from '../../src/vocab/labels.json' with { type: 'json' };
import { holdsAnchor, tolerant, tolerantAnchors } from '../../src/recognise/ocr-tolerant.js';

// A tolerant pattern is tried only on text that holds one of its words' anchors: the anchors must be in every text
// the pattern matches (OCR-damaged letters, stretched spaces, any case), or a document would lose its kind.
const CONFUSIONS = letters as unknown as Record<string, string[]>;
const words = Object.values(labels.titles).flat();

/** `word` as OCR and typists may write it: each æ/ø/å one of its confusions, spaces stretched, case changed. */
const damaged = (word: string): fc.Arbitrary<string> =>
  fc.tuple(...[...word].map((ch) => {
    const alts = CONFUSIONS[ch.toLowerCase()];
    if (alts) return fc.constantFrom(ch, ...alts);
    if (ch === ' ') return fc.constantFrom(' ', '  ', '\n', ' \t ');
    return fc.constantFrom(ch, ch.toUpperCase());
  })).map((cs) => cs.join(''));

describe('tolerantAnchors', () => {
  it('are in every text a tolerant pattern of the words matches', () => {
    const anchors = tolerantAnchors(words);
    fc.assert(
      fc.property(fc.constantFrom(...words).chain((w) => fc.tuple(fc.constant(w), damaged(w))), fc.string({ maxLength: 8 }), ([word, text], around) => {
        const line = `${around} ${text} ${around}`;
        expect(new RegExp(tolerant(word.toLowerCase()), 'i').test(line)).toBe(true);
        expect(holdsAnchor(line.toLowerCase(), anchors)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('leave out the letters OCR confuses and the spaces ("årsmøteprotokoll" → "teprotokoll")', () => {
    expect(tolerantAnchors(['årsmøteprotokoll', 'innkalling til årsmøte'])).toEqual(['teprotokoll', 'innkalling']);
    expect(holdsAnchor('referat fra styremøtet', tolerantAnchors(['innkalling']))).toBe(false);
  });
});
