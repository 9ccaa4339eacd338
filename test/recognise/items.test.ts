/** Numbered item headings and the choice of the main numbering. */
import { describe, expect, it } from 'vitest';
import { chooseChain, cleanTitle, isClosingItemTitle, isHeadingLike, isUpperHeading, numberedHead, type ItemHead } from '../../src/recognise/items.js';
import { line, lines } from '../helpers/lines.js';
import { meeting, PRESENT } from '../helpers/meeting.js';
import { parse } from '../../src/index.js';

const head = (text: string, next?: string): ItemHead | null => numberedHead(line(text), next === undefined ? undefined : line(next));

describe('numberedHead', () => {
  it.each<[string, string, string]>([
    ['1. Godkjenning av innkalling', '1', 'Godkjenning av innkalling'],
    ['## 1. Godkjenning av innkalling', '1', 'Godkjenning av innkalling'],
    ['## **16. Eventuelt**', '16', 'Eventuelt'],
    ['- 4. Runde rundt bordet - Orientering om aktuelle saker fra medlemmene.**', '4', 'Runde rundt bordet - Orientering om aktuelle saker fra medlemmene'],
    ['Sak 3 Budsjett', '3', 'Budsjett'],
    ['Sak 3: Budsjett', '3', 'Budsjett'],
    ['Sak 46/11: Regnskap 2010', '46/11', 'Regnskap 2010'],
    ['Punkt 2 Økonomi', '2', 'Økonomi'],
    ['Pkt. 5 Eventuelt', '5', 'Eventuelt'],
    ['1.Konstituering', '1', 'Konstituering'],
    ['### 196 Godkjenning av innkalling, servering og referent.', '196', 'Godkjenning av innkalling, servering og referent'],
    ['01/2016 Godkjenning av innkalling', '01/2016', 'Godkjenning av innkalling'],
    ['3) Valg', '3', 'Valg'],
    ['Sak nr. 1.2010 – Referat fra møte 19.10.2009', '1.2010', 'Referat fra møte 19.10.2009'],
    ['Sak 80 (2017-18): Godkjenning av dagsorden', '80', 'Godkjenning av dagsorden'],
    ['Sak 24-01. Valg av ordstyrer og referent.', '24-01', 'Valg av ordstyrer og referent'],
    ['SAK NR 017-2019 Valg av ansattvalgte til styret', '017-2019', 'Valg av ansattvalgte til styret'],
    ['Sak24-02. Orienteringer.', '24-02', 'Orienteringer'],
    ['01/23-24 Innkommen post', '01/23-24', 'Innkommen post'],
    ['2. GODKIENNING AV REFERAT FRA M@TE 16. januar 2025', '2', 'GODKIENNING AV REFERAT FRA M@TE 16. januar 2025'],
  ])('%s → %s "%s"', (text, number, title) => {
    const h = head(text);
    expect(h).not.toBeNull();
    expect({ number: h!.number, title: h!.title, numberInferred: h!.numberInferred }).toEqual({ number, title, numberInferred: false });
  });

  it('keeps "PS" in the number as printed ("PS 12/24")', () => {
    // The contract: numbers are kept as printed, e.g. "PS 12/24".
    const h = head('PS 12/24 Årsmelding');
    expect(h?.number).toBe('PS 12/24');
    expect(h?.title).toBe('Årsmelding');
  });

  it('takes the title from the next line when the heading has none ("Sak 2 18/19" / "Vedtektene")', () => {
    const h = head('Sak 2 18/19', 'Vedtektene');
    expect(h?.number).toBe('2 18/19');
    expect(h?.title).toBe('Vedtektene');
    expect(h?.titleLine?.text).toBe('Vedtektene');
  });

  it('splits "Title: rest" on the heading line', () => {
    const h = head('Sak 1: Konstituering: Leder ble valgt');
    expect(h).toMatchObject({ number: '1', title: 'Konstituering', rest: 'Leder ble valgt' });
  });

  it('leaves out the case number the archive filed an item under ("3. Sak 2006/06 Patronat-festen")', () => {
    expect(head('3. Sak 2006/06 Patronat-festen')).toMatchObject({ number: '3', title: 'Patronat-festen' });
    expect(head('3. Sak om budsjettet')).toMatchObject({ number: '3', title: 'Sak om budsjettet' });
  });

  it('leaves out the archive case number a saksliste table puts before the title ("56/09 09/810 GODKJENNING …")', () => {
    expect(head('56/09 09/810 GODKJENNING AV PROTOKOLL')).toMatchObject({ number: '56/09', title: 'GODKJENNING AV PROTOKOLL' });
    expect(head('PS 12/24 24/00123-2 Budsjett 2025')).toMatchObject({ number: 'PS 12/24', title: 'Budsjett 2025' });
    expect(head('Sak STY 30/03 03/00412-7 Økonomisk rapportering')).toMatchObject({ number: 'STY 30/03', title: 'Økonomisk rapportering' });
    // A PDF transcript keeps only "14/" of it.
    expect(head('48/14 14/ Godkjenning av innkalling og sakliste')).toMatchObject({ number: '48/14', title: 'Godkjenning av innkalling og sakliste' });
    // Not a number the title opens with that is no archive number.
    expect(head('12/24 24/7-vakt i hjemmetjenesten')).toMatchObject({ number: '12/24', title: '24/7-vakt i hjemmetjenesten' });
    expect(head('Sak 12/24 2 av 3 styremedlemmer')).toMatchObject({ number: '12/24', title: '2 av 3 styremedlemmer' });
  });

  it('but a short question after the colon is the title\'s own second part', () => {
    expect(head('1/22 Kun én gang: Hvordan kommer vi dit?')).toMatchObject({ number: '1/22', title: 'Kun én gang: Hvordan kommer vi dit?', rest: '' });
    expect(head('Sak 3: Budsjett: Hvem betaler? Styret tar det.')).toMatchObject({ title: 'Budsjett', rest: 'Hvem betaler? Styret tar det.' });
  });

  describe('is not an item', () => {
    it.each([
      ['a date', '17. mai'],
      ['a date with text', '17. mai feiring i skolegården'],
      ['a rank', '2. vara'],
      ['a rank with a name', '1. vara Kari Nordmann'],
      ['a bare number', '12'],
      ['a decimal', '3,5 ganger så mange'],
      ['a plain-text number without a dot', '196 deltakere kom på møtet'],
      ['a full date', '16.03.2023'],
      ['a year', '2024 ble et godt år'],
      ['a blank line', ''],
    ])('%s: "%s"', (_what, text) => {
      expect(head(text)).toBeNull();
    });
  });
});

