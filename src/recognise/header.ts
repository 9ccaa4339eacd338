/**
 * Title, kind and the meeting/notice fields of the part before the first item: "Tid:", "Dato:",
 * "Sted:", "Tid og sted:", letter fields (Dato/Deres ref/Vår ref/Saksbehandler/Arkivkode/Til), and
 * dates, times and places in the title lines ("Referat styremøte 25.10.kl.12 på Teams").
 */
import type { Kind, Meeting, Notice } from '../model/schema.js';
import type { Line } from '../segment/line.js';
import { findDates, findTimes, iso, yearFor, type FoundDate } from './dates.js';
import { labelSet, labelText, matchLabel } from './labels.js';
import { latinRegExp, tolerantAlternation } from './ocr-tolerant.js';
import { isNameLike } from './people.js';
import { labels } from './vocab.js';

const F = labels.fields;
const FIELD_SETS = Object.fromEntries(Object.entries(F).map(([k, words]) => [k, labelSet(words)])) as Record<keyof typeof F, ReturnType<typeof labelSet>>;
const KIND_RES = Object.entries(labels.titles).map(([kind, words]) => [kind as Kind, latinRegExp(`(?:^|[^\\p{L}])(?:${tolerantAlternation(words)})`, 'i')] as const);
// Tested on lower-cased text: a case-insensitive pattern with ø costs a Unicode case closure to compile.
const EARLIER = /\b(?:forrige|fra\s+møte(?!t\s+\d)|frå\s+møte|referat\s+fra|godkjenning|neste|frist|innen|opprettet|publisert|oppdatert|sist\s+endret)\b/;
const PLACE_IN_TITLE = latinRegExp(String.raw`\b(?:på|hos)\s+(\p{Lu}[\p{L}\d .'-]*?|hos\s+\p{Lu}\p{L}*)(?=\s*(?:[,.;(]|\d|kl\b|$))`);
const EXPLICIT_PROTOCOL = latinRegExp(`(?:${tolerantAlternation(['protokoll', 'møtebok'])})`, 'i');
const ENDED = latinRegExp(`\\b(?:${tolerantAlternation(['møtet', 'generalforsamlingen', 'årsmøtet', 'forsamlingen'])})\\s+(?:ble\\s+|vart\\s+|er\\s+)?(?:slutt|heve|heva|avslutt|ferdig|ende)\\w*\\b`, 'i');

export interface FieldHit {
  key: keyof typeof F;
  value: string;
  line: Line;
}

export function fieldOf(line: Line): FieldHit | null {
  if (line.blank || line.code) return null;
  const text = labelText(line);
  for (const key of ['timeAndPlace', 'date', 'time', 'place', 'caseHandler', 'ourRef', 'yourRef', 'archiveCode', 'body'] as const) {
    const m = matchLabel(text, FIELD_SETS[key]);
    if (m && (!m.alone || /:$/.test(text) || text.includes(':'))) return { key, value: m.value, line };
  }
  return null;
}

/** Several "LABEL: value" pairs run together on one line (PDF exports): split them. */
function inlineFields(line: Line): FieldHit[] {
  const re = /(?:^|\s)(MØTEDATO|DATO|TID|KL\.?|STED|MØTESTED|Dato|Tid|Sted)\s*\.?:\s*/g;
  const hits: Array<{ key: string; start: number; end: number }> = [];
  for (let m = re.exec(line.text); m; m = re.exec(line.text)) hits.push({ key: m[1]!.toLowerCase(), start: m.index, end: m.index + m[0].length });
  if (hits.length < 2) return [];
  return hits.map((h, k) => {
    const value = line.text.slice(h.end, hits[k + 1]?.start ?? line.text.length).trim();
    const key: FieldHit['key'] = /dato/.test(h.key) ? 'date' : /tid|kl/.test(h.key) ? 'time' : 'place';
    // The place runs on into the next sentence in flattened PDFs: cut where a sentence starts.
    return { key, value: key === 'place' ? value.split(/\s+(?=\p{Lu}\p{Ll}+\s+\p{Ll}+\s+\p{Ll})/u)[0]!.slice(0, 80) : value, line };
  });
}

export interface HeaderResult {
  title: string | null;
  titleLine: Line | null;
  kind: Kind | null;
  meeting: Meeting;
  notice: Notice | null;
  fields: FieldHit[];
  /** Date candidates were found in the header but all belonged to other meetings. */
  dateNeedsDiagnostic: boolean;
}

interface DateCandidate {
  date: FoundDate;
  score: number;
  line: Line;
}

