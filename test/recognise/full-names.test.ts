/** A short name in one place and the full name elsewhere in the same document: the full name wins. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

describe('full names', () => {
  it('expands "First Last" to the one longer form the document writes ("First Middle Last")', () => {
    const doc = parse(['Referat fra styremøte 3. mars 2024', 'Referent: Frederik Andreas Brunvoll Farstad', '', 'Tilstede: Frederik Farstad, Kari Nordmann', '', '1. Godkjenning', 'Godkjent.'].join('\n'));
    expect(doc.attendees.map((a) => a.name)).toEqual(['Frederik Andreas Brunvoll Farstad', 'Kari Nordmann']);
  });
  it('leaves the name alone when the longer forms disagree', () => {
    const doc = parse(['Referat fra styremøte 3. mars 2024', 'Tilstede: Ola Hansen, Kari Nordmann', 'Ola Petter Hansen og Ola Martin Hansen kom ikke.', '', '1. Godkjenning', 'Godkjent.'].join('\n'));
    expect(doc.attendees.map((a) => a.name)).toContain('Ola Hansen');
  });
  it('never builds a "full name" across a list: organisations and other people are no middle names', () => {
    const doc = parse(['Referat fra styremøte 3. mars 2024', 'Tilstede: Anne Solheim, Kari Nordmann', '', '1. Godkjenning', 'Godkjent.', '', 'Inviterte', 'Anne Huse Kongsvingerregionen', 'Anne Solheim Oslo kommune'].join('\n'));
    expect(doc.attendees.map((a) => a.name)).toEqual(['Anne Solheim', 'Kari Nordmann']);
  });

  it('a role label that names a listed person by surname alone gives that person the role ("Møteleiar: Aasland")', () => {
    const doc = parse(['Protokoll frå styremøtet 13. september 2007', 'Til stades: Ola Breivega, Tora Aasland', 'Frå sekretariatet: Eilov Runnestø (rådgjevar)', 'Møteleiar: Aasland', 'Referent: Runnestø', '', 'Sak 1 Godkjenning', 'Godkjent.'].join('\n'));
    expect(doc.attendees.map((a) => [a.name, a.roles])).toEqual([['Ola Breivega', []], ['Tora Aasland', ['chair']], ['Eilov Runnestø', ['secretary', 'minutes']]]);
  });
  it('but not when two listed people share the surname, or when a listed name starts with the word', () => {
    const two = parse(['Protokoll frå styremøtet 13. september 2007', 'Til stades: Ola Aasland, Tora Aasland', 'Møteleiar: Aasland', '', 'Sak 1 Godkjenning', 'Godkjent.'].join('\n'));
    expect(two.attendees.map((a) => a.name)).toEqual(['Ola Aasland', 'Tora Aasland', 'Aasland']);
    const given = parse(['Protokoll frå styremøtet 13. september 2007', 'Til stades: Sander Berg, Ola Sander', 'Referent: Sander', '', 'Sak 1 Godkjenning', 'Godkjent.'].join('\n'));
    expect(given.attendees.map((a) => a.name)).toContain('Sander');
  });

  it('given names alone in a run set apart by notes are people each ("Trond (FA) Tonje (FIN) …")', () => {
    const doc = parse(['Referat styremøte 25. mars 2020', 'Deltagere: Kristin (Leder), Alvhild (FIN), Trond (FA) Tonje (FIN) Olav Christian (FLKI/Nestleder) Øyvind (FIN)', '', '1. Godkjenning', 'Godkjent.'].join('\n'));
    expect(doc.attendees.map((a) => a.name)).toEqual(['Kristin', 'Alvhild', 'Trond', 'Tonje', 'Olav Christian', 'Øyvind']);
  });
});

describe('a role label naming a listed person by given name, or given name and initials (r/1806)', () => {
  const people = (referent: string) =>
    parse(Buffer.from(`Referat fra styremøte 9. august 2023\n\nDeltakere: Tom Ole Øren, Ellen Holtan Folkestad, Janne Aase Hansen.\n\n1. Sak\nGodkjent.\n2. Eventuelt\n\nReferent: ${referent}\n`)).attendees.map((a) => `${a.name}:${a.roles.join('/')}:${a.organisation ?? ''}`);
  it('"Referent: Ellen HF, 13.08.23" and "Referent: Ellen" are Ellen Holtan Folkestad, no new person, no date for an organisation', () => {
    expect(people('Ellen HF, 13.08.23')).toEqual(['Tom Ole Øren::', 'Ellen Holtan Folkestad:minutes:', 'Janne Aase Hansen::']);
    expect(people('Ellen')).toEqual(['Tom Ole Øren::', 'Ellen Holtan Folkestad:minutes:', 'Janne Aase Hansen::']);
  });
  it('not initials that do not fit, nor a given name two listed people share', () => {
    expect(people('Ellen K')).toContain('Ellen K:minutes:');
    const two = parse(Buffer.from('Referat fra styremøte 9. august 2023\n\nDeltakere: Ellen Dal, Ellen Moe.\n\n1. Sak\nGodkjent.\n2. Eventuelt\n\nReferent: Ellen\n'));
    expect(two.attendees.map((a) => a.name)).toEqual(['Ellen Dal', 'Ellen Moe', 'Ellen']);
  });
});

describe('a role label naming a listed person with a middle initial the list left out (r/1805)', () => {
  it('"Referent / Bjørn F. Framnes" is the listed "Bjørn Framnes", by the label\'s fuller name', () => {
    const d = parse(Buffer.from('Referat fra FAU-møte 22.10.2019\n\nTilstede: Kine Sandvik- 2.klasse, Hilde Jørgensen- fauleder, Bjørn Framnes-rektor\n\n1. Sak\nGodkjent.\n2. Eventuelt\n\nReferent\nBjørn F. Framnes\n'));
    expect(d.attendees.map((a) => `${a.name}:${a.roles.join('/')}`)).toEqual(['Kine Sandvik:', 'Hilde Jørgensen:', 'Bjørn F. Framnes:minutes']);
  });
  it('not someone else with an initial', () => {
    const d = parse(Buffer.from('Referat fra FAU-møte 22.10.2019\n\nTilstede: Kari Dal, Per Moe\n\n1. Sak\nGodkjent.\n2. Eventuelt\n\nReferent\nKari B. Hansen\n'));
    expect(d.attendees.map((a) => a.name)).toEqual(['Kari Dal', 'Per Moe', 'Kari B. Hansen']);
  });
});

describe('a middle initial that another listed name fits better, or a listed person who sent apologies (review)', () => {
  const people = (list: string, absent: string, referent: string) =>
    parse(Buffer.from(`Referat fra FAU-møte 22.10.2019\n\nTilstede: ${list}\n${absent ? `Forfall: ${absent}\n` : ''}\n1. Sak\nGodkjent.\n2. Eventuelt\n\nReferent: ${referent}\n`)).attendees.map((a) => `${a.name}:${a.status}:${a.roles.join('/')}`);
  it('"Per O. Hansen" beside "Per Hansen" and "Per Olav Hansen" renames no one', () => {
    expect(people('Per Hansen, Per Olav Hansen, Kari Nordmann', '', 'Per O. Hansen')).toEqual(['Per Hansen:present:', 'Per Olav Hansen:present:', 'Kari Nordmann:present:', 'Per O. Hansen:present:minutes']);
  });
  it('a referent is not the listed person who sent apologies', () => {
    expect(people('Kari Nordmann', 'Bjørn Framnes', 'Bjørn F. Framnes')).toEqual(['Kari Nordmann:present:', 'Bjørn Framnes:absent:', 'Bjørn F. Framnes:present:minutes']);
  });
});
