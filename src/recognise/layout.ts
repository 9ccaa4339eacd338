/**
 * Where items start and end, and how their text reads: unnumbered agenda headings, section labels,
 * the trailer (signatures, sign-off), hard-wrapped lines joined into paragraphs.
 */
import { alternation, latinRegExp, startsLower } from '../vocab/patterns.js';
import itemWords from '../vocab/items.json' with { type: 'json' };
import type { Line } from '../segment/line.js';
import { fieldOf } from './header.js';
import { CAPITAL_OR_QUOTE_FIRST, FINITE_VERB, isBreakNote, isClosingItemTitle, isHeadingLike, isItemSection, isUpperHeading, looksLikeNotTitle, sharedTitleWords, type ItemHead } from './items.js';
import { attendanceLabel } from './attendance.js';
import { isNameLike } from './people.js';
import { labels } from './vocab.js';
import { tolerantAlternation } from './ocr-tolerant.js';
import { hasActionLabel, hasDecisionLabel, hasProposalLabel, isDecisionSentence } from './decisions.js';

/** "[18:05] Velkommen": a timestamped line; groups 1 and 2 are the hour and minute. Not global: no lastIndex to mind. */
export const TIMESTAMP = /^\[(\d{1,2})[:.](\d{2})\]\s*\S/;
const SECTION_WORDS = latinRegExp(`^(?:${tolerantAlternation(labels.sections)})\\s*:?$`, 'i');
/** An agenda's heading over its list: "Saksliste:", "Saklista for generalforsamlinga", "Dagsorden til årsmøtet 2024". */
const AGENDA_OVER_LIST = latinRegExp(`^(?:${tolerantAlternation(labels.sections)})(?:\\s+(?:for|til|på)\\s+[^:.!?]{2,50})?\\s*:?$`, 'i');
/** "Dagsorden for møtet ble godkjent": a sentence about the agenda, no heading. */
const isAgendaHeading = (text: string): boolean => AGENDA_OVER_LIST.test(text) && !FINITE_VERB.test(text);
const CAPITAL_OR_DIGIT_FIRST = latinRegExp(String.raw`^[\p{Lu}\d]`);
/** "Oslo 12.03.2024" under a signature. */
const PLACE_AND_DATE = latinRegExp(String.raw`^\p{Lu}\p{Ll}+\s+\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}$`);
const SIGNATURE = /^(?:mvh|med\s+(?:vennlig\s+)?hilsen|vennlig\s+hilsen|med\s+venleg\s+helsing|helsing|hilsen|referent|sekretær|skrivar|ref\.?|neste\s+(?:styre)?møte|møtet\s+(?:ble\s+)?(?:slutt|hevet|heva|avsluttet)|vel\s+møtt|\(ref\b)/i;

/** The letters in their order, as a lettered agenda runs ("a) Årsmelding", "b) Rekneskap"). */
export const LETTERS = 'abcdefghijklmnopqrstuvwxyzæøå';

export function numberLike(template: string, value: number): string {
  // A lettered agenda ("a", "b"): the letter of that place.
  if (/^[a-zæøå]$/.test(template)) return LETTERS[value - 1] ?? template;
  // Keep the style of the neighbouring numbers: "12/24" → "13/24", "PS 12/24" → "PS 13/24".
  return template.replace(/\d+/, String(value).padStart((/\d+/.exec(template)?.[0] ?? '').length, '0'));
}

export function isSectionLabel(l: Line): boolean {
  const t = l.text;
  if (l.bullet) return false;
  if (t.split(/\s+/).length > 8 || /[.!?]$/.test(t)) return false;
  return (l.depth > 0 || l.strong || /:$/.test(t) || isUpperHeading(t)) && !isClosingItemTitle(t);
}

/** An entry of an agenda listed without numbers: a short title, no field, no second sentence. */
function isListedTitle(l: Line): boolean {
  const t = l.text.replace(/\.$/, '');
  return (
    !l.blank && t.length <= 80 && t.split(/\s+/).length <= 14 && CAPITAL_OR_QUOTE_FIRST.test(t) && !/[.!?]\s/.test(t) && !fieldOf(l) && !attendanceLabel(t) &&
    // A title names a matter; "Godkjent uten merknader.", "Kari Nordvik ble valgt til referent." report an outcome.
    !FINITE_VERB.test(t) && !isDecisionSentence(l.text)
  );
}


/** A sentence or a label, not bulleted: where a bulleted saksliste has ended. */
const endsList = (x: Line): boolean => /[.:!?]$/.test(x.text) && !x.bullet;

/**
 * "Sakliste :" over "Godkjenning av innkalling." / "Årsmelding." / "Rekneskap.": an agenda listed without numbers under
 * its label, one short title a line (bullets allowed), to the first line that is no such title; a bulleted list goes
 * on past up to seven lines under a point, to the next point. Two titles at least.
 */
export function listedAgenda(body: Line[], personLines: Set<number>): Line[] {
  for (let i = 0; i < body.length; i++) {
    if (body[i]!.blank || !isAgendaHeading(body[i]!.text)) continue;
    let k = i + 1;
    while (body[k]?.blank) k++;
    const entries: Line[] = [];
    const bulleted = !!body[k]?.bullet;
    const indent = body[k]?.indent ?? 0;
    // A point of the list: a bullet at the list's own indent (a deeper one is a sub-point: "- Økonomi" / "    - Regnskap").
    const point = (l: Line): boolean => !!l.bullet && l.indent <= indent;
    for (; k < body.length; k++) {
      const l = body[k]!;
      if (isListedTitle(l) && !personLines.has(l.n) && (!bulleted || point(l))) {
        entries.push(l);
        continue;
      }
      // A bulleted saksliste goes on past a few lines under one of its points ("- Valg av nytt styre." / "Leder – på
      // valg" / …, or its sub-points), to the next point.
      // Not past a sentence or a label ("Møtet ble åpnet av leder kl. 19." / "Følgende ble diskutert:"): the list has ended.
      // A point or two that tell of the entry above ("- Årsberetning" / "- Generell del v. Kari Dal, oppsummering av
      // året." / "- Økonomidel v. Ola Nes" / "- Godkjenning av regnskap"): the list goes on at the next title.
      if (bulleted && point(l)) {
        let next = k + 1;
        // Such a point names a part of the matter; one with a finite verb is a sentence of its own ("Styret har hatt
        // mange møter."), after which the list has ended.
        // Nor a note with a label ("- NB: forslag til styret innen 1. mars").
        const tells = (x: Line): boolean =>
          !!x.bullet && point(x) && !isListedTitle(x) && !x.text.includes(':') && !fieldOf(x) && !FINITE_VERB.test(x.text) && !isDecisionSentence(x.text);
        while (next < body.length && next - k < 3 && tells(body[next]!)) next++;
        const after = body[next];
        // Right under an entry: the points tell of it.
        if (entries.length > 0 && entries.at(-1) === body[k - 1] && tells(l) && after && point(after) && isListedTitle(after) && !personLines.has(after.n)) {
          k = next - 1;
          continue;
        }
      }
      if (!bulleted || l.blank || point(l) || endsList(l)) break;
      let next = k + 1;
      while (next < body.length && next - k < 8 && !point(body[next]!) && !body[next]!.blank && !endsList(body[next]!)) next++;
      if (!body[next] || !point(body[next]!)) break;
      k = next - 1;
    }
    if (entries.length >= 2) return entries;
  }
  return [];
}

/** A title as compared with its restatement: lower case, single spaces, no bullet, no closing stop. */
function titleKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[-–•*\s]+/, '')
    .replace(/[\s.:!?]+$/, '')
    .replace(/\s+/g, ' ');
}

