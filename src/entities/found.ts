// The linker's working mentions and how a gazetteer match becomes a target, shared by link.ts and the
// document-level passes (descriptors.ts, apposition.ts, propagate.ts).
import type { EntityType, Mention, Token } from '../doc/types.js';
import type { Cues } from './cues.js';
import {
  type Candidate,
  type Country,
  type Gazetteer,
  type GazetteerEntry,
  type MatchVia,
  nameKey,
  type RoleCue,
} from './gazetteer.js';
import { isNameToken, type TokenForms } from './spans.js';
import type { TokenFlags } from './token-flags.js';

/** What a mention refers to once linked. */
export type Target =
  | { kind: 'entry'; entry: GazetteerEntry; via: MatchVia }
  | { kind: 'capital'; country: Country }
  | { kind: 'metonym'; country: Country; key: string };

/** What the document passes read besides the mentions: the gazetteer, the cue lists and the article's tokens. */
export interface LinkContext {
  g: Gazetteer;
  cues: Cues;
  tokens: readonly Token[];
  forms: TokenForms;
  text: string;
  /** What each token starts or is among the cue lists (token-flags.ts). */
  flags: TokenFlags;
}

export interface Found extends Mention {
  /** Token range [first, last) the mention covers. */
  first: number;
  last: number;
  target?: Target;
  /** Role cues when the mention is a role phrase; resolved to a person later. */
  cues?: RoleCue[];
  /** A role phrase right after «باسم» (the office a spokesperson speaks for): resolved by date, not by apposition. */
  spokenFor?: boolean;
  /** Country known from the mention's own words (a demonym inside «وزارة الخارجية الفرنسية»). */
  country?: string;
  /** A title phrase in apposition to this person mention: it joins the person's entity. */
  apposedTo?: Found;
  /** Added by document-level propagation (it does not propagate further). */
  propagated?: boolean;
  /** A name only its context makes one («العربية» after «قناة»): not looked for elsewhere («الدول العربية»). */
  contextual?: boolean;
  /** A title phrase naming one officeholder no name stands beside («وزير الداخلية الأفغاني»): a person by office. */
  office?: boolean;
}

/** The fields a new mention is given; `newFound` fills in the rest. */
export type FoundFields = Mention & Pick<Found, 'first' | 'last'> & Partial<Found>;

/**
 * A mention with every field of `Found` present from the start, in one order: the passes set the optional ones later
 * (`target`, `country` …), and mentions made with different fields, or given them in different orders, would each
 * have their own hidden class, which makes the passes' reads of every mention's fields megamorphic (slow lookups).
 */
export function newFound(f: FoundFields): Found {
  return {
    start: f.start,
    end: f.end,
    type: f.type,
    text: f.text,
    score: f.score,
    first: f.first,
    last: f.last,
    target: f.target,
    cues: f.cues,
    spokenFor: f.spokenFor,
    country: f.country,
    apposedTo: f.apposedTo,
    propagated: f.propagated,
    contextual: f.contextual,
    office: f.office,
  };
}

export const ENTRY_TYPE: Record<GazetteerEntry['kind'], EntityType> = {
  country: 'LOC',
  place: 'LOC',
  org: 'ORG',
  person: 'PER',
};

/** Candidates a name can stand for as a mention (demonyms describe, they do not name). */
export function namingCandidates(candidates: readonly Candidate[]): Candidate[] {
  return candidates.filter((c) => c.via !== 'demonym');
}

const VIA_RANK: Record<MatchVia, number> = {
  name: 0,
  official: 1,
  variant: 1,
  capital: 2,
  metonym: 3,
  demonym: 9,
};

const KIND_FOR_TYPE: Record<EntityType, readonly GazetteerEntry['kind'][]> = {
  PER: ['person'],
  LOC: ['country', 'place'],
  ORG: ['org', 'country'],
  MISC: [],
};

/** Whether a gazetteer entry's kind fits a tagger type. */
export function kindAgrees(kind: GazetteerEntry['kind'], type: EntityType): boolean {
  return KIND_FOR_TYPE[type].includes(kind);
}

/**
 * The entry a name stands for: kinds that agree with the tagger's type first, then the most direct way of
 * naming (a country's own name before a city of the same name, «الجزائر»), then a place in a country the
 * document names, then the most populous place.
 */
