/**
 * The line forms of normalised Markdown, as render/read pairs shared by the emitter
 * (src/emit/markdown.ts, which documents the grammar) and the reader (src/recognise/normalised.ts).
 * Keeping both directions here is what makes the round trip exact: the emitter renders an item, reads
 * it back with the very same reader, and falls back to a fence or to the front matter when the
 * reading would differ.
 */
import { isDeepStrictEqual } from 'node:util';
import { latinRegExp } from '../vocab/patterns.js';

export const SUBITEMS_LABEL = '**Underpunkter:**';
export const DECISION_LABEL = '**Vedtak:**';
export const ACTION_LABEL = '**Oppfølging:**';
export const TRAILER_MARK = '---';
export const FENCE_INFO = 'markdown';
export const FENCE_OPEN = /^(`{3,})markdown$/;

export interface SubItemData { label: string; title: string }
export interface DecisionData { text: string }
export interface ActionData { text: string; responsible: string | null; due: string | null }
export interface ItemContent {
  subItems: SubItemData[];
  text: string;
  decisions: DecisionData[];
  actions: ActionData[];
}
/** What the front matter says about one item: always number, numberInferred, section; the rest only where the body cannot say it exactly. */
export interface ItemMeta {
  number: string;
  numberInferred: boolean;
  section: string | null;
  title?: string;
  subItems?: SubItemData[];
  text?: string;
  decisions?: DecisionData[];
  actions?: ActionData[];
}

/**
 * Characters the body cannot carry: the pipeline reads C0 controls other than tab as binary, turns CR
 * into LF and form feeds into spaces. Strings holding them go to the (escaping) front matter.
 */
// eslint-disable-next-line no-control-regex
const BODY_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f]/;
export const bodySafe = (s: string): boolean => !BODY_UNSAFE.test(s) && s === s.normalize('NFC');

/** One readable line for headings and display-only lines (the exact value is then in the front matter). */
// eslint-disable-next-line no-control-regex
export const display = (s: string): string => s.replace(/[\s\u0000-\u001f\u007f-\u009f]+/gu, ' ').trim();

/** A line that survives as it is: no line break, no trailing whitespace (editors strip it). */
const lineSafe = (line: string): boolean => !line.includes('\n') && !/\s$/u.test(line) && bodySafe(line);

// Lines inside verbatim text that Markdown (or this grammar) would read as structure: h1/h2 headings,
// setext underlines and thematic breaks (also the trailer mark), code fences, and the HTML blocks
// (CommonMark types 1–5) that run past a blank line. Checked behind any indentation and any
// blockquote/list markers, since those containers can hold a heading or a fence too ("> ## 3. X").
const CONTAINERS = String.raw`^[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]*)*`;
const RESERVED = [
  String.raw`#{1,2}(?:[ \t]|$)`,
  String.raw`(?:=+|-+)[ \t]*$`,
  String.raw`(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$`,
  String.raw`(?:\`{3,}|~{3,})`,
  String.raw`<(?:script|pre|style|textarea)(?:[\s>]|$)`,
  String.raw`<(?:!--|\?|![A-Za-z]|!\[CDATA\[)`,
].map((r) => new RegExp(CONTAINERS + r, 'i'));

/** Can the text stand in the body as it is? (Else it is fenced.) */
export function verbatimOk(text: string): boolean {
  if (text === '' || !bodySafe(text)) return false;
  const lines = text.split('\n');
  if (lines[0] === '' || lines[lines.length - 1] === '') return false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (/\s$/u.test(l)) return false;
    if (l === '' && lines[i - 1] === '') return false;
    if (RESERVED.some((re) => re.test(l))) return false;
  }
  return true;
}

/** A text block: the text as it is, or fenced with a backtick run longer than any inside it. */
export function encodeBlock(text: string): string[] {
  return verbatimOk(text) ? text.split('\n') : fence(text);
}

function fence(text: string): string[] {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const f = '`'.repeat(Math.max(3, longest + 1));
  return [f + FENCE_INFO, ...text.split('\n'), f];
}

/** Inverse of encodeBlock; null when the lines are not a block this grammar writes. */
export function decodeBlock(lines: string[]): string | null {
  if (lines.length === 0) return null;
  const open = FENCE_OPEN.exec(lines[0]!);
  if (open) {
    const fence = open[1]!;
    if (lines.length < 2 || lines[lines.length - 1] !== fence) return null;
    const inner = lines.slice(1, -1);
    if (inner.includes(fence)) return null;
    return inner.join('\n');
  }
  if (lines[0] === '' || lines[lines.length - 1] === '') return null;
  return lines.join('\n');
}

