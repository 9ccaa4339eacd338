import type { Diagnostic, Severity } from './schema.js';

/** Builds a diagnostic; `line`/`column` are 1-based in the original input. */
export function diagnostic(
  severity: Severity,
  rule: string,
  message: string,
  place: { line: number; column: number } = { line: 1, column: 1 },
  extra: { actual?: string | null; expected?: string | null } = {},
): Diagnostic {
  const d: Diagnostic = { severity, rule, message, line: place.line, column: place.column };
  if (extra.actual !== undefined) d.actual = extra.actual;
  if (extra.expected !== undefined) d.expected = extra.expected;
  return d;
}

/** A failure that stops the pipeline for one input (binary, empty): reported, never thrown past the CLI. */
export class InputError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
    this.name = 'InputError';
  }
}
