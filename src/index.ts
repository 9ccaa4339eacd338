/**
 * referat: Norwegian meeting documents (referat, møteprotokoll, innkalling, sakskart) → structured data.
 */
export { parse, parseAsync, type ParseOptions } from './parse.js';
export { repair, type RepairOptions, type RepairResult } from './repair/index.js';
export { decode } from './decode/decode.js';
export { toJson } from './emit/json.js';
export { normalize } from './emit/markdown.js';
export { InputError } from './model/diagnostic.js';
export * from './model/schema.js';
