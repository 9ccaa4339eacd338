/**
 * A notice of a general meeting (generalforsamling) with sub-items, and Markdown minutes whose
 * head and attendance are tables (a presence column with X marks). Constructed, not from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { attendanceLabel } from '../../src/recognise/attendance.js';

const NOTICE = `INNKALLING TIL ORDINÆR GENERALFORSAMLING I SOLGLIMT BORETTSLAG

Styret innkaller med dette til ordinær generalforsamling.

Tid: Tirsdag 23. april 2024 kl. 18.30
Sted: Fellesrommet, Solglimtveien 4

Saksliste:

1. Konstituering
   a) Valg av møteleder
   b) Godkjenning av innkalling
   c) Valg av protokollfører og to andelseiere til å signere protokollen
2. Årsberetning 2023
3. Årsregnskap 2023
4. Innkomne forslag
   4.1 Forslag om utvidelse av sykkelparkering
5. Valg

Med vennlig hilsen
Styret i Solglimt borettslag
`;
const TABLES = `# Møtereferat – prosjektgruppe nytt bibliotek

| | |
|---|---|
| **Dato** | 14.02.2025 |
| **Tid** | 10:00–11:30 |
| **Sted** | Teams |
| **Referent** | Siri Holm |

## Deltakere

| Navn | Rolle | Til stede |
|---|---|---|
| Petter Ek | Prosjektleder | X |
| Siri Holm | Sekretær | X |
| Anders Rud | Arkitekt | |

## Saker

### 1. Status fremdrift
Fremdriften følger planen. Anbudsfristen er 1. mars.

### 2. Budsjett
Rammen på 42 mill. ble godkjent av kommunestyret.

## Aksjonspunkter

| Hva | Ansvarlig | Frist |
|---|---|---|
| Sende ut anbud | Petter Ek | 01.03.2025 |
`;

describe('a notice of a generalforsamling', () => {
  const doc = parse(NOTICE);
  it('is an innkalling, not a protokoll: the meeting type does not make the notice minutes', () => {
    expect(doc.kind).toBe('innkalling');
  });
  it('has five items with their sub-items', () => {
    expect(doc.items.map((i) => [i.number, i.title, i.subItems.map((s) => s.label)])).toEqual([
      ['1', 'Konstituering', ['a', 'b', 'c']],
      ['2', 'Årsberetning 2023', []],
      ['3', 'Årsregnskap 2023', []],
      ['4', 'Innkomne forslag', ['4.1']],
      ['5', 'Valg', []],
    ]);
    expect(doc.meeting).toMatchObject({ date: '2024-04-23', start: '18:30', location: 'Fellesrommet, Solglimtveien 4' });
  });
});

describe('minutes whose head and attendance are tables', () => {
  const doc = parse(TABLES);
  it('reads two-cell rows as fields', () => {
    expect(doc.meeting).toMatchObject({ date: '2025-02-14', start: '10:00', end: '11:30', location: 'Teams' });
  });
  it('reads the presence column: X present (remote, the meeting is on Teams), empty absent', () => {
    expect(doc.attendees.map((a) => [a.name, a.status])).toEqual([
      ['Siri Holm', 'remote'],
      ['Petter Ek', 'remote'],
      ['Anders Rud', 'absent'],
    ]);
    expect(doc.attendees[0]!.roles).toContain('minutes');
  });
});

describe('a table whose columns OCR collapsed to single spaces, under a label glued to the text before it', () => {
  const DOC = `Referat fra møte i faggruppen for samferdsel

Tid: Torsdag 16.03.2023 kl. 09.00 - 11.00

Lysbildene fra møtet ligger på nettsiden herFrammøtte:

NAVN KOMMUNE / REGION

Kari Marie Nordmann (møteleder) Vestregionen utvikling

Ola Hansen Drammen kommune

Per Olav Berg Søndre Viken regionråd

Lise Dahl Gardemoregionen

1. Godkjenning av innkalling
Innkallingen ble godkjent.

2. Eventuelt
Ingen saker.
`;
  const doc = parse(DOC, { path: 't.txt' });

  it('reads the rows: the name, then the organisation from its place name or its last capitalised word', () => {
    expect(doc.attendees.map((a) => [a.name, a.organisation, a.roles])).toEqual([
      ['Kari Marie Nordmann', 'Vestregionen utvikling', ['chair']],
      ['Ola Hansen', 'Drammen kommune', []],
      ['Per Olav Berg', 'Søndre Viken regionråd', []],
      ['Lise Dahl', 'Gardemoregionen', []],
    ]);
  });

  it('a glued label is a label; a glued word that is none is not', () => {
    expect(attendanceLabel('Lysbildene ligger på nettsiden herFrammøtte:')?.mode.status).toBe('present');
    expect(attendanceLabel('Lysbildene ligger på nettsiden herOversikt:')).toBeNull();
    expect(attendanceLabel('Se ogsåReferat:')).toBeNull();
  });
});

describe('a fjernmøte whose table of members the PDF export flattened onto one line', () => {
  const doc = parse(
    'Møteprotokoll\n\n' +
      'Utval: Fylkestinget Møtestad: Fjernmøte jf. kommunelova 11-7 (digitalt møte) Dato: 19.04.2021 Faste medlemer som møtte: ' +
      'Namn Funksjon Representerer Tove-Lise Torve Leiar AP Per Vidar Klee Kjølmoen Nestleiar AP Frank Sve Medlem FRP ' +
      'Torgeir Dahl Medlem H Pål Farstad Medlem V\n',
  );
  it('reads each row as a person, with role and party; a meeting held as a fjernmøte makes them remote', () => {
    expect(doc.attendees.map((a) => [a.name, a.status, a.organisation])).toEqual([
      ['Tove-Lise Torve', 'remote', 'AP'],
      ['Per Vidar Klee Kjølmoen', 'remote', 'AP'],
      ['Frank Sve', 'remote', 'FRP'],
      ['Torgeir Dahl', 'remote', 'H'],
      ['Pål Farstad', 'remote', 'V'],
    ]);
    expect(doc.attendees[0]!.roles).toContain('chair');
  });
});

/** A Nynorsk protocol whose members are a space-separated table under "Namn Funksjon Representerer". */
const tableDoc = (rows: string[]): string =>
  ['Møteprotokoll', 'Utval: Fylkestinget', 'Møtestad: Fylkeshuset', 'Dato: 12.03.2021', 'Faste medlemer som møtte:', 'Namn Funksjon Representerer', ...rows, '', 'Sak 1/21 Godkjenning av innkalling', 'Godkjent.'].join('\n');

