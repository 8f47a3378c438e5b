// The event knowledge in data/events, loaded once per process: the CAMEO codebook, the CAMEO → PLOVER map, the
// trigger lexicon (compiled into a lookup of inflected, normalized word forms) and the cue words.

import { readTsv } from '../arabic/data.js';
import { normalizeForMatch } from '../arabic/normalize.js';
import { MarsadError } from '../doc/errors.js';

export type ArgMode = 'obj' | 'opt' | 'gen' | 'prep' | 'sym' | 'pair' | 'none' | 'passive';

export interface CameoCode {
  code: string;
  root: string;
  quad: 1 | 2 | 3 | 4;
  goldstein: number;
  name: string;
}

export interface Trigger {
  /** Row number in triggers.tsv (1-based among data rows): which entry fired, for provenance and tests. */
  id: number;
  /** Normalized words one of which must follow the trigger in its clause (phrase triggers), or empty. */
  with: Set<string>;
  /** Normalized particles whose complement is the target. */
  particles: Set<string>;
  args: ArgMode;
  cameo: CameoCode;
  type: string;
  mode?: string;
  /** True for a verb form (perfect/imperfect), false for a verbal noun: the subject is looked for differently. */
  verbal: boolean;
  /** The subject agreement the matched verb form shows (null for nouns and ambiguous forms). */
  agree: Agreement;
  participle: boolean;
  /** A verbal noun written with a possessive pronoun (دعمه، نفيه، زيارتها): the pronoun is its genitive, and the
   * agreement it shows (m, f, pl); undefined when the form has none or is spelled alike without one. */
  possessive?: Agreement;
  /** A perfect with the suffix نا (فرضنا، قصفنا): "we did" as well as "he did to us"; in a direct quotation with no
   * subject named, the speaker's act (round 13). */
  firstPlural?: boolean;
}

