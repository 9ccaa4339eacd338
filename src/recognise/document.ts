/**
 * recognise: lines → the document model. Finds the items first (they bound everything else),
 * then the people sections, the header fields, and what is left for preamble and trailer.
 */
import type { Action, Attendee, Decision, Diagnostic, Item, Kind, Position, ReferatDocument, SubItem } from '../model/schema.js';
import { diagnostic } from '../model/diagnostic.js';
import { inputColumn, inputLine, partEnd, rawColumn, type Line } from '../segment/line.js';
import { attendanceLabel, findPeople, type PersonHit } from './attendance.js';
import { findActions, findDecisions, isDecisionSentence, isTitleOutcome } from './decisions.js';
import { fieldOf, readHeader, readTitleLine, referatOfMeeting, reportsMinutes, type FieldHit, type HeaderResult } from './header.js';
import { chooseChain, cleanTitle, columnRunHeads, isItemSection, isUpperHeading, numberedHead, preferBodyHeadings, runOnHeads, wrapsInto, type ItemHead } from './items.js';
import { detectLanguage } from './language.js';
import { PASSIVE_VERB, readsAsStatement } from './sentence-verbs.js';
import { findOfficials, type Official } from './officials.js';
import { assemblePeople } from './people-list.js';
import { isNameLike, isOrganisationLike } from './people.js';
import { stages } from '../stages.js';
import { readFrontMatter } from './front-matter.js';
import { isSectionLabel, joinText, LETTERS, listedAgenda, numberLike, outlineHeads, range, restatedAgenda, TIMESTAMP, trailerStart, unnumberedHeads } from './layout.js';
import { wrapWidth as wrapWidthOf } from '../segment/lines.js';
import { alternation, ARCHIVE_NUMBER, latinRegExp, startsUpper } from '../vocab/patterns.js';
import { labels, people } from './vocab.js';
import itemWords from '../vocab/items.json' with { type: 'json' };

export type Recognised = Omit<ReferatDocument, 'source' | 'corrections'>;

export interface RecogniseContext {
  /** Maps a (line, column) of the repaired text to the column in the original input. */
  originalColumn: (line: number, column: number) => number;
  /** Length of each original line, for end positions. */
  originalLineLength: (line: number) => number;
  markdown: boolean;
}

/** A meeting held on Teams, by video, as a "fjernmøte": those present took part remotely. */
/** "Referat fra telefonstyremøte …": a title that says the meeting was held by phone or video ("videomøte-utstyr" does not). */
const REMOTE_MEETING = latinRegExp(`(?<![\\p{L}-])(?:${alternation(labels.remoteMeetings)})(?![\\p{L}-])`, 'i');
/** "møtte fysisk", "Til stede i møterommet", "hybridmøte": someone was in the room. */
const IN_ROOM = latinRegExp(`(?<![\\p{L}])(?:${alternation(labels.inRoomWords)})(?![\\p{L}])`, 'i');
/** The title says the meeting was held by phone or video, and neither it nor the lists of people say anyone was in the room. */
function remoteByTitle(title: string | null, peopleLines: Line[]): boolean {
  return !!title && REMOTE_MEETING.test(title) && !IN_ROOM.test(title) && !peopleLines.some((l) => IN_ROOM.test(l.text));
}
const REMOTE_PLACE = latinRegExp(`^(?:på\\s+)?(?:${alternation(labels.remotePlaces)})(?![\\p{L}])`, 'i');

interface PeopleSections {
  people: PersonHit[];
  /** Lines that hold people (or were consumed by a people section). */
  personLines: Set<number>;
  /** Attendance label lines that are section boundaries. */
  labelLines: Set<number>;
}

interface BuiltItems {
  itemModels: Item[];
  officials: Official[];
  /** The lines the items cover (their people lines excepted). */
  itemLineSet: Set<number>;
  /**
   * Where the items begin and end (line numbers of the segmented text, as `itemLineSet`): the preamble is before,
   * the trailer after. Agenda entries left in their list lie in the preamble.
   */
  itemsStart: number;
  itemsEnd: number;
}

/*
 * recognise runs as small phases rather than one long function: V8 recompiles a whole function
 * whenever one of its property or array accesses meets a new shape, and the cost grows faster than
 * the function's size (a single 300-line recognise was recompiled over a dozen times in a big `check`).
 */
