/** Words with letters beyond Latin-1 (Sámi) are no OCR damage. */
import { describe, expect, it } from 'vitest';
import { repair } from '../../src/repair/index.js';

describe('Sámi words', () => {
  it('leaves words with č, š, ŋ, đ alone in a damaged document', () => {
    const text = 'Tilstede pa mgtet i Kárášjohka:\nMgtet i Čoarvi ble holdt fgr paske.\n';
    const out = repair(text).text;
    expect(out).toContain('Kárášjohka');
    expect(out).toContain('Čoarvi');
    expect(out).toContain('møtet');
  });
});
