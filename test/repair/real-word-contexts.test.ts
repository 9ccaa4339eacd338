/** Real-word errors decided by their neighbours, and the places in a document where the real-word pass looks. */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/repair/lexicon.js';
import { realWordFix, type ChannelStats, type WordContext } from '../../src/repair/real-words.js';
import { afterScan } from '../helpers/scan.js';

const lex = loadLexicon();
// A scan that loses nearly every å and ø, but seldom writes ø as e.
const heavy: ChannelStats = {
  letterRate: { å: 0.95, ø: 0.95, æ: 0.9, j: 0 },
  ruleShare: { 'a>å': 0.9, 'o>ø': 0.3, 'a>ø': 0.25, 'e>ø': 0.01, 'g>ø': 0.3, 'e>æ': 0.05 },
};
const light: ChannelStats = { letterRate: { å: 0.2, ø: 0.2, æ: 0.2, j: 0 }, ruleShare: { 'a>å': 0.9, 'o>ø': 0.3 } };
const fix = (word: string, prev: string | null, next: string | null, extra: Partial<WordContext> = {}, stats = heavy) =>
  realWordFix({ word, prev, next, after: '', sentenceStart: prev === null, ...extra }, lex, stats);

describe('context rules', () => {
  it('bør before a certain bare infinitive, even where this OCR seldom writes ø as e', () => {
    expect(fix('ber', 'bankene', 'ha')).toBe('bør');
    expect(fix('ber', 'søknad', 'gjøre')).toBe('bør');
    expect(fix('ber', 'han', 'om')).toBeNull();
    expect(fix('ber', 'han', 'ha', {}, light)).toBeNull();
  });
  it('a letter’s "Vår ref"', () => {
    expect(fix('var', null, 'ref')).toBe('vår');
    expect(fix('var', 'det', 'fint')).toBeNull();
  });
  it('"på denne måten", but the food stays', () => {
    expect(fix('maten', 'denne', 'slipper')).toBe('måten');
    expect(fix('maten', 'en', 'var')).toBeNull();
    expect(fix('maten', 'og', 'drikken')).toBeNull();
  });
  it('møtet after a determiner of meetings', () => {
    expect(fix('motet', 'dette', 'å')).toBe('møtet');
    expect(fix('motene', 'neste', 'blir')).toBe('møtene');
    expect(fix('motet', 'dette', 'å', {}, light)).toBeNull();
  });
  it('"i møte 15.03.2016", "Desse møtte:"', () => {
    expect(fix('mate', 'i', '15.03.2016', { nextToken: '15.03.2016' })).toBe('møte');
    expect(fix('matte', 'desse', null, { after: ':' })).toBe('møtte');
    expect(fix('matte', 'vi', 'gå')).not.toBe('møtte');
  });
  it('"Her følger"', () => {
    expect(fix('folger', 'her', 'referat')).toBe('følger');
  });
  it('"før eller nå", "før, under og etter"; not "for eller imot"', () => {
    expect(fix('for', 'komite', 'eller', { ahead: ['nå', 'men'] })).toBe('før');
    expect(fix('for', 'innspill', 'under', { after: ',', ahead: ['og', 'etter'] })).toBe('før');
    expect(fix('for', 'stemte', 'eller', { ahead: ['imot', 'etter'] })).toBeNull();
    expect(fix('for', 'stemte', 'eller', { ahead: ['mot'] })).toBeNull();
  });
  it('"gå gjennom" (ga gjennom is no Norwegian); "ga ut" stays', () => {
    expect(fix('ga', 'arketyper', 'gjennom')).toBe('gå');
    expect(fix('ga', 'vi', 'igjennom')).toBe('gå');
    expect(fix('ga', 'styret', 'ut')).toBeNull();
  });
  it('frequent words whose stripped twin is also a word: løst, språk; not rad', () => {
    expect(fix('lost', 'har', 'problemene')).toBe('løst');
    expect(fix('sprak', 'norsk', 'og')).toBe('språk');
    // A twin that is itself common in minutes stays.
    expect(fix('rad', 'på', 'og')).toBeNull();
  });
});

describe('where the real-word pass looks', () => {
  const body = afterScan;
  it('the tail of a hyphenated compound', () => {
    expect(body('Vi snakket om korona-arene og sendte e-post.\n')).toContain('korona-årene og sendte e-post');
  });
  it('a heading written in capitals', () => {
    expect(body('SLIK SKAL ELVERUM NA MALENE\n')).toContain('NÅ MÅLENE');
    expect(body('NA ELLER ALDRI\nOm MALENE kan vi si lite.\n')).toContain('Om MALENE');
  });
  it('a list number glued to its first word', () => {
    expect(body('5.Foreldremgte 28/8\n6.Uteomradet: leikeapparat\n')).toContain('5.Foreldremøte 28/8\n6.Uteområdet:');
  });
  it('a speaker label after a list dash opens a sentence', () => {
    expect(body('- Q: Vakner opp klokka ni.\n')).toContain('- Q: Våkner opp');
  });
});
