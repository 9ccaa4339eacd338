/** vocab/patterns.ts: regular expressions built from the vocabulary, where Norwegian letters are letters. */
import { describe, expect, it } from 'vitest';
import { alternation, escapeRegExp, latinRegExp } from '../../src/vocab/patterns.js';
import { findActions, isDecisionSentence } from '../../src/recognise/decisions.js';
import { lines } from '../helpers/lines.js';

describe('latinRegExp', () => {
  it('reads \\p{L}, \\p{Lu}, \\p{Ll} as Latin-1 classes and drops the u flag', () => {
    const re = latinRegExp('^\\p{Lu}\\p{Ll}+$', 'u');
    expect(re.flags).not.toContain('u');
    expect(re.test('Øystein')).toBe(true);
    expect(re.test('øystein')).toBe(false);
  });

  it('a word boundary where æ, ø and å are letters: at the start of "årsmøtet", after "på", never inside "Miljøtiltak"', () => {
    expect(latinRegExp('\\b(?:årsmøtet|styret)\\s+vedtok\\b').test('årsmøtet vedtok å utsette saken')).toBe(true);
    expect(latinRegExp('\\bpå\\b').test('møtet ble holdt på Teams')).toBe(true);
    expect(latinRegExp('\\btiltak\\b').test('Miljøtiltak:')).toBe(false);
    expect(latinRegExp('\\btiltak\\b').test('tiltak: rydde')).toBe(true);
    // In a character class \b is a backspace, as in any pattern.
    expect(latinRegExp('[\\b]').test('\b')).toBe(true);
  });

  it('what that mends: a decision by the annual meeting, and no action in "Miljøtiltak:"', () => {
    expect(isDecisionSentence('Årsmøtet godkjente regnskapet for 2021.')).toBe(true);
    expect(findActions(lines('Miljøtiltak:', '- Vi henter pizza selv'), 2024)).toEqual([]);
  });
});

describe('alternation', () => {
  it('longest phrase first, escaped, inner whitespace flexible', () => {
    expect(alternation(['til stede', 'til stede på møtet', 'a.b'])).toBe('til\\s+stede\\s+på\\s+møtet|til\\s+stede|a\\.b');
    expect(escapeRegExp('(x)')).toBe('\\(x\\)');
  });
});
