/** Writes schemas/referat.schema.json from the zod model (the single source of truth). */
import { writeFileSync } from 'node:fs';
import { schemaText } from '../src/model/json-schema.js';

writeFileSync(new URL('../schemas/referat.schema.json', import.meta.url), schemaText());
console.log('schemas/referat.schema.json written');
