import { readFileSync } from 'node:fs';
import { toLines } from '/work/main/src/segment/lines.js';
import { readHeader, fieldOf } from '/work/main/src/recognise/header.js';
const lines = toLines(readFileSync('/work/shared/corpus/docs/025.txt','utf8'));
console.log(lines.slice(0,4).map(l=>[l.text, !!fieldOf(l)]));
const h = readHeader(lines, lines, null);
console.log(h.title, h.kind);
