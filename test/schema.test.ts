/**
 * The published JSON Schema: identical to what the zod model generates, and an independent validator
 * (ajv, draft 2020-12) accepts every golden and rejects broken documents.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { schemaText } from '../src/model/json-schema.js';
import { toJson } from '../src/emit/json.js';
import { FIXTURES, ROOT, fixtureNames, parseFixture } from './helpers/fixtures.js';

const SCHEMA_FILE = join(ROOT, 'schemas', 'referat.schema.json');
const published = readFileSync(SCHEMA_FILE, 'utf8');

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  return ajv.compile(JSON.parse(published) as object);
}

describe('schemas/referat.schema.json', () => {
  it('is up to date with the zod model', () => {
    expect(published, 'schemas/referat.schema.json is stale: run `npm run schema`').toBe(schemaText());
  });

  it('is a valid draft 2020-12 schema', () => {
    expect(() => validator()).not.toThrow();
  });
});

describe('documents validate against the published schema', () => {
  const validate = validator();
  const goldens = fixtureNames('.json');

  it.each(goldens.length ? goldens : ['(none yet)'])('fixtures/%s.json', (name) => {
    if (name === '(none yet)') return; // goldens not generated yet; the parser output is checked below
    const doc = JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as unknown;
    const ok = validate(doc);
    expect(validate.errors ?? [], `fixtures/${name}.json`).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(fixtureNames('.txt'))('parser output for %s', (name) => {
    const doc = JSON.parse(toJson(parseFixture(name))) as unknown;
    const ok = validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  describe('broken documents fail', () => {
    const good = (): Record<string, any> => JSON.parse(toJson(parseFixture('seed002'))) as Record<string, any>;

    it('the unbroken document passes (control)', () => {
      expect(validate(good())).toBe(true);
    });

    const breakages: Array<[string, (d: Record<string, any>) => void]> = [
      ['wrong schemaVersion', (d) => (d.schemaVersion = 2)],
      ['unknown kind', (d) => (d.kind = 'minutes')],
      ['missing items', (d) => delete d.items],
      ['date not ISO', (d) => (d.meeting.date = '16.03.2023')],
      ['time not HH:MM', (d) => (d.meeting.start = '9')],
      ['status outside the enum', (d) => (d.attendees[0].status = 'here')],
      ['role outside the enum', (d) => (d.attendees[0].roles = ['boss'])],
      ['line 0', (d) => (d.items[0].position.start.line = 0)],
      ['number as a number', (d) => (d.items[0].number = 1)],
      ['rule not kebab-case', (d) => (d.diagnostics = [{ severity: 'info', rule: 'Not Kebab', message: 'x', line: 1, column: 1 }])],
      ['sha256 not hex', (d) => (d.source.sha256 = 'xyz')],
    ];
    it.each(breakages)('%s', (_what, breakIt) => {
      const d = good();
      breakIt(d);
      expect(validate(d)).toBe(false);
    });
  });
});
