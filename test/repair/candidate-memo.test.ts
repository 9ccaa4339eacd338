/** The memo of candidate searches: one per repair run, keyed by the whole question, never shared between runs. */
import { describe, expect, it } from 'vitest';
import { searchCandidates, withCandidateMemo } from '../../src/repair/candidates.js';
import { loadLexicon } from '../../src/repair/lexicon.js';

const lex = loadLexicon();
const opts = { maxCost: 3, capitalised: false, maxEdits: 2 };

describe('withCandidateMemo', () => {
  it('answers a repeated question from the memo, with frozen candidates', () => {
    withCandidateMemo(() => {
      const first = searchCandidates('mgtet', lex, opts);
      expect(first.map((c) => c.word)).toContain('møtet');
      expect(searchCandidates('mgtet', lex, { ...opts })).toBe(first);
      expect(Object.isFrozen(first[0])).toBe(true);
      expect(() => (first[0]!.edits as string[]).push('x')).toThrow();
    });
  });

  it('asks again when any part of the question differs', () => {
    withCandidateMemo(() => {
      const base = searchCandidates('mgtet', lex, opts);
      expect(searchCandidates('mgter', lex, opts)).not.toBe(base);
      expect(searchCandidates('mgtet', lex, { ...opts, maxCost: 1 })).not.toBe(base);
      expect(searchCandidates('mgtet', lex, { ...opts, maxEdits: 1 })).not.toBe(base);
      expect(searchCandidates('mgtet', lex, { ...opts, capitalised: true })).not.toBe(base);
      expect(searchCandidates('mgtet', lex, { ...opts, allowIdentity: true })).not.toBe(base);
      expect(searchCandidates('mgtet', lex, { ...opts, costs: new Map([['g>ø', 0.1]]) })).not.toBe(base);
    });
  });

  it('keeps nothing between runs, and nothing outside one', () => {
    const a = withCandidateMemo(() => searchCandidates('mgtet', lex, opts));
    const b = withCandidateMemo(() => searchCandidates('mgtet', lex, opts));
    expect(b).not.toBe(a);
    expect(b).toEqual(a);
    expect(searchCandidates('mgtet', lex, opts)).not.toBe(searchCandidates('mgtet', lex, opts));
  });
});
