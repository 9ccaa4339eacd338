/**
 * Reporters of `referat check`. Each sees every file's result once, in input order, as it arrives,
 * and the summary at the end; none keeps results, so memory stays flat whatever the archive's size.
 *  - pretty: problems grouped per file as `path:line:column  severity  message  rule`, then a summary;
 *  - json:   NDJSON, one object per file (every file, clean ones too), then one `{"summary": …}` line;
 *  - github: workflow commands (`::error file=…,line=…,col=…::…`) that GitHub shows as annotations.
 */
import type { Paint } from '../cli/color.js';
import type { Diagnostic } from '../model/schema.js';
import type { FileResult } from './types.js';

export const REPORTERS = ['pretty', 'json', 'github'] as const;
export type ReporterName = (typeof REPORTERS)[number];

export interface Summary {
  files: number;
  filesWithErrors: number;
  filesWithWarnings: number;
  errors: number;
  warnings: number;
  unreadable: number;
  internal: number;
  byRule: Record<string, number>;
  strict: boolean;
  ok: boolean;
  ms: number;
}

export interface Reporter {
  file(r: FileResult): void;
  end(s: Summary): void;
}

/** A result as problems: the document's diagnostics, or one problem for a file that could not be read. */
export function problems(r: FileResult): Diagnostic[] {
  if (r.outcome === 'unreadable') return [{ severity: 'error', rule: 'file-unreadable', message: stripLabel(r), line: 0, column: 0 }];
  if (r.outcome === 'internal') return [{ severity: 'error', rule: 'internal-error', message: r.message ?? 'internal error', line: 0, column: 0 }];
  return r.diagnostics;
}

/** describeFsError says "path: no such file"; the reporters print the path themselves. */
function stripLabel(r: FileResult): string {
  const m = r.message ?? 'cannot be read';
  return m.startsWith(`${r.label}: `) ? m.slice(r.label.length + 2) : m;
}

const place = (path: string, d: Diagnostic): string => (d.line > 0 ? `${path}:${d.line}:${d.column}` : path);

export function prettyReporter(out: { write(s: string): unknown }, c: Paint, opts: { quiet?: boolean; strict?: boolean } = {}): Reporter {
  let printed = 0;
  return {
    file(r) {
      // --quiet shows what fails the run: errors, and with --strict the warnings too.
      const ps = problems(r).filter((d) => d.severity !== 'info' && (!opts.quiet || d.severity === 'error' || opts.strict));
      if (ps.length === 0) return;
      let s = printed++ ? '\n' : '';
      s += c.underline(r.label) + '\n';
      for (const d of ps) {
        const sev = d.severity === 'error' ? c.red('error') : d.severity === 'warning' ? c.yellow('warning') : c.blue('info');
        s += `${c.dim(place(r.label, d))}  ${sev}  ${d.message}  ${c.dim(d.rule)}\n`;
      }
      out.write(s);
    },
    end(s) {
      const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
      const lines: string[] = [];
      const head = s.ok ? c.green('✔') : c.red('✖');
      const parts = [plural(s.errors, 'error'), plural(s.warnings, 'warning')];
      let line = `${head} ${plural(s.files, 'file')} checked: ${parts.join(', ')}`;
      const bad = [
        s.filesWithErrors ? `${s.filesWithErrors} with errors` : '',
        s.filesWithWarnings ? `${s.filesWithWarnings} with warnings` : '',
        s.unreadable ? `${s.unreadable} unreadable` : '',
        s.internal ? `${s.internal} failed inside referat` : '',
      ].filter(Boolean);
      if (bad.length) line += ` (files: ${bad.join(', ')})`;
      if (!s.ok && s.errors === 0 && s.strict) line += ' — warnings fail with --strict';
      lines.push((printed ? '\n' : '') + line);
      const rules = Object.entries(s.byRule).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      const w = Math.max(0, ...rules.map(([r]) => r.length));
      for (const [rule, n] of rules) lines.push(`  ${rule.padEnd(w)}  ${n}`);
      out.write(lines.join('\n') + '\n');
    },
  };
}

export function jsonReporter(out: { write(s: string): unknown }): Reporter {
  return {
    file(r) {
      const ps = problems(r);
      const rec: Record<string, unknown> = {
        path: r.label,
        outcome: r.outcome,
        errors: ps.filter((d) => d.severity === 'error').length,
        warnings: ps.filter((d) => d.severity === 'warning').length,
        diagnostics: ps,
        bytes: r.bytes,
      };
      out.write(JSON.stringify(rec) + '\n');
    },
    end(s) {
      out.write(JSON.stringify({ summary: s }) + '\n');
    },
  };
}

/** Escaping of GitHub workflow commands: data and property values. */
const escData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s: string): string => escData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function githubReporter(out: { write(s: string): unknown }): Reporter {
  return {
    file(r) {
      let s = '';
      for (const d of problems(r)) {
        if (d.severity === 'info') continue;
        const props = [`file=${escProp(r.label)}`];
        if (d.line > 0) props.push(`line=${d.line}`, `col=${d.column}`);
        props.push(`title=${escProp(d.rule)}`);
        s += `::${d.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escData(`${d.message} (${d.rule})`)}\n`;
      }
      if (s) out.write(s);
    },
    end(s) {
      out.write(
        `referat check: ${s.files} files, ${s.errors} errors, ${s.warnings} warnings` +
          (s.unreadable ? `, ${s.unreadable} unreadable` : '') +
          (Object.keys(s.byRule).length ? ` (${Object.entries(s.byRule).map(([r, n]) => `${r}: ${n}`).join(', ')})` : '') +
          '\n',
      );
    },
  };
}
