/**
 * One process parses many documents (`check`, library batches): what was parsed before must not change a
 * result. The recognisers remember answers across documents (labels, attendance labels); a remembered answer
 * that a caller changed once leaked names from one document into the next.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { FIXTURES, fixtureNames } from './helpers/fixtures.js';

const BATCH = join(FIXTURES, 'batch');

describe('results do not depend on what was parsed before', () => {
  it('every fixture (and fixtures/batch) parses the same forwards, backwards and a second time', () => {
    const names = [
      ...fixtureNames().map((n) => join(FIXTURES, `${n}.txt`)),
      ...readdirSync(BATCH).filter((f) => f.endsWith('.txt')).map((f) => join(BATCH, f)),
    ];
    const once = (path: string): string => JSON.stringify(parse(readFileSync(path), { path }));
    const forwards = new Map(names.map((n) => [n, once(n)]));
    const backwards = new Map([...names].reverse().map((n) => [n, once(n)]));
    for (const n of names) expect(backwards.get(n), n).toBe(forwards.get(n));
    for (const n of names) expect(once(n), n).toBe(forwards.get(n));
  });
});