/**
 * A line that may restate an agenda entry in other words: a short title that names a matter, not an outcome
 * ("Protokollen fra forrige møte ble godkjent."), a signature ("Styret", "Nordby 12.03.2023") or a name.
 */
function mayRestate(l: Line): boolean {
  const t = l.text;
  return (
    t.split(/\s+/).length <= 8 && CAPITAL_OR_QUOTE_FIRST.test(t) && !/[.!?]\s/.test(t) && !FINITE_VERB.test(t.replace(/[.:]$/, '')) && !isDecisionSentence(t) && !SIGNATURE.test(t) && !PLACE_AND_DATE.test(t) && !isNameLike(t)
  );
}

/**
 * A listed agenda restated as the headings of the proceedings ("Saksliste:" / "- Godkjenning av møteinnkalling og
 * saksliste." … then "Godkjenning av møteinnkalling og saksliste." / "Ikke sendt ut med to ukers frist …"): for each
 * entry, the later line that restates it, or null. A line restates an entry when it says the same (case and closing
 * stop aside); an entry none says so takes, between its neighbours' restatements, the short title with text under it
 * that shares the most words with it ("FAU’s årsregnskap" / "Godkjenning av årsregnskapet."). Null, and the list
 * is the agenda and nothing more, unless two entries at least are restated, in the agenda's order, most of them with
 * text under them (the same titles listed again are attachments: "Vedlegg:" / "Årsmelding." / "Regnskap.").
 */
