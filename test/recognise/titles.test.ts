/** The document's title line: what may be one, and what never is. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

describe('a point in a bulleted list is never the title', () => {
  // Outside set g/706: a web page's minutes with no title line; a bullet under an item named the annual meeting.
  const doc = [
    'Tilstede: Nils Steinvik, Jonny Mathisen og Morten Steinsrud',
    '',
    'Saker:',
    '',
    ' • Aktivisering av valgkomite (NS)',
    '  • Leder for valgkomiteen har mottatt og forstått oppdraget.',
    '  • Årsmøtet planlegges gjennomført på Gardermoen den 6.mars',
    ' • Økonomiplan',
    '  • Vedtak: Økonomiplanen følges opp på neste styremøte',
  ].join('\n');

  it('takes neither its kind, its date nor its place', () => {
    const d = parse(doc);
    expect(d.title).not.toMatch(/Årsmøtet/);
    expect(d.kind).not.toBe('protokoll');
    expect(d.meeting.date).toBeNull();
    expect(d.meeting.location).toBeNull();
  });

  it('a title line above a list is still the title', () => {
    const d = parse(['Referat fra styremøte 12. mars 2024', '', ' • Årsmøtet planlegges 6. april', ' • Budsjett'].join('\n'));
    expect(d.title).toBe('Referat fra styremøte 12. mars 2024');
    expect(d.meeting.date).toBe('2024-03-12');
  });
});
