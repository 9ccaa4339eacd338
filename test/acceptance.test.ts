/**
 * The acceptance checks of the project's first issue, on the five seed documents. They state what
 * must hold; read a failure as "the parser does not do this yet".
 */
import { describe, expect, it } from 'vitest';
import type { ReferatDocument } from '../src/model/schema.js';
import { parseFixture } from './helpers/fixtures.js';

const rules = (doc: ReferatDocument): string[] => doc.diagnostics.map((d) => d.rule);

describe('seed 002: referat with a table of attendees and 16 numbered items', () => {
  const doc = parseFixture('seed002');

  it('is a referat', () => {
    expect(doc.kind).toBe('referat');
  });

  it('met on 2023-03-16, 09:00–11:00', () => {
    expect(doc.meeting).toMatchObject({ date: '2023-03-16', start: '09:00', end: '11:00' });
  });

  it('has items numbered 1…16 in order, as written', () => {
    expect(doc.items.map((i) => i.number)).toEqual(Array.from({ length: 16 }, (_, k) => String(k + 1)));
    expect(doc.items.every((i) => !i.numberInferred)).toBe(true);
    const starts = doc.items.map((i) => i.position.start.line);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('has four sub-items a–d under item 10', () => {
    const ten = doc.items.find((i) => i.number === '10')!;
    expect(ten.subItems.map((s) => s.label)).toEqual(['a', 'b', 'c', 'd']);
    expect(ten.subItems[0]!.title).toBe('Nasjonalt nettverk for internasjonal arbeidskraft');
    expect(ten.subItems[3]!.title).toBe('Osloregionens Internasjonal arbeidskraft strategi – innspill');
  });

  it.each([
    ['1', 'Innkallingen ble godkjent'],
    ['2', 'Referatet ble godkjent'],
    ['4', 'Gruppen sluttet seg til utkastet.'],
  ])('item %s records the decision "%s"', (number, text) => {
    const item = doc.items.find((i) => i.number === number)!;
    expect(item.decisions.map((d) => d.text)).toContain(text);
  });

  it('puts items 6–8 (and only those) in the section "Orienteringer fra sekretariatet"', () => {
    const inSection = doc.items.filter((i) => i.section === 'Orienteringer fra sekretariatet').map((i) => i.number);
    expect(inSection).toEqual(['6', '7', '8']);
  });

  it('has 23 unique attendees; Asbjørn Flo, listed twice, once, with a duplicate-attendee diagnostic', () => {
    expect(doc.attendees).toHaveLength(23);
    expect(new Set(doc.attendees.map((a) => a.name)).size).toBe(23);
    expect(doc.attendees.filter((a) => a.name === 'Asbjørn Flo')).toHaveLength(1);
    const dup = doc.diagnostics.filter((d) => d.rule === 'duplicate-attendee');
    expect(dup).toHaveLength(1);
    expect(dup[0]!.line).toBe(30);
  });

  it('has Eli Arnkværn Bryhni as chair, of Hamarregionen utvikling', () => {
    const eli = doc.attendees.find((a) => a.name === 'Eli Arnkværn Bryhni');
    expect(eli).toBeDefined();
    expect(eli!.roles).toContain('chair');
    expect(eli!.organisation).toBe('Hamarregionen utvikling');
  });

  it('has the secretariat as secretaries', () => {
    for (const name of ['Øyvind Såtvedt', 'Mari Strømsvåg', 'Thelma Bay Bang']) {
      expect(doc.attendees.find((a) => a.name === name)?.roles).toContain('secretary');
    }
  });
});

describe.each([
  ['with repair', true],
  ['with repair: false', false],
])('seed 003: OCR-damaged referat (%s)', (_label, repair) => {
  const doc = parseFixture('seed003', { repair });

  it('is a referat', () => {
    expect(doc.kind).toBe('referat');
  });

  it('has no meeting date (16. januar is the previous meeting) and says so', () => {
    expect(doc.meeting.date).toBeNull();
    expect(rules(doc)).toContain('meeting-date-missing');
  });

  it('has 13 attendees: the 12 listed and the Møteleder, 3 of them remote', () => {
    expect(doc.attendees).toHaveLength(13);
    expect(doc.attendees.filter((a) => a.status === 'remote')).toHaveLength(3);
    const chair = doc.attendees.filter((a) => a.roles.includes('chair'));
    expect(chair).toHaveLength(1);
    expect(chair[0]!.name).toMatch(/^Eli Arnkv(?:æ|ae)rn Bryhni$/);
    expect(chair[0]!.position.start.line).toBe(22);
  });

  it('has 45 invited', () => {
    expect(doc.invited).toHaveLength(45);
  });

  it('has items 1, 2, 3 as written, the UPPERCASE headings as inferred items, and 7 as written', () => {
    const items = doc.items;
    expect(items.slice(0, 3).map((i) => [i.number, i.numberInferred])).toEqual([
      ['1', false],
      ['2', false],
      ['3', false],
    ]);
    const last = items[items.length - 1]!;
    expect([last.number, last.numberInferred, last.title]).toEqual(['7', false, 'Eventuelt']);
    const inferred = items.slice(3, -1);
    expect(inferred.map((i) => i.numberInferred)).toEqual([true, true]);
    expect(inferred.map((i) => i.title)).toEqual([
      expect.stringMatching(/^FREMLEGG OG DISKUSJON OM SATSINGSOMR(?:Å|A)DER FOR N(?:Æ|A)RINGSSAMARBEID$/),
      'RUNDE RUNDT BORDET',
    ]);
    const numbers = inferred.map((i) => Number(i.number));
    expect(numbers[0]).toBeGreaterThan(3);
    expect(numbers[1]).toBeGreaterThan(numbers[0]!);
    expect(numbers[1]).toBeLessThan(7);
    expect(rules(doc).filter((r) => r === 'item-number-inferred')).toHaveLength(2);
  });

  it('joins hard-wrapped lines in the items’ text', () => {
    const three = doc.items.find((i) => i.number === '3')!;
    expect(three.text).toMatch(/innledning p(?:å|a) Teams om n(?:æ|a)ringsklynger/);
    expect(three.text).toMatch(/bedre dialog og samarbeid\./);
    expect(three.text).not.toMatch(/dialog\nog samarbeid/);
  });
});

describe('seed 004: innkalling with agenda and invitation list', () => {
  const doc = parseFixture('seed004');

  it('is an innkalling', () => {
    expect(doc.kind).toBe('innkalling');
  });

  it('is for 2024-11-07, 12:00–13:00, at Oslo Rådhus', () => {
    expect(doc.meeting).toMatchObject({
      date: '2024-11-07',
      start: '12:00',
      end: '13:00',
      location: 'Oslo Rådhus, møteromssenteret (inngang sjøsiden)',
    });
  });

  it('is dated 2024-11-01 with case handler Karoline H. Ulateig', () => {
    expect(doc.notice).not.toBeNull();
    expect(doc.notice!.date).toBe('2024-11-01');
    expect(doc.notice!.caseHandler).toBe('Karoline H. Ulateig');
  });

  it('has items 1–5 with their titles', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Godkjenning av innkalling og dagsorden'],
      ['2', 'Godkjenning av referat fra møte 12. september 2024'],
      ['3', 'Forslag til møteplan 2025'],
      ['4', 'Runde rundt bordet - Orientering om aktuelle saker fra medlemmene'],
      ['5', 'Eventuelt'],
    ]);
  });

  it('holds the round-table contributions (Ringeriksregionen … Lørenskog kommune) in item 4’s text', () => {
    const four = doc.items.find((i) => i.number === '4')!;
    expect(four.text).toContain('Ringeriksregionen');
    expect(four.text).toContain('Lørenskog kommune');
    expect(four.text.indexOf('Ringeriksregionen')).toBeLessThan(four.text.indexOf('Lørenskog kommune'));
    expect(four.text).toContain('Innovasjonskonferansen 2024 er vel gjennomført');
  });

  it('has 45 invited, each with given and family name', () => {
    expect(doc.invited).toHaveLength(45);
    for (const p of doc.invited) {
      expect(p.givenName, p.name).toBeTruthy();
      expect(p.familyName, p.name).toBeTruthy();
      expect(`${p.givenName} ${p.familyName}`).toBe(p.name);
    }
    expect(doc.invited.find((p) => p.familyName === 'Håltøm')).toMatchObject({ givenName: 'Camilla', organisation: 'Lørenskog kommune' });
  });
});

describe.each(['seed000', 'seed001'])('%s: not a meeting document', (name) => {
  const doc = parseFixture(name);

  it('is of kind unknown, with no items and a not-a-meeting-document error', () => {
    expect(doc.kind).toBe('unknown');
    expect(doc.items).toEqual([]);
    const err = doc.diagnostics.find((d) => d.rule === 'not-a-meeting-document');
    expect(err?.severity).toBe('error');
  });
});
