/** The meeting's place where a title or date line names it after the date. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const place = (...lines: string[]) => parse([...lines, '', '1. Sak', 'Godkjent.'].join('\n')).meeting.location;

describe('a place set off by a dash or a comma after the dated title', () => {
  it('reads it (outside set g/708)', () => {
    expect(place('Referat frå årsmøtet i Østfold mållag 2001', '', 'Referat frå årsmøtet i Østfold mållag 25. mars 2001 - Matstova i Sarpsborg')).toBe('Matstova i Sarpsborg');
    expect(place('Referat fra styremøte 12. mars 2024, Rådhuset')).toBe('Rådhuset');
    expect(place('Referat fra styremøte 12.03.2024 – Grendehuset')).toBe('Grendehuset');
  });

  it.each([
    ['a subject', 'Referat fra styremøte 12. mars 2024 - Budsjett og regnskap'],
    ['a person', 'Referat fra styremøte 12. mars 2024 - Kari Nilsen'],
    ['a person with "i"', 'Referat fra styremøte 12. mars 2024 - Kari i Dalen'],
    ['a part', 'Referat fra styremøte 12. mars 2024 - Del 2'],
    ['a state', 'Referat fra styremøte 12. mars 2024, godkjent'],
  ])('not %s', (_what, title) => {
    expect(place(title)).toBeNull();
  });
});
