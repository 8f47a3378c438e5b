// Actors for event coding: spans of the body that stand for a country (or an international organization).
// They come from the linked entity layer when it exists, and from the gazetteer's countries, demonyms (الروسي),
// capitals and seats of power (موسكو, الكرملين), leaders (بوتين) and data/events/actors.tsv (حماس, الأمم المتحدة):
// Arabic news names the parties to an event through demonyms far more often than through entity names.

import { readTsv, readTsvTable } from '../arabic/data.js';
import { normalizeForMatch } from '../arabic/normalize.js';
import { tokenWords } from '../arabic/words.js';
import type { Doc, Token } from '../doc/types.js';
import { loadCues } from '../entities/cues.js';
import { eventLexicon } from './lexicon.js';

declare module '../arabic/words.js' {
  interface WordMemo {
    /** The event coder's form of the word (events/actors.ts wordForm). */
    eventForm?: WordForm;
  }
}

export type ActorKind =
  | 'country'
  | 'demonym'
  | 'capital'
  | 'metonym'
  | 'person'
  | 'group'
  | 'igo'
  | 'entity'
  | 'place'
  | 'pronoun';

export interface Actor {
  start: number;
  end: number;
  /** Token index range [first, last) in doc.layers.tokens. */
  first: number;
  last: number;
  country: string | null;
  entity: string | null;
  kind: ActorKind;
  /** An international organization's official: coded to the organization, whatever the linker's country. */
  official?: boolean;
}

interface Name {
  words: string[];
  country: string | null;
  kind: ActorKind;
  /** An indefinite accusative demonym (أميركيا): a party only after an indefinite accusative noun. */
  accusative?: boolean;
  /** An international organization's official (people.tsv title): the organization's country, not the linker's. */
  official?: boolean;
}

/** Lower is stronger when two names have the same words (عمان: Oman the country beats Amman the capital). */
const KIND_RANK: Record<ActorKind, number> = {
  country: 0,
  group: 1,
  igo: 1,
  person: 2,
  demonym: 3,
  metonym: 4,
  capital: 5,
  entity: 6,
  place: 7,
  pronoun: 8,
};

function splitList(cell: string | undefined): string[] {
  return (cell ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('-'));
}

/**
 * Demonyms with their plurals without ال (دبلوماسيين بريطانيين، مواطنين فلسطينيين، دبلوماسيين روس): the gazetteer
 * lists the plurals only with the article.
 */
function withPlurals(demonyms: string[]): string[] {
  const out = new Set(demonyms);
  for (const d of demonyms) {
    // Round 35: «مسؤولين كوريين جنوبيين»: a two-word demonym takes the plural on both words.
    const words = d.split(' ');
    if (words.length === 2 && !d.startsWith('ال') && words.every((w) => w.endsWith('ي'))) {
      for (const ending of ['ين', 'ون']) out.add(words.map((w) => `${w}${ending}`).join(' '));
    }
    if (d.startsWith('ال') && !/(ي|ية|يون|يين)$/.test(d)) out.add(d.slice(2)); // الروس → روس, الأتراك → أتراك
    if (d.startsWith('ال') || !d.endsWith('ي')) continue;
    out.add(`${d}ين`);
    out.add(`${d}ون`);
    out.add(`${d}ان`);
  }
  return [...out];
}

/** Each person's title (people.tsv role_ar, every spelling) in their latest term by start date. */
function latestTitlesByPerson(rows: string[][], col: (name: string) => number): Map<string, string> {
  const latest = new Map<string, { start: string; title: string }>();
  for (const row of rows) {
    const id = row[col('id')];
    const start = row[col('start')] ?? '';
    const seen = latest.get(id);
    if (!seen || start > seen.start) latest.set(id, { start, title: row[col('role_ar')] ?? '' });
  }
  return new Map([...latest].map(([id, { title }]) => [id, title]));
}

/**
 * The international organization a title names (the UN, the EU, or one coded to no country: NATO, the IAEA, the Arab
 * League: data/events/igo-titles.tsv); null for a state office, an envoy to such a body included.
 */
