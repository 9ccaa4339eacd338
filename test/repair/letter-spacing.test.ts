/** Letter-spaced text ("K O N S T I T U E R I N G"): the words closed up from the lexicon and word frequencies. */
import { describe, expect, it } from 'vitest';
import { parse, repair } from '../../src/index.js';
import { composeCorrections } from '../../src/repair/compose.js';
import { detectDamage } from '../../src/repair/detect.js';
import { loadLexicon } from '../../src/repair/lexicon.js';
import { closeLetterSpacing } from '../../src/repair/letter-spacing.js';
import { fastest } from '../helpers/timing.js';

const close = (text: string) => closeLetterSpacing(text, loadLexicon());

// The opening of a sameie's notice as a docplayer page gives it (outside set s/1901, shortened).
const NOTICE = [
  'INNKALLING TIL ORDINÆRT SAMEIERMØTE 2009 O r d i n æ r t s am e i e rm øt e i S am e i e t La n g a a r d l ø k k e n, ' +
    'a v h o l d e s t i rs d a g 28. a p r i l , k l 1 8 p å B e r l e S k o l e, P r of e s s or D a h l s G a t e 3 0, ' +
    '2. e t g., Os l o. T I L B E HA N D L I N G F O R E LI G G E R:',
  '1. K O N S T I T U E R I N G A ) Valg av møtele d e r B ) O p p t a k a v n a v n e f o r t e g n e l s e',
  '2. I N N K O M N E F O R S L A G Det har ikke kommet inn forslag.',
].join('\n');

describe('closeLetterSpacing', () => {
  it('closes spaced letters into words, where the spaces between words stay', () => {
    const { text } = close(NOTICE);
    expect(text.split('\n')).toEqual([
      'INNKALLING TIL ORDINÆRT SAMEIERMØTE 2009 Ordinært sameiermøte i Sameiet Langaardløkken, avholdes tirsdag 28. april, ' +
        'kl 18 på Berle Skole, Professor Dahls Gate 30, 2. etg., Oslo. TIL BEHANDLING FORELIGGER:',
      '1. KONSTITUERING A) Valg av møteleder B) Opptak av navne fortegnelse',
      '2. INNKOMNE FORSLAG Det har ikke kommet inn forslag.',
    ]);
  });

  it('weighs the breaks by how common the words are: "med en stemme", not "medens temme"', () => {
    expect(close('I s am e i e rm ø t et h a r s am e i e r n e s t em m e r e t t m e d e n s t em m e f o r h v e r s e k s j o n d e e i e r.').text)
      .toBe('I sameiermøtet har sameierne stemmerett med en stemme for hver seksjon de eier.');
    // Review 8: "møteleder", "Hver eier har en stemme", "Enhver eier" whole (letter-spacing.ts LEXICON_ONLY says what the
    // cost chosen gets wrong instead: "varingen", "haner igang").
    expect(close('V a l g a v m ø t e l e d e r').text).toBe('Valg av møteleder');
    expect(close('H v e r e i e r h a r e n s t e m m e').text).toBe('Hver eier har en stemme');
    expect(close('E n h v e r e i e r').text).toBe('Enhver eier');
  });

  it('reads names and initials ("T om S. M a r t i n s e n"), and a whole word with pieces after it ("møtele d e r")', () => {
    expect(close('Styret: A n d r e a s H a n s e n T om S. M a r t i n s e n').text).toBe('Styret: Andreas Hansen Tom S. Martinsen');
    expect(close('Valg av møtele d e r og r e f e r e n t').text).toBe('Valg av møteleder og referent');
  });

  it('records each word as a correction from the spaced letters, at its column in the original line', () => {
    const { corrections } = close('Sak 1\nVi har K O N S T I T U E R I N G og V A L G i dag');
    expect(corrections).toEqual([
      { from: 'K O N S T I T U E R I N G', to: 'KONSTITUERING', line: 2, column: 8, rule: 'letter-spacing' },
      { from: 'V A L G', to: 'VALG', line: 2, column: 37, rule: 'letter-spacing' },
    ]);
  });

  it('leaves letters alone that are no spaced words: a list of letters, presence marks, a code, ordinary short words', () => {
    for (const text of [
      'Gruppe A B C og D møtes i mai.',
      'Kari Nordmann x x x x',
      'Kode: X Q Z K W',
      'Han sa at i år er det å gå i og for seg greit.',
      'Resultat 3 1 0 2 i fjor.',
    ]) expect(close(text)).toEqual({ text, corrections: [] });
  });
});

