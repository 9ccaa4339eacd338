/**
 * Builds lexicon/nb-nn.dawg, the compact word list that src/repair/lexicon.ts loads with one read.
 *
 * Sources (installed packages, GPL data — the generated file is derived from them):
 *  - @cspell/dict-nb-no nb.trie.gz (Bokmål): read with cspell-trie-lib. Its `+` markers say which words may
 *    start/continue/end a compound; `~` entries are accent-stripped variants and are dropped (they would make
 *    "båtene" look right as "batene", exactly the damage we repair).
 *  - dictionary-nn index.dic/.aff (Nynorsk Hunspell): stems expanded with their PFX/SFX rules; stems with the
 *    COMPOUNDFLAG may be compound parts.
 * Words are stored lowercased with flags (WORD: may stand alone in lowercase; CAP: appears capitalised, a proper
 * noun; COMPOUND: may be part of a compound). The trie is minimised to a DAWG and written as little-endian u32:
 *   [magic, version, alphabetSize, nodeCount(u32 words), ...alphabet code points, ...nodes]
 *   node = header (flags | edgeCount << 8) followed by edgeCount words (charIndex << 24 | childOffset).
 * Usage: node --import tsx scripts/build-lexicon.ts [out]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { importTrie, iteratorTrieWords } from 'cspell-trie-lib';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');
// Data files of these packages are not in their "exports"; find the package folder the way Node would.
function pkgDir(pkg: string): string {
  return dirname(createRequire(join(ROOT, 'package.json')).resolve.paths(pkg)!
    .map((d) => join(d, pkg, 'package.json'))
    .find((f) => { try { readFileSync(f); return true; } catch { return false; } })!);
}
const WORD = 1, CAP = 2, COMPOUND = 4;
const MAGIC = 0x52454644; // "REFD"
const VERSION = 1;

const words = new Map<string, number>();
function add(raw: string, flags: number): void {
  if (!raw || /[\s\d]/u.test(raw) || raw.length > 40) return;
  const lower = raw.toLowerCase();
  // Proper nouns keep their capital in the sources; a lowercase lookup must not accept them alone.
  const f = raw === lower ? flags : (flags & ~WORD) | CAP;
  words.set(lower, (words.get(lower) ?? 0) | f);
}

function readCspell(): void {
  const path = join(pkgDir('@cspell/dict-nb-no'), 'nb.trie.gz');
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  const root = importTrie(text.split('\n'));
  for (const w of iteratorTrieWords(root)) {
    if (w.startsWith('~') || w.startsWith('!')) continue;
    const start = w.startsWith('+'), end = w.endsWith('+');
    const bare = w.slice(start ? 1 : 0, end ? -1 : undefined);
    add(bare, start || end ? COMPOUND : WORD);
  }
}

interface Affix { strip: string; add: string; cond: RegExp; }
function readHunspell(pkg: string): void {
  const dir = pkgDir(pkg);
  const aff = readFileSync(join(dir, 'index.aff'), 'utf8').split('\n');
  const sfx = new Map<string, Affix[]>(), pfx = new Map<string, Affix[]>();
  const cross = new Map<string, boolean>();
  let compoundFlag = '';
  for (const line of aff) {
    const p = line.trim().split(/\s+/);
    if (p[0] === 'COMPOUNDFLAG' && p[1]) compoundFlag = p[1];
    if ((p[0] !== 'SFX' && p[0] !== 'PFX') || p.length < 4) continue;
    const flag = p[1]!;
    if (p.length === 4 && /^\d+$/.test(p[3]!)) { cross.set(flag, p[2] === 'Y'); continue; }
    const strip = p[2] === '0' ? '' : p[2]!;
    const addS = (p[3] ?? '0').split('/')[0]!;
    const cond = p[4] ?? '.';
    const isS = p[0] === 'SFX';
    const re = new RegExp(isS ? `${cond}$` : `^${cond}`, 'u');
    const map = isS ? sfx : pfx;
    const list = map.get(flag) ?? [];
    list.push({ strip, add: addS === '0' ? '' : addS, cond: re });
    map.set(flag, list);
  }
  const dic = readFileSync(join(dir, 'index.dic'), 'utf8').split('\n');
  for (let i = 1; i < dic.length; i++) {
    const line = dic[i]!.split('\t')[0]!.trim();
    if (!line) continue;
    const slash = line.indexOf('/');
    const stem = slash < 0 ? line : line.slice(0, slash);
    const flags = slash < 0 ? '' : line.slice(slash + 1);
    const base = flags.includes(compoundFlag) && compoundFlag ? WORD | COMPOUND : WORD;
    add(stem, base);
    const suffixed: string[] = [];
    for (const f of flags) {
      for (const a of sfx.get(f) ?? []) {
        if (!a.cond.test(stem) || !stem.endsWith(a.strip)) continue;
        const w = stem.slice(0, stem.length - a.strip.length) + a.add;
        add(w, base);
        if (cross.get(f)) suffixed.push(w);
      }
    }
    for (const f of flags) {
      for (const a of pfx.get(f) ?? []) {
        if (!cross.get(f)) continue;
        for (const w of [stem, ...suffixed]) {
          if (a.cond.test(w) && w.startsWith(a.strip)) add(a.add + w.slice(a.strip.length), WORD);
        }
      }
    }
  }
}

interface TNode { flags: number; edges: Map<number, TNode>; id: number; }
function build(): Uint32Array {
  const root: TNode = { flags: 0, edges: new Map(), id: -1 };
  const alphabet = new Map<number, number>();
  for (const [w, f] of words) {
    let n = root;
    for (const ch of w) {
      const cp = ch.codePointAt(0)!;
      if (!alphabet.has(cp)) alphabet.set(cp, alphabet.size);
      let next = n.edges.get(cp);
      if (!next) { next = { flags: 0, edges: new Map(), id: -1 }; n.edges.set(cp, next); }
      n = next;
    }
    n.flags |= f;
  }
  if (alphabet.size > 255) throw new Error('alphabet too large');
  // Minimise: identical (flags, edges→canonical child) signatures share one node.
  const registry = new Map<string, number>();
  const canon: { flags: number; edges: [number, number][] }[] = [];
  const visit = (n: TNode): number => {
    const edges: [number, number][] = [];
    for (const [cp, child] of n.edges) edges.push([alphabet.get(cp)!, visit(child)]);
    edges.sort((a, b) => a[0] - b[0]);
    const sig = `${n.flags}|${edges.map((e) => `${e[0]}:${e[1]}`).join(',')}`;
    let id = registry.get(sig);
    if (id === undefined) { id = canon.length; canon.push({ flags: n.flags, edges }); registry.set(sig, id); }
    return id;
  };
  const rootId = visit(root);
  // Lay out with the root first; offsets are u32 indices into the node area.
  const order: number[] = [rootId];
  const seen = new Set<number>([rootId]);
  for (let i = 0; i < order.length; i++) {
    for (const [, c] of canon[order[i]!]!.edges) if (!seen.has(c)) { seen.add(c); order.push(c); }
  }
  const offset = new Map<number, number>();
  let size = 0;
  for (const id of order) { offset.set(id, size); size += 1 + canon[id]!.edges.length; }
  if (size >= 1 << 24) throw new Error('DAWG too large for 24-bit offsets');
  const alpha = [...alphabet.keys()];
  const out = new Uint32Array(4 + alpha.length + size);
  out[0] = MAGIC; out[1] = VERSION; out[2] = alpha.length; out[3] = size;
  alpha.forEach((cp, i) => { out[4 + i] = cp; });
  let p = 4 + alpha.length;
  for (const id of order) {
    const n = canon[id]!;
    out[p++] = n.flags | (n.edges.length << 8);
    for (const [c, child] of n.edges) out[p++] = (c << 24) | offset.get(child)!;
  }
  console.error(`words ${words.size}, nodes ${order.length}, u32 ${size}`);
  return out;
}

// Common words both word lists lack (the pronoun "noe"/"noen" and its compounds): without them, repair would
// read "noen" as damage ("nøn" through the oe→ø confusion).
const SUPPLEMENT = ['noe', 'noen', 'noens', 'noensinne', 'noenlunde', 'noensteds', 'noengang'];

const t0 = Date.now();
for (const w of SUPPLEMENT) add(w, WORD);
readCspell();
console.error(`cspell nb: ${words.size} words (${Date.now() - t0} ms)`);
readHunspell('dictionary-nb');
console.error(`+ hunspell nb: ${words.size} words (${Date.now() - t0} ms)`);
readHunspell('dictionary-nn');
console.error(`+ hunspell nn: ${words.size} words (${Date.now() - t0} ms)`);
const data = build();
const out = resolve(process.argv[2] ?? join(ROOT, 'lexicon', 'nb-nn.dawg'));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
console.error(`wrote ${out} (${data.byteLength} bytes, ${Date.now() - t0} ms)`);
