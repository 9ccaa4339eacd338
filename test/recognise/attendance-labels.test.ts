/** Attendance labels that lost their colon: a flattened table's label cell run together with its value. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const attendees = (text: string) => parse(text).attendees.map((a) => `${a.name}:${a.status}`);

describe('an attendance label without its colon', () => {
  it('reads a list of full names after it (outside set g/706)', () => {
    expect(attendees('Referat fra styremøte\n\nTilstede Nils Steinvik, Jonny Mathisen og Morten Steinsrud\nMeldt fravær: Camilla Akslen\n\n1. Budsjett\nGodkjent.')).toEqual([
      'Nils Steinvik:present',
      'Jonny Mathisen:present',
      'Morten Steinsrud:present',
      'Camilla Akslen:absent',
    ]);
    expect(attendees('Referat\n\nForfall Kari Nilsen og Per Olsen\n\n1. Sak')).toEqual(['Kari Nilsen:absent', 'Per Olsen:absent']);
  });

  it.each([
    ['bodies', 'Tilstede Styret og administrasjonen'],
    ["a table's header row", 'Forfall Parti Møtande varamedlem Kenneth Murberg Radøy H Normann Sæbø'],
    ['a sentence', 'Til stede var alle'],
    ['organisations', 'Deltakere Oslo Kommune, Bergen Kommune'],
    ['one surname', 'Forfall Hansen'],
  ])('is no label before %s', (_what, line) => {
    expect(attendees(`Referat\n\n${line}\n\n1. Sak`)).toEqual([]);
  });
});

describe('a deputies label in an election slate', () => {
  // Outside set g/712: the slate's "Varamedlem:" line made its two names attending deputies, and the agenda's
  // headings above it were taken for the header.
  const slate = (extra: string) =>
    [
      'Årsmøte for Kviteseid Hagelag 2020',
      '',
      '10 personar var til stades på årsmøtet 22.10.20.',
      '',
      'Årsmelding',
      '',
      'Sigrun las årsmeldinga. Godkjend.',
      '',
      'Val',
      '',
      'Hildegunn Rui representerte valnemnda.',
      '',
      'Framlegg til styre',
      '',
      '  • Sigrun Moen – attval – på val i 2022',
      '  • Ellen Marie Prag – ikkje på val – på val i 2021',
      `  • ${extra}`,
      '  • Valnemnd: Hildegunn Rui og Gunn Snaunes',
    ].join('\n');

  it('names candidates, not deputies who came', () => {
    const d = parse(slate('Varamedlem: Hilde Haugen og Marit Midtbøen'));
    expect(d.attendees).toEqual([]);
    expect(d.items.map((i) => i.title)).toEqual(['Årsmelding', 'Val', 'Framlegg til styre']);
  });

  it('a deputies line in a list that elects nobody still names who came', () => {
    expect(attendees('Referat\n\n  • Varamedlem: Hilde Haugen og Marit Midtbøen\n  • Sekretær: Kari Nilsen\n\n1. Sak')).toContain('Hilde Haugen:present');
  });
});

describe('review: a deputies line in a list of its own', () => {
  it('names who came though the next list, after a blank line, speaks of an election', () => {
    const d = parse('# Styremøte 12. mars 2024\n\n- Til stede: Kari Nilsen, Per Olsen\n- Varamedlem: Ola Dal\n- Forfall: Nils Aas\n\n- Godkjenning av innkalling\n- Revisor er på valg\n');
    expect(d.attendees.map((a) => `${a.name}:${a.status}`)).toContain('Ola Dal:present');
  });
});

describe('review: a list label ending "til …" that still names this meeting', () => {
  const T = (x: string) => attendees(`Referat fra styremøte 12. mars 2024\n\n${x}\n\n1. Budsjett\nBudsjettet ble vedtatt.\n`);
  it.each([['Forfall til dagens møte:'], ['Forfall til kveldens styremøte:'], ['Forfall til ekstraordinært årsmøte:']])('%s lists who sent apologies', (label) => {
    expect(T(`Tilstede: Kari Nilsen, Per Olsen\n${label} Ola Dal`)).toContain('Ola Dal:absent');
  });
  it('"i tillegg til styret" lists who came besides the board', () => {
    expect(T('Tilstede: Kari Nilsen, Per Olsen\nTil stede i tillegg til styret: Nils Aas')).toContain('Nils Aas:present');
  });
  it('another event still names nobody', () => {
    expect(T('Tilstede: Kari Nilsen\nForfall til dugnaden: Ola Dal')).toEqual(['Kari Nilsen:present']);
  });
});

describe('label cells stacked before their values (a flattened table)', () => {
  const people = (x: string) => attendees(`PROTOKOLL FRA STYREMØTE 16. september 2014\n\n${x}\n\nSak 46/14 Budsjett\nGodkjent.`);
  it('each sentence after the labels is read under its label (outside set h/808)', () => {
    expect(people('Til stede: Forfall: Sven E. Maamoen, Jon Syversen og Rune Engeseth. Oda Marie Often og Vidar Bøe.')).toEqual([
      'Sven E. Maamoen:present',
      'Jon Syversen:present',
      'Rune Engeseth:present',
      'Oda Marie Often:absent',
      'Vidar Bøe:absent',
    ]);
    expect(people('Til stede: Forfall: Fra adm.: Kari Nilsen og Per Olsen. Ola Dal og Nils Aas. Guro Røen og Kent Simonsen.')).toEqual([
      'Kari Nilsen:present',
      'Per Olsen:present',
      'Ola Dal:absent',
      'Nils Aas:absent',
      'Guro Røen:present',
      'Kent Simonsen:present',
    ]);
  });
  it('not when the sentences are not as many as the labels, nor a label with its own list', () => {
    expect(people('Til stede: Kari Nilsen, Per Olsen. Forfall: Ola Dal.')).toEqual(['Kari Nilsen:present', 'Per Olsen:present', 'Ola Dal:absent']);
    // One list after both labels, on one flattened line: whose it is cannot be read off; the first cell's (present)
    // is the likelier, since an apologies cell is the one a form leaves empty (outside set n, a county board's protocol).
    expect(people('Til stede: Forfall: Kari Nilsen, Per Olsen.')).toEqual(['Kari Nilsen:present', 'Per Olsen:present']);
  });
  it('"Fra adm.:" lists the administration, as guests', () => {
    expect(parse('Referat\n\nTil stede: Kari Nilsen\nFra adm.: Per Olsen\n\n1. Sak').attendees.map((a) => [a.name, a.roles])).toEqual([
      ['Kari Nilsen', []],
      ['Per Olsen', ['guest']],
    ]);
  });
});

describe('a person a line, with a role after a slash (outside set g/709)', () => {
  const people = (...lines: string[]) =>
    parse(['Referat frå styremøte 16.09.2014', '', ...lines, '', '1. Sak', 'Godkjent.'].join('\n')).attendees.map((a) => `${a.name}:${a.status}:${a.roles.join('+')}`);

  it('the label run together with the first person, the colon lost, then one person a line', () => {
    expect(people('Deltakarar Vidar Torsvik / leiar', 'Kari Mostad / kasserar', 'Rune Vik / skrivar', 'Forfall', 'Toril Vik / styrelem', 'Leiv Sandven / trimgruppa')).toEqual([
      'Vidar Torsvik:present:chair',
      'Kari Mostad:present:member',
      'Rune Vik:present:minutes',
      'Toril Vik:absent:member',
      'Leiv Sandven:absent:',
    ]);
  });

  it('one person on the label’s line and one under it', () => {
    expect(people('Deltakarar: Vidar Torsvik', 'Kari Mostad')).toEqual(['Vidar Torsvik:present:', 'Kari Mostad:present:']);
  });

  it('a deputy’s rank after the slash', () => {
    expect(people('Til stede:', 'Åshild Bekkesletten/ 1. vara', 'Frank Kjøsnes / styrelem')).toEqual(['Åshild Bekkesletten:present:deputy', 'Frank Kjøsnes:present:member']);
  });

  it('a column head of the agenda’s table on a line of its own ends a list ("Kopi" / "Nr" / "Sak")', () => {
    const d = parse(['Referat frå styremøte 16.09.2014', '', 'Til stede: Kari Hansen, Per Olsen', 'Kopi', 'Nr', 'Sak', '', '1. Sak', 'Godkjent.'].join('\n'));
    expect(d.invited).toEqual([]);
    expect(d.attendees.map((a) => a.name)).toEqual(['Kari Hansen', 'Per Olsen']);
  });

  it('not a line that is no full name, under a label with one person', () => {
    expect(people('Forfall: Bjørn Losvik', 'Åpning ved Runar')).toEqual(['Bjørn Losvik:absent:']);
  });
});

describe('a name table flattened into one line (outside set h/802)', () => {
  const notice = (value: string) =>
    parse(['Møteinnkalling', 'Utvalg: Høgskolestyret', 'Dato: 25.04.2013', '', `Innkalling er sendt til: ${value}`, '', 'Saksliste', 'ST 13/17 Godkjenning av innkalling', 'ST 13/18 Referatsaker'].join('\n'));

  it('the header, the names run together, then their roles: each name a person', () => {
    const d = notice('Navn Funksjon Representerer Solfrid Vatne Kjetil Haugen Anna Mette Fuglseth Heidi Fjellså Hærem Leder Nestleder Medlem Medlem');
    expect(d.kind).toBe('innkalling');
    expect(d.invited.map((i) => i.name)).toEqual(['Solfrid Vatne', 'Kjetil Haugen', 'Anna Mette Fuglseth', 'Heidi Fjellså Hærem']);
  });

  it('"Innkalling er sendt til:" is the invited list’s label', () => {
    expect(notice('Solfrid Vatne, Kjetil Haugen').invited.map((i) => i.name)).toEqual(['Solfrid Vatne', 'Kjetil Haugen']);
  });

  it('not when the roles do not pair with the names, or a name opens with no given name', () => {
    expect(notice('Navn Funksjon Solfrid Vatne Kjetil Haugen Leder').invited.map((i) => i.name)).not.toEqual(['Solfrid Vatne', 'Kjetil Haugen']);
    expect(notice('Navn Funksjon Solfrid Vatne Nordby Kommune Leder Medlem').invited.map((i) => i.name)).not.toContain('Nordby Kommune');
  });
});

describe('"Til orientering:" lists whom a copy goes to (outside set k/1006)', () => {
  const invited = (text: string) => parse(`Møteinnkalling\nUtvalg: Styret\nDato: 25.04.2013\n\n${text}\n\nSaksliste\nST 13/17 Godkjenning av innkalling\nST 13/18 Referatsaker\n`).invited.map((p) => p.name);
  it('on its line, or over the names', () => {
    expect(invited('Til orientering: Kari Nordmann, Ola Hansen')).toEqual(['Kari Nordmann', 'Ola Hansen']);
    expect(invited('Til orientering:\nKari Nordmann\nOla Hansen')).toEqual(['Kari Nordmann', 'Ola Hansen']);
  });
  it('not a matter taken for information', () => {
    expect(invited('Til orientering: Rådmannens redegjørelse om budsjettet')).toEqual([]);
    expect(invited('Saken tas til orientering: Kari Nordmann la fram saken.')).toEqual([]);
  });
});

describe('review: lists of members and deputies under a sentence that elects them are its result, not who came', () => {
  const doc = (body: string) => parse(`Møteprotokoll for Formannskapet\n\nTil stede: Anne Marie Lintho, Christian Granli, Tor Melvold\nForfall: Kari Nordmann\n\n33/15 Godkjenning av protokoll\nGodkjent.\n\n34/15 Valg av eldreråd\n${body}\n`);
  it('"Vedtak: Følgende velges til eldrerådet:" / "Medlemmer: …" / "Varamedlemmer: …"', () => {
    const d = doc('Vedtak: Følgende velges til eldrerådet:\nMedlemmer: Lise Dahl, Per Berg\nVaramedlemmer: Knut Lie, Gro Li');
    expect(d.attendees.map((a) => a.name)).toEqual(['Anne Marie Lintho', 'Christian Granli', 'Tor Melvold', 'Kari Nordmann']);
    expect(d.items[1]!.text).toContain('Varamedlemmer: Knut Lie, Gro Li');
  });
  it('a deputy who came, named inside an item without an election, still came', () => {
    const d = doc('Saken ble drøftet.\nVaramedlemmer: Knut Lie');
    expect(d.attendees.map((a) => a.name)).toContain('Knut Lie');
  });
});

describe('a list whose names carry their terms is an election result (outside set l/1101)', () => {
  const people = (line: string) => parse(`Årsmøte 2021\n\nTil stede: Kari Nordmann, Ola Hansen\n\n${line}\n\n1. Årsmelding\nGodkjend.\n\n2. Val\nSjå over.\n`).attendees.map((a) => a.name);
  it('"Varamedlemmer: A (attval for 1 år), B (ny, for 1 år)": no attendees', () => {
    expect(people('Varamedlemmer: Kenneth Staurset Fåne (attval for 1 år), Turid Leirvoll Øverås (attval for 1 år) og Morten Øveraas (ny, for 1 år).')).toEqual(['Kari Nordmann', 'Ola Hansen']);
  });
  it('review: who came, standing for election ("på valg"), came', () => {
    expect(people('Til stede fra styret: Lise Dahl (leder, på valg), Per Hansen (kasserer, på valg), Anna Berg').slice(2)).toEqual(['Lise Dahl', 'Per Hansen', 'Anna Berg']);
  });
  it('deputies who came, one of them with a note, are attendees', () => {
    expect(people('Varamedlemmer: Knut Lie (for Per Berg), Gro Li')).toEqual(['Kari Nordmann', 'Ola Hansen', 'Knut Lie', 'Gro Li']);
  });
});

describe('groups of a flattened list run together ("For Høyre: A, B For Arbeiderpartiet: C")', () => {
  const people = (text: string) => parse(text).attendees.map((a) => `${a.name}:${a.status}:${a.organisation ?? ''}`);
  it('each group its members, with whom they represent; a label before the next group is no name', () => {
    const text =
      'MØTEPROTOKOLL Kommunestyret\n\nMøtende medlemmer: For Høyre: Thore Vestby, Kirsti Birkeland For Arbeiderpartiet: Kathe Langvik, Kjell Engebretsen. ' +
      'For Senterpartiet: Hans Kristian Raanaas Møtende varamedlemmer: For Høyre: Kirsti Birkeland Forfall: For Venstre: Erik Berge\n\n1. Godkjenning\n2. Eventuelt';
    expect(people(text)).toEqual([
      'Thore Vestby:present:Høyre',
      'Kirsti Birkeland:present:Høyre',
      'Kathe Langvik:present:Arbeiderpartiet',
      'Kjell Engebretsen:present:Arbeiderpartiet',
      'Hans Kristian Raanaas:present:Senterpartiet',
      'Erik Berge:absent:Venstre',
    ]);
  });
  it('not whom someone stood in for ("For Kari Hansen:", "For Anne:"), nor a case ("Fra sak 3:")', () => {
    expect(people('Referat\n\nTil stede: Ola Dal, Per Moe For Kari Hansen: Liv Berg\n\n1. Sak\n2. Eventuelt')).not.toContain('Liv Berg:present:Kari Hansen');
    expect(people('Referat\n\nTil stede: Kari Dal, Per Moe For Anne: Ola Lie Forfall: Anne Sand\n\n1. Sak\n2. Eventuelt').filter((p) => p.endsWith(':Anne'))).toEqual([]);
    expect(people('Referat\n\nTil stede: Ola Dal, Per Moe Fra sak 3: Liv Berg\n\n1. Sak\n2. Eventuelt').some((p) => p.endsWith(':sak 3'))).toBe(false);
  });
});

describe('a copy list names bodies as well as people', () => {
  it('"Kopi: Fagutvalgets medlemmer, Instituttbestyrer Mats Carlsson, Instituttkontoret, RSU": the person, without the title', () => {
    const d = parse(Buffer.from('Referat styremøte 4. mars 2024\n\nTil stede: Kari Dal, Per Moe\n\n1. Budsjett\n2. Eventuelt\n\nKopi: Fagutvalgets medlemmer, Instituttbestyrer Mats Carlsson, Instituttkontoret, RSU\n'));
    expect(d.invited.map((i) => i.name)).toEqual(['Mats Carlsson']);
  });
  it('but a given name or a surname alone is a person, and a titled surname too (review)', () => {
    const invited = (list: string) => parse(Buffer.from(`Referat styremøte 4. mars 2024\n\nTil stede: Kari Dal, Per Moe\n\n1. Budsjett\n2. Eventuelt\n\nKopi: ${list}\n`)).invited.map((i) => i.name);
    expect(invited('Siri, Mats Carlsson')).toEqual(['Siri', 'Mats Carlsson']);
    expect(invited('Haakon, Noor, Kari Hansen')).toEqual(['Haakon', 'Noor', 'Kari Hansen']);
    expect(invited('Hansen, Olsen, Kari Dal')).toEqual(['Hansen', 'Olsen', 'Kari Dal']);
  });
});

describe('a name in parentheses in a list of those present (q/1703)', () => {
  it('"…, Heidi Fondenes, (Arild Slinde)" lists Arild Slinde', () => {
    const d = parse(Buffer.from('Referat styremøte 4. mars 2024\n\nTil stades: Hilde Bøtun, Heidi Fondenes, (Arild Slinde)\n\n1. Sak\nGodkjent.\n2. Eventuelt\n'));
    expect(d.attendees.map((a) => a.name)).toEqual(['Hilde Bøtun', 'Heidi Fondenes', 'Arild Slinde']);
  });
  it('but words in parentheses that are no name stay out', () => {
    const d = parse(Buffer.from('Referat styremøte 4. mars 2024\n\nTil stades: Hilde Bøtun, Heidi Fondenes, (alle til stede)\n\n1. Sak\nGodkjent.\n2. Eventuelt\n'));
    expect(d.attendees.map((a) => a.name)).toEqual(['Hilde Bøtun', 'Heidi Fondenes']);
  });
});

describe('a word or a note in parentheses in a list is no person (review)', () => {
  it.each(['(Teams)', '(Digitalt)', '(SV)', '(NAV)', '(Forfall)', '(vara)', '(deler av møtet)'])('"%s"', (note) => {
    const d = parse(Buffer.from(`Referat styremøte 4. mars 2024\n\nTil stede: Kari Nordmann, Ola Berg, ${note}, Anne Lie\n\n1. Sak\nGodkjent.\n2. Eventuelt\n`));
    expect(d.attendees.map((a) => a.name)).toEqual(['Kari Nordmann', 'Ola Berg', 'Anne Lie']);
  });
  it('nor two names in one pair of parentheses made one with an organisation', () => {
    const d = parse(Buffer.from('Referat styremøte 4. mars 2024\n\nTil stede: Kari Nordmann, (Arild Slinde, Per Dal), Anne Lie\n\n1. Sak\nGodkjent.\n2. Eventuelt\n'));
    expect(d.attendees.some((a) => a.organisation === 'Per Dal')).toBe(false);
  });
});
