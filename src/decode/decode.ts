/**
 * decode: bytes → text.
 * UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, Windows-1252 when the bytes are not valid
 * UTF-8. Line endings become \n (CRLF and lone CR), text is NFC. Binary and empty input are errors.
 */
import { createHash } from 'node:crypto';
import { diagnostic, InputError } from '../model/diagnostic.js';
import type { Diagnostic, Source } from '../model/schema.js';

export interface Decoded {
  text: string;
  source: Source;
  diagnostics: Diagnostic[];
  /**
   * The input's line endings, which `text` writes as \n: one string when every line ends alike (`'\n'`, `'\r\n'`,
   * `'\r'`), else each line's own (the last line's is `''` when the input does not end in one). Only when asked for
   * (`decode(…, { lineEnds: true })`): `referat repair` writes them back, so that its output differs from its input
   * where a word was repaired, and where decoding itself changed the text (NFC; a broken byte read as U+FFFD).
   */
  lineEnds?: string | string[];
}

function sniffEncoding(bytes: Uint8Array): { encoding: string; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/** Share of bytes that cannot occur in text (NUL and C0 controls other than tab, LF, FF, CR, ESC-free). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
  }
  return n > 0 && control / n > 0.05;
}

export function decode(input: string | Uint8Array, path: string | null = null, options: { lineEnds?: boolean } = {}): Decoded {
  const diagnostics: Diagnostic[] = [];
  let bytes: Uint8Array;
  if (typeof input === 'string') bytes = new TextEncoder().encode(input);
  else bytes = input;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const source: Source = { path, sha256, encoding: 'utf-8', bytes: bytes.length };

  let text: string;
  const { encoding, bomLength } = sniffEncoding(bytes);
  if (encoding !== 'utf-8') {
    text = new TextDecoder(encoding).decode(bytes.subarray(bomLength));
    source.encoding = encoding;
    if (text.includes('\u0000')) throw new InputError(notText(bytes.length));
  } else {
    if (looksBinary(bytes)) throw new InputError(notText(bytes.length));
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(bomLength));
      source.encoding = bomLength ? 'utf-8-bom' : 'utf-8';
    } catch {
      const scan = scanUtf8(bytes.subarray(bomLength));
      if (scan.valid > scan.invalid) {
        // Mostly UTF-8 with a few broken bytes (a truncated copy, a stray byte): reading the whole file as
        // Windows-1252 would garble every æ/ø/å, so keep UTF-8 and mark the broken bytes with U+FFFD.
        text = new TextDecoder('utf-8').decode(bytes.subarray(bomLength));
        source.encoding = bomLength ? 'utf-8-bom' : 'utf-8';
        const before = new TextDecoder('utf-8').decode(bytes.subarray(bomLength, bomLength + scan.firstInvalid)).replace(/\r\n?/g, '\n');
        const lines = before.split('\n');
        diagnostics.push(
          diagnostic('warning', 'invalid-utf8', scan.invalid === 1 ? 'The input has 1 byte that is not valid UTF-8; it reads as \uFFFD' : `The input has ${scan.invalid} bytes that are not valid UTF-8; they read as \uFFFD`, {
            line: lines.length,
            column: lines[lines.length - 1]!.length + 1,
          }),
        );
        return finish(text, source, diagnostics, bytes.length, options.lineEnds === true);
      }
      text = decodeWindows1252(bytes);
      source.encoding = 'windows-1252';
      diagnostics.push(
        diagnostic('info', 'encoding-fallback', 'The input is not valid UTF-8; it was read as Windows-1252', { line: 1, column: 1 }, {
          actual: 'invalid UTF-8',
          expected: 'UTF-8',
        }),
      );
    }
  }
  return finish(text, source, diagnostics, bytes.length, options.lineEnds === true);
}

function finish(raw: string, source: Source, diagnostics: Diagnostic[], size: number, withEnds: boolean): Decoded {
  const text = raw.replace(/\r\n?/g, '\n').normalize('NFC');
  if (text.trim() === '') {
    throw new InputError(
      diagnostic('error', 'empty-document', size === 0 ? 'The input is empty' : 'The input holds only blank lines', { line: 1, column: 1 }),
    );
  }
  return withEnds ? { text, source, diagnostics, lineEnds: raw.includes('\r') ? lineEndsOf(raw) : '\n' } : { text, source, diagnostics };
}

/** Each line's terminator, or the one they all share (see Decoded.lineEnds). */
function lineEndsOf(raw: string): string | string[] {
  const ends: string[] = [];
  for (const m of raw.matchAll(/\r\n|\r|\n/g)) ends.push(m[0]);
  // The last line has no terminator of its own when the input does not end in one.
  if (!/[\r\n]$/.test(raw)) ends.push('');
  const kinds = new Set(ends.filter((e) => e !== ''));
  return kinds.size === 1 ? [...kinds][0]! : ends;
}

/** `text` (whose lines end in \n) with the line endings `lineEnds` describes: what decode() took away. */
export function withLineEnds(text: string, lineEnds: string | string[]): string {
  if (typeof lineEnds === 'string') return lineEnds === '\n' ? text : text.replace(/\n/g, lineEnds);
  const lines = text.split('\n');
  // Repair keeps the lines; should their count ever differ, \n serves for the lines without a recorded ending.
  let out = '';
  for (let i = 0; i < lines.length; i++) out += lines[i]! + (i < lines.length - 1 ? (lineEnds[i] || '\n') : '');
  return out;
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that cannot be UTF-8 (a linear scan). */
function scanUtf8(b: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    let ok = need > 0 && i + need < b.length + 0;
    for (let k = 1; ok && k <= need; k++) ok = i + k < b.length && (b[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { valid, invalid, firstInvalid: Math.max(firstInvalid, 0) };
}

function notText(size: number): Diagnostic {
  return diagnostic('error', 'not-text', `The input is not text (binary data, ${size} bytes); give a text, Markdown or PDF text export`, {
    line: 1,
    column: 1,
  });
}

/** Windows-1252 by table: Node 20's TextDecoder('windows-1252') reads 0x80–0x9F as C1 controls (latin1), losing – € „ … */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    let s = '';
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      s += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
    }
    parts.push(s);
  }
  return parts.join('');
}
