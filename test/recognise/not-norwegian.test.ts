/** What is no Norwegian meeting document, though it holds the words: a program's English text, a package's JSON. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { ROOT } from '../helpers/fixtures.js';

describe('user test: English and code files were read as minutes', () => {
  it('a README in English (its title names referat, its lists are numbered): no meeting document, no language', () => {
    const d = parse(readFileSync(join(ROOT, 'fixtures', 'bad', 'README')));
    expect(d.kind).toBe('unknown');
    expect(d.language).toBeNull();
    expect(d.diagnostics.map((x) => x.rule)).toContain('not-a-meeting-document');
  });

  it('a package.json ("name": "referat"): the word in a line of code is no title that makes minutes', () => {
    const d = parse(readFileSync(join(ROOT, 'package.json')));
    expect(d.kind).toBe('unknown');
  });

  it('Norwegian minutes that quote English stay minutes', () => {
    const d = parse(
      'Referat fra styremøte 3. mars 2024\n\nTil stede: Kari Nordmann, Ola Hansen\n\n1. Nettsiden\nVi diskuterte teksten "Welcome to the club, and thank you for all of the help with this site that is new". Den ble godkjent.\n\n2. Eventuelt\nIngen saker.\n',
    );
    expect(d.kind).toBe('referat');
    expect(d.language).toBe('nb');
  });
});
