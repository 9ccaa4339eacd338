import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { computedEntries, builtEntryCounts } from '../../src/vocab/precomputed.js';
import { latinSource, latinRegExp } from '../../src/vocab/patterns.js';
import { tolerant } from '../../src/recognise/ocr-tolerant.js';

type PrecomputedModule = typeof import('../../src/vocab/precomputed.js');

/** precomputed.ts as scripts/bundle.mjs builds it: with __REFERAT_PRECOMPUTED__ defined as `table`. */
async function bundledWith(table: Record<string, Array<[string, string]>>): Promise<PrecomputedModule> {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('../../src/vocab/precomputed.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    define: { __REFERAT_PRECOMPUTED__: JSON.stringify(table) },
  });
  const code = out.outputFiles[0]!.text;
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as PrecomputedModule;
}

describe('precomputed pattern sources', () => {
  it('has no table without the bundler', () => {
    expect(builtEntryCounts()).toEqual({});
  });

  it('writes down what latinRegExp and tolerant computed, each as a fresh computation gives it', () => {
    latinRegExp(String.raw`\bmøte\p{Lu}`);
    tolerant('årsmøte');
    const entries = computedEntries();
    const latin = new Map(entries.latinSource);
    expect(latin.get(String.raw`\bmøte\p{Lu}`)).toBe(latinSource(String.raw`\bmøte\p{Lu}`));
    expect(latin.get(String.raw`\bmøte\p{Lu}`)).not.toContain('\\p{');
    expect(new Map(entries.tolerant).get('årsmøte')).toBe(tolerant('årsmøte'));
    expect(tolerant('årsmøte')).not.toBe('årsmøte');
  });

  it('answers from the bundled table without computing, and computes what the table lacks', async () => {
    const mod = await bundledWith({ k: [['a', 'from the table']] });
    expect(mod.builtEntryCounts()).toEqual({ k: 1 });
    const calls: string[] = [];
    const f = mod.memoised('k', (input) => {
      calls.push(input);
      return input.toUpperCase();
    });
    expect(f('a')).toBe('from the table');
    expect(f('b')).toBe('B');
    expect(f('b')).toBe('B');
    expect(calls).toEqual(['b']);
    // Only what this process computed goes into the next table.
    expect(mod.computedEntries()).toEqual({ k: [['b', 'B']] });
    expect(() => mod.memoised('k', (s) => s)).toThrow(/taken/);
  });

  it('starts a kind the table does not name empty', async () => {
    const mod = await bundledWith({ other: [['a', 'x']] });
    const f = mod.memoised('k', (input) => `${input}!`);
    expect(f('a')).toBe('a!');
  });
});
