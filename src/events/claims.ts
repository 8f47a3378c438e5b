// Events with no trigger verb of their own (round 24): a denial stated as a claim («لا صلة لنا ب…»، «روسيا وحلفاءها
// لا يتحملون المسؤولية»، «أنها اتهامات لا أساس لها») and an accusation stated as a party's act of fabricating («إن
// الولايات المتحدة اختلقت …»). The one who denies or accuses is the speaker: the party of a headline «X: …», else the
// subject the sentence last named, else the party after a verb of saying that opens the sentence. The words are in
// data/events/claims.tsv; `code.ts` calls `verblessClaim` for each word before its trigger lookup.
import { normalizeForMatch } from '../arabic/normalize.js';
import type { Token } from '../doc/types.js';
import type { Actor } from './actors.js';
import { COMMAS, QUOTES } from './clauses.js';
import { readWordSets, type Trigger } from './lexicon.js';

interface ClaimWords {
  relation: Set<string>;
  own: Set<string>;
  bear: Set<string>;
  baseless: Set<string>;
  claimNoun: Set<string>;
  misdeed: Set<string>;
  judgement: Set<string>;
  rejection: Set<string>;
  must: Set<string>;
  stop: Set<string>;
  say: Set<string>;
}

let words: ClaimWords | undefined;

function claimWords(): ClaimWords {
  words ??= readWordSets<ClaimWords>('events/claims.tsv', {
    relation: new Set(),
    own: new Set(),
    bear: new Set(),
    baseless: new Set(),
    claimNoun: new Set(),
    misdeed: new Set(),
    judgement: new Set(),
    rejection: new Set(),
    must: new Set(),
    stop: new Set(),
    say: new Set(),
  });
  return words;
}

/** What the claim rules need of the coder's sentence context (`code.ts` builds it). */
export interface ClaimView {
  tokens: Token[];
  /** Token range [first, last) of the sentence. */
  first: number;
  last: number;
  actors: Actor[];
  isWord(i: number): boolean;
  /** Whether token i may start a claim (mayStartClaim, worked out once per written word: anchors.ts). */
  mayStartClaim(i: number): boolean;
  inClause(i: number, j: number): boolean;
  isAside(i: number): boolean;
  /** A title, body or time word that may stand between a verb and its party (cue `head`). */
  isBridge(i: number): boolean;
  isComplementizer(i: number): boolean;
  /** A word of condition earlier in the clause of token i («إذا ثبت أن …» is no claim). */
  conditionBefore(i: number): boolean;
  /** The subject the sentence last named before a text offset (quote speakers, sources of coded verbs). */
  lastSubject(at: number): Actor | undefined;
  /** A word that is a verb trigger of the lexicon (another predicate between a subject and a judgement). */
  isVerbTrigger(i: number): boolean;
  /** The one party a ه/ها pronoun on token i stands for (antecedents.ts), of another country than `exclude`. */
  pronounParty(i: number, exclude: string | null): Actor | undefined;
  /** The lexicon's entry for a CAMEO code, as a trigger. */
  entry(code: string): Trigger | undefined;
}

export interface Claim {
  trigger: Trigger;
  /** The token the event is anchored on (its flags are read before it). */
  at: number;
  /** Where the claim starts: a claim noun it calls baseless, else `at` (what embeds it must start before). */
  from: number;
  /** Where negation and modality are read before: the claim noun of a baseless claim (its own belief word, مزاعم,
   * is not the denial's), else `at`. */
  flagsAt: number;
  pairs: [Actor, Actor | null][];
}

/** CAMEO 016 (deny responsibility), 112 (accuse), 111 (criticize), 120 (reject) and 100 (demand). */
const DEMAND = '100';
const REJECT = '120';
const DENY = '016';
const ACCUSE = '112';
const CRITICIZE = '111';
/** Words before «لا» within which a baseless claim is named («أنها اتهامات لا أساس لها»). */
const CLAIM_WORDS = 2;
/** Words between a party and «لا يتحملون» («روسيا وحلفاءها لا يتحملون»). */
const BEARER_WORDS = 2;
/** «المسؤولية», as the tokenizer normalizes it. */
const RESPONSIBILITY = normalizeForMatch('المسؤولية');

/** The word without a leading و/ف (a string test, not a regular expression: this runs for every word). */
const bare = (t: Token) => (t.norm[0] === 'و' || t.norm[0] === 'ف' ? t.norm.slice(1) : t.norm);
const actorAt = (v: ClaimView, i: number) => v.actors.find((a) => a.first === i);

