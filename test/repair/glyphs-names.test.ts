/**
 * Repairs added for real OCR output: ø written as two glyphs, a first letter read twice, '@' inside names,
 * common Norwegian names, labels, weekdays, municipalities, a capitalised twin of a repaired word.
 * Each document below loses nearly all of its æ/ø/å, so repair is bold; each has a negative twin.
 */
import { describe, expect, it } from 'vitest';
import { repair } from '../../src/repair/index.js';
import { searchCandidates } from '../../src/repair/candidates.js';
import { loadLexicon } from '../../src/repair/lexicon.js';
import { afterScan as fixed, SCAN } from '../helpers/scan.js';

const lex = loadLexicon();
const changes = (body: string) => repair(SCAN + body).corrections.filter((c) => c.line > 1);

describe('ø written as two glyphs', () => {
  it('o@, eg, ea, oa in longer words; a capital G for Ø before s/k/v', () => {
    expect(fixed('Det gjelder o@vrig drift.\n')).toContain('øvrig');
    expect(fixed('Megtet ble hevet.\n')).toContain('Møtet');
    expect(fixed('Vi hadde medlemsmeatet i mars.\n')).toContain('medlemsmøtet');
    expect(fixed('Turen gikk til Lillestroam.\n')).toContain('Lillestrøm');
    expect(fixed('Vi dekker Gstlandet.\n')).toContain('Østlandet');
  });
  it('not in short words, and G stays before other letters', () => {
    expect(fixed('Follow your heart here.\n')).toContain('heart');
    expect(fixed('Grahame kom sent.\n')).toContain('Grahame');
  });
  it('a lost initial ø read as ga/sa in long words', () => {
    expect(searchCandidates('gakonomiansvarlig', lex, { maxCost: 3, capitalised: false }).map((c) => c.word)).toContain('økonomiansvarlig');
    expect(searchCandidates('gave', lex, { maxCost: 3, capitalised: false }).map((c) => c.word)).not.toContain('øve');
  });
});

describe('a first letter read twice', () => {
  it('kKontoret → kontoret when the rest is a word', () => {
    expect(fixed('Vi rydder kKontoret.\n')).toContain('rydder kontoret');
    expect(changes('Vi rydder kKontoret.\n')[0]?.rule).toBe('ocr-glyph');
  });
  it('not camel case that is no doubled letter, nor a non-word', () => {
    expect(fixed('Vi bruker iPhone og kKxyzq.\n')).toContain('iPhone og kKxyzq');
  });
});

describe("'@' inside a name", () => {
  it('is ø (Ø in capitals)', () => {
    expect(fixed('Foreslått: Tobias Haugr@nning og Johnny Gangs@.\nP@K har ordet.\n')).toContain('Haugrønning og Johnny Gangsø.\nPØK');
  });
  it('not an e-mail address, nor a lone @', () => {
    expect(fixed('Skriv til Ola@example.no\n')).toContain('Ola@example.no');
  });
});

describe('common Norwegian names', () => {
  it('restores a name the document only shows damaged', () => {
    expect(fixed('Foreslått: Adne Børresen. Adne forteller.\n')).toContain('Ådne Børresen. Ådne');
    expect(fixed('Bjorgulv sit vidare.\n')).toContain('Bjørgulv');
  });
  it('leaves names that are names as written (Terje, Hagen, Hakon)', () => {
    const out = fixed('Terje Hagen og Hakon Berg kom.\n');
    expect(out).toContain('Terje Hagen og Hakon Berg');
  });
  it('not in a document that keeps its letters', () => {
    expect(repair('Møtet på Østlandet. Adne kom for å lære. Vi så på saken.\n').text).toContain('Adne');
  });
});

describe('capitalised words: labels, weekdays, municipalities, twins', () => {
  it('a label opening its line', () => {
    expect(fixed('Arbok: Carro lager wikiside.\n')).toContain('Årbok:');
  });
  it('a weekday in a table heading', () => {
    expect(fixed('Sendag Mandag Total\n')).toContain('Søndag');
  });
  it('a municipality before "kommune"', () => {
    expect(fixed('Unni Larsen Berum kommune\n')).toContain('Bærum kommune');
    expect(fixed('Unni Larsen Berum\n')).toContain('Berum');
  });
  it('the capitalised twin of a word repaired in lowercase', () => {
    expect(fixed('Punkt 2. Soknad sendt inn, soknad om lisens.\n')).toContain('Søknad sendt inn, søknad');
  });
  it('a damaged word between capitalised ones is no part of a name', () => {
    expect(fixed('FAU mgte Mandag 27. august\n')).toContain('FAU møte Mandag');
    expect(fixed('Trond arne Ingvoldstad kom.\n')).toContain('Trond arne Ingvoldstad');
  });
});
