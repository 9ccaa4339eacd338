/** Shared by the normalize tests: model comparison without positions, and remark's view of the output. */
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ReferatDocument } from '../src/model/schema.js';

const IGNORED = new Set(['position', 'source', 'corrections', 'diagnostics']);

/** The model minus what the round trip may change: source, corrections, positions, diagnostics. */
export function comparable(doc: ReferatDocument): unknown {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([k]) => !IGNORED.has(k)).map(([k, x]) => [k, strip(x)]));
    return v;
  };
  return strip(doc);
}

const parser = unified().use(remarkParse).use(remarkGfm);

interface Structure {
  headings: Array<{ line: number; depth: number }>;
  fences: Array<{ from: number; to: number }>;
}

/** Where remark finds h1/h2 headings and top-level code blocks in the body (front matter cut off, lines of the whole file). */
export function remarkStructure(md: string): Structure {
  const fm = /^---\n[\s\S]*?\n---\n/.exec(md)![0];
  const offset = fm.split('\n').length - 1;
  const body = md.slice(fm.length);
  const tree = parser.parse(body) as Root;
  const out: Structure = { headings: [], fences: [] };
  const visit = (node: RootContent | Root): void => {
    if (node.type === 'heading' && node.depth <= 2) out.headings.push({ line: node.position!.start.line + offset, depth: node.depth });
    // Fenced code only: indented code is ordinary content and cannot run past a non-indented line.
    if (node.type === 'code' && node.position && /^ {0,3}(?:```|~~~)/.test(body.split('\n')[node.position.start.line - 1] ?? '')) out.fences.push({ from: node.position.start.line + offset, to: node.position.end.line + offset });
    if ('children' in node) for (const c of node.children as RootContent[]) visit(c);
  };
  visit(tree);
  return out;
}

/** What the grammar wrote: `# `/`## ` lines and ```markdown fences, read line by line outside fences. */
export function writtenStructure(md: string): Structure {
  const lines = md.split('\n');
  const out: Structure = { headings: [], fences: [] };
  const close = lines.indexOf('---', 1);
  let fence: string | null = null;
  let from = 0;
  for (let i = close + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (fence !== null) {
      if (l === fence) {
        out.fences.push({ from, to: i + 1 });
        fence = null;
      }
      continue;
    }
    const open = /^(`{3,})markdown$/.exec(l);
    if (open) {
      fence = open[1]!;
      from = i + 1;
    } else if (/^#(?: |$)/.test(l)) out.headings.push({ line: i + 1, depth: 1 });
    else if (l.startsWith('## ')) out.headings.push({ line: i + 1, depth: 2 });
  }
  return out;
}
