/**
 * A notice a PDF export flattened (outside sets q/1706, r/1809, s/1901): items headed in capitals with their text or
 * sub-items run on after them, and the place in the sentence that says when the meeting is held, with its address.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const items = (...lines: string[]) => parse(['Innkalling til årsmøte 4. juni 2024', '', ...lines].join('\n')).items.map((i) => [i.number, i.title]);

describe('an item headed in capitals, its text in ordinary case after it on the line', () => {
  it('is titled by the capitals: before sub-items ("A) …") and before a sentence', () => {
    expect(items('1. KONSTITUERING A) Valg av møteleder B) Opptak av navnefortegnelse', '2. INNKOMNE FORSLAG Det har ikke kommet inn forslag.', '3. ÅRSREGNSKAP FOR 2023 Styret foreslår at regnskapet godkjennes.'))
      .toEqual([['1', 'KONSTITUERING'], ['2', 'INNKOMNE FORSLAG'], ['3', 'ÅRSREGNSKAP FOR 2023']]);
  });

  it.each([
    ['an acronym opening a sentence (fewer than four capitals)', '1. NAV Drammen har sendt brev om saken.', 'NAV Drammen har sendt brev om saken'],
    ['a title in ordinary case', '1. Budsjett Styret la fram forslag til budsjett.', 'Budsjett Styret la fram forslag til budsjett'],
    ['capitals alone', '1. EVENTUELT', 'EVENTUELT'],
  ])('not %s', (_, line, title) => {
    expect(items(line, '2. Valg')).toEqual([['1', title], ['2', 'Valg']]);
  });
});

const place = (sentence: string) => parse(['Innkalling til årsmøte', '', sentence, '', 'Saksliste', '1. Konstituering', '2. Årsmelding'].join('\n')).meeting.location;

describe('the place in the sentence that says when the meeting is held', () => {
  // (The sentence's meeting is the title's, "Innkalling til årsmøte": another meeting's place is no place of this one.)
  it('with its address to the sentence end (a full stop before a capital), or to a heading in capitals', () => {
    expect(place('Ordinært årsmøte i Sameiet Lia avholdes tirsdag 28. april 2009, kl 19 på Berle Skole, Professor Dahls Gate 30, 2. etg., Oslo. Velkommen!'))
      .toBe('Berle Skole, Professor Dahls Gate 30, 2. etg., Oslo');
    expect(place('Årsmøtet holdes 28. april 2009 i Kantina, Storgata 3.')).toBe('Kantina, Storgata 3');
    expect(place('Årsmøtet avholdes mandag 20. april 2009, kl i Vestre Aker Menighetshus, Ullevålsveien TIL BEHANDLING FORELIGGER:'))
      .toBe('Vestre Aker Menighetshus, Ullevålsveien');
    expect(place('Årsmøtet holdes 28. april 2009 i Godlia Skoles aula, inngang B (tilgang på heis).')).toBe('Godlia Skoles aula, inngang B (tilgang på heis)');
  });

  it('not past a part that says something ("…, snakkes der"), and not without a day or a clock before it', () => {
    expect(place('Årsmøtet holdes 28. april 2009 på Huset, snakkes der!')).toBe('Huset');
    expect(place('Årsmøtet holdes i år på en annen måte enn før.')).toBeNull();
  });
});
