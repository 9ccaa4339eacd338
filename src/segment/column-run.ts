/**
 * A case list's table flattened column by column. A PDF transcript of a council's notice (docplayer) may give the
 * first rows of its case table as the column of numbers, then the column of titles: "Sakliste PS 41/14 PS 42/14 PS
 * 43/14 Innhald Godkjenning av møteinnkalling Godkjenning av møtebok forrige møte Godkjenning av sakliste Utvalssaknr
 * Arkivsaknr PS 44/14 Fylkesrådmannens forslag …". Each number gets its title back when the titles part as many times
 * as there are numbers: where a capitalised word follows a small letter, a digit or a bracket. Otherwise (a title with
 * a name in it, "… - Morten Brekk") the run is not read: no title is better than another case's.
 */
import itemWords from '../vocab/items.json' with { type: 'json' };
import { alternation, latinRegExp } from '../vocab/patterns.js';

export interface ColumnRun {
  /** Where the run starts and ends in the raw line (its numbers, the words of the table's head, its titles). */
  start: number;
  end: number;
  /** The case numbers as written ("PS 41/14"), in order. */
  numbers: string[];
  /** Their titles, in the same order; null when the titles could not be parted. */
  titles: string[] | null;
}

const CASE_NUMBER = String.raw`(?:PS|RS|Sak|SAK)\s*\d{1,3}\/\d{2,4}`;
/** Two or more case numbers with nothing between them. */
const NUMBERS = latinRegExp(String.raw`(?<![\p{L}\d\/])((?:${CASE_NUMBER}\s+){2,})`, 'g');
const ONE_NUMBER = latinRegExp(CASE_NUMBER, 'g');
const NEXT_NUMBER = latinRegExp(String.raw`(?<![\p{L}\d\/])${CASE_NUMBER}(?![\d\/])`, 'g');
/** The column heads of a case table ("Innhald", "Utvalssaknr", "Arkivsaknr", "Lukket"): no part of a title. */
const HEADS = latinRegExp(`(?<![\\p{L}])(?:${alternation(itemWords.caseTableHeads)})(?![\\p{L}])`, 'gi');
/** An archive number ("2014/558", "/557") at the end of the titles. (Not a number alone: "Tertialrapport 2" keeps it.) */
const TAIL = /(?:\s+(?:\d{4})?\/\d{1,6})+\s*$/;
/** Where one title ends and the next begins: a capitalised word after small letters, a number or a bracket. */
const TITLE_BREAK = latinRegExp(String.raw`(?<=[\p{Ll}\d)])\s+(?=\p{Lu}\p{Ll})`, 'g');
/**
 * A title does not end in a word that needs one after it ("Samarbeid med NAV Tilskudd til" / "Lia IL": a name took a
 * break, an acronym hid one, and the count came out right by chance): such a parting is none.
 */
const OPEN_END = latinRegExp(`(?<![\\p{L}])(?:${alternation(itemWords.openWords)})$`, 'i');

/** The column runs in a raw line, in order. */
export function columnRuns(raw: string): ColumnRun[] {
  if (!raw.includes('/')) return [];
  const runs: ColumnRun[] = [];
  NUMBERS.lastIndex = 0;
  for (let m = NUMBERS.exec(raw); m; m = NUMBERS.exec(raw)) {
    const numbers = m[1]!.match(ONE_NUMBER)!.map((n) => n.replace(/\s+/g, ' ').replace(/^(PS|RS|Sak|SAK)(\d)/, '$1 $2'));
    const from = m.index + m[0].length;
    NEXT_NUMBER.lastIndex = from;
    const next = NEXT_NUMBER.exec(raw);
    const end = next ? next.index : raw.length;
    runs.push({ start: m.index, end, numbers, titles: titlesOf(raw.slice(from, end), numbers.length) });
    NUMBERS.lastIndex = end;
  }
  return runs;
}

function titlesOf(text: string, count: number): string[] | null {
  const cleaned = text.replace(HEADS, ' ').replace(/\s+/g, ' ').trim().replace(TAIL, '');
  if (!cleaned) return null;
  const titles = cleaned.split(TITLE_BREAK).map((t) => t.trim()).filter(Boolean);
  return titles.length === count && !titles.some((t) => OPEN_END.test(t)) ? titles : null;
}
