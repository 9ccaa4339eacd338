/** segment/reflow.ts: a flattened page (PDF transcript) cut back into lines. */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { toLines } from '../src/segment/lines.js';
import { FLAT_MIN, reflow } from '../src/segment/reflow.js';

const PAGE =
  '1 MØTEBOK STYREMØTE I BAKKELI VEL Tid: Fredag 4. april 2014, kl 10:00-12:00 Sted: Grendehuset, lillesalen ' +
  'Tilstede: Kari Nordmann, Ola Hansen og Per Berg Forfall: Lise Dahl SAK 29/14 GODKJENNING AV INNKALLING ' +
  'Innkallingen ble godkjent. SAK 30/14 BUDSJETT FOR 2014 Vedtak: Budsjettet ble vedtatt. Side 1 av 1';

const parts = (text: string) => reflow(toLines(text)).map((l) => l.text);

describe('reflow', () => {
  it('cuts a flattened page before labels, case numbers and the page footer, and drops the page number', () => {
    expect(parts(PAGE)).toEqual([
      'MØTEBOK STYREMØTE I BAKKELI VEL',
      'Tid: Fredag 4. april 2014, kl 10:00-12:00',
      'Sted: Grendehuset, lillesalen',
      'Tilstede: Kari Nordmann, Ola Hansen og Per Berg',
      'Forfall: Lise Dahl',
      'SAK 29/14 GODKJENNING AV INNKALLING',
      'Innkallingen ble godkjent.',
      'SAK 30/14 BUDSJETT FOR 2014',
      'Vedtak: Budsjettet ble vedtatt.',
      'Side 1 av 1',
    ]);
  });

  it('cuts a shorter agenda line that holds later cases ("Sak 70/19 … Sak 71/19 … Sak 72/19 …")', () => {
    expect(parts('Sak 70/19 Datoer for rådsmøter våren 2019 Sak 71/19 Regnskapsrapport per 1. november 2019 Sak 72/19 Budsjett 2020')).toEqual([
      'Sak 70/19 Datoer for rådsmøter våren 2019',
      'Sak 71/19 Regnskapsrapport per 1. november 2019',
      'Sak 72/19 Budsjett 2020',
    ]);
    // Not an earlier case the title refers to, nor a paragraph that mentions a case.
    expect(parts('Sak 70/19 Oppfølging av Sak 12/19 Budsjett')).toEqual(['Sak 70/19 Oppfølging av Sak 12/19 Budsjett']);
    expect(parts('Styret drøftet Sak 12/19 Budsjett og Sak 13/19 Regnskap.')).toEqual(['Styret drøftet Sak 12/19 Budsjett og Sak 13/19 Regnskap.']);
  });

  it('cuts a shorter line of header fields run together, the commas between them left out', () => {
    expect(parts('Sted: Baker Hansens lokaler, Adamstuen, Tid: Fra kl. 16.30 til kl. 18.00, Til stede: Arild Kjerschow, Sissel Ledang')).toEqual([
      'Sted: Baker Hansens lokaler, Adamstuen',
      'Tid: Fra kl. 16.30 til kl. 18.00',
      'Til stede: Arild Kjerschow, Sissel Ledang',
    ]);
    // Not a line that opens with a label whose later colon ends no label, nor one that does not open with a field, nor an action's labels.
    expect(parts('Tid: vi brukte tid på: budsjettet, og Sak: regnskapet')).toEqual(['Tid: vi brukte tid på: budsjettet, og Sak: regnskapet']);
    expect(parts('Vi avtalte tid: neste uke. Sted: hos Kari.')).toEqual(['Vi avtalte tid: neste uke. Sted: hos Kari.']);
    expect(parts('Tiltak: Kjøpe scooter. Ansvar: Per. Frist: 1. mai')).toEqual(['Tiltak: Kjøpe scooter. Ansvar: Per. Frist: 1. mai']);
  });

  it('cuts before a case number written against its prefix ("Sak14/36")', () => {
    expect(parts(`Referent: Anna Karin Vedtak: Godkjent Sak14/36 ORIENTERINGSSAKER Info om dei tilsette ${'x '.repeat(FLAT_MIN / 2)}`).map((t) => t.slice(0, 16))).toContain('Sak14/36 ORIENTE');
  });

  it('numbers the lines again and keeps each one\'s input line and offset', () => {
    const lines = reflow(toLines(`Overskrift\n${PAGE}\nSiste linje`));
    expect(lines.map((l) => l.n)).toEqual(lines.map((_, i) => i + 1));
    const sted = lines.find((l) => l.text.startsWith('Sted:'))!;
    expect(sted.input).toBe(2);
    expect(PAGE.slice(sted.start!, sted.start! + 5)).toBe('Sted:');
    expect(lines.at(-1)!).toMatchObject({ text: 'Siste linje', input: 3 });
  });

  it('cuts a run of bare case numbers of one year, and a run of 1. 2. 3.', () => {
    const agenda = 'Saksliste 19/13 ÅRSMØTE FORBEREDELSER 20/13 MUSIKK I SKOLEN 21/13 HØRINGSUTTALELSE ' + 'x'.repeat(FLAT_MIN);
    expect(parts(agenda).slice(0, 4)).toEqual(['Saksliste', '19/13 ÅRSMØTE FORBEREDELSER', '20/13 MUSIKK I SKOLEN', `21/13 HØRINGSUTTALELSE ${'x'.repeat(FLAT_MIN)}`]);
    const list = `Dagsorden: 1. Godkjenning av innkalling 2. Valg av referent 3. Budsjett ${'og mer tekst '.repeat(20)}`;
    expect(parts(list).slice(0, 4)).toEqual(['Dagsorden:', '1. Godkjenning av innkalling', '2. Valg av referent', expect.stringMatching(/^3\. Budsjett/)]);
  });

  it('cuts the points of an item numbered within it where two run on (4.1., 4.2.), not one alone (outside set o/1411)', () => {
    const agenda = `Dagsorden: 1. Velkomst 2. Konstituering 3. Utvalg 3.1. AU - Arbeidsutvalget 3.2. UK Uttakningskomiteen 4. Økonomi ${'og mer tekst '.repeat(20)}`;
    expect(parts(agenda).slice(0, 7)).toEqual([
      'Dagsorden:',
      '1. Velkomst',
      '2. Konstituering',
      '3. Utvalg',
      '3.1. AU - Arbeidsutvalget',
      '3.2. UK Uttakningskomiteen',
      expect.stringMatching(/^4\. Økonomi/),
    ]);
    const one = `Dagsorden: 1. Velkomst 2. Versjon 2.1. Neste steg 3. Økonomi ${'og mer tekst '.repeat(20)}`;
    expect(parts(one)).toContain('2. Versjon 2.1. Neste steg');
  });

  it("a saksliste table's run of case numbers, each with the archive's case number before its title", () => {
    const table = `SAKSLISTE Utvalgssaksnr. Arkivsaksnr. Tittel ${'Møte i kommunestyret '.repeat(8)}56/09 09/810 GODKJENNING AV PROTOKOLL 57/09 09/805 SØKNAD OM FRITAK 58/09 09/711 OU-PROSESS`;
    expect(parts(table).slice(-3)).toEqual(['56/09 09/810 GODKJENNING AV PROTOKOLL', '57/09 09/805 SØKNAD OM FRITAK', '58/09 09/711 OU-PROSESS']);
    // A transcript keeps "14/" of "14/00708-14"; a number lost ("/14") still opens its item.
    const kept = `SAKSKART Side Vedtakssaker ${'Styremøte i høgskulestyret '.repeat(6)}48/14 14/ Godkjenning av innkalling 3 49/14 14/ Godkjenning av møtebok /14 14/ Strukturmeldinga 5`;
    expect(parts(kept).slice(-3)).toEqual(['48/14 14/ Godkjenning av innkalling 3', '49/14 14/ Godkjenning av møtebok', '/14 14/ Strukturmeldinga 5']);
    // One such pair alone in prose is no run: no cut.
    const prose = `Styret viste til ${'tidligere behandling i kommunestyret og formannskapet '.repeat(4)}sak 56/09 09/810 Godkjenning av protokoll, som ble vedtatt.`;
    expect(parts(prose)).toEqual([prose]);
  });

  it('labels of several words in capitals, and every case prefix items.ts reads', () => {
    const raw = `Referat ${'fra møtet i styret '.repeat(8)}TIL STEDE: Kari, Ola MELDT FORFALL: Per V-SAK 2 Budsjett for året Vedtatt. Punkt 3 Eventuelt Ingen saker.`;
    expect(parts(raw).slice(1)).toEqual(['TIL STEDE: Kari, Ola', 'MELDT FORFALL: Per', 'V-SAK 2 Budsjett for året Vedtatt.', 'Punkt 3 Eventuelt Ingen saker.']);
  });

  it('a case number with a body code, and not again at its number', () => {
    const raw = `Saksliste ${'for styremøtet '.repeat(12)}Sak STY 28/03 Godkjenning av innkalling Sak STY 29/03 Godkjenning av saksliste`;
    expect(parts(raw).slice(-2)).toEqual(['Sak STY 28/03 Godkjenning av innkalling', 'Sak STY 29/03 Godkjenning av saksliste']);
  });

  it("ends a title in ordinary case where the item's text starts, not where a name in the title does", () => {
    // In the minutes: the sentence after the title is the item's text.
    const minutes = `Referat ${'fra møtet i styret '.repeat(10)}Sak 09/2016 Åpen post Vær oppmerksom på at søknadsfristen er 1. mars. Sak 10/2016 Eventuelt Ingen saker.`;
    expect(parts(minutes).slice(1)).toEqual(['Sak 09/2016 Åpen post', 'Vær oppmerksom på at søknadsfristen er 1. mars.', 'Sak 10/2016 Eventuelt Ingen saker.']);
    // In an agenda the next case follows within a few words: a capitalised name or subtitle is the title's own.
    const agenda =
      `Sakliste: ${'Saker til behandling i kontrollutvalget '.repeat(5)}Sak 4/2009 Plan for forvaltningsrevisjon for Frøya kommune for 2009 ` +
      'Sak 6/2009 Forum for kontroll og tilsyn Eventuelt medlemskap for kontrollutvalget Sak 7/2009 Tidsbruk i 2008';
    expect(parts(agenda).slice(-3)).toEqual([
      'Sak 4/2009 Plan for forvaltningsrevisjon for Frøya kommune for 2009',
      'Sak 6/2009 Forum for kontroll og tilsyn Eventuelt medlemskap for kontrollutvalget',
      'Sak 7/2009 Tidsbruk i 2008',
    ]);
  });

  it('goes on with a title after a word no title ends with ("av", "ved"), and cuts after another', () => {
    const agenda = `Saksliste: ${'Saker til behandling i styret '.repeat(6)}Sak STY 36/03 Nedleggelse av Bachelor i ingeniørfag, grafisk og to-årig høgskolekandidat i data- og multimedieteknikk side 40 Sak STY 37/03 Budsjett`;
    expect(parts(agenda).slice(-2)).toEqual([
      'Sak STY 36/03 Nedleggelse av Bachelor i ingeniørfag, grafisk og to-årig høgskolekandidat i data- og multimedieteknikk side 40',
      'Sak STY 37/03 Budsjett',
    ]);
    const minutes = `Referat ${'fra møtet i styret '.repeat(10)}Sak 09/2016 Nedleggelse av studiet Styret vedtok å legge ned studiet fra høsten. Sak 10/2016 Eventuelt Ingen saker.`;
    expect(parts(minutes).slice(1, 3)).toEqual(['Sak 09/2016 Nedleggelse av studiet', 'Styret vedtok å legge ned studiet fra høsten.']);
  });

  it('cuts a flattened table of people into its header and rows: name, role, party, and a note after it', () => {
    const raw =
      'Utval: Fylkestinget Faste medlemer som møtte: Namn Funksjon Representerer Tove-Lise Torve Leiar AP ' +
      'Per Vidar Klee Kjølmoen Nestleiar AP Siv Katrin Ulla Medlem AP forfall 19.4 Carl Johansen Medlem MDG - forfall ' +
      'Pål Farstad Medlem V Møtet vart opna av fylkesordføraren, som ønskte velkommen til det første fjernmøtet i år.';
    expect(parts(raw).slice(2)).toEqual([
      'Namn Funksjon Representerer',
      'Tove-Lise Torve Leiar AP',
      'Per Vidar Klee Kjølmoen Nestleiar AP',
      'Siv Katrin Ulla Medlem AP forfall 19.4',
      'Carl Johansen Medlem MDG - forfall',
      'Pål Farstad Medlem V Møtet vart opna av fylkesordføraren, som ønskte velkommen til det første fjernmøtet i år.',
    ]);
    // The role is the last column ("Parti Rolle"), roles in compounds ("Utvalsleiar"): the row ends at it.
    const roleLast = `Møtebok ${'for fellesnemnda '.repeat(8)}Parti Rolle Jarle Landås Radøy Rådmann Øyvind Oddekalv Meland AP Utvalsleiar Sølvi Knudsen Meland SP Medlem`;
    expect(parts(roleLast).slice(1)).toEqual(['Parti Rolle', 'Jarle Landås Radøy Rådmann', 'Øyvind Oddekalv Meland AP Utvalsleiar', 'Sølvi Knudsen Meland SP Medlem']);
  });

  it('a table that runs on to the next page: its rows go on after the page number', () => {
    const page1 = `1 MØTEPROTOKOLL Utval: Fylkestinget Møtestad: Fjernmøte Faste medlemer som møtte: Namn Funksjon Representerer ${'Kari Nordmann Medlem AP '.repeat(8)}Ola Hansen Medlem H`;
    const page2 = `2 Per Berg Medlem SP Lise Dahl Medlem SV Anne Moe Nestleiar V Varamedlemer som møtte: Namn Funksjon Representerer Eva Li Medlem KRF ${'Frå administrasjonen møtte fylkesdirektøren og rådgjevarar. '.repeat(2)}`;
    const lines = reflow(toLines(`${page1}\n\n${page2}`)).map((l) => l.text);
    expect(lines.slice(lines.indexOf('Ola Hansen Medlem H'))).toEqual([
      'Ola Hansen Medlem H',
      '',
      'Per Berg Medlem SP',
      'Lise Dahl Medlem SV',
      'Anne Moe Nestleiar V',
      'Varamedlemer som møtte:',
      'Namn Funksjon Representerer',
      expect.stringMatching(/^Eva Li Medlem KRF Frå administrasjonen/),
    ]);
    // Without the table before it, a page's first words are no row.
    expect(reflow(toLines(page2)).map((l) => l.text)[0]).toBe('2 Per Berg Medlem SP Lise Dahl Medlem SV Anne Moe Nestleiar V');
  });

  it('a row without a party goes on to the next name', () => {
    const raw = `Utval: Lia Sted: Rådhuset Faste medlemer som møtte: Namn Funksjon Representerer Kari Moe Medlem Ola Dal Medlem SP Eva Lund Medlem AP ${'og så videre '.repeat(10)}`;
    expect(parts(raw).slice(4, 7)).toEqual(['Kari Moe Medlem', 'Ola Dal Medlem SP', expect.stringMatching(/^Eva Lund Medlem AP/)]);
  });

  it('no rows under a header without a role column, or where no role follows a name', () => {
    const noRole = `Referat ${'fra møtet i styret '.repeat(8)}Navn Representerer Kari Nordmann AP Ola Hansen H`;
    expect(parts(noRole)).toHaveLength(1);
    const prose = `Referat ${'fra møtet i styret '.repeat(8)}Tid: kl 18 Sted: Rådhuset Navn Funksjon Kari Nordmann orienterte om arbeidet med planen for neste år og budsjettet`;
    expect(parts(prose).slice(1)).toEqual(['Tid: kl 18', 'Sted: Rådhuset Navn Funksjon Kari Nordmann orienterte om arbeidet med planen for neste år og budsjettet']);
  });

  it("an agenda word inside a title in capitals is no heading ('… INNKALLING OG SAKLISTE …')", () => {
    const raw = `Saker til behandling: ${'og andre saker '.repeat(10)}Sak 2011/38 GODKJENNING AV INNKALLING OG SAKLISTE UNDERSKRIFT AV PROTOKOLL Sak 2011/39 ORIENTERINGSSAKER`;
    expect(parts(raw).slice(-2)).toEqual(['Sak 2011/38 GODKJENNING AV INNKALLING OG SAKLISTE UNDERSKRIFT AV PROTOKOLL', 'Sak 2011/39 ORIENTERINGSSAKER']);
    // The heading itself still cuts.
    expect(parts(`Møtebok ${'for styret '.repeat(20)}SAKLISTE Sak 1/11 BUDSJETT`).slice(1)).toEqual(['SAKLISTE', 'Sak 1/11 BUDSJETT']);
  });

  describe('leaves alone', () => {
    it('a line shorter than FLAT_MIN that opens with neither a field nor a case number, whatever it holds', () => {
      const short = 'Møtet hadde Tid: kl 10 Sted: Rådhuset Tilstede: Kari og Sak 3 Budsjett Sak 4 Regnskap';
      expect(reflow(toLines(short)).map((l) => l.text)).toEqual([short]);
    });

    it('a long paragraph: a lowercase "tid:", one date-like number, one "3." are no cuts', () => {
      const para =
        'Styret diskuterte hvordan vi best kan avklare tid: det ble pekt på at møtet 12/03 Kari ledet må følges opp, og at punkt 3. Budsjettet ' +
        'må sees i sammenheng med innspillene fra medlemmene, som kom sent i fjor og som ingen hadde rukket å lese før møtet startet.';
      expect(para.length).toBeGreaterThanOrEqual(FLAT_MIN);
      expect(reflow(toLines(para)).map((l) => l.text)).toEqual([para]);
    });

    it('case markers with no title after them ("PS 35/14 PS 36/14")', () => {
      const numbers = `Saksnr PS 35/14 PS 36/14 PS PS 38/14 PS ${'Innhold '.repeat(30)}`;
      expect(parts(numbers).filter((t) => /^PS \d/.test(t))).toEqual([]);
    });

    it("an item's own number at the start of a long paragraph (no page starts there)", () => {
      const para = (n: number, title: string) => `${n} ${title}. ${'Styret gikk gjennom saken og drøftet den grundig med alle sider. '.repeat(3)}Vedtak: Godkjent.`;
      const text = [para(1, 'Godkjenning av innkalling'), para(2, 'Budsjett'), para(3, 'Eventuelt')].join('\n');
      expect(parse(`Referat fra styremøte 4. mars 2024\n\n${text}\n`).items.map((i) => i.number)).toEqual(['1', '2', '3']);
    });

    it('the same array when nothing is cut', () => {
      const lines = toLines('En\nTo');
      expect(reflow(lines)).toBe(lines);
    });
  });
});