describe('chooseChain', () => {
  const heads = (...texts: string[]): ItemHead[] => {
    const ls = lines(...texts);
    return ls.map((l, i) => numberedHead(l, ls[i + 1])).filter((h): h is ItemHead => h !== null);
  };
  const numbers = (chain: ItemHead[]): string[] => chain.map((h) => h.number);

  it('takes a plain 1…n run', () => {
    expect(numbers(chooseChain(heads('1. A', 'tekst', '2. B', 'tekst', '3. C')))).toEqual(['1', '2', '3']);
  });

  it('prefers "Sak N" headings over numbered lists inside the items', () => {
    const chain = chooseChain(heads('Sak 1 Budsjett', '1. post', '2. post', 'Sak 2 Regnskap', '1. post', '2. post', '3. post', 'Sak 3 Eventuelt'));
    expect(numbers(chain)).toEqual(['1', '2', '3']);
    expect(chain.every((h) => h.style.startsWith('sak'))).toBe(true);
  });

  it('keeps a numbering with a small gap (a lost number)', () => {
    expect(numbers(chooseChain(heads('1. A', '2. B', '3. C', '7. Eventuelt')))).toEqual(['1', '2', '3', '7']);
  });

  it('keeps case numbers of one year', () => {
    expect(numbers(chooseChain(heads('46/11 Regnskap', '47/11 Budsjett', '48/11 Eventuelt')))).toEqual(['46/11', '47/11', '48/11']);
  });

  it('follows Markdown headings that start above 3 ("### 196 …")', () => {
    expect(numbers(chooseChain(heads('### 196 Godkjenning', 'tekst', '### 197 Status', '### 198 Interkom')))).toEqual(['196', '197', '198']);
  });

  it('ignores a restarted nested list at deeper indentation', () => {
    const chain = chooseChain(heads('1. Godkjenning', '2. Økonomi', '    1. Inntekter', '    2. Utgifter', '    3. Fond', '3. Eventuelt'));
    expect(chain.map((h) => [h.number, h.line.indent])).toEqual([
      ['1', 0],
      ['2', 0],
      ['3', 0],
    ]);
  });

  it('does not start a plain-text chain at a high number ("5. … 6. …" inside prose)', () => {
    expect(numbers(chooseChain(heads('5. punkt i lista', '6. punkt i lista')))).toEqual([]);
  });

  it('gives nothing for no heads', () => {
    expect(chooseChain([])).toEqual([]);
  });
});

describe('headings without numbers', () => {
  it.each(['FREMLEGG OG DISKUSJON OM SATSINGSOMRÅDER FOR NÆRINGSSAMARBEID', 'RUNDE RUNDT BORDET', 'NÆRINGSKLYNGER - STATUS'])('UPPERCASE: %s', (t) => {
    expect(isUpperHeading(t)).toBe(true);
  });
  it.each(['Ingen ting til eventuelt.', 'NOU', 'IN opplever ogsa at fylkeskommunene har god oversikt', 'DETTE ER EN SETNING.'])('not UPPERCASE heading: %s', (t) => {
    expect(isUpperHeading(t)).toBe(false);
  });
  it('Markdown and bold lines are headings', () => {
    expect(isHeadingLike(line('## Saker'))).toBe(true);
    expect(isHeadingLike(line('**Orienteringssaker**'))).toBe(true);
    expect(isHeadingLike(line('Vanlig tekst her'))).toBe(false);
  });
  it.each(['Eventuelt', 'Evt.', 'Eventuelt:', 'Ymse'])('closing item: %s', (t) => {
    expect(isClosingItemTitle(t)).toBe(true);
  });
  it('cleanTitle drops trailing punctuation, but not of abbreviations', () => {
    expect(cleanTitle('Godkjenning av innkalling.')).toBe('Godkjenning av innkalling');
    expect(cleanTitle('Status –')).toBe('Status');
    expect(cleanTitle('Diverse, evt.')).toBe('Diverse, evt.');
    // A meeting page's links after the title; one such word alone is the title's own.
    expect(cleanTitle('Detaljregulering Tromsdalen kalkbrudd og deponi Saksframlegg Protokoll Video')).toBe('Detaljregulering Tromsdalen kalkbrudd og deponi');
    expect(cleanTitle('Godkjenning av møteprotokoll 25.05.2020 Protokoll Video')).toBe('Godkjenning av møteprotokoll 25.05.2020');
    expect(cleanTitle('Godkjenning av Protokoll')).toBe('Godkjenning av Protokoll');
  });
});

describe('a meeting with a single item', () => {
  const doc = (body: string) => meeting('Referat fra styremøte 4. mars 2024', PRESENT, body);

  it('"1. Budsjett for 2025" with its text under it is the agenda', () => {
    const d = doc('1. Budsjett for 2025\nBudsjettet ble vedtatt.');
    expect(d.items.map((i) => [i.number, i.title, i.decisions.map((x) => x.text)])).toEqual([['1', 'Budsjett for 2025', ['Budsjettet ble vedtatt.']]]);
  });

  it('not a numbered sentence, nor a lone number other than 1, nor one with nothing under it', () => {
    expect(doc('Styret diskuterte saken.\n\n1. Vi må huske å sende brevet før fristen går ut.\nKari tar det.').items).toEqual([]);
    expect(doc('3. Budsjett\nBudsjettet ble vedtatt.').items).toEqual([]);
    expect(doc('Budsjettet ble diskutert.\n\n1. Budsjett').items).toEqual([]);
  });
});