function igoOfTitle(title: string, words: readonly IgoTitleWord[]): { country: string | null } | null {
  const key = normalizeForMatch(title);
  // «مندوب سوريا لدى الأمم المتحدة», «المندوبة الأمريكية لدى الأمم المتحدة»: an envoy to the body speaks for a state.
  if (key.includes(ENVOY_TO)) return null;
  const hit = words.find((w) => key.includes(w.word));
  return hit ? { country: hit.country } : null;
}

const ENVOY_TO = normalizeForMatch('لدى');

interface IgoTitleWord {
  /** Normalized. */
  word: string;
  country: string | null;
}

function igoTitleWords(): IgoTitleWord[] {
  return readTsv('events/igo-titles.tsv')
    .slice(1)
    .map(([word, country]) => ({ word: normalizeForMatch(word), country: country?.trim() || null }));
}

/** What the event stage reads from the gazetteer and data/events/actors.tsv, loaded once per process. */
interface ActorLists {
  /** The names the trie matches in a sentence, with their country. */
  names: Name[];
  /** Names actors.tsv marks `ignore`, and the names of officials of a body coded to no country: not actors, whether
   * the gazetteer or the linker finds them. */
  ignored: Set<string>;
  /**
   * Linker keys (person:id) of the officials of a body coded to no country (the IMF's, NATO's head): no mention of
   * theirs is a party, a title the linker joined to them included («مديرة صندوق النقد الدولي» is not France; round 40).
   */
  uncodedOfficials: Set<string>;
  /**
   * Names actors.tsv marks `tagged` (round 35), with their country: also a common word («فتح» "opened"), so not in
   * the trie; a party only where the entity tagger marks the word as an organization.
   */
  tagged: Map<string, string | null>;
  /** Country names that are also common words (data/gazetteer/country-words.tsv: «مالي», financial), as name keys. */
  commonCountryWords: ReadonlySet<string>;
}

let lists: ActorLists | undefined;

/** Loaded on first use by any reader, so no document can be coded before the ignore lists are there (round 40). */
const actorLists = (): ActorLists => {
  lists ??= readActorLists();
  return lists;
};

function readActorLists(): ActorLists {
  const names: Name[] = [];
  const uncodedOfficials = new Set<string>();
  const add = (text: string, country: string | null, kind: ActorKind, official = false) => {
    const words = normalizeForMatch(text).split(/\s+/).filter(Boolean);
    if (words.length > 0) names.push({ words, country, kind, ...(official ? { official } : {}) });
  };
  // A country name that is also a common word («دعم مالي», financial support) is left to the linker, which reads its
  // context (data/gazetteer/country-words.tsv, the linker's own list), as ambiguous places are below.
  const commonCountryWords = loadCues().countryWords;
  const { rows, col } = readTsvTable('gazetteer/countries.tsv');
  for (const row of rows) {
    const iso = row[col('iso2')];
    for (const n of [row[col('name_ar')], row[col('official_ar')], ...splitList(row[col('variants_ar')])]) {
      if (n && !commonCountryWords.has(normalizeForMatch(n))) add(n, iso, 'country');
    }
    for (const n of withPlurals(splitList(row[col('demonyms_ar')]))) add(n, iso, 'demonym');
    for (const n of splitList(row[col('metonyms_ar')])) add(n, iso, 'metonym');
    if (row[col('capital_ar')]) add(row[col('capital_ar')], iso, 'capital');
  }
  const { rows: people, col: pcol } = readTsvTable('gazetteer/people.tsv');
  const officialsOfUncodedBodies = new Set<string>();
  const latestTitles = latestTitlesByPerson(people, pcol);
  const igoWords = igoTitleWords();
  for (const row of people) {
    // An international organization's official acts for it, not for their country of birth (Guterres is the UN).
    const igo = igoOfTitle(latestTitles.get(row[pcol('id')]) ?? '', igoWords);
    for (const n of [row[pcol('name_ar')], ...splitList(row[pcol('variants_ar')])]) {
      if (!n) continue;
      // NATO's or the IAEA's head is no coded party, and not their country's either.
      if (igo?.country === null) {
        officialsOfUncodedBodies.add(normalizeForMatch(n));
        uncodedOfficials.add(`person:${row[pcol('id')]}`);
      } else if (igo) add(n, igo.country, 'person', true);
      else add(n, row[pcol('country')] || null, 'person');
    }
  }
  const { rows: places, col: plcol } = readTsvTable('gazetteer/places.tsv');
  for (const row of places) {
    // Places whose name is also a common word or name are left to the linker (it sees their context).
    if (row[plcol('ambiguous')] || !row[plcol('country')]) continue;
    for (const n of [row[plcol('name_ar')], ...splitList(row[plcol('variants_ar')])])
      if (n) add(n, row[plcol('country')], 'place');
  }
  const ignored = new Set<string>(officialsOfUncodedBodies);
  const tagged = new Map<string, string | null>();
  for (const [variants, country, kind] of readTsv('events/actors.tsv').slice(1)) {
    for (const n of splitList(variants)) {
      if (kind.trim() === 'ignore') ignored.add(normalizeForMatch(n));
      else if (kind.trim() === 'tagged') tagged.set(normalizeForMatch(n), country?.trim() || null);
      else add(n, country?.trim() || null, kind.trim() as ActorKind);
    }
  }
  const trieNames = withAccusatives(names).filter((n) => !ignored.has(n.words.join(' ')));
  return { names: trieNames, ignored, uncodedOfficials, tagged, commonCountryWords };
}

