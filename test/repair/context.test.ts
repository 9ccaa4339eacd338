import { describe, expect, it } from 'vitest';
import { repair } from '../../src/repair/index.js';
import { loadLexicon } from '../../src/repair/lexicon.js';
import { realWordFix, type ChannelStats, type WordContext } from '../../src/repair/real-words.js';

const lex = loadLexicon();
// A scan that loses nearly every å and ø (ø as o, a, e and g), like the printed-and-OCR'd minutes.
const heavy: ChannelStats = {
  letterRate: { å: 0.95, ø: 0.95, æ: 0.5, j: 0 },
  ruleShare: { 'a>å': 0.9, 'o>ø': 0.3, 'a>ø': 0.25, 'e>ø': 0.12, 'g>ø': 0.3 },
};
// A scan that keeps its letters (little damage): context rules must not fire.
const light: ChannelStats = { letterRate: { å: 0.1, ø: 0.1, æ: 0.1, j: 0 }, ruleShare: { 'a>å': 0.9, 'g>ø': 0.9 } };
const fix = (word: string, prev: string | null, next: string | null, extra: Partial<WordContext> = {}, stats = heavy) =>
  realWordFix({ word, prev, next, after: '', sentenceStart: prev === null, ...extra }, lex, stats);

describe('real words: infinitive marker after til/for/om …', () => {
  it('a, 4 and & after a marker-taking word are å', () => {
    expect(fix('4', 'til', 'delta')).toBe('å');
    expect(fix('a', 'for', 'minske')).toBe('å');
    expect(fix('&', 'om', 'starte')).toBe('å');
  });
  it('not in list labels, before punctuation or in a light scan', () => {
    expect(fix('a', 'punkt', 'gjelder')).toBeNull();
    expect(fix('a', 'til', 'delta', { after: ')' })).toBeNull();
    expect(fix('4', 'til', 'delta', {}, light)).toBeNull();
  });
  it('a capital A after a lowercase word is restored lowercase; a section label is not', () => {
    const text = 'Vi gnsker a vaere med til A delta pa stand og ma gjgre mer pa mgtet fgr det.\n' +
      'A Administrative forhold\nSa pa mgte fgr pa gnsker mgtet.';
    const out = repair(text).text.split('\n');
    expect(out[0]).toContain('til å delta');
    expect(out[1]).toBe('A Administrative forhold');
  });
});

describe('real words: før', () => {
  it('for before a subject pronoun, after a time unit or fra', () => {
    expect(fix('for', 'ut', 'man')).toBe('før');
    expect(fix('for', 'sakene', 'vi')).toBe('før');
    expect(fix('for', 'uker', 'generalforsamlingen')).toBe('før');
    expect(fix('for', 'fra', null, { after: ',' })).toBe('før');
  });
  it('for stays for elsewhere and in a light scan', () => {
    expect(fix('for', 'takk', 'det')).toBeNull();
    expect(fix('for', 'ansvar', 'de')).toBeNull();
    expect(fix('for', 'ut', 'man', {}, light)).toBeNull();
  });
  it('far after fra is før; far before a pronoun stays får', () => {
    expect(fix('far', 'fra', 'av')).toBe('før');
    expect(fix('far', 'hvordan', 'vi')).toBe('får');
    expect(fix('far', 'mor', 'og')).toBeNull();
  });
});

describe('real words: vår, våre, våren', () => {
  it('vare after a definite plural is våre', () => {
    expect(fix('vare', 'retningslinjene', null)).toBe('våre');
    expect(fix('vare', 'retningslinjene', null, {}, light)).toBeNull();
  });
  it('varen after a time word or before a year is våren', () => {
    expect(fix('varen', 'denne', 'miljøtiltak')).toBe('våren');
    expect(fix('varen', 'generalforsamlingen', null, { nextToken: '2022,' })).toBe('våren');
    expect(fix('varens', 'ved', 'opptak')).toBe('vårens');
  });
  it('varen stays the product elsewhere', () => {
    expect(fix('varen', 'selge', 'til')).toBeNull();
    expect(fix('varen', 'denne', 'miljøtiltak', {}, light)).toBeNull();
  });
  it('Var before a year is Vår', () => {
    expect(fix('var', null, null, { nextToken: '2016' })).toBe('vår');
    expect(fix('var', 'det', 'bra')).toBeNull();
  });
});

