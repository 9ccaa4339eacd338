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

export function decode(input: string | Uint8Array, path: string | null = null): Decoded {
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
      text = new TextDecoder('windows-1252').decode(bytes);
      source.encoding = 'windows-1252';
      diagnostics.push(
        diagnostic('info', 'encoding-fallback', 'The input is not valid UTF-8; it was read as Windows-1252', { line: 1, column: 1 }, {
          actual: 'invalid UTF-8',
          expected: 'UTF-8',
        }),
      );
    }
  }
  text = text.replace(/\r\n?/g, '\n').normalize('NFC');
  if (text.trim() === '') {
    throw new InputError(
      diagnostic('error', 'empty-document', bytes.length === 0 ? 'The input is empty' : 'The input holds only blank lines', { line: 1, column: 1 }),
    );
  }
  return { text, source, diagnostics };
}

function notText(size: number): Diagnostic {
  return diagnostic('error', 'not-text', `The input is not text (binary data, ${size} bytes); give a text, Markdown or PDF text export`, {
    line: 1,
    column: 1,
  });
}