export function readHeader(header: Line[], all: Line[], frontMatter: Record<string, unknown> | null): HeaderResult {
  const meeting: Meeting = { body: null, date: null, start: null, end: null, location: null };
  const nonBlank = header.filter((l) => !l.blank && !l.code);
  const fields: FieldHit[] = [];
  for (const l of nonBlank) {
    const inline = inlineFields(l);
    if (inline.length) fields.push(...inline);
    else {
      const f = fieldOf(l);
      if (f) fields.push(f);
    }
  }

  // Title: the first line naming a kind of meeting document, else the first line.
  const top = nonBlank.slice(0, 8);
  const fmTitle = typeof frontMatter?.title === 'string' ? frontMatter.title : null;
  const startsWithKind = (l: Line): boolean => KIND_RES.some(([, re]) => re.test(l.text.slice(0, 30))) && l.text.length < 160 && !fieldOf(l);
  // A title is one short line, not running prose that mentions a referat.
  const titleLike = (l: Line): boolean => l.text.length <= 120 && !/[.!?]\s+[A-ZÆØÅ][a-zæøå]/.test(l.text) && !fieldOf(l);
  // Front matter that names the title makes the search unnecessary (and a later heading is no title).
  let titleLine = fmTitle ? null : top.find((l) => titleLike(l) && KIND_RES.some(([, re]) => re.test(l.text))) ?? nonBlank.find((l) => titleLike(l) && startsWithKind(l)) ?? null;
  if (!titleLine) titleLine = top.find((l) => !fieldOf(l) && /\bmøte|\bmøtet\b|møte\b/i.test(l.text) && l.text.length < 120) ?? null;
  if (!titleLine && !fmTitle) titleLine = nonBlank.find((l) => !fieldOf(l) && l.text.length <= 120) ?? null;
  const title = fmTitle ?? titleLine?.text ?? null;

  // Kind from the title lines (the first one that names a kind), letter features decide innkalling.
  let kind: Kind | null = null;
  const kindLines = [fmTitle ?? '', ...top.map((l) => l.text), ...nonBlank.filter((l) => l.depth > 0 || l.strong || startsWithKind(l)).map((l) => l.text)];
  const kindsSeen = new Set<Kind>();
  for (const text of kindLines) {
    for (const [k, re] of KIND_RES) if (re.test(text.slice(0, 160))) kindsSeen.add(k);
  }
  const letter = fields.some((f) => f.key === 'caseHandler' || f.key === 'ourRef' || f.key === 'yourRef') || nonBlank.some((l) => /^med\s+vennlig\s+hilsen/i.test(l.text));
  // The title decides when it names a kind; the other top lines only when it does not.
  const titleKinds = new Set<Kind>();
  // A short line under the title belongs to it ("Referat" / "Generalforsamling").
  const underTitle = titleLine ? nonBlank[nonBlank.indexOf(titleLine) + 1] : undefined;
  const titleTexts = [fmTitle ?? '', titleLine?.text ?? '', underTitle && underTitle.text.split(/\s+/).length <= 4 && !fieldOf(underTitle) ? underTitle.text : ''];
  for (const text of titleTexts) for (const [k, re] of KIND_RES) if (re.test(text.slice(0, 160))) titleKinds.add(k);
  if (titleKinds.size) {
    kindsSeen.clear();
    for (const k of titleKinds) kindsSeen.add(k);
  } else kindsSeen.delete('protokoll');
  // "Innkalling til generalforsamling" is a notice: the meeting's type (årsmøte, generalforsamling)
  // makes minutes formal, but only the words protokoll/møtebok outrank a notice.
  const explicitProtocol = titleTexts.some((t) => EXPLICIT_PROTOCOL.test(t));
  if (kindsSeen.has('protokoll') && kindsSeen.has('innkalling') && !explicitProtocol) kindsSeen.delete('protokoll');
  if (kindsSeen.has('protokoll')) kind = 'protokoll';
  else if (kindsSeen.has('innkalling')) kind = 'innkalling';
  else if (kindsSeen.has('referat')) kind = 'referat';
  else if (kindsSeen.has('sakskart')) kind = letter ? 'innkalling' : 'sakskart';

  // Dates: score each candidate by where it stands.
  const candidates: DateCandidate[] = [];
  const fmDate = frontMatter?.date;
  if (fmDate instanceof Date && !Number.isNaN(fmDate.getTime())) meeting.date = fmDate.toISOString().slice(0, 10);
  else if (typeof fmDate === 'string' && /^\d{4}-\d{2}-\d{2}/.test(fmDate)) meeting.date = fmDate.slice(0, 10);
  const notice: Notice = { date: null, ourRef: null, yourRef: null, caseHandler: null, archiveCode: null, recipient: null, sender: null };
  const timeFields = fields.filter((f) => f.key === 'time' || f.key === 'timeAndPlace');
  const dateFields = fields.filter((f) => f.key === 'date');
  const letterDate = letter && dateFields.length > 0 && timeFields.some((f) => findDates(f.value).length > 0);
  for (const f of fields) {
    const ds = findDates(f.value);
    if (f.key === 'date' && letterDate) {
      if (ds[0]?.year) notice.date = iso({ day: ds[0].day, month: ds[0].month, year: ds[0].year });
      continue;
    }
    if (f.key === 'date' || f.key === 'time' || f.key === 'timeAndPlace') for (const d of ds) candidates.push({ date: d, score: 6, line: f.line });
  }
  const titleIndex = titleLine ? nonBlank.indexOf(titleLine) : -1;
  nonBlank.forEach((l, k) => {
    if (fields.some((f) => f.line === l)) return;
    if (l === titleLine ? /\b(?:forrige|neste|godkjenning)\b/i.test(l.text) : EARLIER.test(l.text.toLowerCase())) return;
    const ds = findDates(l.text);
    // "Referat styremøte 3/7": day/month after the word møte, in the title only.
    const dm = l === titleLine ? /møte\w*\s+(?:den\s+)?(\d{1,2})\/(\d{1,2})(?![\d/])/i.exec(l.text) : null;
    if (dm && !ds.length && Number(dm[2]) <= 12) ds.push({ day: Number(dm[1]), month: Number(dm[2]), year: null, weekday: null, index: dm.index, end: dm.index + dm[0].length });
    for (const d of ds) {
      let score = 0;
      if (l === titleLine) score += 5;
      else if (k <= titleIndex + 3 && k < 6) score += 4;
      else if (k < 8) score += 2;
      else score += 1;
      if (/\bmøte|\bmøtet|\bmøtte|\bmøtedato\b/i.test(l.text)) score += 1;
      if (l.text.length < 40) score += 1;
      candidates.push({ date: d, score, line: l });
    }
  });
  const withYear = candidates.find((c) => c.date.year)?.date.year ?? allYears(all);
  let dateNeedsDiagnostic = false;
  // Best first, whatever decides the date: the time is looked for on the best date line too.
  candidates.sort((a, b) => b.score - a.score || a.line.n - b.line.n);
  if (!meeting.date && candidates.length) {
    const best = candidates[0]!;
    const year = yearFor(best.date, withYear);
    if (year) meeting.date = iso({ day: best.date.day, month: best.date.month, year });
  } else if (!meeting.date) dateNeedsDiagnostic = true;

  // Times: fields first, then the date/title lines.
  const timeSources = [
    ...timeFields.map((f) => f.value),
    ...(fmTime(frontMatter) ? [fmTime(frontMatter)!] : []),
    // "Dato: Tysdag 14. mars 2023, kl. 19.00" — but not a notice letter's own date.
    ...(letterDate ? [] : dateFields.map((f) => f.value)),
  ];
  const dateLine = candidates[0]?.line;
  if (dateLine && !fields.some((f) => f.line === dateLine)) timeSources.push(dateLine.text);
  if (titleLine) timeSources.push(titleLine.text);
  for (const s of timeSources) {
    const hour = /\bkl\.?\s*([01]?\d|2[0-3])\b/i.exec(s); // "kl. 19", "kl.12": a whole hour
    const t = findTimes(s)[0] ?? (hour ? { start: `${hour[1]!.padStart(2, '0')}:00`, end: null, index: 0 } : undefined);
    if (t) {
      meeting.start = t.start;
      meeting.end = t.end;
      break;
    }
  }
  if (!meeting.end) {
    for (const l of all) {
      if (!ENDED.test(l.text)) continue;
      const t = findTimes(l.text)[0] ?? bareDottedTime(l.text);
      if (t) {
        meeting.end = t.start;
        break;
      }
    }
  }

  // Location: Sted field; else the rest of a time/place field; else "på X"/"hos X" in the title lines.
  const place = fields.find((f) => f.key === 'place' && f.value);
  if (place) meeting.location = place.value;
  else {
    for (const f of timeFields) {
      const rest = stripDateTime(f.value);
      if (rest && /\p{L}{3,}/u.test(rest)) {
        meeting.location = rest;
        break;
      }
    }
  }
  if (!meeting.location) {
    for (const l of [titleLine, dateLine, ...top.slice(0, 4).filter((x) => /møte/i.test(x.text))].filter((x): x is Line => !!x)) {
      const m = PLACE_IN_TITLE.exec(l.text);
      if (m) {
        meeting.location = /\bhos\s/.test(m[0]) ? m[0].trim() : m[1]!.trim();
        break;
      }
    }
  }

  // Body: "møte i X" in the title, or the letter's recipient.
  const bodyMatch = title ? /\bmøte\s+i\s+(.+?)(?:\s+\d|\s*[,–-]|$)/i.exec(title) : null;
  if (bodyMatch) meeting.body = bodyMatch[1]!.trim();
  const bodyField = fields.find((f) => f.key === 'body' && f.value);
  if (bodyField) meeting.body = bodyField.value;

  // Letter fields.
  for (const f of fields) {
    if (f.key === 'ourRef' && f.value) notice.ourRef = f.value;
    if (f.key === 'yourRef' && f.value) notice.yourRef = f.value;
    if (f.key === 'archiveCode' && f.value) notice.archiveCode = f.value;
    if (f.key === 'caseHandler') notice.caseHandler = f.value ? tidyName(f.value) : null;
  }
  const caseField = fields.find((f) => f.key === 'caseHandler');
  if (caseField && !notice.caseHandler) {
    // Flattened letter heads: labels in one column, values after the last empty label.
    const after = nonBlank.filter((l) => l.n > caseField.line.n && !fieldOf(l)).slice(0, 3);
    const name = after.find((l) => isNameLike(tidyName(l.text)));
    if (name) notice.caseHandler = tidyName(name.text);
  }
  const to = nonBlank.find((l) => /^[Tt]il\s+\p{Lu}/u.test(l.text) && l.text.split(/\s+/).length <= 12);
  if (to) {
    notice.recipient = to.text.replace(/^til\s+/i, '');
    meeting.body ??= notice.recipient;
  }
  const greeting = all.findIndex((l) => /^(?:med\s+)?(?:vennlig|venleg)\s+(?:hilsen|helsing)|^med\s+hilsen/i.test(l.text));
  if (greeting >= 0) {
    const sender = all.slice(greeting + 1).filter((l) => !l.blank).slice(0, 2).map((l) => l.text);
    if (sender.length) notice.sender = sender.join(', ');
  }
  const hasNotice = kind === 'innkalling' && Object.values(notice).some((v) => v !== null);
  return { title, titleLine, kind, meeting, notice: hasNotice ? notice : null, fields, dateNeedsDiagnostic };
}

