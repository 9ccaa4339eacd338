/** segment: text → lines with their layout facts. */
import { describe, expect, it } from 'vitest';
import { rawColumn } from '../src/segment/line.js';
import { toLines } from '../src/segment/lines.js';
import { collapse } from '../src/segment/inline.js';
import fc from 'fast-check';

const one = (text: string) => toLines(text)[0]!;

describe('toLines', () => {
  it('one Line per input line, numbered from 1, blank lines kept', () => {
    const ls = toLines('a\n\nb');
    expect(ls.map((l) => [l.n, l.text, l.blank])).toEqual([
      [1, 'a', false],
      [2, '', true],
      [3, 'b', false],
    ]);
  });

  it.each<[string, number, string]>([
    ['# Referat', 1, 'Referat'],
    ['## 1. Godkjenning av innkalling', 2, '1. Godkjenning av innkalling'],
    ['#### **5. Batterinettverket – kort status**', 4, '5. Batterinettverket – kort status'],
    ['### Saker ###', 3, 'Saker'],
    ['#hashtag', 0, '#hashtag'],
    ['Sak #3', 0, 'Sak #3'],
    // LaTeX: one level per "sub"; a command with more after its brace is no heading.
    ['\\section*{Angående digitalt møte}', 1, 'Angående digitalt møte'],
    ['\\subsection*{Sak 1 - Konstituering}', 2, 'Sak 1 - Konstituering'],
    ['\\subsubsection{Valg}', 3, 'Valg'],
    ['\\section{Valg} av styre', 0, '\\section{Valg} av styre'],
  ])('heading %s → depth %i, text "%s"', (raw, depth, text) => {
    const l = one(raw);
    expect([l.depth, l.text]).toEqual([depth, text]);
  });

  it.each<[string, string | null, string]>([
    ['- 1. Godkjenning av innkalling og dagsorden**', '-', '1. Godkjenning av innkalling og dagsorden'],
    ['* punkt', '*', 'punkt'],
    ['• punkt', '•', 'punkt'],
    ['● Organisasjonsstruktur:', '●', 'Organisasjonsstruktur:'],
    ['o punkt', 'o', 'punkt'],
    ['  - innrykket', '-', 'innrykket'],
    ['-punkt', null, '-punkt'],
    ['--- ', null, '---'],
    ['– Vi møtte kolleger', '–', 'Vi møtte kolleger'],
    ['orientering', null, 'orientering'],
    // OCR reads a round bullet as a guillemet; a quotation opens its word directly.
    ['« Eventuelt', '«', 'Eventuelt'],
    ['«Sitat» sa han', null, '«Sitat» sa han'],
  ])('bullet %s → %s', (raw, bullet, text) => {
    const l = one(raw);
    expect([l.bullet, l.text]).toEqual([bullet, text]);
  });

  it.each<[string, string, number]>([
    ['\\item[1.] Konstituering', '1. Konstituering', 7],
    ['    \\item[a.] Valg av møteleder', 'a. Valg av møteleder', 11],
    ['\\item[Merk] Budsjett', '\\item[Merk] Budsjett', 1],
    ['\\item Budsjett', '\\item Budsjett', 1],
  ])('LaTeX list item %s → "%s"', (raw, text, column) => {
    expect([one(raw).text, one(raw).column]).toEqual([text, column]);
  });

  it('bold lines are strong, with markup stripped', () => {
    expect([one('**Frammøtte:**').strong, one('**Frammøtte:**').text]).toEqual([true, 'Frammøtte:']);
    expect(one('**Vedtak:** Godkjent').strong).toBe(false);
    expect(one('**a** og **b**').strong).toBe(false);
    expect(one('__Saker__').strong).toBe(true);
  });

  it('inline links keep their text', () => {
    expect(one('[Presentasjoner fra møtet finner man her](#)**Frammøtte:**').text).toBe('Presentasjoner fra møtet finner man her Frammøtte:');
    expect(one('Oversikten ligger her: <https://www.osloregionen.no/>').text).toBe('Oversikten ligger her: https://www.osloregionen.no/');
  });

  it('a backslash ending a line is a hard line break, an escaped one is text', () => {
    expect(one('2. **[Årsmelding 2019](https://docs.example/pub)**\\').text).toBe('2. Årsmelding 2019');
    expect(one('Regnskap legges fram\\').text).toBe('Regnskap legges fram');
    expect(one('Sti: C:\\\\').text).toBe('Sti: C:\\');
    expect(one('Tegnet \\').text).toBe('Tegnet \\');
  });

  it('tab cells', () => {
    expect(one('Eli Arnkværn Bryhni (møteleder)\tHamarregionen utvikling').cells).toEqual(['Eli Arnkværn Bryhni (møteleder)', 'Hamarregionen utvikling']);
    expect(one('Camilla\tHåltøm\tLørenskog kommune').cells).toEqual(['Camilla', 'Håltøm', 'Lørenskog kommune']);
    expect(one('\tinnrykket').cells).toBeNull();
  });

  it('pipe-table cells and separator rows', () => {
    expect(one('| Navn | Org |').cells).toEqual(['Navn', 'Org']);
    expect(one('| --- | --- |').blank).toBe(true);
  });

  it('space-aligned cells (≥ 3 spaces)', () => {
    expect(one('Kari Nordmann     Oslo kommune').cells).toEqual(['Kari Nordmann', 'Oslo kommune']);
    expect(one('Kari Nordmann Oslo kommune').cells).toBeNull();
  });

  it('form feeds are layout: removed from the text, the line keeps its number', () => {
    const ls = toLines('side 1\n\fSak 2 Budsjett\n\f');
    expect(ls[1]!.text).toBe('Sak 2 Budsjett');
    expect(ls[1]!.n).toBe(2);
    expect(ls[2]!.blank).toBe(true);
  });

  it('indent and column', () => {
    const l = one('    Tekst');
    expect(l.indent).toBe(4);
    expect(l.column).toBe(5);
    expect(one('\tTekst').indent).toBe(4);
  });

  it('whitespace collapses, non-breaking spaces included', () => {
    expect(one('Tid:\u00a0 Torsdag   16.03').text).toBe('Tid: Torsdag 16.03');
  });

  it('thematic breaks are blank', () => {
    expect(one('***').blank).toBe(true);
    expect(one('___').blank).toBe(true);
  });

  it('blockquote markers go', () => {
    expect(one('> Sitert tekst').text).toBe('Sitert tekst');
  });
});