/** The party a headline «X: …» opens with: the first word is a party and a colon follows it. */
function headlineSpeaker(v: ClaimView): Actor | undefined {
  let j = v.first;
  while (j < v.last && !v.isWord(j)) j++;
  const a = actorAt(v, j);
  return a && v.tokens[a.last]?.text === ':' ? a : undefined;
}

/** «قال الكرملين …»، «واعتبر الناطق باسم الكرملين ديمتري بيسكوف …»: the party after an opening verb of saying. */
function openingSpeaker(v: ClaimView): Actor | undefined {
  let j = v.first;
  while (j < v.last && !v.isWord(j)) j++;
  const verb = bare(v.tokens[j] ?? ({ norm: '' } as Token)).replace(/ت$/, '');
  if (!claimWords().say.has(verb)) return undefined;
  for (let k = j + 1; k < v.last && v.inClause(j, k); k++) {
    const a = actorAt(v, k);
    if (a) return a;
    if (v.isWord(k) && !v.isBridge(k)) return undefined;
  }
  return undefined;
}

function speaker(v: ClaimView, i: number): Actor | undefined {
  return headlineSpeaker(v) ?? v.lastSubject(v.tokens[i].start) ?? openingSpeaker(v);
}

/** The previous word (past quotation marks) before token i, or -1. */
function wordBefore(v: ClaimView, i: number): number {
  for (let k = i - 1; k >= v.first; k--) if (v.isWord(k)) return k;
  return -1;
}

/** «لها، له، لهم» after a relation noun: the party before «لا» («إن روسيا لا علاقة لها ب…»). */
const THIRD_PERSON = new Set(['لها', 'له', 'لهم']);

/** The party right before «لا» (a coordinated noun may stand between: «روسيا وحلفاءها لا يتحملون»). */
function partyBefore(v: ClaimView, i: number): Actor | undefined {
  for (let k = i - 1, n = 0; k >= v.first && v.inClause(i, k) && n < BEARER_WORDS; k--) {
    const party = v.actors.find((a) => a.last - 1 === k);
    if (party) return party;
    if (v.isWord(k)) n++;
  }
  return undefined;
}

/**
 * The speaker of a denial made for a party in the third person: only when the speaker is of the party's country
 * (the Kremlin for Russia). A third party cleared by someone else («قال الكرملين إن إيران لا تتحمل …») is no denial.
 */
function deniedFor(v: ClaimView, i: number, party: Actor | undefined): Actor | undefined {
  const said = speaker(v, i);
  return party && said && party !== said && party.country === said.country ? said : undefined;
}

/**
 * A denial with no verb at «لا» (token i): «لا صلة/علاقة لنا ب…» (the speaker's), «لا نتحمل المسؤولية», «X … لا
 * يتحملون المسؤولية»، «X لا علاقة لها ب…»، «لا علاقة لـX ب…» with X of the speaker's country (the speaker denies for
 * it), «اتهامات/أنها … لا أساس لها».
 */
function denial(v: ClaimView, i: number): Claim | undefined {
  const w = claimWords();
  const next = v.tokens[i + 1];
  const after = v.tokens[i + 2];
  if (!next || !after || i + 2 >= v.last) return undefined;
  const entry = v.entry(DENY);
  if (!entry) return undefined;
  let source: Actor | undefined;
  let from = i;
  if (w.relation.has(next.norm) && w.own.has(after.norm)) source = speaker(v, i);
  else if (w.relation.has(next.norm) && THIRD_PERSON.has(after.norm)) source = deniedFor(v, i, partyBefore(v, i));
  else if (w.relation.has(next.norm) && after.proclitics.includes('ل'))
    // «لا علاقة لروسيا بالهجوم», said by Moscow.
    source = deniedFor(v, i, actorAt(v, i + 2));
  else if (w.bear.has(next.norm) && bare(after) === RESPONSIBILITY)
    source = next.norm.startsWith('ن') ? speaker(v, i) : deniedFor(v, i, partyBefore(v, i));
  else if (w.baseless.has(next.norm) && (after.norm === 'لها' || after.norm === 'له')) {
    for (let k = i - 1, n = 0; k >= v.first && v.inClause(i, k) && n < CLAIM_WORDS; k--) {
      if (!v.isWord(k)) continue;
      n++;
      if (w.claimNoun.has(bare(v.tokens[k]))) {
        source = speaker(v, i);
        from = k;
        break;
      }
    }
  }
  if (!source || v.conditionBefore(i)) return undefined;
  return { trigger: entry, at: i, from, flagsAt: from, pairs: [[source, null]] };
}

