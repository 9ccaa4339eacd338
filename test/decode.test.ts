/** decode: bytes → text, with the encoding recorded and input errors for what is not text. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode/decode.js';
import { InputError } from '../src/model/diagnostic.js';

const TEXT = 'Møteleder: Åse Ærø\nReferat';
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: Array<number[] | Uint8Array>): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));

function utf16(s: string, endian: 'le' | 'be'): Uint8Array {
  const out: number[] = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (endian === 'le') out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return Uint8Array.from(out);
}

function inputError(input: string | Uint8Array): InputError {
  try {
    decode(input);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error('decode did not throw');
}

describe('decode', () => {
  it('UTF-8 without BOM', () => {
    const d = decode(utf8(TEXT), 'a.txt');
    expect(d.text).toBe(TEXT);
    expect(d.source).toEqual({ path: 'a.txt', sha256: createHash('sha256').update(utf8(TEXT)).digest('hex'), encoding: 'utf-8', bytes: utf8(TEXT).length });
    expect(d.diagnostics).toEqual([]);
  });

  it('UTF-8 with BOM: the BOM goes, the encoding says so, sha256 and bytes are of the input', () => {
    const input = bytes([0xef, 0xbb, 0xbf], utf8(TEXT));
    const d = decode(input);
    expect(d.text).toBe(TEXT);
    expect(d.source.encoding).toBe('utf-8-bom');
    expect(d.source.bytes).toBe(input.length);
    expect(d.source.sha256).toBe(createHash('sha256').update(input).digest('hex'));
    expect(d.source.path).toBeNull();
  });

  it.each(['le', 'be'] as const)('UTF-16 %s with BOM', (endian) => {
    const d = decode(utf16(TEXT, endian));
    expect(d.text).toBe(TEXT);
    expect(d.source.encoding).toBe(`utf-16${endian}`);
  });

  it('Windows-1252 when the bytes are not UTF-8, with an encoding-fallback info diagnostic', () => {
    // "Møte på Ærø – 5 €" in Windows-1252.
    const input = Uint8Array.from([0x4d, 0xf8, 0x74, 0x65, 0x20, 0x70, 0xe5, 0x20, 0xc6, 0x72, 0xf8, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80]);
    const d = decode(input);
    expect(d.text).toBe('Møte på Ærø – 5 €');
    expect(d.source.encoding).toBe('windows-1252');
    expect(d.diagnostics).toHaveLength(1);
    expect(d.diagnostics[0]).toMatchObject({ severity: 'info', rule: 'encoding-fallback', line: 1, column: 1 });
  });

  it('CRLF and lone CR become LF', () => {
    expect(decode('a\r\nb\rc\n').text).toBe('a\nb\nc\n');
  });

  it('normalises to NFC', () => {
    const decomposed = 'Mo\u0308te pa\u030a A\u030ase'; // combining diaeresis and rings
    const d = decode(decomposed);
    expect(d.text).toBe(decomposed.normalize('NFC'));
    expect(d.text).toContain('på');
    expect(d.text).toContain('Åse');
  });

  it('accepts a string', () => {
    expect(decode('Referat').text).toBe('Referat');
  });

  it('keeps tabs and form feeds', () => {
    expect(decode('a\tb\fc').text).toBe('a\tb\fc');
  });

  describe('input errors', () => {
    it('binary (NUL bytes) → not-text', () => {
      const err = inputError(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
      expect(err.diagnostic).toMatchObject({ severity: 'error', rule: 'not-text' });
    });

    it('binary (many control bytes, no NUL) → not-text', () => {
      const input = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
      expect(inputError(input).diagnostic.rule).toBe('not-text');
    });

    it('UTF-16 that decodes to NULs → not-text', () => {
      expect(inputError(bytes([0xff, 0xfe], [0, 0, 0, 0])).diagnostic.rule).toBe('not-text');
    });

    it('empty → empty-document', () => {
      const err = inputError(new Uint8Array());
      expect(err.diagnostic).toMatchObject({ severity: 'error', rule: 'empty-document' });
    });

    it('only blank lines → empty-document', () => {
      expect(inputError(utf8(' \n\t\r\n\n')).diagnostic.rule).toBe('empty-document');
    });

    it('a BOM alone → empty-document', () => {
      expect(inputError(Uint8Array.from([0xef, 0xbb, 0xbf])).diagnostic.rule).toBe('empty-document');
    });
  });
});
