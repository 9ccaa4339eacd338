/**
 * emit: normalised Markdown, the canonical archive form. `normalize(doc)` is pure; the reader is
 * src/recognise/normalised.ts (no heuristics) and the line forms both use are in markdown-grammar.ts.
 *
 * Grammar (BL = one empty line; the file ends with "\n"; nothing else is ever written):
 *
 *   file        = "---" LF yaml "---" LF [BL block *(BL block)] LF
 *   yaml        = schemaVersion, kind, language, title, meeting, notice, attendees, invited (the model
 *                 without positions) and items: one {number, numberInferred, section} per item, plus,
 *                 only where the body cannot carry a value exactly, that item's title / subItems /
 *                 text / decisions / actions, and top-level preamble / trailer. YAML 1.2 core schema;
 *                 strings YAML 1.1 would read as something else ("12:30", "yes") are double-quoted,
 *                 except `date:` values, which stay plain (2023-03-16).
 *   blocks      = [title] [preamble] *item [trailer]              (in this order)
 *   title       = "# " display(title)                             (when title is not null)
 *   preamble    = textblock                                       (when not null)
 *   item        = "## " display(number) "." [" " display(title)]
 *                 [BL "**Underpunkter:**" BL 1*("* " label "." [" " title] LF)]
 *                 [BL textblock]                                  (when text is not "")
 *                 *(BL "**Vedtak:**" [" " text])
 *                 *(BL "**Oppfølging:**" [" " text] [" (ansvar: " R ", frist: " D ")" | " (ansvar: " R ")" | " (frist: " D ")"])
 *   trailer     = "---" BL textblock                              (when not null)
 *   textblock   = the text as it is, when it is non-empty, starts and ends with a non-blank line, has no
 *                 two blank lines in a row, no trailing whitespace and no line Markdown would read as
 *                 structure (h1/h2, setext underline, thematic break, code fence, HTML block 1–5);
 *               | F "markdown" LF text LF F, F a backtick run (≥ 3) longer than any in the text.
 *   display(s)  = s with runs of whitespace/control characters as one space, trimmed.
 *
 * Structure lines ("## ", "---", fences) are recognised only outside fences, which is why verbatim
 * text may not contain them. An item's title, a sub-item, decision or action list whose one-line form
 * would not read back exactly (a line break, trailing space, " (ansvar: " inside the text …) goes to
 * the item's front-matter entry; the body then shows display lines, one per element, which the reader
 * counts but does not read. Text with characters the pipeline cannot carry (C0 controls, CR) goes to
 * the front matter too. Sections live only in the front matter: they are not headings in the source.
 */
import { Document, isPair, isScalar, isSeq, parse as parseYaml, visit } from 'yaml';
import type { ReferatDocument } from '../model/schema.js';
import {
  TRAILER_MARK,
  bodySafe,
  encodeBlock,
  headingLine,
  readHeadingTitle,
  renderItemContent,
  titleLine,
  type ItemMeta,
} from './markdown-grammar.js';

export function normalize(doc: ReferatDocument): string {
  const blocks: string[][] = [];
  if (doc.title !== null) blocks.push([titleLine(doc.title)]);
  const preambleInBody = doc.preamble !== null && bodySafe(doc.preamble);
  const trailerInBody = doc.trailer !== null && bodySafe(doc.trailer);
  if (preambleInBody) blocks.push(encodeBlock(doc.preamble!));
  const items: ItemMeta[] = doc.items.map((item) => {
    const meta: ItemMeta = { number: item.number, numberInferred: item.numberInferred, section: item.section };
    const heading = headingLine(item.number, item.title);
    if (readHeadingTitle(heading, item.number) !== item.title) meta.title = item.title;
    const content = renderItemContent({
      subItems: item.subItems.map(({ label, title }) => ({ label, title })),
      text: item.text,
      decisions: item.decisions.map(({ text }) => ({ text })),
      actions: item.actions.map(({ text, responsible, due }) => ({ text, responsible, due })),
    });
    Object.assign(meta, content.meta);
    blocks.push(content.lines.length ? [heading, '', ...content.lines] : [heading]);
    return meta;
  });
  if (trailerInBody) blocks.push([TRAILER_MARK], encodeBlock(doc.trailer!));

  const front: Record<string, unknown> = {
    schemaVersion: doc.schemaVersion,
    kind: doc.kind,
    language: doc.language,
    title: doc.title,
    meeting: doc.meeting,
    notice: doc.notice,
    attendees: doc.attendees.map(({ position: _p, ...a }) => a),
    invited: doc.invited.map(({ position: _p, ...i }) => i),
    items,
  };
  if (doc.preamble !== null && !preambleInBody) front.preamble = doc.preamble;
  if (doc.trailer !== null && !trailerInBody) front.trailer = doc.trailer;

  const body = blocks.length ? '\n' + blocks.map((b) => b.join('\n')).join('\n\n') + '\n' : '';
  return `---\n${frontMatter(front)}---\n${body}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The front matter: dates left plain ("date: 2024-03-12"), readable, and read back as strings by the form's reader. */
function frontMatter(data: Record<string, unknown>): string {
  return safeYaml(data, { plainDates: true });
}

/**
 * YAML that reads the same in YAML 1.2 and 1.1 readers (PyYAML, the recogniser's own front-matter probe): a string
 * that a 1.1 reader would take for something else (a time "11:00" for 660, "no" for false) is quoted. `referat parse
 * --yaml` quotes dates as well: a 1.1 reader makes "2023-03-16" a date, and the model says string.
 */
export function safeYaml(data: unknown, { plainDates }: { plainDates: boolean }): string {
  const yaml = new Document(data);
  visit(yaml, {
    Pair(_key, pair) {
      // Short lists of role names read best on one line.
      if (isScalar(pair.key) && pair.key.value === 'roles' && isSeq(pair.value)) pair.value.flow = true;
    },
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string') return;
      if (node.value.includes('\n')) {
        // Block scalars lose whitespace at line edges (a line of spaces reads back empty).
        if (!node.value.split('\n').every((l, i) => (i === 0 ? /^\S(?:.*\S)?$/ : /^(?:\S(?:.*\S)?)?$/).test(l))) node.type = 'QUOTE_DOUBLE';
        return;
      }
      const parent = path[path.length - 1];
      const dateKey = plainDates && isPair(parent) && isScalar(parent.key) && parent.key.value === 'date' && ISO_DATE.test(node.value);
      if (!dateKey && !readsAsString(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  // Double-quoted strings as JSON: one line each (the library's folding of them can lose whitespace).
  return yaml.toString({ lineWidth: 0, flowCollectionPadding: false, doubleQuotedAsJSON: true });
}

/** Does a plain scalar with this text read back as this string under YAML 1.1 as well? */
function readsAsString(s: string): boolean {
  // PyYAML's 1.1 resolver reads "=" as a value tag and "<<" as a merge key, which the yaml library takes for strings.
  if (s === '=' || s === '<<') return false;
  try {
    return parseYaml(s, { version: '1.1', logLevel: 'error' }) === s;
  } catch {
    return false;
  }
}
