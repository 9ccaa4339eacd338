/**
 * No Unicode property escape (\p{…}) in a pattern of src/ but through latinRegExp: V8 builds each one's character
 * set afresh, about 0.1 ms apiece, and the 44 that a parse of seed 002 met were 8 % of a cold `referat parse`
 * (issue #5's start-up line). Read with the TypeScript parser: regular-expression literals and `new RegExp(…)`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const PROPERTY = /\\\\?[pP]\{/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Each regular-expression literal and RegExp construction in `text` whose pattern has a property escape. */
export function propertyEscapes(text: string, name = 'x.ts'): string[] {
  const file = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (n: ts.Node): string => `${name}:${file.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral && PROPERTY.test(n.getText())) found.push(`${at(n)} ${n.getText()}`);
    if (ts.isNewExpression(n) || ts.isCallExpression(n)) {
      const callee = n.expression.getText();
      if (callee === 'RegExp' && n.arguments?.some((a) => PROPERTY.test(a.getText()))) found.push(`${at(n)} ${n.getText().slice(0, 80)}`);
    }
    ts.forEachChild(n, visit);
  };
  visit(file);
  return found;
}

describe('property escapes', () => {
  it('src/ has none outside latinRegExp', () => {
    const found = sourceFiles(SRC).flatMap((f) => propertyEscapes(readFileSync(f, 'utf8'), relative(SRC, f)));
    expect(found).toEqual([]);
  });

  it('the reader finds them in a literal and in new RegExp, and not in latinRegExp', () => {
    expect(propertyEscapes('const A = /^\\p{Lu}/u;')).toHaveLength(1);
    expect(propertyEscapes("const B = new RegExp(`^\\\\p{L}+${x}`, 'u');")).toHaveLength(1);
    expect(propertyEscapes("const C = RegExp('\\\\P{Ll}', 'u');")).toHaveLength(1);
    expect(propertyEscapes('const D = latinRegExp(String.raw`^\\p{Lu}`);')).toEqual([]);
    expect(propertyEscapes('const E = /^[A-ZÆØÅ]/;')).toEqual([]);
  });
});
