/**
 * Counter-examples from the review of the letter classes (9535a8d, "no Unicode property escape outside
 * latinRegExp"): names in letters beyond Latin-1 must read as they did when the patterns used \p{…}. With the
 * letters of Latin Extended-A counted as either case, "Marić" had a capital after a small letter (an organisation
 * to isNameLike), a line opening with "Š" was a wrapped line, and letters beyond U+024F were no letters at all.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const HEAD = 'Referat fra styremøte\n\nDato: 12.03.2024\n\n';
const H = `${HEAD}Til stede: Kari Hansen, Per Olsen\n\n`;
const people = (text: string) => parse(text).attendees.map((a) => [a.name, a.organisation, a.roles, a.substituteFor]);
const decisions = (text: string) => parse(text).items.flatMap((i) => i.decisions.map((d) => d.text));

describe('names in Latin Extended letters', () => {
  it('"Ana Marić" between two names is a name, not the organisation of the first', () => {
    expect(people(`${HEAD}Til stede: Kari Hansen - Ana Marić - Per Olsen\n\n## 1. Godkjenning\n\nGodkjent.\n`)).toEqual([
      ['Kari Hansen', null, [], null],
      ['Ana Marić', null, [], null],
      ['Per Olsen', null, [], null],
    ]);
  });
  it('two minute-takers, one "Hodžić"', () => {
    const minutes = parse(`${H}Referent:\nEva Lund, Mirza Hodžić\n\n## 1. Godkjenning\n\nGodkjent.\n`)
      .attendees.filter((a) => a.roles.includes('minutes'))
      .map((a) => a.name);
    expect(minutes).toEqual(['Eva Lund', 'Mirza Hodžić']);
  });
  it('"pva Ivan Perić": a deputy standing in for a named member', () => {
    expect(people(`${HEAD}Til stede:\nKari Hansen pva Ivan Perić\nPer Olsen\n\n## 1. Godkjenning\n\nGodkjent.\n`)[0]).toEqual([
      'Kari Hansen', null, ['deputy'], 'Ivan Perić',
    ]);
  });
});

describe('lines and letters', () => {
  it('a line opening with a capital "Š" does not continue the decision above', () => {
    expect(decisions(`${H}## 1. Økonomi\n\nVedtak: Styret godkjente budsjettet med innspill fra\nŠimić og Hansen\n\n## 2. Eventuelt\n\nIngen saker.\n`)).toEqual([
      'Styret godkjente budsjettet med innspill fra',
    ]);
  });
  it('an election result names "Phạm Thị Lan" (Latin Extended Additional)', () => {
    expect(decisions(`${H}## 1. Valg\n\nLeder: Phạm Thị Lan\n\nStyremedlem: Kari Hansen\n`)).toContain('Leder: Phạm Thị Lan');
  });
  it('a line opening with a PDF ligature ("ﬁnansiering") continues the decision above', () => {
    expect(decisions(`${H}## 1. Økonomi\n\nVedtak: Styret godkjente budsjettet med\nﬁnansiering fra kommunen\n\n## 2. Eventuelt\n\nIngen saker.\n`)).toEqual([
      'Styret godkjente budsjettet med ﬁnansiering fra kommunen',
    ]);
  });
});