describe('a flattened page, parsed', () => {
  const doc = parse(`${PAGE}\n`, { path: 'flat.txt' });

  it('reads the fields, people and items the page holds', () => {
    expect(doc.kind).toBe('protokoll');
    expect(doc.meeting).toMatchObject({ date: '2014-04-04', start: '10:00', end: '12:00', location: 'Grendehuset, lillesalen' });
    expect(doc.attendees.map((a) => [a.name, a.status])).toEqual([
      ['Kari Nordmann', 'present'],
      ['Ola Hansen', 'present'],
      ['Per Berg', 'present'],
      ['Lise Dahl', 'absent'],
    ]);
    expect(doc.items.map((i) => [i.number, i.title, i.decisions.map((d) => d.text)])).toEqual([
      ['29/14', 'GODKJENNING AV INNKALLING', ['Innkallingen ble godkjent.']],
      ['30/14', 'BUDSJETT FOR 2014', ['Budsjettet ble vedtatt.']],
    ]);
  });

  it('points every position into the one input line', () => {
    const ola = doc.attendees.find((a) => a.name === 'Ola Hansen')!;
    expect(ola.position.start.line).toBe(1);
    const budget = doc.items[1]!.decisions[0]!;
    expect(PAGE.slice(budget.position.start.column - 1, budget.position.end.column - 1)).toBe('Budsjettet ble vedtatt.');
    const item = doc.items[1]!;
    expect(PAGE.slice(item.position.start.column - 1, item.position.start.column - 1 + 11)).toBe('SAK 30/14 B');
  });
});