/**
 * «وفدا أميركيا»، «جنديا إسرائيليا»: a one-word demonym after an indefinite accusative noun takes its -ا; the gazetteer
 * lists only the bare form. Where the accusative spells a name of its own it is left to that name (روسيا، تركيا are
 * the countries, of the same country anyway; كوريا is no one country).
 */
function withAccusatives(names: Name[]): Name[] {
  const taken = new Set(names.map((n) => n.words.join(' ')));
  const out = [...names];
  for (const n of names) {
    const [word] = n.words;
    if (n.kind !== 'demonym' || n.words.length !== 1 || word.startsWith('ال') || !word.endsWith('ي')) continue;
    if (!taken.has(`${word}ا`)) out.push({ ...n, words: [`${word}ا`], accusative: true });
  }
  return out;
}

/** The country of an organization mention the linker left without one, when actors.tsv lists it as `tagged`. */
function taggedCountry(entity: { type: string }, text: string): string | null {
  if (entity.type !== 'ORG') return null;
  return actorLists().tagged.get(plainName(text)) ?? null;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  name?: Name;
}

function buildTrie(names: Name[]): TrieNode {
  const root: TrieNode = { next: new Map() };
  for (const name of names) {
    let node = root;
    for (const word of name.words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    if (!node.name || KIND_RANK[name.kind] < KIND_RANK[node.name.kind]) node.name = name;
  }
  return root;
}

let trie: TrieNode | undefined;

function gazetteerTrie(): TrieNode {
  trie ??= buildTrie(actorLists().names);
  return trie;
}

/**
 * The lookup keys of a word with its proclitics peeled off one by one: وللولايات → للولايات, الولايات, ولايات.
 * The token's own clitic split is conservative (it keeps لتعزيز whole), so the event coder peels again for lookups.
 */
export function wordKeys(norm: string): string[] {
  return wordForm(norm).keys;
}

/**
 * What the event coder looks up of a word form, once per form (word forms repeat across a text, and each lookup by
 * string showed in profiles): its keys, and, filled in on first use, which of them start a gazetteer name and which
 * cue sets of the event lexicon they are in (code.ts).
 */
export interface WordForm {
  keys: string[];
  /** The keys that start a name of `startRoot` (the gazetteer trie they were computed for). */
  startKeys: readonly string[] | undefined;
  startRoot: unknown;
  /** Which cue sets of `cueLexicon` a key is in (code.ts hasCue): a bit per set, checked ones and found ones. */
  cues: Int32Array | undefined;
  cueLexicon: unknown;
}

function wordForm(norm: string): WordForm {
  let form = formCache.get(norm);
  if (!form) {
    if (formCache.size >= KEY_CACHE_LIMIT) formCache.clear();
    form = {
      keys: peeledKeys(norm),
      startKeys: undefined,
      startRoot: undefined,
      cues: undefined,
      cueLexicon: undefined,
    };
    formCache.set(norm, form);
  }
  return form;
}

const formCache = new Map<string, WordForm>();
const KEY_CACHE_LIMIT = 100_000;

/** The word forms of a document's tokens, by token index: looked up once per token array (the stages share them). */
export function tokenForms(tokens: Token[]): WordForm[] {
  let forms = formsOfTokens.get(tokens);
  if (!forms) {
    // An Arabic token the tokenizer made carries its written word's analysis, which keeps the form from then on.
    const words = tokenWords(tokens);
    forms = tokens.map((t, i) => {
      const memo = words?.[i]?.memo;
      if (!memo) return wordForm(t.norm);
      memo.eventForm ??= wordForm(t.norm);
      return memo.eventForm;
    });
    formsOfTokens.set(tokens, forms);
  }
  return forms;
}

const formsOfTokens = new WeakMap<Token[], WordForm[]>();

function peeledKeys(norm: string): string[] {
  const keys = [norm];
  if (norm.length > 3 && (norm.startsWith('و') || norm.startsWith('ف'))) keys.push(norm.slice(1));
  for (const word of [...keys]) {
    if (word.startsWith('لل') && word.length > 4) keys.push(`ال${word.slice(2)}`);
    if (word.startsWith('بال') && word.length > 5) keys.push(word.slice(1), word.slice(3));
    if (/^[بلكس]/.test(word) && word.length > 3) keys.push(word.slice(1));
    if (word.startsWith('ال') && word.length > 4) keys.push(word.slice(2));
  }
  return [...new Set(keys)];
}

/** The longest gazetteer name starting at token i, if any. */
function matchAt(
  tokens: Token[],
  forms: WordForm[],
  i: number,
  root: TrieNode,
): { name: Name; last: number; keyOffset: number } | null {
  let best: { name: Name; last: number; keyOffset: number } | null = null;
  const first = tokens[i];
  for (const key of nameStartKeys(forms[i], root)) {
    let node = root.next.get(key);
    // ك (like) and س (future) never glue to a party's name: كلاوس is a name, not ك + لاوس (Laos). (Checked only
    // for keys that start a name: most words start none.)
    if (node && peeledLikeOrFuture(first.norm, first.norm.length - key.length)) continue;
    // «المسؤول المالي»، «المبلغ المالي» ("financial"): a country's name written without the article (مالي) never
    // takes one, so a word whose peeled-off article it follows is another word (round 16).
    const articled = !key.startsWith('ال') && first.norm.slice(0, first.norm.length - key.length).endsWith('ال');
    let j = i + 1;
    while (node) {
      if (node.name && !(articled && node.name.kind === 'country') && (!best || j > best.last))
        best = { name: node.name, last: j, keyOffset: first.norm.length - key.length };
      const next = tokens[j];
      if (next?.kind !== 'arabic' || next.start - tokens[j - 1].end > 1) break;
      node = node.next.get(next.norm);
      j++;
    }
  }
  return best;
}

/** The keys of a word form that start some name of the trie (most words' keys start none). */
function nameStartKeys(form: WordForm, root: TrieNode): readonly string[] {
  if (form.startRoot !== root) {
    const starting = form.keys.filter((k) => root.next.has(k));
    form.startKeys = starting.length === 0 ? NO_KEYS : starting;
    form.startRoot = root;
  }
  return form.startKeys ?? NO_KEYS;
}

const NO_KEYS: readonly string[] = [];

/** Whether the first `peeled` letters of a word include ك or س. */
function peeledLikeOrFuture(norm: string, peeled: number): boolean {
  for (let k = 0; k < peeled; k++) if (norm[k] === 'ك' || norm[k] === 'س') return true;
  return false;
}

/** Start offset of the name inside its first token, after the proclitics the lookup peeled off. */
function nameStart(token: Token, keyOffset: number): number {
  if (keyOffset === 0) return token.start;
  // Map the number of normalized letters peeled off back onto the surface (diacritics may sit between letters).
  let letters = 0;
  for (let k = token.start; k < token.end; k++) {
    if (letters === keyOffset) return k;
    if (normalizeForMatch(token.text[k - token.start]) !== '') letters++;
  }
  return token.start;
}

function gazetteerActors(doc: Doc): Actor[] {
  const tokens = doc.layers.tokens;
  const root = gazetteerTrie();
  const forms = tokenForms(tokens);
  const actors: Actor[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind === 'hashtag') {
      const tagged = hashtagActor(tokens[i], i, root);
      if (tagged) actors.push(tagged);
      continue;
    }
    if (tokens[i].kind !== 'arabic') continue;
    const hit = matchAt(tokens, forms, i, root);
    if (!hit || (hit.name.accusative && !afterIndefiniteNoun(tokens, i))) continue;
    if (hit.name.kind === 'demonym' && isPredicateOfPeople(tokens, i, hit.last)) continue;
    const start = nameStart(tokens[i], hit.keyOffset);
    actors.push({
      start,
      end: tokens[hit.last - 1].end,
      first: i,
      last: hit.last,
      country: hit.name.country,
      entity: null,
      kind: hit.name.kind,
      ...(hit.name.official ? { official: true } : {}),
    });
    i = hit.last - 1;
  }
  return actors;
}

