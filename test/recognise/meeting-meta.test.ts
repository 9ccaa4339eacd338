/**
 * Kind, date and place of meetings as other organisations write them (constructed cases; each shape
 * was met in documents from organisations the parser had not seen).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

describe('the place label', () => {
  it('reads the Nynorsk "Kvar:" (where) as the place', () => {
    const doc = parse(`Innkalling til årsmøte i Lia mållag\n\n**Kvar**: Grendehuset på Lia\n\n**Når:** 24. april 2021\n\nSakliste:\n\n1. Godkjenning av innkalling\n2. Årsmelding\n`);
    expect(doc.meeting.location).toBe('Grendehuset på Lia');
  });
  it('leaves "Kvar" as a word in a sentence alone ("Kvar sak …")', () => {
    const doc = parse(`Referat frå styremøte 3. mars 2021\n\nTil stades: Kari Lie, Per Dal\n\n1. Årsmelding\nKvar sak vart drøfta: vi gjekk gjennom alt.\n2. Eventuelt\nIngen saker.\n`);
    expect(doc.meeting.location).toBeNull();
  });
});

describe('a sentence that says where the meeting was held', () => {
  const minutes = (sentence: string): string | null =>
    parse(`Protokoll fra møte i styret 15.9.2005. ${sentence}\n\nTil stede: Kari Lie, Per Dal\n\n1. Budsjett\nBudsjettet ble vedtatt.\n2. Eventuelt\nIngen saker.\n`).meeting.location;
  it('reads the past tense, to the next clause', () => {
    expect(minutes('Møtet ble holdt i Kommunestyresalen og varte fra kl. 0930-1430.')).toBe('Kommunestyresalen');
    expect(minutes('Møtet fant sted på Grendehuset.')).toBe('Grendehuset');
  });
  it('reads a place in lower case when a place word opens it', () => {
    expect(minutes('Møtet ble holdt i styrerommet, Muséplass 1 og varte fra kl. 0930-1430.')).toBe('styrerommet, Muséplass 1');
  });
  it('takes no other words in lower case for a place', () => {
    expect(minutes('Møtet ble holdt i god tone og varte fra kl. 0930-1430.')).toBeNull();
    expect(minutes('Møtet ble avholdt i henhold til vedtektene.')).toBeNull();
  });
});

describe('a title run together with the text under it', () => {
  const page = (top: string): ReturnType<typeof parse> =>
    parse(`UNIVERSITETSSTYRET\n\n${top}\n\nTil stede: Kari Lie, Per Dal\n\nI\n\nGodkjenning av sakliste\nIngen merknader.\n\nII\n\nProtokoll fra møte i styret 9.6.2005 (utsendt i brev av 28.6.2005)\nGodkjent uten merknader.\n`);
  it('is the title: its date, not that of a later heading naming the last protocol', () => {
    const doc = page('PROTOKOLL fra møte i styret 15.9.2005.  Møtet ble holdt i Kommunestyresalen og varte fra kl. 0930-1430.');
    expect(doc.title).toBe('PROTOKOLL fra møte i styret 15.9.2005.');
    expect(doc.meeting.date).toBe('2005-09-15');
  });
  it('needs a kind word first and a date: a sentence that mentions the årsmøte is no title', () => {
    const doc = page('Oppfølgingssaker fra årsmøtet 15.9.2005 ble gjennomgått. Protokollen ligger på hjemmesiden.');
    expect(doc.title).toBe('Protokoll fra møte i styret 9.6.2005 (utsendt i brev av 28.6.2005)');
  });
});

describe('the place under the date and time', () => {
  const notice = (under: string): string | null =>
    parse(`Varsel om beboermøte\n\nVi varsler om et beboermøte:\n\n2019-05-28 18:30\n${under}\n\nKom gjerne med spørsmål.\n`).meeting.location;
  it('is read after its preposition ("i Gullaug Kirke")', () => {
    expect(notice('i Gullaug Kirke')).toBe('Gullaug Kirke');
    expect(notice('på Grendehuset')).toBe('Grendehuset');
  });
  it('is no place when the rest is none ("i Kari Nordvik", "i god tid")', () => {
    expect(notice('i Kari Nordvik')).toBeNull();
    expect(notice('i god tid')).toBeNull();
  });
});

describe('the place right after the time on the date line', () => {
  const letter = (sentence: string): string | null =>
    parse(`Innkalling til møte i fellesrådet\n\n${sentence}\n\nMeld fra om eventuelt forfall.\n\nSak 64/19 Godkjenning av innkalling\nSak 65/19 Budsjett 2020\n`).meeting.location;
  it('is read when it reads as a place ("kl. 18.00 Storgata 48.", "kl. 18.00 i Grendehuset")', () => {
    expect(letter('Du innkalles med dette til møte i fellesrådet 28.11.2019 kl. 18.00 Storgata 48.')).toBe('Storgata 48');
    expect(letter('Du innkalles med dette til møte i fellesrådet 28.11.2019 kl. 18.00 i Grendehuset.')).toBe('Grendehuset');
  });
  it('is no place when what follows the time is none', () => {
    expect(letter('Du innkalles med dette til møte i fellesrådet 28.11.2019 kl. 18.00 Saker til behandling følger.')).toBeNull();
    expect(letter('Du innkalles med dette til møte i fellesrådet 28.11.2019 kl. 18.00 Kari Nordvik.')).toBeNull();
  });
});

describe('the place a notice calls to', () => {
  const notice = (sentence: string): string | null =>
    parse(`Årsmøte 2014\n\nGode medlemer i sogelaget.\n${sentence}\n\nSakliste :\nGodkjenning av innkalling.\nÅrsmelding.\nRekneskap.\n\nVel møtt !\n`).meeting.location;
  it('is read when a place word ends it and the day, date or time follows', () => {
    expect(notice('Velkomne til årsmøte i Varaldsøy grendahus laurdag 26. april kl 13.00.')).toBe('Varaldsøy grendahus');
    expect(notice('Vi kallar inn til årsmøte på Klubbhuset 26. april kl 13.00.')).toBe('Klubbhuset');
  });
  it('is no place when it names the club or is not capitalised', () => {
    expect(notice('Velkomne til årsmøte i Lia IL laurdag 26. april kl 13.00.')).toBeNull();
    expect(notice('Velkomne til årsmøte i sogelaget laurdag 26. april kl 13.00.')).toBeNull();
  });
});

describe('a notice posted with a date in its front matter', () => {
  const post = (title: string, when: string): string | null =>
    parse(`---\ntitle: ${title}\ndate: 2019-05-12 19:19:17 +0100\n---\nVi varsler om et beboermøte:\n\n${when}\ni Gullaug Kirke\n\nKom gjerne med spørsmål.\n`).meeting.date;
  it('is dated by the later meeting date it states, not the day it was posted', () => {
    expect(post('Varsel om beboermøte', '2019-05-28 18:30')).toBe('2019-05-28');
  });
  it('keeps the front matter date for minutes, and for a stated date before it', () => {
    expect(post('Referat fra beboermøte', '2019-05-28 18:30')).toBe('2019-05-12');
    expect(post('Varsel om beboermøte', '2019-05-02 18:30')).toBe('2019-05-12');
  });
});

describe("a board's summary of its meeting", () => {
  const page = (title: string): string =>
    parse(`${title}\n\nAv saker som ble behandlet vil jeg nevne\n\n- Økonomistatus ble gjennomgått. Vi ligger på budsjett\n\n- Styret har bestilt tre nye beholdere for matavfall\n\nSverre Lindtvedt\n\nStyreleder\n`).kind;
  it('"Nytt fra styremøtet 9. mai 2018" is a referat', () => {
    expect(page('Nytt fra styremøtet 9. mai 2018')).toBe('referat');
    expect(page('Informasjon frå styremøtet 9. mai 2018')).toBe('referat');
    expect(page('Info frå styremøtet 9. mai 2018')).toBe('referat');
    expect(page('Nytt fra årsmøtet 9. mai 2018')).toBe('referat');
  });
  it('news from the board, no meeting named, is no meeting document', () => {
    expect(page('Nytt fra styret')).toBe('unknown');
  });
});

describe('a kind word in the plural', () => {
  it('names documents in general, not this one ("referater/protokoller fra møtene")', () => {
    const doc = parse(`Styremøter 2024\n\nPå denne siden er referater/protokoller fra møtene i styret i 2024.\n\nMøte 15.01.24\n\nTil stede: Petter Sæterøy, Jessica Österberg, David Pettersen.\n\nSak 24-01. Valg av ordstyrer\nPetter Sæterøy ble valgt.\n\nSak 24-02. Orienteringer\nIngen.\n`);
    expect(doc.kind).toBe('referat');
  });
  it('the singular still names the kind ("Protokoll fra styremøte")', () => {
    const doc = parse(`Protokoll fra styremøte 15.01.24\n\nTil stede: Petter Sæterøy, Jessica Österberg, David Pettersen.\n\nSak 24-01. Valg av ordstyrer\nPetter Sæterøy ble valgt.\n\nSak 24-02. Orienteringer\nIngen.\n`);
    expect(doc.kind).toBe('protokoll');
  });
});

describe('the document\'s own meeting said to be held later', () => {
  const kind = (title: string, sentence: string): string =>
    parse(`${title}\n\n${sentence}\n\nSaksliste\n\n1. Konstituering\n2. Årsmelding 2020\n3. Valg\n`).kind;
  it('calls it, as a notice does, under a title that names only the meeting ("Årsmøte 2021", "Generalforsamling 2021")', () => {
    expect(kind('Årsmøte 2021', 'Årsmøtet vil bli gjennomført utendørs, med god plass.')).toBe('innkalling');
    expect(kind('Årsmøte 31. mai 2021', 'Møtet vil foregå på Teams.')).toBe('innkalling');
    expect(kind('Årsmøte i Lia mållag', 'Årsmøtet skal haldast i grendehuset.')).toBe('innkalling');
    expect(kind('Generalforsamling 2021', 'Generalforsamlingen vil bli avholdt digitalt.')).toBe('innkalling');
  });
  it('in a post whose front matter names the meeting ("title: Årsmøte 8. juni på Speiderhuset")', () => {
    const doc = parse('---\ntitle: Årsmøte 8. juni på Speiderhuset\ndate: 2020-05-25T17:50:49.417Z\n---\n\nÅrsmøtet vil bli gjennomført utendørs.\n\n## Saksliste\n\n1. Konstituering\n2. Årsmelding 2019\n3. Valg\n');
    expect(doc.kind).toBe('innkalling');
  });
});

describe('a notice posted with its meeting\'s date in the front matter title', () => {
  const post = (title: string, posted: string, sentence = 'Årsmøtet vil bli gjennomført utendørs.'): string | null =>
    parse(`---\ntitle: ${title}\ndate: ${posted}T17:50:49.417Z\n---\n\n${sentence}\n\n## Saksliste\n\n1. Konstituering\n2. Årsmelding\n3. Valg\n`).meeting.date;
  it('is dated by the date right after the meeting noun, a year-less one in the year that puts it after the post', () => {
    expect(post('Årsmøte 8. juni på Klubbhuset', '2020-05-25')).toBe('2020-06-08');
    expect(post('Årsmøte 31. mai 2021', '2021-05-13')).toBe('2021-05-31');
    expect(post('Årsmøte 8. januar', '2020-11-25')).toBe('2021-01-08');
    expect(post('Innkalling til årsmøte mandag 8. juni', '2020-05-25', 'Velkommen!')).toBe('2020-06-08');
  });
});

describe("a notice post's lead in its front matter", () => {
  const post = (lead: string) =>
    parse(`---\ntitle: Årsmøte 8. juni på Klubbhuset\ndescription: >-\n  ${lead}\ndate: 2020-05-25T17:50:49.417Z\n---\n\nÅrsmøtet vil bli gjennomført utendørs.\n\n## Saksliste\n\n1. Konstituering\n2. Årsmelding\n3. Valg\n`).meeting;
  it("gives the time right after the meeting's day, in the clause that names the meeting", () => {
    const m = post('Medlemmer innkalles til årsmøte på baksiden av Klubbhuset, mandag 8. juni kl. 18-19.');
    expect([m.date, m.start, m.end]).toEqual(['2020-06-08', '18:00', '19:00']);
    expect(post('Velkommen til årsmøtet 8. juni, kl. 19.00. Saker sendes styret.').start).toBe('19:00');
  });
  it("names the title's place in full in the clause that calls the meeting", () => {
    expect(post('Medlemmer innkalles til årsmøte på baksiden av Klubbhuset, mandag 8. juni kl. 18-19.').location).toBe('baksiden av Klubbhuset');
  });
  it('the place of something else, or in another sentence, leaves the title\'s place', () => {
    expect(post('Dugnad på baksiden av Klubbhuset 8. juni kl. 10.').location).toBe('Klubbhuset');
    expect(post('Årsmøtet er viktig. Vi griller på baksiden av Klubbhuset etterpå.').location).toBe('Klubbhuset');
    expect(post('Påmelding til årsmøtet innen 1. juni på kontoret i Klubbhuset.').location).toBe('Klubbhuset');
  });
});

describe('the place a post\'s front matter title names', () => {
  const place = (title: string, body = 'Årsmøtet vil bli gjennomført utendørs.') =>
    parse(`---\ntitle: ${title}\ndate: 2020-05-25T17:50:49.417Z\n---\n\n${body}\n\n## Saksliste\n\n1. Konstituering\n2. Årsmelding\n3. Valg\n`).meeting.location;
  it('is read as a title line\'s is ("Årsmøte 8. juni på Speiderhuset")', () => {
    expect(place('Årsmøte 8. juni på Speiderhuset')).toBe('Speiderhuset');
  });
  it('gives way to a place the text states, and a title without one names none', () => {
    expect(place('Årsmøte 8. juni på Speiderhuset', 'Sted: Grendehuset, Lia')).toBe('Grendehuset, Lia');
    expect(place('Årsmøte 8. juni')).toBeNull();
    expect(place('Årsmøte 8. juni – nå på nett')).toBeNull();
  });
});

describe('a year-less date under a front matter title that names the year', () => {
  const date = (title: string, sentence: string) =>
    parse(`---\ntitle: ${title}\n---\n\n${sentence}\n\n## Agenda\n\n- Åpning av møtet\n- Årsberetning\n- Økonomi\n`).meeting.date;
  it('takes the title\'s year ("title: Generalforsamling 2025", "… torsdag den 13. februar")', () => {
    expect(date('Generalforsamling 2025', 'Generalforsamlingen holdes 16:30 torsdag den 13. februar på Rom 2.')).toBe('2025-02-13');
  });
  it('a full date in the text keeps its year, and a season ("2024/2025") is no year', () => {
    expect(date('Generalforsamling 2025', 'Generalforsamlingen holdes 16:30 torsdag 12. februar 2026.')).toBe('2026-02-12');
    expect(date('Generalforsamling 2024/2025', 'Generalforsamlingen holdes 16:30 torsdag den 13. februar.')).toBeNull();
  });
});

describe('precision of the place and title rules (review: sentences read as places, a report read as the title)', () => {
  const header = (top: string): ReturnType<typeof parse> =>
    parse(`${top}\n\nTil stede: Kari Lie, Per Dal\n\n1. Budsjett\nBudsjettet ble vedtatt.\n2. Eventuelt\nIngen saker.\n`);
  it('reads no sentence after the time as the place', () => {
    expect(header('Styremøte\nOnsdag 6. mars 2024 kl. 19.00 Middag på hotellet etter møtet').meeting.location).toBeNull();
    expect(header('Styremøte tirsdag 5. mars 2024 kl. 18.00 Forfall meldes til kontoret').meeting.location).toBeNull();
    // A place still is one.
    expect(header('Styremøte\nOnsdag 6. mars 2024 kl. 19.00 Storgata 48.').meeting.location).toBe('Storgata 48');
  });
  it('reads no sentence under the date as the place', () => {
    expect(header('Styremøte\nOnsdag 6. mars 2024 kl. 19.00\npå Teams dersom ikke annet blir avtalt').meeting.location).toBeNull();
  });
  it('takes no body a meeting is called to for its place', () => {
    const notice = (line: string): string | null => parse(`Innkalling\n\n${line}\n\nSaksliste:\n1. Årsmelding\n2. Regnskap\n`).meeting.location;
    expect(notice('Velkommen til årsmøte i Venneforeningen for Øya kirke tirsdag 5. mars kl. 19.00.')).toBeNull();
    expect(notice('Velkomne til årsmøte i Foreldrelaget ved Vestli skule tysdag 5. mars kl. 18.00.')).toBeNull();
    expect(notice('Velkomne til årsmøte i Varaldsøy grendahus laurdag 26. april kl 13.00.')).toBe('Varaldsøy grendahus');
  });
  it('ends the place where a reason or a date begins, and reads no time span as a room', () => {
    const minutes = (sentence: string): string | null =>
      parse(`Protokoll fra møte i styret 15.9.2005. ${sentence}\n\nTil stede: Kari Lie, Per Dal\n\n1. Budsjett\nBudsjettet ble vedtatt.\n`).meeting.location;
    expect(minutes('Møtet vart halde på Teams grunna smittesituasjonen 5. mars 2024.')).toBe('Teams');
    expect(minutes('Møtet ble holdt i tidsrommet fra kl. 18 til 20.')).toBeNull();
  });
  it('takes no sentence that reports on a protocol for the title', () => {
    const signed = header('Styremøte i Solbakken sameie\nProtokoll fra årsmøtet 12.02.2024 er signert. Den er sendt til alle beboerne.');
    expect(signed.title).toBe('Styremøte i Solbakken sameie');
    expect(signed.kind).not.toBe('protokoll');
    expect(header('Styremøte i Solbakken sameie 5. mars 2024\nReferat fra forrige møte 12.02.2024 ble godkjent. Kari sendte det ut.').title).toBe('Styremøte i Solbakken sameie 5. mars 2024');
  });
});

describe("a notice letter's own date is no meeting date (user test: the letter's date was taken)", () => {
  const letter = (dateLine: string, meetingLines: string[]) =>
    parse(['Bygdekvinnelaget Lia', 'Postboks 12, 2830 Raufoss', '', 'Til medlemmene i styret', '', 'Vår ref.: 24/115', dateLine, '', 'INNKALLING TIL STYREMØTE', '', ...meetingLines, '', 'Saksliste:', 'Sak 10/24 Godkjenning av innkalling og sakliste', 'Sak 11/24 Referat fra forrige møte 12. mars 2024', 'Sak 12/24 Økonomi', '', 'Meld forfall til leiar Siri Haug.'].join('\n'));

  it.each([
    ['"Dato:" and "Møtedato:"', 'Dato: 2. april 2024', ['Møtedato: 16. april 2024', 'Tid: kl. 19.00', 'Sted: Lia grendehus']],
    ['"Dato:" in figures', 'Dato: 02.04.2024', ['Møtedato: 16. april 2024', 'Tid: kl. 19.00', 'Sted: Lia grendehus']],
    ['a dateline and a sentence that holds the meeting', 'Raufoss, 2. april 2024', ['Det holdes styremøte tirsdag 16. april 2024 kl. 19.00 på Lia grendehus.']],
    ['"Dato:" and a Nynorsk sentence', 'Dato: 2. april 2024', ['Det vert halde styremøte tysdag 16. april 2024 kl. 19.00 på Lia grendehus.']],
  ])('%s: the meeting on 16 April, the letter of 2 April', (_what, dateLine, meetingLines) => {
    const d = letter(dateLine, meetingLines);
    expect(d.kind).toBe('innkalling');
    expect(d.meeting).toMatchObject({ date: '2024-04-16', start: '19:00' });
    expect(d.notice?.date).toBe('2024-04-02');
  });

  it('review: a dated line that does not date the meeting leaves "Dato:" the meeting\'s ("Vedlegg: Referat 12.03.2024")', () => {
    const d = parse(['Vår ref: 24/123', '', 'INNKALLING TIL STYREMØTE', '', 'Dato: 16.04.2024', 'Vedlegg: Referat 12.03.2024', '', 'Saksliste', '1. Godkjenning av protokoll', '2. Budsjett'].join('\n'));
    expect(d.meeting.date).toBe('2024-04-16');
  });

  it('review: a weekday and the date is no letter\'s dateline ("Tirsdag, 16. april 2024")', () => {
    const d = parse(['Vår ref: 24/123', '', 'INNKALLING TIL ÅRSMØTE', '', 'Tirsdag, 16. april 2024', 'Klubbhuset kl. 19.00', '', 'Saksliste', '1. Årsmelding', '2. Regnskap'].join('\n'));
    expect(d.meeting).toMatchObject({ date: '2024-04-16', start: '19:00' });
    expect(d.notice?.date ?? null).toBeNull();
  });
});
