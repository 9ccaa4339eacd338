/** The eighth fresh-eyes review (of b0b96c9..8b2ed1a): each input a finding, each expectation what a careful reader says. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { columnRuns } from '../../src/segment/column-run.js';

const titles = (text: string) => parse(text).items.map((i) => `${i.number} ${i.title}`);

describe('1. items numbered 1, 2 over flattened paragraphs in capitals are no page numbers', () => {
  it('keeps the three items', () => {
    const para = (n: number, title: string) => `${n} ${title} Saken ble lagt fram av styret, og det ble orientert om bakgrunnen og om hva som var gjort siden forrige møte i styret. Vedtak: Styrets forslag ble vedtatt. Votering: Enstemmig.`;
    const doc = parse(['Protokoll fra styremøte 4. mars 2024', '', para(1, 'GODKJENNING AV INNKALLING OG SAKSLISTE'), para(2, 'VALG AV MØTELEDER OG REFERENT'), '3 EVENTUELT Ingen saker.'].join('\n'));
    expect(doc.items.map((i) => i.number)).toEqual(['1', '2', '3']);
  });
});

describe('2. an agenda indented two spaces', () => {
  it('wins over a numbered list of papers at the margin after it; a list before one at the margin is the agenda\'s start', () => {
    expect(titles('Innkalling til årsmøte 4. juni 2024\n\nSaksliste:\n  1. Godkjenning av innkalling\n  2. Valg av møteleder\n  3. Årsmelding\n  4. Regnskap\n  5. Eventuelt\n\nVedlegg:\n1. Årsmelding 2023\n2. Regnskap 2023'))
      .toEqual(['1 Godkjenning av innkalling', '2 Valg av møteleder', '3 Årsmelding', '4 Regnskap', '5 Eventuelt']);
    expect(titles('Referat fra styremøte 4. mars 2024\n\n  1. A\n  2. B\n  3. C\n4. Eventuelt')).toEqual(['1 A', '2 B', '3 C', '4 Eventuelt']);
    expect(titles('Referat fra styremøte 4. mars 2024\n\n1. Innkalling\n2. Budsjett\n  1. Inntekter\n  2. Utgifter\n3. Valg\n  4. Eventuelt')).toEqual(['1 Innkalling', '2 Budsjett', '3 Valg', '4 Eventuelt']);
  });
});

describe('3. another body\'s earlier case named in a case is no item', () => {
  it('"FR 3/24 Reguleringsplan Lia" inside PS 21/24', () => {
    expect(titles('Møtebok\n\nPS 20/24 Godkjenning\nGodkjent.\n\nPS 21/24 Oppfølging av vedtak\nSaken ble behandlet tidligere:\nFR 3/24 Reguleringsplan Lia\nVedtak: Tatt til orientering.\n\nPS 22/24 Eventuelt\nIngen.').map((t) => t.split(' ').slice(0, 2).join(' ')))
      .toEqual(['PS 20/24', 'PS 21/24', 'PS 22/24']);
  });
});

describe('4–5. a flattened case table whose titles part wrongly is not read; a title\'s own number stays', () => {
  it('no titles when a part ends in a word that needs one after it, or the parts do not come out', () => {
    expect(columnRuns('PS 1/24 PS 2/24 PS 3/24 Innhald Godkjenning av innkalling Samarbeid med NAV Tilskudd til Lia IL PS 4/24 Eventuelt')[0]!.titles).toBeNull();
    expect(columnRuns('PS 1/24 PS 2/24 PS 3/24 Innhald Godkjenning av innkalling 2. tertialrapport 2024 Årsmelding for Eldrerådet PS 4/24 Eventuelt')[0]!.titles).toBeNull();
    expect(columnRuns('PS 1/24 PS 2/24 Innhald Godkjenning av innkalling Tertialrapport 2 PS 3/24 Eventuelt')[0]!.titles).toEqual(['Godkjenning av innkalling', 'Tertialrapport 2']);
  });
});

describe('6. a plan\'s period and one title restated are no archive numbers', () => {
  it('keeps "Økonomiplan 2025/2028" and a planID repeated three times', () => {
    expect(titles('Innkalling\n\nSaksliste\nPS 1/24 Godkjenning\nPS 2/24 Økonomiplan 2025/2028\nPS 3/24 Handlingsprogram 2025/2028\nPS 4/24 Kommuneplan 2024/2036\nPS 5/24 Eventuelt'))
      .toEqual(['PS 1/24 Godkjenning', 'PS 2/24 Økonomiplan 2025/2028', 'PS 3/24 Handlingsprogram 2025/2028', 'PS 4/24 Kommuneplan 2024/2036', 'PS 5/24 Eventuelt']);
  });
});

describe('9–11. the start of this meeting only', () => {
  const start = (title: string, body: string) => parse(`${title}\n\nTil stede: Kari Nordmann, Per Hansen\n\n${body}`).meeting.start;
  it('not the next meeting\'s in minutes ("Møtet starter kl 19 hos Kari")', () => {
    expect(start('Referat fra styremøte 3. mai 2024', '1. Sak\nTekst.\n\n2. Neste møte\nTirsdag 4. juni.\nMøtet starter kl 19 hos Kari.')).toBeNull();
  });
  it('"Møtet" after a word that is no meeting ("møteleder", "møterommet"); "Styremøtet" under "Referat fra møte i styret"', () => {
    expect(start('Referat fra styremøte 3. mai 2024', '1. Sak\nKari Nordmann var møteleder. Møtet ble satt kl 18.05.\n\n2. Eventuelt\nIngen.')).toBe('18:05');
    expect(start('Referat fra møte i styret 3. mai 2024', '1. Sak\nStyremøtet startet kl 18.\n\n2. Eventuelt\nIngen.')).toBe('18:00');
  });
  it('not a thing that opened ("Registreringen åpnet kl. 17.30. Årsmøtet ble satt kl. 18.00.")', () => {
    expect(start('Protokoll fra årsmøte 3. mai 2024', 'Registreringen åpnet kl. 17.30. Årsmøtet ble satt kl. 18.00.\n\n1. Sak\nTekst.\n\n2. Eventuelt\nIngen.')).toBe('18:00');
  });
});

describe('12. a programme\'s rows of this meeting', () => {
  const times = (rows: string) => {
    const m = parse(`Innkalling til årsmøte i Rogaland Ungdomslag\nDato: 11. mars 2023\n\nProgram\n${rows}\n\nSakliste\nSak 1 Godkjenning\nSak 2 Val`).meeting;
    return [m.start, m.end];
  };
  it('not a board meeting or a seminar before it; every row of it', () => {
    expect(times('kl 1700-1800: Styremøte\nkl 1800-2000: Årsmøte\nkl 2000: Middag')).toEqual(['18:00', '20:00']);
    expect(times('kl 1000-1200: Fagmøte om trening\nkl 1200-1300: Lunsj\nkl 1300-1500: Årsmøte')).toEqual(['13:00', '15:00']);
    expect(times('kl 1000-1200: Årsmøte del 1\nkl 1300-1500: Årsmøte del 2')).toEqual(['10:00', '15:00']);
  });
});

describe('13–14. kinds', () => {
  it('a page that tells of its protocol is no protocol; a guide with an agenda is no notice', () => {
    expect(parse('ÅRSMØTET\n\nÅrsmøtet er foreningens høyeste organ.\n\nProtokoll fra årsmøtet sendes til alle medlemmer.\n\nFORSLAG\n\nSend forslag innen 1. februar.').kind).toBe('unknown');
    expect(parse('Veileder for årsmøte i idrettslag\n\n1. Godkjenne de stemmeberettigede\n2. Godkjenne innkallingen\n3. Velge dirigent\n4. Behandle årsmelding').kind).toBe('unknown');
  });
});

describe('15. a place with "og" in its name, a street abbreviated', () => {
  const place = (sentence: string) => parse(`Innkalling til årsmøte\n\n${sentence}\n\nSaksliste\n1. Konstituering\n2. Årsmelding`).meeting.location;
  it('"Lia skole og barnehage, Storgata 3", "Kulturhuset, Storgt. 3"', () => {
    expect(place('Årsmøtet avholdes 28. april 2009 i Lia skole og barnehage, Storgata 3.')).toBe('Lia skole og barnehage, Storgata 3');
    expect(place('Årsmøtet avholdes 28. april 2009 i Kulturhuset, Storgt. 3.')).toBe('Kulturhuset, Storgt. 3');
  });
});

describe('16. what was agreed, said by "vi" or "alle"', () => {
  it('is a decision when it is a matter to act on; not a matter of taste', () => {
    const doc = parse('Referat fra styremøte 3. mai 2024\n\nTil stede: Kari Nordmann, Per Hansen\n\n1. Fest\nAlle var enige om at maten var god. Vi ble enige om at FAU søker kommunen om midler. Alle var enige om at ballet flyttes til juni.\n\n2. Eventuelt\nIngen.');
    expect(doc.items[0]!.decisions.map((d) => d.text)).toEqual(['Vi ble enige om at FAU søker kommunen om midler.', 'Alle var enige om at ballet flyttes til juni.']);
  });
});

describe('18–19. titles', () => {
  it('a short heading word in capitals ("VALG", "STATUS") heads its text; a notice\'s "Regnskap: Se på tall …" stays whole', () => {
    expect(titles('Referat fra styremøte 4. juni 2024\n\nTil stede: Kari Nordmann, Per Hansen\n\n1. VALG Valgkomiteens forslag, leder Kari Nordmann\n2. STATUS Ny hall, ferdig i mai'))
      .toEqual(['1 VALG', '2 STATUS']);
    expect(titles('Innkalling til årsmøte\n\nDet kalles med dette inn til årsmøte lørdag 5. september 2020.\n\nSaker\n1. Godkjenning av innkalling\n2. Regnskap: Se på tall fra 2019 og 2020'))
      .toEqual(['1 Godkjenning av innkalling', '2 Regnskap: Se på tall fra 2019 og 2020']);
  });
});

describe('8. RS cases numbered above the PS cases around them', () => {
  it('are items among them', () => {
    expect(titles('Møteinnkalling\n\nSakliste\nPS 1/24 Godkjenning\nPS 2/24 Protokoll\nPS 3/24 Budsjett\nRS 10/24 Melding fra fylket\nRS 11/24 Melding fra kommunen\nPS 4/24 Eventuelt').map((t) => t.split(' ').slice(0, 2).join(' ')))
      .toEqual(['PS 1/24', 'PS 2/24', 'PS 3/24', 'RS 10/24', 'RS 11/24', 'PS 4/24']);
  });
});

describe('7. a column run on a line shorter than a flattened page', () => {
  it('"PS 1/24 PS 2/24 PS 3/24 Innhald … PS 4/24 Eventuelt" under "Saksliste"', () => {
    expect(titles('Møteinnkalling\n\nSaksliste\nPS 1/24 PS 2/24 PS 3/24 Innhald Godkjenning av innkalling Godkjenning av protokoll Budsjett for neste år Arkivsaknr PS 4/24 Eventuelt'))
      .toEqual(['PS 1/24 Godkjenning av innkalling', 'PS 2/24 Godkjenning av protokoll', 'PS 3/24 Budsjett for neste år', 'PS 4/24 Eventuelt']);
  });
});
