/**
 * segment: flattened lines back into lines. PDF transcripts (docplayer and the like) often hold a whole page on one
 * line: "1 MØTEBOK STYREMØTE Tid: Fredag 4. april 2014 kl 10:00 Sted: Rådhuset Tilstede: Kari Nordmann, Ola Hansen
 * Forfall: Lise Dahl SAK 29/14 GODKJENNING AV INNKALLING Innkallingen ble godkjent. SAK 30/14 …". The recognisers
 * read a label or an item number at the start of a line, so such a line is cut, where a long line shows the marks
 * of a page of fields and items, into parts that are lines of their own: before a capitalised field label with
 * its colon ("Sted:", "Tilstede:", "Vedtak:"), before a case number ("SAK 30/14", "PS 12/24", or a run of
 * "19/13 … 20/13 …" with one year), before a run of "1. … 2. … 3. …", and after the page number a page starts with.
 * Each part keeps its line number and its offset in the line (`Line.start`), so positions still point into the input.
 */
import { columnRuns } from './column-run.js';
import { alternation, ARCHIVE_NUMBER, CASE_TITLE_GAP, latinRegExp, PART_CASE, S_CASE_NUMBER, startsUpper } from '../vocab/patterns.js';
import labels from '../vocab/labels.json' with { type: 'json' };
import decisions from '../vocab/decisions.json' with { type: 'json' };
import itemWords from '../vocab/items.json' with { type: 'json' };
import calendar from '../vocab/calendar.json' with { type: 'json' };
import people from '../vocab/people.json' with { type: 'json' };
import { opensPresenceMark } from '../vocab/presence-marks.js';
import { inputLine, type Line } from './line.js';
import { lineOf } from './lines.js';

/** Shorter lines are left alone: a paragraph may well mention "Sak 3" or hold "kl. 10: …". */
export const FLAT_MIN = 200;

/**
 * A word as a document writes it where it opens a field or an item: capitalised ("Tilstede") or all capitals
 * ("TIL STEDE"), as an alternation (spaces stretch). The case is set before escaping: an escape such as \s must stay
 * lower case.
 */
const asWritten = (words: readonly string[]): string => alternation(words.flatMap((w) => [`${w[0]!.toUpperCase()}${w.slice(1)}`, w.toUpperCase()]));
const fieldWords = Object.values(labels.fields).flat();
const attendanceWords = Object.values(labels.attendance).flat();
/** "Referent / sekretær": the word after a slash at a label's end. */
const SLASH_WORD_AT_END = latinRegExp(String.raw`\s*\/\s*\p{L}+\s*$`);

/**
 * A label as a document writes it at the start of a field, then a colon. The first letter is matched
 * case-sensitively so that a colon in running text ("… avklare tid: …") does not cut.
 */
const LABEL = latinRegExp(
  `(?<=\\s)(?:${asWritten([...fieldWords, ...attendanceWords, ...decisions.labels, ...decisions.proposalLabels, ...decisions.voteLabels, ...decisions.documentLabels])})(?:\\s*\\/\\s*\\p{L}+)?\\s*:`,
  'g',
);
/**
 * "Varamedlemmer:", "Til stede på møtet Medlemmer:": a group of a list of people, after the list's label without its
 * colon when there is one (a flattened form's two cells). Cut before them: the part reads as the label it is.
 */
const LABEL_THEN_GROUP = latinRegExp(
  `(?<=\\s)(?:(?:${asWritten(labels.attendance.present)})(?:\\s+(?:på|i)\\s+møtet)?\\s+)?(?:${asWritten(people.officials.subgroupWords)})\\s*:`,
  'g',
);
/** "Tilstede fra administrasjonen:", "Møtt frå kommunen:": a list's label and whom the list is from, then the colon. */
const LABEL_FROM = latinRegExp(`(?<=\\s)(?:${asWritten(labels.attendance.present)})\\s+(?:fra|frå)\\s+\\p{L}+(?:\\s+\\p{L}+)?\\s*:`, 'g');
/**
 * "SAKSLISTE", "Dagsorden": the agenda's heading, with or without a colon. Not inside a title ("GODKJENNING AV
 * INNKALLING OG SAKLISTE", "Godkjenning av saksliste"): never after "og", "av", "til", "for".
 */
