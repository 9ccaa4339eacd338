/** The meeting's place where a title or date line names it after the date. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

/** The lines given, then one item: what the header says of the meeting. */
const meeting = (...lines: string[]) => parse([...lines, '', '1. Sak', 'Godkjent.'].join('\n')).meeting;
const place = (...lines: string[]) => meeting(...lines).location;

describe('a place set off by a dash or a comma after the dated title', () => {
  it('reads it (outside set g/708)', () => {
    expect(place('Referat frå årsmøtet i Østfold mållag 2001', '', 'Referat frå årsmøtet i Østfold mållag 25. mars 2001 - Matstova i Sarpsborg')).toBe('Matstova i Sarpsborg');
    expect(place('Referat fra styremøte 12. mars 2024, Rådhuset')).toBe('Rådhuset');
    expect(place('Referat fra styremøte 12.03.2024 – Grendehuset')).toBe('Grendehuset');
  });

  it.each([
    ['a subject', 'Referat fra styremøte 12. mars 2024 - Budsjett og regnskap'],
    ['a person', 'Referat fra styremøte 12. mars 2024 - Kari Nilsen'],
    ['a person with "i"', 'Referat fra styremøte 12. mars 2024 - Kari i Dalen'],
    ['a part', 'Referat fra styremøte 12. mars 2024 - Del 2'],
    ['a state', 'Referat fra styremøte 12. mars 2024, godkjent'],
  ])('not %s', (_what, title) => {
    expect(place(title)).toBeNull();
  });
});

describe('the place, then the clock, on the line under the dated title', () => {
  it('gives the place and the start (outside set j/905)', () => {
    expect(meeting('REFERAT FRA STYREMØTE 26. AUGUST 2020', 'Sagavn. 20, Leknes kl. 18.30', 'Til stede: Kari, Per')).toMatchObject({
      date: '2020-08-26',
      start: '18:30',
      location: 'Sagavn. 20, Leknes',
    });
    expect(meeting('Referat fra styremøte 3. mars 2021', 'Grendehuset kl 19.00-21.00')).toMatchObject({ start: '19:00', end: '21:00', location: 'Grendehuset' });
  });

  it.each([
    ['a sentence that says when the meeting sat', 'Møtet ble satt kl. 16.00 og hevet kl. 17.10'],
    ['a weekday', 'Tirsdag kl. 18.30'],
    ['an organisation', 'Nordby IL kl. 18.30'],
  ])('not %s', (_what, line) => {
    expect(meeting('REFERAT FRA STYREMØTE 26. AUGUST 2020', line).location).toBeNull();
  });

  it('only right under the title or the date', () => {
    expect(meeting('REFERAT FRA STYREMØTE 26. AUGUST 2020', 'Til stede: Kari, Per', 'Sagavn. 20, Leknes kl. 18.30').location).toBeNull();
    // A header line between: taking the first such line anywhere below the title would read it.
    expect(meeting('REFERAT FRA STYREMØTE 26. AUGUST 2020', 'Møtet var åpent for alle.', 'Sagavn. 20, Leknes kl. 18.30').location).toBeNull();
  });
});

describe('the place a sentence says the meeting was held in', () => {
  it('"hadde årsmøte i X barnehage måndag …" (outside set j/907)', () => {
    expect(meeting('Protokoll frå årsmøtet i grendalaget 2020', '', 'Grendalaget hadde årsmøte i Henjahaugane barnehage måndag 24. februar.')).toMatchObject({
      date: '2020-02-24',
      location: 'Henjahaugane barnehage',
    });
  });

  it('a school by its name ("skole" is a place word too)', () => {
    expect(meeting('Referat fra årsmøtet 3. mars 2024', '', 'FAU holdt årsmøte i Nordby skole søndag 3. mars.').location).toBe('Nordby skole');
  });

  it('not a body that a place word ends ("i Foreldrelaget ved Vestli skule")', () => {
    expect(meeting('Protokoll fra årsmøtet 2020', '', 'Vi holdt årsmøte i Foreldrelaget ved Vestli skule tirsdag 3. mars.').location).toBeNull();
  });
});

