/**
 * Shapes met in the twenty-fourth and twenty-fifth outside sets (a sokneråd, an SU, a sheep-farmers' board, a turlag's
 * annual meeting …), each with the reading it must not take.
 */
import { describe, expect, it } from 'vitest';
import { meeting, TWO_ITEMS } from '../helpers/meeting.js';

const names = (doc: ReturnType<typeof meeting>) => doc.attendees.map((a) => `${a.name}:${a.status}${a.roles.length ? `:${a.roles.join('/')}` : ''}`);

describe('attendance labels of the form "Disse var møtt:"', () => {
  it('read "Disse var møtt:" and "Desse var med:" as who came', () => {
    expect(names(meeting('Referat styremøte', 'Disse var møtt: Karin Sørensen, Solfrid Pedersen og Linda Noble-Strand', TWO_ITEMS))).toEqual([
      'Karin Sørensen:present',
      'Solfrid Pedersen:present',
      'Linda Noble-Strand:present',
    ]);
    expect(names(meeting('Referat styremøte', 'Desse var med: Reidar Kallestad og Kato Hilleren. Ola Steinsland meldte forfall.', TWO_ITEMS))).toEqual([
      'Reidar Kallestad:present',
      'Kato Hilleren:present',
      'Ola Steinsland:absent',
    ]);
  });

  it('not the words in a sentence without a colon', () => {
    const doc = meeting('Referat styremøte', 'Til stede: Kari Nordmann, Ola Hansen', '1. Budsjett\nDisse var med i arbeidet med budsjettet, sammen med Per Berg og Anne Lie.');
    expect(doc.attendees.map((a) => a.name)).toEqual(['Kari Nordmann', 'Ola Hansen']);
  });
});

describe('"og" before an office and a name', () => {
  it('splits "Svanhild Aksnes og 1. vara Lars Johan Tveit" into two people, the second a deputy', () => {
    expect(names(meeting('Referat styremøte', 'Til stede: Reidar Kallestad, Svanhild Aksnes og 1. vara Lars Johan Tveit', TWO_ITEMS))).toEqual([
      'Reidar Kallestad:present',
      'Svanhild Aksnes:present',
      'Lars Johan Tveit:present:deputy',
    ]);
    expect(names(meeting('Referat styremøte', 'Til stede: Reidar Kallestad og sekretær Anne Berg', TWO_ITEMS))).toEqual([
      'Reidar Kallestad:present',
      'Anne Berg:present:secretary',
    ]);
  });

  it('keeps a name whose surname follows "og" in lower case together', () => {
    expect(names(meeting('Referat styremøte', 'Til stede: Kari Nordmann og Per Olsen', TWO_ITEMS))).toEqual(['Kari Nordmann:present', 'Per Olsen:present']);
  });
});