const SECTION = latinRegExp(`(?<=\\s)(?<!(?:^|\\s)(?:og|OG|av|AV|til|TIL|for|FOR)\\s{1,3})(?:${asWritten(labels.sections)})(?=\\s*:|\\s+\\p{Lu}|\\s+\\d)`, 'g');
/**
 * "… (gjord til vedtakssak) Informasjonssaker S 8.1/07 …": a part of the agenda (items.json sections) before its
 * first case number (cut where the numbering starts again: cutsOf); never right after a case number, whose title it
 * is ("PS 29/14 Referatsaker PS 30/14 …"), nor in a column of titles ("… Skjørholm Referatsaker Søknad om …").
 */
const ITEM_SECTION = latinRegExp(`(?<=[^\\d\\s]\\s{1,3})(?:${asWritten(itemWords.sections)})(?=\\s+(?:(?:${asWritten(itemWords.numberPrefixes)})\\.?|S)\\s*\\d)`, 'g');
/** "SAK 29/14", "Sak 3:", "PS 12/24", "V-SAK 2": a case number that opens an item (the prefixes items.ts reads, items.json). */
const MARKER = asWritten(itemWords.numberPrefixes);
const CASE = latinRegExp(`(?<=\\s)(?:${MARKER})\\.?(?:\\s+|(?=\\d))(?:\\p{Lu}{2,5}\\s+(?=\\d{1,4}\\s*\\/))?\\d{1,4}(?:(?:[./]\\d{1,2})?\\s*\\/\\s*\\d{2,4})?(?=${CASE_TITLE_GAP}(?!(?:${MARKER})\\b)[\\p{Lu}\\d«"])`, 'g');
/** "S 7.1/07 Rekneskap": a decision case with its meeting's number and year (items.ts S_CASE_RE), capital S alone. */
const S_CASE = latinRegExp(`(?<=\\s)${S_CASE_NUMBER}(?=${CASE_TITLE_GAP}[\\p{Lu}«"])`, 'g');
/** Whether case number `b` starts a new count after `a`: a lower or equal number, or another part ("S 7.5/07", "S 8.1/07"). */
function startsAgain(a: string, b: string): boolean {
  const parts = (n: string): [string, number] => {
    const m = PART_CASE.exec(n) ?? /()(\d+)/.exec(n);
    return [m?.[1] ?? '', Number(m?.[2])];
  };
  const [pa, va] = parts(a);
  const [pb, vb] = parts(b);
  return pa !== pb || vb <= va;
}
/** The archive's case number, if any, after an item's case number (patterns.ts ARCHIVE_NUMBER). */
const ARCHIVE_REF = `(?:\\s+${ARCHIVE_NUMBER})?`;
/** "19/13 ÅRSMØTE …": a bare case number before a capitalised title; counted only in a run with one year. */
const BARE_CASE = latinRegExp(`(?<=\\s)(\\d{1,4})\\/(\\d{2,4})(?=${ARCHIVE_REF}\\s+(?!(?:${MARKER})\\b)\\p{Lu})`, 'g');
/**
 * Within 120 characters of a case number: a word ending in a letter, then a capitalised word and two lowercase
 * ones — the start of a sentence after the title. Not after punctuation ("Rapport; Oppfølging og etterlevelse"), nor
 * after a word no title ends with ("Nedleggelse av Bachelor i ingeniørfag …", "Understruktur ved Avdeling for …").
 */
