/** Decisions (vedtak) and actions (oppfølging) inside an item. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { findActions, findDecisions, isDecisionSentence, sentences } from '../../src/recognise/decisions.js';
import { lines } from '../helpers/lines.js';

const decisions = (...texts: string[]): string[] => findDecisions(lines(...texts)).map((d) => d.text);

describe('findDecisions', () => {
  it.each<[string, string]>([
    ['Vedtak: Budsjettet godkjennes som fremlagt.', 'Budsjettet godkjennes som fremlagt.'],
    ['Konklusjon: Vi går videre med forslag B.', 'Vi går videre med forslag B.'],
    ['**Vedtak:** Styret gir fullmakt til leder.', 'Styret gir fullmakt til leder.'],
    ['Innkallingen ble godkjent', 'Innkallingen ble godkjent'],
    ['Referatet ble godkjent.', 'Referatet ble godkjent.'],
    ['Godkjent', 'Godkjent'],
    ['Godkjent.', 'Godkjent.'],
    ['Enstemmig vedtatt.', 'Enstemmig vedtatt.'],
    // A case put off is disposed of as well; a plan named with its season ("08/09") is adopted as any other.
    ['Utsatt.', 'Utsatt.'],
    ['Aktivitetsplan for 08/09 vedtatt. Se eget skriv.', 'Aktivitetsplan for 08/09 vedtatt.'],
    ['Gruppen sluttet seg til utkastet.', 'Gruppen sluttet seg til utkastet.'],
    ['Saken ble tatt til orientering.', 'Saken ble tatt til orientering.'],
    ['Tatt til orientering.', 'Tatt til orientering.'],
    ['Kari Nordmann ble valgt som leder.', 'Kari Nordmann ble valgt som leder.'],
    ['Referatet vart godkjent.', 'Referatet vart godkjent.'],
    // "å" ends no \b word in a pattern without the u flag: "enig om å" once never matched.
    ['Styret og dirigent enig om å fortsette samarbeidet', 'Styret og dirigent enig om å fortsette samarbeidet'],
    // A proposal is no decision; a proposal adopted is.
    ['Forslag fra Jardar vedtatt, med tilleggskommentar.', 'Forslag fra Jardar vedtatt, med tilleggskommentar.'],
    ['Forslag 1 vedtas ved flertall.', 'Forslag 1 vedtas ved flertall.'],
    ['Forslag 2 falt.', 'Forslag 2 falt.'],
    ['Kari ble valgt ved loddtrekning.', 'Kari ble valgt ved loddtrekning.'],
    ['Valgt ved håndsopprekning.', 'Valgt ved håndsopprekning.'],
    // The present passive is how many protocols word the outcome.
    ['Innkallingen godkjennes.', 'Innkallingen godkjennes.'],
    ['Innkalling og saksliste godkjennes', 'Innkalling og saksliste godkjennes'],
    ['Regnskapet godkjennes som fremlagt.', 'Regnskapet godkjennes som fremlagt.'],
    ['Referatet godkjennes med en rettelse i sak 3.', 'Referatet godkjennes med en rettelse i sak 3.'],
    ['Saka takast til vitande.', 'Saka takast til vitande.'],
    // A subject and its verdict, the verb left out.
    ['Dagsorden godkjent.', 'Dagsorden godkjent.'],
    // Up for election, and elected; a decision reported with the body and meeting that made it, in the narrative past.
    ['Kari Nordmann var på valg og ble enstemmig gjenvalgt.', 'Kari Nordmann var på valg og ble enstemmig gjenvalgt.'],
    ['Saken ble enstemmig vedtatt av styret i møte 4. april.', 'Saken ble enstemmig vedtatt av styret i møte 4. april.'],
    ['Referat fra forrige møte godkjent uten merknader.', 'Referat fra forrige møte godkjent uten merknader.'],
    // Longer subjects (with a year), other tails, and verdicts after what was done first.
    ['Møteinnkalling og sakliste godkjent utan kommentar.', 'Møteinnkalling og sakliste godkjent utan kommentar.'],
    ['Budsjett 2008 vedtatt', 'Budsjett 2008 vedtatt'],
    ['Årspengane for lokallaga vedtatt uendra: 400 kr for lag', 'Årspengane for lokallaga vedtatt uendra: 400 kr for lag'],
    ['Protokollen ble gjennomgått, godkjent og underskrevet', 'Protokollen ble gjennomgått, godkjent og underskrevet'],
    ['Rekneskapen vart gått gjennom og godkjent.', 'Rekneskapen vart gått gjennom og godkjent.'],
    ['Årsmeldinga vart lesen opp og vedteken.', 'Årsmeldinga vart lesen opp og vedteken.'],
    ['Årsmøtet vedtok å utsette saka.', 'Årsmøtet vedtok å utsette saka.'],
    // Any body as the subject, "ble det vedtatt", "fastsatt", "tiltrådte".
    ['Representantskapet godkjente årsberetningen for 2015.', 'Representantskapet godkjente årsberetningen for 2015.'],
    ['Representantskapet vedtok å utsette saken til neste møte.', 'Representantskapet vedtok å utsette saken til neste møte.'],
    ['I tillegg ble det vedtatt at utvalget kjøper ny PC.', 'I tillegg ble det vedtatt at utvalget kjøper ny PC.'],
    ['Møtedatoene for høsten ble fastsatt.', 'Møtedatoene for høsten ble fastsatt.'],
    ['Møtet tiltrådte forslaget.', 'Møtet tiltrådte forslaget.'],
  ])('%s', (text, decision) => {
    expect(decisions(text)).toEqual([decision]);
  });

  it('takes the decision sentence out of a longer paragraph', () => {
    expect(decisions('Utkastet ble diskutert i møtet. Gruppen sluttet seg til utkastet. Sekretariatet sender det inn.')).toEqual([
      'Gruppen sluttet seg til utkastet.',
    ]);
  });

  it('takes the paragraph after a "Vedtak:" that stands alone', () => {
    const found = findDecisions(lines('Vedtak:', 'Budsjettet godkjennes', 'som fremlagt.', '', 'Annen tekst.'));
    expect(found.map((d) => d.text)).toEqual(['Budsjettet godkjennes som fremlagt.']);
    // The label is not part of the decision: it spans the paragraph, lines 2-3.
    expect([found[0]!.line.n, found[0]!.endLine.n]).toEqual([2, 3]);
  });

  it('leaves a note in parentheses after the decision out of it', () => {
    expect(decisions('Forslag fra Jardar vedtatt, med en kommentar om maten (middag). (Evaluering sendt medlemmene på e-post)')).toEqual([
      'Forslag fra Jardar vedtatt, med en kommentar om maten (middag).',
    ]);
  });

  it('gives the column of the sentence', () => {
    const found = findDecisions(lines('Diskusjon. Referatet ble godkjent.'));
    expect(found[0]!.startColumn).toBe(12);
  });

  describe('is not a decision', () => {
    it.each([
      ['a question', 'Skal referatet godkjennes?'],
      ['a question ending in godkjent', 'Ble referatet godkjent?'],
      ['a plan', 'Budsjettet skal godkjennes på neste møte.'],
      ['a plan (vedtas)', 'Saken bør vedtas i styret.'],
      ['a proposal', 'Forslag: at budsjettet godkjennes.'],
      ['a report', 'Maria orienterte om status.'],
      ['a next meeting', 'Neste møte ble godkjent flyttet til 4. juni.'],
      ['an ordinary sentence', 'Faggruppen var generelt positiv til utkastet.'],
      ['a noun, not a verdict', 'Godkjenning av innkalling'],
      ['a duty (må)', 'Budsjettet må godkjennes av årsmøtet.'],
      ['a refusal to decide yet', 'Saken kan ikke vedtas før neste år.'],
      ['the passive inside a longer statement', 'Planen godkjennes normalt av rektor i august hvert år før skolestart, og styret informeres.'],
      ['who is up for election', 'I styret er leder og kasserer på valg.'],
      ['a verdict deep in a longer sentence', 'Det ble diskutert om planen for neste sesong kunne bli godkjent.'],
      ['a hope', 'Vi håper søknaden godkjennes.'],
      ['an open question', 'Det er usikkert om planen vedtas.'],
      ['an opinion', 'Styret mener det er viktig at søknaden godkjennes.'],
      ['not yet', 'Budsjettet er ennå ikke vedtatt.'],
      ["another body's earlier decision", 'Vedtektene er vedteke av kommunestyret i møte 12.01.2023.'],
      ['what was done, no verdict', 'Saken ble diskutert og kommentert.'],
      ['an adjective, not a verb', 'De godkjente tallene ligger ved.'],
      ['what an earlier general meeting decided', 'På høstens generalforsamling ble det vedtatt ny organisasjonsstruktur.'],
      ['what a meeting in another year decided', 'På generalforsamlingen våren 2022 ble det besluttet å splitte valget.'],
      ['the next meeting as the subject', 'Neste møte ble godkjent flyttet til 4. juni.'],
      ['an earlier decision referred to', 'Programmet, slik det ble vedtatt på forrige representantskapsmøte, bør ligge i bunnen for arbeidet.'],
      ['a decision of an earlier meeting', 'Budsjettet ble vedtatt på forrige årsmøte og gjelder fortsatt.'],
    ])('%s: %s', (_what, text) => {
      expect(decisions(text)).toEqual([]);
    });
  });
});

describe('isDecisionSentence', () => {
  it('accepts resolutions and rejects questions', () => {
    expect(isDecisionSentence('Styret vedtok budsjettet.')).toBe(true);
    expect(isDecisionSentence('Vedtok styret budsjettet?')).toBe(false);
  });

  it.each([
    'Det ble besluttet at kormedlemmene dekker utgiftene for notene selv.',
    'Det ble bestemt at kormedlemmene selv dekker leien.',
    'Universitetsstyret slutter seg til foreløpig forslag til fordeling for 2021.',
    'Igangsettelsen av faggruppen utsettes til våren.',
    'Ingen andre kandidater og de foreslåtte anses som valgt.',
    'Offentlig protokoll fra fylkesutvalgets møte 29. august 2017, godkjennes.',
    'Innkallingen og saksliste godkjennes med følgende merknad: At saksframlegg mangler i flere saker.',
    'Agenda OK..',
    'Referatet er ok.',
    'Kan konkludere med at begge deler skal med.',
    'Generalforsamling godkjennes ved enstemmig humming.',
    // The meeting's officers elected without the word "valgt", and nynorsk's plural participles.
    'Leiar Torunn vart møteleiar, Grete skrivar.',
    'Kari Nordmann ble møteleder.',
    'Per Hansen blei valt til ordstyrar.',
    'Alle framlegg vedtekne.',
    'Protokollane vart godkjende.',
    // Agreement and conclusion stated, and an adverb inside "det blei vedteke at".
    'Det var semje om at provisjonen skulle vera lik for alle.',
    'Når det gjeld bøker som blir seld, var det semje om at provisjonen skulle vera lik.',
    'Det ble full enighet om å utsette saken.',
    'Styret kom til at det ikkje er aktuelt nett no.',
    'Det blei og vedteke at ein skal ha idemyldring på neste møte.',
    // After "at", and in the present tense of nynorsk narrative (review).
    'Leder konkluderte med at det var enighet om å gå videre med saken.',
    'Styret kjem fram til at saka skal avsluttast.',
  ])('more shapes of a decision: %s', (text) => {
    expect(isDecisionSentence(text)).toBe(true);
  });

  it.each([
    'Det ble diskutert om det skal besluttes at vi kjøper ny scooter?',
    'Styret mener at budsjettet godkjennes med følgende merknad: ingen.',
    'Han anses som en god kandidat.',
    'Leder tror saken utsettes til våren om vi ikke får svar.',
    'Er agenda ok?',
    'Dette gikk ok.',
    'Vi kan ikke konkludere med at det virker.',
    'Referatet godkjennes ved neste møte.',
    // An officer of something else, or a role held now rather than elected.
    'Kari ble referent for arbeidsgruppa.',
    'Kari er referent.',
    'Det var ikke enighet om saken.',
    'Når vi får svar, var det semje om at saka går vidare.',
    'Vi kommer til at det trengs mer tid?',
    // A question reported, a condition, a future, an officer not named (review).
    'Leiaren spurde om det var semje om framlegget frå Per, men fleire ville vente.',
    'Kari lurte på om det var enighet om budsjettet.',
    'Saken tas opp igjen dersom styret kommer fram til at det er behov for det.',
    'Det er håp om at styret kom fram til at saka kan avsluttast.',
    'Hvem som ble møteleder på årsmøtet, ble ikke avklart.',
    'Kari ble møteleder på årsmøtet i fjor.',
    'Kari Dal har i mange år vore valt utan motkandidat, og tek ikkje attval.',
  ])('not: %s', (text) => {
    expect(isDecisionSentence(text)).toBe(false);
  });
});

describe('a decision that says it follows the proposal ("Vedtak i samsvar med innstillinga")', () => {
  it.each([
    'Vedtaket er i samsvar med styrets innstiling.',
    'Vedtak i samsvar med innstillinga.',
    'Vedtaket var samrøystes i samsvar med kommunedirektøren si innstilling.',
    'Vedtak i tråd med forslaget.',
    'Vedtak i samsvar med innstillingen fra administrasjonen.',
  ])('%s', (text) => {
    expect(isDecisionSentence(text)).toBe(true);
  });

  it.each([
    // Another body's decision, one wished for, a label over the text, a law, a decision as a subject.
    'Vedtaket i bystyret er i tråd med innstillingen.',
    'Vedtaket bør være i tråd med innstillingen.',
    'Vedtak i samsvar med innstillinga:',
    'Vedtaket er i samsvar med lova.',
    'Et vedtak i tråd med forslaget vil koste mye.',
    // The sentence goes on: about the decision, not the decision.
    'Vedtaket i samsvar med innstillingen ble påklaget av naboene.',
    'Vedtak i tråd med forslaget vil gi en merkostnad på 2 mill. kroner.',
  ])('not: %s', (text) => {
    expect(isDecisionSentence(text)).toBe(false);
  });
});

describe('sentences', () => {
  it('splits after . ! ? before a capital', () => {
    expect(sentences('En. To! Tre? fire.').map((s) => s.text)).toEqual(['En.', 'To!', 'Tre? fire.']);
  });

  it('splits before a parenthesis or a quotation after the end of a sentence, not inside one', () => {
    expect(sentences('Vedtatt. (Sendt 13.4.) «Sitat» her. Ord (i parentes) står.').map((s) => s.text)).toEqual([
      'Vedtatt.',
      '(Sendt 13.4.)',
      '«Sitat» her.',
      'Ord (i parentes) står.',
    ]);
  });
});

describe('findActions', () => {
  const actions = (year: number | null, ...texts: string[]) =>
    findActions(lines(...texts), year).map((a) => ({ text: a.text, responsible: a.responsible, due: a.due }));

  it.each<[string, { text: string; responsible: string | null; due: string | null }]>([
    ['Sende invitasjon til alle. Ansvar: Kari', { text: 'Sende invitasjon til alle.', responsible: 'Kari', due: null }],
    ['Lage budsjettforslag. Ansvarlig: Ola Hansen, frist 01.05.2024', { text: 'Lage budsjettforslag.', responsible: 'Ola Hansen', due: '2024-05-01' }],
    ['Sende referat. Frist: 15.04.2024', { text: 'Sende referat.', responsible: null, due: '2024-04-15' }],
    ['Oppfølging: Sekretariatet kontakter klyngene', { text: 'Sekretariatet kontakter klyngene', responsible: null, due: null }],
    ['Ansvarlig: Asbjørn Flo', { text: 'Asbjørn Flo', responsible: 'Asbjørn Flo', due: null }],
  ])('%s', (text, expected) => {
    expect(actions(2024, text)).toEqual([expected]);
  });

  it('keeps a note in parentheses with the action it follows', () => {
    expect(actions(2024, 'Vi tar kontakt med kommunen. Vi klager på gebyret. (Klagen sendt 13.4). Ansvar: Svein')).toEqual([
      { text: 'Vi klager på gebyret. (Klagen sendt 13.4).', responsible: 'Svein', due: null },
    ]);
  });

  it('gives a year-less due date the meeting year', () => {
    expect(actions(2023, 'Sende referat. Frist: 15. april')[0]!.due).toBe('2023-04-15');
  });

  it('keeps a due text that is not a date', () => {
    expect(actions(2023, 'Sende referat. Frist: før sommeren')[0]!.due).toBe('før sommeren');
  });

  describe('is not an action', () => {
    it.each([
      ['no label', 'Kari sender invitasjon til alle.'],
      ['the word without a colon', 'Vi diskuterte ansvar og roller.'],
      ['a deadline in prose', 'Fristen for innspill er 1. mai.'],
    ])('%s: %s', (_what, text) => {
      expect(actions(2024, text)).toEqual([]);
    });
  });
});

describe('the outcome of a vote ("Votering: Vedtatt")', () => {
  it('is a decision without its label, positioned after it', () => {
    const found = findDecisions(lines('Votering: Vedtatt'));
    expect(found.map((d) => d.text)).toEqual(['Vedtatt']);
    expect(found[0]!.startColumn).toBe(11);
    expect(decisions('Avstemning: Godkjent ved akklamasjon')).toEqual(['Godkjent ved akklamasjon']);
    expect(decisions('Votering: Kari blir valgt inn som leder.')).toEqual(['Kari blir valgt inn som leder.']);
  });

  it('a count, a bare label or a vote announced is none', () => {
    expect(decisions('Votering: 5 for, 3 mot')).toEqual([]);
    expect(decisions('Votering:')).toEqual([]);
    expect(decisions('Votering gjennomføres')).toEqual([]);
  });
});

describe('proposals and how a vote is held are not decisions', () => {
  it.each(['Forslag: Budsjettet vedtas', 'Forslag til vedtak: Godkjent', 'Diskusjon om å fortsette', 'Anonymt valg ved håndsopprekning og se i pulten.'])('%s', (text) => {
    expect(decisions(text)).toEqual([]);
  });
});

describe('a proposal adopted as it stands, and decisions introduced in other words', () => {
  it('"Forslag til vedtak:" then its text then "Enstemmig vedtatt.": both are decisions, the proposal first', () => {
    expect(decisions('Forslag til vedtak:', '', 'Styret gir lederen fullmakt til å sende svaret.', '', 'Enstemmig vedtatt.')).toEqual([
      'Styret gir lederen fullmakt til å sende svaret.',
      'Enstemmig vedtatt.',
    ]);
  });

  it('the same without blank lines, and with the text on the label line', () => {
    expect(decisions('Forslag til vedtak:', 'Styret gir lederen fullmakt.', 'Enstemmig vedtatt.')).toEqual(['Styret gir lederen fullmakt.', 'Enstemmig vedtatt.']);
    expect(decisions('Innstilling: Budsjettet godkjennes som fremlagt', 'Vedtak: Innstillingen ble enstemmig vedtatt.')).toEqual([
      'Budsjettet godkjennes som fremlagt',
      'Innstillingen ble enstemmig vedtatt.',
    ]);
  });

  it('a decision of its own after a proposal is that decision, the proposal stays out', () => {
    expect(decisions('Forslag til vedtak: Styret godkjenner budsjettet.', 'Vedtak: Styret godkjenner budsjettet med endringer.')).toEqual([
      'Styret godkjenner budsjettet med endringer.',
    ]);
    expect(decisions('Kommunedirektørens innstilling:', 'Planen vedtas.', 'Styret fattet følgende vedtak:', 'Planen vedtas med endringene fra møtet.')).toEqual([
      'Planen vedtas med endringene fra møtet.',
    ]);
  });

  it('adopted under a vote label, or named by its owner ("Styrets innstilling enstemmig vedtatt")', () => {
    expect(decisions('Forslag til vedtak:', 'Planen godkjennes.', 'Behandling og votering: Enstemmig vedtatt.')).toEqual(['Planen godkjennes.', 'Enstemmig vedtatt.']);
    expect(decisions('Innstilling:', 'Formannskapet godkjenner planen.', '', 'Votering: Enstemmig vedtatt.')).toEqual(['Formannskapet godkjenner planen.', 'Enstemmig vedtatt.']);
    expect(decisions('Styrets innstilling:', 'Møteleder: Kari Nordmann', 'Behandling og votering: Styrets innstilling enstemmig vedtatt.')).toEqual([
      'Møteleder: Kari Nordmann',
      'Styrets innstilling enstemmig vedtatt.',
    ]);
    expect(decisions('Rådmannens innstilling:', 'Planen vedtas.', '', 'Rådmannens innstilling ble enstemmig vedtatt.')).toEqual(['Planen vedtas.', 'Rådmannens innstilling ble enstemmig vedtatt.']);
    expect(decisions('Kommunedirektøren sitt framlegg til vedtak:', 'Planen vert godkjend.', 'Handsaming og votering: Kommunedirektøren sitt framlegg vart samrøystes vedteke.')).toEqual([
      'Planen vert godkjend.',
      'Kommunedirektøren sitt framlegg vart samrøystes vedteke.',
    ]);
  });

  it('"Ingen andre forslag fremkom." ends the proposal\'s text, and the vote after it still adopts it', () => {
    expect(decisions('Styrets innstilling:', 'Tellekorps: Kari Nordmann, Ola Hansen', 'Ingen andre forslag fremkom.', 'Votering: Styrets innstilling enstemmig vedtatt.')).toEqual([
      'Tellekorps: Kari Nordmann, Ola Hansen',
      'Styrets innstilling enstemmig vedtatt.',
    ]);
    expect(decisions('Forslag til vedtak:', 'Planen godkjennes.', 'Det kom ingen andre forslag.', '', 'Enstemmig vedtatt.')).toEqual(['Planen godkjennes.', 'Enstemmig vedtatt.']);
    // Not adopted after it: nothing.
    expect(decisions('Forslag til vedtak:', 'Planen godkjennes.', 'Ingen andre forslag.', 'Saken ble diskutert.')).toEqual([]);
    // The vote on the same line.
    expect(decisions('Rådmannens innstilling:', 'Budsjettet vedtas som fremlagt.', '', 'Ingen andre forslag fremkom. Rådmannens innstilling enstemmig vedtatt.')).toEqual([
      'Budsjettet vedtas som fremlagt.',
      'Rådmannens innstilling enstemmig vedtatt.',
    ]);
    expect(decisions('Forslag til vedtak:', 'Budsjettet vedtas.', 'Ingen andre forslag fremkom. Innstillingen ble enstemmig vedtatt.')).toEqual([
      'Budsjettet vedtas.',
      'Innstillingen ble enstemmig vedtatt.',
    ]);
  });

  it('a label that names its owner is adopted by a verdict naming the same owner', () => {
    expect(decisions('Administrasjonens forslag:', 'Planen godkjennes.', 'Administrasjonens forslag ble enstemmig vedtatt.')).toEqual([
      'Planen godkjennes.',
      'Administrasjonens forslag ble enstemmig vedtatt.',
    ]);
    expect(decisions('Saksbehandlers forslag:', 'Planen godkjennes.', 'Styrets forslag ble vedtatt.')).toEqual(['Styrets forslag ble vedtatt.']);
  });

  it('a vote label over a count, or another\'s proposal, adopts nothing', () => {
    expect(decisions('Forslag til vedtak:', 'Planen godkjennes.', 'Behandling og votering: 5 for, 3 mot.')).toEqual([]);
    expect(decisions('Rådmannens innstilling:', 'Planen vedtas.', '', 'Arbeiderpartiets forslag falt.')).toEqual([]);
    // Another proposal adopted: the verdict is a decision, the proposal held back is not, and is not run into the verdict.
    expect(decisions('Rådmannens innstilling:', 'Planen vedtas.', 'Arbeiderpartiets forslag ble vedtatt med 20 mot 15 stemmer.')).toEqual([
      'Arbeiderpartiets forslag ble vedtatt med 20 mot 15 stemmer.',
    ]);
    expect(decisions('Forslag til vedtak:', 'Planen vedtas.', '', 'Arbeiderpartiets forslag ble vedtatt.')).toEqual(['Arbeiderpartiets forslag ble vedtatt.']);
  });

  it('a proposal that is not adopted, or is followed by discussion, stays out', () => {
    expect(decisions('Forslag til vedtak:', 'Styret gir lederen fullmakt.', '', 'Saken ble diskutert.')).toEqual([]);
    expect(decisions('Forslag til vedtak: Styret kjøper ny bil.', '', 'Kari foreslo å vente til våren.', '', 'Enstemmig vedtatt.')).toEqual(['Enstemmig vedtatt.']);
  });

  it('"Det ble fattet slikt vedtak:" introduces the paragraph after it too', () => {
    expect(decisions('Det ble fattet slikt vedtak:', 'Styret kjøper ny kopimaskin.')).toEqual(['Styret kjøper ny kopimaskin.']);
  });

  it('"Styret fattet følgende enstemmige vedtak" introduces the paragraph after it', () => {
    expect(decisions('Styret fattet følgende enstemmige vedtak', '', 'Regnskapet godkjennes. Daglig leder får fullmakt til å signere.')).toEqual([
      'Regnskapet godkjennes. Daglig leder får fullmakt til å signere.',
    ]);
  });

  it('a "Vedtak:" line wrapped onto a line that goes on in lower case', () => {
    const found = findDecisions(lines('Vedtak: Vi har fått ja fra kommunen', 'om at vi kan være der fra kl. 10.00.', 'Neste sak.'));
    expect(found.map((d) => d.text)).toEqual(['Vi har fått ja fra kommunen om at vi kan være der fra kl. 10.00.']);
    expect(found[0]!.endLine.n).toBe(2);
  });
});

describe('a decision introduced by "… vedtok:"', () => {
  it('is the sentence after it, not the introduction', () => {
    expect(decisions('Et enstemmig fylkesutvalg vedtok:\nProtokoll fra møtet 29. august 2017 godkjennes.')).toEqual(['Protokoll fra møtet 29. august 2017 godkjennes.']);
  });

  it('under a "Vedtak:" label too: the introduction is not the decision', () => {
    expect(decisions('Vedtak:', '', 'Et enstemmig fylkesutvalg vedtok:', '', 'Protokoll fra møtet 29. august 2017 godkjennes.')).toEqual([
      'Protokoll fra møtet 29. august 2017 godkjennes.',
    ]);
    expect(decisions('Vedtak:', 'Formannskapet gjorde slikt vedtak:', 'Kommunen kjøper tomta for 2 millionar kroner.')).toEqual([
      'Kommunen kjøper tomta for 2 millionar kroner.',
    ]);
  });

  it('a paragraph under "Vedtak:" that only mentions a decision is still the decision', () => {
    expect(decisions('Vedtak:', '', 'Styret vedtok i 2019 å kjøpe bil. Bilen selges.')).toEqual(['Styret vedtok i 2019 å kjøpe bil. Bilen selges.']);
  });
});

describe('a decision label as a heading, and a list under a label', () => {
  const texts = (ls: ReturnType<typeof lines>): string[] => findDecisions(ls).map((d) => d.text);

  it('"### Vedtak", "**Konklusjon**" or "Utfall" over "------": the paragraph under it is the decision', () => {
    expect(texts(lines('### Vedtak', 'Budsjettet godkjennes.'))).toEqual(['Budsjettet godkjennes.']);
    expect(texts(lines('**Konklusjon**', '', 'Vi går videre med forslag B.'))).toEqual(['Vi går videre med forslag B.']);
    expect(texts(lines('Utfall', '------', '', 'Det er generell tilslutning til mandatet.'))).toEqual(['Det er generell tilslutning til mandatet.']);
  });

  it('a list under the label is one decision a point, the lines of a point joined; a blank line ends the list', () => {
    const found = findDecisions(lines('Vedtak:', '', '- Kari leder møtet.', '- Prosjektet kan kalle inn til', '  elektroniske møter.', '- Neste møte er 22. januar.', '', '- Ola sender innkalling.'));
    expect(found.map((d) => d.text)).toEqual(['Kari leder møtet.', 'Prosjektet kan kalle inn til elektroniske møter.', 'Neste møte er 22. januar.']);
    expect(found.map((d) => d.line.n)).toEqual([3, 4, 6]);
  });

  it('a loose list (a blank line between every two points) is one list; a tight run after a loose start is another', () => {
    const loose = findDecisions(lines('Vedtak:', '', '- ABB dekker ikke reisekostnadene.', '', '- ABB refunderer inntil 2000 kroner per reise.', '', 'ABB vokabular:'));
    expect(loose.map((d) => d.text)).toEqual(['ABB dekker ikke reisekostnadene.', 'ABB refunderer inntil 2000 kroner per reise.']);
    const mixed = findDecisions(lines('Vedtak:', '- Budsjettet godkjennes.', '', '- Kari sjekker strømavtalen', '- Ola bestiller maling'));
    expect(mixed.map((d) => d.text)).toEqual(['Budsjettet godkjennes.']);
  });

  it('not a heading that only starts like a label, nor a label word in running text over a rule', () => {
    expect(texts(lines('### Vedtakene fra forrige år', 'Vi så på dem.'))).toEqual([]);
    expect(texts(lines('Vedtaket er ikke klart', '------', 'Vi venter på kommunen.'))).toEqual([]);
  });
});

describe('sentences', () => {
  it('never ends a sentence at a name initial', () => {
    expect(sentences('Benthe K. Jansson blei valt til referent. Godkjent.').map((s) => s.text)).toEqual([
      'Benthe K. Jansson blei valt til referent.',
      'Godkjent.',
    ]);
    expect(sentences('Kari A. B. Hansen ble valgt.').map((s) => s.text)).toEqual(['Kari A. B. Hansen ble valgt.']);
    // Still split after a word, a bracket or a longer abbreviation.
    expect(sentences('Vedtatt. (Sendt på e-post.) Neste sak.').map((s) => s.text)).toEqual(['Vedtatt.', '(Sendt på e-post.)', 'Neste sak.']);
  });
});

describe('a decision label with the vote in brackets ("Vedtak (enstemmig):")', () => {
  it('is a label: the text after it, or the list under it, is the decision', () => {
    expect(decisions('Vedtak (enstemmig):', '', '- Vi kjører konserten på skolen', '', '- Tommy tar ansvar for markedsføring')).toEqual([
      'Vi kjører konserten på skolen',
      'Tommy tar ansvar for markedsføring',
    ]);
    expect(decisions('Vedtak (mot 2 stemmer): Styret kjøper ny bil.')).toEqual(['Styret kjøper ny bil.']);
    expect(decisions('Konklusjon (samrøystes):', 'Laget held fram med same leiar.')).toEqual(['Laget held fram med same leiar.']);
  });
  it('not a proposal with brackets, nor a decision mentioned in running text', () => {
    expect(decisions('Forslag til vedtak (fra styret):', 'Styret kjøper ny bil.')).toEqual([]);
    expect(decisions('Vedtak (sak 12/20) ble påklaget av naboene.')).toEqual([]);
    expect(decisions('Vedtaket (fra 2019) må følges opp.')).toEqual([]);
  });
});

describe('a decision sentence in a hard-wrapped paragraph', () => {
  it('is read across the lines it wraps over, from where it starts to where it ends', () => {
    const found = findDecisions(
      lines(
        'Det var ingen andre kandidater til vervet som møteleder. Styreleder Jenny Myhre ble foreslått',
        'som møteleder uten motkandidater, og dermed valgt til møteleder. Deretter gikk møtet over',
        'til neste sak på sakslisten.',
      ),
    );
    expect(found.map((d) => d.text)).toEqual(['Styreleder Jenny Myhre ble foreslått som møteleder uten motkandidater, og dermed valgt til møteleder.']);
    expect([found[0]!.line.n, found[0]!.startColumn, found[0]!.endLine.n, found[0]!.endColumn]).toEqual([1, 58, 2, 65]);
  });
  it('a bullet point wrapped onto an indented line is one sentence', () => {
    expect(decisions('- Styret gir rektor fullmakt til å ferdigstille innspillet, og innspillet ble', '  enstemmig vedtatt av styret.')).toEqual([
      'Styret gir rektor fullmakt til å ferdigstille innspillet, og innspillet ble enstemmig vedtatt av styret.',
    ]);
  });
  it('not over a numbered heading, a short line, a finished sentence or a new point', () => {
    expect(decisions('5.2 CYBs søknad om arrangementsstøtte H13', 'innvilget, merknad')).toEqual(['innvilget, merknad']);
    expect(decisions('Referat fra forrige møte', 'godkjent')).toEqual(['godkjent']);
    expect(decisions('Saken ble diskutert grundig i møtet i dag.', 'enstemmig vedtatt.')).toEqual(['enstemmig vedtatt.']);
    expect(decisions('- Saken ble diskutert grundig i møtet i dag og etterpå', '- godkjent')).toEqual(['godkjent']);
    expect(decisions('Styret diskuterte om søknaden fra foreningen i Bergen sentrum kunne', 'bli godkjent i år.')).toEqual([]);
  });
});

describe('no objection from those present ("Ingen av de oppmøtte hadde innvendinger")', () => {
  it.each([
    'Ingen av de oppmøtte hadde invendinger mot innkallingens lovlighet.',
    'Ingen av de fremmøtte hadde innvendinger mot innkallingen.',
    'Det var ingen innsigelser til innkallingen.',
    'Ingen hadde innvendinger mot forslaget.',
  ])('%s', (text) => {
    expect(decisions(text)).toEqual([text]);
  });
  it.each([
    'Hvis ingen av de fremmøtte har innvendinger, går vi videre.',
    'Har ingen av de fremmøtte innvendinger?',
    'Innvendinger mot innkallingen kan sendes styret innen fredag.',
  ])('not a condition, a question or a notice: %s', (text) => {
    expect(decisions(text)).toEqual([]);
  });
});

describe('a verdict reported after a verb of telling or proposing ("orienterte om at … er vedtatt")', () => {
  it.each([
    'Rådmannen orienterte om at budsjettet ble vedtatt i kommunestyret i juni.',
    'Det ble orientert om at regnskapet er godkjent av revisor.',
    'Leder informerte om at søknaden er innvilget.',
    'Kari opplyste at Per er valgt som leder i idrettslaget.',
    'Styret foreslår at årsmøtet godkjenner regnskapet.',
    'Vi venter på at planen blir godkjent av kommunen.',
    'Rektor viste til at saken ble vedtatt i fjor.',
  ])('is information: %s', (text) => {
    expect(decisions(text)).toEqual([]);
  });
  it.each([
    'Styret foreslo at møtene skal være digitale, og forslaget ble enstemmig vedtatt.',
    'Det ble vedtatt at utvalget kjøper ny PC.',
    'Møtet sluttet seg til at referatet sendes ut på e-post.',
    'Referatet ble godkjent. Leder orienterte om at neste møte blir i mai.',
  ])('its own verdict, or a verdict beside a report, is still a decision: %s', (text) => {
    expect(decisions(text)).not.toEqual([]);
  });
});

describe('a verdict in a relative clause ("Budsjettet som ble vedtatt i desember, …")', () => {
  it.each([
    'Budsjettet som ble vedtatt i desember, må revideres.',
    'Styret følger opp tiltakene som er vedtatt i handlingsplanen.',
    'Kari, som ble valgt som leder i fjor, orienterte om økonomien.',
  ])('describes a thing, no decision: %s', (text) => {
    expect(decisions(text)).toEqual([]);
  });
  it.each([
    'Det var forslag B som ble vedtatt.',
    'Forslaget som ble lagt fram av styret, ble enstemmig vedtatt.',
    'Budsjettet som ble lagt fram, ble godkjent.',
    'Kari Nordmann ble valgt som leder.',
  ])('a cleft, or a main clause with its own verdict, is a decision: %s', (text) => {
    expect(decisions(text)).toEqual([text]);
  });
});

describe('review: a sentence that ends in a lone capital after a lower-case word', () => {
  it('ends there ("alternativ B.")', () => {
    expect(sentences('Styret drøftet alternativ A og alternativ B. Alternativ A ble vedtatt.').map((s) => s.text)).toEqual([
      'Styret drøftet alternativ A og alternativ B.',
      'Alternativ A ble vedtatt.',
    ]);
    expect(sentences('A. Hansen ble valgt. Godkjent.').map((s) => s.text)).toEqual(['A. Hansen ble valgt.', 'Godkjent.']);
  });
});

describe('review: verdicts the at-clause, relative-clause, objection and wrapped-line rules must keep or leave', () => {
  const found = (...text: string[]) => parse(['Referat', '', '1. Sak', ...text].join('\n')).items[0]!.decisions.map((d) => d.text);
  it('a verdict before a reported at-clause is a decision', () => {
    expect(found('Regnskapet ble godkjent, og revisor opplyste at det ikke var funnet feil.')).toEqual([
      'Regnskapet ble godkjent, og revisor opplyste at det ikke var funnet feil.',
    ]);
  });
  it("a main clause's own verdict beside a relative clause is a decision", () => {
    expect(found('Kari Nilsen, som ble valgt i fjor, ble gjenvalgt som leder for to år.')).toHaveLength(1);
    expect(found('Styret, som ble valgt i fjor, vedtok budsjettet.')).toHaveLength(1);
  });
  it("no objection from others than the meeting, or none so far, is no decision", () => {
    expect(found('Planen har vært på høring. Det er foreløpig ingen innsigelser fra naboene, men fristen går ut 1. april.')).toEqual([]);
    expect(found('Det var ingen merknader fra naboene.')).toEqual([]);
    expect(found('Ingen merknader fra styret.')).toEqual(['Ingen merknader fra styret.']);
  });
  it('a line broken by its writer is not joined to a new sentence in lower case', () => {
    expect(found('Budsjettet for 2024 ble vedtatt uten endringer', 'e-post med budsjettet sendes til alle medlemmer innen fredag.')).toEqual([
      'Budsjettet for 2024 ble vedtatt uten endringer',
    ]);
  });
});

describe('a case put off', () => {
  it.each(['Utsatt.', 'Enstemmig utsatt.'])('"%s" alone is a decision', (t) => {
    expect(isDecisionSentence(t)).toBe(true);
  });
  it.each(['Utsatt frist for innlevering av søknader er 1. mai.', 'Utsatt betaling av kontingent kan avtales med kasserer.', 'Utsatt for hærverk i sommer, gjerdet må repareres.', 'Ikke/delvis vedtatt.'])(
    'not "%s"',
    (t) => {
      expect(isDecisionSentence(t)).toBe(false);
    },
  );
});

describe('a document of the meeting changed accordingly (outside set h/803)', () => {
  it.each(['Protokollen endres i tråd med dette.', 'Referatet rettes etter innspill fra Kari.', 'Vedtektene endres slik at styret får fem medlemmer.'])('"%s" is a decision', (t) => {
    expect(isDecisionSentence(t)).toBe(true);
  });
  it.each(['Budsjettet justeres hvert år av kasserer.', 'Protokollen endres ofte for sent.'])('not "%s"', (t) => {
    expect(isDecisionSentence(t)).toBe(false);
  });
});

describe('an impersonal resolution ("Det settes ned …", outside set j/904)', () => {
  it.each(['Det settes ned en arbeidsgruppe som skal bestå av tre medlemmer.', 'Det avtales 5 møter i året.', 'Det bevilges kr 5000 til turen.', 'Det vert sett ned ei nemnd.'])(
    '"%s" is a decision',
    (t) => {
      expect(isDecisionSentence(t)).toBe(true);
    },
  );
  it.each(['Det søkes om midler.', 'Det arbeides med saken.', 'Det ble diskutert om det settes ned en gruppe.'])('not "%s"', (t) => {
    expect(isDecisionSentence(t)).toBe(false);
  });
});

describe('re-election accepted (outside set j/906)', () => {
  it.each(['Hugo Jentoft og Otto Kristian Lyssand tok gjenvalg (2 år).', 'Per Olsen tok imot gjenvalg som leiar.'])('"%s" is a decision', (t) => {
    expect(isDecisionSentence(t)).toBe(true);
  });
  it('not a slate\'s "tar gjenvalg" (willing to stand)', () => {
    expect(isDecisionSentence('Kari Hansen tar gjenvalg.')).toBe(false);
  });
});

describe('the review of the last three decision rules', () => {
  it.each([
    'Protokollen vert endra i tråd med dette.',
    'Referatet blir retta etter innspel.',
    'Protokollen fra forrige møte endres i tråd med dette.',
    'Møteboka endrast i tråd med dette.',
    'Det vert oppretta ei nemnd.',
    'Det løyvast kr 5000.',
    'Det ble satt ned en komité.',
    'Det ble bevilget kr 2000 til kaffe.',
    'Det ble avtalt at Kari kaller inn.',
    'På årsmøtet tok Kari gjenvalg.',
    'Som leder tok Kari Hansen gjenvalg.',
    'Kari tok også gjenvalg.',
  ])('Nynorsk, past tense and inverted order: "%s" is a decision', (t) => {
    expect(isDecisionSentence(t)).toBe(true);
  });
  it.each([
    'Vedtektene endres med 2/3 flertall på årsmøtet.',
    'Vedtektene endres etter reglene i § 12.',
    'Budsjettet justeres med jevne mellomrom.',
    'Reglementet endres etter behov.',
    'Budsjettet endres etter hvert som inntektene kommer inn.',
    'Det opprettes stadig nye lag i kretsen.',
    'Det etableres et nytt senter i kommunen i 2025.',
    'Det avtales ofte møter på kort varsel.',
    'Det bevilges hvert år kr 5000 til kaffe.',
    'Det innvilges normalt ikke støtte til reiser.',
    'Det bevilges for lite til kultur, mente leder.',
    'Det opprettes en ny komité, foreslo leder.',
    'Det bevilges kr 5000 dersom kommunen gir tilskudd.',
    'Det avtales nærmere med kommunen.',
    'Ingen tok gjenvalg.',
    'Ingen av styremedlemmene tok imot gjenvalg.',
    'Kari tok gjenvalg i fjor.',
    'Leder i nabolaget tok gjenvalg på deres årsmøte.',
    'Valgkomiteen har snakket med Kari, som tok gjenvalg.',
    'Kari tok ikke gjenvalg.',
  ])('a rule, a habit, information, a condition, another meeting: not "%s"', (t) => {
    expect(isDecisionSentence(t)).toBe(false);
  });
  it('the prefilter lets a sentence with two spaces through as the patterns do', () => {
    expect(isDecisionSentence('Det settes  ned en arbeidsgruppe.')).toBe(true);
  });
});

describe('the third review of the decision rules', () => {
  it.each([
    'Det settes ned en arbeidsgruppe som ser nærmere på saken.',
    'Det avtales at styret møtes hvert år i mars.',
    'Det bevilges kr 5000 til ny PC, som leder foreslo.',
    'Budsjettet justeres med kr 20 000 til vedlikehold.',
    'Sakslisten suppleres med sak 5/24.',
    'Referatet korrigeres med ny dato.',
    'Protokollen endres slik: punkt 3 strykes.',
    'Referatet endres med de merknader som kom fram.',
    'Leder, Kari Hansen, tok gjenvalg.',
    'Kari Hansen (tidligere kasserer) tok gjenvalg.',
    'Per tok ikke gjenvalg, men Kari tok gjenvalg.',
  ])('a guard reached too far: "%s" is a decision', (t) => {
    expect(isDecisionSentence(t)).toBe(true);
  });
});
