/** remark-parse with GFM tables: the Markdown reader, loaded only for documents that need it. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

const parser = unified().use(remarkParse).use(remarkGfm);

export function markdownTree(text: string): Root {
  return parser.parse(text) as Root;
}
