/**
 * recognise: lines → the document model. Finds the items first (they bound everything else),
 * then the people sections, the header fields, and what is left for preamble and trailer.
 */
import type { Action, Decision, Diagnostic, Item, Kind, Position, ReferatDocument, SubItem } from '../model/schema.js';
import { diagnostic } from '../model/diagnostic.js';
import type { Line } from '../segment/line.js';
import { attendanceLabel, findPeople } from './attendance.js';
import { findActions, findDecisions } from './decisions.js';
import { fieldOf, readHeader } from './header.js';
import { chooseChain, cleanTitle, isUpperHeading, numberedHead, preferBodyHeadings, runOnHeads, wrapsInto, type ItemHead } from './items.js';
import { detectLanguage } from './language.js';
import { findOfficials, type Official } from './officials.js';
import { assemblePeople } from './people-list.js';
import { stages } from '../stages.js';
import { readFrontMatter } from './front-matter.js';
import { isSectionLabel, joinText, numberLike, range, TIMESTAMP, trailerStart, unnumberedHeads } from './layout.js';
import { wrapWidth as wrapWidthOf } from '../segment/lines.js';

export type Recognised = Omit<ReferatDocument, 'source' | 'corrections'>;

export interface RecogniseContext {
  /** Maps a (line, column) of the repaired text to the column in the original input. */
  originalColumn: (line: number, column: number) => number;
  /** Length of each original line, for end positions. */
  originalLineLength: (line: number) => number;
  markdown: boolean;
}

const REMOTE_PLACE = /^(?:på\s+)?(?:teams|zoom|digitalt|video|videomøte|skype|nett|telefon|google meet)\b/i;


