/** Dates and clock times, chrono-node style: what is found, what is not, and year resolution. */
import { describe, expect, it } from 'vitest';
import { findDates, findTimes, iso, yearFor, type FoundDate } from '../../src/recognise/dates.js';
import { parse as parseDoc } from '../../src/index.js';

const ymd = (d: FoundDate) => ({ day: d.day, month: d.month, year: d.year });
const first = (text: string) => {
  const found = findDates(text);
  expect(found, `a date in "${text}"`).toHaveLength(1);
  return found[0]!;
};

describe('findDates', () => {
  it.each<[string, { day: number; month: number; year: number | null }]>([
    ['Torsdag 16.03.2023 kl. 09.00 – 11.00', { day: 16, month: 3, year: 2023 }],
    ['7. november 2024', { day: 7, month: 11, year: 2024 }],
    ['16.03.23', { day: 16, month: 3, year: 2023 }],
    ['2.11.20', { day: 2, month: 11, year: 2020 }],
    ['27.august 2018', { day: 27, month: 8, year: 2018 }],
    ['Dato: 2024-01-17', { day: 17, month: 1, year: 2024 }],
    ['Møte 13. 3. 2014 i Bergen', { day: 13, month: 3, year: 2014 }],
    ['2. September 2016', { day: 2, month: 9, year: 2016 }],
    ['22. okt 2012', { day: 22, month: 10, year: 2012 }],
    ['Referat fra møtet 19.01.23', { day: 19, month: 1, year: 2023 }],
    ['Tid: 07.11.2024, kl 12:00-13:00', { day: 7, month: 11, year: 2024 }],
  ])('%s', (text, expected) => {
    expect(ymd(first(text))).toEqual(expected);
  });

  it('gives the weekday and the span', () => {
    const text = 'Tid: Torsdag 16.03.2023 kl. 09.00';
    const d = first(text);
    expect(d.weekday).toBe(4);
    expect(text.slice(d.index, d.end)).toBe('Torsdag 16.03.2023');
  });

  it('finds a weekday and day without a year ("Torsdag 7. november")', () => {
    const d = first('Tid og sted: Torsdag 7. november, kl 12:00-13:00, Oslo rådhus');
    expect(ymd(d)).toEqual({ day: 7, month: 11, year: null });
    expect(d.weekday).toBe(4);
  });

  it('finds several dates in order', () => {
    const found = findDates('Energiworkshop 8. april og BEST konferansen 2025 4. juni 2025.');
    expect(found.map(ymd)).toEqual([
      { day: 8, month: 4, year: null },
      { day: 4, month: 6, year: 2025 },
    ]);
  });

  it('still reads a date after other words', () => {
    expect(findDates('Møte 1.3 kl 18')).toMatchObject([{ day: 1, month: 3 }]);
    // A review: a word that ends in "punkt" is no section word, nor is "versjon"; a date in words is a date.
    for (const t of ['Møtetidspunkt 14.03.2024 kl. 18.00', 'Tidspunkt 14.03.2024', 'Versjon 14.03.2024', 'Sted og tidspunkt 14. mars 2024', 'sak 14. mars 2024']) {
      expect(findDates(t), t).toMatchObject([{ day: 14, month: 3, year: 2024 }]);
    }
    expect(findDates('Møtet i Sakspunktgata 2.3.2024')).toMatchObject([{ day: 2, month: 3, year: 2024 }]);
  });

  describe('is not fooled by', () => {
    it.each([
      ['a report number', 'Høringsnotat til NOU 2022: 18 Mellom mobilitet og migrasjon'],
      ['a concert', 'Vi arrangerer 17 mai-konsert i år'],
      ['a decimal', 'Det er 3,5 ganger så mange'],
      ['a case number', 'Sak 46/11: Regnskap'],
      ['a case number with year', 'PS 12/24 Budsjett'],
      ['a phone number', 'Tlf 41203424'],
      ['a spaced phone number', 'Ring 412 03 424 eller 22 33 44 55'],
      ['a version number', 'Oppgradert til versjon 1.2.3'],
      ['an impossible date', 'Møte 31.02.2023'],
      ['a month number out of range', 'Tabell 12.13.2020'],
      ['a plain number and a month word without a day', 'Vi var 18 i mai'],
      ['a dotted time after "kl."', 'Møtet ble satt kl. 16.00 og hevet kl. 17.10'],
      ['a dotted time after "klokka"', 'Møtet slutta klokka 21.10'],
      // An outside notice: "§1.1" with "Høst 2018" in its title made the meeting 2018-01-01.
      ['a paragraph of the by-laws', 'Foreslag om endring av §1.1'],
      ['a spaced paragraph', 'endring av § 2.3 i vedtektene'],
      ['a numbered point', 'jf. punkt 1.1 og sakspunkt 2.3'],
      ['a chapter', 'Kapittel 4.1 Økonomi'],
      ['a sub-case', 'Sak 3.2 Valg'],
    ])('%s: %s', (_what, text) => {
      expect(findDates(text)).toEqual([]);
    });
  });
});