export function recognise(lines: Line[], ctx: RecogniseContext): Recognised {
  const diagnostics: Diagnostic[] = [];
  const fm = readFrontMatter(lines);
  // A file that says it is in referat's normalised form is read as such; when it cannot be (a hand edit left the form,
  // or a version this reader does not know), a warning says why, and it is read as any other document.
  let unreadable: string | null = null;
  const version = fm.data?.schemaVersion;
  const normalised = version === 1 && stages.normalised ? stages.normalised(lines, fm.data, ctx, (why) => (unreadable = why)) : null;
  if (normalised) return normalised;
  if (version !== undefined && version !== 1) unreadable = `its schemaVersion is ${JSON.stringify(version)}; this referat reads 1`;
  if (unreadable !== null) {
    diagnostics.push(
      diagnostic('warning', 'normalised-form-unreadable', `This file is in referat's normalised form, but ${unreadable}: it was read as an ordinary document`, { line: 1, column: 1 }, {
        actual: unreadable,
        expected: 'the normalised form of schemaVersion 1 (see `referat normalize`)',
      }),
    );
  }
  const body = lines.slice(fm.end);

  // 1. Numbered items.
  const heads = numberedHeads(body);
  const chain = findItemChain(body, heads, diagnostics);
  // 2. People sections (they end at an item heading).
  const sections = findPeopleSections(body, chain);
  const { personLines, labelLines } = sections;
  // 3. Lost numbers between numbered items.
  const items = fillNumberGaps(chain, body, personLines, ctx, diagnostics);
  // 3b. A plain-text outline (headings at the margin over indented text): its headings are the items, and what is
  // numbered inside them (a proposal's articles) is their text.
  if (items.every((h) => h.line.indent >= 2)) {
    let outline = outlineHeads(body, personLines, labelLines);
    // The document's title is no heading of it (asked only of an outline: most documents have none).
    if (outline.length >= 2) {
      const titleLine = readTitleLine(linesBefore(body, Infinity, personLines), fm.data);
      outline = outline.filter((l) => l !== titleLine);
    }
    if (outline.length >= 2) {
      items.length = 0;
      outline.forEach((l, k) => items.push(headingItem(l, k, l.text.replace(/:$/, ''))));
    }
  }
  // 4. No numbering at all: headings make the agenda, or a list of titles under "Sakliste:" when it holds more.
  if (items.length === 0) {
    const headed = unnumberedItems(body, fm.data, personLines, labelLines);
    const listed = listedAgenda(body, personLines);
    for (const h of headed.length >= listed.length ? headed : listedItems(listed, body, personLines)) items.push(h);
  }
  // 5. Nor headings: a lone "1. Budsjett" with its text under it is a one-item agenda.
  if (items.length === 0) {
    const lone = loneFirstItem(body, heads, personLines);
    if (lone) items.push(lone);
  }

  // 5. Header: what stands before the first item.
  // A run-on agenda shares its line with the header fields before it.
  const firstItemLine = items[0] ? items[0].line.n + (items[0].style === 'run-on' ? 1 : 0) : Infinity;
  const header = readHeader(linesBefore(body, firstItemLine, personLines), body, fm.data, firstItemLine);
  const year = Number(/\d{4}/.exec(header.meeting.date ?? '')?.[0]) || null;
  // 6. Item ranges: to the next item, a people section, or the trailer.
  // A notice or an agenda records no outcomes: its headings and election lists are proposals ("Årsregnskap 2023 godkjennes").
  const notice = header.kind === 'innkalling' || header.kind === 'sakskart';
  const { itemModels, officials: itemOfficials, itemLineSet, itemsStart, itemsEnd } = buildItems(items, body, sections, year, notice, ctx);
  // Minutes may open with who was elected to run the meeting, before the agenda ("Bjørn Øgaard ble valgt til
  // møteleder. Joachim Kwetzinsky ble valgt til referent."): read as an item's sentences are. Not in a notice.
  const headOfficials = notice || !items.length ? [] : findOfficials('', linesBefore(body, firstItemLine, personLines).filter((l) => !personLines.has(l.n)));
  const officials = headOfficials.length ? [...headOfficials, ...itemOfficials] : itemOfficials;

  // 7. Attendees and invited.
  const { attendees: assembled, invited: listed, mergedLines } = assemblePeople({
    people: sections.people,
    officials,
    frontMatter: fm.data,
    frontMatterLines: lines.slice(0, fm.end),
    remote: (!!header.meeting.location && REMOTE_PLACE.test(header.meeting.location)) || remoteByTitle(header.title, body.filter((l) => personLines.has(l.n) || labelLines.has(l.n))),
    body,
    position: (line) => positionOf(ctx, line),
    warn: duplicateWarner(diagnostics, ctx),
  });
  // Timestamped minutes: the first stamp is when the meeting started.
  if (!header.meeting.start && items[0]) {
    const stamp = timestampStart(items[0]);
    if (stamp) header.meeting.start = stamp;
  }
  // 8. Kind, or not a meeting document at all.
  // Text in English is no Norwegian meeting document, whatever meeting words it holds (a program's README).
  const text = bodyText(body);
  const language = detectLanguage(text);
  const decided = language === null && text.length > 200 ? { kind: 'unknown' as const, why: NOT_NORWEGIAN } : decideKind(header, assembled, items, itemModels, fm.data, body);
  const kind = decided.kind;
  // A notice proposes: its sentences that read as decisions ("Møteprotokoll fra forrige møte godkjennes." under an
  // innstilling) decide nothing; only what it labels a decision stays.
  if (kind === 'innkalling' || kind === 'sakskart') for (const item of itemModels) item.decisions = item.decisions.filter((d) => !UNLABELLED.has(d));
  // A notice lists who is called to a meeting that has not taken place: "Møtedeltakere: …" are invited, not present.
  const called = kind === 'innkalling' ? assembled.filter((a) => a.status !== 'absent') : [];
  const attendees = called.length ? assembled.filter((a) => !called.includes(a)) : assembled;
  // Someone a copy list already names ("Til stede/kopi:") is invited once.
  const listedNames = new Set(listed.map((i) => i.name));
  const invited = called.length
    ? [...listed, ...called.filter((a) => !listedNames.has(a.name)).map((a) => ({ name: a.name, givenName: null, familyName: null, organisation: a.organisation, position: a.position }))]
    : listed;

  for (const a of attendees) mergedLines.delete(a.position.start.line);
  for (const i of invited) mergedLines.delete(i.position.start.line);
  const fmText = frontMatterText(lines, fm.end);
  if (kind === 'unknown') {
    diagnostics.push(
      diagnostic('error', 'not-a-meeting-document', `This does not read as minutes, an agenda or a notice: ${decided.why!.message}`, { line: 1, column: 1 }, {
        actual: decided.why!.actual,
        expected: 'referat, protokoll, innkalling or sakskart',
      }),
    );
    return notAMeetingDocument(body, header, fmText, diagnostics);
  }
  const { preText, postText } = leftoverText(body, header, fmText, { personLines, mergedLines, itemLineSet, itemsStart, itemsEnd });
  if (!header.meeting.date) {
    diagnostics.push(
      diagnostic('warning', 'meeting-date-missing', 'The date of this meeting is not stated (dates of other meetings do not count)', { line: 1, column: 1 }, {
        actual: null,
        expected: 'a meeting date',
      }),
    );
  }
  return {
    schemaVersion: 1,
    kind,
    language,
    title: header.title,
    meeting: header.meeting,
    notice: header.notice,
    attendees,
    invited,
    items: itemModels,
    preamble: preText.join('\n') || null,
    trailer: postText.join('\n') || null,
    diagnostics,
  };
}

/** Start and end (just after the last character) in the original text; without `endColumn`, the end of `last`. */
function positionOf(ctx: RecogniseContext, first: Line, last: Line = first, startColumn = first.column, endColumn?: number): Position {
  const end = endColumn !== undefined ? inputColumn(last, endColumn) : partEnd(last);
  const [a, b] = [inputLine(first), inputLine(last)];
  return {
    start: { line: a, column: ctx.originalColumn(a, inputColumn(first, startColumn)) },
    end: { line: b, column: end === undefined ? Math.max(1, ctx.originalLineLength(b) + 1) : ctx.originalColumn(b, end) },
  };
}

/** "1." alone on a line. */
const BARE_NUMBER = /^(\d{1,2})\.$/;
const NUMBER_COLUMN_MIN = 3;
/** Where a title line's title ends: a colon, or a full stop after a word (or a closing quote), before more text. */
const TITLE_END = /(?<=[a-zæøåA-ZÆØÅ)’”»'])[:.]\s+(?=\S)/;

/**
 * A PDF's numbered list whose numbers were exported as a column before their texts: lines "1." … "4." one under another
 * (1, 2, 3 … in order, three at least), then as many lines, each the title of its number; or null. Returns the heads and
 * the index of the last title line.
 */
function numberColumnHeads(body: Line[], i: number): { heads: ItemHead[]; last: number } | null {
  const first = BARE_NUMBER.exec(body[i]!.text);
  if (!first || first[1] !== '1') return null;
  let k = i;
  let n = 0;
  while (k < body.length && BARE_NUMBER.exec(body[k]!.text)?.[1] === String(n + 1)) {
    n++;
    k++;
  }
  if (n < NUMBER_COLUMN_MIN) return null;
  const heads: ItemHead[] = [];
  for (let j = 0; j < n; j++, k++) {
    const l = body[k];
    if (!l || l.blank || BARE_NUMBER.test(l.text) || !startsUpper(l.text)) return null;
    // The title ends at the first colon or full stop; what follows is the item's text ("Valg av referent: Øystein Eeg",
    // "Godkjenning av referat. … Referat ble godkjent.").
    const cut = TITLE_END.exec(l.text);
    const title = cleanTitle(cut ? l.text.slice(0, cut.index) : l.text);
    const rest = cut ? l.text.slice(cut.index + cut[0].length).trim() : '';
    heads.push({ line: l, number: String(j + 1), numberInferred: false, title, rest, titleLine: null, style: 'num', value: j + 1 });
  }
  return { heads, last: k - 1 };
}

/** Numbered item heads, each read with the next non-blank line and a few after it (a wrapped title continues there). */
function numberedHeads(body: Line[]): ItemHead[] {
  const heads: ItemHead[] = [];
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    if (line.blank || line.code) continue;
    let k = i + 1;
    while (k < body.length && body[k]!.blank) k++;
    // A case table flattened column by column: a line of several cases.
    const run = columnRunHeads(line);
    if (run.length) {
      heads.push(...run);
      continue;
    }
    // Its numbers alone, a line each, then the titles a line each ("1." / "2." / "3." / "Valg av referent" / …).
    const column = numberColumnHeads(body, i);
    if (column) {
      heads.push(...column.heads);
      i = column.last;
      continue;
    }
    const h = numberedHead(line, body[k], body.slice(k + 1, k + 4));
    if (h) heads.push(h);
  }
  yearFirst(heads);
  withoutArchiveTails(heads);
  return heads;
}

