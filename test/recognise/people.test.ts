/** Person entries: name, organisation, roles, status, substitutes, notes; and run-in lists. */
import { describe, expect, it } from 'vitest';
import { isNameLike, isOrganisationLike, parsePerson, roleOf, splitPersonList, type PersonEntry } from '../../src/recognise/people.js';
import { parse } from '../../src/parse.js';

const person = (over: Partial<PersonEntry>): PersonEntry => ({
  name: '',
  organisation: null,
  roles: [],
  status: null,
  substituteFor: null,
  note: null,
  ...over,
});

describe('parsePerson', () => {
  it.each<[string, Partial<PersonEntry>]>([
    ['Dag Aanensen - Drammensregionen', { name: 'Dag Aanensen', organisation: 'Drammensregionen' }],
    // A compound title before the name is left out ("Fylkesrevisor", "Økonomisjef").
    ['Fylkesrevisor John Tuseth', { name: 'John Tuseth' }],
    ['Økonomisjef Kari Moe', { name: 'Kari Moe' }],
    ['Sjefsen Ola', { name: 'Sjefsen Ola' }],
    // A parish's staff are named by their office (menighetsråd minutes): the office is a title, not part of the name.
    ['Organist Unni', { name: 'Unni' }],
    ['Kyrkjeverje Reidun Hauge', { name: 'Reidun Hauge' }],
    ['trosopplærer Irene Dahl', { name: 'Irene Dahl' }],
    ['Berte Helgestad – Hamarregionen', { name: 'Berte Helgestad', organisation: 'Hamarregionen' }],
    ['Tove Guldbrandsen (Kongsvingerregionen)', { name: 'Tove Guldbrandsen', organisation: 'Kongsvingerregionen' }],
    ['Magnus Thorstensen, dagen@IFI', { name: 'Magnus Thorstensen', organisation: 'dagen@IFI' }],
    ['Silje Merethe Dahl, CYB', { name: 'Silje Merethe Dahl', organisation: 'CYB' }],
    ['Eli Arnkværn Bryhni (møteleder)', { name: 'Eli Arnkværn Bryhni', roles: ['chair'] }],
    ['Mari Strømsvåg - Osloregionen (sekretær)', { name: 'Mari Strømsvåg', organisation: 'Osloregionen', roles: ['secretary'] }],
    ['Asbjørn Lunde - Elverum Vekst (digitalt)', { name: 'Asbjørn Lunde', organisation: 'Elverum Vekst', status: 'remote' }],
    ['Anne Solheim (Teams)', { name: 'Anne Solheim', status: 'remote' }],
    ['Kari Nordmann (vara for Ola Hansen)', { name: 'Kari Nordmann', roles: ['deputy'], substituteFor: 'Ola Hansen' }],
    ['vara Kari-Janne Hansen', { name: 'Kari-Janne Hansen', roles: ['deputy'] }],
    // Deputy words of people.json beyond "vara": a role, and whom the deputy stood in for.
    ['stedfortreder Kari Hansen', { name: 'Kari Hansen', roles: ['deputy'] }],
    ['varakvinne Kari Hansen', { name: 'Kari Hansen', roles: ['deputy'] }],
    ['Kari Hansen (varaperson)', { name: 'Kari Hansen', roles: ['deputy'] }],
    ['Kari Hansen, stedfortreder for Per Olsen', { name: 'Kari Hansen', roles: ['deputy'], substituteFor: 'Per Olsen' }],
    ['Kari Hansen (stadfortredar for Per Olsen)', { name: 'Kari Hansen', roles: ['deputy'], substituteFor: 'Per Olsen' }],
    ['Anne Berg, varakvinne for Ola Dal', { name: 'Anne Berg', roles: ['deputy'], substituteFor: 'Ola Dal' }],
    ['Kari Nordmann (vararepresentant for Ola Hansen)', { name: 'Kari Nordmann', roles: ['deputy'], substituteFor: 'Ola Hansen' }],
    ['Kirsten Kallelid ( ref. )', { name: 'Kirsten Kallelid', roles: ['minutes'] }],
    ['Per Olsen (forfall)', { name: 'Per Olsen', status: 'absent' }],
    ['Helene Bårdsen vara', { name: 'Helene Bårdsen', roles: ['deputy'] }],
    ['Eli Arnkværn Bryhni, leder Næringsgruppen', { name: 'Eli Arnkværn Bryhni', roles: ['chair'], note: 'leder Næringsgruppen' }],
    ['- Ole Emil Øygarden, DEFI', { name: 'Ole Emil Øygarden', organisation: 'DEFI' }],
    ['Trond arne Ingvoldstad - Ringeriksregionen', { name: 'Trond arne Ingvoldstad', organisation: 'Ringeriksregionen' }],
  ])('%s', (input, expected) => {
    expect(parsePerson(input)).toEqual(person(expected));
  });

  it('takes the organisation from table cells', () => {
    const row = 'Eli Arnkværn Bryhni (møteleder)\tHamarregionen utvikling';
    expect(parsePerson(row, { cells: ['Eli Arnkværn Bryhni (møteleder)', 'Hamarregionen utvikling'] })).toEqual(
      person({ name: 'Eli Arnkværn Bryhni', organisation: 'Hamarregionen utvikling', roles: ['chair'] }),
    );
    expect(parsePerson('Asbjørn Flo\tAsker', { cells: ['Asbjørn Flo', 'Asker'] })).toEqual(person({ name: 'Asbjørn Flo', organisation: 'Asker' }));
  });

  it('keeps roles and status together ("(møteleder, digitalt)")', () => {
    const p = parsePerson('Anne Solheim (møteleder) (digitalt)');
    expect(p).toMatchObject({ name: 'Anne Solheim', roles: ['chair'], status: 'remote' });
  });

  describe('rejects what is not a person', () => {
    it.each([
      // An office alone names nobody.
      'Organist',
      'Kyrkjeverje',
      'Trosopplærer',
      'Faggruppen var generelt positiv til utkastet til næringspolitisk posisjonsnotat.',
      'Det ble også stilt spørsmål ved om bankene bør ha ansvar for ID',
      'https://www.osloregionen.no/arrangementer-i-osloregionen/',
      'www.osloregionen.no',
      'post@osloregionen.no',
      'Tlf 41203424',
      '16.03.2023',
      'Ordfører',
      'Rådmann',
      'Leder',
      'Oslo kommune',
      'Ingen sendte inn noe i forkant ble derfor strøket fra listen.',
      '',
    ])('%s', (input) => {
      expect(parsePerson(input)).toBeNull();
    });
  });
});

