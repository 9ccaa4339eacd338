import { describe, expect, it } from 'vitest';
import { repair } from '../../src/repair/index.js';
import { loadLexicon } from '../../src/repair/lexicon.js';
import { realWordFix, writtenStandard, type ChannelStats, type WordContext } from '../../src/repair/real-words.js';

const lex = loadLexicon();
// A scan that loses nearly every å, ø and æ, like the printed-and-OCR'd minutes.
const heavy: ChannelStats = {
  letterRate: { å: 0.95, ø: 0.95, æ: 0.9, j: 0 },
  ruleShare: { 'a>å': 0.9, 'o>ø': 0.3, 'a>ø': 0.25, 'e>ø': 0.12, 'g>ø': 0.3, 'e>æ': 0.05 },
};
// One that keeps most of them.
const light: ChannelStats = { letterRate: { å: 0.2, ø: 0.2, æ: 0.2, j: 0 }, ruleShare: { 'a>å': 0.9, 'o>ø': 0.3 } };
const fix = (word: string, prev: string | null, next: string | null, extra: Partial<WordContext> = {}, stats = heavy,
  vocab: Map<string, number> = new Map()) =>
  realWordFix({ word, prev, next, after: '', sentenceStart: prev === null, ...extra }, lex, stats, vocab);

describe('written standard', () => {
  it('Nynorsk and Bokmål by their frequent words', () => {
    expect(writtenStandard('dei vart samde om at eg ikkje skal vere leiar for skulen i eit år'.split(' '))).toBe('nn');
    expect(writtenStandard('de ble enige om at jeg ikke skal være leder for skolen i et år'.split(' '))).toBe('nb');
  });
  it('no verdict from a mixed or a markerless text, nor from the words it decides', () => {
    expect(writtenStandard('ikkje ikke eit et kva hva'.split(' '))).toBeNull();
    expect(writtenStandard('møtet startet klokka seks'.split(' '))).toBeNull();
    expect(writtenStandard('fra fra fra vere vere vert'.split(' '))).toBeNull();
  });
});

describe('real words by written standard', () => {
  it('fra is frå in a Nynorsk text that loses its å', () => {
    expect(fix('fra', 'referat', 'møte', { standard: 'nn' })).toBe('frå');
    expect(fix('fra', 'referat', 'møte', { standard: 'nb' })).toBeNull();
    expect(fix('fra', 'referat', 'møte', { standard: null })).toBeNull();
    expect(fix('fra', 'referat', 'møte', { standard: 'nn' }, light)).toBeNull();
  });
  it('vere is være in Bokmål, stays in Nynorsk', () => {
    expect(fix('vere', 'kan', 'aktuell', { standard: 'nb' })).toBe('være');
    expect(fix('vere', 'kan', 'aktuell', { standard: 'nn' })).toBeNull();
    expect(fix('vere', 'kan', 'aktuell', { standard: null })).toBeNull();
  });
  it('har vert is har vært in Bokmål only', () => {
    expect(fix('vert', 'har', 'inhabilitet', { standard: 'nb' })).toBe('vært');
    expect(fix('vert', 'har', 'vald', { standard: 'nn' })).toBeNull();
    expect(fix('vert', 'en', 'for', { standard: 'nb' })).toBeNull();
  });
  it('Nynorsk words are left as written in a Nynorsk text', () => {
    expect(fix('gjer', 'skulen', 'det', { standard: 'nn' })).toBeNull();
  });
  it('bør before the Nynorsk infinitive vere', () => {
    expect(fix('bor', 'heller', 'vere', { standard: 'nb' })).toBe('bør');
    expect(fix('bor', 'han', 'i', { standard: 'nb' })).toBeNull();
  });
});

describe("real words: the document's own vocabulary", () => {
  it('a word outside the table takes the one-confusion reading the document uses', () => {
    const vocab = new Map([['tømmer', 3]]);
    expect(fix('tommer', 'som', 'i', {}, heavy, vocab)).toBe('tømmer');
  });
  it('not without that evidence, not in a scan that keeps the letter', () => {
    expect(fix('tommer', 'som', 'i', {}, heavy)).toBeNull();
    expect(fix('tommer', 'som', 'i', {}, light, new Map([['tømmer', 3]]))).toBeNull();
    // A family member is not the word itself.
    expect(fix('tommer', 'som', 'i', {}, heavy, new Map([['tømmerhogst', 3]]))).toBeNull();
  });
  it('two rival readings the document both uses decide nothing; short words are left to the table', () => {
    expect(fix('maler', 'vi', 'at', {}, heavy, new Map([['måler', 1], ['mæler', 1]]))).toBeNull();
    expect(fix('maler', 'vi', 'at', {}, heavy, new Map([['måler', 1]]))).toBe('måler');
    expect(fix('bat', 'en', 'til', {}, heavy, new Map([['båt', 2]]))).toBeNull();
  });
});

describe('pass 2 across a blank line', () => {
  const doc = (body: string) => 'Vi ma ga pa mgte fgr det, og gnsker a vaere med pa mgtet i var.\n' + body +
    '\nSa pa mgte fgr pa gnsker mgtet og ma ga videre na.';
  it('a sentence that goes on in lowercase after a page break keeps its context', () => {
    expect(repair(doc('Alle har rett til a\n\nstarte opp grupper.')).text).toContain('rett til å\n\nstarte');
  });
  it('a capitalised word after a blank line opens a new sentence', () => {
    expect(repair(doc('Orientering om skonomien\n\nVar 2016 ble det sokt om midler.')).text).toContain('Vår 2016');
  });
});

describe('ø read as s at the start of a word', () => {
  it('restores a word no spelling produces', () => {
    const text = 'Vi ma ga pa mgte fgr det.\nOrientering om skonomien og pa mgtet na.\nSa pa gnsker mgtet.';
    expect(repair(text).text).toContain('om økonomien');
  });
  it('leaves words that are words', () => {
    const text = 'Vi ma ga pa mgte fgr det.\nDe skal sende inn pa mgtet na.\nSa pa gnsker mgtet.';
    expect(repair(text).text).toContain('De skal sende');
  });
});
