/** vocab/patterns.ts: regular expressions built from the vocabulary, where Norwegian letters are letters. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alternation, escapeRegExp, generalBoundaries, latinBoundaries, latinRegExp, startsLower, startsUpper } from '../../src/vocab/patterns.js';
import { findActions, isDecisionSentence } from '../../src/recognise/decisions.js';
import { lines } from '../helpers/lines.js';

describe('latinRegExp', () => {
  it('reads \\p{L}, \\p{Lu}, \\p{Ll} as Latin-1 classes and drops the u flag', () => {
    const re = latinRegExp('^\\p{Lu}\\p{Ll}+$', 'u');
    expect(re.flags).not.toContain('u');
    expect(re.test('Øystein')).toBe(true);
    expect(re.test('øystein')).toBe(false);
  });

  it('a word boundary where æ, ø and å are letters: at the start of "årsmøtet", after "på", never inside "Miljøtiltak"', () => {
    expect(latinRegExp('\\b(?:årsmøtet|styret)\\s+vedtok\\b').test('årsmøtet vedtok å utsette saken')).toBe(true);
    expect(latinRegExp('\\bpå\\b').test('møtet ble holdt på Teams')).toBe(true);
    expect(latinRegExp('\\btiltak\\b').test('Miljøtiltak:')).toBe(false);
    expect(latinRegExp('\\btiltak\\b').test('tiltak: rydde')).toBe(true);
    // In a character class \b is a backspace, as in any pattern.
    expect(latinRegExp('[\\b]').test('\b')).toBe(true);
  });

  it('agrees with \\p{Lu} and \\p{Ll} on Latin-1 and Latin Extended-A, but µ', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0x17f; c++) {
      const ch = String.fromCharCode(c);
      for (const p of ['Lu', 'Ll', 'L']) {
        if (new RegExp(`^\\p{${p}}$`, 'u').test(ch) !== latinRegExp(`^\\p{${p}}$`, 'u').test(ch) && ![0xaa, 0xb5, 0xba].includes(c)) differ.push(`${p} ${ch}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('never calls a lower-case letter upper case; beyond Latin Extended-A, lower case also takes the rare capitals', () => {
    const wrongUpper: string[] = [];
    const missedLower: string[] = [];
    const ranges: Array<[number, number]> = [[0, 0x24f], [0x370, 0x45f], [0x1e00, 0x1eff], [0xfb00, 0xfb06]];
    const upper = latinRegExp('^\\p{Lu}$');
    const lower = latinRegExp('^\\p{Ll}$');
    for (const [from, to] of ranges) {
      for (let c = from; c <= to; c++) {
        const ch = String.fromCharCode(c);
        if (upper.test(ch) && !/^\p{Lu}$/u.test(ch)) wrongUpper.push(ch);
        if (/^\p{Ll}$/u.test(ch) && c !== 0xb5 && !lower.test(ch) && !upper.test(ch)) missedLower.push(ch);
      }
    }
    expect(wrongUpper).toEqual([]);
    // Greek and Cyrillic letters outside the basic alphabets (ϐ, ѡ) are not letters here.
    expect(missedLower.filter((ch) => ch < '\u0370' || ch > '\u045f')).toEqual([]);
  });

  it('names of Norway in other Latin letters, and PDF ligatures', () => {
    const name = latinRegExp(String.raw`^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+$`);
    for (const n of ['Ana Marić', 'Mirza Hodžić', 'Paweł Nowak', 'Jiří Novák', 'Nguyễn Văn Minh', 'Phạm Thị Lan', 'Ștefan Dumitrescu', 'Máret Ánne Čuđit']) {
      expect(name.test(n), n).toBe(true);
    }
    // A lower-case letter before an upper-case one marks a name as written by a system ("ProgNett"), not "Marić".
    const innerCapital = latinRegExp(String.raw`\p{Ll}\p{Lu}`);
    expect(['Marić', 'Hodžić', 'Tomáš', 'Paweł', 'Jiří', 'Nguyễn', 'Dương'].filter((w) => innerCapital.test(w))).toEqual([]);
    expect(innerCapital.test('ProgNett')).toBe(true);
    expect('Łukasz Øye-Čuđit (2024)'.replace(latinRegExp('[^\\p{L}]', 'gu'), '')).toBe('ŁukaszØyeČuđit');
    expect(latinRegExp('^[\\p{Lu}\\d«"]').test('2024 budsjett')).toBe(true);
    expect(latinRegExp('^\\p{Ll}+$').test('ﬁnansiering')).toBe(true);
  });

  it('refuses a property escape it cannot rewrite, rather than let it mean "p{P}" without the u flag', () => {
    expect(() => latinRegExp('\\p{P}', 'u')).toThrow(/only \\p\{L\}.*not \\[pP]/);
    expect(() => latinRegExp('[^\\P{L}]', 'u')).toThrow(/only \\p\{L\}.*not \\[pP]/);
    expect(() => latinRegExp('^\\p{L+\\s', 'u')).toThrow(/without a closed/);
    expect(() => latinRegExp('[\\p{Lu]', 'u')).toThrow(/without a closed/);
    expect(() => latinRegExp('^\\pL+$')).toThrow(/without a closed/);
    // An escaped backslash before "p{L}" is not a property escape.
    expect(latinRegExp('\\\\p{L}').test('\\p{L}')).toBe(true);
  });

  it('startsUpper and startsLower', () => {
    expect(['Øystein', 'Åse', 'Łukasz', 'Šimić', 'Đặng', 'øystein', '1. sak', '«Sak»', ''].map(startsUpper)).toEqual([true, true, true, true, true, false, false, false, false]);
    expect(['øystein', 'ærlig', 'šimić', 'ễ', 'ﬁnansiering', 'Øystein', 'Šimić', '«sak»', ''].map(startsLower)).toEqual([true, true, true, true, true, false, false, false, false]);
  });

  it('what that mends: a decision by the annual meeting, and no action in "Miljøtiltak:"', () => {
    expect(isDecisionSentence('Årsmøtet godkjente regnskapet for 2021.')).toBe(true);
    expect(findActions(lines('Miljøtiltak:', '- Vi henter pizza selv'), 2024)).toEqual([]);
  });
});

describe('latinBoundaries', () => {
  const W = '[\\wÀ-ÖØ-öø-ÿĀ-ɏḀ-ỿΆ-ώЀ-џﬀ-ﬆ]';

  it('one look where the word beside \\b surely starts or ends with a letter', () => {
    expect(latinBoundaries('\\b(?:styret|årsmøtet)\\b')).toBe(`(?<!${W})(?:styret|årsmøtet)(?!${W})`);
    expect(latinBoundaries('\\b[A-ZÆØÅ]\\w+\\b')).toBe(`(?<!${W})[A-ZÆØÅ]\\w+(?!${W})`);
    // After "på\\s+" comes a letter, but what comes before \\b here is a space: the start side is read first.
    expect(latinBoundaries('på\\s+\\bmøtet')).toBe(`på\\s+(?<!${W})møtet`);
  });

  it('both looks where it cannot tell: an optional letter, a class with a non-letter, a lookaround, a punctuation mark', () => {
    const general = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;
    for (const source of ['\\ba?\\.', '\\b[a-z-]', '\\b(?=x)x', '\\b(?:x|-)', '-\\b', '(?:a|)\\b', '\\b[^a]', 'x*\\b', 'x{0,2}\\b', '\\bÿ']) {
      expect(latinBoundaries(source), source).toContain(general);
    }
  });

  it('matches exactly what the general boundary matches (random patterns and texts, with and without i)', () => {
    const atom = fc.constantFrom('på', 'styret', 'år', 'a', 'Ø', 'ÿ', 'Ÿ', '1', '_', '-', '\\.', '\\s', ' ', '.', '\\w', '\\d', '\\S', '[a-zæøå]', `${W}`, '[^a-z]', '[-a]', '[A-ZÆØÅ]', '[0-9]', '[\\b]', '^', '$');
    const quant = fc.constantFrom('', '', '', '?', '*', '+', '{0,2}', '{1,2}', '+?');
    const { pattern } = fc.letrec((tie) => ({
      pattern: fc.array(tie('term'), { minLength: 0, maxLength: 5 }).map((ts) => ts.join('')),
      term: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constant('\\b'),
        fc.tuple(atom, quant).map(([a, q]) => (a === '^' || a === '$' ? a : a + q)),
        fc.tuple(fc.constantFrom('(?:', '(', '(?=', '(?!', '(?<=', '(?<!'), fc.array(tie('pattern'), { minLength: 1, maxLength: 3 }), quant).map(
          ([open, alts, q]) => `${open}${(alts as string[]).join('|')})${open.startsWith('(?<') || open.startsWith('(?=') || open.startsWith('(?!') ? '' : q}`,
        ),
      ),
    }));
    const text = fc.string({ unit: fc.constantFrom('a', 'ø', 'å', 'Æ', 'Ÿ', 'ÿ', ' ', '-', '.', '1', '_', 'X', 'z', 'p', '\n'), maxLength: 24 });
    fc.assert(
      fc.property(pattern as fc.Arbitrary<string>, fc.array(text, { minLength: 1, maxLength: 6 }), fc.constantFrom('g', 'gi'), (source, texts, flags) => {
        const expected = new RegExp(generalBoundaries(source), flags);
        const actual = new RegExp(latinBoundaries(source), flags);
        for (const t of texts) {
          expect([...t.matchAll(actual)].map((m) => [m.index, m[0]]), `${source} on ${JSON.stringify(t)}`).toEqual([...t.matchAll(expected)].map((m) => [m.index, m[0]]));
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('alternation', () => {
  it('longest phrase first, escaped, inner whitespace flexible', () => {
    expect(alternation(['til stede', 'til stede på møtet', 'a.b'])).toBe('til\\s+stede\\s+på\\s+møtet|til\\s+stede|a\\.b');
    expect(escapeRegExp('(x)')).toBe('\\(x\\)');
  });
});