describe('a person entry written in sentences', () => {
  it('"Isak Grindheim. Representant for ungdomsklubben. Meldt forfall.": the name, a note, the status', () => {
    expect(parsePerson('Isak Grindheim. Representant for ungdomsklubben. Meldt forfall.')).toMatchObject({ name: 'Isak Grindheim', status: 'absent' });
    expect(parsePerson('Gerd Nancy Notland. Leiar.')).toMatchObject({ name: 'Gerd Nancy Notland', roles: ['chair'] });
  });
  it('a compound role after the name is a note ("Grethe Sivertsen Økonomiansvarleg")', () => {
    expect(parsePerson('Grethe Sivertsen Økonomiansvarleg.')).toMatchObject({ name: 'Grethe Sivertsen', note: 'Økonomiansvarleg' });
    // A surname is no role: "Kari Olsen" stays whole.
    expect(parsePerson('Kari Olsen')).toMatchObject({ name: 'Kari Olsen', note: null });
  });
});

describe('splitPersonList', () => {
  it.each<[string, string[]]>([
    ['Øyvind Såtvedt, Mari Strømsvåg, Thelma Bay Bang', ['Øyvind Såtvedt', 'Mari Strømsvåg', 'Thelma Bay Bang']],
    ['Kari, Ola og Per.', ['Kari', 'Ola', 'Per']],
    ['Nils, PØK, Erik', ['Nils', 'PØK', 'Erik']],
    ['Trond Myrland (BFK, reiseleder), Jan Velvin (USN)', ['Trond Myrland (BFK, reiseleder)', 'Jan Velvin (USN)']],
    ['Kari Nordmann; Ola Hansen', ['Kari Nordmann', 'Ola Hansen']],
    // People set apart by their parentheses alone.
    ['Ola (FA) Kari (FIN) Per (HF)', ['Ola (FA)', 'Kari (FIN)', 'Per (HF)']],
    ['Ola Hansen (leder) Kari Moe (referent)', ['Ola Hansen (leder)', 'Kari Moe (referent)']],
    ['Kari Nordmann (møteleder)', ['Kari Nordmann (møteleder)']],
  ])('%s', (input, expected) => {
    expect(splitPersonList(input)).toEqual(expected);
  });

  it('keeps "Name, Organisation" as one entry', () => {
    expect(splitPersonList('Anne Solheim, Oslo kommune')).toEqual(['Anne Solheim, Oslo kommune']);
  });

  it('cuts names an export ran together where a given name follows a surname', () => {
    expect(splitPersonList('Marit Jørgensen Kristian Fremstad Merete Kalland')).toEqual(['Marit Jørgensen', 'Kristian Fremstad', 'Merete Kalland']);
    expect(splitPersonList('Johan Eldar Wingan Jarl Arthur Dyrvik Odd Larsen')).toEqual(['Johan Eldar Wingan', 'Jarl Arthur Dyrvik', 'Odd Larsen']);
    expect(splitPersonList('Eli A. Liland Vigdis H. Svendsen, Per Olsen')).toEqual(['Eli A. Liland', 'Vigdis H. Svendsen', 'Per Olsen']);
    expect(splitPersonList('nestleder Marit Jørgensen Kristian Fremstad')).toEqual(['nestleder Marit Jørgensen', 'Kristian Fremstad']);
    // Given names the list once lacked (outside set h/808: a flattened table's cells run together).
    expect(splitPersonList('Vidar Bøe Guro Røen, Kent Simonsen')).toEqual(['Vidar Bøe', 'Guro Røen', 'Kent Simonsen']);
    expect(splitPersonList('Ove Hansen Torgrim Lie Maren Dahl')).toEqual(['Ove Hansen', 'Torgrim Lie', 'Maren Dahl']);
    // A note in parentheses at the end stays with the last person.
    expect(splitPersonList('Harald Skarsaune Lene Beate Østerås (deltok 27.09)')).toEqual(['Harald Skarsaune', 'Lene Beate Østerås (deltok 27.09)']);
    // Names as often surnames (Turi, a Sámi surname; Elling, Svenning) are no given names here (review of 7da2389).
    expect(splitPersonList('Ellen Marie Turi Johan Hætta Anne Berit Somby')).toEqual(['Ellen Marie Turi', 'Johan Hætta', 'Anne Berit Somby']);
    expect(splitPersonList('Per Arne Elling Kari Nordmann')).toEqual(['Per Arne Elling', 'Kari Nordmann']);
  });

  it('cuts a flattened list set apart only by notes in parentheses and words in capitals, to where prose starts', () => {
    expect(
      splitPersonList('Ingvild Ask (vara) Lena Folkedal (vara) GJEKK Emma H. Pedersen Kristoffer Spissøy Erik Bloch (vara) Anna Sofie E. Valvatne (Nestleiar) Ingen innspel til saksliste'),
    ).toEqual(['Ingvild Ask (vara)', 'Lena Folkedal (vara) (GJEKK)', 'Emma H. Pedersen', 'Kristoffer Spissøy', 'Erik Bloch (vara)', 'Anna Sofie E. Valvatne (Nestleiar)']);
    // Given names alone, each closed by a note.
    expect(splitPersonList('Trond (FA) Tonje (FIN) Olav Christian (FLKI/Nestleder) Øyvind (FIN)')).toEqual(['Trond (FA)', 'Tonje (FIN)', 'Olav Christian (FLKI/Nestleder)', 'Øyvind (FIN)']);
    // No space before the parenthesis ("Ida Klemming(avtroppende leder)").
    expect(splitPersonList('Ida Klemming(avtroppende leder) Astrid Leite(styremedlem) Raymons Olsen(SU) Kjersti Mikkelborg, Veronika Heggen')).toEqual([
      'Ida Klemming (avtroppende leder)',
      'Astrid Leite (styremedlem)',
      'Raymons Olsen (SU)',
      'Kjersti Mikkelborg',
      'Veronika Heggen',
    ]);
    // Two people and a note are no run of this kind; nor a sentence with a note in it.
    expect(splitPersonList('Kari Moe (leder) og Per Dal')).toEqual(['Kari Moe (leder)', 'Per Dal']);
    expect(splitPersonList('Styret (alle) diskuterte budsjettet med NAV i Oslo')).toEqual(['Styret (alle) diskuterte budsjettet med NAV i Oslo']);
  });

  it('cuts a flattened name and function table, the function in lower case, to the next list\'s label', () => {
    expect(splitPersonList('Sten Kristian Røvik leder Thor Pettersen nestleder Johan Eldar Wingan Jarl Arthur Dyrvik Odd Larsen Kopi Møteansvarlig : Ordføreren Rådmannen')).toEqual([
      'Sten Kristian Røvik (leder)',
      'Thor Pettersen (nestleder)',
      'Johan Eldar Wingan',
      'Jarl Arthur Dyrvik',
      'Odd Larsen',
    ]);
    // Running text with a role word, and two people only, are no such run.
    for (const one of ['Kari Hansen leder arbeidsgruppen i kommunen', 'Kari Hansen leder Ola Berg nestleder', 'Styret ved leder Kari Hansen', 'Kari Hansen leder Ola Berg sekretær Per orienterte om saken']) {
      expect(splitPersonList(one)).toEqual([one]);
    }
  });

  it('full names each closed with a full stop ("Sverre Spildo. Hilde Hvidsten Bretvin")', () => {
    expect(splitPersonList('Sverre Spildo. Hilde Hvidsten Bretvin')).toEqual(['Sverre Spildo', 'Hilde Hvidsten Bretvin']);
    expect(splitPersonList('Kari N. Hansen')).toEqual(['Kari N. Hansen']);
  });

  it('not one person of many names, nor a run it cannot read whole', () => {
    for (const one of ['Anne Grete Moe Eide', 'Ole Martin Hansen', 'Kari Olsen A. Berg', 'Per Olsen Kari', 'Tor Arvid Myrseth Xyz Olsen Berg Dahl', 'Kari Olsen fra Hamar Per']) {
      expect(splitPersonList(one)).toEqual([one]);
    }
  });
});