export function restatedAgenda(entries: Line[], body: Line[], personLines: Set<number>): Array<Line | null> | null {
  // After the list and the points under its last entry.
  let end = body.indexOf(entries[entries.length - 1]!);
  while (body[end + 1] && !body[end + 1]!.blank && (body[end + 1]!.bullet || body[end + 1]!.indent > 0)) end++;
  const rest = body.slice(end + 1);
  const later = rest.filter((l) => !l.blank && !l.code && !personLines.has(l.n) && l.text.length <= 120);
  const keys = entries.map((e) => titleKey(e.text));
  // Each later line's key, computed once: every entry is looked up among them.
  const laterKeys = later.map((l) => titleKey(l.text));
  const found: Array<Line | null> = [];
  let at = 0;
  for (const key of keys) {
    const k = laterKeys.indexOf(key, at);
    found.push(k >= 0 ? later[k]! : null);
    if (k >= 0) at = k + 1;
  }
  // An entry passed over is restated out of the agenda's order: which item a line belongs to would be a guess.
  for (let i = 0; i < entries.length; i++) if (!found[i] && laterKeys.includes(keys[i]!)) return null;
  // For each line, the number of the next line with text: "has text under it, before line n" in constant time.
  const nextText = new Map<number, number>();
  let next = Infinity;
  for (let k = rest.length - 1; k >= 0; k--) {
    const x = rest[k]!;
    nextText.set(x.n, next);
    if (!x.blank && !personLines.has(x.n)) next = x.n;
  }
  const textUnder = (l: Line, before: number): boolean => (nextText.get(l.n) ?? Infinity) < before;
  // The lines that may restate an entry in other words, tested once (only when some entry needs them).
  let mayRestateLines: Line[] | null = null;
  for (let i = 0; i < entries.length; i++) {
    if (found[i]) continue;
    mayRestateLines ??= later.filter(mayRestate);
    const from = found.slice(0, i).reduce((n, l) => (l ? l.n : n), 0);
    const to = found.slice(i + 1).find((l) => l)?.n ?? Infinity;
    let best: Line | null = null;
    let most = 0;
    for (const l of mayRestateLines) {
      if (l.n <= from || l.n >= to || !textUnder(l, to)) continue;
      const shared = sharedTitleWords(entries[i]!.text, l.text, 5);
      if (shared > most) [best, most] = [l, shared];
    }
    found[i] = best;
  }
  const anchors = found.filter((l): l is Line => !!l);
  if (anchors.length < 2) return null;
  const withText = anchors.filter((l, k) => textUnder(l, anchors[k + 1]?.n ?? Infinity)).length;
  return withText * 2 > anchors.length ? found : null;
}

/** A case paper's section heading ("Bakgrunn:", "Vurdering:"), items.json caseSections. */
const CASE_SECTION = latinRegExp(`^(?:${alternation(itemWords.caseSections)})\\s*:?$`, 'i');

/** "Dato og tid", "Tid og sted": a field's label standing over its value. */
const FIELD_HEADING = latinRegExp(`^(?:${alternation(labels.fieldHeadings)})(?:\\s+(?:og|&)\\s+(?:${alternation(labels.fieldHeadings)}))?$`, 'i');

