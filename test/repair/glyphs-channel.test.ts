import { describe, expect, it } from 'vitest';
import { glyphFixes, measureCosts, repair } from '../../src/repair/index.js';
import { loadLexicon } from '../../src/repair/lexicon.js';
import { searchCandidates } from '../../src/repair/candidates.js';
import { familyCount, realWordFix } from '../../src/repair/real-words.js';
import { isProtectedToken } from '../../src/repair/protect.js';

// Enough damage for the document to be repaired at all.
const DAMAGE = 'Vi gnsker a se pa saken pa mgtet, og ogsa fgr paske. Det er viktig a laere av dette.\n';
const fix = (text: string): string => repair(DAMAGE + text).text.slice(repair(DAMAGE).text.length);

describe('lone 4 / & for the infinitive marker å', () => {
  it('restores "til 4 reise", "viktig & se", "til 4 ha"', () => {
    expect(fix('Vi har ikke tid til 4 reise dit.\n')).toBe('Vi har ikke tid til å reise dit.\n');
    expect(fix('Det er viktig & se etter.\n')).toBe('Det er viktig å se etter.\n');
    expect(fix('Grunn til 4 ha det.\n')).toBe('Grunn til å ha det.\n');
    expect(fix('Grunn til 4 ikke la det.\n')).toBe('Grunn til å ikke la det.\n');
  });
  it('records the change with its rule and original column', () => {
    const r = repair(DAMAGE + 'Tid til 4 reise.\n');
    const c = r.corrections.find((x) => x.from === '4');
    expect(c).toEqual({ from: '4', to: 'å', line: 2, column: 9, rule: 'ocr-real-word' });
  });
  it('leaves numbers, "&" between names and non-verbs alone', () => {
    expect(fix('Vi kjøpte 4 stoler og 4 bord.\n')).toBe('Vi kjøpte 4 stoler og 4 bord.\n'); // "stoler" is not after å here
    expect(fix('Forskning & utvikling er viktig.\n')).toBe('Forskning & utvikling er viktig.\n');
    expect(fix('Kapittel 4 side 3.\n')).toBe('Kapittel 4 side 3.\n');
    expect(fix('Punkt 4 Budsjett\n')).toBe('Punkt 4 Budsjett\n');
    expect(fix('Ernst & Young\n')).toBe('Ernst & Young\n');
  });
  it('a lone 4 or & is not a protected token, other digits are', () => {
    expect(isProtectedToken('4')).toBe(false);
    expect(isProtectedToken('&')).toBe(false);
    expect(isProtectedToken('44')).toBe(true);
  });
});

describe('glyphs: bullets and bars', () => {
  it('a lone @ opening a line is a bullet ●', () => {
    expect(glyphFixes(['@ Gokart', '  @ Padel x2']).map((l) => l.map((w) => [w.start, w.fix]))).toEqual([[[0, '●']], [[2, '●']]]);
    expect(fix('@ Vi henter pizza\n')).toBe('● Vi henter pizza\n');
  });
  it('an @ that is not a lone bullet is left to the word rules', () => {
    expect(glyphFixes(['@', 'post @ x', '@yvind kom', 'x@ y']).flat()).toEqual([]);
  });
  it('a lone | at the start of a line, item or sentence is I', () => {
    expect(fix('- |: Enig i dette.\n')).toBe('- I: Enig i dette.\n');
    expect(fix('|: Veldig bra\n')).toBe('I: Veldig bra\n');
    expect(fix('Vi sjekket det. | januar var det bra.\n')).toBe('Vi sjekket det. I januar var det bra.\n');
    expect(fix('- S: | fjor var det bra.\n')).toBe('- S: I fjor var det bra.\n');
  });
  it('bars in tables, separators and mid-sentence are left alone', () => {
    expect(fix('Tid | Sted\n')).toBe('Tid | Sted\n');
    expect(fix('| Navn | Rolle |\n')).toBe('| Navn | Rolle |\n');
    expect(fix('kode|begrep\n')).toBe('kode|begrep\n');
    expect(fix('Slutt. | 42\n')).toBe('Slutt. | 42\n');
  });
  it('glyph repairs are recorded with rule and position', () => {
    const r = repair(DAMAGE + '- |: Ja\n@ Punkt\n');
    expect(r.corrections).toContainEqual({ from: '|', to: 'I', line: 2, column: 3, rule: 'ocr-glyph' });
    expect(r.corrections).toContainEqual({ from: '@', to: '●', line: 3, column: 1, rule: 'ocr-bullet' });
  });
  it('clean text with bars and bullets stays byte-identical', () => {
    const clean = '- |: Enig på møtet.\n@ Punkt\nTid | Sted\n';
    expect(repair(clean)).toEqual({ text: clean, corrections: [] });
  });
});

