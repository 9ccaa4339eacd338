import { describe, expect, it } from 'vitest';

const { asciiOnly } = (await import('../../scripts/ascii-only.mjs' as string)) as {
  asciiOnly: (code: string) => { code: string; ascii: boolean };
};

/** The values `code` (statements ending in `return [...]`) evaluates to, with `x` in scope. */
const run = (code: string, x: unknown = []): unknown[] => new Function('x', code)(x) as unknown[];
/** Text for the patterns to match (passed in: string literals beyond ASCII are esbuild's to escape, not asciiOnly's). */
const SAMPLES = ['øæå ø–', 'xÅ Ø', 'Å-Ø', 'ÅØ', 'aeo-'];

describe('asciiOnly (the bundle as ASCII)', () => {
  it('escapes patterns and String.raw templates without changing what they are', () => {
    const src = String.raw`const a = /[æøå]+\sø–/giu, b = String.raw` + '`[:.–-]${x.length}ø\\s`' + String.raw`, c = /Å\bØ/;
      return [a.flags, b, ...x.map((s) => [a.test(s), c.test(s)])];`;
    const { code, ascii } = asciiOnly(src);
    expect(ascii).toBe(true);
    expect(/[^\x00-\x7f]/.test(code)).toBe(false);
    expect(run(code, SAMPLES)).toEqual(run(src, SAMPLES));
    expect(run(code, SAMPLES).slice(2)).toEqual([[true, false], [false, false], [false, false], [false, false], [false, false]]);
    expect(run(code, SAMPLES)[1]).toBe('[:.–-]5ø\\s');
  });

  it('leaves code that is ASCII as it is', () => {
    const src = 'const a = /[a-z]+/; return [a.test("abc")];';
    expect(asciiOnly(src)).toEqual({ code: src, ascii: true });
  });

  it('says so when something beyond ASCII is left (another tag\'s template)', () => {
    const src = 'const tag = (s) => s.raw[0]; return [tag`ø`];';
    const { code, ascii } = asciiOnly(src);
    expect(ascii).toBe(false);
    expect(code).toBe(src);
    expect(run(code)).toEqual(['ø']);
  });
});