describe('a table row whose remark says the member did not come', () => {
  const people = (rows: string[]): Array<[string, string, string | null]> => parse(tableDoc(rows)).attendees.map((a) => [a.name, a.status, a.organisation]);

  it('"- forfall" or "forfall" closing the row: absent, the party kept', () => {
    expect(people(['Tove-Lise Torve Leiar AP', 'Carl Johansen Medlem MDG - forfall', 'Joakim Skaar Medlem MDG forfall'])).toEqual([
      ['Tove-Lise Torve', 'present', 'AP'],
      ['Carl Johansen', 'absent', 'MDG'],
      ['Joakim Skaar', 'absent', 'MDG'],
    ]);
  });
  it('not a remark with a date (one day of two), nor a party that starts like one', () => {
    expect(people(['Tove-Lise Torve Leiar AP', 'Siv Katrin Ulla Medlem AP forfall 19.4', 'Kari Moe Medlem Fraværsgruppa'])).toEqual([
      ['Tove-Lise Torve', 'present', 'AP'],
      ['Siv Katrin Ulla', 'present', 'AP forfall 19.4'],
      ['Kari Moe', 'present', 'Fraværsgruppa'],
    ]);
  });
});

describe('review: a remark about someone else, and the Nynorsk absence words', () => {
  const people = (rows: string[]): Array<[string, string]> => parse(tableDoc(rows)).attendees.map((a) => [a.name, a.status]);
  it('"Møtte for Ola Dal som hadde forfall" is the member present', () => {
    expect(people(['Tove-Lise Torve Leiar AP', 'Carl Johansen Medlem Møtte for Ola Dal som hadde forfall'])).toContainEqual(['Carl Johansen', 'present']);
  });
  it('"møtte for fraværende": the row\'s person came for someone absent (people.json remarkClauses, the phrase at the end too)', () => {
    expect(people(['Tove-Lise Torve Leiar AP', 'Lise Dahl Vara H møtte for fraværende'])).toContainEqual(['Lise Dahl', 'present']);
  });
  it('"fråvær" closing the row is absent', () => {
    expect(people(['Tove-Lise Torve Leiar AP', 'Joakim Skaar Medlem MDG fråvær'])).toContainEqual(['Joakim Skaar', 'absent']);
  });
});

