/**
 * Layouts met in archives beyond the first corpus: body-named decisions, role cells in attendee
 * tables, administration as guests, headings hard-wrapped by PDF export, running case numbers,
 * and agendas flattened onto one line. Each with the case it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { findDecisions } from '../../src/recognise/decisions.js';
import { findPeople } from '../../src/recognise/attendance.js';
import { chooseChain, isBreakNote, numberedHead, runOnHeads, wrapsInto } from '../../src/recognise/items.js';
import { parse } from '../../src/parse.js';
import { parsePerson } from '../../src/recognise/people.js';
import { line, lines } from '../helpers/lines.js';

const decisions = (...texts: string[]): string[] => findDecisions(lines(...texts)).map((d) => d.text);

describe('decisions named by the body that made them', () => {
  it('reads "Styrets vedtak:" and "Kommunestyrets vedtak:" as decision labels', () => {
    expect(decisions('Styrets vedtak: Budsjettet godkjennes.')).toEqual(['Budsjettet godkjennes.']);
    expect(decisions('Kommunestyrets vedtak:', 'Planen vedtas som fremlagt.')).toEqual(['Planen vedtas som fremlagt.']);
  });
  it('does not take a proposal or a recommendation for a decision', () => {
    expect(decisions('Forslag til vedtak: Saken utsettes til neste møte.')).toEqual([]);
    expect(decisions('Innstilling: Rådmannen tilrår at planen legges ut på høring.')).toEqual([]);
  });
});

describe('attendee tables with a role column', () => {
  it('reads a role cell as a role, not as the organisation', () => {
    const p = parsePerson('Kari Nordmann\tLeder', { cells: ['Kari Nordmann', 'Leder'] });
    expect(p).toMatchObject({ name: 'Kari Nordmann', roles: ['chair'], organisation: null });
  });
  it('keeps an organisation cell as the organisation', () => {
    const p = parsePerson('Ola Hansen\tAsker kommune', { cells: ['Ola Hansen', 'Asker kommune'] });
    expect(p).toMatchObject({ name: 'Ola Hansen', roles: [], organisation: 'Asker kommune' });
  });
  it('reads a pipe table with a Navn header row', () => {
    const { people } = findPeople(lines('Til stede:', '| Navn | Rolle |', '|---|---|', '| Kari Nordmann | Leder |', '| Per Olsen | Sekretær |'), () => false);
    expect(people.map((p) => [p.name, p.roles])).toEqual([
      ['Kari Nordmann', ['chair']],
      ['Per Olsen', ['secretary']],
    ]);
  });
});

describe('the administration is present as guests', () => {
  it('gives "Fra administrasjonen:" the guest role and "Fra sekretariatet:" the secretary role', () => {
    const { people } = findPeople(lines('Fra administrasjonen: Kari Nordmann', '', 'Fra sekretariatet: Per Olsen'), () => false);
    expect(people.map((p) => [p.name, p.roles])).toEqual([
      ['Kari Nordmann', ['guest']],
      ['Per Olsen', ['secretary']],
    ]);
  });
});

describe('headings hard-wrapped by the export', () => {
  it('joins a long heading with the lower-case line that continues it', () => {
    const [a, b] = lines('2. Rektor informerte om problem med heimesida og at det ser ut som', 'der er ei løysing på dette');
    const h = numberedHead(a!, b);
    expect(h?.title).toBe('Rektor informerte om problem med heimesida og at det ser ut som der er ei løysing på dette');
    expect(h?.titleLine).toBe(b);
  });
  it('does not join a short heading, a finished one, or an OCR-read bullet', () => {
    expect(wrapsInto('Godkjenning av referat', line('fra forrige møte'))).toBe(false);
    expect(wrapsInto('Godkjenning av regnskap for 2023 og budsjett for neste år.', line('det ble diskutert'))).toBe(false);
    expect(wrapsInto('Godkjenning av regnskap 12/13 og budsjett 13/14 for foreningen', line('e Det stilles spørsmål'))).toBe(false);
  });
});

describe('running case numbers in plain text', () => {
  const heads = (...texts: string[]) => {
    const ls = lines(...texts);
    return ls.map((l, i) => numberedHead(l, ls[i + 1])).filter((h) => h !== null);
  };
  it('accepts a run that starts high when it runs on ("196 …", "197 …", "198 …")', () => {
    expect(chooseChain(heads('196 Godkjenning av innkalling', 'tekst', '197 Status for komiteene', '198 Interkom')).map((h) => h.number)).toEqual(['196', '197', '198']);
  });
  it('rejects a lone high number in running text', () => {
    expect(chooseChain(heads('150 Medlemmer deltok på årsmøtet', 'tekst'))).toEqual([]);
  });
});

describe('agendas flattened onto one line', () => {
  const flat =
    'SAKSLISTE SAK NR. INNHOLD 01/2016 Godkjenning av saksliste og innkalling 02/2016 Godkjenning av protokoll fra møte /2016 Årsmelding 2015 for kontrollutvalget 04/2016 Vurdering av revisors uavhengighet 05/2016 Åpen post Vær oppmerksom på at den enkelte representant selv er ansvarlig.';
  it('cuts the line at the case numbers and reconstructs a lost number', () => {
    expect(runOnHeads(line(flat)).map((h) => [h.number, h.numberInferred, h.title])).toEqual([
      ['01/2016', false, 'Godkjenning av saksliste og innkalling'],
      ['02/2016', false, 'Godkjenning av protokoll fra møte'],
      ['03/2016', true, 'Årsmelding 2015 for kontrollutvalget'],
      ['04/2016', false, 'Vurdering av revisors uavhengighet'],
      ['05/2016', false, 'Åpen post'],
    ]);
  });
  it('one number, then only lost ones: the run is numbered from the first; a last title in capitals ends with them', () => {
    const lost =
      'Fra administrasjonen: Solveig Rønningen Saksliste 19/13 ÅRSMØTE FORBEREDELSER /13 MUSIKK I HEDMARK EVALUERING /13 HØRINGSUTTALELSE PRNS ' +
      '/13 DISPONERING MIDLER TIL MEDARBEIDEROPPLÆRING /13 REFERAT- OG ORIENTERINGSSAKER... 5 Hamar, Kåre Haugli (s.) styreleder';
    expect(runOnHeads(line(lost)).map((h) => [h.number, h.numberInferred, h.title])).toEqual([
      ['19/13', false, 'ÅRSMØTE FORBEREDELSER'],
      ['20/13', true, 'MUSIKK I HEDMARK EVALUERING'],
      ['21/13', true, 'HØRINGSUTTALELSE PRNS'],
      ['22/13', true, 'DISPONERING MIDLER TIL MEDARBEIDEROPPLÆRING'],
      ['23/13', true, 'REFERAT- OG ORIENTERINGSSAKER'],
    ]);
  });
  it('leaves ordinary long lines alone', () => {
    expect(runOnHeads(line('Styret har vurdert saken 12/2016 grundig og mener at '.repeat(6)))).toEqual([]);
    // One case number and one lost one are no run; nor lost ones before any number.
    expect(runOnHeads(line(`${'Styret drøftet saken grundig. '.repeat(6)}Se sak 12/2016 Budsjett og /2016 Regnskap.`))).toEqual([]);
    expect(runOnHeads(line(`${'Styret drøftet saken grundig. '.repeat(6)}Se /2016 Budsjett, /2016 Regnskap og 12/2016 Plan.`))).toEqual([]);
  });
});

describe('names', () => {
  it('ends a name at a preposition: the rest is a note ("Hilde frå fjorårets FAU")', () => {
    expect(parsePerson('Hilde frå fjorårets FAU')).toMatchObject({ name: 'Hilde', note: 'frå fjorårets FAU' });
    expect(parsePerson('Kari Nordmann')).toMatchObject({ name: 'Kari Nordmann', note: null });
  });
});

describe('conditions are not decisions', () => {
  it('skips "Dersom … blir valgt …" and "Hvis … godkjennes …"', () => {
    expect(decisions('Dersom et komitémedlem blir valgt til et hovedstyreverv vil medlemmet permitteres.')).toEqual([]);
    expect(decisions('Hvis budsjettet blir godkjent, starter arbeidet i mai.')).toEqual([]);
    expect(decisions('Budsjettet ble godkjent.')).toEqual(['Budsjettet ble godkjent.']);
  });
});

describe('an agenda and notes that restate it', () => {
  const heads = (...texts: string[]) => {
    const ls = lines(...texts);
    return ls.map((l, i) => numberedHead(l, ls[i + 1])).filter((h) => h !== null);
  };
  it('takes the list that ends with Eventuelt over a longer notes list', () => {
    const chain = chooseChain(
      heads('1. Innledning - Thomas', '2. Puls vs HR', '3. Eventuelt/diskusjon', 'Notater', '1. Ta inspirasjon fra R6', '2. Components istedenfor extensions', '3. Ferdigstille IG', '4. Neste møte'),
    );
    expect(chain.map((h) => h.title)).toEqual(['Innledning - Thomas', 'Puls vs HR', 'Eventuelt/diskusjon']);
  });

});

describe('headed tables read back from OCR', () => {
  it('finds the header with a damaged word and a hint in parentheses, and survives one unreadable row', () => {
    const { people } = findPeople(lines('Navn Funksjon Mott (sett kryss)', 'Pettersen Knut Leder', '@Mstebrod 4 Magnus', 'Fugelsnes Bitten Medlem', '', 'B Behandling av stemmer'), () => false);
    expect(people.map((p) => [p.name, p.roles])).toEqual([
      ['Pettersen Knut', ['chair']],
      ['Fugelsnes Bitten', ['member']],
    ]);
  });
  it('still ends at the first row that is prose', () => {
    const { people } = findPeople(lines('Navn Funksjon', 'Kari Nordmann Leder', 'Dette er en setning som fortsetter lenge.', 'Ola Hansen Medlem'), () => false);
    expect(people.map((p) => p.name)).toEqual(['Kari Nordmann']);
  });
});

describe('presence marks', () => {
  it('reads "nei" and an empty cell as absent, X as present', () => {
    const { people } = findPeople(lines('| Navn | Til stede |', '|---|---|', '| Kari Nordmann | X |', '| Ola Hansen | nei |', '| Per Olsen | |'), () => false);
    expect(people.map((p) => [p.name, p.status])).toEqual([
      ['Kari Nordmann', 'present'],
      ['Ola Hansen', 'absent'],
      ['Per Olsen', 'absent'],
    ]);
  });
});

describe('timestamped minutes', () => {
  const doc = [
    'Referat generalforsamling',
    '',
    '[16:32] Velkommen v/leder',
    'Leder ønsket velkommen.',
    '[16:40] Godkjenning av innkalling',
    'Godkjent.',
    '[17:31] Saksforslag 01: Stenge kiosken',
    'Votering: Saken falt',
    '[18:23] Vi kjører pause i 30min.',
    '[18:58] Evaluering av lunsjordningen',
    'Diskusjon.',
  ];
  const items = parse(doc.join('\n')).items;

  it('stamped lines are the items; a stamped break is a note in the item before it', () => {
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Velkommen v/leder'],
      ['2', 'Godkjenning av innkalling'],
      ['3', 'Saksforslag 01: Stenge kiosken'],
      ['4', 'Evaluering av lunsjordningen'],
    ]);
    expect(items[2]!.text).toMatch(/\[18:23\] Vi kjører pause i 30min\.$/);
  });

  it('isBreakNote: break words as whole words only', () => {
    expect(['Pause', 'Vi kjører pause i 30min.', 'Matpause (45 min)', 'Lunsj'].every(isBreakNote)).toBe(true);
    expect(['Evaluering av lunsjordningen', 'Pausert medlemskap', 'Sak 4: Budsjett'].some(isBreakNote)).toBe(false);
  });
});

describe('minutes without numbers, headings as short lines', () => {
  it('a short line that assigns an action ("… Ansvar: Svein") is no heading', () => {
    const doc = [
      'Referat fra styremøte 7. april 2014',
      '',
      'Skolen',
      '',
      'Vi tar kontakt med skolen. Ansvar: Svein',
      '',
      'Dugnad',
      '',
      'Dugnadsplakat settes opp 2. mai. Ansvar: Svein',
      '',
      'Avtale om henger med Egil. Ansvar: Lasse',
      '',
      '17. mai',
      '',
      'Tone undersøker om Hedda kan holde en appell.',
    ];
    expect(parse(doc.join('\n')).items.map((i) => i.title)).toEqual(['Skolen', 'Dugnad', '17. mai']);
  });

  it('a short line that records a decision ("Vedtak: …") is no heading, and stays the decision', () => {
    const doc = [
      'Referat fra styremøte 11. mars 2014',
      '',
      'Jubileum',
      '',
      'Vi tar kontakt med ordføreren.',
      '',
      'Vedtak: Vi har fått ja fra kommunen',
      '',
      'Foredrag',
      '',
      'Vi gikk gjennom innlegget og fordelte oppgavene.',
    ];
    const items = parse(doc.join('\n')).items;
    expect(items.map((i) => i.title)).toEqual(['Jubileum', 'Foredrag']);
    expect(items[0]!.decisions.map((d) => d.text)).toEqual(['Vi har fått ja fra kommunen']);
  });

  it('nor among headings and running case numbers, even wrapped onto a lower-case line', () => {
    const doc = [
      'Referat fra 11. mars 2014',
      'Tilstede: Kari Nordmann, Ola Hansen',
      '',
      'Beskjeder og informasjon',
      'Besøk av studenter på neste møte.',
      '',
      '05/10 KONVENSJONEN',
      'Utsatt.',
      '',
      '01/13 JUBILEUM',
      'Vi tar kontakt med ordføreren.',
      '',
      'Vedtak: Vi har fått ja fra kommunen',
      'om at vi kan være der klokka ti.',
      '',
      '01/14 FOREDRAG',
      'Vi gikk gjennom innlegget.',
    ];
    const items = parse(doc.join('\n')).items;
    expect(items.map((i) => i.title)).not.toContain('Vedtak: Vi har fått ja fra kommunen');
    expect(items.flatMap((i) => i.decisions.map((d) => d.text))).toContain('Vi har fått ja fra kommunen om at vi kan være der klokka ti.');
  });
});

describe('case numbers with a dash and a two-digit year after "Sak"', () => {
  it('are numbers as written ("Sak 21 – 19 Godkjenning …")', () => {
    const doc = parse('Protokoll styremøte 3. mai 2022\n\nSak 21 – 19          Godkjenning av innkalling\nInnkallingen godkjennes.\n\nSak 22 – 19          Budsjett\nBudsjettet vedtas.\n');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['21 – 19', 'Godkjenning av innkalling'],
      ['22 – 19', 'Budsjett'],
    ]);
  });
  it('not a range of cases set with one space ("Sak 12 – 15 Referatsaker")', () => {
    const doc = parse('Referat\n\nSak 11 Godkjenning av innkalling\nGodkjent.\n\nSak 12 – 15 Referatsaker\nTatt til orientering.\n\nSak 16 Eventuelt\nIngen saker.\n');
    expect(doc.items.map((i) => i.number)).toEqual(['11', '12', '16']);
  });
  it('not a number followed by a count ("Sak 3 – 45 minutter")', () => {
    expect(numberedHead(line('Sak 3 – 45 minutter'), undefined)?.number).not.toBe('3 – 45');
  });
  it('with a four-digit year after "Sak", as written, with or without spaces and a column gap ("Sak 07-2022 …")', () => {
    for (const [a, b] of [['07 – 2022', '08 – 2022'], ['07-2022', '08-2022']]) {
      const doc = parse(`Referat styremøte\n\nSak ${a} Årsmelding\nGjennomgått.\n\nSak ${b} Budsjett\nVedtatt.\n`);
      expect(doc.items.map((i) => [i.number, i.title])).toEqual([
        [a, 'Årsmelding'],
        [b, 'Budsjett'],
      ]);
    }
    // A year range is no case number, nor a span of years after a case number.
    expect(numberedHead(line('Sak 2019-2022 Strategi'), undefined)?.number).not.toMatch(/2022/);
  });
});

describe('"Sak 2." with the text on the lines under it', () => {
  const doc = parse(
    'Styremøte tirsdag 21.10.2008.\n\nTil stede; Kari Nordvik, Per Olsen\n\nSak 1 .\nStyret besluttet å kjøpe 2 andeler i nye Orklabanen.\n\n' +
      'Sak 2.\nDet planlegges et samarbeidsmøte med idrettslagene i bygda. Tidspunkt ikke fastsatt.\n\nSak 3.\nRyddedugnad.\nDet blir dugnad 3. november.\n',
  );
  it('is named by the first sentence under it; the rest of that line stays its text', () => {
    expect(doc.items.map((i) => i.title)).toEqual(['Styret besluttet å kjøpe 2 andeler i nye Orklabanen', 'Det planlegges et samarbeidsmøte med idrettslagene i bygda', 'Ryddedugnad']);
    expect(doc.items[1]!.text).toContain('Tidspunkt ikke fastsatt.');
  });
  it('a first sentence that is a decision is one', () => {
    expect(doc.items[0]!.decisions.map((d) => d.text)).toEqual(['Styret besluttet å kjøpe 2 andeler i nye Orklabanen']);
  });
});

describe('the saksliste restated inside the first item', () => {
  it('is not taken for the items: the headings after it are, each with its own outcome', () => {
    const doc = parse(
      'Referat nr. 2 – møte 14.03.2022\n\nTil stede:\nKari Nordvik\nPer Olsen\n\nSak 10/22 Godkjenning av innkalling og sakliste\n\nInnkalling og følgende sakliste ble godkjent:\n' +
        'Sak 10/22 Godkjenning av innkalling og sakliste\nSak 11/22 Regnskap\nSak 12/22 Eventuelt\n\nSak 11/22 Regnskap\n\nRegnskapet ble tatt til orientering.\n\nSak 12/22 Eventuelt\n\nIngen saker.\n',
    );
    expect(doc.items.map((i) => [i.number, i.decisions.map((d) => d.text)])).toEqual([
      ['10/22', ['Innkalling og følgende sakliste ble godkjent:']],
      ['11/22', ['Regnskapet ble tatt til orientering.']],
      ['12/22', []],
    ]);
  });
  const restatedList =
    'Referat nr. 2 – møte 14.03.2022\n\nTil stede:\nKari Nordvik\nPer Olsen\n\nSak 10/22 Godkjenning av innkalling og sakliste\n\nInnkalling og følgende sakliste ble godkjent:\n' +
    'Sak 10/22 Godkjenning av innkalling og sakliste\nSak 11/22 Regnskap\nSak 12/22 Budsjett\nSak 13/22 Eventuelt\n\nSak 11/22 Regnskap\n\nRegnskapet ble tatt til orientering.\n\n' +
    'Sak 12/22 Budsjett\n\nBudsjettet ble vedtatt.\n';
  it('when headings take up only the first items (the copy breaks off), those are the headings; the rest stay listed', () => {
    const doc = parse(restatedList);
    expect(doc.items.map((i) => [i.number, i.title, i.decisions.map((d) => d.text)])).toEqual([
      ['10/22', 'Godkjenning av innkalling og sakliste', ['Innkalling og følgende sakliste ble godkjent:']],
      ['11/22', 'Regnskap', ['Regnskapet ble tatt til orientering.']],
      ['12/22', 'Budsjett', ['Budsjettet ble vedtatt.']],
      ['13/22', 'Eventuelt', []],
    ]);
    // The entry left listed holds its own line only; the first item holds the list.
    expect(doc.items[3]!.position.start.line).toBe(doc.items[3]!.position.end.line);
    expect(doc.items[0]!.text).toContain('Sak 13/22 Eventuelt');
  });
  it('not when a later heading takes up a listed number in other words: no item gets what stands under it', () => {
    const doc = parse(`${restatedList}\nSak 13/22 Diverse saker\n\nLeder ble valgt til kontaktperson.\n`);
    const budget = doc.items.find((i) => i.number === '12/22')!;
    expect(budget.decisions.map((d) => d.text)).not.toContain('Leder ble valgt til kontaktperson.');
    // The rule stands back: the items are the list's, each entry one line (where the body's text then goes is the
    // list's older reading, not this rule's).
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['10/22', 'Godkjenning av innkalling og sakliste'],
      ['11/22', 'Regnskap'],
      ['12/22', 'Budsjett'],
      ['13/22', 'Eventuelt'],
    ]);
    expect(doc.items.slice(1, 3).every((i) => i.position.start.line === i.position.end.line)).toBe(true);
  });
});