/**
 * A plain-text outline ("Valg av styre" / "  Det er fem kandidater …" / "Godkjenning av generalforsamling" / "  …"):
 * the body indented under headings that stand at the margin. The headings, when at least two stand so, each over
 * indented lines, and most of the text is indented; else none. What is numbered inside (a proposal's articles
 * "  1. Navn", "  2. Formål") is the heading's text, no agenda item. People and field labels ("Fremmøtte", "Dato og
 * tid") and an agenda's labels ("Behandlede saker:") are no headings.
 */
export function outlineHeads(body: Line[], personLines: Set<number>, labelLines: Set<number>): Line[] {
  const text = body.filter((l) => !l.blank && !l.code);
  const indented = text.filter((l) => l.indent >= 2);
  if (indented.length < 4 || indented.length < text.length * 0.6) return [];
  const heads: Line[] = [];
  for (let i = 0; i < body.length; i++) {
    const l = body[i]!;
    if (l.blank || l.code || l.indent > 0 || l.bullet || l.depth > 0) continue;
    let k = i + 1;
    while (body[k]?.blank) k++;
    const under = body[k];
    if (!under || under.indent < 2) continue;
    const t = l.text.replace(/:$/, '');
    if (t.split(/\s+/).length > 8 || !CAPITAL_OR_QUOTE_FIRST.test(t) || /[.!?]$/.test(t) || FINITE_VERB.test(t)) continue;
    if (personLines.has(l.n) || labelLines.has(l.n) || attendanceLabel(t) || fieldOf(l) || FIELD_HEADING.test(t)) continue;
    // "Behandlede saker:", "Saksliste:" over an indented numbered agenda: the agenda's label, not a matter.
    if (SECTION_WORDS.test(t) || isItemSection(t)) continue;
    heads.push(l);
  }
  return heads.length >= 2 ? heads : [];
}

/** Short title lines that head a paragraph: the agenda of minutes written without numbers. */
export function unnumberedHeads(body: Line[], after: number, personLines: Set<number>, labelLines: Set<number>): Line[] {
  const candidates = body.filter((l) => l.n > after && !l.blank && !l.code && !personLines.has(l.n) && !labelLines.has(l.n));
  // Timestamped headings ("[16:32] Velkommen v/leder"), as in long protocols; a stamped break ("[18:23] Vi kjører
  // pause i 30min.") is a note in the log, not an item.
  const stamped = candidates.filter((l) => TIMESTAMP.test(l.text));
  if (stamped.length >= 3) return stamped.filter((l) => !isBreakNote(l.text));
  // Markdown headings: the shallowest level that repeats (below the document title).
  const md = candidates.filter((l) => l.depth > 0 && !attendanceLabel(l.text));
  const depths = [...new Set(md.map((l) => l.depth))].sort();
  for (const d of depths) {
    const at = md.filter((l) => l.depth === d);
    if (at.length >= 2) return at;
  }
  const out: Line[] = [];
  for (let i = 0; i < body.length; i++) {
    const l = body[i]!;
    if (l.n <= after || l.blank || l.code || personLines.has(l.n) || labelLines.has(l.n)) continue;
    const t = l.text;
    const words = t.split(/\s+/).length;
    // A bold line of its own that ends in a colon ("**Orientering:**" over its points) heads a matter as a heading does;
    // not a sentence that opens a list ("**Styret vedtok:**", "**Følgende ble diskutert:**"), a proposal's label
    // ("**Forslag til vedtak:**") or a case paper's section ("**Bakgrunn:**").
    const boldLabel = !l.bullet && l.strong && t.endsWith(':') && words <= 6 && !FINITE_VERB.test(t.slice(0, -1)) && !isDecisionSentence(t.slice(0, -1)) && !hasProposalLabel(t) && !CASE_SECTION.test(t);
    const short = l.bullet
      ? words <= 20 && t.length <= 160 && !/[.:,;]$/.test(t)
      : words <= 8 && t.length <= 70 && (!/[.:!?,;]$/.test(t) || isClosingItemTitle(t) || boldLabel);
    if (!short || !CAPITAL_OR_DIGIT_FIRST.test(t) || looksLikeNotTitle(t) || fieldOf(l) || SECTION_WORDS.test(t) || hasActionLabel(t) || hasDecisionLabel(t)) continue;
    const prev = body[i - 1];
    // A heading follows a blank line — or, in OCR text that lost its blank lines, a finished paragraph.
    const afterParagraph = !!prev && /[.!?]$/.test(prev.text) && words <= 6 && t.length <= 50;
    if (prev && !prev.blank && !isHeadingLike(l) && !(l.bullet && isClosingItemTitle(t)) && !afterParagraph) {
      if (!l.bullet) continue;
    }
    let k = i + 1;
    while (k < body.length && body[k]!.blank) k++;
    const next = body[k];
    const nextIsText = !!next && !next.blank && (next.text.split(/\s+/).length >= 5 || /[.!?]$/.test(next.text)) && !isHeadingLike(next);
    if (l.bullet ? true : nextIsText || isHeadingLike(l) || (isClosingItemTitle(t) && !!next)) out.push(l);
  }
  // Headings make the agenda; a bullet list does only when there are no headings (an innkalling's saksliste).
  const headings = out.filter((l) => !l.bullet);
  if (headings.length >= 2) return headings;
  const outermost = out.reduce((m, l) => Math.min(m, l.indent), Infinity);
  const bullets = out.filter((l) => l.bullet && l.indent <= outermost);
  return bullets.length >= 2 ? bullets : [];
}

