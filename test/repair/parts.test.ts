import { describe, expect, it } from 'vitest';
import { applyCase, searchCandidates } from '../../src/repair/candidates.js';
import { detectDamage } from '../../src/repair/detect.js';
import { isSpace } from '../../src/vocab/patterns.js';
import { repair } from '../../src/repair/index.js';
import { CAP, COMPOUND, loadLexicon, WORD } from '../../src/repair/lexicon.js';
import { buildNames } from '../../src/repair/names.js';
import { isProtectedToken } from '../../src/repair/protect.js';

const DAMAGED = 'Tilstede pa mgtet. Vi gnsker a se pa saken, og ogsa fgr paske. Det er viktig a laere av dette.\n';

describe('detect', () => {
  it('splits tokens where /\\s/ would: every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) expect.soft(isSpace(c), `U+${c.toString(16)}`).toBe(/\s/.test(String.fromCharCode(c)));
  });
  it('reads the same damage whatever the spaces and the punctuation at a word\'s edges', () => {
    const plain = detectDamage('pa mgtet ogsa fgr paske B&erum sporsmal');
    expect(plain.letters).toEqual({ å: { damaged: 3, clean: 0 }, ø: { damaged: 3, clean: 0 }, æ: { damaged: 1, clean: 0 } });
    const odd = detectDamage('\ufeff(pa)\u00a0«mgtet»\u2003ogsa,\u3000fgr\u2028«paske».\tB&erum\r\n-sporsmal-');
    expect(odd.letters).toEqual(plain.letters);
    // "på" glued to a letter-free run is still one token: nothing to count.
    expect(detectDamage('pa.mgtet').evidence).toBe(0);
  });
  it('flags text whose å/ø/æ are lost', () => {
    const d = detectDamage(DAMAGED);
    expect(d.damaged).toBe(true);
    expect(d.strength).toBeGreaterThan(0.9);
  });
  it('leaves clean Norwegian text alone', () => {
    const d = detectDamage('Tilstede på møtet. Vi ønsker å se på saken, og også før påske. Det er viktig å lære.\n');
    expect(d.damaged).toBe(false);
  });
  it('is not fooled by e-mail addresses, "&" in names or English', () => {
    expect(detectDamage('Kontakt post@example.no eller Ernst & Young. The meeting was a success.\n').damaged).toBe(false);
  });
  it('mixed text: a few damaged forms among many clean letters is not damage', () => {
    expect(detectDamage('pa møtet på før være også på på på på på for å få nå møte økonomi være være\n'.repeat(3)).damaged).toBe(false);
  });
});

describe('lexicon', () => {
  const lex = loadLexicon();
  it('knows Bokmål and Nynorsk words, proper nouns and compound parts', () => {
    expect(lex.lookup('møtet') & WORD).toBeTruthy();
    expect(lex.lookup('ikkje') & WORD).toBeTruthy(); // Nynorsk
    expect(lex.lookup('bærum') & CAP).toBeTruthy();
    expect(lex.lookup('økonomi') & COMPOUND).toBeTruthy();
  });
  it('does not contain the accent-stripped variants', () => {
    expect(lex.lookup('pa')).toBe(lex.lookup('pa') & CAP);
    expect(lex.lookup('mgte')).toBe(0);
    expect(lex.lookup('ogsa')).toBe(0);
  });
});