export function chooseTarget(
  candidates: readonly Candidate[],
  nerType?: EntityType,
  docCountries?: ReadonlySet<string>,
): Target | undefined {
  const agrees = (c: Candidate) => (nerType ? kindAgrees(c.entry.kind, nerType) : true);
  // «طرابلس» in an article about Lebanon is Tripoli, Lebanon: a place in a country the article names comes first.
  const inDoc = (c: Candidate) => c.entry.kind === 'place' && docCountries?.has(c.entry.country) === true;
  const ranked = [...candidates].sort(
    (a, b) =>
      Number(agrees(b)) - Number(agrees(a)) ||
      VIA_RANK[a.via] - VIA_RANK[b.via] ||
      kindRank(a.entry) - kindRank(b.entry) ||
      Number(inDoc(b)) - Number(inDoc(a)) ||
      population(b.entry) - population(a.entry),
  );
  const best = ranked[0];
  if (!best) return undefined;
  if (best.entry.kind === 'country' && best.via === 'capital') return { kind: 'capital', country: best.entry };
  if (best.entry.kind === 'country' && best.via === 'metonym') {
    // «استقبل وفدا في الإليزيه»: a seat of power that is also an organization of the gazetteer («الإليزيه», «البيت
    // الأبيض», «الكرملين») is that entry, in the place reading too (a metonym key names nothing a store can merge);
    // via 'metonym' keeps the tagger's type (targetType).
    const own = ranked.find((c) => c.entry.kind === 'org' && (c.via === 'name' || c.via === 'variant'));
    if (own) return { kind: 'entry', entry: own.entry, via: 'metonym' };
    return { kind: 'metonym', country: best.entry, key: '' };
  }
  return { kind: 'entry', entry: best.entry, via: best.via };
}

function kindRank(entry: GazetteerEntry): number {
  return { country: 0, org: 1, person: 1, place: 2 }[entry.kind] + (entry.kind === 'place' && entry.ambiguous ? 1 : 0);
}

function population(entry: GazetteerEntry): number {
  return entry.kind === 'place' ? (entry.population ?? 0) : 0;
}

export function targetType(target: Target, nerType?: EntityType): EntityType {
  if (target.kind === 'capital') return 'LOC';
  if (target.kind === 'metonym' || (target.kind === 'entry' && target.via === 'metonym')) return nerType ?? 'ORG';
  return ENTRY_TYPE[target.entry.kind];
}

/** The entry a target stands for (a capital or metonym: its country). */
export function targetEntry(target: Target): GazetteerEntry {
  return target.kind === 'entry' ? target.entry : target.country;
}

/** The country an entry lies in (a place's, as listed: '' for a region of none) or is (a country's code). */
export function entryCountry(entry: GazetteerEntry): string | undefined {
  return entry.kind === 'place' ? entry.country : entry.kind === 'country' ? entry.iso2 : undefined;
}

/** A multi-token name must not run across punctuation. */
export function namesRun(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (!isNameToken(tokens[k])) return false;
  return true;
}

/** The word a name starting at token i is matched on: without glued clitics when it has any. */
export function wordOf(forms: TokenForms, i: number): string {
  return forms.heads[i] || forms.norms[i];
}

/**
 * Words that normalize to a form starting with «ال» and carry no article: «إلى» («ودعا الحديثي مجلس النواب إلى …»,
 * «نقل الدربي إلى السعودية»), relative pronouns, «الآن». Round 36 (blind dev round 24); shared since round 43.
 */
const NOT_DEFINITE = new Set(['إلى', 'الى', 'الذي', 'التي', 'الذين', 'الآن'].map(nameKey));

/** Whether a normalized word is definite: it opens with the article «ال» (not «إلى», «التي» …). */
export function isDefiniteWord(norm: string): boolean {
  return norm.startsWith('ال') && !NOT_DEFINITE.has(norm);
}

/** Words that make the office after them someone else's: the deputy or assistant of its holder. */
const DEPUTY_WORDS = new Set(['نائب', 'نائبة', 'مساعد', 'مساعدة'].map(nameKey));

