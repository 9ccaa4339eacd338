/** People named where the meeting elects its own officials, or admits who may vote. */
import { parse } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { findOfficials } from '../../src/recognise/officials.js';
import { lines } from '../helpers/lines.js';

const officials = (title: string, ...text: string[]) => findOfficials(title, lines(...text)).map((o) => [o.name, o.roles]);

describe('findOfficials', () => {
  it('reads proposals and volunteers, with the role the item elects', () => {
    expect(officials('Valg av ordstyrer', 'Foreslår Jon-Emil og Emma.', 'Godkjent ved akklamasjon.')).toEqual([
      ['Jon-Emil', ['chair']],
      ['Emma', ['chair']],
    ]);
    expect(officials('Valg av referenter', 'Hovedstyret foreslår Juni Angelfoss og Rikard Eide.')).toEqual([
      ['Juni Angelfoss', ['minutes']],
      ['Rikard Eide', ['minutes']],
    ]);
    expect(officials('Valg av tellekorps', 'Vilde Kristine Grav og Martin Akre Midtsund melder seg.', 'Begge velges ved akklamasjon.')).toEqual([
      ['Vilde Kristine Grav', []],
      ['Martin Akre Midtsund', []],
    ]);
  });

  it('joins a list of names wrapped over two lines', () => {
    expect(officials('Valg av referenter', 'Foreslår Carolina Gunnesdal, Ida Matre, Brage', 'Baugerød og Sara Seeberg.').map(([n]) => n)).toEqual([
      'Carolina Gunnesdal',
      'Ida Matre',
      'Brage Baugerød',
      'Sara Seeberg',
    ]);
  });

  it('follows a heading inside the item ("### Valg av tellekorps" under "Formalia")', () => {
    expect(officials('Formalia', '### Godkjenning av agenda', 'Agenda godkjent', '### Valg av tellekorps', 'Iver og Thao er valgt til tellekorps')).toEqual([
      ['Iver', []],
      ['Thao', []],
    ]);
  });

  it('reads the names admitted to vote', () => {
    expect(officials('Godkjenning av stemmeberettigede', 'De som kommer senere er: Robin Lund Sadun, Anders Robstad og Njål Sørland.').map(([n]) => n)).toEqual([
      'Robin Lund Sadun',
      'Anders Robstad',
      'Njål Sørland',
    ]);
  });

  it('leaves elections of the organisation\'s officers alone: candidates are not attendees', () => {
    expect(officials('Valg av leder', 'Kari Nordmann stiller til valg.', 'Kari Nordmann er valgt.')).toEqual([]);
  });

  it('does not take words for names', () => {
    expect(officials('Valg av tellekorps', 'Begge velges ved akklamasjon.', 'Styret foreslår at valget utsettes.')).toEqual([]);
  });
});

describe('people the meeting admits to speak or vote, in any item', () => {
  it('are named by the outcome, not by the question', () => {
    expect(
      officials(
        'Vedtektsendringer',
        'Avstemming: Om Mathilde Oftedal og Ingeborg Oftedal skal få tale- og stemmerett selv',
        'Mathilde Oftedal og Ingeborg Oftedal får tale- og stemmerett ved flertall.',
      ),
    ).toEqual([
      ['Mathilde Oftedal', []],
      ['Ingeborg Oftedal', []],
    ]);
    expect(officials('Formalia', 'Kari Berg gis møte- og talerett.')).toEqual([['Kari Berg', []]]);
    expect(officials('Formalia', 'Per Dahl får møte-, tale- og forslagsrett.')).toEqual([['Per Dahl', []]]);
  });

  it('a question, a body or no names is none', () => {
    expect(officials('Sak 4', 'Om Mathilde Oftedal skal få tale- og stemmerett')).toEqual([]);
    expect(officials('Sak 4', 'Styret får stemmerett i saken.')).toEqual([]);
    expect(officials('Sak 4', 'Alle medlemmer får stemmerett.')).toEqual([]);
  });
});