export function recognise(lines: Line[], ctx: RecogniseContext): Recognised {
  const diagnostics: Diagnostic[] = [];
  const fm = readFrontMatter(lines);
  const normalised = fm.data?.schemaVersion === 1 && stages.normalised ? stages.normalised(lines, fm.data, ctx) : null;
  if (normalised) return normalised;
  const body = lines.slice(fm.end);
  const pos = (first: Line, last: Line = first, startColumn = first.column): Position => ({
    start: { line: first.n, column: ctx.originalColumn(first.n, startColumn) },
    end: { line: last.n, column: Math.max(1, ctx.originalLineLength(last.n) + 1) },
  });

  // 1. Numbered items.
  const heads: ItemHead[] = [];
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    if (line.blank || line.code) continue;
    let k = i + 1;
    while (k < body.length && body[k]!.blank) k++;
    const h = numberedHead(line, body[k]);
    if (h) heads.push(h);
  }
  let chain = preferBodyHeadings(chooseChain(heads), heads);
  if (chain.length === 1 && !chain[0]!.style.startsWith('sak') && chain[0]!.line.depth === 0) chain = [];
  if (chain.length < 2) {
    // An agenda flattened onto one long line (PDF export).
    for (const l of body) {
      const run = l.blank || l.code ? [] : runOnHeads(l);
      if (run.length >= 3) {
        chain = run;
        for (const h of run.filter((x) => x.numberInferred)) {
          diagnostics.push(
            diagnostic('info', 'item-number-inferred', `Item "${h.title}" lost its number; numbered ${h.number} from its neighbours`, { line: l.n, column: 1 }, {
              actual: null,
              expected: h.number,
            }),
          );
        }
        break;
      }
    }
  }
  const headLines = new Set(chain.map((h) => h.line.n));

  // 2. People sections (they end at an item heading).
  const { people, consumed } = findPeople(body, (l) => headLines.has(l.n));
  const personLines = new Set(people.map((p) => p.line.n));
  for (const n of consumed) personLines.add(n);
  const labelLines = new Set<number>();
  const lastPersonLine = people.reduce((m, p) => Math.max(m, p.line.n), 0);
  for (const l of body) {
    const label = l.blank ? null : attendanceLabel(l.text, l.raw);
    // A role label ("Skrivar: rektor") is a section boundary only when it named a person.
    if (label && (label.mode.single ? personLines.has(l.n) : lastPersonLine >= l.n)) labelLines.add(l.n);
  }

  const listLines = new Set<number>();
  for (const p of people) if (!p.fromRole) listLines.add(p.line.n);
  for (const n of labelLines) if (!attendanceLabel(body[n - (body[0]?.n ?? 1)]!.text)?.mode.single) listLines.add(n);

  // 3. Lost numbers: UPPERCASE or Markdown headings between two numbered items whose numbers skip.
  const items: ItemHead[] = [];
  for (let c = 0; c < chain.length; c++) {
    const h = chain[c]!;
    items.push(h);
    const next = chain[c + 1];
    if (!next) continue;
    const missing = next.value - h.value - 1;
    if (missing <= 0) continue;
    const between = range(body, (h.titleLine ?? h.line).n + 1, next.line.n).filter(
      (l) => l.n > (h.titleLine ?? h.line).n && l.n < next.line.n && !personLines.has(l.n) && (isUpperHeading(l.text) || (l.depth > 0 && l.depth <= (h.line.depth || 6))),
    );
    const take = between.slice(0, missing);
    take.forEach((l, k) => {
      const number = numberLike(h.number, h.value + k + 1);
      items.push({ line: l, number, numberInferred: true, title: cleanTitle(l.text), rest: '', titleLine: null, style: h.style, value: h.value + k + 1 });
      diagnostics.push(
        diagnostic('info', 'item-number-inferred', `Item "${cleanTitle(l.text)}" has no number; numbered ${number} from its place between ${h.number} and ${next.number}`, {
          line: l.n,
          column: ctx.originalColumn(l.n, l.column),
        }, { actual: null, expected: number }),
      );
    });
    if (take.length < missing) {
      diagnostics.push(
        diagnostic('warning', 'item-number-gap', `Item numbers jump from ${h.number} to ${next.number}`, { line: next.line.n, column: ctx.originalColumn(next.line.n, next.line.column) }, {
          actual: next.number,
          expected: numberLike(h.number, h.value + take.length + 1),
        }),
      );
    }
  }
  items.sort((a, b) => a.line.n - b.line.n);

  // 4. No numbering at all: headings make the agenda.
  const lastPersonOrFieldLine = (): number => {
    let last = 0;
    for (const l of body) if (personLines.has(l.n) || labelLines.has(l.n) || fieldOf(l)) last = l.n;
    return last;
  };
  if (items.length === 0) {
    // Unnumbered agenda headings come after the title and the header fields.
    const titleLine = readHeader(body.filter((l) => !personLines.has(l.n)), body, fm.data).titleLine;
    const after = Math.max(lastPersonOrFieldLine(), titleLine?.n ?? 0);
    const unnumbered = unnumberedHeads(body, after, personLines, labelLines);
    unnumbered.forEach((l, k) => {
      let text = l.text.replace(/^\[\d{1,2}[:.]\d{2}\]\s*/, '');
      const at = body.indexOf(l);
      // OCR may put a blank line between a wrapped heading and its continuation.
      const next = body[at + 1]?.blank ? body[at + 2] : body[at + 1];
      const wrapped = next && wrapsInto(text, next) ? next : null;
      if (wrapped) text = `${text} ${wrapped.text}`;
      items.push({ line: l, number: String(k + 1), numberInferred: true, title: cleanTitle(text), rest: '', titleLine: wrapped, style: 'heading', value: k + 1 });
    });
  }

  // 5. Item ranges: to the next item, a people section, or the trailer.
  const lastContent = trailerStart(body, items, personLines, labelLines);
  const itemModels: Item[] = [];
  const officials: Official[] = [];
  const wrapWidth = wrapWidthOf(body);
  const itemLineSet = new Set<number>();
  let section: { title: string; depth: number } | null = null;
  // Header: what stands before the first item.
  // A run-on agenda shares its line with the header fields before it.
  const firstItemLine = items[0] ? items[0].line.n + (items[0].style === 'run-on' ? 1 : 0) : Infinity;
  const header = readHeader(body.filter((l) => l.n < firstItemLine && !personLines.has(l.n)), body, fm.data);
  const year = Number(/\d{4}/.exec(header.meeting.date ?? '')?.[0]) || null;
  for (let k = 0; k < items.length; k++) {
    const h = items[k]!;
    const nextLine = items[k + 1]?.line.n ?? lastContent + 1;
    const bodyStart = (h.titleLine ?? h.line).n + 1;
    const span = range(body, bodyStart, nextLine);
    let content = span.filter((l) => !personLines.has(l.n) && !labelLines.has(l.n));
    // A people section inside the range ends the item there.
    // A list of people ends the item; a role line inside it ("Møteleiar: X" under Val) does not.
    const stop = span.find((l) => listLines.has(l.n));
    if (stop) content = content.filter((l) => l.n < stop.n);
    if (section && h.line.depth > 0 && h.line.depth < section.depth) section = null;
    // A heading-like last line with nothing under it names a section for the following items.
    let nextSection: { title: string; depth: number } | null = null;
    const nonBlank = content.filter((l) => !l.blank);
    const tail = nonBlank[nonBlank.length - 1];
    if (tail && items[k + 1] && isSectionLabel(tail)) {
      nextSection = { title: cleanTitle(tail.text), depth: tail.depth || 99 };
      content = content.filter((l) => l.n < tail.n);
    }
    const titleText = h.title;
    const restLine: Line | null = h.rest
      ? { ...h.line, text: h.rest, column: h.line.column + Math.max(0, h.line.text.indexOf(h.rest)) }
      : null;
    const textLines = restLine ? [restLine, ...content] : content;
    officials.push(...findOfficials(titleText, content));
    const decisions: Decision[] = findDecisions(textLines).map((d) => ({ text: d.text, position: pos(d.line, d.endLine, d.startColumn) }));
    const actions: Action[] = findActions(textLines, year).map((a) => ({ text: a.text, responsible: a.responsible, due: a.due, position: pos(a.line, a.endLine, a.startColumn) }));
    const subItems: SubItem[] = [];
    // Sub-items: "a." / "b)", or "6.1" under item 6 (only for numbers that start with digits).
    const lead = /^\d+/.exec(h.number)?.[0];
    const numbered = lead ? new RegExp(`^(${lead}\\.\\d{1,2})\\.?\\s*[-–:]?\\s*(\\S.*)$`) : null;
    for (const l of content) {
      const m = /^([a-zæøå])[.)]\s+(\S.*)$/.exec(l.text) ?? numbered?.exec(l.text);
      if (m && !l.blank) subItems.push({ label: m[1]!, title: cleanTitle(m[2]!), position: pos(l) });
    }
    const nonBlankContent = content.filter((l) => !l.blank);
    const lastLine = nonBlankContent[nonBlankContent.length - 1] ?? h.titleLine ?? h.line;
    for (let n = h.line.n; n <= lastLine.n; n++) if (!personLines.has(n)) itemLineSet.add(n);
    itemModels.push({
      number: h.number,
      numberInferred: h.numberInferred,
      title: titleText,
      section: section?.title ?? null,
      subItems,
      text: joinText(textLines, ctx.markdown, wrapWidth),
      decisions,
      actions,
      position: pos(h.line, lastLine),
    });
    if (nextSection) section = nextSection;
  }

  // 7. Attendees and invited.
  const { attendees, invited, mergedLines } = assemblePeople({
    people,
    officials,
    frontMatter: fm.data,
    frontMatterLines: lines.slice(0, fm.end),
    remote: !!header.meeting.location && REMOTE_PLACE.test(header.meeting.location),
    body,
    position: pos,
    warn: (p) =>
      diagnostics.push(
        diagnostic('warning', 'duplicate-attendee', `${p.name} is listed more than once; the entries are merged`, { line: p.line.n, column: ctx.originalColumn(p.line.n, p.line.column) }, {
          actual: p.name,
          expected: null,
        }),
      ),
  });
  // Timestamped minutes: the first stamp is when the meeting started.
  if (!header.meeting.start && items[0] && TIMESTAMP.test(items[0].line.text)) {
    const m = /^\[(\d{1,2})[:.](\d{2})\]/.exec(items[0].line.text)!;
    header.meeting.start = `${m[1]!.padStart(2, '0')}:${m[2]}`;
  }
  // 8. Kind, or not a meeting document at all.
  const evidence =
    (header.kind ? 3 : 0) +
    (attendees.length ? 2 : 0) +
    (items.filter((i) => !i.numberInferred).length >= 2 ? 2 : 0) +
    Math.min(2, header.fields.filter((f) => f.key === 'date' || f.key === 'time' || f.key === 'place' || f.key === 'timeAndPlace').length) +
    (itemModels.some((i) => i.decisions.length) ? 1 : 0) +
    (fm.data?.date ? 1 : 0);
  let kind: Kind = header.kind ?? (evidence >= 3 ? 'referat' : 'unknown');
  if (kind === 'sakskart' && itemModels.filter((i) => i.decisions.length).length >= 2) kind = 'referat';
  if (evidence < 3) kind = 'unknown';

  const firstItemStart = itemModels[0]?.position.start.line ?? Infinity;
  const lastItemEnd = itemModels.length ? Math.max(...itemModels.map((i) => i.position.end.line)) : 0;
  for (const a of attendees) mergedLines.delete(a.position.start.line);
  for (const i of invited) mergedLines.delete(i.position.start.line);
  const free = (l: Line): boolean => !l.blank && (!personLines.has(l.n) || mergedLines.has(l.n)) && !itemLineSet.has(l.n);
  const fmLines = lines.slice(0, fm.end).filter((l) => l.raw.trim() && !/^---$/.test(l.raw.trim()));
  // Label lines without people on them ("Frammøtte:", "Inviterte") stay with the surrounding text.
  // The title line is held by `title`; everything else before the first item is preamble.
  const preText = [...fmLines.map((l) => l.raw.trim()), ...body.filter((l) => free(l) && l.n < firstItemStart && !(l === header.titleLine && header.title === l.text)).map((l) => l.text)];
  const postText = body.filter((l) => free(l) && l.n > lastItemEnd && l.n >= firstItemStart).map((l) => l.text);

  if (kind === 'unknown') {
    diagnostics.push(
      diagnostic('error', 'not-a-meeting-document', 'This does not read as minutes, an agenda or a notice: no meeting title, attendee list or numbered items were found', { line: 1, column: 1 }, {
        actual: 'no meeting structure',
        expected: 'referat, protokoll, innkalling or sakskart',
      }),
    );
    const allText = body.filter((l) => !l.blank).map((l) => l.text);
    return {
      schemaVersion: 1,
      kind,
      language: detectLanguage(body.map((l) => l.text).join('\n')),
      title: header.title,
      meeting: { body: null, date: null, start: null, end: null, location: null },
      notice: null,
      attendees: [],
      invited: [],
      items: [],
      preamble: [...fmLines.map((l) => l.raw.trim()), ...allText].join('\n') || null,
      trailer: null,
      diagnostics,
    };
  }
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
    language: detectLanguage(body.map((l) => l.text).join('\n')),
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
