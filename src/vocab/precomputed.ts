/**
 * Pattern sources worked out once, at build time. Loading referat builds a few hundred regular expressions from the
 * vocabulary, and rewriting their sources (latinRegExp's letter classes and word boundaries, the OCR-tolerant forms)
 * runs character by character in code V8 has not optimised yet: about 8 ms of a cold `referat parse`'s ~80 ms of
 * its own (seed 002, 285 patterns, 66 kB of source). scripts/precompute.mjs runs the sources (src/, through tsx)
 * over the bundled examples and writes down every rewrite they made; scripts/bundle.mjs puts them into the bundles
 * as __REFERAT_PRECOMPUTED__, and a memo starts from them.
 * Each entry is keyed by the whole input it was computed from, so an input the table does not hold (another
 * vocabulary, a pattern built from a document) is computed as before: the table can make a rewrite faster, never
 * different. Without the bundler (tsc's build, tests) the table is empty.
 */

/** Replaced by scripts/bundle.mjs (esbuild's define): kind → [input, output] pairs. */
declare const __REFERAT_PRECOMPUTED__: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> | undefined;

const BUILT = typeof __REFERAT_PRECOMPUTED__ === 'undefined' ? {} : __REFERAT_PRECOMPUTED__;

/** What this process computed, per kind, once recordComputed() was called (scripts/precompute.mjs); else null. */
let computed: Map<string, Map<string, string>> | null = null;
const KINDS = new Set<string>();
/**
 * Inputs a memo remembers beyond the build's table: the vocabulary's patterns and a few built from documents (a
 * place name, a year). Past this many a long batch computes the rest each time, so memory stays flat however many
 * documents it reads.
 */
const MAX_REMEMBERED = 4096;

/** `compute`, remembered per input, starting from the build's table for `kind` (one name per function). */
export function memoised(kind: string, compute: (input: string) => string): (input: string) => string {
  if (KINDS.has(kind)) throw new Error(`precomputed: the kind ${kind} is taken`);
  KINDS.add(kind);
  const memo = new Map<string, string>(BUILT[kind] ?? []);
  const limit = memo.size + MAX_REMEMBERED;
  return (input) => {
    let out = memo.get(input);
    if (out === undefined) {
      out = compute(input);
      if (memo.size < limit) memo.set(input, out);
      if (computed) {
        let mine = computed.get(kind);
        if (!mine) computed.set(kind, (mine = new Map()));
        mine.set(input, out);
      }
    }
    return out;
  };
}

/** From now on, write down what this process computes (before the modules that build patterns are loaded). */
export function recordComputed(): void {
  computed ??= new Map();
}

/** What this process computed since recordComputed(), per kind, in the order computed: the table for the next build. */
export function computedEntries(): Record<string, Array<[string, string]>> {
  return Object.fromEntries([...(computed ?? [])].map(([kind, m]) => [kind, [...m]]));
}

/** How many entries the build's table holds, per kind (what the tests read of it). */
export function builtEntryCounts(): Record<string, number> {
  return Object.fromEntries(Object.entries(BUILT).map(([kind, entries]) => [kind, entries.length]));
}
