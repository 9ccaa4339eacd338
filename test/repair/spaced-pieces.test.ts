import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isLoosePunctuation, isSingleLetter, isSpacedPiece } from '../../src/repair/detect.js';

// The three tests read character codes (a pattern tried on the one- and two-character tokens they meet would be
// compiled a second time for documents of two-byte strings); they must say what these patterns say.
const SPACED_PIECE = /^(?:[A-Za-zÀ-ÖØ-öø-ÿ]{1,2}|\d)[,.:;!?)/]*$/;
const LOOSE_PUNCTUATION = /^[,.:;!?)/]+$/;
const SINGLE_LETTER = /^[A-Za-zÀ-ÖØ-öø-ÿ][,.:;!?)/]*$/;

const token = fc
  .array(fc.constantFrom(...'aZøÅé×÷1 9,.:;!?)/(-–ĀŁ'.split('')), { maxLength: 6 })
  .map((cs) => cs.join(''));

describe('letter-spaced pieces, by character code', () => {
  it('agree with the patterns on random tokens', () => {
    fc.assert(
      fc.property(token, (t) => {
        expect(isSpacedPiece(t)).toBe(SPACED_PIECE.test(t));
        expect(isLoosePunctuation(t)).toBe(LOOSE_PUNCTUATION.test(t));
        expect(isSingleLetter(t)).toBe(SINGLE_LETTER.test(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('take one or two letters or a digit, with punctuation after', () => {
    expect(['K', 'rs', '3', 'n,', 'å).', 'Øy'].map(isSpacedPiece)).toEqual([true, true, true, true, true, true]);
    expect(['', 'møt', '12', 'a1', ',', '×', 'Ā'].map(isSpacedPiece)).toEqual([false, false, false, false, false, false, false]);
    expect(['a', 'å:', 'ab', '1', ''].map(isSingleLetter)).toEqual([true, true, false, false, false]);
    expect([',', '?)', '', 'a,'].map(isLoosePunctuation)).toEqual([true, true, false, false]);
  });
});