/** A misdeed row at token i: its verb (with or without an object pronoun), then its other words in order. */
function misdeedAt(v: ClaimView, i: number): boolean {
  return phraseAt(v, i, claimWords().misdeed);
}

/** The rows of each phrase list by their first word, each with its other words (split once, not per token). */
const phraseIndexes = new WeakMap<Set<string>, Map<string, string[][]>>();

function phraseIndex(rows: Set<string>): Map<string, string[][]> {
  let index = phraseIndexes.get(rows);
  if (index) return index;
  index = new Map();
  for (const row of rows) {
    const [first, ...rest] = row.split(' ');
    index.set(first, [...(index.get(first) ?? []), rest]);
  }
  phraseIndexes.set(rows, index);
  return index;
}

/** A row of `rows` at token i: its first word (with or without an object pronoun), then its other words in order. */
function phraseAt(v: ClaimView, i: number, rows: Set<string>): boolean {
  const index = phraseIndex(rows);
  const word = bare(v.tokens[i]);
  const verb = withoutObjectPronoun(word);
  for (const rest of index.get(word) ?? []) if (restAt(v, i + 1, rest)) return true;
  if (verb !== word) for (const rest of index.get(verb) ?? []) if (restAt(v, i + 1, rest)) return true;
  return false;
}

/** The word without a final object pronoun ها، هما، هم، ه (string tests: this runs for every word). */
export function withoutObjectPronoun(word: string): string {
  if (word.endsWith('هما')) return word.slice(0, -3);
  if (word.endsWith('ها') || word.endsWith('هم')) return word.slice(0, -2);
  return word.endsWith('ه') ? word.slice(0, -1) : word;
}

let starts: Set<string> | undefined;

/**
 * The words a claim other than «لا …» can start with: the first words of the misdeed, judgement and rejection rows,
 * and the `must` words. Most words are none, and the claim rules read several words around each: checking this first
 * keeps them off nearly every word (the event stage runs verblessClaim on every word of the body).
 */
function claimStarts(): Set<string> {
  if (starts) return starts;
  const w = claimWords();
  starts = new Set(w.must);
  for (const rows of [w.misdeed, w.judgement, w.rejection])
    for (const first of phraseIndex(rows).keys()) starts.add(first);
  return starts;
}

/** The words of `rest` in order from token k on, skipping punctuation, within the view. */
function restAt(v: ClaimView, k: number, rest: string[]): boolean {
  for (const w of rest) {
    while (k < v.last && !v.isWord(k)) k++;
    if (k >= v.last || v.tokens[k].norm !== w) return false;
    k++;
  }
  return true;
}

/**
 * «إن الولايات المتحدة اختلقت "حجة لا معنى لها"»، «وقالت إن الولايات المتحدة اختلقتها»: a party right after أن/إن (or
 * a colon, a quotation mark) whose verb (token i) is one of fabricating is accused of it by the speaker.
 */
function fabrication(v: ClaimView, i: number): Claim | undefined {
  if (!misdeedAt(v, i)) return undefined;
  const k = wordBefore(v, i);
  const last = k >= 0 ? v.actors.find((a) => a.last - 1 === k) : undefined;
  if (!last) return undefined;
  const group = coordinatedBefore(v, last);
  const accused = group[0];
  let c = accused.first - 1;
  while (c > v.first && (QUOTES.has(v.tokens[c].text) || (v.isBridge(c) && v.isWord(c)))) c--;
  const opens = c >= v.first && (v.isComplementizer(c) || v.tokens[c].text === ':' || QUOTES.has(v.tokens[c].text));
  const entry = v.entry(ACCUSE);
  if (!opens || !entry || v.conditionBefore(c)) return undefined;
  const source = speaker(v, c);
  return source ? { trigger: entry, at: i, from: c, flagsAt: i, pairs: group.map((a) => [source, a]) } : undefined;
}

/** Words between an act noun's parties and a misdeed verb («أنشطة إيران الخبيثة تشكل تهديدا»، «أنشطة إيران الإرهابية ما زالت تزعزع»). */
const ACT_MISDEED_WORDS = 3;

/**
 * «إن أنشطة #إيران الخبيثة تشكل تهديدا لاستقرار المنطقة»: a misdeed row whose subject is an act noun opening reported
 * content (right after أن/إن or a colon) with its parties right after it (a genitive, demonym adjectives), at most
 * ACT_MISDEED_WORDS words before the misdeed, accuses those parties (112) by the speaker, as a party right before it
 * does (fabrication). Not when a complementizer or another verb trigger stands between, nor under a condition.
 * Round 42.
 */
