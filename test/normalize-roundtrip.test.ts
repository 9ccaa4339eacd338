/**
 * Properties of normalised Markdown over generated models (fast-check): the model read back from
 * normalize(model) is the model, normalize is a fixed point, and remark sees exactly the structure
 * the grammar means (no heading, fence or HTML block leaks out of item text).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, parse, ReferatDocument } from '../src/index.js';
import { comparable, remarkStructure, writtenStructure } from './normalize.helpers.js';
import { referatDocument } from './normalize.arbitrary.js';

const RUNS = Number(process.env.NORMALIZE_RUNS ?? 1000);
// About 20 ms a model on a laptop; NORMALIZE_RUNS=20000 for a deeper search.
const TIMEOUT = Math.max(60_000, RUNS * 60);

describe('normalised Markdown on generated models', () => {
  it(`reads back every generated model exactly, and normalises to a fixed point (${RUNS} models)`, () => {
    fc.assert(
      fc.property(referatDocument, (model) => {
        expect(ReferatDocument.safeParse(model).success).toBe(true);
        const md = normalize(model);
        // Repair is off: generated strings are not Norwegian, and OCR repair of the normalised text
        // is a property of repair, not of the form (the fixture tests run with repair on).
        const back = parse(md, { repair: false });
        expect(comparable(back)).toEqual(comparable(model));
        expect(normalize(back)).toBe(md);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it(`is CommonMark whose h1/h2 headings and fences are exactly the grammar's (${RUNS} models)`, () => {
    fc.assert(
      fc.property(referatDocument, (model) => {
        const md = normalize(model);
        expect(remarkStructure(md)).toEqual(writtenStructure(md));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