describe('a room with a number after "på"', () => {
  it('is the whole room ("på C2 042", outside set h/809), and a date or a year after the place still ends it', () => {
    expect(meeting('Innkalling til generalforsamling', '', 'Generalforsamlingen holdes 16:30 torsdag den 13. februar 2025 på C2 042, snakkes der!').location).toBe('C2 042');
    expect(meeting('Referat fra styremøte på Rådhuset 5. mars 2024').location).toBe('Rådhuset');
    expect(meeting('Referat fra styremøte på Rådhuset 2024').location).toBe('Rådhuset');
    expect(meeting('Referat fra styremøte 5. mars 2024 på Rådhuset 19:00').location).toBe('Rådhuset');
  });
});

describe('what is no place, from the review of the rules above', () => {
  const TITLE = 'REFERAT FRA STYREMØTE 12. MARS 2024';

  it.each(['Møteleder Kari kl. 18', 'Kari Nordmann kl. 18.00', 'Oppmøte kl. 17.30', 'Middag kl. 19.00', 'Pause kl. 19.30', 'Velkommen kl. 18', 'Styremøte kl. 18.00', 'Kari Olsen (leder) kl. 18'])(
    'a name, a role or what happens at the hour under the title: "%s"',
    (line) => {
      expect(meeting(TITLE, line)).toMatchObject({ location: null, start: null });
    },
  );

  it('the second half of a wrapped title, or a line under an undated title', () => {
    expect(meeting('Protokoll fra ekstraordinært årsmøte 12. mars 2024 i', 'Nordby Skolekorps kl. 18').location).toBeNull();
    expect(meeting('Referat fra styremøte i Nordby Vel', 'Storgata 5, Nordby kl. 18').location).toBeNull();
  });

  it('a meeting held on another day, or against the title’s place', () => {
    expect(meeting('Referat fra styremøte 12. mars 2024 på Rådhuset', '', 'Styret hadde møte på Grendahuset 5. februar med kommunen.').location).toBe('Rådhuset');
    expect(meeting('Referat fra styremøte 12. mars 2024', '', 'Kommunen holdt møte i Rådhuset 5. februar, se vedlegg.').location).toBeNull();
  });

  it.each<[string, string | null]>([
    ['Referat fra styremøte på Rådhuset 12 mars 2024', 'Rådhuset'],
    ['Referat fra styremøte på Teams 12 mars 2024', 'Teams'],
    ['Referat fra styremøte 12. mars 2024 på Rådhuset 18-20', 'Rådhuset'],
    ['Referat fra styremøte 12. mars 2024 på Rådhuset 18 til 20', 'Rådhuset'],
    ['Referat fra styremøte på Rådhuset 5/3-2024', 'Rådhuset'],
  ])('a date or hours after the place end it: %s', (title, place) => {
    expect(meeting(title).location).toBe(place);
  });
});

describe('a time field that holds no time, then a sentence (outside set k/1006)', () => {
  it('is no place: the title names it', () => {
    expect(place('Protokoll fra styremøte i Bondelaget onsdag 11. februar 2015 kl på Skarstua, Skaret', '', 'Til stede: Kari Nordmann, Ola Hansen', '', 'Kl : Representanter fra MR Slakteri AS, som er tenkt lokalisert på Vestnes, presenterte planene.')).toBe('Skarstua, Skaret');
  });
  it('a time field with its time, then the place, still gives the place; so does a short place without the time', () => {
    expect(place('Referat fra styremøte 12. mars 2024', 'Tid: 18.00, Rådhuset')).toBe('Rådhuset');
    expect(place('Referat fra styremøte 12. mars 2024', 'Tid: Kommunestyresal, Loppa rådhus')).toBe('Kommunestyresal, Loppa rådhus');
    // With its time, a place of any length.
    expect(place('Referat fra styremøte 12. mars 2024', 'Tid: kl. 18.00, Kommunestyresalen i Rådhuset, inngang fra Kirkegata, 2. etasje')).toBe('Kommunestyresalen i Rådhuset, inngang fra Kirkegata, 2. etasje');
  });
});

