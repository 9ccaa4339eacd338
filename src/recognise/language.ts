/** Bokmål or Nynorsk, by words that only one of them uses. */
import words from '../vocab/language.json' with { type: 'json' };
import type { Language } from '../model/schema.js';

const NN = new Set(words.nn);
const NB = new Set(words.nb);

/** A text this short may carry a single marker word; a longer one with only one is taken as Bokmål still. */
const SHORT = 1500;

const ENGLISH = new Set(words.english);
const NORWEGIAN = new Set(words.norwegian);

export function detectLanguage(text: string): Language {
  let nn = 0;
  let nb = 0;
  let english = 0;
  let norwegian = 0;
  const nnWords = new Set<string>();
  // Latin-1 letters suffice for Norwegian and avoid a slow Unicode pattern over the whole text.
  for (const w of text.toLowerCase().match(/[a-zß-öø-ÿ]+/g) ?? []) {
    if (ENGLISH.has(w)) english++;
    if (NORWEGIAN.has(w)) norwegian++;
    if (NN.has(w)) {
      nn++;
      nnWords.add(w);
    } else if (NB.has(w)) nb++;
  }
  // English running text (a README, a licence): neither standard. Norwegian minutes that quote English keep their
  // Norwegian words with æ, ø, å ("møte", "Til stede", "Årsmøte").
  if (english >= 10 && english > 3 * norwegian && (text.match(/[a-zæøå]*[æøåÆØÅ][a-zæøå]*/g)?.length ?? 0) < 3) return null;
  // A short text with a single marker word goes by it ("Protokoll frå styremøtet …"); without any, Norwegian
  // text is taken as Bokmål (the majority written standard).
  if (nn + nb < 2) return nn === 1 && text.length < SHORT ? 'nn' : /[æøåÆØÅ]|\b(?:og|til|med|av|på|for|om)\b/.test(text) ? 'nb' : null;
  // Two different Nynorsk words and not one Bokmål word: any running Bokmål has "ikke", "fra", "en"…, so this is a
  // short or flattened Nynorsk text (a PDF's participants table and case list: "Møtedeltakarar … Nestleiar … vert
  // godkjent"). Different words: Bokmål's own "vert" (a host) may come twice.
  if (nb === 0 && nnWords.size >= 2) return 'nn';
  return nn >= 3 && nn > nb * 0.8 ? 'nn' : 'nb';
}