describe('candidates', () => {
  const lex = loadLexicon();
  const best = (w: string, cap = false) => searchCandidates(w, lex, { maxCost: 4.5, capitalised: cap })[0]?.word;
  it('undoes one or several confusions', () => {
    expect(best('mgtet')).toBe('møtet');
    expect(best('spgrsmal')).toBe('spørsmål');
    expect(best('Neeringsutvikling', true)).toBe('næringsutvikling');
    expect(best('B&erum', true)).toBe('bærum');
  });
  it('splits compounds', () => {
    expect(best('Sirkulzergkonomi', true)).toBe('sirkulærøkonomi');
    expect(best('naeringsutviklingsmgter')).toBe('næringsutviklingsmøter');
  });
  it('J→U only at the start of a capitalised word, J→I only in capitals', () => {
    expect(best('Uannicke', true)).toBe('jannicke');
    expect(best('GODKIENNING', true)).toBe('godkjenning');
    expect(best('uannicke')).toBeUndefined();
  });
  it('finds nothing for undamaged unknown words', () => {
    expect(best('Ingvoldstad', true)).toBeUndefined();
  });
  it('preserves case', () => {
    expect(applyCase('M@TE', 'møte')).toBe('MØTE');
    expect(applyCase('@st', 'øst')).toBe('Øst');
    expect(applyCase('B&erum', 'bærum')).toBe('Bærum');
    expect(applyCase('mgtet', 'møtet')).toBe('møtet');
    expect(applyCase('lAanensen', 'aanensen', true)).toBe('Aanensen');
  });
});

describe('names', () => {
  it('learns clean spellings and recurring names; never a damaged one', () => {
    const names = buildNames('Mari Strømsvåg og Dag Aanensen. Dag Aanensen kom.', ['Kari Nordmann']);
    expect(names.has('Strømsvåg')).toBe(true);
    expect(names.has('Aanensen')).toBe(true);
    expect(names.has('Nordmann')).toBe(true);
    expect(names.has('Mari')).toBe(false); // seen once, no æøå
  });
  it('restores a name to the clean spelling used elsewhere in the document', () => {
    const text = `${DAMAGED}Referent: Mari Strømsvåg\nTilstede: Mari Strgmsvag, leder\n`;
    const r = repair(text);
    expect(r.text).toContain('Mari Strømsvåg, leder');
  });
  it('uses the --names list, and does not invent names', () => {
    const text = `${DAMAGED}Tilstede: Gangsg, Hovlandsgra\n`;
    expect(repair(text).text).toContain('Gangsg,');
    expect(repair(text, { names: ['Johnny Gangsø'] }).text).toContain('Gangsø,');
  });
});

describe('real-word rules', () => {
  it('restores å/så/vår/både in damaged text', () => {
    const r = repair(`${DAMAGED}Han skal a ga videre, og sa kan vi jobbe i var region. Det er bade bra og viktig.\n`);
    expect(r.text).toContain('og så kan vi');
    expect(r.text).toContain('i vår region');
    expect(r.text).toContain('både bra');
    expect(r.corrections.some((c) => c.rule === 'ocr-real-word')).toBe(true);
  });
  it('keeps "sa" as said, and "var" as a verb', () => {
    const r = repair(`${DAMAGED}Han sa at det var bra, og hun sa: nei.\n`);
    expect(r.text).toContain('Han sa at det var bra, og hun sa: nei.');
  });
  it('never touches real words in a clean document', () => {
    const text = 'Tilstede på møtet. Han sa at det var bra, og vi har far og mor med.\n';
    expect(repair(text).text).toBe(text);
  });
});

describe('protection', () => {
  it('recognises URLs, e-mail, numbers, case numbers and code', () => {
    for (const t of ['https://example.no/pa', 'www.mgte.no', 'ola@firma.no', '2024/123', '12/24', 'PS', 'foo_bar', 'v2.0', 'kl.14']) {
      expect.soft(isProtectedToken(t), t).toBe(t === 'PS' ? false : true);
    }
    expect(isProtectedToken('mgtet')).toBe(false);
    expect(isProtectedToken('p4')).toBe(false);
  });
  it('leaves protected tokens unchanged inside a damaged document', () => {
    const text = `${DAMAGED}Se https://mgte.no/pa og skriv til mgte@firma.no om sak 2024/123 (IPR, LAN).\n`;
    const r = repair(text);
    expect(r.text.split('\n')[1]).toBe('Se https://mgte.no/pa og skriv til mgte@firma.no om sak 2024/123 (IPR, LAN).');
  });
});