describe('a meeting said to be held online (outside set k/1012)', () => {
  it('"Møtet blir avholdt digitalt 27. september 2023": the place is "digitalt"', () => {
    expect(place('Innkalling til ekstraordinært representantskapsmøte 27.9.2023', '', 'Dato er nå fastsatt og møtet blir avholdt digitalt 27. september 2023 kl. 14-15.')).toBe('digitalt');
    expect(place('Innkalling til styremøte 3. mars 2024', '', 'Møtet gjennomføres digitalt.')).toBe('digitalt');
  });
  it('not a meeting that was only planned digitally, nor something else held online', () => {
    expect(place('Referat fra styremøte 3. mars 2024', '', 'Kurset blir avholdt digitalt i april.')).toBeNull();
    expect(place('Referat fra styremøte 3. mars 2024', '', 'Møtet diskuterte digitalt utstyr.')).toBeNull();
  });
});

describe('a sentence that the meeting was held by video or phone', () => {
  const doc = (line: string) => parse(Buffer.from(`Referat styremøte\n\nTil stede: Kari Dal, Per Moe\n\n${line}\n\n1. Budsjett\n2. Eventuelt\n`));
  it('"Styremøtet ble gjennomført som videokonferanse på FB": the place as written, and those present remote', () => {
    const d = doc('Styremøtet ble gjennomført som videokonferanse på FB – («Messenger»)');
    expect(d.meeting.location).toBe('videokonferanse på FB – («Messenger»)');
    expect(d.attendees.map((a) => a.status)).toEqual(['remote', 'remote']);
    // As some minutes write it (outside set q/1709).
    expect(doc('Styremøtet ble gjennomføres som videokonferanse.').meeting.location).toBe('videokonferanse');
    expect(doc('Møtet ble holdt over Teams.').meeting.location).toBe('Teams');
  });
  it('to a reason, a time or a clause (review)', () => {
    expect(doc('Møtet ble holdt på telefon fordi Teams ikke virket.').meeting.location).toBe('telefon');
    expect(doc('Møtet ble holdt på Teams 20. mars.').meeting.location).toBe('Teams');
  });
  it('not a meeting held in a room, nor another meeting, nor something else held by video (review)', () => {
    expect(doc('Møtet ble holdt som vanlig i klubbhuset.').attendees.map((a) => a.status)).toEqual(['present', 'present']);
    expect(doc('Kurset ble gjennomført som videokonferanse.').meeting.location).toBeNull();
    // The meeting the title names is this one (review).
    const annual = parse(Buffer.from('Årsmøte 2025\n\nTil stede: Kari Dal, Per Moe\n\nÅrsmøtet ble holdt over Zoom.\n\n1. Budsjett\n2. Eventuelt\n'));
    expect(annual.meeting.location).toBe('Zoom');
    const other = doc('Foreldremøtet ble gjennomført som videomøte i januar med god deltakelse.');
    expect(other.meeting.location).toBeNull();
    expect(other.attendees.map((a) => a.status)).toEqual(['present', 'present']);
  });
});

describe('a meeting held in a body\'s name and then a place (q/1702)', () => {
  const place = (sentence: string) =>
    parse(Buffer.from(`Styremøte tysdag 8. oktober 2015\n\n${sentence}\n\nSak 1. Frå førre møtet\nIngen kommentarer.\n\nSak 2. Bokslepp\nTidspunkt endra.\n`)).meeting.location;
  it('"… blei det avholdt styremøte i Heidal Historielag i Kyrkjestugu": the place after the body', () => {
    expect(place('Tysdag den 8. oktober 2015 kl. 1800 blei det avholdt styremøte i Heidal Historielag i Kyrkjestugu.')).toBe('Kyrkjestugu');
  });
  it('but a place within a place stays whole ("i Kulturhuset i Peisestova")', () => {
    expect(place('Tysdag den 8. oktober 2015 kl. 1800 blei det avholdt styremøte i Kulturhuset i Peisestova.')).toBe('Kulturhuset i Peisestova');
  });
});
