/**
 * Positions point into the original text: a decision found inside a line spans exactly its sentence there, and a
 * correction's column holds the word it replaced. Checked on every fixture.
 */
import { describe, expect, it } from 'vitest';
import { decode } from '../src/index.js';
import { fixtureBytes, fixtureNames, parseFixture } from './helpers/fixtures.js';

// Markup and whitespace differ between the line and the model's text; the words do not.
const words = (s: string): string => s.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();

describe.each(fixtureNames())('%s', (name) => {
  const doc = parseFixture(name);
  const lines = decode(fixtureBytes(name), null).text.split('\n');
  const slice = (p: { start: { line: number; column: number }; end: { line: number; column: number } }): string =>
    lines[p.start.line - 1]!.slice(p.start.column - 1, p.end.column - 1);

  it('a one-line decision spans exactly its text (a "Vedtak:" label is not part of it)', () => {
    for (const d of doc.items.flatMap((i) => i.decisions)) {
      if (d.position.start.line !== d.position.end.line) continue;
      const span = words(slice(d.position));
      expect(span).toBe(words(d.text));
    }
  });

  it('a correction sits on the word it replaced', () => {
    for (const c of doc.corrections) expect(lines[c.line - 1]!.slice(c.column - 1, c.column - 1 + c.from.length)).toBe(c.from);
  });
});