describe('a two-column list whose first column is the seat, the second the person (outside set k/1003)', () => {
  const doc = (rows: string[]) =>
    parse(['Referat fra samarbeidsutvalg 01.11.16', '', 'Deltakere:', '', ...rows.flatMap((r) => [r, '']), 'Sak 1 Konstituering', 'Godkjent.'].join('\n'))
      .attendees.map((a) => `${a.name}:${a.status}:${a.organisation ?? ''}`);

  it('the name is the cell that reads as a name, whichever column it is in; the seat is kept beside it', () => {
    expect(
      doc([
        'Undervisningspersonale 1          Troels Ørsted Yttredal (ikke møtt)',
        'FAU-leder                                      Jens Abild',
        'Elevråd Vg                                         Malin Alexandersen',
        'Rektor                                             Siv Tove Sødal',
      ]),
    ).toEqual(['Troels Ørsted Yttredal:absent:Undervisningspersonale 1', 'Jens Abild:present:FAU-leder', 'Malin Alexandersen:present:Elevråd Vg', 'Siv Tove Sødal:present:']);
  });

  it('a name first stays the name ("Kari Nordmann   Nordre Land kommune"); a parenthesis typed twice is no part of it', () => {
    expect(doc(['Kari Nordmann          Nordre Land kommune', 'FAU          Anna Vader (for Emma Moe))'])).toEqual(['Kari Nordmann:present:Nordre Land kommune', 'Anna Vader:present:FAU']);
  });
});

describe('a flattened table whose presence column follows the role (outside set k/1006)', () => {
  const doc = parse(
    'Protokoll fra styremøte i Bondelaget 11. februar 2015\n\n' +
      '1 Fylkesstyret: Namn Verv Oppmøte Mobil E-post Inge Martin Karlsvik, 6490 Eide Leder Møtt Anne Katrine Jensen, 6638 Osmarka ' +
      'Nestleder Møtt Arne Rekkedal, 6165 Sæbø Styremedlem Forfall Merete Bolme, 6613 Gjøra Nestleder BKL Møtt Therese Aasen Fossem, ' +
      '6631 Batnfjordøra Fylkesleder BU Forfall Petter Melchior, 6214 Norddal Styremedlem Møtt Til orientering: Oddvar Mikkelsen\n',
  );
  it("the role column's word is the role; a postal code and place is an address, no organisation", () => {
    expect(doc.attendees.slice(0, 3).map((a) => [a.name, a.roles, a.organisation, a.note])).toEqual([
      ['Inge Martin Karlsvik', ['chair'], null, '6490 Eide'],
      ['Anne Katrine Jensen', ['member'], null, '6638 Osmarka'],
      ['Arne Rekkedal', ['member'], null, '6165 Sæbø'],
    ]);
  });
  it("each mark is its row's, not the next row's name: who came and who sent apologies", () => {
    expect(doc.attendees.map((a) => `${a.name}:${a.status}`)).toEqual([
      'Inge Martin Karlsvik:present',
      'Anne Katrine Jensen:present',
      'Arne Rekkedal:absent',
      'Merete Bolme:present',
      'Therese Aasen Fossem:absent',
      'Petter Melchior:present',
    ]);
  });
  it('in a table in capitals too: a name in capitals after the mark opens the next row', () => {
    const caps = parse(
      'PROTOKOLL FRA STYREMØTE 11. FEBRUAR 2015\n\n1 STYRET: NAVN VERV OPPMØTE KARI NORDMANN LEDER MØTT OLA HANSEN NESTLEDER MØTT ' +
        'PER BERG STYREMEDLEM FORFALL LISE DAHL STYREMEDLEM MØTT KNUT LIE STYREMEDLEM MØTT ANNE MOE VARAMEDLEM MØTT REFERENT: GRO LI\n',
    );
    expect(caps.attendees.map((a) => `${a.name}:${a.status}`)).toEqual([
      'KARI NORDMANN:present',
      'OLA HANSEN:present',
      'PER BERG:absent',
      'LISE DAHL:present',
      'KNUT LIE:present',
      'ANNE MOE:present',
      'GRO LI:present',
    ]);
  });
});

