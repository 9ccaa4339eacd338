/** The document's title line: what may be one, and what never is. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

describe('a point in a bulleted list is never the title', () => {
  // Outside set g/706: a web page's minutes with no title line; a bullet under an item named the annual meeting.
  const doc = [
    'Tilstede: Nils Steinvik, Jonny Mathisen og Morten Steinsrud',
    '',
    'Saker:',
    '',
    ' • Aktivisering av valgkomite (NS)',
    '  • Leder for valgkomiteen har mottatt og forstått oppdraget.',
    '  • Årsmøtet planlegges gjennomført på Gardermoen den 6.mars',
    ' • Økonomiplan',
    '  • Vedtak: Økonomiplanen følges opp på neste styremøte',
  ].join('\n');

  it('takes neither its kind, its date nor its place', () => {
    const d = parse(doc);
    expect(d.title).not.toMatch(/Årsmøtet/);
    expect(d.kind).not.toBe('protokoll');
    expect(d.meeting.date).toBeNull();
    expect(d.meeting.location).toBeNull();
  });

  it('a title line above a list is still the title', () => {
    const d = parse(['Referat fra styremøte 12. mars 2024', '', ' • Årsmøtet planlegges 6. april', ' • Budsjett'].join('\n'));
    expect(d.title).toBe('Referat fra styremøte 12. mars 2024');
    expect(d.meeting.date).toBe('2024-03-12');
  });
});

const PAGE_701 = "Regionrådet Austrheim, Fedje, Gulen, Lindås, Masfjorden, Meland, Modalen, Osterøy, Radøy\n\nSave this PDF as:\n WORD  PNG  TXT  JPG\n\nStørrelse: px\nBegynne med side:\n\nDownload \"Regionrådet Austrheim, Fedje, Gulen, Lindås, Masfjorden, Meland, Modalen, Osterøy, Radøy\"\n\nTranskript\n\n1 Regionrådet Austrheim, Fedje, Gulen, Lindås, Masfjorden, Meland, Modalen, Osterøy, Radøy PROTOKOLL MØTE I REGIONRÅDET NORDHORDLAND Møte: 6/2014 Tid: Fredag 7. november kl. 09:00 14:30 Stad: Meland rådhus, formannskapssal Til stades: Ordførar: Jon Askeland, Knut Moe, Nils Marton Aadland, Astrid A. Byrknes, Hallvard Oppedal, Per Lerøy, Marit Steinestø (varaordførar Masfjorden), Jarle Skeidsvoll (varaordførar Osterøy) Rådmenn: Odd Ivar Øvregård, Vidar Bråthen, Øivind Olsnes, Jarle Landås, Ingvild Hjelmtveit (frå 51/14), Reidun Halland (47-55/14) NUI: Rune Heradstveit, Bent Gunnar Næss, Bjørg Rydland Andre: Stein Byrkjeland og Julie Andersen (49/14), Arne Åsan (50/14), Børge Brundtland (51/14) Forfall: Kari Aakre, Kristin Handeland, Karstein Totland, Svein Helge Hofslundsengen, Jan Olav Osen Sak 47/14 Godkjenning, møteinnkalling og saksliste Møteinnkalling og saksliste vart godkjend.";

describe('a flattened page whose heading in capitals names a protocol', () => {
  // The page as it came (a docplayer copy of the PDF), up to its first item.
  const page = (heading: string) => PAGE_701.replace('PROTOKOLL MØTE I REGIONRÅDET NORDHORDLAND', heading);

  it('is a protokoll (outside set g/701)', () => {
    expect(parse(page('PROTOKOLL MØTE I REGIONRÅDET NORDHORDLAND')).kind).toBe('protokoll');
    expect(parse(page('MØTEBOK FOR REGIONRÅDET')).kind).toBe('protokoll');
    const d = parse(page('Referat'));
    expect(d.kind).toBe('referat');
  });

  it('not when the capitals are an item that approves a protocol', () => {
    expect(parse(page('Referat 46/14 GODKJENNING AV PROTOKOLL FRA FORRIGE MØTE')).kind).toBe('referat');
    expect(parse(page('Referat 46/14 Godkjenning av PROTOKOLL')).kind).toBe('referat');
  });
});

describe("a web page's title repeated as its first heading", () => {
  it('is no agenda item (outside set g/712)', () => {
    const d = parse(
      ['Årsmøte for Kviteseid Hagelag 2020', '', 'Årsmøte for Kviteseid Hagelag 2020', '', '10 personar var til stades på årsmøtet 22.10.20. Vi heldt til på Waldenstrøms kafé.', '', 'Årsmelding', '', 'Sigrun las årsmeldinga. Godkjend.', '', 'Rekneskap', '', 'Gunvor las opp rekneskapstala. Godkjend.'].join('\n'),
    );
    expect(d.items.map((i) => i.title)).toEqual(['Årsmelding', 'Rekneskap']);
    expect(d.meeting.date).toBe('2020-10-22');
    expect(d.meeting.location).toBe('Waldenstrøms kafé');
  });
});

describe('a compound of the kind word in the title', () => {
  it('"Utdrag fra styremøteprotokoll 3.september 2008." is a protokoll, its cases read (outside set h/810)', () => {
    const d = parse('Utdrag fra styremøteprotokoll 3.september 2008.\n\nSak 22/08\n\nAktivitetsplan for 08/09 vedtatt. Se eget skriv.\n\nSak 23/08\n\nOppsummering av halvåret.\n\nVellykket besøk.\n');
    expect(d.kind).toBe('protokoll');
    expect(d.meeting.date).toBe('2008-09-03');
    expect(d.items.map((i) => i.number)).toEqual(['22/08', '23/08']);
  });
  it('"Årsmøtereferat 2024" is a referat', () => {
    expect(parse('Årsmøtereferat 2024\n\n1. Årsmelding\nGodkjent.\n\n2. Regnskap\nGodkjent.').kind).toBe('referat');
  });
});

describe("a web page's furniture is never the title (a PDF saved from docplayer and the like)", () => {
  // Outside sets b/020 and b/006.
  const page = (top: string[], download: string, rest: string[]): string =>
    [...top, '', 'Save this PDF as:', ' WORD  PNG  TXT  JPG', '', 'Størrelse: px', 'Begynne med side:', '', `Download "${download}"`, '', 'Transkript', '', ...rest].join('\n');

  it('not \'Download "…"\' though the quoted text names a protokoll: the title line under the furniture', () => {
    const top = ['Møtestad: Fjernmøte jf. kommunelova 11-7 (digitalt møte)', 'Dato: Protokoll nr: 1/2021'];
    const d = parse(page(top, top.join(' '), ['Møteprotokoll', '', 'Sak 1/21 Godkjenning av innkalling', 'Godkjent.']));
    expect(d.title).toBe('Møteprotokoll');
  });
  it('not "Save this PDF as:" under a first line too long to be a title', () => {
    const first = 'INNKALLING TIL MØTE I STYRET FOR HELSE MØRE OG ROMSDAL HF SEPTEMBER styremøte september 2011 Quality Hotel Grand Kristiansund';
    const d = parse(page([first], first, ['1 Til medlemmene i Styret for Helse Møre og Romsdal HF', '', 'Sak 38/2011 Godkjenning av innkalling', 'Godkjent.']));
    expect(d.title).toBe('1 Til medlemmene i Styret for Helse Møre og Romsdal HF');
  });
  it('a title under the furniture is found as if the furniture were not there (the eight lines looked at for one)', () => {
    const d = parse(
      page(['Vi viser til tidligere vedtak om skolestruktur i kommunen og ber om'], 'Møte i formannskapet 12.03.2024', [
        '1', 'Møte i formannskapet', 'Møtedato: 12.03.2024', 'Møtested: Rådhuset', '', 'Sak 1/24 Godkjenning av innkalling', 'Vedtak: Godkjent.',
      ]),
    );
    expect(d.title).toBe('Møte i formannskapet');
    expect(d.meeting.body).toBe('formannskapet');
  });
  it('the same words inside a sentence are no furniture', () => {
    // No kind title: the first short line is the title, and a sentence that mentions the words is still a line.
    const d = parse(['Vi lagret notatet (Save this PDF as: PNG).', '', 'Kari Nilsen orienterte.', '', '1. Godkjenning', 'Godkjent.'].join('\n'));
    expect(d.title).toBe('Vi lagret notatet (Save this PDF as: PNG).');
  });
});

describe('a sentence that tells the reader about a document is no title (outside set k/1012)', () => {
  const page = (sentence: string) =>
    parse(['Bilde: en gang med arkivreoler.', '', 'Ekstraordinært representantskapsmøte 27.9.2023', '', 'Ordinært representantskapsmøte ble avholdt 26. april 2023. Møtet blir avholdt digitalt 27. september 2023 kl. 14-15.', '', sentence].join('\n'));

  it('"Les innkallingen og saksdokumentene her.": the dated meeting above it is the title, and its date the meeting\'s', () => {
    const d = page('Les innkallingen og saksdokumentene her.');
    expect(d.title).toBe('Ekstraordinært representantskapsmøte 27.9.2023');
    expect(d.meeting.date).toBe('2023-09-27');
  });

  it.each(['Les innkallingen og saksdokumentene her', 'Innkallingen finner du her:', 'Last ned innkallingen (PDF)', 'Les innkalling og saksdokumenter her.'])(
    'nor "%s" (review of f22d15d)',
    (sentence) => {
      const d = page(sentence);
      expect(d.title).toBe('Ekstraordinært representantskapsmøte 27.9.2023');
      expect(d.meeting.date).toBe('2023-09-27');
    },
  );

  it('a title that names its kind with the article and dates the meeting is a title still', () => {
    const d = parse(['Styremøter i Vestli vel', '', 'Referatet fra styremøtet 12.03.2024.', '', 'Til stede: Kari Nordmann, Ola Hansen', '', '1. Valg', 'Kari ble valgt.', '', '2. Eventuelt', 'Ingen saker.'].join('\n'));
    expect(d.title).toBe('Referatet fra styremøtet 12.03.2024.');
    expect(d.meeting.date).toBe('2024-03-12');
  });

  it('but a title that ends in a full stop still is one, also when it names its kind without the article', () => {
    const d = parse(['Protokoll – årsmøte FAU ved Tistedal skole.', 'Dato: 01.11.2022.', '', 'Til stede: Kari Nordmann, Ola Hansen', '', '1. Valg', 'Kari ble valgt.'].join('\n'));
    expect(d.title).toBe('Protokoll – årsmøte FAU ved Tistedal skole.');
    expect(d.kind).toBe('protokoll');
  });
});