describe('numbering that starts again in a new section', () => {
  const items = (body: string) => meeting('Protokoll fra styremøte 4. mars 2024', PRESENT, body).items.map((i) => [i.number, i.title]);

  it('under another prefix: V-SAK 1, V-SAK 2, D-SAK 1, O-SAK 1', () => {
    expect(items('V-SAK 1 Godkjenning av dagsorden\nGodkjent.\n\nV-SAK 2 Budsjett\nVedtatt.\n\nD-SAK 1 Strategi\nDrøftet.\n\nO-SAK 1 Orientering fra leder\nTatt til orientering.')).toEqual([
      ['V-SAK 1', 'Godkjenning av dagsorden'],
      ['V-SAK 2', 'Budsjett'],
      ['D-SAK 1', 'Strategi'],
      ['O-SAK 1', 'Orientering fra leder'],
    ]);
  });

  it('under a section heading: "Vedtakssaker" Sak 1, Sak 2, "Orienteringssaker" Sak 1, Sak 2', () => {
    expect(items('Vedtakssaker\n\nSak 1 Dagsorden\nGodkjent.\n\nSak 2 Budsjett\nVedtatt.\n\nOrienteringssaker\n\nSak 1 Status bygg\nTatt til orientering.\n\nSak 2 Økonomi\nTatt til orientering.')).toEqual([
      ['1', 'Dagsorden'],
      ['2', 'Budsjett'],
      ['1', 'Status bygg'],
      ['2', 'Økonomi'],
    ]);
  });

  it('not when the agenda, prefixes and sections and all, is restated before the items', () => {
    const heads = 'V-SAK 1 Budsjett\nV-SAK 2 Regnskap\nO-SAK 1 Orientering';
    const body = 'V-SAK 1 Budsjett\nVedtatt.\n\nV-SAK 2 Regnskap\nGodkjent.\n\nO-SAK 1 Orientering\nTatt til orientering.';
    expect(items(`Saksliste\n${heads}\n\n${body}`).length).toBe(3);
    const sections = 'Vedtakssaker\n\nSak 1 Budsjett\nVedtatt.\n\nOrienteringssaker\n\nSak 1 Status\nTatt til orientering.';
    expect(items(`${sections}\n\n${sections}`).length).toBe(2);
  });

  it('a body code before the case number is part of it ("Sak STY 29/03"); a word there is not', () => {
    expect(items('Sak STY 28/03 Godkjenning av innkalling\nGodkjent.\n\nSak STY 29/03 Økonomi\nTatt til orientering.')).toEqual([
      ['STY 28/03', 'Godkjenning av innkalling'],
      ['STY 29/03', 'Økonomi'],
    ]);
    expect(numberedHead(line('Sak om 12 millioner til skolen'), undefined)?.number).not.toBe('om 12');
  });

  it('case numbers with a dash and a year ("07 – 2022"), kept as written; not a range of years or a time span', () => {
    expect(items('07 – 2022    Gjennomgang av årsmelding.\n\nGjennomgått.\n\n08 – 2022    Budsjett.\n\nBudsjettet ble vedtatt.')).toEqual([
      ['07 – 2022', 'Gjennomgang av årsmelding'],
      ['08 – 2022', 'Budsjett'],
    ]);
    expect(numberedHead(line('2019 – 2022 Strategi for klubben'), undefined)?.number ?? '').not.toMatch(/2022/);
    expect(numberedHead(line('18 – 20 Middag på klubbhuset'), undefined)?.number ?? '').not.toMatch(/–/);
  });

  it('a case number alone on its line, its title on the next (a table exported a cell to a line)', () => {
    expect(items('SAKLISTE\n\n1/2003\n\nTrøndelagsrådet. Endring av vedtekter\n\n2/2003\n\n"Festskyss" for ungdom\n\n3/2003\n\nBudsjett')).toEqual([
      ['1/2003', 'Trøndelagsrådet. Endring av vedtekter'],
      ['2/2003', '"Festskyss" for ungdom'],
      ['3/2003', 'Budsjett'],
    ]);
    // Not over text in lower case, nor over another number.
    expect(numberedHead(line('1/2003'), line('og mer tekst her'))).toBeNull();
    expect(numberedHead(line('1/2003'), line('2/2003'))).toBeNull();
    expect(numberedHead(line('1/2003'), undefined)).toBeNull();
  });

  it('"Sak 24-01", "Sak 24-02": a year and a case run by the case; "Sak 12-15" is a range, kept as written', () => {
    expect(items('Sak 24-01. Valg av ordstyrer.\nValgt.\n\nSak 24-02. Orienteringer.\nTatt til orientering.\n\nSak 24-03. Eventuelt\nIngen.').map(([n]) => n)).toEqual(['24-01', '24-02', '24-03']);
    expect(head('Sak 12-15 Referatsaker')?.number).toBe('12-15');
    expect(head('01/23-24', 'Godkjent referat fra møte 19.09.23')?.number).toBe('01/23-24');
  });

  it('the year first ("Sak 14/35", "Sak14/36", "Sak 14/37"): the case after the slash counts', () => {
    expect(items('Sak 14/35 Godkjenning av referat\nGodkjent.\n\nSak14/36 Orienteringssaker\nInfo.\n\nSak 14/37 Gudstenesta\nVedtatt.').map(([n]) => n)).toEqual(['14/35', '14/36', '14/37']);
    // Case and year as usual: the year is the part that stays.
    expect(items('Sak 12/24 Budsjett\nVedtatt.\n\nSak 13/24 Regnskap\nGodkjent.').map(([n]) => n)).toEqual(['12/24', '13/24']);
  });

  it('one running sequence across prefixes still runs on (PS 4/24, PS 5/24, RS 6/24)', () => {
    expect(items('PS 4/24 Budsjett\nVedtatt.\n\nPS 5/24 Regnskap\nGodkjent.\n\nRS 6/24 Referatsaker\nTatt til orientering.').map(([n]) => n)).toEqual([
      'PS 4/24',
      'PS 5/24',
      'RS 6/24',
    ]);
  });

  it('not when the agenda is restated without a section heading between', () => {
    expect(items('Sak 1 Dagsorden\nSak 2 Budsjett\n\nSak 1 Dagsorden\nGodkjent.\n\nSak 2 Budsjett\nVedtatt.').length).toBe(2);
  });
});