/**
 * "PS 46/14 Møteplan utkast 2014/558", "PS 47/14 Evaluering av Eldrerådskonferansen /557": a case list's archive
 * column run on after each title. Taken off when three titles or more end so: one alone may be the title's own.
 * A season ("Terminliste 2024/25", "Budsjett 2024/2025") or a plan's period ("Økonomiplan 2025/2028") is no archive number.
 */
function withoutArchiveTails(heads: ItemHead[]): void {
  const tailed = heads.filter((h) => archiveTail(h.title));
  // Three different titles: one title restated (saksliste, heading, protocol) is one.
  if (new Set(tailed.map((h) => h.title)).size < 3) return;
  for (const h of tailed) h.title = h.title.slice(0, archiveTail(h.title)!.index).trim();
}
const ARCHIVE_TAIL = /\s+(\d{4})?\/(\d{2,6})$/;
function archiveTail(title: string): RegExpExecArray | null {
  const m = ARCHIVE_TAIL.exec(title);
  if (!m || !m[1]) return m;
  const [from, to] = [Number(m[1]), Number(m[2])];
  // A season ("2024/25", "2024/2025") or a plan's period ("2025/2028", "2024/2036"): years, no archive number.
  const season = m[2]!.length === 2 ? to === (from + 1) % 100 : m[2]!.length === 4 && to > from && to - from <= 20;
  return season ? null : m;
}

/**
 * "Sak 14/35", "Sak 14/36", "14/37", "Sak 24-01", "Sak 24-02": the year first and the case after it, as some councils
 * number. When every such number of a document (with a slash, or with a dash) shares its first part and the second
 * parts differ, the second counts. ("Sak 45-22", "Sak 46-22": the first parts differ, the first counts.)
 */
function yearFirst(heads: ItemHead[]): void {
  for (const sep of ['/', '-']) {
    const re = new RegExp(`^(?:[A-ZÆØÅ-]+\\s+)?(\\d{1,4})${sep}(\\d{1,4})$`);
    const cases = heads.filter((h) => h.number.includes(sep) && re.test(h.number));
    if (cases.length < 2) continue;
    const parts = cases.map((h) => re.exec(h.number)!);
    if (new Set(parts.map((p) => p[1])).size !== 1 || new Set(parts.map((p) => p[2])).size < 2) continue;
    cases.forEach((h, i) => (h.value = Number(parts[i]![2])));
  }
}

/** The numbered items that make the agenda; "item-number-inferred" diagnostics go to `diagnostics`. */
function findItemChain(body: Line[], heads: ItemHead[], diagnostics: Diagnostic[]): ItemHead[] {
  // Lines right under a section heading ("Orienteringssaker"), where the numbering of items may start again.
  const underSection = new Map<Line, string>();
  let section: string | null = null;
  for (const l of body) {
    if (l.blank) continue;
    if (section) underSection.set(l, section);
    section = isItemSection(l.text) ? l.text.trim().replace(/:$/, '').toLowerCase() : null;
  }
  const ones = autoNumbered(heads, body);
  let chain = ones ?? preferBodyHeadings(chooseChain(heads, (h) => underSection.get(h.line) ?? null), heads, body);
  // "Sak 80 (2017-18): …" then "81: …", "82: …": the first item written out, the others shortened.
  const before = chain.length >= 2 ? heads.filter((h) => h.line.n < chain[0]!.line.n).at(-1) : undefined;
  if (before && before.style.startsWith('sak') && !chain[0]!.style.startsWith('sak') && before.value === chain[0]!.value - 1) chain = [before, ...chain];
  // One numbered line alone is usually a list item in running text; a case number ("Sak 4", "07/2022", "07 – 2022") is
  // an item when it starts a block (under "Vedlegg: 1/397 …" the next line "2/397 …" is another attachment).
  if (chain.length === 1 && chain[0]!.line.depth === 0 && !(chain[0]!.style.startsWith('sak') || loneCase(body, chain[0]!))) chain = [];
  if (chain.length < 2) chain = runOnAgenda(body, diagnostics) ?? chain;
  // Letters make the agenda only where nothing is numbered (else they are points of a numbered item, or of a decision).
  if (chain.length === 0 && heads.length === 0) chain = letteredAgenda(body) ?? chain;
  chain = casePaper(heads, chain) ?? chain;
  return withoutPageReferences(chain);
}

/** A line that introduces a list under it: a label alone, a short heading that is no outcome ("Vedtak", "Budsjett"), "… følgende". */
function headsAList(text: string): boolean {
  if (text.endsWith(':') || /(?:følgende|følgjande)$/i.test(text)) return true;
  if (/:\s*\S/.test(text) || /[.!?)]$/.test(text)) return false;
  return text.split(/\s+/).length <= 3 && !isDecisionSentence(text) && !isTitleOutcome(text);
}

/**
 * " 1. Årsplan" … " 1. Aspirantar" … " 1. Ymse": a Markdown ordered list written with "1." for every point (Markdown
 * numbers them 1, 2, 3 when it renders), or a page copied from one that lost its numbers. Three such heads at least,
 * in the plain "N." style at one indent, and no other number in that style there: numbered 1..n, the numbers inferred.
 */
function autoNumbered(heads: ItemHead[], body: Line[]): ItemHead[] | null {
  const plain = heads.filter((h) => h.style === 'num');
  const ones = plain.filter((h) => h.value === 1);
  if (ones.length < 3 || ones.some((h) => h.line.indent !== ones[0]!.line.indent)) return null;
  // Each point after the first follows the previous point's text (a bullet, a sentence, a label and its value: "Vedtak:
  // OK"); after a heading or a label alone ("## Budsjett" / "Vedtak:" / "Vedtak" / "Styret vedtok følgende" /
  // "Budsjett", then "1. Budsjettet godkjennes.") a "1." starts a list of that heading's own.
  const base = body[0]?.n ?? 1;
  const isPoint = new Set(ones.map((h) => h.line));
  for (const h of ones.slice(1)) {
    let k = h.line.n - base - 1;
    while (k >= 0 && body[k]!.blank) k--;
    const prev = body[k];
    if (!prev || prev.depth > 0 || prev.strong || (!isPoint.has(prev) && !prev.bullet && headsAList(prev.text))) return null;
  }
  // Any other number at a line's start ("Sak 2", "2. Regnskap"), or an item of another style ("Sak 1 Budsjett"),
  // means the numbers are real: the "1."s are sub-points.
  if (heads.some((h) => h.value !== 1 || h.style !== 'num')) return null;
  return ones.map((h, k) => ({ ...h, number: String(k + 1), value: k + 1, numberInferred: true }));
}

/** "Økonomisk rapportering pr. april 2003 side 10 …": an item's page in a saksliste that gives them, and what follows. */
const PAGE_REFERENCE = latinRegExp(`\\s(?:${alternation(itemWords.pageWords)})\\s+(\\d{1,3})(?![\\d,.:/-]?\\d)(?:\\s+(.*))?$`, 'i');

/**
 * A saksliste that gives each item's page, as a table of contents does ("… side 10", "… side 22"): the page is no part
 * of the title. At least two items end with one, the pages rising. After the page, a wrapped title goes on in lower case
 * or in parentheses ("… Teknologidesign side 38 (180 studiepoeng)"); anything else there ("side 66 Sak STY 41/03",
 * "side 73 Orienteringssaker: …") is the next row of the table, no part of this title.
 */