const SENTENCE_AFTER_TITLE = latinRegExp(
  String.raw`[^\n]{1,120}?\p{Ll}(?<!(?:^|\s)(?:${alternation(itemWords.openWords)}))\s+(?=\p{Lu}\p{Ll}+\s+\p{Ll}+\s+\p{Ll}+)`,
  'y',
);
const AFTER_MARKER = latinRegExp(`(?:${MARKER})\\.?\\s+(?:\\p{Lu}{2,5}\\s+)?$`, '');
/** After a case number, a title in capitals and then the item's text: "SAK 29/14 GODKJENNING AV INNKALLING Innkallingen …". */
const CAPITALS_TITLE = latinRegExp(String.raw`\s*[:.-]?\s*(?:[\p{Lu}\d][^\s\p{Ll}]*\s+){2,20}(?=\p{Lu}\p{Ll})`, 'y');
/** "1. Godkjenning … 2. Valg …": counted only in a run of consecutive numbers. */
const ENUMERATED = latinRegExp(String.raw`(?<=\s)(\d{1,2})\.\s+(?=\p{Lu})`, 'g');
/** "4.1. AU - Arbeidsutvalget 4.2. UK …": the points of a numbered item, numbered within it. */
const SUB_ENUMERATED = latinRegExp(String.raw`(?<=\s)(\d{1,2})\.(\d{1,2})\.?\s+(?=\p{Lu})`, 'g');
/** The page number a PDF transcript starts each page with ("2 19/13 Årsmøte …"). */
const PAGE_NUMBER = latinRegExp(String.raw`^\s*(\d{1,3})\s+(?=[\p{Lu}\d])`, '');
/**
 * A case number opening a page. (Not a title in capitals: items numbered 1, 2 … over flattened paragraphs in capitals
 * read just like pages numbered 1, 2 …; from 21ec822 to the eighth review the pattern took those too, and lost the items.)
 */
const PAGE_TOP = /^\d{1,4}\/\d{2,4}\s/;
/** "Side 1 av 5": a page footer, a line of its own. */
const PAGE_FOOTER = new RegExp(`(?<=\\s)(?:${asWritten(calendar.pageFooter)})\\s+\\d+\\s+(?:av|of)\\s+\\d+`, 'g');

/**
 * A table of people flattened onto the line ("Namn Funksjon Representerer Tove-Lise Torve Leiar AP Per Vidar Klee
 * Kjølmoen Nestleiar AP …"): its header, two or more column names as a document writes them.
 */
const HEADER_WORD = asWritten(people.tableHeaders);
// The list's own word may head the name column ("Møtedeltakarar Parti Rolle").
const TABLE_HEADER = latinRegExp(`(?<=\\s)(?:(?:${asWritten(people.tableListWords)})\\s+)?(?:${HEADER_WORD})(?:\\s+(?:${HEADER_WORD})){1,5}(?=\\s+\\p{Lu})`, 'g');
/** Column names whose values are a role or a title, and those whose values are a party or an organisation. */
const ROLE_COLUMNS = new Set(people.tableColumns.role);
const ORG_COLUMNS = new Set(people.tableColumns.organisation);
/** One-word roles and titles: where a row's name ends. */
const ROLE_WORDS = new Set([...Object.values(people.roles).flat(), ...people.titles].filter((w) => !/\s/.test(w)).map((w) => w.toLowerCase()));
/** Compounds of them ("Utvalsleiar", "Programansvarleg", "Kommunalsjef"). */
const ROLE_ENDING = new RegExp(`(?:${alternation(people.roleEndings)})$`);
const isRoleWord = (token: string): boolean => {
  const w = token.toLowerCase().replace(/[.,]$/, '');
  return ROLE_WORDS.has(w) || (w.length >= 8 && ROLE_ENDING.test(w));
};
/** "AP", "FRP", "KrF", "H": a short word in capitals, as parties and organisations are abbreviated. */
const isCode = (token: string): boolean => token.length <= 6 && (token === token.toUpperCase() || (token.match(/[A-ZÆØÅ]/g)?.length ?? 0) >= 2);
/** The most tokens a row's name and values take before its role: past that, the table has ended. */
const ROW_MAX = 8;

/** The columns of a table of people: where its role column stands, and whether an organisation follows it. */
export interface TableColumns {
  orgAfterRole: boolean;
}

/** The columns a header names, or null when it has no role column (then rows cannot be told apart). */
function tableColumns(header: string): TableColumns | null {
  const columns = header.toLowerCase().split(/\s+/);
  const role = columns.findIndex((c) => ROLE_COLUMNS.has(c));
  return role < 0 ? null : { orgAfterRole: columns.slice(role + 1).some((c) => ORG_COLUMNS.has(c)) };
}