describe('roleOf', () => {
  it.each<[string, string | null]>([
    ['møteleder', 'chair'],
    ['Møteleder:', 'chair'],
    ['mgteleder', 'chair'],
    ['sekretær', 'secretary'],
    ['sekretaer', 'secretary'],
    ['referent', 'minutes'],
    ['ref.', 'minutes'],
    ['vara', 'deputy'],
    ['gjest', 'guest'],
    ['kasserer', 'member'],
    ['kommune', null],
    ['Teams', null],
  ])('%s → %s', (word, role) => {
    expect(roleOf(word)).toBe(role);
  });
});

describe('isNameLike / isOrganisationLike', () => {
  it.each(['Eli Arnkværn Bryhni', 'Kari-Janne Hansen', 'PØK', 'Ole Emil Øygarden', 'Lars von Trier', "Ola O'Neill"])('%s is a name', (s) => {
    expect(isNameLike(s)).toBe(true);
  });
  it.each(['Oslo kommune', 'Godkjenning av innkalling', 'Ring 22 33 44 55', 'https://example.org', 'Et stort og komplisert tema som tar mer enn seks ord'])(
    '%s is not a name',
    (s) => {
      expect(isNameLike(s)).toBe(false);
    },
  );
  it.each(['Bærum kommune', 'Hamarregionen utvikling', 'Innovasjon Norge', 'CYB', 'ProgNett', 'Søndre Viken regionråd'])('%s is an organisation', (s) => {
    expect(isOrganisationLike(s)).toBe(true);
  });
  it.each(['Kari Nordmann', 'møteleder', ''])('%s is not an organisation', (s) => {
    expect(isOrganisationLike(s)).toBe(false);
  });
});