// ── headings ────────────────────────────────────────────────────────────────────────────────────

export const titleLine = (title: string): string => (display(title) ? `# ${display(title)}` : '#');
export const headingPrefix = (number: string): string => `## ${display(number)}.`;
export const headingLine = (number: string, title: string): string => headingPrefix(number) + (display(title) ? ` ${display(title)}` : '');

/** The title a heading line states, given the item's number; null when the line is not its heading. */
export function readHeadingTitle(line: string, number: string): string | null {
  const prefix = headingPrefix(number);
  if (!line.startsWith(prefix)) return null;
  const rest = line.slice(prefix.length);
  if (rest === '') return '';
  return rest.startsWith(' ') ? rest.slice(1) : null;
}

// ── one-line forms ──────────────────────────────────────────────────────────────────────────────

export const subItemLine = (s: SubItemData): string => `* ${s.label}.` + (s.title ? ` ${s.title}` : '');
/**
 * Labels written as they are: letters/digits with inner dots ("a", "10.1"), not digits alone. At the
 * start of a list item anything else could open a block ("## …" a heading, "1. ## …" a list holding one).
 */
const PLAIN_LABEL = latinRegExp(String.raw`^[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*$`);
export const plainLabel = (label: string): boolean => PLAIN_LABEL.test(label) && !/^\d+$/.test(label);
export const subItemDisplay = (s: SubItemData): string => {
  const label = display(s.label);
  return subItemLine({ label: plainLabel(label) ? label : `(${label})`, title: display(s.title) });
};

export function readSubItemLine(line: string): SubItemData | null {
  if (!line.startsWith('* ')) return null;
  const body = line.slice(2);
  const dot = body.indexOf('. ');
  if (dot >= 0) return { label: body.slice(0, dot), title: body.slice(dot + 2) };
  return body.endsWith('.') ? { label: body.slice(0, -1), title: '' } : null;
}

export const decisionLine = (d: DecisionData): string => DECISION_LABEL + (d.text ? ` ${d.text}` : '');
export const decisionDisplay = (d: DecisionData): string => decisionLine({ text: display(d.text) });

export function readDecisionLine(line: string): DecisionData | null {
  if (!line.startsWith(DECISION_LABEL)) return null;
  const rest = line.slice(DECISION_LABEL.length);
  if (rest === '') return { text: '' };
  return rest.startsWith(' ') ? { text: rest.slice(1) } : null;
}

export function actionLine(a: ActionData): string {
  const fields = [a.responsible !== null ? `ansvar: ${a.responsible}` : null, a.due !== null ? `frist: ${a.due}` : null].filter((f) => f !== null);
  return ACTION_LABEL + (a.text ? ` ${a.text}` : '') + (fields.length ? ` (${fields.join(', ')})` : '');
}
export const actionDisplay = (a: ActionData): string =>
  actionLine({ text: display(a.text), responsible: a.responsible === null ? null : display(a.responsible), due: a.due === null ? null : display(a.due) });

const ACTION_FIELDS = / \((?:ansvar: (.*?)(?:, frist: (.*))?|frist: (.*))\)$/;

export function readActionLine(line: string): ActionData | null {
  if (!line.startsWith(ACTION_LABEL)) return null;
  let rest = line.slice(ACTION_LABEL.length);
  let responsible: string | null = null;
  let due: string | null = null;
  const m = ACTION_FIELDS.exec(rest);
  if (m) {
    responsible = m[1] ?? null;
    due = m[2] ?? m[3] ?? null;
    rest = rest.slice(0, m.index);
  }
  if (rest !== '' && !rest.startsWith(' ')) return null;
  return { text: rest.slice(1), responsible, due };
}

// ── an item's content (the lines between its heading's blank line and the next boundary's) ──────

export interface ReadItem extends ItemContent {
  /** Indexes into the content lines, for positions. */
  subItemAt: number[];
  decisionAt: number[];
  actionAt: number[];
  /** Index of the content's last line (−1 when empty). */
  lastAt: number;
}

