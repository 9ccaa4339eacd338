/**
 * The Norwegian lexicon (Bokmål + Nynorsk) as a DAWG in one file, lexicon/nb-nn.dawg, built by
 * scripts/build-lexicon.ts. Loading is a single read into a Uint32Array — no parsing — so it costs a few ms;
 * it is only ever loaded for documents that show OCR damage.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORD = 1; // may stand alone in lowercase
export const CAP = 2; // appears capitalised in the sources (proper noun)
export const COMPOUND = 4; // may be part of a compound

/** A trie walked one character at a time; the DAWG and the in-memory name trie share it. */
export interface WordTrie {
  readonly root: number;
  child(node: number, ch: string): number; // -1 when absent
  flags(node: number): number;
}

export class Lexicon implements WordTrie {
  readonly root: number;
  private readonly charIndex = new Map<string, number>();

  constructor(private readonly data: Uint32Array) {
    if (data[0] !== 0x52454644 || data[1] !== 1) throw new Error('lexicon: bad file (rebuild with npm run lexicon)');
    const n = data[2]!;
    for (let i = 0; i < n; i++) this.charIndex.set(String.fromCodePoint(data[4 + i]!), i);
    this.base = 4 + n;
    this.root = this.base;
  }
  private readonly base: number;

  child(node: number, ch: string): number {
    const c = this.charIndex.get(ch);
    if (c === undefined) return -1;
    const d = this.data;
    const count = d[node]! >>> 8;
    for (let i = 1; i <= count; i++) {
      const e = d[node + i]!;
      const ec = e >>> 24;
      if (ec === c) return this.base + (e & 0xffffff);
      if (ec > c) return -1; // edges are sorted
    }
    return -1;
  }

  flags(node: number): number {
    return this.data[node]! & 0xff;
  }

  /** Flags of a lowercase word, 0 when absent. */
  lookup(word: string): number {
    let n = this.root;
    for (const ch of word) {
      n = this.child(n, ch);
      if (n < 0) return 0;
    }
    return this.flags(n);
  }
}

let cached: Lexicon | undefined;
let overridePath: string | undefined;

/** Candidate locations: the project root seen from src/repair (tsx) or dist/src/repair (built). */
function findFile(): string {
  if (overridePath) return overridePath;
  if (process.env.REFERAT_LEXICON) return process.env.REFERAT_LEXICON;
  const here = dirname(fileURLToPath(import.meta.url));
  for (const up of ['../..', '../../..', '..']) {
    const p = join(here, up, 'lexicon', 'nb-nn.dawg');
    if (existsSync(p)) return p;
  }
  throw new Error('lexicon/nb-nn.dawg not found: run `node --import tsx scripts/build-lexicon.ts`');
}

export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const buf = readFileSync(findFile());
  // Copy into an aligned buffer only if needed; Buffers from readFileSync are usually 8-byte aligned.
  const arr = buf.byteOffset % 4 === 0
    ? new Uint32Array(buf.buffer, buf.byteOffset, buf.byteLength >>> 2)
    : new Uint32Array(new Uint8Array(buf).buffer);
  cached = new Lexicon(arr);
  return cached;
}

/** True once the lexicon has been read (tests use it to prove clean text never loads it). */
export function lexiconLoaded(): boolean {
  return cached !== undefined;
}

/** For tests/bench: forget the loaded lexicon, optionally point at another file. */
export function resetLexicon(path?: string): void {
  cached = undefined;
  overridePath = path;
}