function withoutPageReferences(chain: ItemHead[]): ItemHead[] {
  const pages = chain.map((h) => PAGE_REFERENCE.exec(h.title));
  const given = pages.filter((m) => m !== null).map((m) => Number(m![1]));
  // Two of them end their line (a page column), unlike prose ("Rettelse på side 3 i protokollen").
  const ending = pages.filter((m) => m && !m[2]).length;
  if (ending < 2 || given.some((p, i) => i > 0 && p < given[i - 1]!)) return chain;
  return chain.map((h, i) => {
    const m = pages[i];
    if (!m) return h;
    const after = m[2]?.trim() ?? '';
    const title = cleanTitle(`${h.title.slice(0, m.index)}${LOWER_OR_PARENTHESIS_FIRST.test(after) ? ` ${after}` : ''}`);
    return title ? { ...h, title } : h;
  });
}

/** "017-2019", "12/24": a case number with its year. */
const CASE_WITH_YEAR = /\d[/-]\d{2,4}$/;

/**
 * A case paper (saksframlegg): one case number with its year ("SAK NR 017-2019", "Sak 12/24") over a title, the only
 * "Sak" of the document, and under it the paper's own numbered sections ("1. Administrerende direktørs anbefalinger",
 * "2. Faktabeskrivelse", then a list of names). The case is the one item; the sections and lists are its text.
 */
function casePaper(heads: ItemHead[], chain: ItemHead[]): ItemHead[] | null {
  const first = chain[0];
  if (!first || !first.style.startsWith('num') || first.value !== 1) return null;
  let paper: ItemHead | null = null;
  for (const h of heads) {
    if (!h.style.startsWith('sak')) continue;
    if (paper) return null;
    paper = h;
  }
  if (!paper || paper.line.n >= first.line.n || !CASE_WITH_YEAR.test(paper.number)) return null;
  // The paper's case number stands alone on its line, its title under it ("SAK NR 017-2019" / "VALG AV …"); a case
  // line with its title run on ("PS 5/24 Referat fra møte i eldrerådet 12.03.2024") over numbered minutes is no paper.
  if (!paper.titleLine) return null;
  // A heading, not a sentence that opens with a case number ("Sak 12/24 ble behandlet i forrige møte.").
  if (!paper.title || /[.!?]$/.test(paper.title) || paper.title.split(/\s+/).length > 15 || !TITLE_START.test(paper.title)) return null;
  // Nothing numbered as the sections are before the case.
  return heads.some((h) => h.line.n < paper!.line.n && h.style.startsWith('num')) ? null : [{ ...paper, casePaper: true }];
}

/**
 * A case number alone that is an item: it starts a block (the document's first line or after a blank line) and heads
 * a title, not a sentence ("2/10" as a page footer over "Regnskapet ble lagt fram og godkjent." is none).
 */
function loneCase(body: Line[], h: ItemHead): boolean {
  if (!h.style.startsWith('case')) return false;
  const at = body.indexOf(h.line);
  const startsBlock = at <= 0 || body[at - 1]!.blank;
  const heading = (h.titleLine ?? h.line).text;
  return startsBlock && (h.style === 'case-dash' || !/[.!?]$/.test(heading));
}

/**
 * The only numbered heading of a document, numbered 1, heading-like (no sentence), with text under it and nothing
 * numbered after it: a meeting with a single item. One numbered line alone is otherwise no agenda (a list item in
 * running text), so this is asked only when neither numbers nor headings made one.
 */
function loneFirstItem(body: Line[], heads: ItemHead[], personLines: Set<number>): ItemHead | null {
  const outside = heads.filter((h) => !personLines.has(h.line.n));
  if (outside.length !== 1) return null;
  const h = outside[0]!;
  if (h.value !== 1 || h.line.depth > 0 || h.line.bullet || /[.!?:]$/.test(h.title) || h.title.split(/\s+/).length > 8) return null;
  const at = body.indexOf(h.titleLine ?? h.line);
  const after = body.slice(at + 1).find((l) => !l.blank);
  return after && !numberedHead(after, undefined) ? h : null;
}

/** "a) Årsmelding.": a point lettered in order, at the start of its line. */
const LETTERED = latinRegExp(String.raw`^([a-zæøå])[.)]\s+(\p{Lu}.*)$`);

/**
 * "a) Årsmelding." / "b) Revidert rekneskap." / "c) Val av:": an agenda lettered instead of numbered, as statutes list
 * an annual meeting's business — only where nothing is numbered (else letters are points under numbered items). Three
 * points at least, from "a", each the next letter or the one after (a point lost in a copy), none in a list.
 */
function letteredAgenda(body: Line[]): ItemHead[] | null {
  const out: ItemHead[] = [];
  let before: Line | undefined;
  for (const l of body) {
    if (!l.blank && !out.length && !LETTERED.test(l.text)) before = l;
    if (l.blank || l.code || l.bullet || l.depth > 0) continue;
    const m = LETTERED.exec(l.text);
    if (!m) continue;
    const value = LETTERS.indexOf(m[1]!) + 1;
    const last = out.at(-1)?.value ?? 0;
    if (value <= last || value > last + 2) {
      if (out.length >= 3) break;
      out.length = 0;
      if (value !== 1) continue;
    }
    out.push({ line: l, number: m[1]!, numberInferred: false, title: cleanTitle(m[2]!), rest: '', titleLine: null, style: 'letter', value });
  }
  // Under "Saksliste:" or right under the title, the agenda's points; under a heading ("Økonomi") or a sentence
  // ("Styret vedtok:"), the points of that matter.
  const title = body.find((l) => !l.blank);
  if (before && before !== title && !AGENDA_HEADING.test(before.text)) return null;
  return out.length >= 3 && out[0]!.value === 1 ? out : null;
}

/** "Eksempel på innkalling og saksliste", "Mal for referat": a model of a meeting document, no meeting's own. */
const TEMPLATE_TITLE = latinRegExp(`^(?:${alternation(labels.templateTitles)})(?![\\p{L}])`, 'i');
/** "Saksliste:", "Dagsorden:": the heading an agenda's points stand under. */
const AGENDA_HEADING = latinRegExp(`^(?:${alternation([...labels.sections, ...labels.agendaHeadings])})\\s*:?$`, 'i');

/** An agenda flattened onto one long line (PDF export): its items, or null. */
function runOnAgenda(body: Line[], diagnostics: Diagnostic[]): ItemHead[] | null {
  for (const l of body) {
    const run = l.blank || l.code ? [] : runOnHeads(l);
    if (run.length < 3) continue;
    for (const h of run) {
      if (!h.numberInferred) continue;
      diagnostics.push(
        diagnostic('info', 'item-number-inferred', `Item "${h.title}" lost its number; numbered ${h.number} from its neighbours`, { line: inputLine(l), column: 1 }, {
          actual: null,
          expected: h.number,
        }),
      );
    }
    return run;
  }
  return null;
}

function findPeopleSections(body: Line[], chain: ItemHead[]): PeopleSections {
  const headLines = new Set<number>();
  for (const h of chain) headLines.add(h.line.n);
  const { people, consumed } = findPeople(body, (l) => headLines.has(l.n));
  const personLines = new Set<number>();
  let lastPersonLine = 0;
  for (const p of people) {
    personLines.add(p.line.n);
    lastPersonLine = Math.max(lastPersonLine, p.line.n);
  }
  for (const n of consumed) personLines.add(n);
  const labelLines = new Set<number>();
  for (const l of body) {
    const label = l.blank ? null : attendanceLabel(l.text, l.raw);
    // A role label ("Skrivar: rektor") is a section boundary only when it named a person.
    if (label && (label.mode.single ? personLines.has(l.n) : lastPersonLine >= l.n)) {
      labelLines.add(l.n);
    }
  }
  return { people, personLines, labelLines };
}

