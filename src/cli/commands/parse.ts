import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { parseAsync } from '../../pipeline.js';
import { toJson } from '../../emit/json.js';
import { createHash } from 'node:crypto';
import { decode } from '../../decode/decode.js';
import { InputError } from '../../model/diagnostic.js';
import type { ReferatDocument } from '../../model/schema.js';
import { colorFor } from '../color.js';
import { inputPaths, readInput, describeFsError } from '../input.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { formatDiagnostic, summary } from '../report.js';

export interface CommonOptions {
  repair: boolean;
  quiet?: boolean;
  color?: boolean;
  names?: string;
  /** Re-check each document against the zod model at run time (the tests already do, on every fixture). */
  validate?: boolean;
}

export async function loadNames(file: string | undefined, io: Io): Promise<string[] | undefined> {
  if (!file) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new UsageError(`--names ${describeFsError(file, err)}`);
  }
  // Read as a document is (UTF-8, UTF-16, Windows-1252; any line ending): a binary file given by mistake would
  // otherwise become thousands of "names" that the repair then writes into the text.
  try {
    return decode(bytes, file).text.split('\n').map((s) => s.trim()).filter(Boolean);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    if (err.diagnostic.rule === 'empty-document') return [];
    const why = err.diagnostic.rule === 'not-text' ? `not a text file (binary data, ${bytes.length} bytes)` : err.diagnostic.message;
    throw new UsageError(`--names ${file}: ${why}; give one name per line`);
  }
}

/**
 * The document of an input that holds no text to read (empty, binary): nothing in it, its one error diagnostic. Printed
 * as its line of `parse --json` over several files, so that line k of the output is still the k-th input's.
 */
function unreadDocument(path: string | null, bytes: Uint8Array, err: InputError): ReferatDocument {
  return {
    schemaVersion: 1,
    kind: 'unknown',
    language: null,
    title: null,
    meeting: { body: null, date: null, start: null, end: null, location: null },
    notice: null,
    attendees: [],
    invited: [],
    items: [],
    preamble: null,
    trailer: null,
    corrections: [],
    diagnostics: [err.diagnostic],
    source: { path, sha256: createHash('sha256').update(bytes).digest('hex'), encoding: 'unknown', bytes: bytes.length },
  };
}

/** Parses one input; a document-level failure becomes a reported error, never an exception. */
export async function parseOne(
  path: string,
  io: Io,
  opts: CommonOptions,
  names: string[] | undefined,
): Promise<{ doc: ReferatDocument | null; label: string; failure: string | null; internal?: boolean; unread?: ReferatDocument }> {
  const input = await readInput(path, io);
  const label = input.path ?? '<stdin>';
  try {
    const doc = await parseAsync(input.bytes, { path: input.path, repair: opts.repair, names, validate: opts.validate });
    return { doc, label, failure: null };
  } catch (err) {
    if (err instanceof InputError) return { doc: null, label, failure: `${label}: ${err.message}  ${err.diagnostic.rule}`, unread: unreadDocument(input.path, input.bytes, err) };
    // A fault of referat's own on this file: reported for the file, and the batch goes on (exit 2).
    return { doc: null, label, failure: `${label}: internal error: ${(err as Error)?.message ?? String(err)}  internal-error`, internal: true };
  }
}

export function registerParse(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('parse')
    .description('parse meeting documents into the referat model')
    .argument('[files...]', 'input files (`-` for standard input)')
    .option('--json', 'print the document as JSON (one compact line per document for several files)')
    .option('--yaml', 'print the document as YAML')
    .option('--md', 'print normalised Markdown')
    .option('--no-repair', 'turn OCR repair off')
    .option('--names <file>', 'extra names (one per line) for OCR repair')
    .option('--quiet', 'no diagnostics on stderr')
    .option('--validate', 'check each document against the model at run time')
    .action(async (files: string[], opts: CommonOptions & { json?: boolean; yaml?: boolean; md?: boolean }) => {
      const paths = inputPaths(files, io);
      if ([opts.json, opts.yaml, opts.md].filter(Boolean).length > 1) throw new UsageError('choose one output format: --json, --yaml or --md');
      if (opts.md && paths.length > 1) throw new UsageError('--md takes one file (one Markdown document); for several use `referat normalize FILE… --out-dir DIR`');
      const color = await colorFor(io.stdout, io, program.opts().color);
      const ecolor = await colorFor(io.stderr, io, program.opts().color);
      const names = await loadNames(opts.names, io);
      let code: number = EXIT.ok;
      for (const path of paths) {
        let result;
        try {
          result = await parseOne(path, io, opts, names);
        } catch (err) {
          if (err instanceof UsageError) {
            io.stderr.write(`referat: ${err.message}\n`);
            code = Math.max(code, err.code);
            continue;
          }
          throw err;
        }
        const { doc, label, failure } = result;
        if (!doc) {
          io.stderr.write(`${ecolor.red('error')} ${failure}\n`);
          code = Math.max(code, result.internal ? EXIT.usage : EXIT.documentErrors);
          // One line per input in a batch's JSON, the unreadable ones too.
          if (opts.json && paths.length > 1 && result.unread) io.stdout.write(toJson(result.unread, false) + '\n');
          continue;
        }
        if (opts.md) {
          const { normalize } = await import('../../emit/markdown.js');
          io.stdout.write(normalize(doc));
        } else if (opts.json) io.stdout.write(toJson(doc, paths.length === 1) + '\n');
        else if (opts.yaml) {
          // Quoted where a YAML 1.1 reader (PyYAML) would read a time as a number or a date as a date.
          const { safeYaml } = await import('../../emit/markdown.js');
          io.stdout.write((paths.length > 1 ? '---\n' : '') + safeYaml(JSON.parse(toJson(doc)), { plainDates: false }));
        }
        else io.stdout.write((paths.length > 1 ? color.underline(label) + '\n' : '') + summary(doc, color) + (paths.length > 1 ? '\n' : ''));
        // --quiet keeps errors: a run that fails says why.
        for (const d of doc.diagnostics) {
          if (d.severity === 'info' || (opts.quiet && d.severity !== 'error')) continue;
          io.stderr.write(formatDiagnostic(label, d, ecolor) + '\n');
        }
        if (doc.diagnostics.some((d) => d.severity === 'error')) code = Math.max(code, EXIT.documentErrors);
      }
      setExit(code);
    });
}
