/**
 * Pattern sources worked out once, at build time. Loading referat builds a few hundred regular expressions from the
 * vocabulary, and rewriting their sources (latinRegExp's letter classes and word boundaries, the OCR-tolerant forms)
 * runs character by character in code V8 has not optimised yet: about 8 ms of a cold `referat parse`'s ~80 ms of
 * its own (seed 002, 285 patterns, 66 kB of source). scripts/precompute.mjs runs tsc's build over the bundled
 * examples and writes down every rewrite it made; scripts/bundle.mjs puts them into the bundles as
 * __REFERAT_PRECOMPUTED__, and a memo starts from them.
 * Each entry is keyed by the whole input it was computed from, so an input the table does not hold (another
 * vocabulary, a pattern built from a document) is computed as before: the table can make a rewrite faster, never
 * different. Without the bundler (tsc's build, tests) the table is empty.
 */

/** Replaced by scripts/bundle.mjs (esbuild's define): kind → [input, output] pairs. */
declare const __REFERAT_PRECOMPUTED__: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> | undefined;

const BUILT = typeof __REFERAT_PRECOMPUTED__ === 'undefined' ? {} : __REFERAT_PRECOMPUTED__;

/** Each kind's memo: the build's entries, then what this process computed. */
const MEMOS = new Map<string, Map<string, string>>();
/** What this process computed itself, per kind: what scripts/precompute.mjs writes down. */
const COMPUTED = new Map<string, Map<string, string>>();

/** `compute`, remembered per input, starting from the build's table for `kind` (one name per function). */
export function memoised(kind: string, compute: (input: string) => string): (input: string) => string {
  if (MEMOS.has(kind)) throw new Error(`precomputed: the kind ${kind} is taken`);
  const memo = new Map<string, string>(BUILT[kind] ?? []);
  const computed = new Map<string, string>();
  MEMOS.set(kind, memo);
  COMPUTED.set(kind, computed);
  return (input) => {
    let out = memo.get(input);
    if (out === undefined) {
      out = compute(input);
      memo.set(input, out);
      computed.set(input, out);
    }
    return out;
  };
}

/** What this process computed, per kind, in the order computed: the table for the next build. */
export function computedEntries(): Record<string, Array<[string, string]>> {
  return Object.fromEntries([...COMPUTED].map(([kind, m]) => [kind, [...m]]));
}

/** How many entries the build's table holds, per kind (for tests and the bench). */
export function builtEntryCounts(): Record<string, number> {
  return Object.fromEntries(Object.entries(BUILT).map(([kind, entries]) => [kind, entries.length]));
}
