import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnMapper } from '../../src/repair/column-map.js';
import { repair } from '../../src/repair/index.js';

const FIX = join(import.meta.dirname, '../../fixtures/repair');
const seed003 = readFileSync(join(FIX, 'damaged', readdirSync(join(FIX, 'damaged')).find((f) => f.startsWith('003'))!), 'utf8');

describe('repair: clean documents', () => {
  for (const f of readdirSync(join(FIX, 'clean'))) {
    it(`changes nothing in ${f}`, () => {
      const text = readFileSync(join(FIX, 'clean', f), 'utf8');
      const r = repair(text);
      expect(r.corrections).toEqual([]);
      expect(r.text).toBe(text);
    });
  }
});

describe('repair: the public function', () => {
  it('works as a callback (texts.map(repair)): the index it is passed is no option', () => {
    // TypeScript rejects the call (an index is no RepairOptions); JavaScript callers make it all the same.
    const asCallback = repair as unknown as (text: string, index: number, all: string[]) => ReturnType<typeof repair>;
    const [mapped] = [seed003].map(asCallback);
    expect(mapped!.corrections.length).toBeGreaterThan(10);
    expect(mapped).toEqual(repair(seed003));
  });
});

describe('repair: seed 003', () => {
  const r = repair(seed003);
  it('restores the acceptance words', () => {
    for (const w of ['møtet', 'Bærum', 'Øst', 'Jannicke', 'Sirkulærøkonomi', 'GODKJENNING', 'MØTE', 'Gjøvikregionen',
      'Asbjørn', 'sekretær', 'Lørenskog', 'på', 'Næringsgruppen', 'kontormøbler', 'prøvd']) {
      expect(r.text).toMatch(new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'u'));
    }
    for (const w of ['mgtet', 'B&erum', '@st', 'Uannicke', 'GODKIJENNING', 'M@TE', 'Asbjgrn']) expect(r.text).not.toContain(w);
  });
  it('keeps lines and token counts', () => {
    const a = seed003.split('\n'), b = r.text.split('\n');
    expect(b.length).toBe(a.length);
    a.forEach((l, i) => expect(b[i]!.split(/\s+/u).length).toBe(l.split(/\s+/u).length));
  });
  it('records every change at its original position', () => {
    const lines = seed003.split('\n');
    expect(r.corrections.length).toBeGreaterThan(50);
    for (const c of r.corrections) {
      expect(lines[c.line - 1]!.slice(c.column - 1, c.column - 1 + c.from.length)).toBe(c.from);
      expect(c.rule).toMatch(/^ocr-[a-z-]+$/u);
    }
  });
  it('column map points repaired columns back into the original', () => {
    const map = columnMapper(r.corrections);
    const i = r.text.split('\n').findIndex((l) => l.includes('Tilstede på møtet'));
    const repaired = r.text.split('\n')[i]!;
    const col = repaired.indexOf('Tilstede') + 1;
    expect(map(i + 1, col + 'Tilstede på møtet'.length)).toBe(col + 'Tilstede pa mgtet'.length);
  });
  it('is deterministic', () => {
    expect(repair(seed003)).toEqual(r);
  });
});
