/** Shared helpers for the fixture-driven tests: the fixture list, paths, and cached parses. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type ParseOptions } from '../../src/index.js';
import type { ReferatDocument } from '../../src/model/schema.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'fixtures');

/** Fixture names without extension (`seed002`, `corpus-001` …), sorted. */
export function fixtureNames(ext: '.txt' | '.json' = '.txt'): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length))
    .sort();
}

/** The path as the library is told it: relative to the project root (`fixtures/NAME.txt`). */
export function fixturePath(name: string, ext = '.txt'): string {
  return relative(ROOT, join(FIXTURES, name + ext)).split('\\').join('/');
}

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(join(FIXTURES, name + '.txt'));
}

const cache = new Map<string, ReferatDocument>();

/** Parses `fixtures/NAME.txt` as the fixture test does; cached per options. */
export function parseFixture(name: string, options: Omit<ParseOptions, 'path'> = {}): ReferatDocument {
  const key = `${name}\u0000${JSON.stringify(options)}`;
  let doc = cache.get(key);
  if (!doc) {
    doc = parse(fixtureBytes(name), { ...options, path: fixturePath(name) });
    cache.set(key, doc);
  }
  return doc;
}