/**
 * «روز كوتامولر نائبة الأمين العام لحلف الناتو»: a role phrase right after a deputy's word (no role of the
 * gazetteer starting there, no «ل» between) names the deputy, not the officeholder (round 18, blind dev round 13); so does a
 * nameless officeholder's title («مساعد وزير الخارجية الأمريكي»).
 */
export function isDeputyOf(tokens: readonly Token[], forms: TokenForms, i: number): boolean {
  // «مساعد للرئيس الأمريكي دونالد ترامب» (an aide to the president, «ل» between) is the president's own title.
  if (tokens[i].proclitics.includes('ل')) return false;
  return i > 0 && tokens[i - 1].kind === 'arabic' && DEPUTY_WORDS.has(wordOf(forms, i - 1));
}

/** Where a name starting at token i begins on the surface (after clitics and a hashtag's «#»). */
export function nameStart(tokens: readonly Token[], forms: TokenForms, i: number): number {
  return forms.heads[i] ? forms.headStarts[i] : tokens[i].start;
}

/** Whether the mentions are in order of their start (most passes keep them so; a sort can then be skipped). */
export function isSortedByStart(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i - 1].start > mentions[i].start) return false;
  return true;
}

/** The array coveredTokens marks in, grown as needed: a new one per pass showed in profiles (a dozen per article). */
let coveredScratch = new Uint8Array(4096);

/**
 * Marks the tokens mentions (of `type`, when given) cover, in an array of `count` cells that the next call reuses: a
 * pass keeps it only while it runs, and calls no other pass meanwhile (every caller is a linker pass run by
 * linkEntities, one after another).
 */
export function coveredTokens(found: readonly Found[], count: number, type?: EntityType): Uint8Array {
  if (coveredScratch.length < count) coveredScratch = new Uint8Array(Math.max(count, coveredScratch.length * 2));
  const covered = coveredScratch.subarray(0, count);
  covered.fill(0);
  // A loop, not fill(): mentions cover a few tokens, and the builtin call costs more than the stores.
  for (const m of found)
    if (type === undefined || m.type === type) for (let k = m.first; k < m.last; k++) covered[k] = 1;
  return covered;
}

const demonymKeyCache = new WeakMap<Country, Set<string>>();

/**
 * A country's demonyms as normalized keys, computed once per country: the gazetteer keeps one way of reaching an
 * entry per key, so «السعودية» (name and feminine demonym) reaches Saudi Arabia as a name only.
 */
export function demonymKeys(country: Country): Set<string> {
  let keys = demonymKeyCache.get(country);
  if (!keys) {
    keys = new Set(country.demonymsAr.map((d) => nameKey(d)));
    demonymKeyCache.set(country, keys);
  }
  return keys;
}

/** «السابق», «السابقة», «الأسبق» (former) or the adverb «سابقا» right after a role phrase. */
export function isFormer(norm: string | undefined): boolean {
  return norm !== undefined && FORMER_WORDS.has(norm);
}

const FORMER_WORDS = new Set(['السابق', 'السابقه', 'الاسبق', 'الاسبقه', 'سابقا']);

/**
 * «المكلف», «المنتخب» (designate, elect) and their feminine forms right after a role phrase: the person is to hold the
 * office, so the phrase is not the holder at the date.
 */
export function isDesignate(norm: string | undefined): boolean {
  return norm !== undefined && DESIGNATE_WORDS.has(norm);
}

const DESIGNATE_WORDS = new Set(['المكلف', 'المكلفه', 'المنتخب', 'المنتخبه']);

/** An Arabic or Latin comma token. */
export function isComma(token: Token | undefined): boolean {
  return token !== undefined && (token.text === '،' || token.text === ',');
}

/** Quotation marks news puts around a name («"الحياة"», «"أرامكو"»): one copy, in src/arabic/quote-marks.ts. */
export { CLOSING_QUOTES, OPENING_QUOTES, QUOTE_MARKS } from '../arabic/quote-marks.js';
/**
 * Complementizers (normalized): they open a clause, so no title or organization name runs across one: «الرئيس التنفيذي
 * للرابطة إن ترامب …» (round 21), «وقال المتحدث العسكري إن الفلسطيني …» (round 22).
 */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set(['إن', 'أن', 'بأن', 'لأن', 'إنه', 'أنه', 'بأنه'].map(nameKey));
