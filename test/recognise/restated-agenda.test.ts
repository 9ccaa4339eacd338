/**
 * Where an item's lines are: an agenda listed without numbers and restated as the headings of the proceedings, lines
 * after a list of people inside an item, and the header lines of a flattened page before the first item.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const doc = (...lines: string[]) => parse(`${lines.join('\n')}\n`, { path: 't.txt' });
const items = (d: ReturnType<typeof parse>) => d.items.map((i) => ({ title: i.title, text: i.text, decisions: i.decisions.map((x) => x.text) }));

describe('an agenda listed without numbers, restated in the proceedings', () => {
  const minutes = [
    'Protokoll – årsmøte FAU ved Nordby skole.',
    'Dato: 01.11.2022. Sted: Nordby skole, personalrommet.',
    'Saksliste:',
    '- Valg av ordstyrer og referent.',
    '- Godkjenning av innkalling og saksliste.',
    '- FAU sitt årsregnskap.',
    '- Valg av nytt styre.',
    '- Innmeldte saker.',
    'Valg av ordstyrer og referent.',
    'Kari Lund åpnet møtet.',
    'Til stede var:',
    'Kari Lund, Per Holm, Anne Berg.',
    'Kari ble valgt som møteleder og referent.',
    'Godkjenning av innkalling og saksliste.',
    'Ikke sendt ut i tide, ellers ok.',
    'Godkjenning av årsregnskapet.',
    'Godkjent.',
    'Valg av nytt styre.',
    'Per Holm ble valgt som leder.',
  ];

  it('each item holds the lines under its restatement, titled as the agenda has it', () => {
    const d = doc(...minutes);
    expect(items(d)).toEqual([
      { title: 'Valg av ordstyrer og referent', text: 'Kari Lund åpnet møtet.\nKari ble valgt som møteleder og referent.', decisions: ['Kari ble valgt som møteleder og referent.'] },
      { title: 'Godkjenning av innkalling og saksliste', text: 'Ikke sendt ut i tide, ellers ok.', decisions: [] },
      // Restated in other words ("årsregnskap" / "årsregnskapet"), between its neighbours' restatements.
      { title: 'FAU sitt årsregnskap', text: 'Godkjent.', decisions: ['Godkjent.'] },
      { title: 'Valg av nytt styre', text: 'Per Holm ble valgt som leder.', decisions: ['Per Holm ble valgt som leder.'] },
      // Not restated: left in its list, with no lines of its own.
      { title: 'Innmeldte saker', text: '', decisions: [] },
    ]);
    expect(d.items.map((i) => i.position.start.line)).toEqual([9, 14, 16, 18, 8]);
    // The agenda itself is the preamble's: no line is lost.
    expect(d.preamble).toContain('Saksliste:');
    expect(d.preamble).toContain('Godkjenning av innkalling og saksliste.\nFAU sitt årsregnskap.');
    expect(d.attendees.map((a) => a.name)).toEqual(['Kari Lund', 'Per Holm', 'Anne Berg']);
  });

  it('a listed agenda no line restates keeps its entries as the items; the text after the list is the last one’s', () => {
    const d = doc(...minutes.slice(0, 8), '', 'Kari Lund åpnet møtet. Innkalling og saksliste ble godkjent.');
    expect(d.items.map((i) => [i.title, i.text])).toEqual([
      ['Valg av ordstyrer og referent', ''],
      ['Godkjenning av innkalling og saksliste', ''],
      ['FAU sitt årsregnskap', ''],
      ['Valg av nytt styre', ''],
      ['Innmeldte saker', 'Kari Lund åpnet møtet. Innkalling og saksliste ble godkjent.'],
    ]);
  });

  it('one restated entry is no restated agenda', () => {
    const d = doc(...minutes.slice(0, 8), '', 'Valg av nytt styre.', 'Per Holm ble valgt som leder.');
    expect(d.items.map((i) => i.text)).toEqual(['', '', '', '', 'Valg av nytt styre.\nPer Holm ble valgt som leder.']);
  });

  it('a sentence sharing a word is no restatement: long, or more than one sentence', () => {
    const d = doc(
      ...minutes.slice(0, 8),
      'Valg av ordstyrer og referent.',
      'Kari ble valgt.',
      'Godkjenning av innkalling og saksliste.',
      'Ok. Årsregnskapet ble lagt fram av kasserer.',
      'Kassereren la fram årsregnskapet for hele året i detalj for alle oppmøtte.',
      'Valg av nytt styre.',
      'Per Holm ble valgt som leder.',
    );
    expect(d.items[2]).toMatchObject({ title: 'FAU sitt årsregnskap', text: '' });
    expect(d.items[1]!.text).toContain('Kassereren la fram');
  });
});

describe('what is no restatement of an agenda entry (review of the first version)', () => {
  const agenda = (...titles: string[]) => ['Referat fra styremøte 12. mars 2023', 'Saksliste:', ...titles.map((t) => `- ${t}`)];

  it('an outcome in a sentence: the entry stays in its list and the sentence a decision of the item before', () => {
    const d = doc(
      ...agenda('Godkjenning av innkalling og saksliste.', 'Godkjenning av protokoll fra forrige møte.', 'Budsjett.'),
      'Godkjenning av innkalling og saksliste.',
      'Godkjent.',
      'Protokollen fra forrige møte ble godkjent.',
      'Budsjett.',
      'Budsjettet ble vedtatt.',
    );
    expect(items(d).map((i) => [i.title, i.decisions])).toEqual([
      ['Godkjenning av innkalling og saksliste', ['Godkjent.', 'Protokollen fra forrige møte ble godkjent.']],
      ['Godkjenning av protokoll fra forrige møte', []],
      ['Budsjett', ['Budsjettet ble vedtatt.']],
    ]);
  });

  it('a signature', () => {
    const d = doc(...agenda('Årsmelding.', 'Regnskap.', 'Valg av nytt styre.'), 'Årsmelding.', 'Godkjent.', 'Regnskap.', 'Godkjent.', '', 'Nordby 12.03.2023', 'Styret');
    expect(d.items[2]).toMatchObject({ title: 'Valg av nytt styre', text: '' });
    expect(d.items[2]!.position.start.line).toBe(5);
  });

  it('the same titles listed again, without text under them (a notice’s attachments)', () => {
    const d = doc(
      'Innkalling til årsmøte 12. mars 2023',
      'Saksliste:',
      '- Årsmelding.',
      '- Regnskap.',
      '- Valg av nytt styre.',
      '',
      'Vel møtt!',
      '',
      'Vedlegg:',
      'Årsmelding.',
      'Regnskap.',
    );
    expect(d.items.map((i) => i.position.start.line)).toEqual([3, 4, 5]);
  });

  it('entries restated out of the agenda’s order: the agenda stays as listed', () => {
    const d = doc(...agenda('Årsmelding.', 'Regnskap.', 'Valg av styre.'), 'Årsmelding.', 'Lest opp.', 'Valg av styre.', 'Kari ble valgt.', 'Regnskap.', 'Godkjent.');
    expect(d.items.map((i) => i.position.start.line)).toEqual([3, 4, 5]);
    expect(d.items[2]!.decisions.map((x) => x.text)).toEqual(['Kari ble valgt.']);
  });

  it('an entry in the middle not restated stays in its list, and the agenda lines after it in the preamble', () => {
    const d = doc(...agenda('Årsmelding.', 'Innkomne saker.', 'Valg av styre.', 'Eventuelt.'), 'Årsmelding.', 'Lest opp.', 'Valg av styre.', 'Kari ble valgt.', 'Eventuelt.', 'Ingen saker.');
    expect(d.items.map((i) => [i.title, i.position.start.line])).toEqual([
      ['Årsmelding', 7],
      ['Innkomne saker', 4],
      ['Valg av styre', 9],
      ['Eventuelt', 11],
    ]);
    expect(d.preamble).toContain('Valg av styre.\nEventuelt.');
  });
});

describe('a list of people inside an item', () => {
  it('does not end it: the lines after the list are the item’s, and its decisions are found', () => {
    const d = doc('Referat fra styremøte 5. mai 2015', '', '1. Åpning', 'Leder åpnet møtet.', 'Til stede var:', 'Kari Hansen, Per Olsen', 'Kari ble valgt som møteleder.', '2. Budsjett', 'Budsjettet ble vedtatt.');
    expect(items(d)[0]).toEqual({ title: 'Åpning', text: 'Leder åpnet møtet.\nKari ble valgt som møteleder.', decisions: ['Kari ble valgt som møteleder.'] });
    expect(d.attendees.map((a) => a.name)).toEqual(['Kari Hansen', 'Per Olsen']);
  });
});

describe('a flattened page’s header before the first item', () => {
  it('is preamble, not trailer, though the segmenter cut its line in parts', () => {
    // A PDF's text as one line: the header fields, the case list, the closing lines.
    const d = doc(
      'MØTEINNKALLING KONTROLLUTVALGET I NORDBY KOMMUNE MØTEDATO: Onsdag 27. januar 2016 KL.: 14:00 STED: Møterom Stua i Nordby rådhus SAKSLISTE SAK NR. INNHOLD 01/2016 Godkjenning av saksliste og innkalling 02/2016 Godkjenning av protokoll fra møte 03/2016 Årsmelding 2015 for kontrollutvalget 04/2016 Eventuelt Nordby 18. januar 2016 for Kari Lund leder i kontrollutvalget',
    );
    expect(d.items.map((i) => i.number)).toEqual(['01/2016', '02/2016', '03/2016', '04/2016']);
    expect(d.preamble).toContain('STED: Møterom Stua i Nordby rådhus');
    expect(d.trailer ?? '').not.toContain('MØTEDATO');
  });
});
