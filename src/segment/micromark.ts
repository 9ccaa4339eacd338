/**
 * The Markdown reader, loaded only for documents that need it: micromark, the CommonMark tokenizer
 * that remark-parse runs. Only block facts are used — where code blocks and setext headings are —
 * so the token stream is read directly, without building remark's syntax tree (which costs more
 * than the tokenizing itself), and without GFM extensions (tables are read line by line in
 * segment/lines).
 */
import { parse, postprocess, preprocess } from 'micromark';

export interface MarkdownBlock {
  type: 'code' | 'setext';
  /** 1-based lines, inclusive. */
  start: number;
  end: number;
  /** Setext heading depth: 1 for `===`, 2 for `---`. */
  depth?: number;
}

export function markdownBlocks(text: string): MarkdownBlock[] {
  const events = postprocess(parse().document().write(preprocess()(text, undefined, true)));
  const out: MarkdownBlock[] = [];
  let setext: MarkdownBlock | null = null;
  for (const [kind, token, context] of events) {
    if (kind !== 'enter') continue;
    if (token.type === 'codeFenced' || token.type === 'codeIndented') out.push({ type: 'code', start: token.start.line, end: token.end.line });
    else if (token.type === 'setextHeading') {
      setext = { type: 'setext', start: token.start.line, end: token.end.line, depth: 1 };
      out.push(setext);
    } else if (token.type === 'setextHeadingLineSequence' && setext) {
      setext.depth = context.sliceSerialize(token).startsWith('=') ? 1 : 2;
    }
  }
  return out;
}