/**
 * The rows of a flattened table of people from `from` on: a row is a name (two words at least), its role, and the
 * organisation when that column follows the role's; words not capitalised after it (a note: "forfall 19.4", a dash)
 * stay with it. The role words mark each row's end; the table ends at the first stretch of ROW_MAX words without
 * one, at a label, or at `until` — then it may go on on the next page (`open`).
 */
function tableRows(raw: string, from: number, until: number, columns: TableColumns): { rows: number[]; open: boolean } {
  const rows: number[] = [];
  const token = /\S+/g;
  token.lastIndex = from;
  let rowStart = -1;
  let words = 0;
  let state: 'name' | 'org' | 'note' = 'name';
  let capitalsTable = false;
  for (let m = token.exec(raw); m && m.index < until; m = token.exec(raw)) {
    const t = m[0];
    if (t.endsWith(':')) return { rows, open: false };
    if (state === 'note') {
      // After the role: a note in lower case, a presence mark, or an organisation's code the header has no column for
      // ("Nestleder BKL Møtt"); a name in capitals opens the next row ("AP KARI NORDMANN …" is a table in capitals).
      // A code is in capitals only ("BKL", "AP"): "K." is an initial, "Eva-Li" a name.
      if (!startsUpper(t) || opensPresenceMark(t) || (!capitalsTable && isCode(t) && t === t.toUpperCase() && !t.endsWith('.'))) continue;
      state = 'name';
    }
    if (state === 'org') {
      state = 'note';
      // A party or organisation code ("AP", "KrF", "H"); a row without one goes straight on to the next name.
      if (isCode(t)) continue;
      state = 'name';
    }
    if (rowStart < 0) {
      if (!startsUpper(t)) return { rows, open: false };
      rowStart = m.index;
      words = 0;
      if (rows.length === 0) capitalsTable = t.length > 1 && t === t.toUpperCase();
    }
    if (words >= 2 && isRoleWord(t)) {
      rows.push(rowStart);
      rowStart = -1;
      state = columns.orgAfterRole ? 'org' : 'note';
      continue;
    }
    if (++words > ROW_MAX) return { rows, open: false };
  }
  return { rows, open: rows.length > 0 && rowStart < 0 };
}

/**
 * A cheap first look: a flattened page holds two colons, a case number, a run of "1. … 2. …" or a table's role
 * column. A long paragraph of prose holds none, and then the cutting patterns (large ones: every label) are not
 * even compiled — that compile was ~8 ms of a cold `referat parse` of a document with long paragraphs.
 */
/** A role column's name as a header writes it ("Funksjon", "ROLLE"): a plain alternation, cheap to compile. */
const ROLE_COLUMN_WORD = new RegExp(`\\s(?:${asWritten(people.tableColumns.role)})\\s`);

function mayBeFlat(raw: string): boolean {
  const colon = raw.indexOf(':');
  if (colon >= 0 && raw.indexOf(':', colon + 1) >= 0) return true;
  if (/\d\/\d{2}/.test(raw)) return true;
  // A table of people's header names a role column (tableRows reads rows only under one).
  if (ROLE_COLUMN_WORD.test(raw)) return true;
  const enumerated = /\s\d{1,2}\.\s+[A-ZÆØÅ]/g;
  return !!enumerated.exec(raw) && !!enumerated.exec(raw);
}

/** A table of people across flattened pages: the one the last page ended in, where this page's text starts, and the one this page ends in. */
export interface FlatTable {
  carried?: TableColumns;
  from?: number;
  open?: TableColumns;
}

