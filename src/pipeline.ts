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
import { detectDamage, needsRepair, type Damage } from './repair/detect.js';
import { toLines } from './segment/lines.js';
import { reflow } from './segment/reflow.js';
import { closeDoubleSpacing } from './segment/double-spacing.js';
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

/** `damage`: detectDamage's verdict on the text, when the caller has it (parseAsync); otherwise worked out here. */
export function parseDecoded(decoded: Decoded, options: ParseOptions = {}, damage?: Damage): ReferatDocument {
  const original = decoded.text.split('\n');
  const repaired = repairOn(decoded.text, options)
    ? repairStage(decoded.text, { names: options.names }, damage ?? detectDamage(decoded.text))
    : { text: decoded.text, corrections: [] };
  let lines = toLines(repaired.text);
  const markdown = looksLikeMarkdown(repaired.text);
  // Markdown keeps its line structure; a plain-text export may hold whole pages on single lines.
  if (markdown) applyMarkdown(lines, repaired.text);
  else lines = closeDoubleSpacing(reflow(lines));
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

// referat's own normalised form holds repaired text already: repairing it again could only do harm.
const repairOn = (text: string, options: ParseOptions): boolean => options.repair !== false && !isNormalisedForm(text);

function repairStage(text: string, options: RepairOptions, damage: Damage): RepairResult {
  if (!needsRepair(damage)) return { text, corrections: [] };
  if (!stages.repair) throw new Error('internal error: OCR repair is needed but its stage was not loaded');
  return stages.repair(text, options, damage);
}

function isNormalisedForm(text: string): boolean {
  if (!text.startsWith('---\n')) return false;
  const end = text.indexOf('\n---\n', 3);
  return end > 0 && /^schemaVersion: 1$/m.test(text.slice(0, end));
}

export async function parseAsync(input: string | Uint8Array, options: ParseOptions = {}): Promise<ReferatDocument> {
  const decoded = decode(input, options.path ?? null);
  // Damage is detected once: it decides whether the repair stage loads, and repair starts from it.
  const damage = repairOn(decoded.text, options) ? detectDamage(decoded.text) : undefined;
  await loadStagesFor(decoded.text, { damaged: damage ? needsRepair(damage) : false });
  const doc = parseDecoded(decoded, options, damage);
  if (!options.validate) return doc;
  const { validate } = await import('./validate/validate.js');
  return validate(doc);
}
