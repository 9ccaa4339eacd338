/**
 * validate: the assembled document against the zod model. A failure here is a bug in the
 * recognisers, reported as an internal error rather than as a wrong document.
 */
import { ReferatDocument } from '../model/schema.js';
import type { ReferatDocument as Doc } from '../model/schema.js';

export function validate(doc: Doc): Doc {
  const result = ReferatDocument.safeParse(doc);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`internal: the parsed document does not match the model at ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return doc;
}
