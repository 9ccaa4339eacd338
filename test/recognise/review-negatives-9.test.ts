/** The ninth fresh-eyes review (of 8b2ed1a..ef5c050): each input a finding, each expectation what a careful reader says. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { columnRuns } from '../../src/segment/column-run.js';

const notice = (line: string) => parse(`Innkalling til årsmøte\n\n${line}\n\nSaksliste\n1. Godkjenning\n2. Eventuelt`);
const minutes = (line: string) => parse(`Protokoll fra årsmøte 3. mai 2024\n\n${line}\n\n1. Sak\nTekst.\n\n2. Eventuelt\nIngen.`);

describe('1. a place ends where a clause begins', () => {
  it.each([
    ['Årsmøtet holdes tirsdag 4. juni 2024 kl. 19.00 på Lia skole og alle er velkomne.', 'Lia skole'],
    ['Årsmøtet holdes 4. juni 2024 i Grendehuset med servering.', 'Grendehuset'],
    ['Årsmøtet holdes 4. juni 2024 på Lia skole og starter kl. 19.00.', 'Lia skole'],
    ['Årsmøtet holdes 4. juni 2024 i Gamle Kirkevn. Ta med kaffe.', 'Gamle Kirkevn'],
    ['Årsmøtet holdes 4. juni 2024 i Lia skole og barnehage, Storgata 3.', 'Lia skole og barnehage, Storgata 3'],
  ])('%s', (line, place) => {
    expect(notice(line).meeting.location).toBe(place);
  });
});

describe('2. one RS case among the PS cases', () => {
  it('"RS 1/24 Referatsaker" is an item with its own decision', () => {
    const doc = parse('Møtebok\n\nPS 3/24 Godkjenning\nGodkjent.\n\nPS 4/24 Budsjett\nVedtatt.\n\nRS 1/24 Referatsaker\nTatt til orientering.');
    expect(doc.items.map((i) => [i.number, i.decisions.map((d) => d.text)])).toEqual([
      ['PS 3/24', ['Godkjent.']],
      ['PS 4/24', ['Vedtatt.']],
      ['RS 1/24', ['Tatt til orientering.']],
    ]);
  });
});

describe('3. people who open a meeting', () => {
  it.each(['Styrelederen åpnet kl. 18.00 og ønsket velkommen.', 'Dirigenten åpnet kl. 18.00.', 'Dørene åpnet kl. 17.00. Leiaren opna kl. 18.00.'])('%s', (line) => {
    expect(minutes(line).meeting.start).toBe('18:00');
  });
});

describe('4. column-run titles part after a year or a bracket', () => {
  it('"Kommuneplanens arealdel 2024-2036 Eventuelt", "Valg (supplering) Eventuelt"', () => {
    expect(columnRuns('PS 1/24 PS 2/24 Innhald Kommuneplanens arealdel 2024-2036 Eventuelt')[0]!.titles).toEqual(['Kommuneplanens arealdel 2024-2036', 'Eventuelt']);
    expect(columnRuns('PS 1/24 PS 2/24 Innhald Valg (supplering) Eventuelt')[0]!.titles).toEqual(['Valg (supplering)', 'Eventuelt']);
  });
});

describe('5. minutes under a guide\'s title', () => {
  it('"Tips til årsmøtet" over those present and a decision is a meeting\'s record', () => {
    expect(parse('Tips til årsmøtet\n\nTil stede: Kari Nordmann, Per Hansen\n\n1. Oppstart\nVedtak: Godkjent.\n\n2. Eventuelt\nIngen.').kind).not.toBe('unknown');
  });
});

describe('6. minutes in the present tense', () => {
  it('"Møtet starter kl. 18.00 med en runde." gives the start; not under "Neste møte"', () => {
    expect(parse('Referat fra styremøte 3. mai 2024\n\nTil stede: Kari Nordmann, Per Hansen\n\n1. Sak\nMøtet starter kl. 18.00 med en runde.\n\n2. Eventuelt\nIngen.').meeting.start).toBe('18:00');
    expect(parse('Referat fra styremøte 3. mai 2024\n\nTil stede: Kari Nordmann, Per Hansen\n\n1. Sak\nTekst.\n\n2. Neste møte\nTirsdag 4. juni.\nMøtet starter kl 19 hos Kari.').meeting.start).toBeNull();
  });
});

describe('7. a short word in capitals before a title of its own', () => {
  it('"STYRET Nye medlemmer" is one title; "VALG Valgkomiteens forslag, leder Kari Nordmann" is headed "VALG"', () => {
    expect(parse('Referat fra styremøte 4. mars 2024\n\nTil stede: Kari Nordmann, Per Hansen\n\n1. STYRET Nye medlemmer\n2. DUGNAD Plan for våren\n3. VALG Valgkomiteens forslag, leder Kari Nordmann').items.map((i) => i.title))
      .toEqual(['STYRET Nye medlemmer', 'DUGNAD Plan for våren', 'VALG']);
  });
});

describe('8. an opinion everyone shared is no decision', () => {
  it('"Alle var enige om at vi har for lite penger."', () => {
    expect(minutes('Styret møttes.').items[0]!.decisions).toEqual([]);
    expect(parse('Referat fra styremøte 3. mai 2024\n\nTil stede: Kari Nordmann, Per Hansen\n\n1. Økonomi\nAlle var enige om at vi har for lite penger.\n\n2. Eventuelt\nIngen.').items[0]!.decisions).toEqual([]);
  });
});