/** Where the last item's content ends: signatures, sign-off and closing lines form the trailer. */
export function trailerStart(body: Line[], items: ItemHead[], personLines: Set<number>, labelLines: Set<number>): number {
  if (!items.length) return body.length ? body[body.length - 1]!.n : 0;
  const lastHead = items[items.length - 1]!;
  let end = body.length ? body[body.length - 1]!.n : 0;
  // A people section after the last item ends it.
  const section = body.find((l) => l.n > lastHead.line.n && (personLines.has(l.n) || labelLines.has(l.n)));
  if (section) end = section.n - 1;
  const within = body.filter((l) => l.n > (lastHead.titleLine ?? lastHead.line).n && l.n <= end && !l.blank);
  let cut = within.length;
  for (let i = within.length - 1; i >= 1; i--) {
    const t = within[i]!.text;
    const sig = SIGNATURE.test(t) || (isNameLike(t) && t.split(/\s+/).length <= 4) || PLACE_AND_DATE.test(t);
    if (!sig) break;
    cut = i;
  }
  if (cut < within.length) return within[cut]!.n - 1;
  return end;
}

/** Lines with numbers from `from` (inclusive) to `to` (exclusive); body lines are consecutive. */
export function range(body: Line[], from: number, to: number): Line[] {
  if (!body.length) return [];
  const base = body[0]!.n;
  return body.slice(Math.max(0, from - base), Math.max(0, to - base));
}

/** The width a hard-wrapped export breaks at: the 90th percentile of line lengths. */
export function joinText(lines: Line[], markdown: boolean, wrapWidth: number): string {
  const out: string[] = [];
  let para: string[] = [];
  let prev: Line | null = null;
  const flush = (): void => {
    if (para.length) out.push(para.join(''));
    para = [];
    prev = null;
  };
  for (const l of lines) {
    if (l.blank) {
      flush();
      continue;
    }
    const piece = markdown ? l.raw.trim().replace(/\s+$/, '') : (l.bullet ? '- ' : '') + l.text;
    if (prev) {
      const p: Line = prev;
      const wrapped = !l.bullet && !numberedStart(l.text) && ((p.raw.trimEnd().length >= wrapWidth * 0.7 && !/[.:!?]$/.test(p.text)) || startsLower(l.text));
      para.push(wrapped ? ' ' : '\n');
    }
    para.push(piece);
    prev = l;
  }
  flush();
  return out.join('\n\n');
}

function numberedStart(t: string): boolean {
  return /^(?:\d{1,3}[.)]|[a-z][.)])\s/.test(t);
}