/** Where a flattened line is cut: offsets in `raw`, sorted, each opening a part. */
export function cutsOf(raw: string, table: FlatTable = {}): number[] {
  const cuts = new Set<number>();
  const sentenceStarts: number[] = [];
  for (const re of [LABEL, LABEL_THEN_GROUP, LABEL_FROM, SECTION, PAGE_FOOTER]) for (const m of raw.matchAll(re)) cuts.add(m.index!);
  const fields = [...cuts].sort((a, b) => a - b);
  const until = (at: number): number => fields.find((c) => c > at) ?? raw.length;
  // A table the last page ended in goes on where this one starts (after its page number).
  table.open = undefined;
  if (table.carried) {
    const from = table.from ?? 0;
    const { rows, open } = tableRows(raw, from, until(from), table.carried);
    // Its first row starts the page anyway: cut before the others.
    for (const at of rows.slice(1)) cuts.add(at);
    if (open && until(from) === raw.length) table.open = table.carried;
  }
  const headers = [...raw.matchAll(TABLE_HEADER)];
  for (let k = 0; k < headers.length; k++) {
    const h = headers[k]!;
    const columns = tableColumns(h[0]);
    if (!columns) continue;
    // A table ends at the next field or the next table's header: each stretch is read once (linear in the line).
    const end = Math.min(until(h.index!), headers[k + 1]?.index ?? raw.length);
    const { rows, open } = tableRows(raw, h.index! + h[0].length, end, columns);
    // The header is cut off only when rows follow it.
    if (rows.length) for (const at of [h.index!, ...rows]) cuts.add(at);
    if (open && end === raw.length) table.open = columns;
  }
  const caseAt = (m: RegExpMatchArray): void => {
    cuts.add(m.index!);
    // Sticky, from where the number ends: no copy of the rest of the line per case number.
    CAPITALS_TITLE.lastIndex = m.index! + m[0].length;
    const title = CAPITALS_TITLE.exec(raw);
    if (title) cuts.add(CAPITALS_TITLE.lastIndex);
    // A title in ordinary case ends where a sentence starts ("09/2016 Åpen post Vær oppmerksom på at …").
    else {
      SENTENCE_AFTER_TITLE.lastIndex = m.index! + m[0].length;
      const sentence = SENTENCE_AFTER_TITLE.exec(raw);
      if (sentence) sentenceStarts.push(sentence.index + sentence[0].length);
    }
  };
  const caseNumbers = [...raw.matchAll(CASE), ...raw.matchAll(S_CASE)].sort((a, b) => a.index! - b.index!);
  for (const m of caseNumbers) caseAt(m);
  // A part of the agenda opens where the numbering starts again ("S 7.5/07 … Informasjonssaker S 8.1/07"), or before
  // the first case; otherwise the word ends the case title before it ("PS 3/24 Meldinger - Referatsaker PS 4/24").
  // Both in order: one walk (a find per word was quadratic over a long line).
  let c = 0;
  for (const m of raw.matchAll(ITEM_SECTION)) {
    while (c < caseNumbers.length && caseNumbers[c]!.index! < m.index!) c++;
    const next = caseNumbers[c];
    const prev = caseNumbers[c - 1];
    if (next && (!prev || startsAgain(prev[0], next[0]))) cuts.add(m.index!);
  }
  // Bare case numbers and enumerations only where they run: one number alone is as likely a date or an amount.
  // (Not the number of a "SAK 29/14": looked back at in code, as a look-behind over \s+ would rescan every space run.)
  const bare = [...raw.matchAll(BARE_CASE)].filter((m) => !AFTER_MARKER.test(raw.slice(Math.max(0, m.index! - 24), m.index)));
  const perYear = new Map<string, number>();
  for (const m of bare) perYear.set(m[2]!, (perYear.get(m[2]!) ?? 0) + 1);
  const years = new Set<string>();
  for (const m of bare) {
    if (perYear.get(m[2]!)! < 2) continue;
    caseAt(m);
    years.add(m[2]!);
  }
  // In such a run, a number the export lost ("møte /2016 Årsmelding") still opens an item.
  for (const y of years) for (const m of raw.matchAll(latinRegExp(`(?<=\\s)\\/${y}(?=${ARCHIVE_REF}\\s+\\p{Lu})`, 'g'))) cuts.add(m.index!);
  // Points numbered within an item where two run on (4.1., 4.2.), as enumerations are.
  const sub = [...raw.matchAll(SUB_ENUMERATED)];
  for (let i = 0; i < sub.length; i++) {
    const [a, b] = [sub[i - 1], sub[i + 1]];
    const here = sub[i]!;
    const follows = (x: RegExpMatchArray | undefined, y: RegExpMatchArray): boolean => !!x && x[1] === y[1] && Number(y[2]) === Number(x[2]) + 1;
    if (follows(a, here) || (b && follows(here, b))) cuts.add(here.index!);
  }
  const enumerated = [...raw.matchAll(ENUMERATED)];
  for (let i = 0; i < enumerated.length; i++) {
    const n = Number(enumerated[i]![1]);
    const prev = i > 0 ? Number(enumerated[i - 1]![1]) : NaN;
    const next = i + 1 < enumerated.length ? Number(enumerated[i + 1]![1]) : NaN;
    if (prev === n - 1 || next === n + 1) cuts.add(enumerated[i]!.index!);
  }
  // A sentence start cuts only where the item's text starts, not the rest of a title that names a place or a
  // subject ("Plan for forvaltningsrevisjon for Frøya kommune for 2009", "Forum for kontroll og tilsyn Eventuelt
  // medlemskap for kontrollutvalget"): text runs on to a full stop or for a while; in an agenda the next case
  // number follows within a few words. Both lists sorted, one walk.
  const sorted = [...cuts].sort((a, b) => a - b);
  let next = 0;
  for (const at of sentenceStarts.sort((a, b) => a - b)) {
    while (next < sorted.length && sorted[next]! <= at) next++;
    const part = raw.slice(at, Math.min(sorted[next] ?? raw.length, at + TEXT_MIN));
    if (part.length >= TEXT_MIN || /[.!?](?:\s|$)/.test(part)) cuts.add(at);
  }
  // A case table flattened column by column ("PS 41/14 PS 42/14 Innhald Godkjenning … Godkjenning …"): one part, from
  // its first number, whose titles items.ts gives back to the numbers.
  const runs = columnRuns(raw).filter((r) => r.titles);
  for (const r of runs) cuts.add(r.start);
  const inside = (c: number): boolean => runs.some((r) => c > r.start && c < r.end);
  return [...cuts].filter((c) => c > 0 && !inside(c)).sort((a, b) => a - b);
}
/**
 * The field and attendance labels, lower-cased, for the shorter lines: looked up word by word before each colon (a
 * pattern of them all would be compiled for nearly every document). Not the decision labels: an action's "Ansvar:"
 * stays on its line.
 */
