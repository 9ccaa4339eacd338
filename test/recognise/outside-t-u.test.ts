/** Shapes from outside sets t and u (20th, 21st): a "Kunngjøring", times in sentences, pages that record no meeting. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const NOTICE = [
  'Kunngjøring av årsmøte i Akershus Bondelag 2014',
  '',
  'Det kunngjøres at årsmøte i Akershus Bondelag er torsdag 13 . mars 2014 på Marikollen i Rælingen.',
  '',
  'Kaffe serveres kl. 0900. Årsmøtet settes kl. 0930. Forventet avslutning ca. kl. 1700.',
  '',
  'Saksliste',
  '1. Årsmelding',
  '2. Regnskap',
].join('\n');

describe('a notice headed "Kunngjøring av årsmøte" (outside set t/2009)', () => {
  it('is a notice; the date with a stray space before its full stop; start when the meeting is set, not the coffee; the end expected', () => {
    const doc = parse(NOTICE);
    expect(doc.kind).toBe('innkalling');
    expect(doc.meeting).toMatchObject({ date: '2014-03-13', start: '09:30', end: '17:00' });
  });

  it('a clock that no opening or closing words name is no start or end', () => {
    const doc = parse(NOTICE.replace('Årsmøtet settes kl. 0930. Forventet avslutning ca. kl. 1700.', 'Lunsj kl. 1200.'));
    expect(doc.meeting).toMatchObject({ start: null, end: null });
  });
});

describe('a sentence that tells of the meeting held, opening the minutes (outside set u/2107)', () => {
  const minutes = (first: string) => parse(`${first}\n\nFra styret møtte Olav Tøsdal og Johan Eide.\n\n1. Godkjenning av innkallelse\nInnkallelsen ble godkjent.\n\n2. Valg\nStyret ble gjenvalgt.\n`).kind;
  it('makes minutes a referat: the meeting\'s type in it names no protocol', () => {
    expect(minutes('Det ble avholdt årsmøte i grannelaget 08.03.2011 kl 1900 i Eldresenteret.')).toBe('referat');
  });
  it('not a title that names the meeting ("Årsmøte i grannelaget 08.03.2011"), nor one that names a protocol', () => {
    expect(minutes('Årsmøte i grannelaget 08.03.2011')).toBe('protokoll');
    expect(minutes('Protokoll fra årsmøte i grannelaget 08.03.2011')).toBe('protokoll');
  });
});

describe('pages that record no meeting', () => {
  it('a model of a notice ("Eksempel på innkalling og saksliste", outside set t/2012) is no meeting document, and says why', () => {
    const doc = parse('Eksempel på innkalling og saksliste\n\nInnkalling til styremøte for Eksempelorganisasjonen\n\nDato: 1. november 20xx Tid: 18.00\n\nSak 01/20xx Godkjenning av innkalling\nSak 02/20xx Godkjenning av saksliste\nSak 03/20xx Eventuelt\n');
    expect(doc.kind).toBe('unknown');
    expect(doc.diagnostics.find((d) => d.rule === 'not-a-meeting-document')).toMatchObject({ actual: 'a model or a guide' });
  });

  it('a page on how the association holds its annual meeting ("ÅRSMØTET", outside set u/2112) records none', () => {
    const doc = parse('ÅRSMØTET\n\nHytteeierforeningens øverste myndighet utøves på årsmøtet.\n\nOrdinært årsmøte avholdes innen utgangen av april måned.\n\nFORSLAG TIL SAKER SOM ØNSKES BEHANDLET PÅ ÅRSMØTET\n\nNår som helst - innen 1. februar kan du melde inn saker.\n\nÅRSMØTET 2024\n\nÅrsmøtet ble holdt i påskeferien. Rundt 20 hytteeiere deltok i møtet.\n');
    expect(doc.kind).toBe('unknown');
    expect(doc.diagnostics.find((d) => d.rule === 'not-a-meeting-document')).toMatchObject({ actual: 'no meeting recorded' });
  });

  it('not minutes of one: dated, or with numbered items, or titled "Protokoll"', () => {
    expect(parse('ÅRSMØTET\n\nÅrsmøtet ble holdt 4. april 2024.\n\nVALG\n\nStyret ble gjenvalgt.\n\nREGNSKAP\n\nRegnskapet ble godkjent.\n').kind).not.toBe('unknown');
    expect(parse('Årsmøte 2022\n\nÅrsmøtet ble holdt på Teams.\n\n1. Konstituering\n2. Årsmelding\n3. Valg\n').kind).toBe('protokoll');
  });
});

describe('nynorsk minutes of a pensioners\' club (outside set u/2106)', () => {
  const MINUTES = [
    'Referat frå styremøte 04.10.2016',
    '',
    'Til stades: Oliv, Kjell og Helge (referent) Fråverande: Harald, Kristian og Målfrid (1. vara).',
    '',
    'Sak 1.  Referat førre møte.',
    'Ingen merknader.',
    '',
    '«  2.  Evaluering av turen',
    'Styret er einige om at turen var vellukka, og bør gjentakast.',
    '',
    '  «  3.  Eventuelt',
    'Julelunsjen vart diskutert.',
    'Styremøtet varte frå kl. 1000 til 1100 då medlemsmøtet overtok.',
  ].join('\n');
  const doc = parse(MINUTES);

  it('"Fråverande:" later on the line of those present starts the absent', () => {
    expect(doc.attendees.map((a) => `${a.name}:${a.status}`)).toEqual(['Oliv:present', 'Kjell:present', 'Helge:present', 'Harald:absent', 'Kristian:absent', 'Målfrid:absent']);
  });
  it('the time the meeting sat, told at the end of the minutes; not another meeting\'s', () => {
    expect(doc.meeting).toMatchObject({ start: '10:00', end: '11:00' });
    expect(parse(MINUTES.replace('Styremøtet varte frå kl. 1000 til 1100 då medlemsmøtet overtok.', 'Medlemsmøtet varte frå kl. 1100 til 1300.')).meeting).toMatchObject({ start: null, end: null });
  });
  it('"Styret er einige om at …" is a decision; "… om dei er einige om at …" is not', () => {
    expect(doc.items[1]!.decisions.map((d) => d.text)).toEqual(['Styret er einige om at turen var vellukka, og bør gjentakast.']);
    expect(parse(MINUTES.replace('Styret er einige om at', 'Vi spør om styret er einige om at')).items[1]!.decisions).toEqual([]);
  });
  it('an item indented by two spaces that goes on with the numbering is an item', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['1', 'Referat førre møte'], ['2', 'Evaluering av turen'], ['3', 'Eventuelt']]);
  });
});

describe('groups inside a list of those present (outside set t/2004)', () => {
  const present = (list: string) => parse(`Protokoll frå møte i regionrådet 7. november 2014\n\n${list}\n\nSak 47/14 Godkjenning\nGodkjent.\n\nSak 48/14 Eventuelt\nIngen.`).attendees.map((a) => a.name);
  it('a group\'s label with its names on its line ("Medlemmer: Kari Nordmann, Knut Moe"): the first name is one of them', () => {
    expect(present('Til stades:\nMedlemmer: Kari Nordmann, Knut Moe\nRådmenn: Odd Ivar Øvregård, Vidar Bråthen')).toEqual(['Kari Nordmann', 'Knut Moe', 'Odd Ivar Øvregård', 'Vidar Bråthen']);
  });
  it('groups\' labels inside the list on one line part the names ("… Nils Aadland Rådmenn: Odd Ivar Øvregård")', () => {
    expect(present('Til stades: Ordførarar: Jon Askeland, Nils Aadland Rådmenn: Odd Ivar Øvregård, Vidar Bråthen')).toEqual(['Jon Askeland', 'Nils Aadland', 'Odd Ivar Øvregård', 'Vidar Bråthen']);
  });
});

describe('a meeting held "digitalt" (outside set t/2005)', () => {
  const place = (title: string, sentence: string) => parse(`${title}\n\nTirsdag 06.04.2021 kl 18:00\n\n${sentence}\n\nSak 1 - Valg av møteleder\nKari ble valgt.\n\nSak 2 - Eventuelt\nIngen.`).meeting.location;
  it('is this meeting\'s place: "Generalforsamlingen ble gjennomført digitalt." under "GENERALFORSAMLING"', () => {
    expect(place('GENERALFORSAMLING', 'Generalforsamlingen ble gjennomført digitalt. 34 medlemmer til stede.')).toBe('digitalt');
    expect(place('Referat fra styremøte', 'Møtet ble gjennomført digitalt.')).toBe('digitalt');
  });
  it('not another meeting\'s ("Foreldremøtet ble gjennomført digitalt" in a board\'s minutes)', () => {
    expect(place('Referat fra styremøte', 'Foreldremøtet ble gjennomført digitalt.')).toBeNull();
  });
});

describe('a notice\'s agenda lines with a colon, and lettered points (outside set u/2108)', () => {
  const AGENDA = ['Årsmøte i Vaulan vannlag', '', 'Det kalles med dette inn til årsmøte lørdag 5. september 2020 kl. 10:00.', '', 'Saker', '1. Godkjenning av innkalling', '2. Budsjett: fastsettelse av kommende årsavgift', '3. Diskusjon og beslutning om vannlaget skal tillate flere tilkoblinger', 'a. Herunder behandle en konkret forespørsel', 'b. Diskutere og beslutte eventuell tilkoblingsavgift', '4. Orienteringssak: Kontroll på det elektriske anlegget.', '', 'Dugnad', 'Vi møtes ved pumpehuset.'];
  it('keep what follows the colon in the title; a lettered point is a sub-item, no part of the title above it', () => {
    const doc = parse(AGENDA.join('\n'));
    expect(doc.kind).toBe('innkalling');
    expect(doc.items.map((i) => [i.number, i.title, i.subItems.map((s) => s.title)])).toEqual([
      ['1', 'Godkjenning av innkalling', []],
      ['2', 'Budsjett: fastsettelse av kommende årsavgift', []],
      ['3', 'Diskusjon og beslutning om vannlaget skal tillate flere tilkoblinger', ['Herunder behandle en konkret forespørsel', 'Diskutere og beslutte eventuell tilkoblingsavgift']],
      ['4', 'Orienteringssak: Kontroll på det elektriske anlegget', []],
    ]);
  });
  it('not in minutes, where the colon parts a heading from what was said', () => {
    const doc = parse(['Referat fra årsmøte i Vaulan vannlag 5. september 2020', '', 'Til stede: Kari Nordmann, Per Hansen', '', '1. Budsjett: Kassereren la fram budsjettet.', '2. Eventuelt: Ingen saker.'].join('\n'));
    expect(doc.items.map((i) => i.title)).toEqual(['Budsjett', 'Eventuelt']);
  });
});

describe('a pensioners\' board (outside set u/2102)', () => {
  const doc = (line: string, said = 'Styret var enig.') => parse(`Referat fra styremøtet 27. september 2016\n\nREFERAT FRA STYREMØTE I SENIORSAKEN LOKALLAG ASKER\n\n${line}\n\nTilstede: Ole Bjørn, leder\n\n1. EKSTERN KOMMUNIKASJON\nAxel foreslo et samarbeid med Eldrerådet. ${said}\n\n2. MØTEVIRKSOMHET\nNeste styremøte blir tirsdag 1. november.\n`);
  it('the place after the meeting\'s date on a line of its own under the title', () => {
    expect(doc('27. september 2016 på Hasselbakken').meeting.location).toBe('Hasselbakken');
    expect(doc('1. november 2016 på Hasselbakken').meeting.location).toBeNull();
  });
  it('"Styret var enig." is a decision; "Styret var ikke enig." is not', () => {
    expect(doc('27. september 2016').items[0]!.decisions.map((d) => d.text)).toEqual(['Styret var enig.']);
    expect(doc('27. september 2016', 'Styret var ikke enig.').items[0]!.decisions).toEqual([]);
  });
});

describe('a notice with a programme (outside set t/2008)', () => {
  const notice = (rows: string[]) => parse(['Rogaland kaller med dette inn til årsmøte i Rogaland Ungdomslag.', 'Stad: Skjold Arena, Vindafjord', 'Dato: 11. mars 2023', '', 'Program', ...rows, '', 'Førebels sakliste', 'Sak 1 Godkjenning av innkalling', 'Sak 2 Val av ordstyrar'].join('\n')).meeting;
  it('the meeting\'s own rows: from the first one\'s start to the last one\'s end', () => {
    expect(notice(['kl 1000-1030: Registrering og mingling', 'kl 1100-1200: Årsmøte', 'kl 1200-1300: Lunsj og omvisning', 'kl 1300-1430: Årsmøte held fram'])).toMatchObject({ start: '11:00', end: '14:30' });
  });
  it('not a row that only mentions the meeting ("Middag etter møtet"); no row of the meeting: the first row', () => {
    expect(notice(['kl 1100-1200: Årsmøte', 'kl 1900-2200: Middag etter møtet'])).toMatchObject({ start: '11:00', end: '12:00' });
    expect(notice(['kl 1000-1030: Registrering', 'kl 1100-1200: Foredrag'])).toMatchObject({ start: '10:00', end: '10:30' });
  });
});

describe('a flattened notice whose agenda runs into its list of papers (outside set t/2010)', () => {
  it('"Vedlegg:" ends the last item: "7. Avslutning Vedlegg: 1. Årsberetning 2. Regnskap …"', () => {
    const line = 'Innkalling til generalforsamling 2015 Tid : Onsdag 18. mars 2015 kl. 19:00-21:00 Sted: Lofsrud skole, Lille auditorium Alle huseiere ønskes velkommen til årets generalforsamling. Dagsorden (fastsatt i vedtektene) er: 1. Konstituering 2. Årsmelding fra styret 3. Fastsettelse av resultatregnskap og balanse. 4. Innkomne forslag. 5. Fastsettelse av velkontingenten 6. Valg 7. Avslutning Vedlegg: 1. Årsberetning 2. Regnskap 4. Budsjettforslag Alt underlag finnes også på nett.';
    const doc = parse(line);
    expect(doc.items.map((i) => i.title).at(-1)).toBe('Avslutning');
    expect(doc.items).toHaveLength(7);
  });
});

describe('dates and times from outside set v (22nd)', () => {
  it('"1. september-2015": a dash before the year (v/2205); "3. mai-juni" is no year', async () => {
    const { findDates } = await import('../../src/recognise/dates.js');
    expect(findDates('Møtedato 1. september-2015')[0]).toMatchObject({ day: 1, month: 9, year: 2015 });
    expect(findDates('3. mai-juni')[0]?.year ?? null).toBeNull();
  });
  it('the meeting\'s date over a web page\'s posting date under its title, and the start where the chair opened it (v/2201)', () => {
    const doc = parse('Styremøte 16 april 2024\n\n08.05.2024\n\nStyremøte avholdt i Sleneset Båtforenings lokale den 16.04.24!\n\nMøtereferat.\n\nStyreleder åpnet møte kl. 18:00.\n\nSAK 11/24 Økonomi\nTekst.\n\nSAK 12/24 Eventuelt\nIngen.\n\nMøte hevet kl. 19:10.');
    expect(doc.meeting).toMatchObject({ date: '2024-04-16', start: '18:00', end: '19:10' });
  });
  it('a posting date alone under a dateless title stays the date', () => {
    expect(parse('Styremøte\n\n08.05.2024\n\nMøtereferat.\n\nSAK 11/24 Økonomi\nTekst.\n\nSAK 12/24 Eventuelt\nIngen.').meeting.date).toBe('2024-05-08');
  });
});

describe('fields and groups from outside set v (22nd)', () => {
  it('"Klokka: 2030" and "Tid: 1800-2000" give the clock (v/2202); a date in the field is no clock', () => {
    const meeting = (field: string) => parse(`Referat fra SU-møte i Bakkeli barnehage\n\nDato: Tirsdag 25. september 2018\n\n${field}\n\nSted: Bakkeli barnehage\n\n1. Konstituering\nTekst.\n\n2. Eventuelt\nIngen.`).meeting;
    expect(meeting('Klokka: 2030')).toMatchObject({ start: '20:30' });
    expect(meeting('Tid: 1800-2000')).toMatchObject({ start: '18:00', end: '20:00' });
    expect(meeting('Tid: 25.09')).toMatchObject({ start: null });
  });
  it('"Medlemer:" (nynorsk) under "Til stades" lists members (v/2205)', () => {
    const doc = parse('MØTEPROTOKOLL\nHerdla sokneråd\nMøtedato\n1. september-2015\nTil stades\nMedlemer:\nKaren Skråmestø, Kjellaug F. Eidsaa, Jonas Bratli\nVaramedlem:\nMeldte forfall:\n\nSak 52/2015 Godkjenning av referat\nGodkjent.\n\nSak 53/2015 Eventuelt\nIngen.');
    expect(doc.attendees.map((a) => a.name)).toEqual(['Karen Skråmestø', 'Kjellaug F. Eidsaa', 'Jonas Bratli']);
  });
});

describe('a greeting is no heading (outside set v/2211)', () => {
  it('"Hei" over the sentence that calls the meeting: the date and time are the header\'s', () => {
    const doc = parse([
      'Innkalling årsmøte 2017', '', 'Hei', '', 'Vi kaller herved inn til årsmøte 26.04.17 kl 18-21 i Sotra Arena', '',
      'Vedtektene til Idrettsrådet sier om representasjon på årsmøtet i § 10 at:', '«På årsmøtet i idrettsrådet møter med stemmerett:',
      'a) Idrettsrådets styre.', 'b) 2 til 5 representanter for hvert idrettslag etter skala fastsatt av årsmøtet.', '1-249 medlemmer2 representanter',
      '250 – 499 medlemmer 3 representanter »', '', 'Videre inviteres idrettskretsen og kommunen til å delta', '', 'Frist for innsendelse av saker er 22.03.2017.',
    ].join('\n'));
    expect(doc.items.map((i) => i.title)).not.toContain('Hei');
    expect(doc.meeting).toMatchObject({ date: '2017-04-26', start: '18:00', end: '21:00' });
  });
});

describe('a place at someone\'s, under the day and the clock (outside set v/2207)', () => {
  it('"Ankaltrud Søndre hos Ragnhild Haraldsen Lien"; not a sentence with "hos" in it', () => {
    const place = (line: string) => parse(`Referat fra årsmøte i Nordre Land Bygdekvinnelag\n\nTorsdag 28.10.2021\n\nKl.19.00\n\n${line}\n\n1. Konstituering\nGodkjent.\n\n2. Valg\nKari ble valgt.`).meeting.location;
    expect(place('Ankaltrud Søndre hos Ragnhild Haraldsen Lien')).toBe('Ankaltrud Søndre hos Ragnhild Haraldsen Lien');
    expect(place('Kaffe og kaker hos oss etterpå')).toBeNull();
  });
});

describe('a place in lower case at the end of a dated title (outside set v/2204)', () => {
  it('"Styremøte 07.02.19 på ungdomsskolen, kantina"; not "på grunn av …", not a place word inside a sentence', () => {
    const place = (title: string) => parse(`${title}\n\nTil stede: Odd Myrlund, Geir Ellingsen\n\nSak 1: Revy\nVedtak: Vi holder revy.\n\nSak 2: Eventuelt\nIngen.`).meeting.location;
    expect(place('Styremøte 07.02.19 på ungdomsskolen, kantina')).toBe('ungdomsskolen, kantina');
    expect(place('Styremøte 07.02.19 utsatt på grunn av sykdom')).toBeNull();
  });
});
