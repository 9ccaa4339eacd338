import { z } from 'zod';
import { ReferatDocument } from './schema.js';

/** The published JSON Schema, as text (stable: the zod model decides the order). */
export function schemaText(): string {
  const schema = z.toJSONSchema(ReferatDocument, { target: 'draft-2020-12' });
  return JSON.stringify({ $id: 'https://github.com/referat/referat/schemas/referat.schema.json', title: 'referat document', ...schema }, null, 2) + '\n';
}