describe('a numbered list inside an item of a run of case numbers', () => {
  const items = (body: string) => meeting('Protokoll fra styremøte 4. mars 2024', PRESENT, body).items.map((i) => [i.number, i.title]);
  it('is no agenda of its own, however long', () => {
    const text =
      '35/18 Godkjenning av innkalling\nGodkjent.\n\n36/18 Referat\nIngen kommentarar.\n\n37/18 Meldingar\nTatt til orientering.\n\n38/18 Folkemøte\n' +
      '1. Velkommen\n2. Presentasjon\n3. Program\n4. Mulighetsstudie\n5. Spørsmål\n6. Innspel\n7. Facebook\n8. Takk\n';
    expect(items(text).map(([n]) => n)).toEqual(['35/18', '36/18', '37/18', '38/18']);
  });
  it('two cases written out with "Sak" are enough, when the list is no whole agenda', () => {
    const text =
      'Sak 60/17\nGodkjenne referat og saksliste\nGodkjent\n\nSak 61/17\nOrienteringssaker. Korte orienteringer gis.\n' +
      '1. Gudstjenesteliste v/alle\n2. Status parkeringsplassen v/Henrik\n3. Orientering fra Fellesrådsmøte\n4. Trosopplæringskonferansen\n5. Kratt ved veien\n';
    expect(items(text).map(([n]) => n)).toEqual(['60/17', '61/17']);
  });
  it('but a whole agenda after them (ending with "Eventuelt") stays the agenda', () => {
    const text =
      'Sak 12/17 og Sak 13/17 fra forrige møte er fulgt opp.\nSak 12/17\nSe vedlegg.\nSak 13/17\nSe vedlegg.\n\n' +
      '1. Godkjenning av innkalling\nGodkjent.\n2. Budsjett\nVedtatt.\n3. Orienteringer\nTatt til orientering.\n4. Eventuelt\nIngen saker.\n';
    expect(items(text).map(([n]) => n)).toEqual(['1', '2', '3', '4']);
  });
});

describe('a LaTeX source', () => {
  const items = (body: string) => meeting('Innkalling til sameiemøte 4. juni 2024', body).items.map((i) => [i.number, i.title, i.subItems.map((s) => s.label)]);
  it('"\\item[1.] Konstituering": the label numbers the item, nested labels are its sub-items', () => {
    const text =
      '{\\bf Til behandling foreligger:}\n\\begin{enumerate}\n\\item[1.] Konstituering\n  \\begin{enumerate}\n    \\item[a.] Valg av møteleder\n    \\item[b.] Valg av protokollfører\n  \\end{enumerate}\n' +
      '\\item[2.] Delfinansiering av brannvarsling\n\\item[3.] Valg av nytt styre\n\\end{enumerate}';
    expect(items(text)).toEqual([
      ['1', 'Konstituering', ['a', 'b']],
      ['2', 'Delfinansiering av brannvarsling', []],
      ['3', 'Valg av nytt styre', []],
    ]);
  });
  it('not an unlabelled \\item, nor a label that is no marker ("\\item[Merk] …")', () => {
    expect(items('\\begin{itemize}\n\\item Budsjett\n\\item Regnskap\n\\item Eventuelt\n\\end{itemize}')).toEqual([]);
    expect(items('\\begin{description}\n\\item[Merk] Budsjett\n\\item[Merk] Regnskap\n\\end{description}')).toEqual([]);
  });
});

describe('a LaTeX source\'s sections', () => {
  const items = (body: string) => meeting('Protokoll fra sameiemøte 4. juni 2024', PRESENT, body).items.map((i) => [i.number, i.title]);
  it('"\\subsection*{Sak 1 - Konstituering}" heads an item as "## Sak 1 - Konstituering" would', () => {
    const text =
      '\\subsection*{Sak 1 - Konstituering}\n\nStyreleder ble valgt til møteleder.\n\n\\subsection*{Sak 2 - Godtgjørelse til styret}\n\nForslaget ble vedtatt.\n\n' +
      '\\subsection*{Sak 3 - Valg av nytt styre}\n\nStyret ble valgt ved akklamasjon.';
    expect(items(text)).toEqual([
      ['1', 'Konstituering'],
      ['2', 'Godtgjørelse til styret'],
      ['3', 'Valg av nytt styre'],
    ]);
  });
  it('not a section command inside a line of text', () => {
    expect(items('Se \\section{Budsjett} for tallene.\nSe \\section{Regnskap} for tallene.')).toEqual([]);
  });
});