describe('front matter names people (referent:, ordstyrer:)', () => {
  const roles = (lines: string[]): Array<[string, string[]]> => parse(lines.join('\n')).attendees.map((a) => [a.name, a.roles]);

  it('gives the role to someone the attendee list already names, however the name is spaced', () => {
    const doc = ['---', 'referent: Kari  Nordmann', 'ordstyrer: Ola Hansen', '---', '', '# Referat styremøte', '', 'Til stede: Kari Nordmann, Ola Hansen, Per Olsen', '', '1. Sak en'];
    expect(roles(doc)).toEqual([
      ['Kari Nordmann', ['minutes']],
      ['Ola Hansen', ['chair']],
      ['Per Olsen', []],
    ]);
  });

  it('a first name alone is not matched to one of the listed people who share it', () => {
    const doc = ['---', 'referent: Kari', '---', '', '# Referat styremøte', '', 'Til stede: Ola Hansen, Kari Hansen, Kari Nordmann', '', '1. Sak en'];
    expect(roles(doc)).toEqual([
      ['Ola Hansen', []],
      ['Kari Hansen', []],
      ['Kari Nordmann', []],
      ['Kari', ['minutes']],
    ]);
  });

  it('adds someone the lists do not name, as present', () => {
    const doc = ['---', 'referent: Kari Nordmann', '---', '', '# Referat styremøte', '', 'Til stede: Ola Hansen', '', '1. Sak en'];
    expect(roles(doc)).toEqual([
      ['Ola Hansen', []],
      ['Kari Nordmann', ['minutes']],
    ]);
  });
});

