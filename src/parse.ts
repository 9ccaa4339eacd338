/**
 * The library's `parse()`: synchronous, every optional stage loaded, the result validated against
 * the zod model unless `validate: false`.
 */
import './stages-eager.js';
import { decode } from './decode/decode.js';
import type { ReferatDocument } from './model/schema.js';
import { parseDecoded, type ParseOptions } from './pipeline.js';
import { validate } from './validate/validate.js';

export type { ParseOptions } from './pipeline.js';
export { parseAsync } from './pipeline.js';

export function parse(input: string | Uint8Array, options: ParseOptions = {}): ReferatDocument {
  const doc = parseDecoded(decode(input, options.path ?? null), options);
  return options.validate === false ? doc : validate(doc);
}