describe('a list numbered "1." throughout', () => {
  it('numbers the points 1..n where a label and its value end the point before ("Vedtak: OK")', () => {
    const doc = meeting(
      'Referat årsmøte',
      'Disse var møtt: Kari Nordmann, Ola Hansen',
      ' 1. Godkjenning av innkalling og saksliste\n\nVedtak: OK',
      ' 1. Valg av møteleder\n\nMøteleder: Som møteleder ble valgt Kari Nordmann',
      ' 1. Årsberetning 2012\n\nÅrsberetningen ble gjennomgått.',
    );
    expect(doc.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 Godkjenning av innkalling og saksliste', '2 Valg av møteleder', '3 Årsberetning 2012']);
    expect(doc.items.every((i) => i.numberInferred)).toBe(true);
  });

  it('not a list under a label alone: the points are that label\'s', () => {
    const doc = meeting('Referat styremøte', 'Til stede: Kari Nordmann, Ola Hansen', 'Sak 1 Budsjett\n\nVedtak:\n\n1. Budsjettet godkjennes\n\n1. Regnskapet godkjennes\n\n1. Styret får fullmakt');
    expect(doc.items.map((i) => i.number)).toEqual(['1']);
    // With full stops too (the parent numbered these 1, 2, 3 as items).
    const stops = meeting('Referat styremøte', 'Til stede: Kari Nordmann, Ola Hansen', 'Sak 1 Budsjett\n\nVedtak:\n\n1. Budsjettet godkjennes.\n\n1. Regnskapet godkjennes.\n\n1. Styret får fullmakt.');
    expect(stops.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 Budsjett']);
  });
});

describe('a notice that says the meeting is held ("Det avvikles møte …")', () => {
  const notice = (members: string) =>
    meeting('Det avvikles møte i komite for motorferdsel tirsdag 8. mars 2022 klokken 1800 i kommunestyresalen.', 'Saksliste:\n1. Konstituering\n2. Mandat', members);

  it('is a notice, held in the room it names in lower case, its members called', () => {
    const doc = notice('Komiteens medlemmer er:\nRolf Nordhaug, leder\nOddvar Samuelsen\nMarvin Eliseussen');
    expect(doc.kind).toBe('innkalling');
    expect(doc.meeting.location).toBe('kommunestyresalen');
    expect(doc.invited.map((p) => p.name)).toEqual(['Rolf Nordhaug', 'Oddvar Samuelsen', 'Marvin Eliseussen']);
  });

  it('not new members named in an item, nor a lower-case word that is no room', () => {
    expect(notice('Nye medlemmer:\nRolf Nordhaug\nOddvar Samuelsen').invited).toEqual([]);
    const later = meeting('Det holdes møte i komiteen tirsdag 8. mars 2022 kl. 18.00 i alle fall.', 'Saksliste:\n1. Konstituering\n2. Mandat');
    expect(later.meeting.location).toBeNull();
  });
});

describe('a list of people with no label, before the items', () => {
  const top = 'Åse Marit Hovden (nestleder SU)\n\nVidar Fossum (leder SU)\n\nMarianne Hovden (politisk valgt representant)\n\nLine Slevikmoen (repr. lærere)forfall. Line Nilsen møtte som vara.\n\nOdd Henning Bentsen (sekretær)';

  it('is who came, with the absent one and the deputy who came for her', () => {
    expect(names(meeting('SU referat 22.11.16', top, TWO_ITEMS))).toEqual([
      'Åse Marit Hovden:present:member',
      'Vidar Fossum:present:chair',
      'Marianne Hovden:present',
      'Line Slevikmoen:absent',
      'Line Nilsen:present:deputy',
      'Odd Henning Bentsen:present:secretary',
    ]);
  });

  it('not two such lines, nor lines under an item, nor where a list is labelled', () => {
    expect(meeting('SU referat 22.11.16', 'Åse Marit Hovden (nestleder SU)\n\nVidar Fossum (leder SU)', TWO_ITEMS).attendees).toEqual([]);
    expect(meeting('SU referat 22.11.16', `1. Valg\n\n${top}`, '2. Eventuelt\nIngen saker.').attendees).toEqual([]);
    expect(names(meeting('SU referat 22.11.16', 'Til stede: Kari Nordmann', top, TWO_ITEMS))).toEqual(['Kari Nordmann:present']);
  });
});

describe('a post\'s date above the minutes\' title', () => {
  it('gives way to the date of the meeting the title names ("styremøte torsdag 14. mai 2015")', () => {
    const doc = meeting('mandag 25. mai 2015', 'Protokoll fra styremøte torsdag 14. mai 2015 kl 1800', 'Til stede: Ove Straume, Tor Reistadbakk', TWO_ITEMS);
    expect(doc.meeting.date).toBe('2015-05-14');
  });

  it('stands when the title names no date', () => {
    const doc = meeting('mandag 25. mai 2015', 'Protokoll fra styremøtet', 'Til stede: Ove Straume, Tor Reistadbakk', TWO_ITEMS);
    expect(doc.meeting.date).toBe('2015-05-25');
  });
});

describe('a time label without its colon', () => {
  it('reads "Tidspunkt Kl. 14.00 til kl. 17.00" and "Tid kl. 19.00 - 21.00" as the meeting\'s time', () => {
    for (const [line, start, end] of [['Tidspunkt Kl. 14.00 til kl. 17.00', '14:00', '17:00'], ['Tid kl. 19.00 - 21.00', '19:00', '21:00']] as const) {
      const doc = meeting(`Referat fra 20. mars 2001\nTilstede: Jon Erling Hagen, Anne Balstad\nSted: Løkkeåsveien 2.\n${line}`, TWO_ITEMS);
      expect([doc.meeting.start, doc.meeting.end]).toEqual([start, end]);
    }
  });

  it('not a line that opens with "Tid" and talks of something else', () => {
    const doc = meeting('Referat fra 20. mars 2001\nTilstede: Jon Erling Hagen, Anne Balstad\nTid brukt på saken: 2 timer', TWO_ITEMS);
    expect(doc.meeting.start).toBeNull();
  });
});

describe('a room in lower case where the meeting was held', () => {
  const held = (sentence: string) => meeting('Møtereferat soknerådsmøte måndag 08.04.2024', sentence, 'Desse møtte: Gro Tove Sandnes, Ivar Dahl.', 'Sak 11/24 Strategi\n\nVedtak: Godkjent.');

  it('is the place ("Møtet vart halde måndag 08.04.2024 kl.19.30 i kommunestyresalen.")', () => {
    expect(held('Møtet vart halde måndag 08.04.2024 kl.19.30 i kommunestyresalen.').meeting.location).toBe('kommunestyresalen');
  });

  it('not a phrase in lower case that is no room ("i god stemning")', () => {
    expect(held('Møtet ble holdt mandag 08.04.2024 kl. 19.30 i god stemning.').meeting.location).toBeNull();
  });
});

describe('a sentence under a role label', () => {
  const doc = meeting(
    'Referat årsmøte 2013',
    'Disse var møtt: Einar Pettersen, Linda Noble-Strand, Gøril Sørensen',
    '1. Godkjenning av innkalling\n\nVedtak: OK',
    '2. Valg av møteleder og møtereferent\n\nMøteleder: Som møteleder ble valgt Einar Pettersen\n\nMøtereferent: Som referent ble valgt Linda Noble-Strand',
  );

  it('is no one\'s name ("Som møteleder ble valgt Einar Pettersen"), but the election\'s outcome', () => {
    expect(doc.attendees.map((a) => a.name)).toEqual(['Einar Pettersen', 'Linda Noble-Strand', 'Gøril Sørensen']);
    expect(doc.items[1]!.decisions.map((d) => d.text)).toEqual(['Møteleder: Som møteleder ble valgt Einar Pettersen', 'Møtereferent: Som referent ble valgt Linda Noble-Strand']);
  });
});

describe('"Det ble konkludert med at …"', () => {
  it('is a decision, as "Vi konkluderte med at …" is', () => {
    const doc = meeting('Referat styremøte', 'Til stede: Kari Nordmann, Ola Hansen', '1. Strategisamling\nDet ble konkludert med at det er viktig med gode diskusjoner lokalt. Det ble også konkludert med at det bør være styremøter før regionale møter.');
    expect(doc.items[0]!.decisions.map((d) => d.text)).toEqual([
      'Det ble konkludert med at det er viktig med gode diskusjoner lokalt.',
      'Det ble også konkludert med at det bør være styremøter før regionale møter.',
    ]);
  });

  it('not a question whether one concluded', () => {
    const doc = meeting('Referat styremøte', 'Til stede: Kari Nordmann, Ola Hansen', '1. Strategisamling\nHva det ble konkludert med, er uklart.');
    expect(doc.items[0]!.decisions).toEqual([]);
  });
});

describe('people listed by given name, their full names in the signatures', () => {
  it('take the one signature that opens with the name ("Knut Løyland Håkon Leth-Olsen" / "Sekretær Leder")', () => {
    const doc = meeting('Styremøtereferat 02.03.2021', 'Til stede: Håkon, Lars, Erling og Knut', TWO_ITEMS, 'Skien 12.03.2021\nKnut Løyland Håkon Leth-Olsen\nSekretær Leder');
    expect(doc.attendees.map((a) => a.name)).toEqual(['Håkon Leth-Olsen', 'Lars', 'Erling', 'Knut Løyland']);
  });

  it('not across a comma, nor when two listed people share the name, nor a name further up', () => {
    const comma = meeting('Styremøtereferat 02.03.2021', 'Til stede: Marte, Terje og Lars', TWO_ITEMS, 'Kopi: Marte, Terje, Arketypegjengen');
    expect(comma.attendees.map((a) => a.name)).toEqual(['Marte', 'Terje', 'Lars']);
    const two = meeting('Styremøtereferat 02.03.2021', 'Til stede: Knut, Knut Hansen og Lars', TWO_ITEMS, 'Knut Løyland');
    expect(two.attendees.map((a) => a.name)).toEqual(['Knut', 'Knut Hansen', 'Lars']);
    const early = meeting('Styremøte Storm Ski 02.03.2021\nForfatter: Håkon Hamberg Riddervold', 'Til stede: Håkon, Lars og Erling', '1. Budsjett\nBudsjettet ble vedtatt.', '2. Eventuelt\nIngen saker.\n\nNeste møte 5. mai.\n\nSkien 12.03.2021\nLars Berg');
    expect(early.attendees.map((a) => a.name)).toEqual(['Håkon', 'Lars Berg', 'Erling']);
  });
});

describe('an agenda restated below it by its numbers, the titles worded otherwise (outside set z)', () => {
  const agenda = 'Årsmøte i Austjord musikkorps ble avholdt onsdag 20. februar 2019, kl. 18.00.\n\nFølgende saker ble behandlet:\n\n1. Valg av møteleder og møtereferent\n\n2. Årsberetning 2018\n\n3. Fastsetting av kontingent for 2019\n\n4. Valg.\n\nProtokoll fra årsmøte i Austjord musikkorps 20. februar 2019\nTil stede: Kari Nordmann, Ola Hansen og Per Berg.';

  it('takes the proceedings\' paragraphs as the items, with the list\'s titles', () => {
    const doc = meeting(agenda, '1.Valg av møteleder og referent. Roar Lie ble valgt som møteleder.\n2. Årsberetning for 2O18. Årsberetningen ble godkjent.\n3. Fostsetting av kontingenlen for 2019. Årsmøtet sluttet seg enstemmig til dette.\n4. Valg Roar foreslo valgkomiteens innstilling. Han ble valgt.');
    expect(doc.items.map((i) => [i.number, i.title, i.decisions.map((d) => d.text)])).toEqual([
      ['1', 'Valg av møteleder og møtereferent', ['Roar Lie ble valgt som møteleder.']],
      ['2', 'Årsberetning 2018', ['Årsberetningen ble godkjent.']],
      ['3', 'Fastsetting av kontingent for 2019', ['Årsmøtet sluttet seg enstemmig til dette.']],
      ['4', 'Valg', ['Han ble valgt.']],
    ]);
  });

  it('not numbers below that tell of other things', () => {
    const doc = meeting(agenda, '1. Kari Nordmann åpnet møtet.\n2. Medlemmene fikk kaffe.\n3. Neste øving blir tirsdag.\n4. Per Berg takket for seg.');
    expect(doc.items.map((i) => i.title)).toEqual(['Valg av møteleder og møtereferent', 'Årsberetning 2018', 'Fastsetting av kontingent for 2019', 'Valg']);
    expect(doc.items[0]!.decisions).toEqual([]);
  });
});

describe('an exception in parentheses in the list of who came', () => {
  it('makes those it names absent ("styret (unntatt Sissel H, Sissel T og Erling Fodnæss)")', () => {
    const doc = meeting('Protokoll fra årsmøte 20. februar 2019', 'Til stede: Alle musikantene, styret (unntatt Sissel Hansen og Erling Fodnæss), dirigent og Reidun Hagen.', TWO_ITEMS);
    expect(names(doc)).toEqual(['Sissel Hansen:absent', 'Erling Fodnæss:absent', 'Reidun Hagen:present']);
  });

  it('not another note in parentheses', () => {
    const doc = meeting('Protokoll fra årsmøte 20. februar 2019', 'Til stede: Kari Nordmann (leder), Reidun Hagen (kasserer)', TWO_ITEMS);
    expect(doc.attendees.map((a) => `${a.name}:${a.status}`)).toEqual(['Kari Nordmann:present', 'Reidun Hagen:present']);
  });
});

describe('officials elected on the heading line of a numbered paragraph', () => {
  it('are attendees ("1.Valg av møteleder og referent. Roar ble valgt som møteleder. Gro ble valgt som referent.")', () => {
    const doc = meeting('Protokoll fra årsmøte 20. februar 2019', 'Til stede: Reidun Hagen og Kari Nordmann.', '1. Valg av møteleder og referent. Roar ble valgt som møteleder. Gro ble valgt som referent.\n2. Årsberetning. Årsberetningen ble godkjent.');
    expect(names(doc)).toContain('Roar:present:chair');
    expect(names(doc)).toContain('Gro:present:minutes');
  });
});

describe('a date with a slash and a dash, a bare clock after it (outside set z)', () => {
  it('reads "21/4-2011, 17.00" and "12. mars 2024 18.00"', () => {
    const agenda = (title: string) => meeting(title, '1. Velkommen ved leder\n2. Godkjenning av innkalling');
    expect([agenda('Sakliste for årsmøtet skjærtorsdag 21/4-2011, 17.00.').meeting.date, agenda('Sakliste for årsmøtet skjærtorsdag 21/4-2011, 17.00.').meeting.start]).toEqual(['2011-04-21', '17:00']);
    expect(agenda('Sakliste for styremøte 12. mars 2024 18.00').meeting.start).toBe('18:00');
    expect(agenda('Sakliste for styremøte 21/4 2011').meeting.date).toBe('2011-04-21');
  });

  it('not a case number with its year, nor a second date', () => {
    const doc = meeting('Referat fra styremøte 12. mars 2024', 'Til stede: Kari Nilsen, Per Olsen', 'Sak 14/37 Budsjett\nGodkjent.\n\nSak 15/37 Dugnad\nGodkjent.');
    expect(doc.meeting.date).toBe('2024-03-12');
    expect(meeting('Styremøte 12.03.2024 18.03.2024', TWO_ITEMS).meeting.start).toBeNull();
  });
});

describe('a place word alone in lower case after the clock (outside set z)', () => {
  it('is the place ("… kl. 19.30 på skulen.")', () => {
    const doc = meeting('Styremøte i Bygdelaget måndag 26. januar 2009 kl. 19.30 på skulen.', 'Tilstades: Bjørg Samland, Johnny Eiken.', TWO_ITEMS);
    expect(doc.meeting.location).toBe('skulen');
  });
});

describe('a web article about a meeting (outside sets y and z)', () => {
  it('is no meeting document: its credits or publishing date, no one present, no items', () => {
    const doc = meeting('Foto: Jo Gjeldnes', 'Utsett årsmøtet til den 16.juni', 'Todalen Grendalag sitt årsmøte var beramma til måndag 15.april. På det digitale styremøtet vart det vedteke å utsette årsmøtet til onsdag 16.juni kl. 19:00.', 'Publisert: 19. mars 2021, 15:06');
    expect(doc.kind).toBe('unknown');
    expect(doc.diagnostics.map((d) => d.rule)).toContain('not-a-meeting-document');
  });

  it('not minutes that say when they were published', () => {
    const doc = meeting('Referat fra styremøte 12. mars 2024', 'Til stede: Kari Nilsen, Per Olsen', TWO_ITEMS, 'Publisert: 14. mars 2024');
    expect(doc.kind).toBe('referat');
  });
});

describe('a numbered list whose numbers were exported as a column before their titles (outside set z)', () => {
  it('pairs "1." … "4." with the four lines under them', () => {
    const doc = meeting('Referat FAU-møte, 17.02.2015\nTil stede: Elisa Uhr, Marianne Bartnes\n1.\n2.\n3.\n4.\nValg av referent: Øystein Eeg\nInnkalling godkjent\nGodkjenning av referat. Referatet ligger på FAU sin side. Referat ble godkjent.\nSaken om trafikken. Saken utsettes til neste møte.');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Valg av referent'],
      ['2', 'Innkalling godkjent'],
      ['3', 'Godkjenning av referat'],
      ['4', 'Saken om trafikken'],
    ]);
    expect(doc.items[2]!.decisions.map((d) => d.text)).toEqual(['Referat ble godkjent.']);
  });

  it('not two numbers alone, nor numbers out of order', () => {
    expect(meeting('Referat FAU-møte, 17.02.2015\nTil stede: Elisa Uhr, Marianne Bartnes\n1.\n2.\nValg av referent\nInnkalling godkjent').items.map((i) => i.title)).not.toContain('Valg av referent');
    expect(meeting('Referat FAU-møte, 17.02.2015\nTil stede: Elisa Uhr, Marianne Bartnes\n1.\n3.\n2.\nValg av referent\nInnkalling godkjent\nBudsjett').items.map((i) => i.title)).not.toContain('Innkalling godkjent');
  });
});