/**
 * «#الحكومة_التشيكية»، «#كوريا_الجنوبية»، «#السفير_الصيني»: a hashtag (Alarabiya writes many) whose last words are a
 * country's name or a demonym names that party, as the same words would outside it; the whole hashtag is its span. A
 * name behind a glued preposition («#نقل_السلاح_لليمن») is a complement, no party (round 36).
 */
function hashtagActor(tag: Token, i: number, root: TrieNode): Actor | undefined {
  const parts = tag.norm.replace(/^#/, '').split('_');
  if (parts.length < 2) return undefined;
  const words = parts.map((norm) => ({ ...tag, kind: 'arabic' as const, norm }));
  const forms = parts.map(wordForm);
  for (let k = 0; k < parts.length; k++) {
    const hit = matchAt(words, forms, k, root);
    if (!hit || hit.last !== parts.length || hit.name.accusative) continue;
    if (!['country', 'demonym'].includes(hit.name.kind)) return undefined;
    if (hit.keyOffset > 0 && parts[k].slice(0, hit.keyOffset) !== 'ال') return undefined;
    return {
      start: tag.start,
      end: tag.end,
      first: i,
      last: i + 1,
      country: hit.name.country,
      entity: null,
      kind: hit.name.kind,
    };
  }
  return undefined;
}

/**
 * «أنهما سوريان»، «إنهم فلسطينيون»: a people's demonym (dual or plural) right after a complementizer with a pronoun is
 * what the people are said to be (the predicate), not a party. A singular stays one: «صواريخ، يرجح أنها أمريكية» names
 * whose the missiles are (round 25).
 */
const PRONOUN_COMPLEMENTIZER = /^[وف]?[بل]?ان(ه|ها|هم|هما|هن)$/;
const PEOPLE_DEMONYM = /(يان|يين|يون)$/;

function isPredicateOfPeople(tokens: Token[], i: number, last: number): boolean {
  return PRONOUN_COMPLEMENTIZER.test(tokens[i - 1]?.norm ?? '') && PEOPLE_DEMONYM.test(tokens[last - 1].norm);
}

/** A passive participle in the indefinite accusative (مدعوما): «مدعوما إيرانيا» is "Iranian-backed", no party. */
const ACCUSATIVE_PARTICIPLE = /^م[^و\s]{2}و[^و\s]ا$/;

/**
 * «وفدا أميركيا»: an accusative demonym qualifies the indefinite accusative noun right before it; elsewhere the form
 * is an adverb («المدعومة إيرانيا»، «مدعوما إيرانيا»: backed by Iran), not a party. Round 44: after a count written in
 * figures it is the counted people («قتلت القوات الإسرائيلية 41 فلسطينيا»، «بمشاركة 15 سعوديا»; 11–99 count a
 * singular accusative noun).
 */
function afterIndefiniteNoun(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev?.kind === 'number' && /^[0-9٠-٩]+$/.test(prev.text)) return true;
  return (
    !!prev &&
    prev.kind === 'arabic' &&
    prev.proclitics.length === 0 &&
    /^[^ا].*ا$/.test(prev.norm) &&
    !ACCUSATIVE_PARTICIPLE.test(prev.norm)
  );
}