/** Lost numbers: UPPERCASE or Markdown headings between two numbered items whose numbers skip. */
function fillNumberGaps(chain: ItemHead[], body: Line[], personLines: Set<number>, ctx: RecogniseContext, diagnostics: Diagnostic[]): ItemHead[] {
  const items: ItemHead[] = [];
  for (let c = 0; c < chain.length; c++) {
    const h = chain[c]!;
    items.push(h);
    const next = chain[c + 1];
    if (!next) continue;
    const missing = next.value - h.value - 1;
    if (missing <= 0) continue;
    const take = headingsBetween(body, h, next, personLines, missing);
    for (let k = 0; k < take.length; k++) {
      const l = take[k]!;
      const number = numberLike(h.number, h.value + k + 1);
      const title = cleanTitle(l.text.replace(LOST_CASE_NUMBER, ''));
      items.push({ line: l, number, numberInferred: true, title, rest: '', titleLine: null, style: h.style, value: h.value + k + 1 });
      diagnostics.push(
        diagnostic('info', 'item-number-inferred', `Item "${title}" has no number; numbered ${number} from its place between ${h.number} and ${next.number}`, {
          line: inputLine(l),
          column: ctx.originalColumn(inputLine(l), inputColumn(l)),
        }, { actual: null, expected: number }),
      );
    }
    if (take.length < missing) {
      diagnostics.push(
        diagnostic('warning', 'item-number-gap', `Item numbers jump from ${h.number} to ${next.number}`, { line: inputLine(next.line), column: ctx.originalColumn(inputLine(next.line), inputColumn(next.line)) }, {
          actual: next.number,
          expected: numberLike(h.number, h.value + take.length + 1),
        }),
      );
    }
  }
  // Entries left in the agenda's list come after the headings that took up the items before them.
  if (!items.some((h) => h.listed)) items.sort(byLine);
  return items;
}

const byLine = (a: ItemHead, b: ItemHead): number => a.line.n - b.line.n;

const LOWER_OR_PARENTHESIS_FIRST = latinRegExp(String.raw`^[\p{Ll}(]`);
/** A heading's first character: a capital, a digit or a quotation mark. */
const TITLE_START = latinRegExp(String.raw`^[\p{Lu}\d«"]`);
/** A case number whose number the export lost, its year left ("/2016 Årsmelding 2015"; "/14 14/ Studietilbod", the archive's number after it). */
const LOST_CASE_NUMBER = latinRegExp(String.raw`^\/\d{2,4}(?:\s+${ARCHIVE_NUMBER})?\s+(?=\p{Lu})`);

/** Up to `max` heading-like lines between item `h` and item `next` that could be the missing items. */
function headingsBetween(body: Line[], h: ItemHead, next: ItemHead, personLines: Set<number>, max: number): Line[] {
  const from = (h.titleLine ?? h.line).n;
  const depth = h.line.depth || 6;
  const found: Line[] = [];
  // range() gives exactly the lines after `from` and before the next item.
  for (const l of range(body, from + 1, next.line.n)) {
    if (found.length === max) break;
    if (personLines.has(l.n)) continue;
    if (isUpperHeading(l.text) || (l.depth > 0 && l.depth <= depth) || (h.number.includes('/') && LOST_CASE_NUMBER.test(l.text))) found.push(l);
  }
  return found;
}

function lastPersonOrFieldLine(body: Line[], personLines: Set<number>, labelLines: Set<number>): number {
  let last = 0;
  for (const l of body) if (personLines.has(l.n) || labelLines.has(l.n) || fieldOf(l)) last = l.n;
  return last;
}

/** The lines before line number `before` that hold no people. */
function linesBefore(body: Line[], before: number, personLines: Set<number>): Line[] {
  const out: Line[] = [];
  for (const l of body) if (l.n < before && !personLines.has(l.n)) out.push(l);
  return out;
}

/**
 * The items of an agenda listed without numbers. When the proceedings restate its entries as headings, each item holds
 * the lines under its restatement and keeps the agenda's title; an entry not restated is left in its list.
 */
function listedItems(entries: Line[], body: Line[], personLines: Set<number>): ItemHead[] {
  const restated = restatedAgenda(entries, body, personLines);
  return entries.map((l, k) => {
    const head: ItemHead = { line: l, number: String(k + 1), numberInferred: true, title: cleanTitle(l.text), rest: '', titleLine: null, style: 'listed', value: k + 1 };
    if (!restated) return head;
    const at = restated[k];
    return at ? { ...head, line: at } : { ...head, listed: true };
  });
}

/** Unnumbered agenda headings: they come after the title and the header fields. */
/** The k-th heading of an agenda without printed numbers, its number inferred: k + 1. */
function headingItem(line: Line, k: number, text: string, titleLine: Line | null = null): ItemHead {
  // "Vedtektsendringer ([fjorårets vedtekter](/Vedtekter.pdf))": a link in parentheses after the title, its text in
  // lower case, points to a paper; a link that names the matter ("Innspill til høring ([Regional plan …](…))") stays.
  // Read from the last "([" only: one look, however many the line holds.
  const at = line.raw.lastIndexOf('([');
  const linked = at >= 0 && LINK_IN_PARENTHESES_AT_END.test(line.raw.slice(at));
  const title = linked ? text.replace(/\s*\([^()]*\)\s*$/, '') : text;
  return { line, number: String(k + 1), numberInferred: true, title: cleanTitle(title), rest: '', titleLine, style: 'heading', value: k + 1 };
}
const LINK_IN_PARENTHESES_AT_END = /^\(\s*\[[a-zæøå][^\]]*\]\([^()\s]*\)\s*\)[*_\s]*$/;

function unnumberedItems(body: Line[], frontMatter: Record<string, unknown> | null, personLines: Set<number>, labelLines: Set<number>): ItemHead[] {
  const titleLine = readTitleLine(linesBefore(body, Infinity, personLines), frontMatter);
  const after = Math.max(lastPersonOrFieldLine(body, personLines, labelLines), titleLine?.n ?? 0);
  // A web page's title repeated as its first heading ("Årsmøte for Kviteseid Hagelag 2020" twice) is the title still.
  const unnumbered = unnumberedHeads(body, after, personLines, labelLines).filter((l) => !titleLine || l.text !== titleLine.text);
  const items: ItemHead[] = [];
  for (let k = 0; k < unnumbered.length; k++) {
    const l = unnumbered[k]!;
    let text = l.text.replace(/^\[\d{1,2}[:.]\d{2}\]\s*/, '');
    const at = body.indexOf(l);
    // OCR may put a blank line between a wrapped heading and its continuation.
    const next = body[at + 1]?.blank ? body[at + 2] : body[at + 1];
    const wrapped = next && wrapsInto(text, next) ? next : null;
    if (wrapped) text = `${text} ${wrapped.text}`;
    items.push(headingItem(l, k, text, wrapped));
  }
  return items;
}

