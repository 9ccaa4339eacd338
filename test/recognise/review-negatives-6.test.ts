/**
 * What a fresh reviewer of the attendance rules for a person a line, a role after a slash, a colonless label, "ankom
 * senere" and "May -Hilde" broke (commits d807fc7, b968c62, 1b60034), each with the reading a careful secretary would
 * give.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const doc = (...lines: string[]) => parse(['Referat frå styremøte 16.09.2014', '', ...lines, '', '1. Sak', 'Godkjent.'].join('\n'));
const people = (...lines: string[]) => doc(...lines).attendees.map((a) => `${a.name}:${a.status}`);

describe('a note after a slash', () => {
  it('is a role or a note, never the organisation', () => {
    const [osa, kreken] = doc('Til stede:', 'Liv Helen Osa/ styrelem', 'Olav Kreken/ orientering').attendees;
    expect(osa).toMatchObject({ name: 'Liv Helen Osa', organisation: null, roles: ['member'] });
    expect(kreken).toMatchObject({ name: 'Olav Kreken', organisation: null });
  });

  it('not a conjunction: "og/eller" and "/og" join two people', () => {
    expect(people('Til stede: Kari Hansen og/eller Per Olsen')).not.toContain('Kari Hansen og:present');
    expect(people('Til stede: Kari Hansen/og Per Olsen')).not.toContain('Kari Hansen:present');
  });
});

describe('a colonless label before capitalised words that are no names', () => {
  it('keeps the list under it ("Tilstede Fra Administrasjonen")', () => {
    expect(people('Tilstede Fra Administrasjonen', 'Kari Lie', 'Ola Dal')).toEqual(['Kari Lie:present', 'Ola Dal:present']);
  });

  it.each(['Deltakere Navn Rolle', 'Til stede Faste Medlemmer', 'Fravær Uten Forfall', 'Deltakere Og Roller', 'Deltakere Nordby IL'])('makes no person of a heading: "%s"', (line) => {
    expect(people(line)).toEqual([]);
  });
});

describe('one person a line after one on the label’s line', () => {
  it.each([
    [['Tilstede: Kari Lie', 'Per Olsen', 'Daglig leder'], ['Kari Lie:present', 'Per Olsen:present']],
    [['Forfall: Kari Lie', 'Med Vennlig Hilsen', 'Per Olsen'], ['Kari Lie:absent']],
    [['Tilstede: Kari Lie', 'Neste Møte'], ['Kari Lie:present']],
    [['Tilstede: Kari Lie', 'Storgata Nordby'], ['Kari Lie:present']],
  ])('ends at a line that is no one: %j', (lines, expected) => {
    expect(people(...lines)).toEqual(expected);
  });
});

describe('a number column', () => {
  it('"Nr" in a table of people is skipped, not the list’s end', () => {
    // ("Navn" alone is still read as a person there, as before these rules.)
    const found = people('Deltakere', 'Nr', 'Navn', 'Kari Lie', 'Ola Dal');
    expect(found).toEqual(expect.arrayContaining(['Kari Lie:present', 'Ola Dal:present']));
    expect(found).not.toContain('Nr:present');
  });
});

describe('who came later', () => {
  it.each(['Saken kom for sent inn.', 'Svaret ankom i går.', 'Brevet kom for sent.', 'Dokumentene ankom.', 'Nordby IL kom senere med et forslag.', 'Per Olsen ankom Oslo tirsdag.'])(
    'not a thing, nor a name with a place: "%s"',
    (sentence) => {
      expect(people(`Til stede: Kari Lie, Ola Dal. ${sentence}`)).toEqual(['Kari Lie:present', 'Ola Dal:present']);
    },
  );
});

describe('a spaced hyphen', () => {
  it.each([
    ['Leder -Per Olsen', 'Per Olsen'],
    ['Kasserer -Kari Lie', 'Kari Lie'],
  ])('after an office is no double given name: "%s"', (entry, name) => {
    expect(doc(`Til stede: ${entry}, Ola Dal`).attendees.map((a) => a.name)).toEqual([name, 'Ola Dal']);
  });
});

describe('the second review: people the first fixes lost, and values glued onto names', () => {
  it('a colonless label with one person whose given name the list lacks, a role after a slash', () => {
    expect(people('Deltakarar Zygmunt Nowak / leiar', 'Kari Mostad / kasserar')).toEqual(['Zygmunt Nowak:present', 'Kari Mostad:present']);
  });

  it('who came later, an office before the name or a given name the list lacks', () => {
    expect(doc('Til stede: Kari Lie, Ola Dal. Ordfører Anne Berg kom for sent.').attendees.map((a) => `${a.name}:${a.roles.join('+')}`)).toContain('Anne Berg:chair');
    expect(people('Til stede: Kari Lie, Ola Dal. Abdirahman Warsame ankom kl. 18.')).toContain('Abdirahman Warsame:present');
  });

  it('"Leder -Per Olsen": the office and the person', () => {
    expect(doc('Til stede: Leder -Per Olsen, Kari Hansen').attendees.map((a) => `${a.name}:${a.roles.join('+')}`)).toEqual(['Per Olsen:chair', 'Kari Hansen:']);
  });

  it('column heads on lines of their own are no people', () => {
    // (Nor is Kari Hansen read: the row number "1" on its own line ends the list, as before these rules.)
    expect(people('Deltakere:', 'Nr', 'Navn', 'Rolle', '1', 'Kari Hansen', 'Leder')).toEqual([]);
  });

  it.each([
    'Navn Funksjon Kari Hansen Rådmann Per Olsen Kommunalsjef',
    'Navn Representerer Kari Hansen Nordby Per Olsen Sørby',
    'Namn Funksjon Monica Molvær Leiar Leif Elde Nestleiar Kari Hansen',
  ])('a table written row after row is not read column after column: %s', (value) => {
    // No one: the reading column after column fails, and the line as a whole names no one.
    expect(doc(`Til stede: ${value}`).attendees.map((a) => a.name)).toEqual([]);
  });
});

describe('the third review: two words in capitals are no person', () => {
  it.each(['Grendehuset Nordby', 'Kommunestyresalen Rådhuset', 'Sparebanken Vest', 'Nordby Skolekorps', 'Tirsdag Kveld', 'Ny Rektor', 'Økonomisk Status'])(
    'a line after one person under "Til stede:": %s',
    (line) => {
      expect(people('Til stede: Kari Hansen', line)).toEqual(['Kari Hansen:present']);
    },
  );
  it.each(['Tilstede Grendehuset Nordby', 'Deltakere Rådhuset Kantina', 'Deltakere Nordby Bondelag'])('a colonless label: %s', (line) => {
    expect(people(line)).toEqual([]);
  });
});

describe('the read of the whole change', () => {
  it.each(['Ref. 2023/ 45', 'x / y'])('a line with a slash that names no one, under one person, ends the list (it threw): "%s"', (line) => {
    expect(people('Til stede: Kari Hansen', line)).toEqual(['Kari Hansen:present']);
  });
});
