import { readFileSync } from 'node:fs';
import { parse } from '../src/index.js';
const f = process.argv[2]!;
const d = parse(readFileSync(f), { path: f, repair: process.argv[3] !== 'norepair' });
console.log(JSON.stringify({kind:d.kind, lang:d.language, title:d.title, meeting:d.meeting, notice:d.notice,
 att:d.attendees.map(a=>`${a.name}|${a.organisation}|${a.status}|${a.roles}`), inv:d.invited.length,
 items:d.items.map(i=>`${i.number}${i.numberInferred?'?':''} ${i.title} [${i.section??''}] sub=${i.subItems.length} dec=${JSON.stringify(i.decisions.map(x=>x.text))}`),
 diags:d.diagnostics.map(x=>x.rule), pre:d.preamble?.slice(0,200), trail:d.trailer?.slice(0,200)}, null, 1));
