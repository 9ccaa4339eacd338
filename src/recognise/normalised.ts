/**
 * Reads referat's own normalised Markdown (front matter with `schemaVersion: 1`, then `## N. title`
 * items) exactly, without heuristics, so that parse(normalize(x)) gives back x's model. The grammar
 * is documented in src/emit/markdown.ts; the line forms are shared with the emitter
 * (src/emit/markdown-grammar.ts). Returns null when the document is not in that form (a hand-edited
 * file that left the grammar is then read by the heuristics like any other Markdown).
 */
import { isMap, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { diagnostic } from '../model/diagnostic.js';
import { Action, Attendee, Decision, Invited, Item, ReferatDocument, SubItem, type Position } from '../model/schema.js';
import type { Line } from '../segment/line.js';
import { FENCE_OPEN, TRAILER_MARK, decodeBlock, readHeadingTitle, readItemContent, titleLine } from '../emit/markdown-grammar.js';
import type { Recognised, RecogniseContext } from './document.js';

const noPos = { position: true } as const;

/** A zod issue as a line of a message: where in the front matter, and what. */
function issueText(issue: z.core.$ZodIssue | undefined): string {
  return issue ? `${issue.path.join('.') || '(top)'}: ${issue.message}` : 'unknown';
}
const ItemMeta = Item.pick({ number: true, numberInferred: true, section: true }).extend({
  title: z.string().optional(),
  subItems: z.array(SubItem.omit(noPos)).optional(),
  text: z.string().optional(),
  decisions: z.array(Decision.omit(noPos)).optional(),
  actions: z.array(Action.omit(noPos)).optional(),
});
// The document's own fields, as the model defines them; people without positions; item metadata.
const FrontMatter = ReferatDocument.pick({ schemaVersion: true, kind: true, language: true, title: true, meeting: true, notice: true }).extend({
  attendees: z.array(Attendee.omit(noPos)),
  invited: z.array(Invited.omit(noPos)),
  items: z.array(ItemMeta),
  preamble: z.string().optional(),
  trailer: z.string().optional(),
});

export function recogniseNormalised(
  lines: Line[],
  frontMatter: Record<string, unknown> | null,
  ctx: RecogniseContext,
  unreadable: (why: string) => void = () => {},
): Recognised | null {
  if (!frontMatter || frontMatter.schemaVersion !== 1) return null;
  // Past this point the file says it is in the normalised form: each way it is not is told (document.ts warns), the
  // file is then read as any other.
  const fail = (why: string): null => {
    unreadable(why);
    return null;
  };
  if (lines[0]?.raw !== '---') return fail('its layout is not the normalised form');
  const close = lines.findIndex((l, i) => i > 0 && l.raw === '---');
  if (close < 0) return fail('its layout is not the normalised form');
  // Re-read with the YAML 1.2 core schema: the probe in document.ts uses 1.1, where 12:30 is a number.
  // The YAML text is the lines between the marks, each with its newline (block scalars with kept
  // trailing newlines, "|+", count them).
  const source = lines.slice(1, close).map((l) => l.raw + '\n').join('');
  const yaml = parseDocument(source, { logLevel: 'error' }); // no YAML warnings on the user's stderr
  if (yaml.errors.length) return fail(`its front matter is no valid YAML (${yaml.errors[0]!.message.split('\n')[0]})`);
  const fm = FrontMatter.safeParse(yaml.toJS());
  if (!fm.success) return fail(`its front matter does not fit the model: ${issueText(fm.error.issues[0])}`);
  const meta = fm.data;

  const body = lines.slice(close + 1).map((l) => l.raw);
  const lineNo = (k: number): number => lines[close + 1 + k]!.n;
  const span = (from: number, to: number = from): Position => ({
    start: { line: lineNo(from), column: ctx.originalColumn(lineNo(from), 1) },
    end: { line: lineNo(to), column: Math.max(1, ctx.originalLineLength(lineNo(to)) + 1) },
  });

  // Boundaries: item headings and the trailer mark, outside fences.
  const heads: number[] = [];
  let trailerAt = -1;
  let fence: string | null = null;
  for (let k = 0; k < body.length; k++) {
    const l = body[k]!;
    if (fence !== null) {
      if (l === fence) fence = null;
      continue;
    }
    const open = FENCE_OPEN.exec(l);
    if (open && body[k - 1] === '') fence = open[1]!;
    else if (l.startsWith('## ')) {
      if (trailerAt >= 0) return fail('its layout is not the normalised form');
      heads.push(k);
    } else if (l === TRAILER_MARK) {
      if (trailerAt >= 0) return fail('its layout is not the normalised form');
      trailerAt = k;
    }
  }
  if (fence !== null || heads.length !== meta.items.length) return fail(`it has ${heads.length} item headings (## …) and ${meta.items.length} items in its front matter`);
  if (body[0] !== '' || body[body.length - 1] !== '') return fail('its layout is not the normalised form');
  const bounds = [...heads, ...(trailerAt >= 0 ? [trailerAt] : []), body.length];

  // Title and preamble.
  let k = 0;
  if (meta.title !== null) {
    if (body[1] !== titleLine(meta.title)) return fail('its title line is not the title its front matter gives');
    k = 2;
  }
  const pre = block(body.slice(k, bounds[0]));
  if (pre === undefined || (pre !== null && meta.preamble !== undefined)) return fail('its layout is not the normalised form');
  const preamble = pre ?? meta.preamble ?? null;

  // Items.
  const items: Item[] = [];
  for (let i = 0; i < heads.length; i++) {
    const at = heads[i]!;
    const seg = body.slice(at, bounds[i + 1]);
    const m = meta.items[i]!;
    if (seg[1] !== '' || seg[seg.length - 1] !== '') return fail('its layout is not the normalised form');
    const title = m.title ?? readHeadingTitle(seg[0]!, m.number);
    if (title === null || (m.title !== undefined && readHeadingTitle(seg[0]!, m.number) === null)) return fail(`the heading of item ${i + 1} is not "## ${m.number}. …"`);
    const content = seg.length > 2 ? seg.slice(2, -1) : [];
    const read = readItemContent(content, m);
    if (!read) return fail(`the text of item ${m.number} is not in the normalised form`);
    const c0 = at + 2;
    items.push({
      number: m.number,
      numberInferred: m.numberInferred,
      title,
      section: m.section,
      subItems: read.subItems.map((s, j) => ({ ...s, position: span(c0 + read.subItemAt[j]!) })),
      text: read.text,
      decisions: read.decisions.map((d, j) => ({ ...d, position: span(c0 + read.decisionAt[j]!) })),
      actions: read.actions.map((a, j) => ({ ...a, position: span(c0 + read.actionAt[j]!) })),
      position: span(at, read.lastAt >= 0 ? c0 + read.lastAt : at),
    });
  }

  // Trailer.
  let trailer: string | null = meta.trailer ?? null;
  if (trailerAt >= 0) {
    if (meta.trailer !== undefined) return fail('its layout is not the normalised form');
    const seg = body.slice(trailerAt, body.length);
    if (seg[1] !== '') return fail('its layout is not the normalised form');
    const t = block(seg.slice(1));
    if (t === null || t === undefined) return fail('its layout is not the normalised form');
    trailer = t;
  }

  // People: positions are the lines of their entries in the front matter.
  const entryLines = (key: string): Array<{ from: number; to: number }> => {
    const seq = yaml.get(key, true) as YamlNode | undefined;
    if (!isSeq(seq)) return [];
    return seq.items.map((node) => {
      const range = isMap(node) || isSeq(node) ? (node as YamlNode).range : null;
      const from = range ? lineOf(source, range[0]) : 0;
      const to = range ? lineOf(source, Math.max(range[0], range[1] - 1)) : 0;
      return { from, to };
    });
  };
  const fmSpan = (r: { from: number; to: number } | undefined): Position => {
    const a = lines[1 + (r?.from ?? 0)]!.n;
    const b = lines[1 + (r?.to ?? 0)]!.n;
    return { start: { line: a, column: 1 }, end: { line: b, column: Math.max(1, ctx.originalLineLength(b) + 1) } };
  };
  const attendeeAt = entryLines('attendees');
  const invitedAt = entryLines('invited');

  return {
    schemaVersion: 1,
    kind: meta.kind,
    language: meta.language,
    title: meta.title,
    meeting: meta.meeting,
    notice: meta.notice,
    attendees: meta.attendees.map((a, j) => ({ ...a, position: fmSpan(attendeeAt[j]) })),
    invited: meta.invited.map((p, j) => ({ ...p, position: fmSpan(invitedAt[j]) })),
    items,
    preamble,
    trailer,
    // The form carries the model, not the original's findings; only "not a meeting document" is a
    // property of the model itself (kind unknown), and it stays an error so `check` agrees.
    diagnostics:
      meta.kind === 'unknown'
        ? [diagnostic('error', 'not-a-meeting-document', 'This does not read as minutes, an agenda or a notice (kind: unknown in the front matter)', { line: 1, column: 1 })]
        : [],
  };
}

/** A segment "BL block BL" → the block's text; "BL" → null (absent); anything else → undefined. */
function block(seg: string[]): string | null | undefined {
  if (seg.length === 1 && seg[0] === '') return null;
  if (seg.length < 3 || seg[0] !== '' || seg[seg.length - 1] !== '') return undefined;
  return decodeBlock(seg.slice(1, -1)) ?? undefined;
}

/** 0-based line of a character offset. */
function lineOf(text: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
