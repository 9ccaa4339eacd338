/**
 * The bundle as ASCII. esbuild escapes characters beyond ASCII in strings and ordinary templates, but it cannot in
 * regular-expression literals and String.raw templates, where an escape would be read differently; referat's
 * patterns are full of æ, ø, å and dashes. One such character makes Node read the whole 0.8 MB bundle as a string of
 * two bytes a character, decoded the slow way. Here, with TypeScript's parser: in a regular-expression literal each
 * such character becomes its \uXXXX escape (the same pattern, with or without the u flag); in a String.raw template it
 * becomes a substitution of an escaped string, ${"\uXXXX"} (String.raw joins substitutions as they are: the same
 * string). Anything else that is not ASCII stays as it is, and the caller is told.
 */
import ts from 'typescript';

/** A character beyond ASCII with the backslashes before it (an odd count escapes it: `\ø` is `ø` in a pattern). */
const ESCAPED_OR_NOT = /(\\*)([^\x00-\x7f])/g;
const HAS_BEYOND_ASCII = /[^\x00-\x7f]/;
const hex = (c) => c.charCodeAt(0).toString(16).padStart(4, '0');
/** In a pattern: `\uXXXX` (an escaping backslash dropped: `\ø` means `ø`, which `\uXXXX` also does). */
const inPattern = (_m, slashes, c) => `${slashes.slice(slashes.length % 2)}\\u${hex(c)}`;
/** In String.raw: the character as a substitution, with an odd backslash before it (kept in the raw text) inside it. */
const inRawTemplate = (_m, slashes, c) =>
  slashes.length % 2 ? `${slashes.slice(1)}\${"\\\\\\u${hex(c)}"}` : `${slashes}\${"\\u${hex(c)}"}`;

/** `code` with the characters beyond ASCII of its patterns and String.raw templates escaped; `ascii` says whether nothing else is left. */
export function asciiOnly(code) {
  if (!HAS_BEYOND_ASCII.test(code)) return { code, ascii: true };
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const escapeIn = (node, replace) => {
    const start = node.getStart(file);
    const text = code.slice(start, node.end);
    if (HAS_BEYOND_ASCII.test(text)) edits.push([start, node.end, text.replace(ESCAPED_OR_NOT, replace)]);
  };
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      escapeIn(node, inPattern);
    } else if (ts.isTaggedTemplateExpression(node) && node.tag.getText(file) === 'String.raw') {
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
      for (const part of parts) escapeIn(part, inRawTemplate);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = '';
  let from = 0;
  for (const [start, end, text] of edits.sort((a, b) => a[0] - b[0])) {
    out += code.slice(from, start) + text;
    from = end;
  }
  out += code.slice(from);
  return { code: out, ascii: !HAS_BEYOND_ASCII.test(out) };
}