describe("a flattened form of attendance: the list's label without its colon, its groups with theirs (outside sets k/1001, j/901)", () => {
  const form = (cells: string) =>
    parse(`Møteprotokoll for Formannskapet\n\nTranskript\n\n1 Trøgstad kommune Møteprotokoll for Formannskapet Møtested: Møterom Havnås Møtetid: 09:00-11:40 ${cells} Saksliste Saksnr Tittel 33/15 Godkjenning av protokoll 34/15 Årsmelding og regnskap\n`)
      .attendees.map((a) => `${a.name}:${a.status}:${a.roles.join('+')}`);

  it('"Til stede på møtet Medlemmer: A, B" is the present list; "Varamedlemmer:" starts a part of its own', () => {
    expect(form('Til stede på møtet Medlemmer: Anne Marie Lintho, Christian Granli, Tor Melvold Forfall: Kari Nordmann')).toEqual([
      'Anne Marie Lintho:present:',
      'Christian Granli:present:',
      'Tor Melvold:present:',
      'Kari Nordmann:absent:',
    ]);
  });

  it("the labels of empty cells before the names: the names are the last label's", () => {
    expect(form('Til stede Medlemmer: Anne Marie Lintho, Christian Granli Varamedlemmer: Forfall Administrasjonen Betty Hvalsengen, Tor-Anders Olsen')).toEqual([
      'Anne Marie Lintho:present:',
      'Christian Granli:present:',
      'Betty Hvalsengen:present:guest',
      'Tor-Anders Olsen:present:guest',
    ]);
  });

  it('but not a given name after a label ("Varamedlemmer: Hanne Lilian Søvik")', () => {
    expect(form('Til stede Medlemmer: Anne Marie Lintho, Christian Granli Varamedlemmer: Hanne Lilian Søvik')).toEqual([
      'Anne Marie Lintho:present:',
      'Christian Granli:present:',
      'Hanne Lilian Søvik:present:deputy',
    ]);
  });
});

describe('"Tilstede fra administrasjonen:" inside a flattened page (outside set l/1108)', () => {
  it('starts a list of its own', () => {
    const d = parse(
      'Protokoll fra ordinær generalforsamling i Foreningen Mandag 26. mai 2008\n\n' +
        'Generalforsamlingen ble avholdt i Håndverkeren, Rosenkrantzgate 7, Oslo fra kl. 17:00 til 21:30 Tilstede fra styret: Kari Nordmann, Ola Hansen ' +
        'Tilstede fra administrasjonen: Elin Aamodt (daglig leder), Tore Østby og Hilde Wahl. SAKER 1. Åpning Styreleder åpnet møtet. 2. Konstituering Godkjent.\n',
    );
    expect(d.attendees.map((a) => a.name)).toEqual(['Kari Nordmann', 'Ola Hansen', 'Elin Aamodt', 'Tore Østby', 'Hilde Wahl']);
  });
});

describe('review of the presence-column and name-cell rules', () => {
  const rows = (text: string) =>
    parse(`PROTOKOLL fra styremøte 11. februar 2015\n\n1 Styret: Navn Verv Oppmøte ${text} Referent: Gro Li\n`).attendees.map((a) => `${a.name}:${a.status}`);

  it('marks of more than one word, and "Tilstede" as a mark', () => {
    expect(rows('Kari Nordmann Leder Møtt Ola Hansen Nestleder Ikke møtt Per Berg Styremedlem Møtt Lise Dahl Styremedlem Meldt forfall Knut Lie Styremedlem Møtt Anne Moe Varamedlem Møtt')).toEqual([
      'Kari Nordmann:present', 'Ola Hansen:absent', 'Per Berg:present', 'Lise Dahl:absent', 'Knut Lie:present', 'Anne Moe:present', 'Gro Li:present',
    ]);
    expect(rows('Kari Nordmann Leder Tilstede Ola Hansen Nestleder Tilstede Per Berg Styremedlem Forfall Lise Dahl Styremedlem Tilstede Knut Lie Styremedlem Tilstede Anne Moe Varamedlem Tilstede')).toEqual([
      'Kari Nordmann:present', 'Ola Hansen:present', 'Per Berg:absent', 'Lise Dahl:present', 'Knut Lie:present', 'Anne Moe:present', 'Gro Li:present',
    ]);
  });

  it('an initial or a hyphenated given name after a mark opens the next row; it is no code', () => {
    expect(rows('Kari Nordmann Leder Møtt Ola Hansen Nestleder Møtt Per Berg Styremedlem Forfall K. Dahl Styremedlem Møtt Knut Lie Styremedlem Møtt Eva-Li Dahl Varamedlem Møtt Anne Moe Varamedlem Møtt')).toEqual([
      'Kari Nordmann:present', 'Ola Hansen:present', 'Per Berg:absent', 'K. Dahl:present', 'Knut Lie:present', 'Eva-Li Dahl:present', 'Anne Moe:present', 'Gro Li:present',
    ]);
  });

  const people = (text: string) =>
    parse(`Referat fra styremøte 3. mars 2024\n\nDeltakere:\n${text}\n\n1. Budsjett\nGodkjent.\n\n2. Eventuelt\nIngen saker.\n`).attendees.map((a) => `${a.name}|${a.organisation ?? ''}|${a.status}`);

  it('a first cell that may be a name stays the name, whatever the next cell is named after', () => {
    expect(people('\n| Navn | Organisasjon |\n|---|---|\n| Zainab Rahimi | Olav Thon Gruppen |\n| Kari Nordmann | Lia IL |')).toEqual(['Zainab Rahimi|Olav Thon Gruppen|present', 'Kari Nordmann|Lia IL|present']);
    expect(people('Dzenan Hodzic          Olav Duun vgs\nKari Nordmann          Lia IL')).toEqual(['Dzenan Hodzic|Olav Duun vgs|present', 'Kari Nordmann|Lia IL|present']);
  });

  it("a presence mark in a cell of its own is the row's status, not its organisation", () => {
    expect(people('Rektor          Siv Tove Sødal          Møtt\nFAU          Per Berg          Forfall')).toEqual(['Siv Tove Sødal||present', 'Per Berg|FAU|absent']);
  });
});