describe('a body alone on a list is no person', () => {
  it.each(['Kontrollutvalet', 'Kontrollutvalget', 'Formannskapet', 'Representantskapet', 'Valnemnda', 'Idrettslaget', 'Servicekontoret', 'Kommunen', 'Administrasjonen', 'Skolen', 'Høgskulen'])('%s', (w) => {
    expect(isNameLike(w)).toBe(false);
  });
  it.each(['Unni', 'Michael', 'Kari Nordmann', 'Sunniva Dal'])('but %s is', (w) => {
    expect(isNameLike(w)).toBe(true);
  });
  it('a copy list keeps its people and leaves its bodies', () => {
    const doc = parse('Referat fra styremøte 5. mars 2024\n\nTil stede: Kari Lie, Per Dal\nKopi til: Kontrollutvalet, Formannskapet, Ola Nordmann\n\n1. Budsjett\nBudsjettet ble vedtatt.\n');
    expect(doc.invited.map((p) => p.name)).toEqual(['Ola Nordmann']);
  });
});

describe('an office or a body on a line of its own in a list of people', () => {
  it('is no person, and the list goes on after it (review)', () => {
    const present = parse('Referat fra styremøte 5. mars 2024\n\nTil stede:\nKari Berg\nOrganist\nOla Dahl\n\n1. Budsjett\nBudsjettet ble vedtatt.\n');
    expect(present.attendees.map((p) => p.name)).toEqual(['Kari Berg', 'Ola Dahl']);
    const copies = parse('Referat fra styremøte 5. mars 2024\n\nTil stede: Per Lie\nKopi til:\nKari Hansen\nØkonomikontoret\nOla Nordmann\nFormannskapet\nSiri Lie\n\n1. Budsjett\nBudsjettet ble vedtatt.\n');
    expect(copies.invited.map((p) => p.name)).toEqual(['Kari Hansen', 'Ola Nordmann', 'Siri Lie']);
  });
  it('a sentence still ends the list', () => {
    const doc = parse('Referat fra styremøte 5. mars 2024\n\nTil stede:\nKari Berg\nOla Dahl\nMøtet ble satt kl. 18.\n\n1. Budsjett\nBudsjettet ble vedtatt.\n');
    expect(doc.attendees.map((p) => p.name)).toEqual(['Kari Berg', 'Ola Dahl']);
  });
});

describe('a letter alone or a Roman numeral is no person', () => {
  it.each(['I', 'II', 'III', 'VII', 'XIV', 'XVII', 'K'])('%s is not a name', (s) => {
    expect(isNameLike(s)).toBe(false);
  });
  // The review: "IV" is someone's initials in "Tilstede: KN, PO, IV, TB" and "Referent: IV".
  it.each(['PØK', 'Ida', 'Vi', 'Liv', 'IV', 'VI'])('%s still is', (s) => {
    expect(isNameLike(s)).toBe(true);
  });
  it('an item number on a line of its own after a list of people ends the list', () => {
    const doc = ['PROTOKOLL fra møte i styret 15.9.2005.', '', 'Til stede for øvrig:', '', 'Kåre Rommetveit og Sverre Spildo.', '', '', 'I', '', 'Godkjenning av sakliste', 'Saklisten ble godkjent.'];
    expect(parse(doc.join('\n')).attendees.map((a) => a.name)).toEqual(['Kåre Rommetveit', 'Sverre Spildo']);
  });
});

