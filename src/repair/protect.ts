/**
 * Tokens repair must never touch: URLs, e-mail addresses, numbers, case numbers, code-like tokens.
 * Works on whole whitespace-separated tokens, before any word is looked at.
 */

const URL_RE = /^[(<«"']*(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/iu;
const DOMAIN_RE = /[A-Za-zÀ-ÖØ-öø-ÿ\d-]+\.(?:no|com|org|net|io|se|dk|eu|gov|edu|info)(?:[/:?#]|[)>.,;»"']*$)/i;
const EMAIL_RE = /[A-Za-zÀ-ÖØ-öø-ÿ\d._%+-]+@[A-Za-zÀ-ÖØ-öø-ÿ\d-]+(?:\.[A-Za-zÀ-ÖØ-öø-ÿ\d-]+)+/;
const DIGIT_RE = /\d/u;
const CODE_RE = /[_\\{}<>=$#|~^`]|::|=>|\(\)|\.(?:ts|js|json|py|txt|pdf|docx?|xlsx?|md|html?|csv)\b/iu;
// A letter, then a capital after lowercase letters (camelCase, "iPhone") — a name or identifier, not damage.
const CAMEL_RE = /[a-zß-öø-ÿ][A-ZÀ-ÖØ-Þ]/;

/** True when a whitespace-separated token must be left exactly as it is. */
export function isProtectedToken(token: string): boolean {
  // A lone '4' or '&' between words is the infinitive marker å read wrongly ("til 4 reise"): real-word rules decide.
  if (token === '4' || token === '&') return false;
  if (URL_RE.test(token) || EMAIL_RE.test(token) || DOMAIN_RE.test(token)) return true;
  if (CODE_RE.test(token)) return true;
  // Digits other than a lone '4' standing for å inside a word ("4r", "p4") mark numbers, dates, case numbers.
  const digits = token.replace(/(?<=[A-Za-zÀ-ÖØ-öø-ÿ])4|4(?=[A-Za-zÀ-ÖØ-öø-ÿ])/g, '');
  if (DIGIT_RE.test(digits)) return true;
  return false;
}

/** True when a word (letters and confusion glyphs) looks like an identifier rather than prose. */
export function isCodeLikeWord(word: string): boolean {
  return CAMEL_RE.test(word.replace(/@/gu, ''));
}