describe('a heading line that holds a short title and then the item\'s text', () => {
  const items = (body: string) => meeting('Referat fra styremøte 4. mars 2024', PRESENT, body).items.map((i) => [i.title, i.text]);
  const titles = (body: string) => items(body).map(([t]) => t);
  it('"7. Valgkamp. Mulige utspill ble diskutert.": the first sentence is the title, the rest the text', () => {
    expect(items('1. Valgkamp. Mulige utspill ble diskutert.\n2. Medieplan for juni. Vi skriver leserinnlegg for sommeren.\n3. Eventuelt')).toEqual([
      ['Valgkamp', 'Mulige utspill ble diskutert.'],
      ['Medieplan for juni', 'Vi skriver leserinnlegg for sommeren.'],
      ['Eventuelt', ''],
    ]);
    // A one-word outcome, and a title that ends in a year.
    expect(items('1. Godkjenning av innkalling og saksliste. Godkjent.\n2. Eventuelt')[0]).toEqual(['Godkjenning av innkalling og saksliste', 'Godkjent.']);
    expect(items('1. Godkjenning av innkalling og sakliste. Godkjend.\n2. Eventuelt')[0]).toEqual(['Godkjenning av innkalling og sakliste', 'Godkjend.']);
    expect(items('1. Budsjett 2025. Budsjettet ble vedtatt.\n2. Eventuelt')[0]).toEqual(['Budsjett 2025', 'Budsjettet ble vedtatt.']);
    // Not a word that is no outcome, nor a number that is no year.
    expect(items('1. Valg. Styret.\n2. Eventuelt')[0]![0]).toBe('Valg. Styret');
    expect(items('1. Vedtektene § 12. Endringen ble vedtatt.\n2. Eventuelt')[0]![0]).toBe('Vedtektene § 12. Endringen ble vedtatt');
    // A statement that opens with a question word is text all the same.
    expect(items('1. Sommerfest. Når det gjelder sommerfesten, ble det bestemt at den holdes 20. juni.\n2. Eventuelt')[0]).toEqual([
      'Sommerfest',
      'Når det gjelder sommerfesten, ble det bestemt at den holdes 20. juni.',
    ]);
    expect(items('1. Dugnad. Hva som skal gjøres på dugnaden ble diskutert, og listen sendes ut.\n2. Eventuelt')[0]![0]).toBe('Dugnad');
    expect(items('Sak 1 Et brev til styret fra Kari Nordmann. Styret ønsker å komme tilbake til saken i neste styremøte\nSak 2 Eventuelt')[0]).toEqual([
      'Et brev til styret fra Kari Nordmann',
      'Styret ønsker å komme tilbake til saken i neste styremøte',
    ]);
  });
  it('a question of up to fifteen words as the title, its answer after it ("Sak 5 Skal koret dekke … i Lom? Koret dekker ikke …")', () => {
    expect(
      items('Sak 5 Skal koret dekke utgifter/merutgifter pga forfall til deltakelse i Lom? Koret dekker ikke billettutgiftene til de tre.\nSak 6 Eventuelt')[0],
    ).toEqual(['Skal koret dekke utgifter/merutgifter pga forfall til deltakelse i Lom?', 'Koret dekker ikke billettutgiftene til de tre.']);
    // Not another question after it (the questions together are the subject), a one-word answer, or a longer question.
    expect(titles('1. Korleis skal vi legge opp prøveordning med mobiltelefonar på skulen? Eit eige styremøte om prøveordninga? Det blir eit styremøte snart.\n2. Eventuelt')[0]).toBe(
      'Korleis skal vi legge opp prøveordning med mobiltelefonar på skulen? Eit eige styremøte om prøveordninga? Det blir eit styremøte snart',
    );
    expect(titles('1. Skal vi ha sommerfest i år eller skal vi vente til neste år? Ja.\n2. Eventuelt')[0]).toBe('Skal vi ha sommerfest i år eller skal vi vente til neste år? Ja');
    expect(titles('1. Skal vi som lag bruke mer penger på nye drakter og utstyr til alle barna i klubben neste sesong? Styret ser på saken.\n2. Eventuelt')[0]).toBe(
      'Skal vi som lag bruke mer penger på nye drakter og utstyr til alle barna i klubben neste sesong? Styret ser på saken',
    );
  });
  it('not a question that goes with the title, a short phrase, a short form\'s or an initial\'s full stop, or a long first sentence', () => {
    expect(titles('1. Hjemmesidene våre. Hvordan bruker vi disse i valgkampen.\n2. Eventuelt')[0]).toBe('Hjemmesidene våre. Hvordan bruker vi disse i valgkampen');
    expect(titles('1. Vaktlister. Hvem tar vakt i påsken?\n2. Eventuelt')[0]).toBe('Vaktlister. Hvem tar vakt i påsken?');
    expect(titles('PS 1/20 Verdalsboka. Søknad om midler til utgivelse\nPS 2/20 Eventuelt')[0]).toBe('Verdalsboka. Søknad om midler til utgivelse');
    expect(titles('1. Delsvar til KD vedr. Forenkling av rammeverket for høyskoler.\n2. Eventuelt')[0]).toBe('Delsvar til KD vedr. Forenkling av rammeverket for høyskoler');
    expect(titles('1. Orientering v/ Liv K. Saur om honorering av møter og reiser.\n2. Eventuelt')[0]).toBe('Orientering v/ Liv K. Saur om honorering av møter og reiser');
    // A long first sentence followed by a phrase, not a statement, stays whole.
    expect(titles('1. Søknad om midler til nytt lydanlegg og lys i salen til vårens konserter. Ny søknad fra korets styre.\n2. Eventuelt')[0]).toBe(
      'Søknad om midler til nytt lydanlegg og lys i salen til vårens konserter. Ny søknad fra korets styre',
    );
  });
  it('a numbered paragraph of minutes: its first sentence (up to twenty words) is the title when a statement follows', () => {
    expect(items('1. Referatet fra styremøtet i januar ble gjennomgått med alle kommentarene. Det ble godkjent.\n2. Eventuelt')[0]).toEqual([
      'Referatet fra styremøtet i januar ble gjennomgått med alle kommentarene',
      'Det ble godkjent.',
    ]);
    expect(
      items('1. Valg av valgkomite med tre medlemmer pluss suppleant fram til årsmøtet i januar 2019. Det ble valgt Gro Nilsen og Hilde Moe.\n2. Eventuelt')[0],
    ).toEqual(['Valg av valgkomite med tre medlemmer pluss suppleant fram til årsmøtet i januar 2019', 'Det ble valgt Gro Nilsen og Hilde Moe.']);
    expect(titles('1. Årsmeldinga blei delt ut, og leiaren las ho opp. Årsmeldinga blei godkjent.\n2. Eventuelt')[0]).toBe('Årsmeldinga blei delt ut, og leiaren las ho opp');
    expect(titles('1. Presidenten avsluttet årsmøtet og takket for frammøtet. Han refererte forslag til program for januar.\n2. Eventuelt')[0]).toBe(
      'Presidenten avsluttet årsmøtet og takket for frammøtet',
    );
    // Past twenty words the line is the item's text, not a title with text after it.
    const long = '1. Styret gikk gjennom alle innspillene fra medlemmene om nye treningstider og om leie av hall, bane og garderober i vinter og til våren. Saken ble utsatt.';
    expect(titles(`${long}\n2. Eventuelt`)[0]).toBe(long.slice(3, -1));
  });
});

describe("a saksliste table with the archive's case numbers", () => {
  it('reads the items without them, and a line whose case number was lost between two items', () => {
    const doc = meeting(
      'Møteinnkalling Høgskulestyret 29. oktober 2014',
      'Sakskart',
      '48/14 14/00708-14 Godkjenning av innkalling og sakliste',
      '/14 14/00712-3 Strukturmeldinga og styret sin funksjonsperiode',
      '50/14 14/00713-1 Ymse',
    );
    expect(doc.items.map((i) => [i.number, i.title, i.numberInferred])).toEqual([
      ['48/14', 'Godkjenning av innkalling og sakliste', false],
      ['49/14', 'Strukturmeldinga og styret sin funksjonsperiode', true],
      ['50/14', 'Ymse', false],
    ]);
  });
});