describe('titles opening with a date, and a semicolon before what was said (outside set z)', () => {
  const items = (...lines: string[]) => meeting('Referat FAU-møte 17.02.2015', 'Til stede: Elisa Uhr, Marianne Bartnes', lines.join('\n')).items.map((i) => `${i.number} ${i.title}`);

  it('reads "7. 17 mai (bod på Nesttun)" as item 7, and cuts "Smøråsspretten; Datoen er satt til 12.april." at the semicolon', () => {
    expect(items('6. Smøråsspretten; Datoen er satt til 12.april. Arbeidet er i gang.', '7. 17 mai (bod på Nesttun)', '8. Oppmøte på FAU-møtene')).toEqual([
      '6 Smøråsspretten',
      '7 17 mai (bod på Nesttun)',
      '8 Oppmøte på FAU-møtene',
    ]);
  });

  it('keeps a title whose semicolon parts two names of the matter, and a date alone is no item', () => {
    expect(items('1. Budsjett; drift og investering', '2. Forvaltningsrevisjonsrapport; Oppfølging av klima- og energiplanen')).toEqual([
      '1 Budsjett; drift og investering',
      '2 Forvaltningsrevisjonsrapport; Oppfølging av klima- og energiplanen',
    ]);
    expect(items('1. Budsjett', '2. Regnskap', '17. mai feires på skolen.')).toEqual(['1 Budsjett', '2 Regnskap']);
  });
});

