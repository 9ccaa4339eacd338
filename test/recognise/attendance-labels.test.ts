/** Attendance labels that lost their colon: a flattened table's label cell run together with its value. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const attendees = (text: string) => parse(text).attendees.map((a) => `${a.name}:${a.status}`);

describe('an attendance label without its colon', () => {
  it('reads a list of full names after it (outside set g/706)', () => {
    expect(attendees('Referat fra styremøte\n\nTilstede Nils Steinvik, Jonny Mathisen og Morten Steinsrud\nMeldt fravær: Camilla Akslen\n\n1. Budsjett\nGodkjent.')).toEqual([
      'Nils Steinvik:present',
      'Jonny Mathisen:present',
      'Morten Steinsrud:present',
      'Camilla Akslen:absent',
    ]);
    expect(attendees('Referat\n\nForfall Kari Nilsen og Per Olsen\n\n1. Sak')).toEqual(['Kari Nilsen:absent', 'Per Olsen:absent']);
  });

  it.each([
    ['bodies', 'Tilstede Styret og administrasjonen'],
    ["a table's header row", 'Forfall Parti Møtande varamedlem Kenneth Murberg Radøy H Normann Sæbø'],
    ['a sentence', 'Til stede var alle'],
    ['organisations', 'Deltakere Oslo Kommune, Bergen Kommune'],
    ['one surname', 'Forfall Hansen'],
  ])('is no label before %s', (_what, line) => {
    expect(attendees(`Referat\n\n${line}\n\n1. Sak`)).toEqual([]);
  });
});