/** Each item's range runs to the next item, a people section, or the trailer. */
function buildItems(items: ItemHead[], body: Line[], sections: PeopleSections, year: number | null, notice: boolean, ctx: RecogniseContext): BuiltItems {
  const { personLines, labelLines } = sections;
  // An agenda entry left in its list holds no lines: the item before it runs on over the list to the next heading.
  const headed = items.filter((h) => !h.listed);
  const lastContent = trailerStart(body, headed, personLines, labelLines);
  const itemModels: Item[] = [];
  const officials: Official[] = [];
  const wrapWidth = wrapWidthOf(body);
  const itemLineSet = new Set<number>();
  let section: { title: string; depth: number } | null = null;
  let itemsStart = (headed[0] ?? items[0])?.line.n ?? Infinity;
  let itemsEnd = 0;
  for (let k = 0; k < items.length; k++) {
    const h = items[k]!;
    const nextLine = h.listed ? (h.titleLine ?? h.line).n + 1 : (headed[headed.indexOf(h) + 1]?.line.n ?? lastContent + 1);
    let content = itemContent(body, h, nextLine, sections);
    if (section && h.line.depth > 0 && h.line.depth < section.depth) section = null;
    // A heading-like last line with nothing under it names a section for the following items.
    let nextSection: { title: string; depth: number } | null = null;
    const tail = lastNonBlank(content);
    if (tail && items[k + 1] && isSectionLabel(tail)) {
      nextSection = { title: cleanTitle(tail.text), depth: tail.depth || 99 };
      content = linesUpTo(content, tail.n);
    }
    // (The heading line's text after the title is the item's too: "1.Valg av møteleder. Roar ble valgt som møteleder.")
    for (const o of findOfficials(h.title, h.rest ? [partOf(h.line, h.rest), ...content] : content, h.titleLine ?? h.line)) officials.push(o);
    const lastLine = lastNonBlank(content) ?? h.titleLine ?? h.line;
    for (let n = h.line.n; n <= lastLine.n; n++) if (!personLines.has(n)) itemLineSet.add(n);
    if (!h.listed) itemsStart = Math.min(itemsStart, h.line.n);
    itemsEnd = Math.max(itemsEnd, lastLine.n);
    itemModels.push(itemModel(h, content, lastLine, section?.title ?? null, year, wrapWidth, notice, ctx));
    if (nextSection) section = nextSection;
  }
  return { itemModels, officials, itemLineSet, itemsStart, itemsEnd };
}

/** The lines under item `h` up to `nextLine`, without people and their labels: text after a list of people is the item's still. */
function itemContent(body: Line[], h: ItemHead, nextLine: number, sections: PeopleSections): Line[] {
  const { personLines, labelLines } = sections;
  const span = range(body, (h.titleLine ?? h.line).n + 1, nextLine);
  const content: Line[] = [];
  for (const l of span) if (!personLines.has(l.n) && !labelLines.has(l.n)) content.push(l);
  return content;
}

function lastNonBlank(lines: Line[]): Line | undefined {
  for (let i = lines.length - 1; i >= 0; i--) if (!lines[i]!.blank) return lines[i];
  return undefined;
}

/** The lines before line number `end`. */
function linesUpTo(lines: Line[], end: number): Line[] {
  const out: Line[] = [];
  for (const l of lines) if (l.n < end) out.push(l);
  return out;
}

/** A part of a heading line as a line of its own, at its place in the line (for positions). */
function partOf(line: Line, text: string): Line {
  return { ...line, text, column: rawColumn(line, Math.max(0, line.text.indexOf(text))) };
}

/** "Godkjenning av innkalling - godkjent", "Referat fra forrige møte — utsettes til neste møte": a title, then the outcome. */
const TITLE_AND_REST = /^(.{3,}?)\s+[-–—]\s+(\S.*)$/;
/** An item about an election ("Valg", "Val av styre", "Valg vart gjort einstemmig …"). */
const ELECTION_ITEM = latinRegExp(`^(?:${alternation(people.elections.items)})\\b`, 'i');
/** "Leiar for 1 år:", "Styremedlem:", "Leiar SU:": an office (with its term) and a colon, in any case. */
const ELECTED_OFFICE = latinRegExp(
  `^(?:\\p{L}+\\s+){0,2}?(?:${alternation(people.elections.offices)})\\p{L}*(?:\\s+\\p{Lu}{2,6})?(?:${people.elections.term})?\\s*:`,
  'i',
);
/** After the colon, a name: capitalised, which the office's case-blind pattern cannot ask. */
const ELECTED_NAME = latinRegExp(String.raw`^\s*\p{Lu}\p{Ll}+\s+\p{Lu}`);
/** "(ikke på valg)", "ingen forslag": a proposal or a vacancy, no result. */
const NOT_ELECTED = /\b(?:ikke|ikkje)\s+på\s+val|\bingen\s+forslag|\bforeslått\b|\bforeslår\b/i;

/** "Vara Susanne Aarskog": an office written first, then a full name and nothing else (no colon). */
const OFFICE_THEN_NAME = latinRegExp(`^(?:${alternation(people.elections.offices)})\\p{L}*\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{Ll}.-]*){1,3}$`, 'i');

/** "Leiar for 1 år: Lars Tønne, Ogndal", "Vara Susanne Aarskog": an office, a name, and no proposal or vacancy. */
/** "Valg av referent", "Val av møteleiar": the election of one office (not "og", not a board). */
const ONE_OFFICE_ELECTION = latinRegExp(String.raw`^(?:valg|val)\s+av\s+(?:${alternation(people.officialItems.chair)}|${alternation(people.officialItems.minutes)})$`, 'i');
const isFullNameAlone = (text: string): boolean => {
  const t = text.replace(/[.]$/, '').trim();
  return /\s/.test(t) && t.split(/\s+/).length <= 4 && t.split(/\s+/).every((w) => startsUpper(w)) && isNameLike(t) && !isOrganisationLike(t);
};

function isElectionResult(text: string): boolean {
  const office = ELECTED_OFFICE.exec(text);
  if (office) return ELECTED_NAME.test(text.slice(office[0].length)) && !NOT_ELECTED.test(text);
  // Without a colon, the office's capital and the name's are asked (the pattern is case-blind).
  return startsUpper(text) && OFFICE_THEN_NAME.test(text) && text.split(/\s+/).slice(1).every(startsUpper);
}
const VERDICT_FIRST = /^(?:enstemmig|einstemmig|samrøystes|godkjent|godkjend|godkjennes|vedtatt|vedteke|vedtas|innvilget|innvilga|avslått|tatt|teke)\s/i;

/**
 * The outcome a heading line carries: after a dash ("… - godkjent"), or the heading is itself the outcome
 * ("1. Møteinnkalling og sakliste godkjent utan kommentar."). The title keeps what is not the outcome.
 */
function headingOutcome(h: ItemHead): { title: string; outcome: Line | null; afterDash: boolean } {
  if (!h.title) return { title: h.title, outcome: null, afterDash: false };
  const dash = h.titleLine ? null : TITLE_AND_REST.exec(h.title);
  if (dash && (isTitleOutcome(dash[2]!) || (!VERDICT_FIRST.test(dash[2]!) && isDecisionSentence(dash[2]!)))) {
    return { title: cleanTitle(dash[1]!), outcome: partOf(h.line, dash[2]!), afterDash: true };
  }
  // A heading that opens with the verdict ("Vedtatt bedriftsmonopolet …") reports rather than records: a subject first.
  // The title may stand on the line under the number ("Sak 1." / "Styret besluttet å kjøpe …").
  const on = h.titleLine ?? h.line;
  if (h.title.split(/\s+/).length >= 2 && on.text.includes(h.title) && !VERDICT_FIRST.test(h.title) && isDecisionSentence(h.title)) {
    return { title: h.title, outcome: partOf(on, h.title), afterDash: false };
  }
  return { title: h.title, outcome: null, afterDash: false };
}

