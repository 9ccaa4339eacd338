/**
 * The seventh fresh-eyes review (of 4fb2f48..b0b96c9): each input a finding, each expectation what a careful reader
 * says. All fail on the reviewed code.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { closeLetterSpacing } from '../../src/repair/letter-spacing.js';
import { loadLexicon } from '../../src/repair/lexicon.js';

const titles = (text: string) => parse(text).items.map((i) => `${i.number} ${i.title}`);

describe('1. a list indented two spaces under an item is no agenda of its own', () => {
  it('"1. Budsjett" / "  1. Inntekter" / "  2. Utgifter" / "2. Valg"', () => {
    expect(titles('Referat fra styremøte 4. mars 2024\n\n1. Budsjett\n  1. Inntekter\n  2. Utgifter\n2. Valg\n3. Eventuelt')).toEqual(['1 Budsjett', '2 Valg', '3 Eventuelt']);
  });
});

describe('2. an acronym opening a title is no heading in capitals', () => {
  it('"NTNU Samarbeid med skolen", "BUFDIR Tilskudd …" keep their titles; "KONSTITUERING A) …", "ØKONOMI Kassereren orienterte." are cut', () => {
    expect(titles('Innkalling til årsmøte 4. juni 2024\n\n1. NTNU Samarbeid med skolen\n2. BUFDIR Tilskudd til klubben\n3. KONSTITUERING A) Valg av møteleder\n4. ØKONOMI Kassereren orienterte om regnskapet.'))
      .toEqual(['1 NTNU Samarbeid med skolen', '2 BUFDIR Tilskudd til klubben', '3 KONSTITUERING', '4 ØKONOMI']);
  });
});

describe('3. a title that offers a guide may title real minutes', () => {
  it('"Veiledning nyutdannede lærere – referat fra møte 12. mars 2024" is a referat; a model ("Eksempel på …") with a real date too', () => {
    const text = (title: string) => `${title}\n\nTil stede: Kari Nordmann, Per Hansen\n\n1. Oppstart\nVedtak: Godkjent.\n\n2. Eventuelt\nIngen.`;
    expect(parse(text('Veiledning nyutdannede lærere – referat fra møte 12. mars 2024')).kind).toBe('referat');
    expect(parse(text('Eksempel på godt samarbeid – referat fra møte 12. mars 2024')).kind).toBe('referat');
  });
});

describe('4. the place in a held-on-day sentence ends where the place does', () => {
  const place = (sentence: string) => parse(`Innkalling til årsmøte\n\n${sentence}\n\nSaksliste\n1. Konstituering\n2. Årsmelding`).meeting.location;
  it.each([
    ['Årsmøtet avholdes 28. april 2009 i Grendehuset kl. 19.00. Velkommen!', 'Grendehuset'],
    ['Årsmøtet avholdes 28. april 2009 på Scandic Hotell kl 18.', 'Scandic Hotell'],
    ['Årsmøtet avholdes 28. april 2009 i Gamle Rådhus, St. Olavs gate 5.', 'Gamle Rådhus, St. Olavs gate 5'],
    ['Årsmøtet avholdes 28. april 2009 i Kantina fra kl 18 til 20 med servering.', 'Kantina'],
    ['Årsmøtet avholdes 28. april 2009 i Kantina, og alle er velkomne.', 'Kantina'],
  ])('%s', (sentence, expected) => {
    expect(place(sentence)).toBe(expected);
  });
});

describe('5. and it is this meeting\'s', () => {
  it('not another meeting\'s ("Merk: Årsmøtet avholdes …" in a board\'s notice, "Foreldremøtet ble gjennomført …"), nor a work party\'s', () => {
    expect(parse('Innkalling til styremøte\n\nStyremøtet holdes 3. mai 2024 hos Kari.\n\nMerk: Årsmøtet avholdes 20. mai 2024 kl 19 i Kulturhuset.\n\nSaksliste\n1. Konstituering\n2. Årsmelding').meeting.location).toBe('hos Kari');
    expect(parse('Referat fra styremøte 3. mai 2024\n\nForeldremøtet ble gjennomført 2. mai 2024 kl 18 i Gymsalen.\n\n1. Sak\nTekst.\n\n2. Eventuelt\nIngen.').meeting.location).toBeNull();
    expect(parse('Referat fra styremøte 3. mai 2024\n\nDugnaden avholdes 10. mai 2024 kl 10 i Skolegården, og møteplikt gjelder.\n\n1. Sak\nTekst.\n\n2. Eventuelt\nIngen.').meeting.location).toBeNull();
  });
});

describe('6. times of other meetings and matters', () => {
  const times = (title: string, sentence: string) => {
    const m = parse(`${title}\n\nTil stede: Kari Nordmann, Per Hansen\n\n1. Sak\n${sentence}\n\n2. Eventuelt\nIngen.`).meeting;
    return [m.start, m.end];
  };
  it('not a board meeting before the annual one, another meeting told of, or a work party', () => {
    expect(times('Protokoll fra årsmøte 3. mai 2024', 'Styremøtet startet kl 17 før årsmøtet.')).toEqual([null, null]);
    expect(times('Referat fra styremøte 3. mai 2024', 'Leder var på møte med kommunen 2. mai. Møtet startet kl 10.')).toEqual([null, null]);
    expect(times('Referat fra styremøte 3. mai 2024', 'Dugnaden settes i gang kl 10, avslutning kl 14.')).toEqual([null, null]);
  });
  it('but this one\'s ("Styremøtet varte frå kl. 1000 til 1100" under "Referat frå styremøte")', () => {
    expect(times('Referat frå styremøte 3. mai 2024', 'Styremøtet varte frå kl. 1000 til 1100.')).toEqual(['10:00', '11:00']);
  });
});

describe('7. a notice\'s "Label: sentence" agenda line keeps its label as the title', () => {
  it('"Innkomne forslag: Det er ikke kommet inn forslag.", "Valg: Valgkomiteen foreslår …", "Regnskap: Se vedlegg 1"', () => {
    expect(titles('Innkalling til årsmøte\n\nDet kalles med dette inn til årsmøte lørdag 5. september 2020.\n\nSaker\n1. Godkjenning av innkalling\n2. Innkomne forslag: Det er ikke kommet inn forslag.\n3. Valg: Valgkomiteen foreslår Kari Nordmann som leder.\n4. Regnskap: Se vedlegg 1\n5. Budsjett: fastsettelse av kommende årsavgift'))
      .toEqual(['1 Godkjenning av innkalling', '2 Innkomne forslag', '3 Valg', '4 Regnskap', '5 Budsjett: fastsettelse av kommende årsavgift']);
  });
});

describe('9. word breaks in short spaced text', () => {
  const close = (text: string) => closeLetterSpacing(text, loadLexicon()).text;
  it('closes four letters and names ("V A L G", "P e r A r n e D a h l")', () => {
    expect(close('Sak 3: V A L G')).toBe('Sak 3: VALG');
    expect(close('Til stede: P e r A r n e D a h l')).toBe('Til stede: Per Arne Dahl');
  });
});

describe('11. groups in a list of those present', () => {
  it('"… Ole Hansen og representanter: Per Berg": "og" before a group\'s label is no part of a name', () => {
    expect(parse('Referat fra styremøte 3. mai 2024\n\nTil stede: Kari Nordmann, Ole Hansen og representanter: Per Berg\n\n1. Sak\nTekst.\n\n2. Eventuelt\nIngen.').attendees.map((a) => a.name))
      .toEqual(['Kari Nordmann', 'Ole Hansen', 'Per Berg']);
  });
});

describe('11. a sentence under a short list of those present', () => {
  it('"Per Berg og Lise Dahl kom etter sak 1." is read as a sentence, not as the list wrapped ("Lise Dahl kom")', () => {
    expect(parse('Referat fra styremøte 3. mai 2024\n\nTil stede: Kari Nordmann, Ole Hansen\nPer Berg og Lise Dahl kom etter sak 1.\n\n1. Sak\nTekst.\n\n2. Eventuelt\nIngen.').attendees.map((a) => a.name))
      .toEqual(['Kari Nordmann', 'Ole Hansen', 'Per Berg', 'Lise Dahl']);
  });
});

describe('12. kinds', () => {
  it('"ÅRSMØTE" over "Protokoll fra årsmøtet i Lia Vel …" is a protocol; "Kunngjøring av årsmøtevedtak" is no notice', () => {
    expect(parse('ÅRSMØTE\n\nProtokoll fra årsmøtet i Lia Vel, avholdt i Grendehuset.\n\nÅrsmelding: Godkjent.\n\nRegnskap: Godkjent.').kind).toBe('protokoll');
    expect(parse('Kunngjøring av årsmøtevedtak\n\nÅrsmøtet 12. mars 2024 vedtok følgende:\n\n1. Kontingent\nKontingenten økes.\n\n2. Valg\nKari ble valgt.').kind).not.toBe('innkalling');
  });
});

describe('13. agreement about a matter of taste is no decision', () => {
  it('"Alle var enige om at maten var god." is none; "Styret er enige om at festen gjentas." is one', () => {
    const doc = parse('Referat fra styremøte 3. mai 2024\n\nTil stede: Kari Nordmann, Per Hansen\n\n1. Fest\nAlle var enige om at maten var god. Vi var enige om at det var en fin kveld. Styret er enige om at festen gjentas.\n\n2. Eventuelt\nIngen.');
    expect(doc.items[0]!.decisions.map((d) => d.text)).toEqual(['Styret er enige om at festen gjentas.']);
  });
});
