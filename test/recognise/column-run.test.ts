/**
 * A council's case list as a docplayer transcript gives it (outside sets u/2110, u/2111; q/1707 and p/1508 the same
 * shape): the table's first rows flattened column by column, archive numbers after the titles, and the matters for
 * information (RS) numbered on their own among the cases (PS).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { columnRuns } from '../../src/segment/column-run.js';

const items = (text: string) => parse(text).items.map((i) => `${i.number} ${i.title}`);

describe('columnRuns', () => {
  it('gives each number its title when the titles part as many times as there are numbers', () => {
    const line = 'Sakliste PS 41/14 PS 42/14 PS 43/14 Innhald Godkjenning av møteinnkalling Godkjenning av møtebok forrige møte Godkjenning av sakliste Utvalssaknr Arkivsaknr PS 44/14 Budsjett 2014/558';
    expect(columnRuns(line)).toEqual([
      { start: line.indexOf('PS 41'), end: line.indexOf('PS 44'), numbers: ['PS 41/14', 'PS 42/14', 'PS 43/14'], titles: ['Godkjenning av møteinnkalling', 'Godkjenning av møtebok forrige møte', 'Godkjenning av sakliste'] },
    ]);
  });
  it('reads no titles when they part otherwise (a name inside one), and no run of one number', () => {
    expect(columnRuns('PS 20/17 PS 21/17 Godkjenning av innkalling Tilbygg til bolighus - Morten Brekk')[0]!.titles).toBeNull();
    expect(columnRuns('PS 20/17 Godkjenning av innkalling PS 21/17 Referatsaker')).toEqual([]);
  });
});

describe('a flattened case list', () => {
  const LIST = 'Møteinnkalling Utval: Fylkeseldrerådet Møtestad: Fylkeshuset Tid: 10:15 Dersom nokon av medlemmene ikkje kan møta, vert dei bedne om å melde forfall. Saksliste Utvalgssaksnr PS 21/18 PS 22/18 PS 23/18 Innhold Lukket Arkivsaksnr Godkjenning av innkalling og sakliste Godkjenning av protokoll frå forrige møte Milepælsrapport forvaltningsrevisjon innan sjukefråver 2017/11 PS 24/18 Val av revisjonsordning 2017/51 RS 4/18 Vedtak kommunestyret årsrekneskap /99 RS 5/18 Vedtak kommunestyret 1.- tertial /99 PS 25/18 Budsjett for kontroll og tilsyn 2018/98 PS 26/18 Eventuelt';
  it('reads every case with its title, the archive numbers off, the RS cases among the PS ones', () => {
    expect(items(LIST)).toEqual([
      'PS 21/18 Godkjenning av innkalling og sakliste',
      'PS 22/18 Godkjenning av protokoll frå forrige møte',
      'PS 23/18 Milepælsrapport forvaltningsrevisjon innan sjukefråver',
      'PS 24/18 Val av revisjonsordning',
      'RS 4/18 Vedtak kommunestyret årsrekneskap',
      'RS 5/18 Vedtak kommunestyret 1.- tertial',
      'PS 25/18 Budsjett for kontroll og tilsyn',
      'PS 26/18 Eventuelt',
    ]);
  });
});

describe('series and numbers after titles in an ordinary list', () => {
  it('RS cases numbered on their own after the PS cases are items', () => {
    expect(items('Møteinnkalling\n\nSakliste\nPS 41/14 Godkjenning av innkalling\nPS 42/14 Godkjenning av protokoll\nPS 43/14 Referatsak\nRS 33/14 Oversikt over saker\nRS 34/14 Referat frå AU')).toEqual([
      'PS 41/14 Godkjenning av innkalling', 'PS 42/14 Godkjenning av protokoll', 'PS 43/14 Referatsak', 'RS 33/14 Oversikt over saker', 'RS 34/14 Referat frå AU',
    ]);
  });
  it('a season after three titles stays ("Terminliste 2024/25"); one archive number alone stays', () => {
    expect(items('Innkalling til årsmøte\n\nSaksliste\n1. Terminliste 2024/25\n2. Budsjett 2024/2025\n3. Årsplan 2024/25\n4. Eventuelt')).toEqual([
      '1 Terminliste 2024/25', '2 Budsjett 2024/2025', '3 Årsplan 2024/25', '4 Eventuelt',
    ]);
    expect(items('Innkalling\n\nSaksliste\nPS 1/24 Godkjenning\nPS 2/24 Reguleringsplan 2023/1234\nPS 3/24 Eventuelt')).toContain('PS 2/24 Reguleringsplan 2023/1234');
  });
});

describe('a column run\'s items', () => {
  it('each start at their own number in the input line', () => {
    const line = 'Saksliste PS 21/18 PS 22/18 Innhold Godkjenning av innkalling Godkjenning av protokoll 2017/11 PS 23/18 Eventuelt med mer tekst her for å gjøre linjen lang nok til at den leses som en flatet side av et dokument fra en PDF-fil';
    const doc = parse(`Møteinnkalling\n${line}`);
    expect(doc.items.map((i) => [i.number, i.position.start.line, i.position.start.column])).toEqual([
      ['PS 21/18', 2, line.indexOf('PS 21/18') + 1],
      ['PS 22/18', 2, line.indexOf('PS 22/18') + 1],
      ['PS 23/18', 2, line.indexOf('PS 23/18') + 1],
    ]);
  });
});