describe('findTimes', () => {
  it.each<[string, string, string | null]>([
    ['Torsdag 16.03.2023 kl. 09.00 – 11.00', '09:00', '11:00'],
    ['kl 12:00-13:00', '12:00', '13:00'],
    ['kl.12', '12:00', null],
    ['kl. 19', '19:00', null],
    ['KL.: 14:00', '14:00', null],
    ['Tid: 09:00 - 21:00', '09:00', '21:00'],
    ['Møtet startet 16:15', '16:15', null],
    ['kl. 18 til 20', '18:00', '20:00'],
    ['kl 9.30-11', '09:30', '11:00'],
    ['Tid: 18.00 – 20.00', '18:00', '20:00'],
    ['Møtet varte fra kl. 0930-1430.', '09:30', '14:30'],
    ['Møtet varte fra klokken 1000 – 1130', '10:00', '11:30'],
    ['Tid: 05.03.2024 kl. 1830', '18:30', null],
    ['Tidspunkt: frå kl 19.00 - til 22.00', '19:00', '22:00'],
  ])('%s', (text, start, end) => {
    const found = findTimes(text);
    expect(found.map((t) => [t.start, t.end])).toEqual([[start, end]]);
  });

  describe('is not fooled by', () => {
    it.each([
      ['a date', '16.03.2023'],
      ['a short date', 'møtet 19.01.23'],
      ['a decimal', 'Det er 3,5 ganger'],
      ['a case number', 'Sak 46/11'],
      ['a phone number', 'Tlf 41203424'],
      ['a plain number', 'Vi var 12 stykker'],
      ['an hour out of range', 'kl 25:00'],
      ['a year range', 'Ny runde for 2026-2028'],
      ['four digits without "kl"', 'Budsjett 1830 kroner, konto 0930-1430'],
      ['no clock after "kl"', 'kl 2575 og kl 2460'],
    ])('%s: %s', (_what, text) => {
      expect(findTimes(text)).toEqual([]);
    });
  });
});

describe('yearFor', () => {
  const dateOf = (text: string) => first(text);

  it('keeps a written year', () => {
    expect(yearFor(dateOf('16.03.2023'), 2019)).toBe(2023);
  });

  it('resolves a weekday and day to the year near `near` where they agree', () => {
    // Thursday 7 November: 2024 (and 2019, 2013); near 2024 → 2024, near 2020 → 2019.
    expect(yearFor(dateOf('Torsdag 7. november'), 2024)).toBe(2024);
    expect(yearFor(dateOf('Torsdag 7. november'), 2020)).toBe(2019);
    // Monday 25 October → 2021 near 2020.
    expect(yearFor(dateOf('mandag 25.10'), 2020)).toBe(2021);
  });

  it('falls back to `near` without a weekday', () => {
    expect(yearFor(dateOf('30. oktober'), 2018)).toBe(2018);
  });

  it('gives null with neither year nor `near` nor weekday', () => {
    expect(yearFor(dateOf('30. oktober'), null)).toBeNull();
  });

  it('guesses no year from a weekday alone: the year of the run would look like a fact', () => {
    expect(yearFor(dateOf('torsdag den 4. juni'), null)).toBeNull();
  });
});