describe('a saksliste that gives each item\'s page ("… side 10")', () => {
  const titles = (...agenda: string[]) => meeting('Innkalling til styremøte 27. mai 2003', 'Saksliste:', agenda.join('\n')).items.map((i) => i.title);

  it('leaves the page out of the titles, and the next row of the table that ran on after it', () => {
    expect(
      titles(
        'Sak STY 30/03 Godkjenning av protokoll fra styremøte 3. april 2003 side 1',
        'Sak STY 31/03 Økonomisk rapportering pr. april 2003 side 10',
        'Sak STY 32/03 Etablering av treårig Bachelor i Teknologidesign side 38 (180 studiepoeng)',
        'Sak STY 33/03 Etablering av fire nye Bachelorutdanninger innenfor side 41 fagområdene data- og grafiske fag',
        'Sak STY 34/03 Felles IKT-prosjekt for Innlandshøgskolene side 66 Orienteringssaker: a. Søkertall',
      ),
    ).toEqual([
      'Godkjenning av protokoll fra styremøte 3. april 2003',
      'Økonomisk rapportering pr. april 2003',
      'Etablering av treårig Bachelor i Teknologidesign (180 studiepoeng)',
      'Etablering av fire nye Bachelorutdanninger innenfor fagområdene data- og grafiske fag',
      'Felles IKT-prosjekt for Innlandshøgskolene',
    ]);
  });

  it('not a page one title names, nor pages that do not rise (no table of contents)', () => {
    expect(titles('1. Rettelse på side 3 i protokollen', '2. Budsjett 2024', '3. Eventuelt')).toEqual(['Rettelse på side 3 i protokollen', 'Budsjett 2024', 'Eventuelt']);
    expect(titles('1. Feil på side 12 i årsmeldingen', '2. Ny tekst til side 4 i vedtektene', '3. Eventuelt')).toEqual([
      'Feil på side 12 i årsmeldingen',
      'Ny tekst til side 4 i vedtektene',
      'Eventuelt',
    ]);
    expect(titles('1. Rettelse på side 3 i protokollen', '2. Tabell på side 5 i budsjettet', '3. Eventuelt')).toEqual([
      'Rettelse på side 3 i protokollen',
      'Tabell på side 5 i budsjettet',
      'Eventuelt',
    ]);
    expect(titles('1. Nettside 2', '2. Side 3 i planen', '3. Bakside 4')).toEqual(['Nettside 2', 'Side 3 i planen', 'Bakside 4']);
  });
});

describe('a case paper (saksframlegg): one case number with its year over the paper\'s numbered sections', () => {
  const paper = (...blocks: string[]) => meeting('Saksframlegg', 'Saksgang:\nStyret Sykehuspartner HF 6. mars 2019', ...blocks);

  it('is one item, the case; its sections and lists are its text', () => {
    const doc = paper(
      'SAK NR 017-2019',
      'VALG AV ANSATTVALGTE TIL STYRET',
      'Forslag til vedtak\nStyret tar saken til orientering.',
      '1. Administrerende direktørs anbefalinger / konklusjon\nAdministrerende direktør anbefaler at styret tar valgprotokollen til orientering.',
      '2. Faktabeskrivelse\nValgstyret ble oppnevnt av styret.',
      'a) Styremedlemmer:\n1. Nanette Loennechen\n2. Baard Lindberg\n3. Joachim Thode',
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['017-2019', 'VALG AV ANSATTVALGTE TIL STYRET']]);
    expect(doc.kind).not.toBe('unknown');
    expect(doc.meeting.date).toBe('2019-03-06');
  });

  describe('not', () => {
    const sections = ['1. Godkjenning av innkalling\nGodkjent.', '2. Budsjett\nVedtatt.', '3. Eventuelt\nIngen saker.'];
    it('a case without its year ("Sak 3 Budsjett"), nor a sentence that opens with a case number', () => {
      expect(paper('Sak 3 Budsjett', ...sections).items.map((i) => i.number)).toEqual(['1', '2', '3']);
      expect(paper('Sak 12/24 ble behandlet i forrige møte.', ...sections).items.map((i) => i.number)).toEqual(['1', '2', '3']);
    });
    it('two cases (an agenda of its own), nor a case after the numbered items', () => {
      // Each case alone on its line, its title under it: the paper's shape, so only these rules say no.
      const two = meeting('Protokoll styremøte 6. mars 2019', PRESENT, 'Sak 12/24\nBudsjett', 'Sak 13/24\nRegnskap', ...sections);
      expect(two.items.map((i) => i.number)).toEqual(['1', '2', '3']);
      expect(meeting('Protokoll styremøte 6. mars 2019', PRESENT, ...sections, 'Sak 14/24\nNeste møte').items.map((i) => i.number)).toEqual(['1', '2', '3']);
    });
  });
});

describe('a body\'s code joined to the case number ("KO-10/12", "AMU-sak 3/12"), kept as written', () => {
  it('numbers the items', () => {
    expect(head('KO-10/12 Årsmelding 2011 for Sekretariatet')).toMatchObject({ number: 'KO-10/12', title: 'Årsmelding 2011 for Sekretariatet' });
    expect(head('AMU-sak 3/12 12/912 ÅRSMELDING ARBEIDSMILJØUTVALGET')).toMatchObject({ number: 'AMU-sak 3/12', title: 'ÅRSMELDING ARBEIDSMILJØUTVALGET' });
    expect(head('FSK-sak 4/24: Budsjett')).toMatchObject({ number: 'FSK-sak 4/24', title: 'Budsjett' });
    const doc = meeting('Møteinnkalling Kontrollutvalet 12. mars 2012', 'Saksliste', 'KO-10/12 Årsmelding 2011\nKO-11/12 Revisjonsplan 2012\nKO-12/12 Eventuelt');
    expect(doc.items.map((i) => i.number)).toEqual(['KO-10/12', 'KO-11/12', 'KO-12/12']);
  });
  it('not a sentence, a fraction without a year, or a number after the code', () => {
    for (const t of ['KO-10/12 ble behandlet i forrige møte', 'A-4/5 Papir', 'KO-10/12 2 av 3 medlemmer', 'HMS-sak 2/24 ble lukket']) expect(head(t)).toBeNull();
  });
});

describe('review: a case line with its title run on, over numbered minutes, is no case paper', () => {
  it.each([
    ['PS 5/24 Referat fra møte i eldrerådet 12.03.2024\nTilstede: Kari Nilsen, Per Olsen'],
    ['Sak 12/24 Oppfølging fra forrige møte'],
  ])('%s', (top) => {
    const d = parse(`${top}\n\n1. Godkjenning av innkalling\nGodkjent.\n\n2. Budsjett\nBudsjettet ble vedtatt.\n`);
    expect(d.items.map((i) => i.number)).toEqual(['1', '2']);
    expect(d.items[1]!.decisions.map((x) => x.text)).toEqual(['Budsjettet ble vedtatt.']);
  });
});