describe('channel measured on the document', () => {
  const lex = loadLexicon();
  it('an OCR that writes ø as o makes o>ø cheaper', () => {
    const words = ['gjennomfort', 'sporsmal', 'okonomi', 'losning', 'folger', 'stotte', 'horing', 'provd'].map((text) => ({ text }));
    const costs = measureCosts(words, lex)!;
    expect(costs.get('o>ø')!).toBeLessThan(2.0);
    expect(costs.get('g>ø')).toBe(1.0);
  });
  it('an OCR that writes ø as g keeps the table', () => {
    const words = ['gjennomfgrt', 'spgrsmal', 'gkonomi', 'lgsning', 'fglger', 'stgtte', 'hgring', 'prgvd'].map((text) => ({ text }));
    const costs = measureCosts(words, lex)!;
    expect(costs.get('o>ø')).toBe(2.6);
    expect(costs.get('a>ø')).toBe(3.0);
  });
  it('too little evidence: no measured costs', () => {
    expect(measureCosts([{ text: 'sporsmal' }], lex)).toBeUndefined();
  });
  it('measured costs change which reading wins: an a-for-ø scan reads "falger" as følger', () => {
    const words = ['gjennomfart', 'akonomi', 'lasning', 'falger', 'statte', 'prave', 'sparsmal', 'fglge'].map((text) => ({ text }));
    const costs = measureCosts(words, lex)!;
    expect(costs.get('a>ø')!).toBeLessThan(2.0);
    const withCosts = searchCandidates('falger', lex, { maxCost: 3, capitalised: false, costs });
    const table = searchCandidates('falger', lex, { maxCost: 3, capitalised: false });
    expect(withCosts[0]!.word).toBe('følger');
    expect(withCosts[0]!.cost).toBeLessThan(table.find((c) => c.word === 'følger')?.cost ?? 99);
  });
});

describe('document vocabulary (cache) for real-word choices', () => {
  const lex = loadLexicon();
  const stats = { letterRate: { å: 0.9, ø: 0.9, æ: 0.5, j: 0 }, ruleShare: { 'a>å': 0.95, 'a>ø': 0.2, 'g>ø': 0.6 } };
  const ctx = { word: 'mate', prev: 'om', next: 'i', after: '', sentenceStart: false };
  it('family counts include inflections and compounds', () => {
    const v = new Map([['møtet', 2], ['styremøte', 1], ['måten', 1], ['møteleder', 1]]);
    expect(familyCount('møte', v)).toBe(4);
    expect(familyCount('måte', v)).toBe(1);
    expect(familyCount('på', new Map([['på', 3], ['påske', 1]]))).toBe(3);
  });
  it('"mate" reads as møte in minutes that use møte, as måte otherwise', () => {
    expect(realWordFix(ctx, lex, stats, new Map([['møtet', 5], ['styremøte', 3]]))).toBe('møte');
    expect(realWordFix(ctx, lex, stats, new Map([['måten', 3]]))).toBe('måte');
  });
});

describe('case of I read for l', () => {
  it('mid-sentence a common word stays lowercase; at a sentence start it is capitalised', () => {
    expect(fix('Vi ser en Igsning i dette.\n')).toBe('Vi ser en løsning i dette.\n');
    expect(fix('Igsning: vi ser på det.\n')).toBe('Løsning: vi ser på det.\n');
  });
});
