import { readFileSync } from 'node:fs';
import { parse } from '/work/main/src/index.js';
const d = parse(readFileSync(process.argv[2]!), { repair: false });
for (const i of d.invited) console.log(i.position.start.line, '|', i.name, '|', i.givenName, '|', i.familyName, '|', i.organisation);
console.log('TRAILER', d.trailer);