describe("review: a title that opens with a season or '24/7' keeps it", () => {
  it('is no archive number (it has under three digits after its slash)', () => {
    const d = parse('Referat\n\nSak 5/24 2024/25 Terminliste og treningstider\nSak 6/24 24/7 Tilgang til klubbhuset');
    expect(d.items.map((i) => i.title)).toEqual(['2024/25 Terminliste og treningstider', '24/7 Tilgang til klubbhuset']);
    expect(parse('Referat\n\n56/09 09/810 GODKJENNING AV PROTOKOLL\n57/09 09/811 SØKNAD OM FRITAK').items.map((i) => i.title)).toEqual([
      'GODKJENNING AV PROTOKOLL',
      'SØKNAD OM FRITAK',
    ]);
  });
});

describe('a bulleted saksliste with lines under one of its points', () => {
  it('goes on to the next bullet; a point of up to fourteen words is a title (outside set h/807)', () => {
    const d = parse(
      [
        'Protokoll – årsmøte FAU ved Tistedal skole.',
        'Dato: 01.11.2022. Sted: Tistedal skole, lærerværelset.',
        'Saksliste:',
        '- Valg av ordstyrer, referent og to deltakere til å underskrive protokollen.',
        '- Godkjenning av møteinnkalling og saksliste.',
        '- Valg av nytt styre.',
        'Leder – på valg',
        'Kasserer –på valg',
        '- Innmeldte saker/diverse.',
        'Valg av ordstyrer, referent og to deltakere til å underskrive protokollen.',
        'Isaac Oseland åpnet møtet.',
      ].join('\n'),
    );
    expect(d.items.map((i) => i.title)).toEqual([
      'Valg av ordstyrer, referent og to deltakere til å underskrive protokollen',
      'Godkjenning av møteinnkalling og saksliste',
      'Valg av nytt styre',
      'Innmeldte saker/diverse',
    ]);
  });
});

describe("the kind of case after a title in a saksliste", () => {
  it('is no part of the title ("Økonomi. Orienteringssak, Jørg"; outside set h/805)', () => {
    expect(cleanTitle('Økonomi. Orienteringssak, Jørg')).toBe('Økonomi');
    expect(cleanTitle('Medlemsstatus. Orienteringssak, Ole Bjørn')).toBe('Medlemsstatus');
    expect(cleanTitle('Evaluering av årsmøte/foredragskveld 15.4. Orienteringssak')).toBe('Evaluering av årsmøte/foredragskveld 15.4');
  });
  it('a title about such a case, or a section, stays', () => {
    expect(cleanTitle('Oppfølging av orienteringssak fra mars')).toBe('Oppfølging av orienteringssak fra mars');
    expect(cleanTitle('Orienteringssaker')).toBe('Orienteringssaker');
  });
});

describe('a Markdown ordered list written with "1." for every point', () => {
  it('numbers its points 1..n, inferred (outside set h/806)', () => {
    const d = parse('Referat frå styremøte 14. januar 2015\n\nSaker\n\n 1. Årsplan\n • Vanlege øvingar onsdagar\n 1. Aspirantar\n • Styret vedtok å bestilla inn hefter.\n 1. Marknad 2015\n • Heidi finner fram lister\n 1. Ymse\n • Ingen saker\n');
    expect(d.items.map((i) => [i.number, i.numberInferred, i.title])).toEqual([
      ['1', true, 'Årsplan'],
      ['2', true, 'Aspirantar'],
      ['3', true, 'Marknad 2015'],
      ['4', true, 'Ymse'],
    ]);
    expect(d.items[1]!.decisions.map((x) => x.text)).toEqual(['Styret vedtok å bestilla inn hefter.']);
  });
  it('not when other numbers stand at the lines\' starts: the "1."s are sub-points', () => {
    const d = parse('Referat fra styremøte 14. januar 2015\n\nSak 1 Budsjett\n1. Kari sjekker tallene\nSak 2 Regnskap\n1. Per sender ut\nSak 3 Eventuelt\n1. Ingen saker\n');
    expect(d.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Budsjett'],
      ['2', 'Regnskap'],
      ['3', 'Eventuelt'],
    ]);
  });
});

describe('a bulleted saksliste with sub-points', () => {
  it('takes the points at its own indent only (outside set h/809)', () => {
    const d = parse(
      ['# Generalforsamling 2025', '', 'Generalforsamlingen holdes torsdag 13. februar.', '', '## Agenda', '', '- Åpning av møtet', '- Økonomi', '    - Regnskap', '    - Budsjett', '- Innkomne saker', '    - **Prisjustering**: Bedkom skrur opp prisen.', '- Avslutning', ''].join('\n'),
    );
    expect(d.items.map((i) => i.title)).toEqual(['Åpning av møtet', 'Økonomi', 'Innkomne saker', 'Avslutning']);
  });
});

describe('an item number alone on its line, its title under it (a table exported a cell to a line; outside set k/1007)', () => {
  const doc = [
    'Referat fra FAU-møte 23.04.2015',
    'Frammøtte: Nina Ødegård, Anne Kjorstadmoen',
    'Sak',
    'Innhold',
    'Behandling',
    '1.',
    'Resultatene fra',
    'Ungdata v/ Anne',
    'Østerud Maarud,',
    'Ungdata ble gjennomført for et år siden.',
    '2.',
    'Godkjenning av',
    'referat 260215',
    'Godkjent.',
    '3.',
    'Evaluering av årshjulet',
    'Nina gikk gjennom årshjulet.',
  ].join('\n');

  it('the number heads the item; a title that ends in "fra", "av" goes on on the lines under it', () => {
    const d = parse(doc);
    expect(d.items.map((i) => [i.number, i.title, i.numberInferred, i.position.start.line])).toEqual([
      ['1', 'Resultatene fra Ungdata v/ Anne', false, 6],
      ['2', 'Godkjenning av referat 260215', false, 11],
      ['3', 'Evaluering av årshjulet', false, 15],
    ]);
    expect(d.items[0]!.text).toBe('Østerud Maarud,\nUngdata ble gjennomført for et år siden.');
    expect(d.items[1]!.decisions.map((x) => x.text)).toEqual(['Godkjent.']);
  });

  it('not a number over a line in lower case or a point of a list', () => {
    const d = parse(['Referat fra FAU-møte 23.04.2015', 'Frammøtte: Nina Ødegård, Anne Kjorstadmoen', '', '1.', 'og så videre', '2.', '- Noe', ''].join('\n'));
    expect(d.items).toEqual([]);
  });
});