export interface CueWords {
  negation: Set<string>;
  modal: Set<string>;
  belief: Set<string>;
  embed: Set<string>;
  head: Set<string>;
  boundary: Set<string>;
  adjunct: Set<string>;
  location: Set<string>;
  after: Set<string>;
  complementizer: Set<string>;
  agent: Set<string>;
  pronoun: Set<string>;
  masculine: Set<string>;
  passive: Set<string>;
  preposition: Set<string>;
  violence: Set<string>;
  crowd: Set<string>;
  relative: Set<string>;
  opener: Set<string>;
  /** «التحالف» (cue `coalition`), which `leads` follows. */
  coalition: Set<string>;
  leads: Set<string>;
  contrast: Set<string>;
  bareComplementizer: Set<string>;
  envoy: Set<string>;
  post: Set<string>;
  /** Verbs of undergoing (يواجه، تعرض ل): the subject is the target of the verbal noun after them. */
  undergo: Set<string>;
  /** After ما in a complement, a verb of calling (بما اعتبره): the complement follows it. */
  naming: Set<string>;
  /** Verbs of being able: negated, they negate the trigger they govern. */
  ability: Set<string>;
  /** Time prepositions that, opening a sentence, front a circumstance up to its first comma. */
  fronted: Set<string>;
  /** «وعلى رأسها X» after a plural object: X stands for the object. */
  headedBy: Set<string>;
  /** Capitals that host international bodies (بروكسل، جنيف): a meeting there is not with the host country. */
  seat: Set<string>;
  /** Plurals of things that take a feminine verb though written without ة/ات (دول): head-noun agreement. */
  feminine: Set<string>;
  /** Persuasion and campaign words (إقناع X بأن …): what they try to make believed is not coded as fact. */
  persuade: Set<string>;
  /** Nouns of conditions and demands (شروط، مطالب): the acts after them in their clause are what is demanded. */
  demand: Set<string>;
  /** Words of suspicion or involvement (مشتبه، ضلوع): an act after them is not the clause subject's. */
  suspect: Set<string>;
  /** «فيها، فيه» right after a killing verb (عملية دهس قتل فيها جنديان): the verb is passive, its victims follow. */
  inWhich: Set<string>;
  /** Meeting nouns (محادثات، مؤتمر، قمة): a place right after one (محادثات أستانا) is the venue, not a party. */
  meeting: Set<string>;
  /** Summit nouns (قمة، مؤتمر): a country right after one is the venue too (قمة سنغافورة). */
  summit: Set<string>;
  /** Statements (تصريحات، خطاب، تغريدة): «التي هاجم فيها إيران» after one is said, by its author, about the party. */
  speech: Set<string>;
  /** Nouns of naming (اسم، لقب) right after a phrase verb: «أطلق عليها اسم …» gives a name, it launches nothing. */
  name: Set<string>;
  /** Words naming a process after a meeting noun (محادثات السلام في أستانا): its venue is not its host party. */
  process: Set<string>;
  /** First-person verbs of doing or deciding (قمنا، قررنا): in a direct quotation, a verbal noun they govern is the
   * speaker's act. */
  self: Set<string>;
  /** Verbs that are first person only opening a quotation («"أعلن اليوم عن فرض …"»). */
  selfOpens: Set<string>;
  /** «نحن»: in a direct quotation, with «على/في» after it («نحن على تواصل مع …»), the verbal noun it stands before is
   * the speaker's side's state or act (round 50). */
  we: Set<string>;
  /** Help and cooperation (دعم، مساعدة، العمل): what a pledge may promise a party (round 13). */
  help: Set<string>;
  /** Acceptance (وافق، قبول): of an invitation or a meeting, it is intent to meet (round 13). */
  accept: Set<string>;
  /** What an acceptance may accept: an invitation, a meeting or a visit (دعوة، لقاء، زيارة). */
  accepted: Set<string>;
  /** Attack words that news also uses for attacks in words (هاجم، هجوم): with a cue `inWords` after them, or a
   * person as their only subject, they are criticism (round 15). */
  attackWord: Set<string>;
  /** What marks an attack as made in words (بشدة، لاذعا، قائلا، متهما، واصفا): round 15. */
  inWords: Set<string>;
  /** Verbs and nouns of receiving (تلقى، تسلم): an act named right after one is done to their subject (round 15). */
  receive: Set<string>;
  /** Sponsorship adverbials (برعاية، بوساطة): the actors after them are sponsors, no parties (round 14). */
  sponsor: Set<string>;
  /** Nouns of backing with a glued ب before «من» (بدعم من، بمساندة من): the party after «من» backs the act, it is
   * not its agent (round 55). */
  backing: Set<string>;
  /** Occupations of people who travel for a state (الدبلوماسي): before an unknown person, a state visit (round 14). */
  official: Set<string>;
  /** Verbs of standing (تقف، يقف): with a `behind` word after them, a party said to be behind an act (round 16r). */
  stand: Set<string>;
  /** وراء، خلف after a `stand` verb (round 16r). */
  behind: Set<string>;
  /** مسؤولة عن said of a party reported after أن/إن: blamed for an act of harm (round 16r). */
  responsible: Set<string>;
  /** Acts of harm blamed on a party that are no triggers of their own (الاعتداء، تسميم; round 16r). */
  harm: Set<string>;
  /** A noun of deciding: a verbal noun right after «قرار + party» is that party's act (round 21). */
  decision: Set<string>;
  /** A noun of evidence before «على أن» + party (دلائل، أدلة): what the party is said to have done is alleged (round 21). */
  evidence: Set<string>;
  /** Armed forces (قوات، مقاتلات، جنود): with a possessive pronoun, the forces of the party it refers to (round 25). */
  troops: Set<string>;
  /** Members (أعضاء): a head word only right before an international body (أعضاء مجلس الأمن: round 25). */
  members: Set<string>;
  /** Words of affiliation (التابعة، الموالية): a ل right after one of them is theirs, not a trigger's particle. */
  affiliation: Set<string>;
  /** Economic objects (أصول، أموال): an attack verb aimed at them (تستهدف أصول روسيا) is no attack. */
  economic: Set<string>;
  /** Verbs of counting or amounting (تعد، يشكل، بمثابة): an indefinite attack noun right after one is figurative (round 20). */
  figure: Set<string>;
  resumptive: Set<string>;
  direction: Set<string>;
  adverbial: Set<string>;
  killing: Set<string>;
  /** Nouns of an act done to a person or craft (خطف، إسقاط): a demonym after the noun of the one it is done to is the
   * victim's, as after a killing word (round 29). */
  victim: Set<string>;
  /** Killing or downing verbs (تقتل، أسقطت) whose unvoweled passive reads like the active: with no object, their party
   * is the victim (round 32). */
  killedVerb: Set<string>;
  /** «بشكل، بصورة» ("in a … way"): the word right after is an adjective, never a verb (round 29). */
  manner: Set<string>;
  /** Words of responding (رد، ردا): an act right after their «على» is someone else's (round 29). */
  respond: Set<string>;
  /** Common nouns that spell a verb form of a trigger (نصف "half"): never read as the verb (round 29). */
  notVerb: Set<string>;
  /** Words of refraining or avoiding (امتنع عن، تجنب): the act after them is not done (round 29). */
  refrain: Set<string>;
  /** Verbal nouns of carrying out (تنفيذ، شن) between a `refrain` word and the act (round 29). */
  doing: Set<string>;
  quantity: Set<string>;
  condemn: Set<string>;
  /** Words of welcoming (رحب، ترحيبها): as condemn, the act welcomed is someone else's (round 32). */
  welcome: Set<string>;
  /** Verbs of describing (وصف، يصف، واصفا): an act described is someone else's, unless a possessive makes it the
   * describer's own (ووصف بومبيو مباحثاته). Round 16. */
  describe: Set<string>;
  /** Verbs of referring (يشير، أشار) with إلى right after them: an act referred to is someone else's, as one
   * described (وكان ماتيس يشير إلى ضربة جوية …). Round 19. */
  refer: Set<string>;
  force: Set<string>;
  operation: Set<string>;
  news: Set<string>;
  /** Indefinite accusatives of trigger nouns that are another word (وصولا إلى "as far as", بحثا عن "in search
   * of"): not read as the noun (round 30). */
  notAccusative: Set<string>;
  /** Verbs of expecting or fearing (يتوقع، تخشى، تحسبا): a verbal noun after them in their clause is an act expected
   * of someone else, not the subject's (round 30). */
  expect: Set<string>;
  /** Words naming someone's ally (حليفة، حليفتها، حلفاء): the party right after one is whose ally, no party to the
   * clause's act (round 31). */
  ally: Set<string>;
  /** Nouns that take a verbal noun as their genitive (محاولة، عملية): the word right after one is a noun, never a
   * verb (round 31). */
  construct: Set<string>;
  /** Verbs of carrying out (تنفذ، نفذت): negated, they negate the act named by their object (round 31). */
  carryOut: Set<string>;
  /** Words right after a meeting noun that make it an interview (لقاء بثته …، لقاء تلفزيوني): no meeting (round 31). */
  interview: Set<string>;
  /** Nouns of imposing (فرض، بسط): a verbal noun with a possessive after «فرض + party» is that party's act (round 31). */
  impose: Set<string>;
  /** Round 33: a plural of countries whose members are listed after «هي» (ست دول عربية وهي …). */
  enumerated: Set<string>;
  /** Round 33: «هي، وهي، هما» opening the list of an `enumerated` noun. */
  enumerator: Set<string>;
  /** Round 33: verbs and nouns of an own ambassador's return to his post (سيعود، عودة): CAMEO 084. */
  envoyReturn: Set<string>;
  /** Round 33: nouns of envoys or officials (وفد، مسؤول) whose «من» + party before a verb is its subject. */
  delegates: Set<string>;
  /** Round 51: forms of قام, the support verb of «الزيارة التي يقوم بها …» (its agent follows «به/بها»). */
  perform: Set<string>;
  trial: Set<string>;
  appear: Set<string>;
  court: Set<string>;
  investigate: Set<string>;
  conduct: Set<string>;
  consultation: Set<string>;
  recall: Set<string>;
  /** Round 36: dual nouns of titles or sides (الرئيسان، الزعيمين، الجانبان) that take up two parties named before. */
  dualTitle: Set<string>;
  /** Round 37: a call, letter or cable (اتصال، رسالة، برقية) received «من» a party: that party consults the receiver. */
  message: Set<string>;
  /** A rank or place (المرتبة، المركز، الصدارة): right after a verb of occupying (or its subject), the verb is
   * taking a rank, no occupation (round 39). */
  rank: Set<string>;
  /** A word of value or amount (قيمتها، نسبتها): right after a word of arriving (تصل قيمتها إلى), no visit (round 39). */
  amount: Set<string>;
  /** A word of ability (القدرة، قادرة): an act after its «على» is one someone is able to do, no event (round 40). */
  capability: Set<string>;
  /** A statement or a past time after «في» between a verb's subject and its object (في بيان، في كلمة، في السابق): the
   * phrase says how or when, and the object follows it (round 41). */
  occasion: Set<string>;
  /** The verb زال after «لا/ما» (لا تزال، ما زالت): "still", so the particle negates nothing (round 42). */
  still: Set<string>;
  /** «كل» before «من» and a party («كل من إيران وسوريا»): the list's parties stand where the phrase does (round 45). */
  list: Set<string>;
  /** A word of sport (مباراة، المنتخب، الشوط، المونديال): countries or their teams meeting, attacking or dominating
   * in its sentence play a game (round 47). */
  sport: Set<string>;
  /** Words of repelling (صد، التصدي): an attack right after one lands where those repelling go (round 49). */
  repel: Set<string>;
  /** Words of entering (دخول، دخلت): the place after one is where those who enter go (round 49). */
  enter: Set<string>;
  /** A word of ordering (أمر، أوامره): a verbal noun after its ب is the orderer's act (round 57). */
  order: Set<string>;
  /** A word of intercepting (اعترض، اعتراض): an attack whose missile it intercepts is also the interceptors' (round 60). */
  intercept: Set<string>;
}