function actFabrication(v: ClaimView, i: number): Claim | undefined {
  if (!misdeedAt(v, i)) return undefined;
  const opened = reportedActParties(v, i);
  if (!opened) return undefined;
  const { c, parties } = opened;
  let words = 0;
  for (let k = parties[parties.length - 1].last; k < i; k++) {
    if (!v.isWord(k)) continue;
    if (v.isComplementizer(k) || v.isVerbTrigger(k) || ++words > ACT_MISDEED_WORDS) return undefined;
  }
  const entry = v.entry(ACCUSE);
  if (!entry || v.conditionBefore(c)) return undefined;
  const source = speaker(v, c);
  return source ? { trigger: entry, at: i, from: c, flagsAt: i, pairs: parties.map((a) => [source, a]) } : undefined;
}

/**
 * The parties coordinated with و that end with `last` («أن روسيا وسوريا تختلقان …»), first to last (round 26):
 * each one's first token carries a peeled و and the one before it ends right there.
 */
function coordinatedBefore(v: ClaimView, last: Actor): Actor[] {
  const group = [last];
  for (;;) {
    const t = v.tokens[group[0].first];
    if (t.proclitics[0] !== 'و') return group;
    const prev = v.actors.find((a) => a.last === group[0].first);
    if (!prev || !v.inClause(last.first, prev.first)) return group;
    group.unshift(prev);
  }
}

/** Words from the complementizer to a judgement («أن التنازلات الروسية والسورية المتعلقة بمساعي وقف إطلاق النار في
 * البلاد "غير كافية"»). */
const JUDGED_WORDS = 12;

/** Words of a body's name between an act noun and its demonym («مناشدة وزارة الخارجية الأميركية»). */
const BODY_WORDS = 2;

/**
 * The parties of an act noun right after token h: a genitive or a demonym adjective, and the parties coordinated with
 * it by و («التنازلات الروسية والسورية», «سياسة إيران وحلفائها»).
 */
const DEFINITE = /^ال/;

function actParties(v: ClaimView, h: number, end: number): Actor[] {
  const parties: Actor[] = [];
  let k = h + 1;
  // «مناشدة الخارجية الأميركية»، «تصريحات وزارة الخارجية الروسية»: a body's name may stand before its demonym.
  for (let n = 0; n < BODY_WORDS && k < end && v.isBridge(k) && !actorAt(v, k); n++) k++;
  // «العملية العسكرية التركية»: one definite adjective may stand between the noun and its demonym (round 27).
  if (!actorAt(v, k) && k + 1 < end && DEFINITE.test(v.tokens[k].norm) && actorAt(v, k + 1)?.kind === 'demonym') k++;
  for (let a = actorAt(v, k); a && a.last <= end; a = actorAt(v, k)) {
    if (parties.length > 0 && !v.tokens[a.first].proclitics.includes('و')) break;
    parties.push(a);
    k = a.last;
  }
  return parties;
}

/**
 * The act noun opening reported content before token i (right after أن/إن or a colon, within JUDGED_WORDS words) and
 * its parties right after it (actParties), with the opening token c.
 */
function reportedActParties(v: ClaimView, i: number): { c: number; parties: Actor[] } | undefined {
  let c = -1;
  for (let k = i - 1, n = 0; k >= v.first && v.inClause(i, k) && n <= JUDGED_WORDS; k--) {
    if (!v.isWord(k)) {
      if (v.tokens[k].text === ':') c = k;
      if (c >= 0) break;
      continue;
    }
    if (v.isComplementizer(k)) {
      c = k;
      break;
    }
    n++;
  }
  if (c < 0) return undefined;
  let h = c + 1;
  while (h < i && !v.isWord(h)) h++;
  if (h >= i || v.actors.some((a) => a.first <= h && h < a.last)) return undefined;
  const parties = actParties(v, h, i);
  return parties.length === 0 ? undefined : { c, parties };
}

/**
 * «اعتبر ماكرون أن التنازلات الروسية والسورية المتعلقة بمساعي وقف إطلاق النار "غير كافية"»: an act noun opening
 * reported content (right after أن/إن or a colon) with its parties right after it (a genitive, demonym adjectives)
 * judged wanting (a `judgement` row at token i: غير كافية، غير مقبولة، غير قانونية، محفوف بالمخاطر …) in the same
 * clause is a criticism (CAMEO 111) of those parties by the speaker. Not when another verb trigger or complementizer
 * stands between the parties and the judgement (the judgement is then another subject's), nor under a condition.
 */
