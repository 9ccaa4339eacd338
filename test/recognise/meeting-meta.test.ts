/**
 * Kind, date and place of meetings as other organisations write them (constructed cases; each shape
 * was met in documents from organisations the parser had not seen).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

describe('the place label', () => {
  it('reads the Nynorsk "Kvar:" (where) as the place', () => {
    const doc = parse(`Innkalling til årsmøte i Lia mållag\n\n**Kvar**: Grendehuset på Lia\n\n**Når:** 24. april 2021\n\nSakliste:\n\n1. Godkjenning av innkalling\n2. Årsmelding\n`);
    expect(doc.meeting.location).toBe('Grendehuset på Lia');
  });
  it('leaves "Kvar" as a word in a sentence alone ("Kvar sak …")', () => {
    const doc = parse(`Referat frå styremøte 3. mars 2021\n\nTil stades: Kari Lie, Per Dal\n\n1. Årsmelding\nKvar sak vart drøfta: vi gjekk gjennom alt.\n2. Eventuelt\nIngen saker.\n`);
    expect(doc.meeting.location).toBeNull();
  });
});