const HEADER_LABELS = new Set([...fieldWords, ...attendanceWords].map((w) => w.toLowerCase()));

/** Where the label that ends at `colon` starts (one to four words, capitalised as a label is), or -1. */
function labelBefore(raw: string, colon: number, from: number): number {
  const words = raw.slice(from, colon).replace(SLASH_WORD_AT_END, '').trimEnd();
  let at = words.length;
  for (let k = 0; k < 4; k++) {
    const space = words.lastIndexOf(' ', at - 1);
    at = space + 1;
    const label = words.slice(at);
    if (startsUpper(label) && HEADER_LABELS.has(label.toLowerCase().replace(/\s+/g, ' '))) return from + at;
    if (space < 0) break;
    at = space;
  }
  return -1;
}

/** Where a line shorter than FLAT_MIN is cut: a run of header fields, or an agenda line holding several items. */
function shortLineCuts(raw: string): number[] {
  if (raw.length >= FLAT_MIN) return [];
  const colon = raw.indexOf(':');
  const fields = colon >= 0 && raw.indexOf(':', colon + 1) >= 0;
  // "Sted: Baker Hansens lokaler, Tid: Fra kl. 16.30 til kl. 18.00, Til stede: Arild Kjerschow, …": each field a line,
  // when the line opens with a label and a label ends at a later colon (after a space, a comma or a semicolon).
  const start = raw.length - raw.trimStart().length;
  if (fields && labelBefore(raw, colon, start) === start) {
    const cuts: number[] = [];
    for (let c = raw.indexOf(':', colon + 1); c >= 0; c = raw.indexOf(':', c + 1)) {
      const at = labelBefore(raw, c, start);
      if (at > start && /[\s,;]/.test(raw[at - 1]!)) cuts.push(at);
    }
    if (cuts.length) return cuts;
  }
  if (!MAY_OPEN_WITH_CASE.test(raw)) return [];
  // A case table flattened column by column on a shorter line ("PS 1/24 PS 2/24 Innhald … PS 3/24 Eventuelt"): cut only
  // after the run, whose titles items.ts gives back to its numbers.
  const run = columnRuns(raw).find((r) => r.titles && raw.slice(0, r.start).trim() === '');
  const cuts = agendaRunCuts(raw);
  return run ? cuts.filter((c) => c >= run.end) : cuts;
}