describe('a table headed by the list\'s own word, its rows "name, municipality, party, role" (outside set q/1705)', () => {
  const ROWS = [
    'Jarle Landås Radøy Rådmann',
    'Martin W Kullid Meland Rådmann',
    'Jon Askeland Radøy SP Medlem',
    'Jostein Borlaug Radøy AP Medlem',
    'Kirsti Gjetle Floen Radøy AP Medlem',
    'Øyvind Oddekalv Meland AP Utvalsleiar',
    'Nils Marton Aadland Meland H Medlem',
  ];
  const people = (text: string) => parse(Buffer.from(text)).attendees.map((a) => `${a.name}|${a.organisation ?? ''}`);
  const expected = [
    'Jarle Landås|Radøy Rådmann',
    'Martin W Kullid|Meland Rådmann',
    'Jon Askeland|Radøy SP',
    'Jostein Borlaug|Radøy AP',
    'Kirsti Gjetle Floen|Radøy AP',
    'Øyvind Oddekalv|Meland AP',
    'Nils Marton Aadland|Meland H',
  ];
  it('a row a line: the name without the municipality and party columns, which repeat down the rows', () => {
    expect(people(`Møtebok for Fellesnemnd\n\nMøtedeltakarar Parti Rolle\n${ROWS.join('\n')}\n\n019/17 Godkjenning av innkalling\n020/17 Budsjett\n`)).toEqual(expected);
  });
  it('the same flattened onto one line after the header fields', () => {
    const line = `Møtested: Rådhuset, Manger Møtetid: 12:00-15:00 Møtebok for Fellesnemnd Møtedeltakarar Parti Rolle ${ROWS.join(' ')}`;
    expect(people(`${line}\n\n019/17 Godkjenning av innkalling\n020/17 Budsjett\n`)).toEqual(expected);
  });
  it('under a header with no column for them, nothing is peeled: surnames shared or in capitals stay (review)', () => {
    const names = (rows: string[]) => people(`Referat styremøte\n\nNavn Rolle\n${rows.join('\n')}\n\n1. Budsjett\n2. Eventuelt\n`).map((p) => p.split('|')[0]);
    const families = ['Kari Anne Hansen Leder', 'Per Olav Hansen Medlem', 'Ola Kristian Hansen Medlem', 'Liv Marie Berg Medlem', 'Tone Elise Berg Medlem', 'Jon Erik Berg Medlem'];
    expect(names(families)).toEqual(families.map((r) => r.split(' ').slice(0, 3).join(' ')));
    expect(names(['Kari Anne LIE Leder', 'Per Olav BØ Medlem', 'Ola Kristian DAL Medlem'])).toEqual(['Kari Anne LIE', 'Per Olav BØ', 'Ola Kristian DAL']);
  });
  it('a surname shared by three members under a party column, no other value repeated, is no column', () => {
    const rows = ['Kari Anne Hansen AP Leder', 'Per Olav Hansen AP Medlem', 'Ola Kristian Hansen H Medlem', 'Liv Marie Dal SP Medlem'];
    expect(people(`Referat styremøte\n\nNavn Parti Rolle\n${rows.join('\n')}\n\n1. Budsjett\n2. Eventuelt\n`).map((p) => p.split('|')[0])).toEqual([
      'Kari Anne Hansen',
      'Per Olav Hansen',
      'Ola Kristian Hansen',
      'Liv Marie Dal',
    ]);
  });
});
