/** Bokmål or Nynorsk. */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/recognise/language.js';

describe('detectLanguage', () => {
  it('Bokmål', () => {
    expect(detectLanguage('Referatet ble godkjent. Vi diskuterte hvordan kommunene ikke kan koble seg på klyngene, og hva som bør gjøres fra neste år.')).toBe('nb');
  });

  it('Nynorsk', () => {
    expect(detectLanguage('Referatet vart godkjent. Me diskuterte korleis kommunane ikkje kan kople seg på klyngene, og kva som bør gjerast frå neste år.')).toBe('nn');
  });

  it('Nynorsk minutes from a school (SU)', () => {
    expect(detectLanguage('Referat frå møte i Samarbeidsutvalet ved Hylestad skule. SU vart konstituert. Leiar SU er leiar i FAU. Skrivar: rektor. Det er ikkje meir.')).toBe('nn');
  });

  it('a short text goes by its one marker word', () => {
    expect(detectLanguage('Protokoll frå styremøtet 4. mars 2024. Budsjettet.')).toBe('nn');
    expect(detectLanguage('Protokoll fra styremøtet 4. mars 2024. Budsjettet.')).toBe('nb');
    expect(detectLanguage('Til stades: Kari Nordmann og Ola Hansen')).toBe('nn');
  });

  it('a few Nynorsk words in Bokmål text stay Bokmål', () => {
    expect(detectLanguage('Vi diskuterte hvordan vi kan gjøre det bedre, og hva som ikke fungerer. Leiar i FAU var til stede fra skolen, og det ble enighet.')).toBe('nb');
  });

  it("a flattened PDF's participants table and case list, in Nynorsk, by the words of meeting documents", () => {
    // Outside set b/003 (a fellesnemnd's møtebok): read as Bokmål before, with only two everyday markers in it.
    const table =
      'Møtedato: Møtested: Rådhuset, Manger Møtetid: 12:00-15:00 Møtebok for Fellesnemnd Møtedeltakarar Parti Rolle ' +
      'Jarle Landås Rådmann Øyvind Oddekalv Meland AP Utvalsleiar Astrid Aarhus Byrknes Lindås KRF Nestleiar ' +
      'Sakliste 022/17 Politisk reglement for fellesnemnd og utval gjeldande samanslåing av Alver kommune ' +
      'Forfall Parti Møtande varamedlem Kenneth Murberg Radøy H Utskrift fra sak- og arkivsystemet';
    expect(detectLanguage(table)).toBe('nn');
    // As the document has it, with its two everyday markers and none of Bokmål's.
    expect(detectLanguage('Møtebok for Fellesnemnd Møtedeltakarar Parti Rolle Nestleiar Sakliste 019/17 Godkjenning av innkalling og saksliste Framlegg til vedtak: Innkalling og saksliste vert godkjent')).toBe('nn');
  });

  it('two Nynorsk words and no Bokmål word: Nynorsk', () => {
    expect(detectLanguage('Møtebok. Nestleiar: Kari Nordmann. Innkalling og saksliste vert godkjent. Budsjett 2024. Møteplan 2025.')).toBe('nn');
  });

  it('the same table in Bokmål stays Bokmål', () => {
    const table =
      'Møtedato: Møtested: Rådhuset Møtetid: 12:00-15:00 Møteprotokoll Møtende medlemmer Parti Rolle ' +
      'Jarle Landås Rådmann Øyvind Oddekalv AP Utvalgsleder Astrid Byrknes KRF Nestleder ' +
      'Saksliste 022/17 Politisk reglement for fellesnemnd og utvalg gjeldende sammenslåing av Alver kommune';
    expect(detectLanguage(table)).toBe('nb');
  });

  it.each([
    ['too little text', 'Godkjent'],
    ['English', 'First we take Manhattan, then we take Berlin'],
    ['numbers only', '16.03.2023 09:00 11:00'],
    ['empty', ''],
  ])('null for %s', (_what, text) => {
    expect(detectLanguage(text)).toBeNull();
  });
});

describe('review: one Nynorsk-looking word twice in terse Bokmål', () => {
  it('stays Bokmål ("vert" is a host in Bokmål)', () => {
    expect(detectLanguage('Styremøte 12.3.2024\nVert: Kari Nilsen\nTilstede: Kari Nilsen, Per Olsen, Ola Dahl\n\n1. Budsjett\nGodkjent.\n2. Neste møte\n9. april, vert Per Olsen.')).toBe('nb');
  });
});