/** One reading of a word form: the trigger entry, whether it is a verb, and the subject agreement it shows. */
export interface FormHit {
  entry: number;
  verbal: boolean;
  agree: Agreement;
  /** A circumstantial active participle (…، متهمة واشنطن): its subject is the main clause's. */
  participle: boolean;
  /** Only read as a stem with the pronoun ه (قتله): a word written with ة (قتلة "killers") is another word. */
  pronounHa: boolean;
  /** A noun form with a possessive pronoun, and the agreement the pronoun shows (see Trigger.possessive). */
  possessive?: Agreement;
  /** Only read as a perfect with نا (see Trigger.firstPlural). */
  firstPlural?: boolean;
}

export interface EventLexicon {
  cameo: Map<string, CameoCode>;
  /** normalized word form → the trigger entries it can realise, in lexicon order */
  forms: Map<string, FormHit[]>;
  entries: Omit<Trigger, 'verbal' | 'agree' | 'participle'>[];
  cues: CueWords;
  /** Every particle a trigger takes, standing alone (عن، على، ضد …): a complement may follow it. */
  particleWords: Set<string>;
}

/** What a verb form says about its subject: masculine or feminine singular, plural (or dual), first person
 * (نرفض، أدين: the speaker), or nothing. */
export type Agreement = 'm' | 'f' | 'pl' | '1' | null;