function judgedAct(v: ClaimView, i: number): Claim | undefined {
  // «إن مناشدة الخارجية الأميركية لتركيا "لتذهب لقراءة" قرار وقف إطلاق النار لا أساس لها»: a party's claim or appeal
  // called baseless is rejected (120), as «وصف … الاتهامات الأميركية بأنها …» is.
  const rejected = phraseAt(v, i, claimWords().rejection);
  if (!rejected && !phraseAt(v, i, claimWords().judgement)) return undefined;
  const opened = reportedActParties(v, i);
  if (!opened) return undefined;
  const { c, parties } = opened;
  for (let k = parties[parties.length - 1].last; k < i; k++)
    if (v.isWord(k) && (v.isComplementizer(k) || v.isVerbTrigger(k))) return undefined;
  const entry = v.entry(rejected ? REJECT : CRITICIZE);
  if (!entry || v.conditionBefore(c)) return undefined;
  const source = speaker(v, c);
  return source
    ? { trigger: entry, at: i, from: c, flagsAt: rejected ? c : i, pairs: parties.map((a) => [source, a]) }
    : undefined;
}

/** Words between the act noun and the verb of obligation («وانتهاكاتها اليومية لسيادتنا يجب أن تتوقف»). */
const STOPPED_WORDS = 3;

/**
 * «إن إسرائيل "تبقى التهديد الرئيسي للبنان، وانتهاكاتها اليومية لسيادتنا يجب أن تتوقف"»: a party's act that must
 * stop (a `must` word at token i, أن, a `stop` verb) is a demand (CAMEO 100) on the party by the speaker. The act is
 * the noun opening the clause within STOPPED_WORDS words before: its possessive pronoun's one antecedent (not of the
 * speaker's country), or a party right after it (genitive, demonym adjective: «الهجمات الإسرائيلية يجب أن تتوقف»).
 * Round 26.
 */
function demandedStop(v: ClaimView, i: number): Claim | undefined {
  const w = claimWords();
  if (!w.must.has(bare(v.tokens[i]))) return undefined;
  const that = v.tokens[i + 1];
  const verb = v.tokens[i + 2];
  if (!that || !verb || i + 2 >= v.last || that.norm !== 'ان' || !w.stop.has(bare(verb))) return undefined;
  const entry = v.entry(DEMAND);
  const said = speaker(v, i);
  if (!entry || !said || v.conditionBefore(i)) return undefined;
  for (let k = i - 1, n = 0; k >= v.first && n < STOPPED_WORDS; k--) {
    if (!v.isWord(k)) continue;
    n++;
    const prev = v.tokens[k - 1];
    const opens = k === v.first || !prev || !v.isWord(k - 1) || v.isComplementizer(k - 1);
    if (!opens || v.actors.some((a) => a.first <= k && k < a.last)) continue;
    const party = v.pronounParty(k, said.country) ?? v.actors.find((a) => a.first === k + 1 && a.last <= i);
    return party ? { trigger: entry, at: i, from: k, flagsAt: k, pairs: [[said, party]] } : undefined;
  }
  return undefined;
}

/**
 * «نفت تقارير تفيد بأنها تعاونت مع سوريا …، وقالت إن الولايات المتحدة اختلقتها»: after a comma, a verb of saying with
 * و opens a statement of its own, so a claim after it is not the content of a denial or an accusation before it.
 */
export function saidAgainBetween(v: ClaimView, from: number, i: number): boolean {
  for (let j = from + 1; j < i; j++) {
    const t = v.tokens[j];
    if (!t.proclitics.includes('و') || !COMMAS.has(v.tokens[j - 1]?.text ?? '')) continue;
    if (claimWords().say.has(bare(t).replace(/ت$/, ''))) return true;
  }
  return false;
}

/** Whether a claim may start at this word: «لا», or a first word of a claim row (the words verblessClaim tries). */
export function mayStartClaim(t: Token): boolean {
  if (t.norm === 'لا' || t.norm === 'ولا') return true;
  const word = bare(t);
  return claimStarts().has(word) || claimStarts().has(withoutObjectPronoun(word));
}

/** A verb-less denial at «لا», or an accusation of fabricating, at token i. */
export function verblessClaim(v: ClaimView, i: number): Claim | undefined {
  const t = v.tokens[i];
  if (t?.kind !== 'arabic' || v.isAside(i)) return undefined;
  if (t.norm === 'لا' || t.norm === 'ولا') return denial(v, i) ?? judgedAct(v, i);
  if (!v.mayStartClaim(i)) return undefined;
  return fabrication(v, i) ?? actFabrication(v, i) ?? judgedAct(v, i) ?? demandedStop(v, i);
}
