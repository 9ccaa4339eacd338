/**
 * segment: text → lines with their layout facts (heading depth, bullet, bold, table cells).
 * Works for plain text, PDF/OCR exports and Markdown alike; Markdown documents additionally get
 * their code blocks and headings confirmed by micromark, remark-parse's tokenizer (see markdown.ts).
 */
import type { Line } from './line.js';
import { collapse, stripInline } from './inline.js';

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$/;
// "o" and "«" followed by a space: how OCR reads a round bullet ("« Eventuelt"; a quotation mark opens a word directly).
const BULLET = /^([-*+•·▪◦●○■□–—‣⁃]|[o«](?=\s))[\s\u00a0]+(?=\S)/;
/**
 * A LaTeX source's list item with its label ("\item[1.] Konstituering", "\item[a.] Valg av møteleder"): the label is
 * the item's number, as "1. Konstituering" would be in plain text. Only a marker: a word label ("\\item[Merk]") stays as written.
 */
const LATEX_ITEM = /^\\item\[((?:\d{1,3}|[a-zA-Z]|[ivxIVX]{2,4})[.)]?)\]\s*/;
/** A LaTeX source's sectioning command ("\subsection*{Sak 1 - Konstituering}"): a heading, one level per "sub". */
const LATEX_HEADING = /^\\((?:sub){0,2})section\*?\{(.+)\}\s*$/;
/** "|---|:--:|": a Markdown table's separator row. No two runs of spaces side by side: a deeply indented line must not make
 * the match try each split of its indent. */
const TABLE_SEPARATOR = /^\s*(?:\|\s*)?:?-{2,}:?(?:\s*\|\s*:?-{2,}:?)*(?:\s*\|)?\s*$/;

export function splitLines(text: string): string[] {
  return text.split('\n');
}

function indentOf(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (ch === ' ' || ch === '\u00a0') w++;
    else if (ch === '\t') w += 4;
    else break;
  }
  return w;
}

/** Tab-separated cells, pipe-table cells, or cells split on runs of ≥ 3 spaces. */
function cellsOf(raw: string): string[] | null {
  const t = raw.trim();
  if (t.includes('\t')) {
    const cells = t.split(/\t+/).map((c) => collapse(stripInline(c)));
    return cells.length >= 2 ? cells : null;
  }
  if (t.includes('|') && /^\|?[^|]+(\|[^|]*)+\|?$/.test(t)) {
    const cells = t.replace(/^\||\|$/g, '').split('|').map((c) => collapse(stripInline(c)));
    return cells.length >= 2 && cells.some((c) => c) ? cells : null;
  }
  if (/\S(?: {3,}|\u00a0{2,}[ \u00a0]*)\S/.test(t)) {
    const cells = t.split(/(?: {3,}|[\u00a0 ]{3,})/).map((c) => collapse(stripInline(c)));
    return cells.length >= 2 ? cells : null;
  }
  return null;
}

export function toLines(text: string): Line[] {
  const rows = splitLines(text);
  const out: Line[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = lineOf(rows[i]!, i + 1);
  return out;
}

/** One Line from the raw text of input line `n` (or of a part of it: see reflow.ts). */
export function lineOf(raw0: string, n: number): Line {
  // Form feeds separate PDF pages; they are layout, not content.
  const raw = raw0.includes('\f') ? raw0.replace(/\f/g, ' ') : raw0;
  const indent = indentOf(raw);
  let body = raw.trim();
  if (body === '') return blankLine(raw, n, indent);
  let depth = 0;
  let bullet: string | null = null;
  const atx = ATX.exec(body);
  if (atx) {
    depth = atx[1]!.length;
    body = atx[2]!;
  }
  const section = depth ? null : LATEX_HEADING.exec(body);
  if (section) {
    depth = 1 + section[1]!.length / 3;
    body = section[2]!;
  }
  const item = LATEX_ITEM.exec(body);
  if (item) body = `${item[1]!} ${body.slice(item[0].length)}`;
  // Blockquote markers carry no meaning here.
  body = body.replace(/^(?:>\s?)+/, '');
  const b = BULLET.exec(body);
  if (b && !body.startsWith('**') && !/^[-–—]{2,}/.test(body)) {
    bullet = b[1]!;
    body = body.slice(b[0].length);
  }
  const strong = /^(\*\*|__).+(\*\*|__)[:.]?$/.test(body) && !/^(\*\*|__)[^*_]*(\*\*|__).*(\*\*|__)/.test(body.slice(0, -2));
  const text = collapse(stripInline(body));
  const col = raw.indexOf(text.slice(0, 1));
  return {
    n,
    raw,
    text,
    blank: text === '' || TABLE_SEPARATOR.test(raw) || /^(?:-{3,}|\*{3,}|_{3,})$/.test(raw.trim()),
    indent,
    depth,
    bullet,
    strong,
    cells: cellsOf(raw),
    code: false,
    column: col >= 0 ? col + 1 : indent + 1,
  };
}

/**
 * A line of nothing or white space, without running lineOf's patterns on it: an empty string is stored one byte a
 * character, so a pattern tried on it is compiled a second time when the document's own lines are two-byte
 * strings (any character beyond Latin-1 in the document, such as '–'), and a cold run pays for the compile.
 */
function blankLine(raw: string, n: number, indent: number): Line {
  return { n, raw, text: '', blank: true, indent, depth: 0, bullet: null, strong: false, cells: null, code: false, column: 1 };
}

/** The width a hard-wrapped export breaks its lines at: the 90th percentile of line lengths (at least 50). */
export function wrapWidth(lines: readonly Line[]): number {
  const lengths = lines.filter((l) => !l.blank).map((l) => l.raw.trimEnd().length).sort((a, b) => a - b);
  return Math.max(50, lengths[Math.floor(lengths.length * 0.9)] ?? 0);
}
