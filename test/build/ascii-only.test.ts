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

  it('keeps the meaning of a character beyond ASCII escaped by a backslash', () => {
    const src = String.raw`return [/[\–-]/.test(x[0]), /a\ø/.test(x[1]), /a\\ø/.test(x[2]), String.raw` + '`a\\ø`, String.raw`b\\\\ø`];';
    const samples = ['–', 'aø', 'a\\ø'];
    const { code, ascii } = asciiOnly(src);
    expect(ascii).toBe(true);
    expect(run(code, samples)).toEqual(run(src, samples));
    expect(run(code, samples)).toEqual([true, true, true, 'a\\ø', 'b\\\\ø']);
  });

  it('reads each call afresh (no state left by one with something beyond ASCII left over)', () => {
    expect(asciiOnly('const t = (s) => s; return [t`' + 'x'.repeat(50) + 'ø`];').ascii).toBe(false);
    expect(asciiOnly('return [/ø/.test(x)];')).toEqual({ code: 'return [/\\u00f8/.test(x)];', ascii: true });
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
