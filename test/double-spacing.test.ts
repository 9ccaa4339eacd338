/** Double-spaced exports: a blank line after every line, sentences running on across them (outside sets t/2007, u/2102). */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { closeDoubleSpacing } from '../src/segment/double-spacing.js';
import { inputLine } from '../src/segment/line.js';
import { toLines } from '../src/segment/lines.js';

const doubled = (lines: string[]) => lines.join('\n\n');
const MINUTES = [
  'Referat fra styremøte i Tjøme Næringsforening 10.03.2010',
  'Til stede: Kari Nordmann, Per Hansen, Ola Dal',
  'Sak 07/10 Evaluering av årsmøtet',
  'Avviklingen etter årsmøtet har resultert i noen<br />',
  'tilbakemeldinger både skriftlig og muntlig. Styret besluttet å gi en<br />',
  'tilbakemelding til Engø Gård skriftlig, med innspillene som bakgrunn.<br />',
  'Sekretæren besørger dette.<br />',
  'Sak 08/10 Medlemsavgift',
  'Styret diskuterte summene for medlemskap. Man konkluderte med at det ikke var<br />',
  'tungtveiende grunner for å endre på dagens nivå.<br />',
];

describe('closeDoubleSpacing', () => {
  it('drops the single blank lines, numbers the lines again and keeps each one\'s input line', () => {
    const lines = closeDoubleSpacing(toLines(doubled(MINUTES)));
    expect(lines.map((l) => l.text)).toEqual(MINUTES.map((l) => l.replace('<br />', '')));
    expect(lines.map((l) => l.n)).toEqual(MINUTES.map((_, k) => k + 1));
    expect(lines.map(inputLine)).toEqual(MINUTES.map((_, k) => 2 * k + 1));
  });

  it('leaves a document whose blank lines part whole paragraphs, or one with lines together, as it is', () => {
    const paragraphs = toLines(doubled(MINUTES.map((l) => l.replace(/<br \/>$/, '.').replace(/\.\.$/, '.').replace(/ en\.$/, ' en svar.').replace(/ var\.$/, ' var klart.'))));
    expect(closeDoubleSpacing(paragraphs)).toBe(paragraphs);
    const together = toLines([...MINUTES.slice(0, 5).join('\n\n').split('\n'), ...MINUTES.slice(5)].join('\n'));
    expect(closeDoubleSpacing(together)).toBe(together);
  });
});

describe('a double-spaced document', () => {
  it('reads its decisions whole across the blank lines, at their place in the input', () => {
    const doc = parse(doubled(MINUTES));
    expect(doc.items.map((i) => i.decisions.map((d) => d.text))).toEqual([
      ['Styret besluttet å gi en tilbakemelding til Engø Gård skriftlig, med innspillene som bakgrunn.'],
      ['Man konkluderte med at det ikke var tungtveiende grunner for å endre på dagens nivå.'],
    ]);
    expect(doc.items[0]!.decisions[0]!.position.start.line).toBe(9);
  });

  it('reads a list of given names, one a line ("Tilstede: Ole Bjørn, leder" / "Axel" / "Inger")', () => {
    const doc = parse(doubled(['Referat fra styremøtet 27. september 2016', 'Tilstede: Ole Bjørn, leder', 'Axel', 'Inger', 'Forfall: Jørg', '1. EKSTERN KOMMUNIKASJON', 'Axel påtok seg å gå igjennom', 'den for å se om det er noe å påtale.', 'Han foreslo et', 'samarbeid med Eldrerådet.', '2. MØTEVIRKSOMHET', 'Neste styremøte blir tirsdag 1. november.']));
    expect(doc.attendees.map((a) => `${a.name}:${a.status}`)).toEqual(['Ole Bjørn:present', 'Axel:present', 'Inger:present', 'Jørg:absent']);
  });

  it('a given name alone under a list that names people in full is no person ("Tilstede: Ole Hansen" / "Axel")', () => {
    const doc = parse('Referat fra styremøtet 27. september 2016\n\nTilstede: Ole Hansen, leder\nAxel\n\n1. Sak\nTekst.\n\n2. Eventuelt\nIngen.');
    expect(doc.attendees.map((a) => a.name)).toEqual(['Ole Hansen']);
  });
});