describe('review: a numbered list inside an item, its numbers on lines of their own', () => {
  it('"1." over a sentence is a point of the list, no item', () => {
    const d = parse(['Protokoll fra årsmøte 12.03.2024', 'Til stede: Kari Nordmann, Ola Hansen', '', 'Sak 1 Årsmelding', 'Årsmøtet merket seg:', '1.', 'Medlemstallet har økt.', '2.', 'Økonomien er god.', '3.', 'Dugnaden gikk bra.', '', 'Sak 2 Valg', 'Kari ble valgt.'].join('\n'));
    expect(d.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Årsmelding'],
      ['2', 'Valg'],
    ]);
  });
});

describe('a case number with the school year ("30/2021/22"; outside set l/1105)', () => {
  it('on the title line or alone over it', () => {
    const same = parse('Referat fra FAU-møte 9. mars 2022\n\nTil stede: Kari Nordmann, Ola Hansen\n\n30/2021/22 Godkjenning av innkalling\nAlt er godkjent\n\n31/2021/22 Inspektør Grethe har ordet\nInfo.\n');
    expect(same.items.map((i) => [i.number, i.title])).toEqual([['30/2021/22', 'Godkjenning av innkalling'], ['31/2021/22', 'Inspektør Grethe har ordet']]);
    const alone = parse('Referat fra FAU-møte 9. mars 2022\n\nSaksnummer\n\nInnhold\n\n30/2021/22\n\nGodkjenning av innkalling, referat og saksliste.\n\nAlt er godkjent\n\n31/2021/22\n\nInspektør Grethe har ordet.\n\nInfo.\n');
    expect(alone.items.map((i) => [i.number, i.title, i.text])).toEqual([
      ['30/2021/22', 'Godkjenning av innkalling, referat og saksliste', 'Alt er godkjent'],
      ['31/2021/22', 'Inspektør Grethe har ordet', 'Info.'],
    ]);
  });
});

describe('an agenda lettered instead of numbered (outside set l/1112)', () => {
  const doc = ['Saksliste årsmøte 2024', '', 'a) Årsmelding.', '', 'b) Revidert rekneskap.', '', 'c) Val av styre.', '', 'e) Innkomne framlegg.'].join('\n');
  it('its points are the items, by their letters; a letter left out is a gap; the agenda of an annual meeting is a sakskart', () => {
    const d = parse(doc);
    expect(d.kind).toBe('sakskart');
    expect(d.items.map((i) => [i.number, i.title])).toEqual([['a', 'Årsmelding'], ['b', 'Revidert rekneskap'], ['c', 'Val av styre'], ['e', 'Innkomne framlegg']]);
    expect(d.diagnostics.find((x) => x.rule === 'item-number-gap')).toMatchObject({ actual: 'e', expected: 'd' });
  });
  it('not letters under numbered items: they are points of those items', () => {
    const d = parse(['Referat fra styremøte 3. mars 2024', '', 'Til stede: Kari Nordmann, Ola Hansen', '', '1. Budsjett', 'a) Inntekter.', 'b) Utgifter.', 'c) Fond.', '', '2. Eventuelt', 'Ingen saker.'].join('\n'));
    expect(d.items.map((i) => i.number)).toEqual(['1', '2']);
  });
  it('not points under a heading, under "Styret vedtok:", or under the one numbered item (review)', () => {
    const points = ['a) Regnskapet godkjennes.', 'b) Budsjettet justeres.', 'c) Kasserer følger opp purringer.'];
    const under = (lines: string[]) => parse(['Referat fra styremøte 3. mars 2024', '', 'Til stede: Kari Nordmann, Ola Hansen', '', ...lines, '', 'Dugnad', 'Det ble avtalt dugnad i mai.', '', 'Eventuelt', 'Ingen saker.'].join('\n')).items.map((i) => i.title);
    for (const lines of [['Økonomi', ...points], ['Økonomi', 'Styret vedtok:', ...points]]) {
      const titles = under(lines);
      expect(titles).toContain('Dugnad');
      expect(titles.filter((t) => /Regnskapet|Budsjettet|Kasserer/.test(t))).toEqual([]);
    }
    const one = parse(['Referat fra styremøte 3. mars 2024', '', 'Til stede: Kari Nordmann, Ola Hansen', '', '1. Økonomi', 'Styret vedtok:', ...points].join('\n'));
    expect(one.items.map((i) => i.number)).toEqual(['1']);
  });

  it('nor two letters alone, nor letters that do not start at "a"', () => {
    expect(parse(['Saksliste årsmøte 2024', '', 'a) Årsmelding.', 'b) Rekneskap.'].join('\n')).items).toEqual([]);
    expect(parse(['Saksliste årsmøte 2024', '', 'c) Årsmelding.', 'd) Rekneskap.', 'e) Val.'].join('\n')).items).toEqual([]);
  });
});

describe('cases numbered as a meeting numbers them are a sign of one', () => {
  const doc = (body: string) => parse(Buffer.from(`Fagutvalget\n\n${body}\n`));
  it('"Sak 1:", "Sak 2:" and little else make minutes', () => {
    expect(doc('Sak 1: Godkjenning av innkalling\n\nJa.\n\nSak 2: Lesesalsplasser\n\nHenning henger opp lapper.').kind).toBe('referat');
    expect(doc('12/24 Budsjett\nVedtatt.\n\n13/24 Regnskap\nGodkjent.').kind).not.toBe('unknown');
  });
  it('but not a plain numbered list, nor one case', () => {
    expect(doc('1. Godkjenning av innkalling\n\nJa.\n\n2. Lesesalsplasser\n\nHenning henger opp lapper.').kind).toBe('unknown');
    expect(doc('Sak 1: Godkjenning av innkalling\n\nJa.').kind).toBe('unknown');
    // A bare list of cases under a date, nothing written under them (review).
    expect(doc('12. mars 2025\n\nSak 1: Godkjenning av innkalling\nSak 2: Lesesalsplasser\nSak 3: Eventuelt').kind).toBe('unknown');
  });
});