describe('rawColumn: an offset in a line\'s text as a column in the line', () => {
  const line = (raw: string) => toLines(raw)[0]!;
  /** The raw text from the start column of `offset` to the end column of `offset + length`. */
  const span = (raw: string, offset: number, length: number): string => {
    const l = line(raw);
    return raw.slice(rawColumn(l, offset) - 1, rawColumn(l, offset + length, 'end') - 1);
  };

  it('is the same offset where the text is the line', () => {
    expect(rawColumn(line('Saken ble godkjent.'), 6)).toBe(7);
  });

  it('follows collapsed whitespace', () => {
    const raw = '•  Innspel:  Leiar og  rektor lagar planen. Ingen hadde innvendingar.';
    const text = line(raw).text;
    const at = text.indexOf('Ingen');
    expect(span(raw, at, 'Ingen hadde innvendingar.'.length)).toBe('Ingen hadde innvendingar.');
  });

  it('skips inline markup: a span starts at its first letter and ends after its last', () => {
    const raw = '**Sak 3:** Budsjettet ble **godkjent**. Neste møte i mai.';
    const text = line(raw).text;
    expect(text).toBe('Sak 3: Budsjettet ble godkjent. Neste møte i mai.');
    expect(span(raw, text.indexOf('Budsjettet'), 'Budsjettet ble godkjent.'.length)).toBe('Budsjettet ble **godkjent**.');
    expect(span(raw, text.indexOf('Neste'), 'Neste møte i mai.'.length)).toBe('Neste møte i mai.');
  });

  it('non-breaking and zero-width spaces count as spaces', () => {
    const raw = 'Vedtak\u00a0fattet.\u200b Referatet ble godkjent.';
    const text = line(raw).text;
    expect(span(raw, text.indexOf('Referatet'), 'Referatet ble godkjent.'.length)).toBe('Referatet ble godkjent.');
  });

  it('a space that stripping a link put in takes nothing from the line', () => {
    const raw = '[her](#)**Frammøtte:** Kari';
    const text = line(raw).text;
    expect(text).toBe('her Frammøtte: Kari');
    expect(span(raw, text.indexOf('Kari'), 4)).toBe('Kari');
    expect(span(raw, text.indexOf('Frammøtte'), 'Frammøtte:'.length)).toBe('Frammøtte:');
  });
});

describe('HTML in Markdown or a web export', () => {
  it('drops the tags and keeps their text', () => {
    const [li, h2, lt] = toLines('<li><a href="https://example.no/a?b=1">LM 21-1 Opning (med køyreplan)</a>\n<h2>Fremmøtte</h2>\na < b og <Kari> sa hei');
    expect(li!.text).toBe('LM 21-1 Opning (med køyreplan)');
    expect(h2!.text).toBe('Fremmøtte');
    // Not what only looks like a tag.
    expect(lt!.text).toBe('a < b og <Kari> sa hei');
  });
  it('a tag that breaks the line leaves a space ("18:30<br>i Gullaug Kirke")', () => {
    expect(toLines('2019-05-28 18:30<br>i Gullaug Kirke')[0]!.text).toBe('2019-05-28 18:30 i Gullaug Kirke');
  });
});

describe('collapse', () => {
  it('is the regular expression it shortcuts, for any text (spaces of every kind, at the ends, in runs)', () => {
    const piece = fc.constantFrom('a', 'ø', ' ', '  ', '\t', '\n', '\u00a0', '\u200b', '\u2003', '\u3000', '\ufeff', 'Ola', '.', '\u0085');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(collapse(s)).toBe(s.replace(/[\s\u00a0\u200b]+/g, ' ').trim());
      }),
      { numRuns: 3000 },
    );
  });
});