interface Form {
  word: string;
  agree: Agreement;
  /** Built by appending the object or possessive pronoun ه. */
  pronounHa?: boolean;
  /** A noun built with a possessive pronoun: the agreement the pronoun shows. */
  possessive?: Agreement;
  /** The bare perfect with نا (فرضنا): also the first person plural. */
  firstPlural?: boolean;
  /** A noun's indefinite accusative (هجوما). */
  accusative?: boolean;
}

const PAST_SUFFIXES: [string, Agreement][] = [
  ['', 'm'],
  ['ت', 'f'],
  ['وا', 'pl'],
  ['ا', 'pl'],
  ['تا', 'pl'],
];
const IMPERFECT_PREFIXES: [string, Agreement][] = [
  ['ي', 'm'],
  ['ت', 'f'],
  ['ن', '1'],
  ['ا', '1'],
];
const IMPERFECT_SUFFIXES = ['', 'ون', 'ان', 'ن'];
const OBJECT_PRONOUNS = ['', 'ه', 'ها', 'هم', 'هما', 'نا'];
const NOUN_SUFFIXES = ['', 'ات', 'ه', 'ها', 'هم', 'هما', 'ين'];
/** The agreement a possessive pronoun on a noun shows. */
const POSSESSIVES: Record<string, Agreement> = { ه: 'm', ها: 'f', هم: 'pl', هما: 'pl' };

