/**
 * What a fresh reading of this session's rules found they took wrongly, each kept as a case: outcomes read out of
 * a notice's headings, any subject deciding, places and kinds from words that only look the part.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { isDecisionSentence } from '../../src/recognise/decisions.js';
import { findPeople } from '../../src/recognise/attendance.js';
import { lines } from '../helpers/lines.js';

describe('no outcomes in a notice, and after a dash only a verdict', () => {
  it("a notice's headings propose, they do not decide; they stay whole", () => {
    const doc = parse(
      'Møteinnkalling\n\nFormannskapet\nDato: 12.03.2024\n\nSak 2/24 Klage - avslått søknad om dispensasjon\nSak 3/24 Reguleringsplan for Lia - utsatt sak fra forrige møte\nSak 4/24 Årsregnskap 2023 godkjennes\nSak 5/24 Referat fra forrige møte - godkjent\n',
    );
    expect(doc.kind).toBe('innkalling');
    expect(doc.items.map((i) => [i.title, i.decisions.length])).toEqual([
      ['Klage - avslått søknad om dispensasjon', 0],
      ['Reguleringsplan for Lia - utsatt sak fra forrige møte', 0],
      ['Årsregnskap 2023 godkjennes', 0],
      ['Referat fra forrige møte - godkjent', 0],
    ]);
  });
  it('in minutes, a noun phrase after the dash is the title; proposals and vacancies under an election are no results', () => {
    const doc = parse(
      'Referat fra styremøte 3. mai 2022\n\n1. Økonomi - vedtatt budsjett må revideres\n2. Godkjenning av innkalling - godkjent\n3. Valg\nLeder: Kari Hansen (ikke på valg)\nStyremedlem for 2 år: Per Olsen\nKasserer: ingen forslag kom inn\n',
    );
    expect(doc.items.map((i) => [i.title, i.decisions.map((d) => d.text)])).toEqual([
      ['Økonomi - vedtatt budsjett må revideres', []],
      ['Godkjenning av innkalling', ['godkjent']],
      ['Valg', ['Styremedlem for 2 år: Per Olsen']],
    ]);
  });
});

describe('only a meeting body decides', () => {
  it.each([
    'Det ble orientert om at Stortinget vedtok nye regler.',
    'Banken godkjente lånesøknaden i fjor.',
    'Politiet bestemte at veien skulle stenges.',
    'Prisen er fastsatt av departementet.',
  ])('not a decision: %s', (s) => {
    expect(isDecisionSentence(s)).toBe(false);
  });
  it.each(['Forrige møtes referat ble godkjent.', 'Referat av forrige møte ble godkjent.', 'Representantskapet vedtok å utsette saken.'])('a decision: %s', (s) => {
    expect(isDecisionSentence(s)).toBe(true);
  });
});

describe('places and kinds from what only looks the part', () => {
  const place = (head: string) => parse(`${head}\n\nTil stede: Kari Nordvik, Per Olsen\n\n1. Budsjett\nBudsjettet ble vedtatt.\n`).meeting.location;
  it('a year is no date, an organisation no town', () => {
    expect(place('Årsmøte 2024 i Nordvik Vel')).toBeNull();
    expect(place('Protokoll fra årsmøtet 12. mars 2023 i Lia IL')).toBeNull();
  });
  it('a sentence under a bare label is no value; "hos" stays', () => {
    expect(place('Referat fra styremøte 14. mars 2022\n\nSted\nStyret drøftet nye lokaler for klubben.')).toBeNull();
    expect(place('Referat fra styremøte 14. mars 2022\n\nSted\nMøtet ble holdt hos Kari Nordvik.')).toBe('hos Kari Nordvik');
  });
  it('minutes that ask members to "melde fra" stay minutes', () => {
    const doc = parse('Generalforsamling i Lia borettslag 2024\n\nMedlemmer som vil ha kopi, kan melde fra til styret.\n\n1. Årsberetning\nÅrsberetningen ble godkjent.\n\n2. Regnskap\nRegnskapet ble godkjent.\n');
    expect(doc.kind).toBe('protokoll');
  });
});

describe('groups in a list of people', () => {
  const people = (...texts: string[]) => findPeople(lines(...texts), () => false).people.map((p) => [p.name, p.organisation, p.substituteFor]);
  it('not a case, a time or the person someone stands in for', () => {
    expect(people('Til stede:', 'Kari Nordvik', 'Fra sak 3: Ola Dal', 'Fra kl. 19.30: Anne Moe').map((p) => p[1])).not.toContain('sak 3');
    expect(people('Til stede:', 'Kari Nordvik', 'For Kari Hansen: Nils Aas').map((p) => p[1])).not.toContain('Kari Hansen');
  });
});
