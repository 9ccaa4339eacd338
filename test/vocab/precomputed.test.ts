import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { computedEntries, builtEntryCounts, recordComputed } from '../../src/vocab/precomputed.js';
import { computeLatinSource, latinRegExp } from '../../src/vocab/patterns.js';
import { computeTolerant, tolerant } from '../../src/recognise/ocr-tolerant.js';

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

  it('writes down what latinRegExp and tolerant computed once asked to, each as a fresh computation gives it', () => {
    latinRegExp(String.raw`\bmøte\p{Lu}1`);
    expect(computedEntries()).toEqual({});
    recordComputed();
    latinRegExp(String.raw`\bmøte\p{Lu}2`);
    tolerant('årsmøte2');
    const entries = computedEntries();
    expect(entries.latinSource).toEqual([[String.raw`\bmøte\p{Lu}2`, computeLatinSource(String.raw`\bmøte\p{Lu}2`)]]);
    expect(entries.latinSource![0]![1]).not.toContain('\\p{');
    expect(entries.tolerant).toEqual([['årsmøte2', computeTolerant('årsmøte2')]]);
    expect(computeTolerant('årsmøte2')).not.toBe('årsmøte2');
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
    f('c');
    // Only what this process computed goes into the next table, and only once asked.
    expect(mod.computedEntries()).toEqual({});
    mod.recordComputed();
    f('c');
    f('d');
    expect(mod.computedEntries()).toEqual({ k: [['d', 'D']] });
    expect(() => mod.memoised('k', (s) => s)).toThrow(/taken/);
  });

  it('remembers a bounded number of inputs beyond the table (memory flat over a long batch)', async () => {
    const mod = await bundledWith({ k: [['a', 'A']] });
    let calls = 0;
    const f = mod.memoised('k', (input) => {
      calls++;
      return input;
    });
    for (let i = 0; i < 5000; i++) f(String(i));
    expect(calls).toBe(5000);
    f('10');
    expect(calls).toBe(5000);
    f('4999');
    expect(calls).toBe(5001);
    f('a');
    expect(calls).toBe(5001);
  });

  it('starts a kind the table does not name empty', async () => {
    const mod = await bundledWith({ other: [['a', 'x']] });
    const f = mod.memoised('k', (input) => `${input}!`);
    expect(f('a')).toBe('a!');
  });
});
