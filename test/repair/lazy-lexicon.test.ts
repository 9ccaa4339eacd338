import { describe, expect, it } from 'vitest';
import { repair } from '../../src/repair/index.js';
import { lexiconLoaded, resetLexicon } from '../../src/repair/lexicon.js';

describe('lexicon loading', () => {
  it('is never loaded for clean text, and loaded for damaged text', () => {
    resetLexicon();
    repair('Tilstede på møtet. Vi ønsker å se på saken før påske.\n');
    expect(lexiconLoaded()).toBe(false);
    repair('Tilstede pa mgtet. Vi gnsker a se pa saken fgr paske, ogsa na.\n');
    expect(lexiconLoaded()).toBe(true);
  });
});