/** Two agreements one spelling shows: m when they are m and 1 (a perfect and a first-person imperfect), else none. */
function firstOrMasculine(a: Agreement, b: Agreement): Agreement {
  return (a === 'm' && b === '1') || (a === '1' && b === 'm') ? 'm' : null;
}

/** Perfect forms of a 3rd-person verb: final-weak verbs (دعا, نفى) drop their last letter before suffixes. */
function pastForms(past: string): Form[] {
  const weak = past.endsWith('ا') || past.endsWith('ي');
  const base = weak ? past.slice(0, -1) : past;
  const stems: [string, Agreement][] = weak
    ? [
        [past, 'm'],
        [`${base}ت`, 'f'],
        [`${base}وا`, 'pl'],
        [`${base}تا`, 'pl'],
      ]
    : PAST_SUFFIXES.map(([suffix, agree]) => [past + suffix, agree]);
  return stems.flatMap(([s, agree]) =>
    OBJECT_PRONOUNS.map((p) => ({
      word: p !== '' && s.endsWith('وا') ? s.slice(0, -1) + p : s + p,
      agree,
      pronounHa: p === 'ه',
      firstPlural: p === 'نا' && s === past,
    })),
  );
}

/** Imperfect forms: prefix + stem + number suffix; final-weak stems (دعو, نفي) drop their last letter before ون. */
function imperfectForms(stem: string): Form[] {
  const weak = stem.endsWith('و') || stem.endsWith('ي');
  const out: Form[] = [];
  for (const [prefix, person] of IMPERFECT_PREFIXES) {
    for (const suffix of IMPERFECT_SUFFIXES) {
      const body = weak && suffix === 'ون' ? stem.slice(0, -1) : stem;
      const agree = suffix === '' ? person : person && 'pl';
      for (const pronoun of OBJECT_PRONOUNS)
        out.push({ word: prefix + body + suffix + pronoun, agree, pronounHa: pronoun === 'ه' });
    }
  }
  return out;
}

function nounForms(noun: string): Form[] {
  const base = noun.endsWith('ه') ? noun.slice(0, -1) : noun;
  const out: Form[] = NOUN_SUFFIXES.map((s) => ({
    word: s === 'ات' ? base + s : noun + s,
    agree: null,
    pronounHa: s === 'ه',
    possessive: POSSESSIVES[s],
  }));
  // The indefinite accusative (بدأت تركيا هجوما، عقد اجتماعا مع): round 30. Not after ة (written the same), a sound
  // feminine plural (no alif) or a final alif.
  if (!/(ه|ات|ا|ى)$/.test(noun)) out.push({ word: `${noun}ا`, agree: null, accusative: true });
  if (noun.endsWith('ه')) {
    out.push({ word: `${base}ت`, agree: null });
    for (const p of ['ها', 'ه', 'هم']) out.push({ word: `${base}ت${p}`, agree: null, possessive: POSSESSIVES[p] });
  }
  return out;
}

/** Indefinite accusative participles, the circumstantial form (متهما، متهمة، متهمين): the definite ones are nouns. */
function participleForms(stem: string): Form[] {
  return [
    { word: `${stem}ا`, agree: 'm' },
    { word: `${stem}ه`, agree: 'f' },
    // The plural (منددين ب، داعين تركيا إلى: a final-weak stem drops its ي): round 30.
    { word: `${stem.endsWith('ي') ? stem.slice(0, -1) : stem}ين`, agree: 'pl' },
  ];
}

