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

  it.each([
    ['too little text', 'Godkjent'],
    ['English', 'First we take Manhattan, then we take Berlin'],
    ['numbers only', '16.03.2023 09:00 11:00'],
    ['empty', ''],
  ])('null for %s', (_what, text) => {
    expect(detectLanguage(text)).toBeNull();
  });
});
