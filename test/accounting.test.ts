/**
 * No data lost: every content line of every fixture (a line with a letter or digit, after decoding)
 * ends up somewhere in the model — inside an item's position range, on an attendee's or invited
 * person's line, or, by its text, in `preamble`, `trailer`, `title` or an item's `section`.
 * Lines are compared by their markup-stripped, whitespace-collapsed text, as written and as repaired.
 */
import { describe, expect, it } from 'vitest';
import { decode, repair } from '../src/index.js';
import type { ReferatDocument } from '../src/model/schema.js';
import { fixtureBytes, fixtureNames, fixturePath, parseFixture } from './helpers/fixtures.js';
import { isContent, plain } from './helpers/text.js';
import { toLines } from '../src/segment/lines.js';
import { reflow } from '../src/segment/reflow.js';

export interface Lost {
  line: number;
  text: string;
}

/** The content lines of `original` that `doc` does not account for. */
export function lostLines(original: string, doc: ReferatDocument, repaired: string = original): Lost[] {
  const lines = original.split('\n');
  const fixed = repaired.split('\n');
  const inItem = (n: number): boolean => doc.items.some((i) => n >= i.position.start.line && n <= i.position.end.line);
  const personLines = new Set([...doc.attendees, ...doc.invited].map((p) => p.position.start.line));
  // Section labels ("Orienteringer fra sekretariatet:") live in items[].section, which is a field too.
  const sections = doc.items.map((i) => i.section);
  // Compared without whitespace: where markup is removed, a field may keep a space the line lacked.
  const squash = (s: string): string => s.replace(/\s+/g, '');
  const fields = [doc.preamble, doc.trailer, doc.title, ...sections].filter((s): s is string => !!s).map((s) => squash(plain(s)));
  // A trailing colon may be dropped where a label becomes a field value ("Orienteringer …:" → section).
  const inFields = (line: string): boolean => {
    const text = squash(line);
    return !!text && fields.some((f) => f.includes(text) || f.includes(text.replace(/:$/, '')));
  };
  const lost: Lost[] = [];
  lines.forEach((raw, k) => {
    const n = k + 1;
    if (!isContent(raw)) return;
    if (inItem(n) || personLines.has(n)) return;
    if (inFields(plain(raw)) || inFields(plain(fixed[k] ?? ''))) return;
    // A flattened line cut into parts (segment/reflow.ts) is kept when every part is.
    const parts = reflow(toLines(fixed[k] ?? raw)).filter((l) => isContent(l.raw));
    if (parts.length > 1 && parts.every((l) => inFields(plain(l.raw)))) return;
    lost.push({ line: n, text: raw });
  });
  return lost;
}

function report(name: string, lost: Lost[]): string {
  const where = fixturePath(name);
  return `${lost.length} line(s) of ${where} are in no field of the output:\n` + lost.map((l) => `  ${where}:${l.line}: ${l.text.trim().slice(0, 100)}`).join('\n');
}

describe('no data lost', () => {
  for (const mode of [{ label: 'with repair', repair: true }, { label: 'without repair', repair: false }]) {
    describe(mode.label, () => {
      it.each(fixtureNames('.txt'))('fixtures/%s.txt', (name) => {
        const text = decode(fixtureBytes(name)).text;
        const doc = parseFixture(name, { repair: mode.repair });
        const repaired = mode.repair ? repair(text).text : text;
        const lost = lostLines(text, doc, repaired);
        expect(lost, report(name, lost)).toEqual([]);
      });
    });
  }

  describe('the check itself', () => {
    const doc = parseFixture('seed002');
    const text = decode(fixtureBytes('seed002')).text;

    it('finds a line that no field holds', () => {
      const broken: ReferatDocument = { ...doc, preamble: null, trailer: null, title: null };
      const lost = lostLines(text, broken);
      // Line 3 is the title, which lives only in `title` and `preamble`.
      expect(lost.map((l) => l.line)).toContain(3);
    });

    it('finds item lines once the items are gone', () => {
      const lost = lostLines(text, { ...doc, items: [] });
      const eventuelt = text.split('\n').findIndex((l) => /16\. Eventuelt/.test(l)) + 1;
      expect(eventuelt).toBeGreaterThan(0);
      expect(lost.map((l) => l.line)).toContain(eventuelt);
    });

    it('finds attendee lines once the attendees are gone', () => {
      const lost = lostLines(text, { ...doc, attendees: [] });
      expect(lost.some((l) => l.text.startsWith('Dag Aanensen'))).toBe(true);
    });

    it('counts only lines with a letter or digit', () => {
      expect(isContent('---')).toBe(false);
      expect(isContent('  ')).toBe(false);
      expect(isContent('| --- | --- |')).toBe(false);
      expect(isContent('1.')).toBe(true);
      expect(isContent('Å')).toBe(true);
    });

    it('compares markup-stripped, whitespace-collapsed text', () => {
      expect(plain('## 1. **Godkjenning**   av  innkalling')).toBe('1. Godkjenning av innkalling');
      expect(plain('[Presentasjoner](#)**Frammøtte:**')).toBe('PresentasjonerFrammøtte:');
      expect(plain('- punkt\u00a0én')).toBe('punkt én');
    });
  });
});