describe('detecting letter-spaced text', () => {
  it('counts runs of spaced letters; ordinary Norwegian has none', () => {
    expect(detectDamage(NOTICE).spacedRuns).toBeGreaterThanOrEqual(3);
    expect(detectDamage('R E F E R A T fra styremøte').spacedRuns).toBe(1);
    expect(detectDamage('Han sa at i år er det å gå i og for seg greit. Vi sees i morgen, o.l.').spacedRuns).toBe(0);
    expect(detectDamage('Gruppe A B C').spacedRuns).toBe(0);
    // A column of single letters, one a line, is no run: letter-spacing reads line by line (review 7).
    expect(detectDamage('x\nx\nx\nx\nx\nx').spacedRuns).toBe(0);
  });
});

describe('repair and parse of a letter-spaced notice', () => {
  it('reads the notice: its date, its place with the address, its items by their headings', () => {
    const doc = parse(NOTICE);
    expect(doc.kind).toBe('innkalling');
    expect(doc.meeting.date).toBe('2009-04-28');
    expect(doc.meeting.location).toBe('Berle Skole, Professor Dahls Gate 30, 2. etg., Oslo');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['1', 'KONSTITUERING'], ['2', 'INNKOMNE FORSLAG']]);
    expect(doc.corrections.every((c) => c.rule === 'letter-spacing')).toBe(true);
  });

  it('with letters lost to U+FFFD in the same text: both recorded, each against the original text', () => {
    const line = 'M\uFFFDtet ble holdt på R Å D H U S E T i S A L E N i dag';
    const r = repair(`Referat\n${line}`);
    expect(r.text).toBe('Referat\nMøtet ble holdt på RÅDHUSET i SALEN i dag');
    expect(r.corrections).toEqual([
      { from: 'M\uFFFDtet', to: 'Møtet', line: 2, column: 1, rule: 'lost-letter' },
      { from: 'R Å D H U S E T', to: 'RÅDHUSET', line: 2, column: line.indexOf('R Å') + 1, rule: 'letter-spacing' },
      { from: 'S A L E N', to: 'SALEN', line: 2, column: line.indexOf('S A') + 1, rule: 'letter-spacing' },
    ]);
  });
});

describe('composeCorrections', () => {
  // original → middle: "a b c" closed to "abc"; middle → final: "abc" read as "abd", and "x" after it as "y".
  const original = 'Her a b c og x';
  const middle = 'Her abc og x';
  const final = 'Her abd og y';
  const first = [{ from: 'a b c', to: 'abc', line: 1, column: 5, rule: 'letter-spacing' }];
  const later = [
    { from: 'abc', to: 'abd', line: 1, column: 5, rule: 'ocr-confusion' },
    { from: 'x', to: 'y', line: 1, column: 12, rule: 'ocr-confusion' },
  ];

  it('makes one correction of two that touch, and moves a later one to its column in the original', () => {
    expect(middle.slice(11)).toBe('x');
    expect(composeCorrections(original, final, first, later)).toEqual([
      { from: 'a b c', to: 'abd', line: 1, column: 5, rule: 'ocr-confusion' },
      { from: 'x', to: 'y', line: 1, column: 14, rule: 'ocr-confusion' },
    ]);
  });

  it('keeps either list as it is when the other is empty', () => {
    expect(composeCorrections(original, middle, first, [])).toEqual(first);
    expect(composeCorrections(middle, final, [], later)).toEqual(later);
  });
});

describe('time linear in the input (review 7: two quadratic paths)', () => {
  const time = (f: () => unknown): number => fastest(f, 2);
  it('composing corrections over many lines: 4× the lines takes < 8× the time', () => {
    const fills = (k: number) => Array.from({ length: k }, (_, i) => ({ from: 'M\uFFFDtet', to: 'Møtet', line: i + 1, column: 1, rule: 'lost-letter' }));
    const reads = (k: number) => Array.from({ length: k }, (_, i) => ({ from: 'pa', to: 'på', line: i + 1, column: 7, rule: 'ocr-confusion' }));
    const text = (k: number) => Array.from({ length: k }, () => 'Møtet pa skolen').join('\n');
    const run = (k: number) => time(() => composeCorrections(text(k).replace(/Møtet/g, 'M\uFFFDtet'), text(k).replace(/pa/g, 'på'), fills(k), reads(k)));
    run(2000);
    const [small, large] = [run(10_000), run(40_000)];
    expect(large).toBeLessThan(8 * Math.max(small, 5));
  });
  it('many runs of spaced letters on one line, an unknown word after each: 4× the runs takes < 8× the time', () => {
    const run = (k: number) => time(() => close('a b c d Xyzzyq '.repeat(k)));
    run(1000);
    const [small, large] = [run(10_000), run(40_000)];
    expect(large).toBeLessThan(8 * Math.max(small, 5));
  });
});
