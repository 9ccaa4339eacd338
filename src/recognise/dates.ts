/**
 * Norwegian dates and clock times, chrono-style: each pattern has an `extract` that turns a
 * match into a value, and `findDates` / `findTimes` run them all over a string.
 */
import calendar from '../vocab/calendar.json' with { type: 'json' };
import { alternation, latinRegExp } from '../vocab/patterns.js';

const MONTHS: Record<string, number> = calendar.months;
const WEEKDAYS: Record<string, number> = calendar.weekdays;
const MONTH_WORDS = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const WEEKDAY_WORDS = Object.keys(WEEKDAYS).join('|');

export interface FoundDate {
  day: number;
  month: number;
  /** Four-digit year, or null when the text gave none ("torsdag 7. november"). */
  year: number | null;
  weekday: number | null;
  index: number;
  end: number;
}

interface DatePattern {
  pattern: RegExp;
  extract(m: RegExpExecArray): Omit<FoundDate, 'index' | 'end' | 'weekday'> | null;
}

function fullYear(y: string | undefined): number | null {
  if (!y) return null;
  const n = Number(y);
  if (y.length === 4) return n >= 1900 && n <= 2100 ? n : null;
  if (y.length === 2) return n <= 69 ? 2000 + n : 1900 + n;
  return null;
}

function valid(day: number, month: number, year: number | null): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
  return day <= days;
}

const WEEKDAY_PREFIX = `(?:(${WEEKDAY_WORDS})(?:\\s+den)?[\\s,]+)?`;

