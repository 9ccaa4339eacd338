/**
 * Name gazetteer: names the document itself vouches for, plus names given with --names. A damaged token may be
 * restored to one of these (Strgmsvag → Strømsvåg when "Strømsvåg" is written cleanly elsewhere, lAanensen →
 * Aanensen when "Aanensen" recurs); a name that appears nowhere is never invented.
 */
import { CAP, WORD, type WordTrie } from './lexicon.js';

/** A small in-memory trie with the same walking interface as the lexicon DAWG. */
export class NameTrie implements WordTrie {
  readonly root = 0;
  private readonly edges: Map<string, number>[] = [new Map()];
  private readonly flag: number[] = [0];
  size = 0;

  add(word: string): void {
    let n = 0;
    for (const ch of word.toLowerCase()) {
      const m = this.edges[n]!;
      let next = m.get(ch);
      if (next === undefined) {
        next = this.edges.length;
        this.edges.push(new Map());
        this.flag.push(0);
        m.set(ch, next);
      }
      n = next;
    }
    if (!this.flag[n]) this.size++;
    this.flag[n] = WORD | CAP;
  }

  child(node: number, ch: string): number {
    return this.edges[node]?.get(ch) ?? -1;
  }

  flags(node: number): number {
    return this.flag[node] ?? 0;
  }

  has(word: string): boolean {
    let n = 0;
    for (const ch of word.toLowerCase()) {
      n = this.child(n, ch);
      if (n < 0) return false;
    }
    return this.flags(n) !== 0;
  }
}

const NAME_TOKEN = /^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)*$/;
const DAMAGE_GLYPH = /[@&|]/u;

/**
 * Build the gazetteer. Sources: capitalised words written with æ/ø/å (a clean spelling the OCR kept), capitalised
 * words that recur (≥ 2 times) and look undamaged (`looksDamaged` is asked about them), and the extra names.
 */
export function buildNames(text: string, extra: readonly string[] = [], looksDamaged: (w: string) => boolean = () => false): NameTrie {
  const trie = new NameTrie();
  const counts = new Map<string, number>();
  for (const raw of text.split(/\s+/u)) {
    const tok = raw.replace(/^[^A-Za-zÀ-ÖØ-öø-ÿ]+|[^A-Za-zÀ-ÖØ-öø-ÿ]+$/g, '');
    if (tok.length < 3 || DAMAGE_GLYPH.test(tok)) continue;
    for (const part of tok.split('-')) {
      if (!NAME_TOKEN.test(part)) continue;
      if (/[æøåÆØÅ]/u.test(part) && !looksDamaged(part)) trie.add(part);
      else counts.set(part, (counts.get(part) ?? 0) + 1);
    }
  }
  for (const [w, c] of counts) if (c >= 2 && !looksDamaged(w)) trie.add(w);
  for (const line of extra) {
    for (const w of line.split(/[\s,;]+/u)) {
      const t = w.replace(/^[^A-Za-zÀ-ÖØ-öø-ÿ]+|[^A-Za-zÀ-ÖØ-öø-ÿ]+$/g, '');
      if (t.length >= 2) for (const part of t.split('-')) if (part) trie.add(part);
    }
  }
  return trie;
}
