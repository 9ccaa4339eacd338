/**
 * A meeting's time and place outside labelled fields. Times written as a sentence rather than a field ("Møtet ble satt kl. 16.00 og hevet kl. 17.10"),
 * with the traps that go with them: a dotted time is no date, and a clock without a separator is still a clock.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { meeting, PRESENT, TWO_ITEMS } from '../helpers/meeting.js';

const doc = (head: string) => meeting(head, PRESENT, TWO_ITEMS);

describe('times in a sentence', () => {
  it('"satt kl. … og hevet kl. …": start and end, and no date made of the end time', () => {
    const d = doc('Protokoll fra møte nr. 4/2024 i styret\n\nMøtet ble satt kl. 16.00 og hevet kl. 17.10');
    expect(d.meeting).toMatchObject({ date: null, start: '16:00', end: '17:10' });
  });

  it('"varte fra kl. 0930-1430": four-digit clocks', () => {
    const d = doc('Protokoll fra møte i styret 15.9.2005\n\nMøtet varte fra kl. 0930-1430.');
    expect(d.meeting).toMatchObject({ date: '2005-09-15', start: '09:30', end: '14:30' });
  });

  it("a closing word about something else sets no end; the meeting's own does", () => {
    const d = doc('Protokoll fra styremøte\n\nDato: 4. april 2014 kl. 19.00\n\nDugnaden i mai ble avsluttet kl. 14.00 som planlagt.\n\nMøtet ble hevet kl. 21.10.');
    expect(d.meeting).toMatchObject({ start: '19:00', end: '21:10' });
    const e = doc('Protokoll fra styremøte\n\nDato: 4. april 2014 kl. 19.00\n\nDugnaden i mai ble avsluttet kl. 14.00 som planlagt.');
    expect(e.meeting).toMatchObject({ start: '19:00', end: null });
  });

  it('a closing word without the time after it sets no end', () => {
    const d = doc('Protokoll fra møte i styret 15.9.2005 kl. 18.00\n\nStyret vil avslutte saken i neste møte.');
    expect(d.meeting).toMatchObject({ start: '18:00', end: null });
  });

  it('the time on a later line with the same date as the title ("Innkalling til sameiermøte 5. mars 2024")', () => {
    const d = doc('Innkalling til sameiermøte 5. mars 2024\n\nStyret kaller inn til møte:\nTirsdag 5. mars 2024 kl. 18.30');
    expect(d.meeting).toMatchObject({ date: '2024-03-05', start: '18:30' });
  });

  it('but not the time of another date ("frist 1. mars kl. 12")', () => {
    const d = doc('Innkalling til sameiermøte 5. mars 2024\n\nForslag sendes styret innen 1. mars 2024 kl. 12.00');
    expect(d.meeting).toMatchObject({ date: '2024-03-05', start: null });
  });

  it('a sentence under the title that the meeting was held, with its date and clock ("Den 13. april 2025 ble det avholdt et styremøte … fra kl. 18:35 til 19:48")', () => {
    // The sentence opens the body: the header is the title alone.
    const bare = (text: string) => parse(Buffer.from(`${text}\n\n1. Valg\n2. Eventuelt\n`));
    const d = bare('Referat fra styremøte\n\nDen 13. april 2025 ble det avholdt et styremøte for Universitetslisten fra kl. 18:35 til 19:48 med tilstedeværelse av Ludwig, Oskar, Niamh og Peter.');
    expect(d.meeting).toMatchObject({ date: '2025-04-13', start: '18:35', end: '19:48' });
    expect(bare('Referat\n\nStyret hadde møte på Teams 4. mars 2025 kl. 20.00.').meeting).toMatchObject({ date: '2025-03-04', start: '20:00' });
    // The header's own date and time come first.
    const e = doc('Referat fra styremøte 2. april 2025 kl. 19.00\n\nDen 13. april 2025 ble det avholdt et styremøte for Universitetslisten fra kl. 18:35.');
    expect(e.meeting).toMatchObject({ date: '2025-04-02', start: '19:00' });
    // A date without its year is not completed by a guess.
    expect(doc('Referat fra styremøte\n\nDen 13. april ble det avholdt et styremøte i klubbhuset.').meeting.date).toBeNull();
  });

  it('nor a meeting held with someone, nor another day\'s meeting, nor one after the first item (review)', () => {
    const head = 'Referat fra styremøte i Vestbyen IL\n\nTil stede: Kari Dal, Per Moe';
    // Held with someone: another meeting.
    expect(parse(Buffer.from(`${head}\n\nLeder hadde møte med rådmannen 3. mars 2025 kl. 10.00.\n\n1. Budsjett\n2. Eventuelt\n`)).meeting).toMatchObject({ date: null, start: null });
    // After the first item: an item's text.
    expect(parse(Buffer.from(`${head}\n\n1. Godkjenning\n2. Orientering fra leder\nKulturutvalet heldt eit møte 12. februar 2025 kl. 19.00.\n3. Eventuelt\n`)).meeting).toMatchObject({ date: null, start: null });
    // A meeting with someone named as the document's own, no sentence that someone held one (review).
    expect(parse(Buffer.from('Referat\n\nDialogmøte med Statens vegvesen 3. mars 2025\n\n1. Sak\n2. Eventuelt\n')).meeting.date).toBe('2025-03-03');
    // At someone's home is where this meeting is held.
    expect(doc('Styremøte hos Kari Dal 3. mars 2025 kl. 19.00').meeting).toMatchObject({ date: '2025-03-03', start: '19:00' });
    // Another day than the one the header names: not its time.
    const other = parse(Buffer.from('Referat styremøte 5. mars 2025\n\nTil stede: Kari Dal, Per Moe\n\nKulturutvalet heldt eit møte 12. februar 2025 kl. 19.00.\n\n1. Budsjett\n2. Eventuelt\n'));
    expect(other.meeting).toMatchObject({ date: '2025-03-05', start: null });
  });

  it('but not a meeting held further down the minutes ("Leder hadde møte med rådmannen 3. mars 2025 kl. 10")', () => {
    const filler = Array.from({ length: 12 }, (_, i) => `${i + 1}. Punkt ${i + 1} ble gjennomgått.`).join('\n');
    const d = parse(Buffer.from(`Referat fra styremøte\n\n${filler}\n\nLeder hadde møte med rådmannen 3. mars 2025 kl. 10.00.\n`));
    expect(d.meeting).toMatchObject({ date: null, start: null });
  });

  it('a line that starts with the clock: time, end and "på Teams"', () => {
    const d = doc('Referat styremøte 5. mars 2024\n\nKl. 18.30 – 20.15  på Teams');
    expect(d.meeting).toMatchObject({ date: '2024-03-05', start: '18:30', end: '20:15', location: 'Teams' });
  });
});

describe('a place on the line under the date and time', () => {
  it.each([
    ['a building', 'Klubbhuset', 'Klubbhuset'],
    ['a room and an address', 'Grendehuset (kjelleren), Bakkeveien 3', 'Grendehuset (kjelleren), Bakkeveien 3'],
  ])('%s', (_what, line, location) => {
    expect(doc(`MØTEBOK STYREMØTE\n\nTysdag 5. mars 2024 kl. 19.00.\n\n${line}`).meeting.location).toBe(location);
  });

  it.each([
    ['a name', 'Kari Nordmann'],
    ['a line that introduces something', 'Styret kaller inn til følgende saker:'],
    ['a sentence', 'Alle er velkomne. Ta med kaffe.'],
    ['an organisation', 'Bakkeli idrettslag'],
    ['a name that ends like a place', 'Kari Nygården'],
  ])('not %s', (_what, line) => {
    expect(doc(`MØTEBOK STYREMØTE\n\nTysdag 5. mars 2024 kl. 19.00.\n\n${line}`).meeting.location).toBeNull();
  });

  it('not under a date without a time', () => {
    expect(doc('MØTEBOK STYREMØTE\n\nTysdag 5. mars 2024\n\nKlubbhuset').meeting.location).toBeNull();
  });
});

describe('the date of this meeting in a subtitle', () => {
  it('"Fra møte i nemnda 8. september 2015" under the title, not a letter date in an item', () => {
    const d = parse('Protokoll 5/2015\n\nFra møte i nemnda 8. september 2015\n\nFølgende deltok: Kari Nordmann, Ola Hansen\n\n1. Sak om Firma AS\nI brev 29. mai 2015 søker klubben om en ordning.\n\n2. Sak om Selskap AS\nSøknaden ble innvilget.\n', { path: 't.txt' });
    expect(d.meeting.date).toBe('2015-09-08');
  });

  it('but "Godkjenning av referat fra møte i styret 3. mars 2015" still points back', () => {
    const d = doc('Protokoll fra styremøte 14. april 2015\n\nGodkjenning av referat fra møte i styret 3. mars 2015');
    expect(d.meeting.date).toBe('2015-04-14');
  });

  it('"Referat fra styremøte i VLF onsdag 9. august 2023 kl 1900-2015" under a title without a date names this meeting (outside set r/1806)', () => {
    const d = doc('Referat August\n\nReferat fra styremøte i VLF onsdag 9. august 2023 kl 1900-2015');
    expect(d.meeting).toMatchObject({ date: '2023-08-09', start: '19:00', end: '20:15' });
    // Not one that points back, nor the minutes of another meeting approved (review).
    expect(doc('Referat August\n\nReferat fra forrige styremøte 9. august 2023').meeting.date).toBeNull();
    expect(doc('Referat August\n\nReferat fra styremøte 5. februar 2025 ble godkjent uten merknader.').meeting.date).toBeNull();
  });
});


describe('a clock after the place in its field ("Stad: Krona, Romsdalsmuseet, kl. 19.00")', () => {
  it('is the time, and no part of the place (outside set r/1804)', () => {
    const d = parse(Buffer.from('REFERAT FRÅ ÅRSMØTE I ROMSDAL SOGELAG 9. MARS 2021\n\nStad: Krona, Romsdalsmuseet, kl. 19.00\n\n1. Sak\n2. Eventuelt\n'));
    expect(d.meeting).toMatchObject({ start: '19:00', location: 'Krona, Romsdalsmuseet' });
  });
  it('not a clause about the hour after the place ("dørene åpner kl. 18.30", "åpent til kl. 20") (review)', () => {
    const at = (place: string) => parse(Buffer.from(`REFERAT FRÅ ÅRSMØTE 9. MARS 2021\n\nTid: kl. 19.00\nStad: ${place}\n\n1. Sak\n2. Eventuelt\n`)).meeting;
    expect(at('Kulturhuset, dørene åpner kl. 18.30')).toMatchObject({ start: '19:00', location: 'Kulturhuset, dørene åpner kl. 18.30' });
    expect(at('Sentrum bibliotek, åpent til kl. 20').start).toBe('19:00');
  });
});