function expandForm(item: string): { forms: Form[]; verbal: boolean; participle?: boolean } {
  const [kind, raw] = item.split(':');
  const word = normalizeForMatch(raw ?? '');
  if (word === '') throw new MarsadError(`data/events/triggers.tsv: bad form "${item}"`, 'data');
  switch (kind) {
    case 'p':
      return { forms: pastForms(word), verbal: true };
    case 'i':
      return { forms: imperfectForms(word), verbal: true };
    case 'n':
      return { forms: nounForms(word), verbal: false };
    case 'a':
      return { forms: participleForms(word), verbal: true, participle: true };
    case 'w':
      return { forms: [{ word, agree: null }], verbal: false };
    default:
      throw new MarsadError(`data/events/triggers.tsv: unknown form kind in "${item}"`, 'data');
  }
}

function wordSet(cell: string | undefined): Set<string> {
  return new Set(
    (cell ?? '')
      .split('|')
      .map((w) => normalizeForMatch(w.trim()))
      .filter((w) => w !== ''),
  );
}

function loadCameo(): Map<string, CameoCode> {
  const map = new Map<string, CameoCode>();
  for (const [code, root, quad, goldstein, name] of readTsv('events/cameo.tsv').slice(1)) {
    map.set(code, { code, root, quad: Number(quad) as 1 | 2 | 3 | 4, goldstein: Number(goldstein), name });
  }
  return map;
}

function loadPloverMap(): Map<string, { type: string; mode: string }> {
  const map = new Map<string, { type: string; mode: string }>();
  for (const [code, type, mode] of readTsv('events/cameo2plover.tsv').slice(1)) map.set(code, { type, mode });
  return map;
}

function loadCues(): CueWords {
  const cues: CueWords = {
    negation: new Set(),
    modal: new Set(),
    belief: new Set(),
    embed: new Set(),
    head: new Set(),
    boundary: new Set(),
    adjunct: new Set(),
    location: new Set(),
    after: new Set(),
    complementizer: new Set(),
    agent: new Set(),
    pronoun: new Set(),
    masculine: new Set(),
    passive: new Set(),
    preposition: new Set(),
    violence: new Set(),
    crowd: new Set(),
    relative: new Set(),
    opener: new Set(),
    coalition: new Set(),
    leads: new Set(),
    contrast: new Set(),
    bareComplementizer: new Set(),
    envoy: new Set(),
    post: new Set(),
    resumptive: new Set(),
    direction: new Set(),
    adverbial: new Set(),
    killing: new Set(),
    victim: new Set(),
    killedVerb: new Set(),
    manner: new Set(),
    respond: new Set(),
    notVerb: new Set(),
    refrain: new Set(),
    doing: new Set(),
    quantity: new Set(),
    condemn: new Set(),
    welcome: new Set(),
    describe: new Set(),
    refer: new Set(),
    force: new Set(),
    operation: new Set(),
    undergo: new Set(),
    naming: new Set(),
    ability: new Set(),
    fronted: new Set(),
    headedBy: new Set(),
    seat: new Set(),
    feminine: new Set(),
    affiliation: new Set(),
    economic: new Set(),
    figure: new Set(),
    persuade: new Set(),
    demand: new Set(),
    inWhich: new Set(),
    suspect: new Set(),
    meeting: new Set(),
    summit: new Set(),
    speech: new Set(),
    process: new Set(),
    name: new Set(),
    self: new Set(),
    selfOpens: new Set(),
    we: new Set(),
    help: new Set(),
    accept: new Set(),
    accepted: new Set(),
    attackWord: new Set(),
    inWords: new Set(),
    receive: new Set(),
    sponsor: new Set(),
    backing: new Set(),
    official: new Set(),
    stand: new Set(),
    behind: new Set(),
    responsible: new Set(),
    harm: new Set(),
    decision: new Set(),
    evidence: new Set(),
    troops: new Set(),
    members: new Set(),
    news: new Set(),
    notAccusative: new Set(),
    expect: new Set(),
    ally: new Set(),
    construct: new Set(),
    carryOut: new Set(),
    interview: new Set(),
    impose: new Set(),
    enumerated: new Set(),
    enumerator: new Set(),
    envoyReturn: new Set(),
    delegates: new Set(),
    perform: new Set(),
    trial: new Set(),
    appear: new Set(),
    court: new Set(),
    investigate: new Set(),
    conduct: new Set(),
    consultation: new Set(),
    recall: new Set(),
    dualTitle: new Set(),
    message: new Set(),
    rank: new Set(),
    amount: new Set(),
    capability: new Set(),
    occasion: new Set(),
    still: new Set(),
    list: new Set(),
    sport: new Set(),
    repel: new Set(),
    enter: new Set(),
    order: new Set(),
    intercept: new Set(),
  };
  return readWordSets('events/cues.tsv', cues);
}

