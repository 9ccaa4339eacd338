/** Human-readable output: the document summary and diagnostics as `path:line:column  severity  message  rule`. */
import type { Paint } from './color.js';
import type { Diagnostic, ReferatDocument } from '../model/schema.js';

export function formatDiagnostic(path: string, d: Diagnostic, c: Paint): string {
  const sev = d.severity === 'error' ? c.red('error') : d.severity === 'warning' ? c.yellow('warning') : c.blue('info');
  return `${c.dim(`${path}:${d.line}:${d.column}`)}  ${sev}  ${d.message}  ${c.dim(d.rule)}`;
}

export function summary(doc: ReferatDocument, c: Paint): string {
  const out: string[] = [];
  const m = doc.meeting;
  out.push(c.bold(doc.title ?? '(untitled)') + c.dim(`  ${doc.kind}${doc.language ? `, ${doc.language}` : ''}`));
  const when = [m.date, m.start && (m.end ? `${m.start}–${m.end}` : m.start)].filter(Boolean).join(' ');
  if (when) out.push(`${c.dim('Date')}      ${when}`);
  if (m.location) out.push(`${c.dim('Place')}     ${m.location}`);
  if (m.body) out.push(`${c.dim('Body')}      ${m.body}`);
  if (doc.notice?.caseHandler) out.push(`${c.dim('Handler')}   ${doc.notice.caseHandler}`);
  if (doc.attendees.length) {
    out.push('', c.bold(`Attendees (${doc.attendees.length})`));
    for (const a of doc.attendees) {
      const tags = [...a.roles, a.status !== 'present' ? a.status : ''].filter(Boolean);
      out.push(`  ${a.name}${a.organisation ? c.dim(` – ${a.organisation}`) : ''}${tags.length ? c.cyan(` [${tags.join(', ')}]`) : ''}`);
    }
  }
  if (doc.invited.length) out.push('', c.bold(`Invited (${doc.invited.length})`));
  if (doc.items.length) {
    out.push('', c.bold(`Items (${doc.items.length})`));
    let section: string | null = null;
    for (const it of doc.items) {
      if (it.section && it.section !== section) out.push(c.dim(`  ${it.section}`));
      section = it.section;
      out.push(`  ${c.bold(it.number.padStart(3))}${it.numberInferred ? c.yellow('*') : ' '} ${it.title}`);
      for (const s of it.subItems) out.push(c.dim(`        ${s.label}. ${s.title}`));
      for (const d of it.decisions) out.push(`        ${c.green('✔')} ${d.text}`);
      for (const a of it.actions) out.push(`        ${c.magenta('→')} ${a.text}${a.responsible ? c.dim(` (${a.responsible})`) : ''}`);
    }
  }
  if (doc.corrections.length) out.push('', c.dim(`${doc.corrections.length} OCR repairs`));
  return out.join('\n') + '\n';
}
