/**
 * No control character in src/ but tab and newline. An edit made through a tool that read "\b" in a pattern as an
 * escape wrote a backspace into reflow.ts's PAGE_TOP (`\p{Lu}{3,}` then U+0008), which then never matched: a
 * page's number stayed in the text of a transcript that starts "1 INNKALLING …" (outside set r/1809).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(?:ts|json)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** "file:line" of each line of `text` with a control character in it. */
export function controlCharacters(text: string, name: string): string[] {
  return text.split('\n').flatMap((l, i) => (CONTROL.test(l.replace(/\r$/, '')) ? [`${name}:${i + 1}`] : []));
}

describe('control characters', () => {
  it('src/ and scripts/ have none but tabs and newlines', () => {
    const found = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'scripts'))].flatMap((f) => controlCharacters(readFileSync(f, 'utf8'), relative(ROOT, f)));
    expect(found).toEqual([]);
  });
  it('the reader finds a backspace, not a tab', () => {
    expect(controlCharacters('const A = /x\u0008y/;\nconst B = 1;', 'a.ts')).toEqual(['a.ts:1']);
    expect(controlCharacters('\tconst B = 1;', 'b.ts')).toEqual([]);
  });
});