/** Token index range covering a character span. */
function tokenRange(tokens: Token[], start: number, end: number): [number, number] {
  let first = tokens.findIndex((t) => t.end > start);
  if (first < 0) first = tokens.length;
  let last = first;
  while (last < tokens.length && tokens[last].start < end) last++;
  return [first, last];
}

/** A mention as a name list holds it: «#التحالف_العربي» is «التحالف العربي», «… في #اليمن» is «… في اليمن». */
const plainName = (text: string) => normalizeForMatch(text.replace(/#/g, '').replace(/_/g, ' '));

/**
 * A mention of a name data/events/actors.tsv marks `ignore`, also where the tagger's span starts after «لل», the
 * preposition ل that swallows the article's alif: «غارة جوية للتحالف العربي» is a mention «تحالف العربي» of «التحالف
 * العربي», which names no party (round 15).
 */
function isIgnoredMention(text: string, m: { start: number; text: string }): boolean {
  const name = plainName(m.text);
  const { ignored } = actorLists();
  if (ignored.has(name)) return true;
  return text.slice(Math.max(0, m.start - 2), m.start) === 'لل' && !name.startsWith('ال') && ignored.has(`ال${name}`);
}

/**
 * Organization kinds of the gazetteer that act for no state: a company, a sports club, a broadcaster or a news agency
 * has a home country, but its acts are not that country's («ونفت غوغل …» is no US denial, «الرئيس القطري لنادي باريس
 * سان جرمان» names no French party). Round 12.
 */
const NON_STATE_ORG_KINDS = new Set(['company', 'club', 'media', 'news-agency']);
let nonStateOrgKeys: Set<string> | null = null;

/** Gazetteer keys (org:id) of organizations of a non-state kind. */
function nonStateOrgs(): Set<string> {
  if (nonStateOrgKeys) return nonStateOrgKeys;
  const { rows, col } = readTsvTable('gazetteer/organizations.tsv');
  nonStateOrgKeys = new Set(
    rows.filter((r) => NON_STATE_ORG_KINDS.has(r[col('kind')])).map((r) => `org:${r[col('id')]}`),
  );
  return nonStateOrgKeys;
}

/** An entity that acts for no country: its mentions are no parties, and neither is any name inside them. */
const isNonStateOrg = (entity: { type: string; key?: string }) =>
  entity.type === 'ORG' && entity.key !== undefined && nonStateOrgs().has(entity.key);

function entityActors(doc: Doc): Actor[] {
  const { uncodedOfficials, commonCountryWords } = actorLists();
  const actors: Actor[] = [];
  for (const entity of doc.layers.entities) {
    if (entity.type === 'MISC' || (entity.key !== undefined && uncodedOfficials.has(entity.key))) continue;
    const isCountry = entity.key?.startsWith('country:') ?? false;
    const kind: ActorKind = entity.type === 'LOC' && !isCountry ? 'place' : 'entity';
    for (const m of entity.mentions) {
      if (isIgnoredMention(doc.text, m)) continue;
      const [first, last] = tokenRange(doc.layers.tokens, m.start, m.end);
      // A country name that is also a common word is left to the linker (readActorLists): where it links one («في
      // شمال مالي»), the mention is the country the name would have been.
      const countryWord = isCountry && commonCountryWords.has(plainName(m.text));
      actors.push({
        start: m.start,
        end: m.end,
        first,
        last,
        country: entity.country ?? taggedCountry(entity, m.text),
        entity: entity.id,
        kind: countryWord ? 'country' : kind,
      });
    }
  }
  return actors;
}

/**
 * All actors of the document in text order. Gazetteer names carry countries (and demonyms, which NER does not tag);
 * a linked entity mention overlapping one lends it its id (and its country, when the linker knows it); entity
 * mentions that overlap no gazetteer name are actors of their own.
 */
/** Kinds of the names in data/events/actors.tsv. */
const CURATED_KINDS = new Set<ActorKind>(['group', 'igo', 'metonym']);

export function findActors(doc: Doc): Actor[] {
  const fromEntities = entityActors(doc);
  const overlapping = (a: Actor, b: Actor) => a.start < b.end && b.start < a.end;
  // A company, club or outlet is no party (its acts are not its country's), and neither is a country or capital
  // inside its name («باريس سان جرمان»، «طيران الإمارات»).
  const nonStateIds = new Set(doc.layers.entities.filter(isNonStateOrg).map((e) => e.id));
  const nonState = fromEntities.filter((e) => e.entity !== null && nonStateIds.has(e.entity));
  const fromGazetteer = gazetteerActors(doc).filter((g) => !nonState.some((e) => overlapping(e, g)));
  for (const g of fromGazetteer) {
    const entity = fromEntities.find((e) => overlapping(e, g));
    if (!entity) continue;
    g.entity = entity.entity;
    // The linker's country wins, unless its mention spans several gazetteer names (NER read «قطر السعودية» as one)
    // or the name is one of data/events/actors.tsv, written for event coding («جمهورية كوريا الشعبية الديمقراطية»).
    const shared = fromGazetteer.filter((other) => overlapping(entity, other)).length > 1;
    if ((!shared && !CURATED_KINDS.has(g.kind) && !g.official) || g.country === null)
      g.country = entity.country ?? g.country;
  }
  const standalone = fromEntities.filter((e) => !nonState.includes(e) && !fromGazetteer.some((g) => overlapping(e, g)));
  return placesOfDemonym(
    doc.layers.tokens,
    [...fromGazetteer, ...standalone].sort((a, b) => a.start - b.start),
  );
}

/** A definite feminine demonym adjective (السورية), normalized. */
export const DEFINITE_FEMININE_DEMONYM = /^ال.*يه$/;

/**
 * «في قرية السوسة السورية»، «في قرية الباغوز السورية»: a place after a word for a town or region (cue `location`, not
 * a preposition) with a definite feminine demonym right after it is in that demonym's country, whatever the gazetteer
 * says of its name (سوسة is also a Tunisian city) or when it says nothing. Not «مخيم اليرموك الفلسطيني»: a camp's
 * demonym is its people's (round 44).
 */
function placesOfDemonym(tokens: Token[], actors: Actor[]): Actor[] {
  const { location, preposition } = eventLexicon().cues;
  for (let k = 0; k + 1 < actors.length; k++) {
    const [place, demonym] = [actors[k], actors[k + 1]];
    if (place.kind !== 'place' || demonym.kind !== 'demonym' || demonym.first !== place.last) continue;
    if (demonym.last !== demonym.first + 1 || !DEFINITE_FEMININE_DEMONYM.test(tokens[demonym.first].norm)) continue;
    const before = tokens[place.first - 1]?.norm ?? '';
    if (location.has(before) && !preposition.has(before)) place.country = demonym.country;
  }
  return actors;
}
