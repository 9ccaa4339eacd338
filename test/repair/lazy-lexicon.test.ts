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

describe('the damage check every document runs', () => {
  it('imports nothing of the repair stage (which the CLI loads only for damaged text)', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(new URL('../../src/repair/detect.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    expect(imports.filter((p) => p!.startsWith('./'))).toEqual([]);
  });
});