describe('real words: bør, så, møte/måte', () => {
  it('ber/bor before a bare infinitive is bør', () => {
    expect(fix('ber', 'mener', 'gjøre')).toBe('bør');
    expect(fix('ber', 'det', 'settes')).toBe('bør');
    expect(fix('bor', 'heller', 'være')).toBe('bør');
  });
  it('ber om, ber + plural noun, bor i stay', () => {
    expect(fix('ber', 'vi', 'om')).toBeNull();
    expect(fix('ber', 'vi', 'deltakere')).toBeNull();
    expect(fix('bor', 'hun', 'i')).toBeNull();
  });
  it('sa before a degree word is så, even after a pronoun; sa at / sa: stay', () => {
    expect(fix('sa', 'en', 'stor')).toBe('så');
    expect(fix('sa', 'vi', 'og')).toBe('så');
    expect(fix('sa', 'han', 'at')).toBeNull();
    expect(fix('sa', 'leder', 'stor', { after: ':' })).toBeNull();
  });
  it('mate agrees with the word before: et møte, en måte', () => {
    expect(fix('mate', 'nytt', 'neste')).toBe('møte');
    expect(fix('mate', 'fra', null)).toBe('møte');
    expect(fix('mate', 'en', 'kanskje')).toBe('måte');
    expect(fix('mate', 'nytt', 'neste', {}, light)).not.toBe('møte');
  });
});

describe('non-word channel', () => {
  // A heavy scan: every å as a, ø as g/o/a/e (each often), æ as ee.
  const page = [
    'Vi har mgte pa fredag og mgte pa lgrdag. Folk gnsker a hjelpe, og vi har gkonomi til det.',
    'Styret skal fglge opp sparsmal fra medlemmene, og det er gjort fgr. Vi tar det opp pa neste mgte.',
    'Mote i styret. Vi gjennomforer moter, og vi har folgende forslag til losning pa saken.',
    'Vi gnsker at leder skal fglge opp. Det ble gjennomfert en fellesmate med fagkom.',
    'Vi gnsker a fa en bedre lasning. Det er onsket at styremediem deltar pa mgtet.',
  ].join('\n');
  const r = repair(page);
  it('a whole-word reading beats a compound the damaged form happens to split into', () => {
    expect(r.text).toContain('fellesmøte');
  });
  it('an l read as i is restored in long words', () => {
    expect(r.text).toContain('styremedlem');
  });
  it('a lowercase word is never restored to (or kept as) a name from the gazetteer', () => {
    expect(r.text).toContain('gjennomført');
  });
  it('short words are not read through i>l (size, big, oil stay)', () => {
    const t = repair(`${page}\nThe size of the big oil tank.`).text;
    expect(t.split('\n').at(-1)).toBe('The size of the big oil tank.');
  });
});

describe("'@' opening a word", () => {
  const base = 'Vi har mgte pa fredag og pa lgrdag, og Haugr@nning gnsker a fa til mer.\n';
  it('after a lowercase word, in a scan that writes @ for lowercase ø, is ø', () => {
    expect(repair(`${base}Dersom svinnet @ker, ma vi handle mindre pa mgtet.`).text).toContain('svinnet øker');
  });
  it('at a line start it stays a capital Ø; without lowercase @ in the scan, too', () => {
    expect(repair(`${base}@konomien er god pa mgtet.`).text).toContain('Økonomien er');
    const noLower = 'Vi har mgte pa fredag og pa lgrdag, og vi gnsker a fa til mer.\nDersom svinnet @ker, ma vi handle mindre.';
    expect(repair(noLower).text).toContain('svinnet Øker');
  });
});

describe('loose compounds read as written, in a scan that lost every ø', () => {
  // No ø survives anywhere, and this scan writes ø as o or a: a compound that only parses as written through a
  // loose split (semester+statte) loses to the strict compound with one lost ø restored (semester+støtte).
  const page = [
    'Styret behandlet soknad om stotte, og vi onsker a folge opp okonomi og losning for laget.',
    'Lederen skal falge opp sparsmal fra medlemmene. Vi tar det opp pa neste styremate i mars.',
    'Akonomien er god, og vi anskar a gjennomfare tiltaket. Nadvendig informasjon blir sendt ut.',
  ];
  it('semesterstatte → semesterstøtte', () => {
    const r = repair([...page, 'Vi saker om semesterstatte til laget.'].join('\n'));
    expect(r.text).toContain('semesterstøtte');
    expect(r.corrections.find((c) => c.from === 'semesterstatte')?.rule).toBe('ocr-compound');
  });
  it('not while some ø survive in the document', () => {
    const r = repair([...page, 'Vi søker om semesterstatte til laget, og vi møtes på fredag.'].join('\n'));
    expect(r.text).toContain('semesterstatte');
  });
  it('a compound whose restored reading needs a loose split stays as written (resirkulerbart)', () => {
    const r = repair([...page, 'Emballasjen er resirkulerbart materiale.'].join('\n'));
    expect(r.text).toContain('resirkulerbart');
  });
  it('a word the lexicon holds stays as written (maten, bartender)', () => {
    const r = repair([...page, 'Vi spiste maten sammen med en bartender.'].join('\n'));
    expect(r.text).toContain('Vi spiste maten sammen med en bartender.');
  });
});