function fmTime(fm: Record<string, unknown> | null): string | null {
  const t = fm?.time;
  // Front matter is read with the YAML 1.2 core schema, so "16:15" stays text (YAML 1.1 made it a number).
  return typeof t === 'string' ? t : null;
}

function bareDottedTime(s: string): { start: string } | null {
  const m = /(?<![\d.])([01]?\d|2[0-3])[.:]([0-5]\d)(?![\d])/.exec(s);
  return m ? { start: `${m[1]!.padStart(2, '0')}:${m[2]}` } : null;
}

function allYears(lines: Line[]): number | null {
  for (const l of lines) {
    const d = findDates(l.text).find((x) => x.year);
    if (d) return d.year;
  }
  const y = lines.map((l) => /\b(19[5-9]\d|20\d\d)\b/.exec(l.text)).find(Boolean);
  return y ? Number(y[1]) : null;
}

/** "Torsdag 7. november, kl 12:00-13:00, Oslo rådhus" → "Oslo rådhus"; "14:15 rom 054 it-vest" → "rom 054 it-vest". */
function stripDateTime(value: string): string {
  let s = value;
  for (const d of findDates(value).reverse()) s = s.slice(0, d.index) + ' ' + s.slice(d.end);
  s = s
    .replace(/\b(?:kl|klokka|klokken)\b\.?:?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–—]\s*\d{1,2}(?:[.:]\d{2})?)?/gi, ' ')
    .replace(/(?<![\d])\d{1,2}[:.]\d{2}(?:\s*[-–—]\s*\d{1,2}[:.]\d{2})?/g, ' ')
    .replace(/\b(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tysdag|laurdag|sundag)\b/gi, ' ');
  return s.replace(/^[\s,.;–-]+|[\s,.;–-]+$/g, '').replace(/\s+/g, ' ').trim();
}

export function tidyName(s: string): string {
  return s.replace(/\b(\p{Lu}\.)(?=\p{Lu}\p{Ll})/gu, '$1 ').replace(/\s+/g, ' ').trim();
}
