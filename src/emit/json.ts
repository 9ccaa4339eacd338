/**
 * emit: JSON with a stable key order (the order of the zod model), pretty or one line.
 */
import type { ReferatDocument } from '../model/schema.js';

const ORDER = [
  'schemaVersion', 'kind', 'language', 'title', 'meeting', 'notice', 'attendees', 'invited', 'items', 'preamble', 'trailer',
  'corrections', 'diagnostics', 'source',
  'body', 'date', 'start', 'end', 'location',
  'ourRef', 'yourRef', 'caseHandler', 'archiveCode', 'recipient', 'sender',
  'name', 'givenName', 'familyName', 'organisation', 'status', 'roles', 'substituteFor', 'note',
  'number', 'numberInferred', 'section', 'subItems', 'label', 'text', 'decisions', 'actions', 'responsible', 'due',
  'from', 'to', 'severity', 'rule', 'message', 'line', 'column', 'actual', 'expected',
  'path', 'sha256', 'encoding', 'bytes',
  'position',
];
const RANK = new Map(ORDER.map((k, i) => [k, i]));

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(
      ([a], [b]) => (RANK.get(a) ?? 1000) - (RANK.get(b) ?? 1000) || (a < b ? -1 : a > b ? 1 : 0),
    );
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

export function toJson(doc: ReferatDocument, pretty = true): string {
  return JSON.stringify(sortKeys(doc), null, pretty ? 2 : undefined);
}