/** Reads the content lines of one item; `meta` supplies what the front matter holds instead. */
export function readItemContent(c: string[], meta: Pick<ItemMeta, 'subItems' | 'text' | 'decisions' | 'actions'>): ReadItem | null {
  const out: ReadItem = { subItems: [], text: '', decisions: [], actions: [], subItemAt: [], decisionAt: [], actionAt: [], lastAt: c.length - 1 };
  let i = 0;
  if (c[0] === SUBITEMS_LABEL) {
    if (c[1] !== '') return null;
    i = 2;
    for (; i < c.length && c[i] !== ''; i++) {
      const s = readSubItemLine(c[i]!);
      if (!s) return null;
      out.subItems.push(s);
      out.subItemAt.push(i);
    }
    if (out.subItems.length === 0) return null;
    if (i < c.length) {
      i++; // the blank line after the list
      if (i >= c.length) return null;
    }
  }
  // Decisions and actions are the one-line paragraphs at the end, read backwards.
  let j = c.length;
  const takeTail = <T>(read: (l: string) => T | null, into: T[], at: number[]): void => {
    while (j > i) {
      const k = j - 1;
      if (k > i && c[k - 1] !== '') break;
      const v = read(c[k]!);
      if (v === null) break;
      into.unshift(v);
      at.unshift(k);
      j = k > i ? k - 1 : k;
    }
  };
  takeTail(readActionLine, out.actions, out.actionAt);
  takeTail(readDecisionLine, out.decisions, out.decisionAt);
  if (j > i) {
    const text = decodeBlock(c.slice(i, j));
    if (text === null) return null;
    out.text = text;
  }
  // Lists the front matter holds exactly: the body shows one display line per element.
  if (meta.subItems) {
    if (meta.subItems.length !== out.subItems.length) return null;
    out.subItems = meta.subItems;
  }
  if (meta.decisions) {
    if (meta.decisions.length !== out.decisions.length) return null;
    out.decisions = meta.decisions;
  }
  if (meta.actions) {
    if (meta.actions.length !== out.actions.length) return null;
    out.actions = meta.actions;
  }
  if (meta.text !== undefined) {
    if (j > i) return null;
    out.text = meta.text;
  }
  return out;
}

/** The content lines of one item, and what of it must go into the front matter. */
export function renderItemContent(item: ItemContent): { lines: string[]; meta: Pick<ItemMeta, 'subItems' | 'text' | 'decisions' | 'actions'> } {
  const meta: Pick<ItemMeta, 'subItems' | 'text' | 'decisions' | 'actions'> = {};
  const exactly = <T>(list: T[], line: (v: T) => string, read: (l: string) => T | null): boolean =>
    list.every((v) => lineSafe(line(v)) && isDeepStrictEqual(read(line(v)), v));
  const sub = item.subItems.every((s) => plainLabel(s.label)) && exactly(item.subItems, subItemLine, readSubItemLine);
  const dec = exactly(item.decisions, decisionLine, readDecisionLine);
  const act = exactly(item.actions, actionLine, readActionLine);
  if (!sub) meta.subItems = item.subItems;
  if (!dec) meta.decisions = item.decisions;
  if (!act) meta.actions = item.actions;
  if (item.text !== '' && !bodySafe(item.text)) meta.text = item.text;

  const build = (fenced: boolean): string[] => {
    const blocks: string[][] = [];
    if (item.subItems.length) blocks.push([SUBITEMS_LABEL], item.subItems.map(sub ? subItemLine : subItemDisplay));
    if (item.text !== '' && meta.text === undefined) {
      blocks.push(fenced ? fence(item.text) : encodeBlock(item.text));
    }
    for (const d of item.decisions) blocks.push([(dec ? decisionLine : decisionDisplay)(d)]);
    for (const a of item.actions) blocks.push([(act ? actionLine : actionDisplay)(a)]);
    return blocks.flatMap((b, k) => (k ? ['', ...b] : b));
  };
  const want = { subItems: item.subItems, text: item.text, decisions: item.decisions, actions: item.actions };
  const same = (lines: string[]): boolean => {
    const back = readItemContent(lines, meta);
    return !!back && isDeepStrictEqual({ subItems: back.subItems, text: back.text, decisions: back.decisions, actions: back.actions }, want);
  };
  // Verbatim text can still be misread at the item's edges (a last paragraph "**Vedtak:** …", a first
  // line "**Underpunkter:**"): then it is fenced.
  let lines = build(false);
  if (!same(lines)) lines = build(true);
  if (!same(lines)) throw new Error('internal: normalised item does not read back');
  return { lines, meta };
}