describe('a notice\'s flattened list of who is called, functions in lower case', () => {
  it('each is invited', () => {
    const doc = [
      'FRØYA KOMMUNE Møteinnkalling',
      'Utvalg/styre/råd : Møte i kontrollutvalget i Frøya kommune',
      'Møtedato/tid : Torsdag 19. februar 2009 kl 09.00',
      'Deltagere : Sten Kristian Røvik leder Thor Pettersen nestleder Johan Eldar Wingan Jarl Arthur Dyrvik Odd Larsen Kopi Møteansvarlig : Ordføreren Rådmannen',
      'Sakliste:',
      'Sak 1/2009 Godkjenning av protokoll fra møte',
      'Sak 2/2009 Referatsaker',
    ];
    const r = parse(doc.join('\n'));
    expect(r.invited.map((a) => a.name)).toEqual(['Sten Kristian Røvik', 'Thor Pettersen', 'Johan Eldar Wingan', 'Jarl Arthur Dyrvik', 'Odd Larsen']);
    expect(r.attendees).toEqual([]);
  });
});

describe('a list written in sentences, and an office in lower case before a name', () => {
  it('cuts at each sentence when every entry is a full name', () => {
    expect(
      splitPersonList('Kåre Rommetveit og Sverre Spildo.  Lene Roska Aalén og Mona Viksøy fra Kollegiesekretariatet.  Torny E. Aarbakke og Silje Gripsrud fra Formidlingsavdelingen.  Kristen Haugland fra Forskningsavdelingen'),
    ).toEqual([
      'Kåre Rommetveit',
      'Sverre Spildo',
      'Lene Roska Aalén',
      'Mona Viksøy fra Kollegiesekretariatet',
      'Torny E. Aarbakke',
      'Silje Gripsrud fra Formidlingsavdelingen',
      'Kristen Haugland fra Forskningsavdelingen',
    ]);
  });
  it('not sentences of prose, nor a sentence about someone on the list', () => {
    expect(splitPersonList('Kari Moe orienterte om saken. Per Olsen spurte om budsjettet')).toEqual(['Kari Moe orienterte om saken. Per Olsen spurte om budsjettet']);
    const doc = ['Protokoll frå møte i soknerådet 12.03.2024', '', 'Forfall: - Frode Dyrkorn - Anne Sofie Valgermo. Frank Urke vara for Frode. Ingen vara for Anne Sofie.', '', 'Sak 1/24 Godkjenning av innkalling', 'Godkjent.'];
    expect(parse(doc.join('\n')).attendees.some((a) => a.name.startsWith('Frank Urke vara'))).toBe(false);
  });
  it('"viserektor for utdanning Berit R. Hanestad": the office and its field are left out of the name', () => {
    expect(splitPersonList('Prorektor Anne Gro V. Salvanes, viserektor for utdanning Berit R. Hanestad og viserektor for internasjonale relasjoner Kjersti Fløttum').map((e) => parsePerson(e)?.name)).toEqual([
      'Anne Gro V. Salvanes',
      'Berit R. Hanestad',
      'Kjersti Fløttum',
    ]);
    expect(parsePerson('leder for arbeidsgruppen Kari Moe')).toMatchObject({ name: 'Kari Moe', roles: [] });
    // A place after the office ("på Hurum") is no name, and no office word, no cut ("medlemmer i rådet Kari Moe").
    expect(parsePerson('leder i menighetsrådet på Hurum Elin')?.name).not.toBe('Hurum Elin');
    expect(parsePerson('mange i rådet Kari Moe')).toBeNull();
  });
});

describe('a clerical title before a name (a parish council\'s list)', () => {
  it.each([
    ['pater Janusz Fura', 'Janusz Fura'],
    ['Prest Kari Moe', 'Kari Moe'],
    ['biskop Erik Varden', 'Erik Varden'],
  ])('%s → %s', (input, name) => {
    expect(parsePerson(input)?.name).toBe(name);
  });
  it('alone it names nobody; a name that only looks like it stays', () => {
    expect(parsePerson('Pater')).toBeNull();
    expect(parsePerson('Peter Pedersen')?.name).toBe('Peter Pedersen');
    expect(parse('Referat fra menighetsrådsmøte 22. august 2006\n\nTilstede: pater Janusz Fura, Kjell I. Maudal og Mau Van Le\n\n1. Godkjenning').attendees.map((a) => a.name)).toEqual([
      'Janusz Fura',
      'Kjell I. Maudal',
      'Mau Van Le',
    ]);
  });
});

