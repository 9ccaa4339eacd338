/**
 * The pipeline: decode → repair → segment → recognise → validate.
 * `parseDecoded` is the synchronous core; it uses whatever optional stages are loaded (stages.ts).
 * `parseAsync` loads the stages an input needs first: the CLI and `check` use it, so plain text
 * never loads remark, YAML or zod.
 */
import { decode, type Decoded } from './decode/decode.js';
import type { ReferatDocument } from './model/schema.js';
import type { RepairOptions, RepairResult } from './repair/index.js';
import { columnMapper } from './repair/column-map.js';
import { detectDamage } from './repair/detect.js';
import { toLines } from './segment/lines.js';
import { applyMarkdown, looksLikeMarkdown } from './segment/markdown.js';
import { recognise } from './recognise/document.js';
import { loadStagesFor, stages } from './stages.js';

export interface ParseOptions {
  /** Shown in `source.path`; null for standard input. */
  path?: string | null;
  /** OCR repair (default on). */
  repair?: boolean;
  /** Extra names for the repair gazetteer. */
  names?: RepairOptions['names'];
  /** Validate the result against the zod model (library `parse`: default on; `parseAsync`: default off). */
  validate?: boolean;
}

export function parseDecoded(decoded: Decoded, options: ParseOptions = {}, damaged?: boolean): ReferatDocument {
  const original = decoded.text.split('\n');
  // referat's own normalised form holds repaired text already: repairing it again could only do harm.
  const repairOn = options.repair !== false && !isNormalisedForm(decoded.text) && damaged !== false;
  const repaired = repairOn ? repairStage(decoded.text, { names: options.names }) : { text: decoded.text, corrections: [] };
  const lines = toLines(repaired.text);
  const markdown = looksLikeMarkdown(repaired.text);
  if (markdown) applyMarkdown(lines, repaired.text);
  const recognised = recognise(lines, {
    originalColumn: columnMapper(repaired.corrections),
    originalLineLength: (n) => original[n - 1]?.length ?? 0,
    markdown,
  });
  return {
    ...recognised,
    corrections: repaired.corrections,
    diagnostics: [...decoded.diagnostics, ...recognised.diagnostics].sort((a, b) => a.line - b.line || a.column - b.column),
    source: decoded.source,
  };
}

function repairStage(text: string, options: RepairOptions): RepairResult {
  if (stages.repair) return stages.repair(text, options);
  // Not loaded: the text showed no damage when the stages were chosen (parseAsync), so there is nothing to do.
  if (!detectDamage(text).damaged) return { text, corrections: [] };
  throw new Error('internal error: OCR repair is needed but its stage was not loaded');
}

function isNormalisedForm(text: string): boolean {
  if (!text.startsWith('---\n')) return false;
  const end = text.indexOf('\n---\n', 3);
  return end > 0 && /^schemaVersion: 1$/m.test(text.slice(0, end));
}

export async function parseAsync(input: string | Uint8Array, options: ParseOptions = {}): Promise<ReferatDocument> {
  const decoded = decode(input, options.path ?? null);
  // Damage is detected once: it decides both whether the repair stage loads and whether it runs.
  const damaged = options.repair !== false && !isNormalisedForm(decoded.text) && detectDamage(decoded.text).damaged;
  await loadStagesFor(decoded.text, { damaged });
  const doc = parseDecoded(decoded, options, damaged);
  if (!options.validate) return doc;
  const { validate } = await import('./validate/validate.js');
  return validate(doc);
}