/** A line that may open with a case number ("Sak 70/19", "PS 12/24", "V-SAK 2"), tested before OPENS_WITH_CASE. */
const MAY_OPEN_WITH_CASE = /^\s*[A-Za-zÆØÅæøå-]{1,9}\.?\s*\d[^]*\d/;
const OPENS_WITH_CASE = latinRegExp(`^(?:${MARKER})\\.?\\s+(?:\\p{Lu}{2,5}\\s+)?(\\d{1,4})`, '');

/**
 * A shorter line of an agenda that holds several items ("Sak 70/19 Datoer for rådsmøter Sak 71/19 Regnskapsrapport
 * Sak 72/19 Budsjett 2020"): cut before each case number after the first whose number is higher (a later case, not
 * one the title refers to).
 */
function agendaRunCuts(raw: string): number[] {
  const first = OPENS_WITH_CASE.exec(raw);
  if (!first) return [];
  const cuts: number[] = [];
  let last = Number(first[1]);
  for (const m of raw.matchAll(CASE)) {
    const n = Number(/\d+/.exec(m[0])?.[0]);
    if (n > last) {
      cuts.push(m.index!);
      last = n;
    }
  }
  return cuts;
}

/** The least a part that is not a title's rest runs for without a full stop: past the longest title tails seen (~45). */
const TEXT_MIN = 80;

/**
 * Lines, with each flattened line (at least FLAT_MIN characters, with somewhere to cut) replaced by its parts. The
 * same array when nothing was cut.
 */
export function reflow(lines: Line[]): Line[] {
  let out: Line[] | null = null;
  let page = 0;
  // A table of people the last flattened page ended in (blank lines between pages keep it).
  const table: FlatTable = {};
  let carried: TableColumns | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const flat = line.raw.length >= FLAT_MIN && !line.code;
    const next = carried && flat ? PAGE_NUMBER.exec(line.raw) : null;
    table.carried = next && Number(next[1]) === page + 1 ? carried : undefined;
    table.from = next?.[0].length;
    const cuts = flat && (table.carried || mayBeFlat(line.raw)) ? cutsOf(line.raw, table) : line.code ? [] : shortLineCuts(line.raw);
    if (!line.blank) carried = cuts.length ? table.open : undefined;
    if (cuts.length === 0) {
      out?.push(line);
      continue;
    }
    out ??= lines.slice(0, i);
    // A page's own number is layout: the first part starts after it, when it counts the pages (1, then 2 …).
    let from = 0;
    const p = PAGE_NUMBER.exec(line.raw);
    // Only where a page starts: a title in capitals, a case number, or a line of many fields and items. A long
    // paragraph that opens with its item's number ("1 Godkjenning av innkalling. …") keeps it.
    const pageTop = !!p && (cuts.length >= 3 || PAGE_TOP.test(line.raw.slice(p[0].length, p[0].length + 24)));
    if (p && pageTop && (Number(p[1]) === page + 1 || Number(p[1]) === 1)) {
      page = Number(p[1]);
      from = p[0].length;
    }
    const bounds = [from, ...cuts.filter((c) => c > from), line.raw.length];
    for (let k = 0; k + 1 < bounds.length; k++) {
      // A comma or semicolon before a cut separated the parts ("Sted: Rådhuset, Tid: kl. 18"): it is no part of the value.
      const text = line.raw.slice(bounds[k], bounds[k + 1]).trimEnd();
      const part = lineOf(k + 2 < bounds.length && /[,;]$/.test(text) ? text.slice(0, -1).trimEnd() : text, line.n);
      if (part.blank) continue;
      part.start = bounds[k];
      out.push(part);
    }
  }
  if (!out) return lines;
  // Numbered again, consecutively; each line remembers its input line.
  for (let i = 0; i < out.length; i++) {
    const l = out[i]!;
    if (l.n !== i + 1) out[i] = { ...l, input: inputLine(l), n: i + 1 };
  }
  return out;
}
