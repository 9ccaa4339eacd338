/**
 * Attendance written the way many protocols write it: titles before names, how someone took part in parentheses,
 * and sentences after the list ("Anne Moe hadde meldt forfall.").
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { meeting, TWO_ITEMS } from '../helpers/meeting.js';

const people = (list: string) =>
  meeting('Protokoll fra styremøte 5. mars 2024', list, TWO_ITEMS)
    .attendees.map((a) => [a.name, a.status, a.roles]);

describe('attendance in sentences and with titles', () => {
  it('a title or role before a name: the role kept, the name bare', () => {
    expect(people('Til stede: Styreleder Kari Nordmann, Ola Hansen, Revisor Per Berg og Prorektor Lise Dahl')).toEqual([
      ['Kari Nordmann', 'present', ['chair']],
      ['Ola Hansen', 'present', []],
      ['Per Berg', 'present', []],
      ['Lise Dahl', 'present', []],
    ]);
  });

  it('how someone took part, in parentheses, with "og" between two of them', () => {
    expect(people('Til stede: Kari Nordmann, Ola Hansen (per telefon) og Per Berg (deltok på Teams)')).toEqual([
      ['Kari Nordmann', 'present', []],
      ['Ola Hansen', 'remote', []],
      ['Per Berg', 'remote', []],
    ]);
  });

  it('an "og" inside parentheses joins no people', () => {
    expect(people('Til stede: Kari Nordmann (leder og kasserer), Ola Hansen')).toEqual([
      ['Kari Nordmann', 'present', expect.arrayContaining(['chair'])],
      ['Ola Hansen', 'present', []],
    ]);
  });

  it('sentences after the list: who sent apologies, who came as well', () => {
    expect(people('Tilstede: Kari Nordmann, Ola Hansen og Lise Dahl. Anne Moe hadde meldt forfall. Per Berg møtte for Anne Moe.')).toEqual([
      ['Kari Nordmann', 'present', []],
      ['Ola Hansen', 'present', []],
      ['Lise Dahl', 'present', []],
      ['Anne Moe', 'absent', []],
      ['Per Berg', 'present', []],
    ]);
  });

  it('a sentence after the list that names nobody adds nobody; an initial is no sentence end', () => {
    expect(people('Tilstede: Kari N. Hansen og Ola Dahl. Styret var vedtaksført.')).toEqual([
      ['Kari N. Hansen', 'present', []],
      ['Ola Dahl', 'present', []],
    ]);
  });

  it('people separated by dashes, three or more, every part a full name', () => {
    expect(people('Til stades: Kari Nilsen - Per Olsen – Anne Berg (vara) - Ola Dahl')).toEqual([
      ['Kari Nilsen', 'present', []],
      ['Per Olsen', 'present', []],
      ['Anne Berg', 'present', ['deputy']],
      ['Ola Dahl', 'present', []],
    ]);
  });

  it('a name and what follows a dash stay one person: an organisation, a place, a party, a role', () => {
    expect(people('Til stede: Kari Nilsen - Bærum kommune')).toEqual([['Kari Nilsen', 'present', []]]);
    expect(people('Til stede: Kari Nilsen - leder')).toEqual([['Kari Nilsen', 'present', ['chair']]]);
    expect(people('Til stede:\nKari Nilsen - Nordre Land\nOla Hansen - Søndre Land\nPer Berg - Hamar Arbeiderparti')).toEqual([
      ['Kari Nilsen', 'present', []],
      ['Ola Hansen', 'present', []],
      ['Per Berg', 'present', []],
    ]);
  });

  it('a list after a full stop still counts, and names each closed with a full stop are a list', () => {
    expect(people('Til stede: Kari Nordmann, Ola Hansen. Forfall: Per Berg.')).toEqual([
      ['Kari Nordmann', 'present', []],
      ['Ola Hansen', 'present', []],
      ['Per Berg', 'absent', []],
    ]);
    expect(people('Til stede: Kari Nordmann. Ola Hansen. Per Berg.')).toEqual([
      ['Kari Nordmann', 'present', []],
      ['Ola Hansen', 'present', []],
      ['Per Berg', 'present', []],
    ]);
    expect(people('Til stede: Kari Nordmann, Ola Hansen. Møtet var åpent for alle.')).toEqual([
      ['Kari Nordmann', 'present', []],
      ['Ola Hansen', 'present', []],
    ]);
  });

  it('sentences on the lines right after a list, until one that names nobody', () => {
    expect(people('Tilstede: Kari Nordmann, Ola Hansen.\nTrine Moe og Geir Lie møtte fra sekretariatet.\nKari Nordmann ledet møtet.')).toEqual([
      ['Kari Nordmann', 'present', []],
      ['Ola Hansen', 'present', []],
      ['Trine Moe', 'present', ['secretary']],
      ['Geir Lie', 'present', ['secretary']],
    ]);
  });
});

describe('a second label under the first, read as the first is', () => {
  it('its sentences: who came from another body ("Fra Kontrollkomiteen møtte …"), with that body as their organisation', () => {
    const doc = meeting('Protokoll fra styremøte 5. mars 2024', 'Tilstede: Kari Nordmann, Ola Hansen\nForfall: Geir Andreassen. Fra Kontrollkomiteen møtte Harold Jenssen, Øyvind Bjurbeck og Olav Sørebø.', TWO_ITEMS);
    expect(doc.attendees.map((a) => [a.name, a.status, a.organisation])).toEqual([
      ['Kari Nordmann', 'present', null],
      ['Ola Hansen', 'present', null],
      ['Geir Andreassen', 'absent', null],
      ['Harold Jenssen', 'present', 'Kontrollkomiteen'],
      ['Øyvind Bjurbeck', 'present', 'Kontrollkomiteen'],
      ['Olav Sørebø', 'present', 'Kontrollkomiteen'],
    ]);
  });
  it('prose after it with commas is no part of the list (it made the names in it absent)', () => {
    expect(people('Tilstede: Kari Nordmann, Ola Hansen\nForfall: Geir Andreassen. Per Berg fratrådte møtet før sakene: 31, 32 og 36, Lise Dahl etter sak 33.')).toEqual([
      ['Kari Nordmann', 'present', []],
      ['Ola Hansen', 'present', []],
      ['Geir Andreassen', 'absent', []],
    ]);
  });
});

describe('a sentence of its own that names who came from somewhere', () => {
  it('"Frå skulen møtte rektor A, inspektør B og adm.medarbeidar C." names guests, their titles left out', () => {
    expect(people('Til stede: Kari Nordvik, Per Olsen\n\nFrå skulen møtte rektor Harald Voster, inspektør Jostein Moldsvor og adm.medarbeidar Torunn N. Åsebø.')).toEqual([
      ['Kari Nordvik', 'present', []],
      ['Per Olsen', 'present', []],
      ['Harald Voster', 'present', ['guest']],
      ['Jostein Moldsvor', 'present', ['guest']],
      ['Torunn N. Åsebø', 'present', ['guest']],
    ]);
  });
  it('names nobody when no name follows', () => {
    expect(people('Til stede: Kari Nordvik\n\nFra administrasjonen møtte ingen.')).toEqual([['Kari Nordvik', 'present', []]]);
  });
});

describe('a sentence of its own that lists people who came or sent apologies', () => {
  it('"Avtroppende medlemmer A, B og C deltok under hele møtet." after a few words that say who they are', () => {
    expect(people('Til stede: Kari Nordvik\n\nAvtroppende OUP-medlemmer Kari Brevik, Bjørn Davidsen og Britt Nordby deltok under hele møtet.\n\nTonje Aas og Julie Risnes hadde meldt forfall.')).toEqual([
      ['Kari Nordvik', 'present', []],
      ['Kari Brevik', 'present', []],
      ['Bjørn Davidsen', 'present', []],
      ['Britt Nordby', 'present', []],
      ['Tonje Aas', 'absent', []],
      ['Julie Risnes', 'absent', []],
    ]);
  });
  it('one full name who sent apologies ("Sam Søhol har meldt forfall."); one named in a role after the list', () => {
    expect(people('Til stede: Petter Sæterøy, Jessica Österberg. Direktør Benjamin Ødegaard som protokollfører.\n\nSam Søhol har meldt forfall.')).toEqual([
      ['Petter Sæterøy', 'present', []],
      ['Jessica Österberg', 'present', []],
      ['Benjamin Ødegaard', 'present', ['minutes']],
      ['Sam Søhol', 'absent', []],
    ]);
  });
  it('not one person, first names alone, long prose before the names, or a sentence among others', () => {
    for (const text of [
      'Kari Brevik deltok under sak 2.',
      'Kari og Per deltok på kurset.',
      'Etter en lang diskusjon om budsjettet i styret Kari Brevik og Per Olsen deltok.',
      'Det var godt oppmøte. Kari Brevik og Per Olsen deltok.',
    ]) {
      expect(people(`Til stede: Kari Nordvik\n\n${text}`)).toEqual([['Kari Nordvik', 'present', []]]);
    }
  });
});

describe('a notice lists who is called, not who came', () => {
  const NOTICE = `Møteinnkalling - Kontrollutvalget

Møtedato: 19.02.2017 kl. 09:00
Møtested: Rådhuset, Formannskapssalen
Møtedeltakere:
Kjell Selbekk, leder
Marit Jørgensen
Forfall: Per Berg

Sakliste
16/17 Tilsynsrapport
17/17 Møteplan
`;

  it('"Møtedeltakere:" in an innkalling are invited; someone who has sent apologies stays absent', () => {
    const d = parse(NOTICE, { path: 't.txt' });
    expect(d.kind).toBe('innkalling');
    expect(d.invited.map((i) => i.name)).toEqual(['Kjell Selbekk', 'Marit Jørgensen']);
    expect(d.attendees.map((a) => [a.name, a.status])).toEqual([['Per Berg', 'absent']]);
  });

  it('in minutes the same list is present', () => {
    const d = parse(NOTICE.replace('Møteinnkalling', 'Møteprotokoll'), { path: 't.txt' });
    expect(d.attendees.map((a) => [a.name, a.status])).toEqual([
      ['Kjell Selbekk', 'present'],
      ['Marit Jørgensen', 'present'],
      ['Per Berg', 'absent'],
    ]);
  });
});

describe('absence sentences in the written forms of both standards', () => {
  const people = (line: string) => parse(`Styremøte 6. oktober 2016\n\n${line}\n\nSak 1: Budsjett\nGodkjent.`).attendees.map((a) => `${a.name}:${a.status}`);
  it('"… var ikkje tilstades." after the list on its line (outside set h/812)', () => {
    expect(people('Tilstades: Arne Andor Randen, Sverre Svindland og Gustav Ekre.  Svein Sæther, Knut Ivar Klashaugen og Rita Randen var ikkje tilstades.')).toEqual([
      'Arne Andor Randen:present',
      'Sverre Svindland:present',
      'Gustav Ekre:present',
      'Svein Sæther:absent',
      'Knut Ivar Klashaugen:absent',
      'Rita Randen:absent',
    ]);
  });
  it('"… møtte ikke."', () => {
    expect(people('Tilstede: Kari Nilsen, Per Olsen. Ola Dal og Nils Aas møtte ikke.')).toEqual(['Kari Nilsen:present', 'Per Olsen:present', 'Ola Dal:absent', 'Nils Aas:absent']);
  });
});

describe('who came later, after the list (outside set g/707)', () => {
  const people = (list: string) => parse(`Referat fra medlemsmøte 5. mars 2024\n\n${list}\n\n1. Sak\nGodkjent.\n`).attendees.map((a) => `${a.name}:${a.status}`);

  it('"X ankom senere på kvelden", "X kom for sent": present', () => {
    expect(people('Til stede: Pål Friis, Svein Vegge. Trond Udjus ankom senere på kvelden.')).toEqual(['Pål Friis:present', 'Svein Vegge:present', 'Trond Udjus:present']);
    expect(people('Til stede: Pål Friis, Svein Vegge. Kari Lund kom for sent.')).toEqual(['Pål Friis:present', 'Svein Vegge:present', 'Kari Lund:present']);
  });

  it('not one who only "kom med" something', () => {
    expect(people('Til stede: Pål Friis, Svein Vegge. Kari Lund kom med et innspill om budsjettet.')).toEqual(['Pål Friis:present', 'Svein Vegge:present']);
  });

  it('a double given name whose hyphen a space cut off ("May -Hilde Jensen")', () => {
    expect(people('Til stede: Pål Friis, May -Hilde Jensen, Erik Hodne')).toEqual(['Pål Friis:present', 'May-Hilde Jensen:present', 'Erik Hodne:present']);
  });
});

describe('who came, named after a phrase that says so (outside set k/1005)', () => {
  const people = (text: string, items = '1. Sak\nGodkjent.') =>
    parse(`Referat fra styremøte 5. mars 2024\n\n${text}\n\n${items}\n`).attendees.map((a) => `${a.name}:${a.status}:${a.roles.join('+')}`);

  it('"Til stede var A, B og C.", "… med tilstedeværelse av …", Nynorsk "Til stades var …"', () => {
    expect(people('Til stede var Kari Nordmann, Ola Hansen og Per Berg.')).toEqual(['Kari Nordmann:present:', 'Ola Hansen:present:', 'Per Berg:present:']);
    expect(people('Den 5. mars 2024 ble det avholdt et styremøte fra kl. 18:35 til 19:48 med tilstedeværelse av Ludwig, Oskar, Niamh og Peter.')).toEqual([
      'Ludwig:present:',
      'Oskar:present:',
      'Niamh:present:',
      'Peter:present:',
    ]);
    expect(people('Til stades var Kari, Ola og Per. Møtet starta kl. 18.')).toEqual(['Kari:present:', 'Ola:present:', 'Per:present:']);
  });

  it('one full name alone; an office in lower case before a name is its role; "også" is no name', () => {
    expect(people('Til stede var Ola Hansen.')).toEqual(['Ola Hansen:present:']);
    expect(people('Til stede var styreleder Kari Nordmann, sekretær Ola Hansen og Per Berg.')).toEqual(['Kari Nordmann:present:chair', 'Ola Hansen:present:secretary', 'Per Berg:present:']);
    expect(people('Til stede var også Ola Hansen og Kari Nordmann.')).toEqual(['Ola Hansen:present:', 'Kari Nordmann:present:']);
  });

  it('names no one: a body, a count, a first name alone, a list with a word that is no name', () => {
    expect(people('Til stede var hele styret.')).toEqual([]);
    expect(people('Til stede var 8 medlemmer.')).toEqual([]);
    expect(people('Til stede var Ola.')).toEqual([]);
    expect(people('Til stede var Ola Hansen og flere fra kommunen.')).toEqual([]);
  });
});

describe('review: "Til stede var …" reads its sentence only, and a sentence wrapped on to the next line', () => {
  const people = (text: string) =>
    parse(`Referat fra styremøte 5. mars 2024\n\n${text}\n\n1. Sak\nGodkjent.\n\n2. Eventuelt\nIngen.\n`).attendees.map((a) => `${a.name}:${a.status}:${a.roles.join('+')}`);

  it('a label before it on the line is read as a label ("Referent: Kari Nordmann. Til stede var …")', () => {
    expect(people('Referent: Kari Nordmann. Til stede var Ola Hansen og Per Berg.')).toContain('Kari Nordmann:present:minutes');
    expect(people('Forfall: Lise Dahl. Til stede var Ola Hansen og Per Berg.')).toContain('Lise Dahl:absent:');
  });
  it('a sentence after it on the line says who else came or sent apologies', () => {
    expect(people('Til stede var Kari Nordmann, Ola Hansen og Per Berg. Lise Dahl hadde meldt forfall.')).toEqual(['Kari Nordmann:present:', 'Ola Hansen:present:', 'Per Berg:present:', 'Lise Dahl:absent:']);
  });
  it('a list left open at the line end ("og", a comma) goes on on the next line', () => {
    expect(people('Til stede var Kari Nordmann, Ola Hansen og\nPer Berg.')).toEqual(['Kari Nordmann:present:', 'Ola Hansen:present:', 'Per Berg:present:']);
    expect(people('Til stede var Kari Nordmann, Ola Hansen,\nPer Berg og Lise Dahl.')).toEqual(['Kari Nordmann:present:', 'Ola Hansen:present:', 'Per Berg:present:', 'Lise Dahl:present:']);
  });
  it('"Tilstede på møtet var …"; roles in parentheses', () => {
    expect(people('Tilstede på møtet var Kari Nordmann og Ola Hansen.')).toEqual(['Kari Nordmann:present:', 'Ola Hansen:present:']);
    expect(people('Til stede var Kari Nordmann (leder), Ola Hansen (sekretær) og Per Berg.')).toEqual(['Kari Nordmann:present:chair', 'Ola Hansen:present:secretary', 'Per Berg:present:']);
  });
});