describe('a numbered list of dates', () => {
  it('is no agenda ("1. 15. januar" / "2. 12. mars kl. 18" / "3. 14. mai 2024")', () => {
    const doc = meeting('Referat styremøte 12.03.2024', 'Til stede: Kari Nilsen, Per Olsen', 'Møteplan for våren:\n1. 15. januar\n2. 12. mars kl. 18\n3. 14. mai 2024', 'Sak 1 Budsjett\nGodkjent.\n\nSak 2 Regnskap\nGodkjent.');
    expect(doc.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 Budsjett', '2 Regnskap']);
  });
});

describe('a pointer to the papers after a title (outside set z)', () => {
  it('is no part of it ("Godkjenning av innkalling (Vedlegg: Innkalling)", "… (se vedlegg)")', () => {
    const doc = meeting('Protokoll fra menighetsrådsmøte 17.11.2022', 'Til stede: Kari Nilsen, Per Olsen', 'Sak 72/22: Godkjenning av innkalling (Vedlegg: Innkalling)\nInnkalling godkjent.\n\nSak 73/22: Budsjett 2023 (se vedlegg)\nBudsjettet ble vedtatt.');
    expect(doc.items.map((i) => i.title)).toEqual(['Godkjenning av innkalling', 'Budsjett 2023']);
  });

  it('not other words in parentheses ("Årsmøte (digitalt)")', () => {
    const doc = meeting('Protokoll fra menighetsrådsmøte 17.11.2022', 'Til stede: Kari Nilsen, Per Olsen', 'Sak 72/22: Årsmøte (digitalt)\nGodkjent.\n\nSak 73/22: Budsjett 2023\nBudsjettet ble vedtatt.');
    expect(doc.items.map((i) => i.title)).toEqual(['Årsmøte (digitalt)', 'Budsjett 2023']);
  });
});

describe('a name alone under the election of one office (outside set z)', () => {
  it('is who was elected ("Valg av referent: Øystein Eeg")', () => {
    const doc = meeting('Referat FAU-møte 17.02.2015', 'Til stede: Elisa Uhr, Øystein Eeg', '1. Valg av referent: Øystein Eeg\n2. Budsjett\nBudsjettet ble vedtatt.');
    expect(doc.items[0]!.decisions.map((d) => d.text)).toEqual(['Øystein Eeg']);
  });

  it('not a name under another matter, nor under the election of a board', () => {
    const doc = meeting('Referat FAU-møte 17.02.2015', 'Til stede: Elisa Uhr, Øystein Eeg', '1. Orientering fra rektor\nKari Hansen\n2. Valg av styre\nØystein Eeg\n3. Budsjett\nBudsjettet ble vedtatt.');
    expect(doc.items.slice(0, 2).map((i) => i.decisions.length)).toEqual([0, 0]);
  });
});

describe('"fortsetter også som" (outside set z)', () => {
  const decisionsOf = (s: string) => meeting('Referat styremøte 12.03.2024', 'Til stede: Kari Nilsen, Per Olsen', `1. Valg\n${s}`, '2. Eventuelt\nIngen saker.').items[0]!.decisions.map((d) => d.text);

  it('is a decision as "sitter videre som" is ("Styret fortsetter også som valgkomite.")', () => {
    expect(decisionsOf('Styret fortsetter også som valgkomite.')).toEqual(['Styret fortsetter også som valgkomite.']);
  });

  it('not carrying on as before ("Vi fortsetter også som før med møtene.", "… videre som vanlig.")', () => {
    expect(decisionsOf('Vi fortsetter også som før med møtene.')).toEqual([]);
    expect(decisionsOf('Vi fortsetter videre som vanlig.')).toEqual([]);
  });
});