describe('a dash glued to the name before a note', () => {
  // Outside set g/705 (an FAU's minutes): "Rune Nordstrand-1.klasse" gave "Rune", "Kine Therese Sandvik- 2.klasse"
  // kept the dash in the name.
  it.each([
    ['Kine Therese Sandvik- 2.klasse', 'Kine Therese Sandvik'],
    ['Rune Nordstrand-1.klasse', 'Rune Nordstrand'],
    ['Hilde Jørgensen- fauleder', 'Hilde Jørgensen'],
    ['Bjørn Framnes-rektor', 'Bjørn Framnes'],
  ])('%s', (text, name) => {
    expect(parsePerson(text)?.name).toBe(name);
  });

  it.each([['Kari Hansen-Moe'], ['Anne-Lise Berg'], ['Ole-Petter Dal']])('a double name stays whole: %s', (text) => {
    expect(parsePerson(text)?.name).toBe(text);
  });
});

describe('review: roles before names in a flattened list, and a deputy standing in for an office', () => {
  const T = (x: string) => parse(`Referat fra styremøte 12. mars 2024\n\n${x}\n\n1. Budsjett\nBudsjettet ble vedtatt.\n`).attendees.map((a) => [a.name, a.roles]);
  it('"leder Kari Nilsen nestleder Per Olsen …": each role goes to the name after it', () => {
    expect(T('Tilstede: leder Kari Nilsen nestleder Per Olsen kasserer Ola Dal sekretær Nils Aas')).toEqual([
      ['Kari Nilsen', ['chair']],
      ['Per Olsen', ['member']],
      ['Ola Dal', ['member']],
      ['Nils Aas', ['secretary']],
    ]);
  });
  it('"vara for styreleder Per Olsen" does not make Per Olsen present', () => {
    expect(T('Tilstede: Kari Nilsen, vara for styreleder Per Olsen, Ola Dal').map(([n]) => n)).not.toContain('Per Olsen');
  });
  it('initials that read as a Roman numeral in a list are a person', () => {
    expect(T('Tilstede: KN, PO, IV, TB').map(([n]) => n)).toEqual(['KN', 'PO', 'IV', 'TB']);
  });
});

describe('parsePerson: when someone came or left is a note', () => {
  it.each([
    ['Kristin Sæther perm. fra kl. 1500', 'Kristin Sæther', 'perm. fra kl. 1500'],
    ['Janne K. Bjørnerås perm. mellom kl', 'Janne K. Bjørnerås', 'perm. mellom kl'],
    ['Kari Dal fra kl. 19', 'Kari Dal', 'fra kl. 19'],
    ['Kari Dal (perm. fra kl. 15)', 'Kari Dal', 'perm. fra kl. 15'],
    ['Kari Dal permisjon fra sak 3', 'Kari Dal', 'permisjon fra sak 3'],
  ])('%s', (input, name, note) => {
    expect(parsePerson(input, { allowLower: false })).toMatchObject({ name, note, organisation: null });
  });
  it('in parentheses, what stands before the time is read as ever (a review)', () => {
    expect(parsePerson('Kari Dal (leder, fra kl. 19.00)')).toMatchObject({ name: 'Kari Dal', roles: ['chair'], note: 'fra kl. 19.00' });
    expect(parsePerson('Ola Nes (vara for Per Berg fra sak 3)')).toMatchObject({ roles: ['deputy'], substituteFor: 'Per Berg', note: 'fra sak 3' });
    expect(parsePerson('Anne Lie (Ap, til sak 5)')).toMatchObject({ organisation: 'Ap', note: 'til sak 5' });
  });
  it('"v/" before a role word is the role ("Kari Dal v/leder"); before a name or a body, who came for whom', () => {
    expect(parsePerson('Kari Dal v/leder')).toMatchObject({ name: 'Kari Dal', roles: ['chair'] });
    expect(parsePerson('Eidanger menighetsråd v/tone Bryn')).toMatchObject({ name: 'Tone Bryn', organisation: 'Eidanger menighetsråd' });
    expect(parsePerson('Tove Lie v/ Deloitte AS')).toMatchObject({ name: 'Tove Lie', organisation: 'Deloitte AS' });
  });
  it('capitalised words are the name\'s', () => {
    expect(parsePerson('Per Til Sak')?.note).toBeNull();
  });
});