describe('a meeting over several days', () => {
  it.each([
    ['Protokoll styremøte 3.-4. mai 2022', [3, 5, 2022]],
    ['Styremøte 26.–27. september 2019', [26, 9, 2019]],
    ['Fylkestinget 25., 26. og 27. juni 2003', [25, 6, 2003]],
  ])('is dated by its first day: %s', (text, want) => {
    const d = first(text);
    expect([d.day, d.month, d.year]).toEqual(want);
  });
  it('numbers in a list without full stops are no days, nor a number before a dash', () => {
    expect(findDates('punkt 1, 2 og 3 juni').map((d) => d.day)).toEqual([3]);
    expect(findDates('Styremøte 3 - 12. mai 2022').map((d) => d.day)).toEqual([12]);
    expect(findDates('Uke 18 – 5. mai 2022').map((d) => d.day)).toEqual([5]);
  });
});

describe('iso', () => {
  it('pads', () => {
    expect(iso({ day: 7, month: 1, year: 2024 })).toBe('2024-01-07');
  });
});

describe('many dates on one line (past sixteen, taken spans are marked per character)', () => {
  it('finds each date and time once, where it is', () => {
    const unit = '12.03.2024 kl. 18.00 ';
    const line = unit.repeat(40);
    const dates = findDates(line);
    expect(dates.map((d) => d.index)).toEqual(Array.from({ length: 40 }, (_, i) => i * unit.length));
    expect(dates.every((d) => d.day === 12 && d.month === 3 && d.year === 2024)).toBe(true);
    const times = findTimes(line);
    expect(times.map((t) => t.start)).toEqual(Array(40).fill('18:00'));
    // A range is one time, its end not a second one (the spans the first pattern took are kept from the others).
    const ranges = findTimes('kl. 18.00-20.00 '.repeat(40));
    expect(ranges.map((t) => [t.start, t.end])).toEqual(Array(40).fill(['18:00', '20:00']));
    // "kl. 17.10" stays a time, not the 17th of October, however many came before it.
    expect(findDates(`${unit.repeat(30)}kl. 17.10`).length).toBe(30);
  });
});

describe("a year-less meeting date takes the document's year, never a clock's", () => {
  const date = (text: string) => parseDoc(text).meeting.date;
  it('"kl 2000" (eight in the evening) is no year', () => {
    // Outside set g/706: "Neste styremøte torsdag 7.jan kl 2000" made a date in the year 2000.
    expect(date('Referat fra styremøte 6. mars\n\nTilstede: Kari Nilsen, Per Olsen\n\n1. Budsjett\nNeste styremøte torsdag 7.jan kl 2000')).toBeNull();
    expect(date('Referat fra styremøte 6. mars\n\n1. Budsjett\nNeste møte klokken 2015.')).toBeNull();
  });
  it('a year elsewhere still dates it', () => {
    expect(date('Referat fra styremøte 6. mars\n\n1. Budsjett\nVi så på regnskapet for 2019 og møttes kl 2000.')).toBe('2019-03-06');
  });
});

describe('a line that dates the meeting in one sentence and points elsewhere in the next', () => {
  // Outside set g/711: the deadline's sentence made the header skip the whole line.
  const notice = (line: string) => parseDoc(`Varsel om generalforsamling 2022\n\n${line}\n\nFormell innkalling og sakspapirer sendes ut senere.`);
  it('takes the date and time of the sentence that holds the meeting', () => {
    const d = notice('Generalforsamling i borettslaget avholdes 9. juni kl. 18.00. Saker som ønskes tatt opp må være styret i hende innen 9. mai 2022.');
    expect(d.kind).toBe('innkalling');
    expect(d.meeting.date).toBe('2022-06-09');
    expect(d.meeting.start).toBe('18:00');
  });
  it("never the deadline's or the next meeting's date", () => {
    expect(notice('Saker må være styret i hende innen 9. mai 2022.').meeting.date).toBeNull();
    expect(notice('Neste møte blir 9. juni 2022. Frist for saker 1. juni 2022.').meeting.date).toBeNull();
  });
});