/** Decisions found by their wording alone (decisions.ts Found.unlabelled): dropped when the document is a notice. */
const UNLABELLED = new WeakSet<Decision>();

function itemModel(h: ItemHead, content: Line[], lastLine: Line, section: string | null, year: number | null, wrapWidth: number, notice: boolean, ctx: RecogniseContext): Item {
  // A notice's agenda line keeps what follows its colon ("6. Budsjett: fastsettelse av kommende årsavgift",
  // "9. Orienteringssak: Kontroll på det elektriske anlegget"): a heading with nothing under it but its points is all
  // title.
  const whole = notice && h.rest && !h.titleLine && listLineOnly(content) && h.line.text.includes(`${h.title}: ${h.rest}`) && h.rest.split(/\s+/).length <= 12 &&
    !saysSomething(h.rest);
  const restLine: Line | null = h.rest && !whole ? partOf(h.line, h.rest) : null;
  const textLines = restLine ? [restLine, ...content] : content;
  // A notice keeps its headings whole: what follows a dash there is part of what is proposed, and no outcome.
  const { title, outcome, afterDash } = whole
    ? { title: cleanTitle(`${h.title}: ${h.rest}`), outcome: null, afterDash: false }
    : notice ? { title: h.title, outcome: null, afterDash: false } : headingOutcome(h);
  const decisions: Decision[] = [];
  // An outcome after a dash is one as a whole ("utsettes til neste møte"); a heading that is a sentence is read as one.
  if (outcome && afterDash) decisions.push({ text: outcome.text, position: positionOf(ctx, outcome) });
  // A line found whole as a decision (an adopted proposal: "Styrets innstilling:" / "Sekretær: Kari Nordmann") is not
  // found again as an election result below.
  const taken = new Set<number>();
  for (const d of findDecisions(outcome && !afterDash ? [outcome, ...textLines] : textLines)) {
    const decision: Decision = { text: d.text, position: positionOf(ctx, d.line, d.endLine, d.startColumn, d.endColumn) };
    if (d.unlabelled) UNLABELLED.add(decision);
    decisions.push(decision);
    if (d.line === d.endLine && d.text === d.line.text) taken.add(d.line.n);
  }
  // Under an election, "Leiar for 1 år: Lars Tønne, Ogndal": each result line is a decision. A bulleted list of offices
  // is how a board stands after it ("Hovedstyret består nå av: • Leder: …"), no result of its own.
  // Under the election of one office ("Valg av referent: Øystein Eeg"), a full name alone is who was elected.
  const oneOffice = ONE_OFFICE_ELECTION.test(h.title);
  if (!notice && ELECTION_ITEM.test(h.title)) {
    for (const l of textLines) {
      if (!l.bullet && !taken.has(l.n) && (isElectionResult(l.text) || (oneOffice && isFullNameAlone(l.text)))) decisions.push({ text: l.text, position: positionOf(ctx, l) });
    }
  }
  const actions: Action[] = [];
  for (const a of findActions(textLines, year)) actions.push({ text: a.text, responsible: a.responsible, due: a.due, position: positionOf(ctx, a.line, a.endLine, a.startColumn) });
  return {
    number: h.number,
    numberInferred: h.numberInferred,
    title,
    section,
    subItems: subItemsOf(h, content, ctx),
    text: joinText(textLines, ctx.markdown, wrapWidth),
    decisions,
    actions,
    position: positionOf(ctx, h.line, lastLine, h.column ?? h.line.column),
  };
}

const LETTER_SUB_ITEM = /^([a-zæøå])[.)]\s+(\S.*)$/;

/** "Det er ikke kommet inn forslag.", "Se vedlegg 1": after a colon, a sentence or a pointer, no part of a title. */
const saysSomething = (text: string): boolean => POINTER.test(text) || readsAsStatement(text);
/** "Se vedlegg 1", "Se eget saksframlegg": a pointer to the papers ("Se på tall fra 2019" is a matter). */
const POINTER = new RegExp(`^(?:se|sje)\\s+(?:${alternation(labels.papersPointer)})`, 'i');

/** Nothing under a heading but its lettered points, up to a blank line (the list's end) or the next heading. */
function listLineOnly(content: Line[]): boolean {
  let k = 0;
  while (k < content.length && LETTER_SUB_ITEM.test(content[k]!.text)) k++;
  return k === content.length || content[k]!.blank;
}

/** Sub-items: "a." / "b)", or "6.1" under item 6 (only for numbers that start with digits). */
function subItemsOf(h: ItemHead, content: Line[], ctx: RecogniseContext): SubItem[] {
  const lead = /^\d+/.exec(h.number)?.[0];
  const numbered = lead ? new RegExp(`^(${lead}\\.\\d{1,2})\\.?\\s*[-–:]?\\s*(\\S.*)$`) : null;
  const subItems: SubItem[] = [];
  for (const l of content) {
    if (l.blank) continue;
    const m = LETTER_SUB_ITEM.exec(l.text) ?? numbered?.exec(l.text);
    if (m) subItems.push({ label: m[1]!, title: cleanTitle(m[2]!), position: positionOf(ctx, l) });
  }
  return subItems;
}

function duplicateWarner(diagnostics: Diagnostic[], ctx: RecogniseContext): (p: PersonHit) => void {
  return (p) => {
    diagnostics.push(
      diagnostic('warning', 'duplicate-attendee', `${p.name} is listed more than once; the entries are merged`, { line: inputLine(p.line), column: ctx.originalColumn(inputLine(p.line), inputColumn(p.line)) }, {
        actual: p.name,
        expected: null,
      }),
    );
  };
}

/** "[18:05] Velkommen": the first stamp is when the meeting started. */
function timestampStart(first: ItemHead): string | null {
  const m = TIMESTAMP.exec(first.line.text);
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : null;
}

const isStatedItem = (i: ItemHead): boolean => !i.numberInferred;
const isNumberedCase = (i: ItemHead): boolean => !i.numberInferred && (i.style.startsWith('sak:') || i.style === 'case');
const hasDecisions = (i: Item): boolean => i.decisions.length > 0;
const hasText = (i: Item): boolean => i.text.trim() !== '' || i.decisions.length > 0;
const MEETING_TITLE = latinRegExp(String.raw`møte(?![\p{L}])`, 'i');
const isMeetingField = (f: FieldHit): boolean => f.key === 'date' || f.key === 'time' || f.key === 'place' || f.key === 'timeAndPlace';