/**
 * Fills one set per kind with the normalized words of a TSV of `kind<TAB>word` rows under data/ (a header line
 * first); a kind `sets` has no set for is a data error. The cue words and the claim words (claims.ts) are kept so.
 */
export function readWordSets<T extends { [K in keyof T]: Set<string> }>(file: string, sets: T): T {
  const byKind = sets as Record<string, Set<string>>;
  for (const [kind, word] of readTsv(file).slice(1)) {
    if (!Object.hasOwn(byKind, kind)) throw new MarsadError(`data/${file}: unknown kind "${kind}"`, 'data');
    byKind[kind].add(normalizeForMatch(word.trim()));
  }
  return sets;
}

function buildLexicon(): EventLexicon {
  const cameo = loadCameo();
  const plover = loadPloverMap();
  const forms = new Map<string, FormHit[]>();
  const entries: Omit<Trigger, 'verbal' | 'agree' | 'participle'>[] = [];
  const cues = loadCues();
  const rows = readTsv('events/triggers.tsv').slice(1);
  rows.forEach((cells, index) => {
    const [formCell, withCell, particleCell, args, code, type, mode] = cells.map((c) => c.trim());
    const code_ = cameo.get(code);
    const mapped = plover.get(code);
    if (!code_ || !mapped)
      throw new MarsadError(`data/events/triggers.tsv row ${index + 1}: unknown CAMEO code ${code}`, 'data');
    if (mapped.type !== type) {
      throw new MarsadError(
        `data/events/triggers.tsv row ${index + 1}: ${code} is ${mapped.type}, not ${type}`,
        'data',
      );
    }
    entries.push({
      id: index + 1,
      with: wordSet(withCell),
      particles: wordSet(particleCell),
      args: args as ArgMode,
      cameo: code_,
      type,
      mode: mode || mapped.mode || undefined,
    });
    for (const item of formCell.split(/\s+/)) {
      const { forms: words, verbal, participle = false } = expandForm(item);
      for (const { word, agree, pronounHa = false, possessive, firstPlural = false, accusative } of words) {
        if (accusative && cues.notAccusative.has(word)) continue;
        const list = forms.get(word) ?? [];
        // A word can be both a verb and its verbal noun (طرد، قصف): keep one reading of each.
        const same = list.find((x) => x.entry === index && x.verbal === verbal);
        // The same spelling read two ways (تقتل: she kills / you kill) shows no reliable agreement.
        // But a perfect spelled like a first-person imperfect (انتقد: he criticized / أنتقد: I criticize) is read as
        // the perfect, the form of news prose; a quoted «أنتقد» is rare (round 19: «وانتقد روسيا لدعمها دمشق»).
        if (same && same.agree !== agree) same.agree = firstOrMasculine(same.agree, agree);
        if (same && !pronounHa) same.pronounHa = false;
        // A noun spelled alike with and without a pronoun (two forms of one entry) has no sure possessive.
        if (same && same.possessive !== possessive) same.possessive = undefined;
        if (same && !firstPlural) same.firstPlural = false;
        if (!same)
          list.push({
            entry: index,
            verbal,
            agree,
            participle,
            pronounHa: pronounHa && !participle,
            possessive,
            firstPlural,
          });
        forms.set(word, list);
      }
    }
  });
  const particleWords = new Set(['ل', ...entries.flatMap((e) => [...e.particles])]);
  return { cameo, forms, entries, cues, particleWords };
}

let cached: EventLexicon | undefined;

export function eventLexicon(): EventLexicon {
  cached ??= buildLexicon();
  return cached;
}
