/**
 * Golden files: every fixtures/NAME.txt parses to exactly fixtures/NAME.json (as emitted by toJson).
 * `npm run fixtures` (UPDATE_FIXTURES=1) rewrites the goldens; review the diff before committing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { toJson } from '../src/emit/json.js';
import { FIXTURES, fixtureBytes, fixtureNames, fixturePath } from './helpers/fixtures.js';

const UPDATE = process.env.UPDATE_FIXTURES === '1';
const names = fixtureNames('.txt');

describe('fixtures', () => {
  it('has inputs', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it.each(names)('fixtures/%s.txt matches its .json golden', (name) => {
    const doc = parse(fixtureBytes(name), { path: fixturePath(name) });
    const actual = toJson(doc) + '\n';
    const golden = join(FIXTURES, `${name}.json`);
    if (UPDATE) {
      writeFileSync(golden, actual);
      return;
    }
    if (!existsSync(golden)) {
      expect.fail(`fixtures/${name}.json is missing; run \`npm run fixtures\` (UPDATE_FIXTURES=1) to generate it, then review it`);
    }
    const expected = readFileSync(golden, 'utf8');
    // Compared as text: key order and formatting are part of the output contract.
    expect(actual, `fixtures/${name}.json is stale; if the change is intended, run \`npm run fixtures\` and review the diff`).toBe(expected);
  });

  it('has no golden without an input', () => {
    const orphans = fixtureNames('.json').filter((n) => !names.includes(n));
    expect(orphans, 'fixtures/*.json without a matching .txt').toEqual([]);
  });
});
