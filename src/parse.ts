/**
 * The pipeline: decode → repair → segment → recognise → validate.
 */
import { decode } from './decode/decode.js';
import type { ReferatDocument } from './model/schema.js';
import { repair as repairText, type RepairOptions } from './repair/index.js';
import { columnMapper } from './repair/column-map.js';
import { toLines } from './segment/lines.js';
import { applyMarkdown, looksLikeMarkdown } from './segment/markdown.js';
import { recognise } from './recognise/document.js';
import { validate } from './validate/validate.js';

export interface ParseOptions {
  /** Shown in `source.path`; null for standard input. */
  path?: string | null;
  /** OCR repair (default on). */
  repair?: boolean;
  /** Extra names for the repair gazetteer. */
  names?: RepairOptions['names'];
  /** Validate the result against the zod model (default on). */
  validate?: boolean;
}

export function parse(input: string | Uint8Array, options: ParseOptions = {}): ReferatDocument {
  const decoded = decode(input, options.path ?? null);
  const original = decoded.text.split('\n');
  const repaired = options.repair === false ? { text: decoded.text, corrections: [] } : repairText(decoded.text, { names: options.names });
  const lines = toLines(repaired.text);
  const markdown = looksLikeMarkdown(repaired.text);
  if (markdown) applyMarkdown(lines, repaired.text);
  const recognised = recognise(lines, {
    originalColumn: columnMapper(repaired.corrections),
    originalLineLength: (n) => original[n - 1]?.length ?? 0,
    markdown,
  });
  const doc: ReferatDocument = {
    ...recognised,
    corrections: repaired.corrections,
    diagnostics: [...decoded.diagnostics, ...recognised.diagnostics].sort((a, b) => a.line - b.line || a.column - b.column),
    source: decoded.source,
  };
  return options.validate === false ? doc : validate(doc);
}
