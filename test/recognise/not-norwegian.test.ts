/** What is no Norwegian meeting document, though it holds the words: a program's English text, a package's JSON. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { ROOT } from '../helpers/fixtures.js';

/** A student board's minutes: Norwegian fields and headings, the discussion in English. */
const ENGLISH_DISCUSSION = "REFERAT FRA STYREMØTE I LINJEFORENINGEN\n\nDato: 12.03.2024\nSted: Møterom 3\nTil stede: Kari Nordmann, Per Hansen, John Smith, Anna Berg\nForfall: Ola Dunk\n\nSak 1/24 Godkjenning av innkalling og saksliste\nVedtak: Godkjent.\n\nSak 2/24 Exchange students\nJohn presented the plan for the exchange students. The board agreed that the welcome event will be held on the first Friday of the semester, and that the budget is to be approved by the treasurer. It was noted that the room has to be booked from the university.\nVedtak: The board approves the plan.\n\nSak 3/24 Eventuelt\nThe board discussed the website. It is not up to date, and the content will be moved to the new system by the end of March. This was agreed by all.\n";

describe('user test: English and code files were read as minutes', () => {
  it('a README in English (its title names referat, its lists are numbered): no meeting document, no language', () => {
    const d = parse(readFileSync(join(ROOT, 'fixtures', 'bad', 'README')));
    expect(d.kind).toBe('unknown');
    expect(d.language).toBeNull();
    expect(d.diagnostics.map((x) => x.rule)).toContain('not-a-meeting-document');
  });

  it('a package.json ("name": "referat"): the word in a line of code is no title that makes minutes', () => {
    const d = parse(readFileSync(join(ROOT, 'package.json')));
    expect(d.kind).toBe('unknown');
  });

  it('review: a board that discusses in English, a shareholders\' list of AS companies: Norwegian minutes still', () => {
    const english = parse(ENGLISH_DISCUSSION);
    expect([english.kind, english.language, english.items.length]).toEqual(['referat', 'nb', 3]);
    const companies = parse(['PROTOKOLL FRA ORDINÆR GENERALFORSAMLING I NORDBY INVEST AS', '', 'Til stede:', ...Array.from({ length: 24 }, (_, i) => `Aksjonær ${i + 1} Invest AS`), '', 'Sak 1 Åpning', 'Godkjent.', '', 'Sak 2 Årsregnskap', 'Godkjent.'].join('\n'));
    expect(companies.kind).toBe('protokoll');
  });

  it('Norwegian minutes that quote English stay minutes', () => {
    const d = parse(
      'Referat fra styremøte 3. mars 2024\n\nTil stede: Kari Nordmann, Ola Hansen\n\n1. Nettsiden\nVi diskuterte teksten "Welcome to the club, and thank you for all of the help with this site that is new". Den ble godkjent.\n\n2. Eventuelt\nIngen saker.\n',
    );
    expect(d.kind).toBe('referat');
    expect(d.language).toBe('nb');
  });
});
