/**
 * markdownMayMatter decides whether micromark runs at all: when it says no, micromark must find no code block and
 * no setext heading in the text (the only things segment/markdown.ts takes from it). Checked against micromark
 * itself on generated documents made of the line shapes that matter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownBlocks } from '../src/segment/micromark.js';
import { markdownMayMatter } from '../src/stages.js';

const SHAPES = [
  '', '   ', 'Tekst i et avsnitt', '# Overskrift', '## Sak 2', '- punkt', '* punkt', '+ punkt', '1. punkt', '2) punkt',
  '   1. nestet', '      1. dypere', '    innrykket', '        dypt innrykket', '\tmed tab', '> sitat', '>     kode i sitat',
  '-     kode i punkt', '---', '===', '***', '___', '- - -', '```', '~~~', '```js', '<div>', '  - punkt med innrykk',
  'Vedtak: Godkjent', '    - innrykket punkt', '1.      kode i nummerert punkt', '>', '> - punkt i sitat', '>     ',
  '- ```', '1. ```', '2024.', '-', '*', '1)', '<!-- side 2 -->', '  kode her', '=====',
];
const doc = fc.array(fc.constantFrom(...SHAPES), { minLength: 1, maxLength: 14 }).map((ls) => ls.join('\n') + '\n');

describe('markdownMayMatter', () => {
  it('when it says no, micromark finds neither code nor a setext heading', () => {
    fc.assert(
      fc.property(doc, (text) => {
        if (markdownMayMatter(text)) return true;
        const blocks = markdownBlocks(text);
        return blocks.length === 0 || blocks.every((b) => b.type !== 'code' && !(b.end > b.start));
      }),
      { numRuns: Number(process.env.RUNS ?? 3000) },
    );
  });
  it('says yes for a fence, an underline under text, code after a blank line or in a new list item', () => {
    expect(markdownMayMatter('```\nx\n```\n')).toBe(true);
    expect(markdownMayMatter('Tittel\n---\n')).toBe(true);
    expect(markdownMayMatter('Tekst\n\n    kode\n')).toBe(true);
    expect(markdownMayMatter('# Sak\n    kode\n')).toBe(true);
    expect(markdownMayMatter('-     kode i punkt\n')).toBe(true);
    // Found by review: a fence after a list marker, an underline under a marker-only line, code after HTML.
    expect(markdownMayMatter('# Referat\n\n- ```\n  kode her\n')).toBe(true);
    expect(markdownMayMatter('# Referat\n\nSak\n2024.\n=====\n')).toBe(true);
    expect(markdownMayMatter('# Referat\n\n<!-- side 2 -->\n    kode\n')).toBe(true);
  });
  it('says no for nested list items and indented continuation lines', () => {
    expect(markdownMayMatter('1. Punkt\n   1. Nestet\n      1. Dypere\n')).toBe(false);
    expect(markdownMayMatter('Tekst som fortsetter\n    på neste linje\n')).toBe(false);
    expect(markdownMayMatter('Tekst\n\n---\n')).toBe(false);
  });
});