describe("the meeting's officials elected in a sentence, in any item", () => {
  it('"A vart valgt til møteleiar, B til sekretær." names the chair and the minute-taker, present', () => {
    const doc = parse(
      'Referat fra årsmøte 12.03.2019\n\nTil stades: Kari Nordvik\n\n1. Møteinnkalling og sakliste godkjent.\n\nLars Tønne vart valgt til møteleiar, Åke Jünge til sekretær.\n\n2. Konstituering\nLise Ness vart valt til møteleiar.\n\n3. Valg\nPer Berg ble valgt til leder.\n',
    );
    expect(doc.attendees.map((a) => [a.name, a.status, a.roles])).toEqual([
      ['Kari Nordvik', 'present', []],
      ['Lars Tønne', 'present', ['chair']],
      ['Åke Jünge', 'present', ['minutes']],
      ['Lise Ness', 'present', ['chair']],
    ]);
  });
});

describe('officials and those who sign the minutes, named in the sentences of the first item', () => {
  it('"A ble valgt til dirigent med B som referent." and "Til å underskrive protokollen ble valgt C og D."', () => {
    expect(
      officials(
        'Konstituering',
        'Jørn Kåre Fjelldal ble valgt til dirigent med Øystein Edvardsen som referent.',
        'Til å underskrive protokollen ble valgt Joar Hylland Mikkelsen og Regine Lockertsen.',
        'Kari Moe og Per Dal ble valgt til å skrive under protokollen.',
      ),
    ).toEqual([
      ['Jørn Kåre Fjelldal', ['chair']],
      ['Øystein Edvardsen', ['minutes']],
      ['Joar Hylland Mikkelsen', []],
      ['Regine Lockertsen', []],
      ['Kari Moe', []],
      ['Per Dal', []],
    ]);
  });
  it('not an officer of the organisation, nor a signing without an election', () => {
    expect(officials('Valg', 'Per Berg ble valgt til leder med Kari Moe som nestleder.', 'Protokollen skal underskrives av leder og Per Dal.')).toEqual([]);
  });
});

describe('officials in the titles of a protocol written as numbered outcomes', () => {
  // Outside set g/708 (a mållag's årsmøte): every point of the protocol is one sentence, so the elections are titles.
  const doc = [
    'Referat frå årsmøtet i Østfold mållag 25. mars 2001',
    '',
    '1. Leiaren opna møtet og ønskte velkommen.',
    '2. Innkallinga blei godkjent.',
    '3. Magne Aasbrenn blei valt til møteleiar.',
    '4. Benthe K. Jansson blei valt til referent.',
    '5. Arne Hovden og John Heien blei valt til å skrive under møteboka.',
    '6. Kasseraren la fram rekneskapen. Rekneskapen blei godkjent.',
  ].join('\n');

  it('takes the elected chair, minute-taker and signers as present, an initial inside a name included', () => {
    expect(parse(doc).attendees.map((a) => [a.name, a.roles])).toEqual([
      ['Magne Aasbrenn', ['chair']],
      ['Benthe K. Jansson', ['minutes']],
      ['Arne Hovden', []],
      ['John Heien', []],
    ]);
  });

  it("leaves titles that name an office or elect the organisation's officers alone", () => {
    const titles = [
      'Referat fra årsmøtet 2024',
      '',
      '1. Valg av møteleder',
      '2. Kari Nilsen ble valgt til leder for to år.',
      '3. Per Olsen ble gjenvalgt som kasserer.',
      '4. Styret ble valgt til å arbeide videre med saken.',
    ].join('\n');
    expect(parse(titles).attendees).toEqual([]);
  });
});

describe("the record's signers named in a sentence", () => {
  const names = (sentence: string) => parse(`Referat fra årsmøte 2024\n\n1. Årsmelding\nGodkjent.\n\n2. Val\n${sentence}`).attendees.map((a) => a.name);
  it('are present (outside set g/712)', () => {
    expect(names('Protokollen vert signert av Marta Bakken og Hildegunn Rui.')).toEqual(['Marta Bakken', 'Hildegunn Rui']);
    expect(names('Protokollen ble underskrevet av Kari Nilsen og Per Olsen.')).toEqual(['Kari Nilsen', 'Per Olsen']);
  });
  it("not another meeting's record, nor an office", () => {
    expect(names('Protokollen fra forrige møte ble signert av Kari Nilsen.')).toEqual([]);
    expect(names('Referatet blir signert av styreleder.')).toEqual([]);
  });
});
