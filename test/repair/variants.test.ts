import { describe, expect, it } from 'vitest';
import { detectDamage, repair } from '../../src/repair/index.js';
import { loadLexicon } from '../../src/repair/lexicon.js';
import { realWordFix, type ChannelStats, type WordContext } from '../../src/repair/real-words.js';

const lex = loadLexicon();
const heavy: ChannelStats = {
  letterRate: { å: 0.95, ø: 0.95, æ: 0.5, j: 0 },
  ruleShare: { 'a>å': 0.9, 'o>ø': 0.3, 'a>ø': 0.25, 'e>ø': 0.12, 'g>ø': 0.3 },
};
const fix = (word: string, prev: string | null, next: string | null, extra: Partial<WordContext> = {}) =>
  realWordFix({ word, prev, next, after: '', sentenceStart: prev === null, ...extra }, lex, heavy);
// A scan that writes ø as g: enough g>ø repairs for the document's habit to show.
const G_SCAN = 'Vi skal ha mgte fgr jul. Mgtet gnsker lgsning pa saken, og fglgende ble sagt pa mgtet.\n';

describe('detect: g for ø after the opening consonants', () => {
  it('counts Hgyre, Grgnne, Miljgpartiet as ø damage', () => {
    const d = detectDamage('Hgyre 236\nMiljgpartiet De Grgnne 42\nRgdt 12\nSenterpartiet 40\n');
    expect(d.letters.ø.damaged).toBeGreaterThanOrEqual(3);
    expect(d.damaged).toBe(true);
  });
  it('not abbreviations, capitals or ordinary g words', () => {
    const d = detectDamage('pga. VGS WGM kg mg gang Berg Helge sorg Ingrid bygd\n');
    expect(d.letters.ø.damaged).toBe(0);
    expect(d.damaged).toBe(false);
  });
});

describe('names seen only damaged', () => {
  it('an impossible g after the opening consonants of an unknown name is ø in a g-for-ø scan', () => {
    const out = repair(G_SCAN + 'Tjgrsvoll sa at Tjgrsvoll kommer.\n').text;
    expect(out).toContain('Tjørsvoll sa at Tjørsvoll');
  });
  it('not without the document\'s g habit', () => {
    const text = 'Vi var pa mgte og ogsa pa omradet.\nTjgrsvoll kom.\n';
    expect(repair(text).text).toContain('Tjgrsvoll');
  });
  it('spellings differing at one ø-glyph position, one of them g, become ø', () => {
    const out = repair(G_SCAN + 'Kari Baugergd, Per Baugerad og Ola Baugered.\n').text;
    expect(out).toContain('Kari Baugerød, Per Baugerød og Ola Baugerød.');
  });
  it('not spellings that differ only in plausible letters (no g or @ among them)', () => {
    const out = repair(G_SCAN + 'Kari Baugerad og Ola Baugered.\n').text;
    expect(out).toContain('Kari Baugerad og Ola Baugered.');
  });
  it('a common word the lexicon reads takes the reading with ø there, never a half repair', () => {
    const out = repair(G_SCAN + 'Spgrsmal fra Kari. Sparsmal fra Per.\n').text;
    expect(out).not.toContain('Spørsmal');
  });
});

describe('siblings: a spelling next to the same word with an unmistakable ø glyph', () => {
  it('styremate beside styremgte is styremøte, not styremåte', () => {
    const out = repair(G_SCAN + 'Neste styremgte er i mai. Referat fra styremate i april.\n').text;
    expect(out).toContain('fra styremøte i april');
  });
  it('without a sibling the cheaper reading stays', () => {
    const out = repair(G_SCAN + 'Referat fra styremate i april.\n').text;
    expect(out).not.toContain('styremøte i april');
  });
});

describe('real words: far/for and før', () => {
  it('far before a subject and a finite verb is før', () => {
    expect(fix('far', 'sakene', 'vi', { ahead: ['stemmer'] })).toBe('før');
    expect(fix('far', 'av', 'vi', { ahead: ['har', 'prøvd'] })).toBe('før');
  });
  it('far stays får with a subject before it or no finite verb after', () => {
    expect(fix('far', 'hvordan', 'vi', { ahead: ['tak', 'i'] })).toBe('får');
    expect(fix('far', 'vi', 'ikke', { ahead: ['mulighet'] })).toBe('får');
    expect(fix('far', 'man', 'vi', { ahead: ['har'] })).not.toBe('før');
  });
  it('bare far is never før by frequency alone', () => {
    expect(fix('far', 'kanskje', 'dette')).not.toBe('før');
  });
  it('best far is best før', () => {
    expect(fix('far', 'best', null, { after: ')' })).toBe('før');
  });
  it('for … siden is ago, not before', () => {
    expect(fix('for', 'allerede', 'ti', { ahead: ['år', 'siden'] })).toBeNull();
    expect(fix('for', 'allerede', 'jul', { ahead: ['i', 'fjor'] })).toBe('før');
  });
});