const PATTERNS: DatePattern[] = [
  {
    // 2024-01-17
    pattern: /(?<![\d.])(\d{4})-(\d{2})-(\d{2})(?![\d])/g,
    extract: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
  {
    // 16.03.2023, 16.03.23, 2.11.20, 13. 3. 2014
    pattern: new RegExp(`${WEEKDAY_PREFIX}(?<![\\d.,/])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})(?![\\d])`, 'gi'),
    extract: (m) => ({ day: Number(m[2]), month: Number(m[3]), year: fullYear(m[4]) }),
  },
  {
    // 3.-4. mai 2022, 26.–27. september 2019, 25., 26. og 27. juni, 24. til 25. april: a meeting over days is dated by its first
    pattern: new RegExp(
      `${WEEKDAY_PREFIX}(?<![\\d.,/])(\\d{1,2})\\.\\s*(?:[-–—]|,|og|til)\\s*(?:\\d{1,2}\\.\\s*(?:,|og)\\s*){0,4}\\d{1,2}\\.?\\s*(${MONTH_WORDS})\\.?(?![a-zæøå-])(?:\\s+(\\d{4}))?`,
      'gi',
    ),
    extract: (m) => ({ day: Number(m[2]), month: MONTHS[m[3]!.toLowerCase()]!, year: fullYear(m[4]) }),
  },
  {
    // 7. november 2024, 27.august 2018, 2. September 2016, 22. okt 2012, 30. oktober
    // ("1. september-2015": a dash before the year, as a form's cell may write it.)
    pattern: new RegExp(`${WEEKDAY_PREFIX}(?<![\\d.,/])(\\d{1,2})(?:\\s?\\.)?\\s*(${MONTH_WORDS})\\.?(?![a-zæøå]|-(?!\\d{4}(?!\\d)))(?:(?:\\s+|-)(\\d{4}))?`, 'gi'),
    extract: (m) => ({ day: Number(m[2]), month: MONTHS[m[3]!.toLowerCase()]!, year: fullYear(m[4]) }),
  },
  {
    // 21/4-2011, 21/4 2011: day and month with a slash, the year in four digits after a dash or a space; not a case or
    // an archive number ("Saksnr. 24/3-12", "Arkivsak 11/12-2013").
    pattern: new RegExp(`${WEEKDAY_PREFIX}(?<![\\d.,/])(?<!(?:sak|saksnr|saksnummer|arkivsak|arkivsaksnr|ref|journalpost|jnr)\\.?:?\\s*)(\\d{1,2})\\/(\\d{1,2})[-\\s](\\d{4})(?![\\d/])`, 'gi'),
    extract: (m) => ({ day: Number(m[2]), month: Number(m[3]), year: fullYear(m[4]) }),
  },
  {
    // Torsdag 16.03 / 25.10 (no year; only with a weekday or as dd.mm followed by a non-digit)
    pattern: new RegExp(`${WEEKDAY_PREFIX}(?<![\\d.,/])(\\d{1,2})\\.(\\d{1,2})(?=\\.?(?:\\s|$|[^\\d]))(?!\\.\\d)`, 'gi'),
    extract: (m) => ({ day: Number(m[2]), month: Number(m[3]), year: null }),
  },
];

const AFTER_KL = /\b(?:kl|klokka|klokken)\b\.?:?\s*$/i;
/**
 * "§1.1", "punkt 2.3", "kapittel 4.1", "versjon 2.3": a numbered part of a text, not the first of January or the second
 * of March. Only numbers of one or two digits ("3.1", "3.1.12"; "Tidspunkt 14.03.2024" is a date), after one of the
 * whole words of calendar.json partWords ("delpunkt", not "høydepunkt"; not "saker": "Frist … saker 14.3."). Tested on the 24
 * characters before the date.
 */
const AFTER_SECTION_WORD = latinRegExp(
  `(?:§|(?<![\\p{L}])(?:${alternation(calendar.partWords)})\\.?)\\s*$`,
  'i',
);
const isPartNumber = (s: string): boolean => /^\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?$/.test(s.trim());

/**
 * The spans of a text that earlier matches took. A line holds a few; a megabyte line of dates holds tens of thousands,
 * and testing each new match against every earlier one was quadratic: past a few spans, they are marked per character.
 */
class TakenSpans {
  private readonly spans: Array<[number, number]> = [];
  private covered: Uint8Array | null = null;
  constructor(private readonly length: number) {}
  overlaps(start: number, end: number): boolean {
    if (this.covered) {
      for (let i = start; i < end; i++) if (this.covered[i]) return true;
      return false;
    }
    return this.spans.some(([a, b]) => start < b && end > a);
  }
  add(start: number, end: number): void {
    if (this.covered) {
      this.covered.fill(1, start, end);
      return;
    }
    this.spans.push([start, end]);
    if (this.spans.length > 16) {
      this.covered = new Uint8Array(this.length);
      for (const [a, b] of this.spans) this.covered.fill(1, a, b);
    }
  }
}

export function findDates(text: string): FoundDate[] {
  // Every date pattern has a digit: most lines have none.
  if (!/\d/.test(text)) return [];
  const found: FoundDate[] = [];
  const taken = new TakenSpans(text.length);
  for (const { pattern, extract } of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.overlaps(start, end)) continue;
      // "kl. 17.10" is ten past five, not the 17th of October.
      if (start > 0 && AFTER_KL.test(text.slice(Math.max(0, start - 12), start))) continue;
      if (isPartNumber(m[0]) && AFTER_SECTION_WORD.test(text.slice(Math.max(0, start - 24), start))) continue;
      const v = extract(m);
      if (!v || !valid(v.day, v.month, v.year)) continue;
      const wd = m[1] && /^\D/.test(m[1]) ? WEEKDAYS[m[1].toLowerCase()] : undefined;
      found.push({ ...v, weekday: wd ?? null, index: start, end });
      taken.add(start, end);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

export function iso(d: { day: number; month: number; year: number }): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** The year that makes a year-less date fall on its weekday, nearest to `near`. */
export function yearFor(d: FoundDate, near: number | null): number | null {
  if (d.year) return d.year;
  // No year anywhere in the document: none is guessed (the year of the run would be a guess that looks like a fact).
  if (d.weekday !== null && near !== null) {
    const base = near;
    for (const delta of [0, -1, 1, -2, 2, -3, 3]) {
      const y = base + delta;
      if (new Date(Date.UTC(y, d.month - 1, d.day)).getUTCDay() === d.weekday) return y;
    }
  }
  return near;
}

export interface FoundTime {
  start: string;
  end: string | null;
  index: number;
  /** Just after the time in the text. */
  after: number;
}

const HHMM = String.raw`([01]?\d|2[0-3])(?:[.:]([0-5]\d))?(?::[0-5]\d)?`;
/** "kl. 09.00 – 11.00", "kl 12:00-13:00", "kl.12", "kl. 19", "KL.: 14:00", "fra 18 til 20" */
const KL_RANGE = new RegExp(String.raw`\b(?:kl|klokka|klokken)\b\.?:?\s*${HHMM}(?:\s*(?:[-–—]\s*(?:til\s*)?|til)\s*(?:kl\.?\s*)?${HHMM})?(?![\d])`, 'gi');
/** "kl. 0930-1430", "kl. 1830", "klokken 1000 – 1130": four digits without a separator, only after "kl". */
const KL_COMPACT = new RegExp(String.raw`\b(?:kl|klokka|klokken)\b\.?:?\s*([01]\d|2[0-3])([0-5]\d)(?:\s*(?:[-–—]\s*(?:til\s*)?|til)\s*(?:kl\.?\s*)?([01]\d|2[0-3])([0-5]\d))?(?!\d)`, 'gi');
/** "09:00 - 21:00", "16:15", "19:30" — needs a colon (or two-part dots in a range) to be a time. */
const BARE = new RegExp(String.raw`(?<![\d.:/])([01]?\d|2[0-3])[:]([0-5]\d)(?::[0-5]\d)?(?:\s*(?:[-–—]|til)\s*([01]?\d|2[0-3])[:.]([0-5]\d))?(?![\d.:]\d)`, 'g');
const DOTTED_RANGE = new RegExp(String.raw`(?<![\d.:/])([01]?\d|2[0-3])\.([0-5]\d)\s*[-–—]\s*([01]?\d|2[0-3])\.([0-5]\d)(?![\d])`, 'g');

const clock = (h: string, m: string | undefined): string => `${h.padStart(2, '0')}:${m ?? '00'}`;

export function findTimes(text: string): FoundTime[] {
  if (!/\d/.test(text)) return [];
  const out: FoundTime[] = [];
  const taken = new TakenSpans(text.length);
  const add = (start: string, end: string | null, index: number, length: number): void => {
    if (taken.overlaps(index, index + length)) return;
    taken.add(index, index + length);
    out.push({ start, end, index, after: index + length });
  };
  KL_COMPACT.lastIndex = 0;
  for (let m = KL_COMPACT.exec(text); m; m = KL_COMPACT.exec(text)) {
    add(clock(m[1]!, m[2]), m[3] ? clock(m[3], m[4]) : null, m.index, m[0].length);
  }
  KL_RANGE.lastIndex = 0;
  for (let m = KL_RANGE.exec(text); m; m = KL_RANGE.exec(text)) {
    add(clock(m[1]!, m[2]), m[3] ? clock(m[3], m[4]) : null, m.index, m[0].length);
  }
  DOTTED_RANGE.lastIndex = 0;
  for (let m = DOTTED_RANGE.exec(text); m; m = DOTTED_RANGE.exec(text)) {
    add(clock(m[1]!, m[2]), clock(m[3]!, m[4]), m.index, m[0].length);
  }
  BARE.lastIndex = 0;
  for (let m = BARE.exec(text); m; m = BARE.exec(text)) {
    add(clock(m[1]!, m[2]), m[3] ? clock(m[3], m[4]) : null, m.index, m[0].length);
  }
  return out.sort((a, b) => a.index - b.index);
}