/** A title that reads as a title: none of code's marks (quotes, backticks, braces, brackets, "=" or ";"). */
const CODE_MARKS = /["`{}[\]<>=;]/;
function opensAsTitle(title: string): boolean {
  return !CODE_MARKS.test(title);
}

/**
 * A line that opens with the word for a protocol and says nothing of it ("Protokoll fra årsmøtet i Lia Vel, avholdt i
 * Grendehuset."): a heading. "Protokoll fra årsmøtet sendes til alle medlemmer." tells of one, on a page about meetings.
 */
const headsAsProtocol = (l: Line): boolean =>
  PROTOCOL_FIRST.test(l.text) && !PASSIVE_VERB.test(l.text) && !readsAsStatement(l.text);
const PROTOCOL_FIRST = latinRegExp(String.raw`^(?:protokoll|møtebok|møteprotokoll|årsmøteprotokoll)(?![\p{L}])`, 'i');

/** Why a document is no meeting document, for its diagnostic. */
interface NotAMeeting { message: string; actual: string }
const NO_STRUCTURE: NotAMeeting = { message: 'no meeting title, attendee list or numbered items were found', actual: 'no meeting structure' };
const NOT_NORWEGIAN: NotAMeeting = { message: 'its text is not Norwegian', actual: 'no Norwegian text' };
const A_MODEL: NotAMeeting = { message: 'its title offers a model or a guide ("Eksempel på …", "Mal for …"), no meeting\'s own document', actual: 'a model or a guide' };
const A_WEB_ARTICLE: NotAMeeting = {
  message: 'it reads as a web article about a meeting (its credits or publishing date, no one present, no items, nothing decided)',
  actual: 'a web article',
};
/** "Foto: Jo Gjeldnes", "Publisert: 19. mars 2021, 15:06" (labels.json articleMarkers). */
const ARTICLE_MARKER = latinRegExp(`^(?:${alternation(labels.articleMarkers)})\\s*:`, 'i');
const NO_MEETING_RECORDED: NotAMeeting = {
  message: 'it names a type of meeting but records none (no date, nobody present or absent, nothing decided)',
  actual: 'no meeting recorded',
};

/** The kind the header names, else referat when enough else looks like a meeting; unknown without evidence. */
function decideKind(header: HeaderResult, attendees: Attendee[], items: ItemHead[], itemModels: Item[], frontMatter: Record<string, unknown> | null, body: Line[]): { kind: Kind; why?: NotAMeeting } {
  const evidence =
    // A kind the title names counts in full when the title reads as one; in a line of code or of a program's text
    // ('"name": "referat",', "# Hard inputs for `referat check`") the word needs one more sign of a meeting.
    (header.kind ? (header.title && !opensAsTitle(header.title) ? 2 : 3) : 0) +
    (attendees.length ? 2 : 0) +
    // A roll call of those present and those absent ("Tilstede: …" / "Forfall: …") is kept only of meetings.
    (attendees.some((a) => a.status === 'absent') && attendees.some((a) => a.status !== 'absent') ? 1 : 0) +
    (items.filter(isStatedItem).length >= 2 ? 2 : 0) +
    // Cases numbered as a meeting numbers them ("Sak 1:", "PS 12/24", "12/24 Budsjett") with something written under
    // them: no list of another text's (a bare list of cases under a date is an agenda, and needs more to be read).
    (items.filter(isNumberedCase).length >= 2 && itemModels.some(hasText) ? 1 : 0) +
    // A case paper's one case ("SAK NR 017-2019" over its sections, see casePaper): a paper made for a meeting.
    (items.length === 1 && items[0]!.casePaper ? 3 : 0) +
    Math.min(2, header.fields.filter(isMeetingField).length) +
    (itemModels.some(hasDecisions) ? 1 : 0) +
    (frontMatter?.date ? 1 : 0) +
    // "Lingvist-møte 27.6.2014", "Styremøte 3. mai": a title that names a meeting and its date.
    (header.title && header.meeting.date && MEETING_TITLE.test(header.title) && /\d/.test(header.title) ? 1 : 0);
  let kind: Kind = header.kind ?? (evidence >= 3 ? 'referat' : 'unknown');
  // A weak sign alone made it a notice (a welcome, the meeting said to be held later); those present, decisions or
  // the past tense of minutes ("ble vedtatt", "Møtet ble hevet") make it minutes.
  if (header.kindIfMinutes !== undefined && (attendees.some((a) => a.status !== 'absent') || itemModels.some(hasDecisions) || body.some(reportsMinutes))) {
    kind = header.kindIfMinutes ?? (evidence >= 3 ? 'referat' : 'unknown');
  }
  if (kind === 'protokoll' && referatOfMeeting(header.title, body)) kind = 'referat';
  // A page titled by a type of meeting ("ÅRSMØTET": how the association holds it, how to send in a case) that records
  // no meeting: no date, nobody present or absent, nothing decided, no numbered items (its headings only). Minutes
  // say "Protokoll" themselves, in the title or a line under it ("ÅRSMØTE" / "Protokoll fra årsmøtet i Lia Vel"); "Årsmøte
  // 2022" over "1. Konstituering 2. Årsmelding" is the meeting's.
  if (kind === 'protokoll' && !header.meeting.date && !attendees.length && !itemModels.some(hasDecisions) && itemModels.every((i) => i.numberInferred) && !body.slice(0, 12).some(headsAsProtocol)) {
    return { kind: 'unknown', why: NO_MEETING_RECORDED };
  }
  if (kind === 'sakskart' && itemModels.filter(hasDecisions).length >= 2) kind = 'referat';
  // An agenda records nobody as present: a "Til stede:" list under a "Saksliste:" makes the document minutes.
  if (kind === 'sakskart' && attendees.filter((a) => a.status === 'present' || a.status === 'remote').length >= 2) kind = 'referat';
  // A model has no meeting's date ("1. november 20xx").
  // (Nor minutes under such a title: those present, or decisions.)
  if (header.title && TEMPLATE_TITLE.test(header.title) && !header.meeting.date && !attendees.length && !itemModels.some(hasDecisions)) return { kind: 'unknown', why: A_MODEL };
  if (!attendees.length && !itemModels.length && body.some((l) => ARTICLE_MARKER.test(l.text))) return { kind: 'unknown', why: A_WEB_ARTICLE };
  if (evidence < 3) return { kind: 'unknown', why: NO_STRUCTURE };
  return { kind };
}

/** The front matter's lines, trimmed, without its --- fences. */
function frontMatterText(lines: Line[], end: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < end; i++) {
    const raw = lines[i]!.raw.trim();
    if (raw && !/^---$/.test(raw)) out.push(raw);
  }
  return out;
}

function bodyText(body: Line[]): string {
  const texts: string[] = [];
  for (const l of body) texts.push(l.text);
  return texts.join('\n');
}

/** Preamble and trailer: the lines before the first item and after the last that nothing else holds. */
function leftoverText(
  body: Line[],
  header: HeaderResult,
  fmText: string[],
  held: { personLines: Set<number>; mergedLines: Set<number>; itemLineSet: Set<number>; itemsStart: number; itemsEnd: number },
): { preText: string[]; postText: string[] } {
  const { personLines, mergedLines, itemLineSet, itemsStart: firstItemStart, itemsEnd: lastItemEnd } = held;
  // Label lines without people on them ("Frammøtte:", "Inviterte") stay with the surrounding text.
  // The title line is held by `title`; everything else before the first item is preamble.
  const preText: string[] = [];
  for (const t of fmText) preText.push(t);
  const postText: string[] = [];
  for (const l of body) {
    if (l.blank || (personLines.has(l.n) && !mergedLines.has(l.n)) || itemLineSet.has(l.n)) continue;
    if (l.n < firstItemStart && !(l === header.titleLine && header.title === l.text)) preText.push(l.text);
    if (l.n > lastItemEnd && l.n >= firstItemStart) postText.push(l.text);
  }
  return { preText, postText };
}

/** Not a meeting document: no structure, all the text is preamble. */
function notAMeetingDocument(body: Line[], header: HeaderResult, fmText: string[], diagnostics: Diagnostic[]): Recognised {
  const preamble: string[] = [];
  for (const t of fmText) preamble.push(t);
  for (const l of body) if (!l.blank) preamble.push(l.text);
  return {
    schemaVersion: 1,
    kind: 'unknown',
    language: detectLanguage(bodyText(body)),
    title: header.title,
    meeting: { body: null, date: null, start: null, end: null, location: null },
    notice: null,
    attendees: [],
    invited: [],
    items: [],
    preamble: preamble.join('\n') || null,
    trailer: null,
    diagnostics,
  };
}
