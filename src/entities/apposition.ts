// Generalized apposition: «وزير الداخلية الفرنسية، جيرار كولومب،» and «جيرار كولومب، وزير الداخلية الفرنسية».
// A title head (data/gazetteer/titles.tsv) followed by at most four words («السابق» not counted) and ending in a
// country (name or demonym) or a gazetteer organization (in quotes or not; «ل» + a region may follow it) names a
// person: the tagger's PER mention beside it (a comma or ranks between; or, before a definite title, nothing between
// unless a verb taking a person object opens the clause: «ويقضي عبدالله أوجلان الزعيم التاريخي لحزب العمال»), or,
// after «title،», two to four bare words up to the next punctuation, or right after the title two or three words rare
// in news, which become a PER mention. The person gets
// the title's country. A title in apposition designates that one officeholder, so the phrase is a PER mention of the
// person too, with no name nested in it (the gold convention; since round 4 also a title ending in an organization:
// «المتحدث باسم الأمم المتحدة ستيفان دوجاريك»).
// An occupation head with a demonym («اللاعب المصري محمد صلاح») only gives the person beside it that country.
import type { Token } from '../doc/types.js';
import { cueOf, quoteLexicon } from '../quotes/lexicon.js';
import type { Cues, TitleKind } from './cues.js';
import {
  CLAUSE_WORDS,
  CLOSING_QUOTES,
  coveredTokens,
  demonymKeys,
  type Found,
  isComma,
  isDeputyOf,
  isDesignate,
  isFormer,
  type LinkContext,
  nameStart,
  namesRun,
  newFound,
  OPENING_QUOTES,
  wordOf,
} from './found.js';
import { type Candidate, type Gazetteer, type MatchVia, nameKey } from './gazetteer.js';
import { isRareAt, type TokenForms } from './spans.js';
import { isOfficeWord } from './state-organs.js';
import { TITLE_START } from './token-flags.js';

interface TitleHit {
  kind: TitleKind;
  /** The head's key (titles.tsv) and the token after it. */
  head: string;
  afterHead: number;
  first: number;
  last: number;
  country?: string;
  /** Where the country that ends the title stands (none when an organization ends it), and how it matched. */
  countryAt?: number;
  countryEnd?: number;
  countryVia?: MatchVia;
  /** An envoy's title continued by «لدى|في» and the receiving place. */
  posted?: boolean;
  /** Ended by a place the tagger found and the gazetteer lacks: kept only beside a name the tagger found too. */
  unknownPlace?: boolean;
  /** Ended by a quoted name the gazetteer lacks («رئيس "المجلس السياسي"»): kept only beside a name, as above. */
  quotedName?: boolean;
}

const MAX_WORDS_AFTER_HEAD = 4;
const MAX_NEW_NAME_WORDS = 4;

/** The longest title head starting at token i: its kind and the index after it. */
export function headAt(ctx: LinkContext, i: number): { kind: TitleKind; end: number; key: string } | null {
  const { cues, tokens, forms } = ctx;
  if (!(ctx.flags[i] & TITLE_START)) return null;
  let node = titleTrie(cues).get(wordOf(forms, i));
  let head: { kind: TitleKind; end: number; key: string } | null = null;
  for (let k = i; node && k < Math.min(tokens.length, i + cues.maxTitleWords); k++) {
    if (tokens[k].kind !== 'arabic') break;
    if (node.kind) head = { kind: node.kind, end: k + 1, key: node.key };
    node = k + 1 < tokens.length ? node.next?.get(forms.norms[k + 1]) : undefined;
  }
  return head;
}

/** Title heads by word: a head is found by walking its words, not by joining each prefix into a string to look up. */
interface TitleNode {
  /** The head's key (its words joined by one space). */
  key: string;
  /** Set when the words so far are a head of titles.tsv. */
  kind?: TitleKind;
  next?: Map<string, TitleNode>;
}

const titleTries = new WeakMap<Cues, Map<string, TitleNode>>();

function titleTrie(cues: Cues): Map<string, TitleNode> {
  let trie = titleTries.get(cues);
  if (trie) return trie;
  trie = new Map();
  for (const [key, kind] of cues.titles) {
    const words = key.split(' ');
    let level = trie;
    let node: TitleNode | undefined;
    for (let n = 0; n < words.length; n++) {
      node = level.get(words[n]);
      if (!node) {
        node = { key: words.slice(0, n + 1).join(' ') };
        level.set(words[n], node);
      }
      if (n < words.length - 1) level = node.next ??= new Map();
    }
    if (node) node.kind = kind;
  }
  titleTries.set(cues, trie);
  return trie;
}

/**
 * The title phrase starting at token i: a head, then words up to the first gazetteer country or organization, or,
 * given the tagger's mentions, up to a place it found that the gazetteer lacks («رئيس وزراء ولاية البنجاب», «مدير
 * مطار تشوك»; the apposition pass only, which keeps such a title only beside a name), or failing all of these an
 * organization it found that the gazetteer lacks (`unknownBodyTitleAt`).
 */
function titleAt(ctx: LinkContext, i: number, places?: readonly Found[]): TitleHit | null {
  return knownTitleAt(ctx, i, places) ?? (places ? unknownBodyTitleAt(ctx, i, places) : null);
}

/**
 * «ريتشارد برانسون، رئيس مجموعة فيرجين،», «مارك سيلبي، المدير التنفيذي لشركة آر إن سي،»: where no gazetteer name
 * ends a person's title, an organization the tagger found and the gazetteer lacks, named with a body noun, ends it
 * as a known one does, kept only beside a name (round 52; round 4's title + organization). Tried after the gazetteer:
 * «رئيس جامعة عثمان غازي التركية» ends in its country's demonym, «رئيس اللجنة الثورية العليا للحوثيين» in a known body.
 */
function unknownBodyTitleAt(ctx: LinkContext, i: number, found: readonly Found[]): TitleHit | null {
  const head = headAt(ctx, i);
  if (head?.kind !== 'person') return null;
  const { tokens, forms } = ctx;
  for (let j = head.end; j < Math.min(tokens.length, head.end + MAX_WORDS_AFTER_HEAD); j++) {
    // «المدير المسرحي والأستاذ السابق بجامعة …»: a glued «و» opens a second role, which designates no one officeholder.
    if (tokens[j].kind !== 'arabic' || CLAUSE_WORDS.has(forms.norms[j]) || tokens[j].proclitics[0] === 'و') return null;
    const body = found.find((m) => m.first === j && isUnknownTagged(m, 'ORG'));
    if (!body) continue;
    if (!isBodyNoun(ctx, j) && !(j > head.end && isBodyNoun(ctx, j - 1))) return null;
    return { kind: 'person', head: head.key, afterHead: head.end, first: i, last: body.last, unknownPlace: true };
  }
  return null;
}

/** The title phrase of titles.tsv and the gazetteer (or a place or quoted name the tagger found) at token i. */
function knownTitleAt(ctx: LinkContext, i: number, places?: readonly Found[]): TitleHit | null {
  const { g, cues, tokens, forms } = ctx;
  const head = headAt(ctx, i);
  if (!head) return null;
  const { kind, end: afterHead } = head;
  // «الزعيم السابق للأغلبية الديمقراطية في مجلس الشيوخ الأمريكي»: «السابق» does not count among the four words.
  let limit = afterHead + MAX_WORDS_AFTER_HEAD;
  // «المتحدث الرسمي لقوات التحالف العسكري في اليمن»: one word more where «في» stands right before the country or
  // organization (not «المدعي العام في صقلية باحتجاز القارب الإسباني»).
  for (let j = afterHead; j < Math.min(tokens.length, limit + 1); j++) {
    if (j === limit && forms.norms[j - 1] !== IN) break;
    if (isFormer(forms.norms[j])) limit++;
    // «المتحدث الرسمي باسم قوات "تحالف دعم الشرعية في اليمن"»: an organization in quotes ends the title with them.
    const quoted = kind === 'person' && j > afterHead && OPENING_QUOTES.has(tokens[j].text) ? 1 : 0;
    const close = places && kind === 'person' && j <= afterHead + 1 ? quotedNameEnd(ctx, j) : -1;
    if (close > 0) return { kind, head: head.key, afterHead, first: i, last: close, quotedName: true };
    if (tokens[j + quoted]?.kind !== 'arabic' || CLAUSE_WORDS.has(forms.norms[j])) return null;
    const match = g.matchAt(forms.norms, j + quoted, wordOf(forms, j + quoted));
    if (!match) {
      if (quoted) return null;
      // «مدير مطار تشوك، جيمي إميليو»: a facility named with its noun may follow the head at once (round 32).
      const place =
        kind === 'person' && (j > afterHead || cues.descriptors.get(wordOf(forms, j)) === 'FAC')
          ? places?.find((m) => m.first === j && isUnknownTagged(m, 'LOC'))
          : undefined;
      if (place) return { kind, head: head.key, afterHead, first: i, last: place.last, unknownPlace: true };
      continue;
    }
    if (!namesRun(tokens, j + quoted, match.end)) return null;
    if (quoted && !CLOSING_QUOTES.has(tokens[match.end]?.text ?? '')) return null;
    // An institution is «وزارة الخارجية البريطانية», an occupation «اللاعب المصري»: a demonym, no country name.
    const country = match.candidates.find(
      (c) =>
        c.entry.kind === 'country' && (kind === 'person' || c.via === 'demonym' || demonymKeys(c.entry).has(match.key)),
    );
    // Hits are written out field by field: object spreads showed in profiles (a title with a country is common).
    const key = head.key;
    if (kind === 'descriptor')
      return country ? { kind, head: key, afterHead, first: i, last: match.end, country: country.entry.id } : null;
    if (country && kind === 'body' && j === afterHead) return null;
    if (country) {
      const posted = cues.envoyHeads.has(wordOf(forms, i)) ? receivingEnd(g, tokens, forms, match.end) : match.end;
      const last = kind === 'person' && posted === match.end ? fieldEnd(tokens, forms, match.end) : posted;
      return {
        kind,
        head: key,
        afterHead,
        first: i,
        last,
        country: country.entry.id,
        countryAt: j,
        countryEnd: match.end,
        countryVia: country.via,
        posted: posted > match.end,
      };
    }
    const org = match.candidates.find((c) => c.entry.kind === 'org');
    if (org?.entry.kind === 'org' && isAddressee(cues, tokens, forms, j + quoted, org.entry.orgKind)) return null;
    if (kind === 'person' && org && org.entry.kind === 'org') {
      const last = quoted ? match.end + 1 : regionEnd(g, tokens, forms, parentEnd(ctx, match.end));
      return { kind, head: key, afterHead, first: i, last, country: org.entry.country };
    }
    // «سوفان تشاتيرجي، رئيس بلدية كلكتا»: a city or a state's region the gazetteer knows ends the title as an unknown
    // place does, kept only beside a name (round 29); not a word that is also a common word («الجديد»), nor a region
    // of no state («مديرة قسم الشرق الأوسط في المنظمة» names a department). Right after the head too: «وأعلن حاكم
    // إنديانا، إيريك هولكومب» (a state's governor; round 35, blind dev round 23).
    if (places && kind === 'person' && !quoted && match.candidates.every(isStatePlace))
      return { kind, head: key, afterHead, first: i, last: match.end, unknownPlace: true };
    return null;
  }
  return null;
}

const MAX_QUOTED_NAME_WORDS = 4;

/**
 * The token after the closing quote of one to four words in quotes opening at token j, right after a person title's
 * head or its one noun («رئيس "المجلس السياسي"», «رئيس شركة "دي لا رو"», «رئيس تحرير "روتا خبر"»), or -1: an
 * organization the gazetteer lacks, written in quotes, ends the title as a known one does (round 4's title +
 * organization; round 28, blind dev round 19). A name the gazetteer knows takes the path above; no clause word
 * inside: a quoted phrase of speech is no name.
 */
function quotedNameEnd(ctx: LinkContext, j: number): number {
  const { tokens, forms } = ctx;
  if (!OPENING_QUOTES.has(tokens[j]?.text ?? '') || tokens[j + 1]?.kind !== 'arabic') return -1;
  if (ctx.g.matchAt(forms.norms, j + 1, wordOf(forms, j + 1))) return -1;
  for (let k = j + 1; k <= j + MAX_QUOTED_NAME_WORDS + 1 && k < tokens.length; k++) {
    if (CLOSING_QUOTES.has(tokens[k].text)) return k > j + 1 ? k + 1 : -1;
    if (tokens[k].kind !== 'arabic' || CLAUSE_WORDS.has(forms.norms[k])) return -1;
  }
  return -1;
}

/** A gazetteer place within a state whose name is no common word. */
function isStatePlace(c: Candidate): boolean {
  return c.entry.kind === 'place' && c.entry.country !== '' && c.entry.ambiguous !== 'word';
}

/** A mention of `type` (a place, an organization) the tagger found and the gazetteer does not know. */
function isUnknownTagged(m: Found, type: 'LOC' | 'ORG'): boolean {
  return m.type === type && !m.target && !m.cues && !m.apposedTo;
}

const MEDIA_KINDS = new Set(['news-agency', 'media']);

/**
 * «… المتحدثة باسم الشرطة لوكالة فرانس برس»: a news outlet after «ل» (on its name or on a descriptor the tokenizer
 * left glued) is whom the speaker told, not the title's organization.
 */
function isAddressee(cues: Cues, tokens: readonly Token[], forms: TokenForms, j: number, orgKind: string): boolean {
  if (!MEDIA_KINDS.has(orgKind)) return false;
  if (tokens[j].proclitics.includes('ل')) return true;
  const before = forms.norms[j - 1];
  return before?.startsWith('ل') === true && cues.descriptors.get(before.slice(1)) === 'ORG';
}

const MIN_RARE_NAME_WORDS = 2;
const MAX_RARE_NAME_WORDS = 3;

/** Whether token k is a bare name word: rare in news, no pronoun, no clitic but «ف» (and «ال» when `definite`). */
function bareNameWord(tokens: readonly Token[], forms: TokenForms, k: number, definite: boolean): boolean {
  const t = tokens[k];
  if (t.kind !== 'arabic' || t.enclitic !== '' || !isRareAt(forms, k)) return false;
  return t.proclitics.every((p) => p === 'ف' || (definite && p === 'ال'));
}

/**
 * The end of a name of two or three uncovered words rare in news starting at token i (the first without the article:
 * «نوا لاندو», «فراس العشي»), or -1. The tokenizer's «ف» is tolerated: it often reads a name's first letter so.
 */
export function rareNameEnd(tokens: readonly Token[], forms: TokenForms, covered: Uint8Array, i: number): number {
  let end = i;
  while (
    end < tokens.length &&
    end - i < MAX_RARE_NAME_WORDS &&
    !covered[end] &&
    bareNameWord(tokens, forms, end, end > i)
  )
    end++;
  return end - i >= MIN_RARE_NAME_WORDS ? end : -1;
}

/** Two to four bare words (no article, one of them rare) from token i up to punctuation: a name the tagger missed. */
function bareName(tokens: readonly Token[], forms: TokenForms, covered: Uint8Array, i: number): number {
  let end = i;
  while (end < tokens.length && end - i <= MAX_NEW_NAME_WORDS && tokens[end].kind === 'arabic') {
    if (covered[end] || wordOf(forms, end).startsWith('ال')) return -1;
    end++;
  }
  const words = end - i;
  if (words < 2 || words > MAX_NEW_NAME_WORDS || (end < tokens.length && tokens[end].kind !== 'punct')) return -1;
  for (let k = i; k < end; k++) if (isRareAt(forms, k)) return end;
  return -1;
}

const POSTED_TO = new Set([nameKey('لدى'), nameKey('في')]);
const REGION_NOUNS = new Set(['منطقة', 'إقليم'].map(nameKey));

/**
 * After a title's organization, «ل» + a region or place («لمنطقة الشرق الأوسط وشمال أفريقيا», «لآسيا») and a second
 * one after «و» stay in the title: «المدير الإقليمي لليونيسيف لمنطقة الشرق الأوسط وشمال أفريقيا» designates one
 * officeholder, with no nested places (the gold guideline for title phrases).
 */
function regionEnd(g: Gazetteer, tokens: readonly Token[], forms: TokenForms, end: number): number {
  if (tokens[end]?.kind !== 'arabic' || tokens[end].proclitics.join('') !== 'ل') return end;
  const at = REGION_NOUNS.has(wordOf(forms, end)) ? end + 1 : end;
  const place = (k: number) => {
    if (tokens[k]?.kind !== 'arabic') return -1;
    const match = g.matchAt(forms.norms, k, wordOf(forms, k));
    if (!match || !namesRun(tokens, k, match.end)) return -1;
    const placeLike = match.candidates.some(
      (c) => c.via !== 'demonym' && (c.entry.kind === 'place' || c.entry.kind === 'country'),
    );
    return placeLike ? match.end : -1;
  };
  const first = place(at);
  if (first < 0) return end;
  if (tokens[first]?.kind === 'arabic' && tokens[first].proclitics.join('') === 'و') {
    const second = place(first);
    if (second > 0) return second;
  }
  return first;
}

/**
 * «قائد القيادة المركزية بالجيش الأمريكي»: the organization's demonym, an organization glued to «ب» right after the
 * title's organization, or a
 * definite noun and its country's demonym («بالجيش الأمريكي»), is the body it belongs to, and stays in the title (the phrase
 * designates one officeholder, nothing nested in it).
 */
function parentEnd(ctx: LinkContext, end: number): number {
  const { g, tokens, forms } = ctx;
  if (tokens[end]?.kind !== 'arabic') return end;
  // «رئيس القيادة المركزية الأميركية»: the organization's demonym after its name stays in the title.
  if (tokens[end].proclitics.join('') === 'ال') {
    const demonym = g.matchAt(forms.norms, end, forms.norms[end]);
    if (demonym?.candidates.some((c) => c.entry.kind === 'country' && c.via === 'demonym')) return demonym.end;
  }
  if (tokens[end].proclitics[0] !== 'ب') return end;
  const match = g.matchAt(forms.norms, end, wordOf(forms, end));
  if (
    match &&
    namesRun(tokens, end, match.end) &&
    match.candidates.some((c) => c.via !== 'demonym' && c.entry.kind === 'org')
  )
    return match.end;
  // «بالجيش الأمريكي»: a definite noun (a body) and its country's demonym right after it.
  if (tokens[end].proclitics[1] !== 'ال' || tokens[end + 1]?.kind !== 'arabic') return end;
  const country = g.matchAt(forms.norms, end + 1, forms.norms[end + 1]);
  return country?.candidates.some((c) => c.entry.kind === 'country' && c.via === 'demonym') ? country.end : end;
}

/**
 * After an envoy's sending country, «لدى|في» and the receiving country, place or organization end the title; a
 * former envoy's «سابقا» may come before them («السفير السعودي سابقاً في واشنطن»).
 */
function receivingEnd(g: Gazetteer, tokens: readonly Token[], forms: TokenForms, end: number): number {
  const k = forms.norms[end] === FORMERLY ? end + 1 : end;
  if (k + 1 >= tokens.length || !POSTED_TO.has(forms.norms[k]) || tokens[k + 1].kind !== 'arabic') return end;
  const match = g.matchAt(forms.norms, k + 1, wordOf(forms, k + 1));
  if (!match || !namesRun(tokens, k + 1, match.end)) return end;
  return match.candidates.some((c) => c.via !== 'demonym') ? match.end : end;
}

const AFFAIRS = nameKey('شؤون');
/**
 * «وزير الدولة الإماراتي للشؤون الخارجية», «مساعد وزير الخارجية الكويتي للشؤون القنصلية»: «ل(ل)شؤون» and one definite
 * word right after a person title's country name the field of the office, part of the title (round 28, blind dev round
 * 19; the gold reads the whole phrase as the officeholder, as «وزير الدولة للشؤون الخارجية الإماراتي»).
 */
function fieldEnd(tokens: readonly Token[], forms: TokenForms, end: number): number {
  const field = tokens[end + 1];
  if (
    tokens[end]?.kind !== 'arabic' ||
    tokens[end].proclitics[0] !== 'ل' ||
    forms.heads[end].replace(/^ال/, '') !== AFFAIRS
  )
    return end;
  if (field?.kind !== 'arabic' || field.proclitics.join('') !== 'ال') return end;
  return end + 2;
}

const FORMERLY = nameKey('سابقا');
/**
 * A country after these is what the office deals with, not its own: «المدير العام المسؤول عن ملف الولايات المتحدة»,
 * «سيرسل مدير الاستخبارات إلى كوريا الشمالية».
 */
const OTHER_PREPOSITIONS = new Set(['عن', 'إلى', 'الى', 'من', 'على', 'مع', 'ضد', 'حول', 'بشأن'].map(nameKey));
/** A word with the article, after any glued conjunction or preposition. */
const DEFINITE = /^[وف]?[بلك]?ال/;

/**
 * The person mention beside a title: after it (a comma or ranks between at most: «… العقيد الركن تركي المالكي»), or
 * before it followed by a comma, or before it with nothing between when a speech verb opens the clause («قالت سارة
 * ساندرز المتحدثة باسم البيت الأبيض») or the title is definite and no verb taking a person object does (round 21).
 */
function personBeside(ctx: LinkContext, found: readonly Found[], hit: TitleHit): Found | undefined {
  const { tokens, forms } = ctx;
  let next = isComma(tokens[hit.last]) ? hit.last + 1 : hit.last;
  // «… "تحالف دعم الشرعية في اليمن" العقيد الركن تركي المالكي»: ranks between the title and the name, after a comma
  // too («رئيس القيادة المركزية الأميركية، الجنرال جوزيف فوتيل،»).
  if (hit.kind === 'person') next = pastRanks(ctx, next);
  const after = found.find((m) => m.first === next && m.type === 'PER' && !m.cues && !m.apposedTo);
  if (after) return after;
  // «عادل الجبير، والسفير البريطاني …»: a title glued to «و» starts the next item of a list, not an apposition.
  if (tokens[hit.first].proclitics[0] === 'و') return undefined;
  const comma = isComma(tokens[hit.first - 1]);
  const end = comma ? hit.first - 1 : hit.first;
  const before = found.find((m) => m.last === end && m.type === 'PER' && !m.cues && !m.apposedTo);
  if (!before) return undefined;
  if (comma || isSpeechVerb(tokens[before.first - 1])) return before;
  // «ويقضي عبدالله أوجلان الزعيم التاريخي لحزب العمال …»: a definite title right after the name, no clitic on it, is
  // in apposition unless a verb that takes a person for its object opens the clause («استقبل بوتين الأمين العام …»).
  // Round 24: a head made definite by the country after it counts too («كارين بيرس مندوبة بريطانيا في مجلس الأمن»).
  // Not through a preposition: «واختيار أنغيلا ميركل مستشارة لألمانيا» (a predicate, not a title in apposition).
  const construct =
    hit.countryAt === hit.afterHead && hit.countryVia !== 'demonym' && tokens[hit.afterHead].proclitics.length === 0;
  // «صالح الصماد رئيس "المجلس السياسي"», «أنور قرقاش وزير الدولة للشؤون الخارجية في الإمارات»: a head in construct
  // with a quoted name or a word with the article is definite too (round 28).
  const definite =
    tokens[hit.first].proclitics.join('') === 'ال' ||
    forms.norms[hit.first].startsWith('ال') ||
    construct ||
    hit.quotedName === true ||
    (tokens[hit.afterHead]?.proclitics.join('') === 'ال' && hit.afterHead < hit.last);
  const bare = tokens[hit.first].proclitics.every((p) => p === 'ال');
  return hit.kind === 'person' && definite && bare && !takesPersonObject(forms, clauseStart(ctx, found, before))
    ? before
    : undefined;
}

/**
 * The token before the name and whatever introduces it (its title mention, honorifics): «أمر ملك السعودية سلمان بن
 * عبد العزيز النائب العام …» looks back past «ملك السعودية» to «أمر».
 */
function clauseStart(ctx: LinkContext, found: readonly Found[], person: Found): number {
  let k = person.first - 1;
  for (let guard = 0; guard < 4 && k >= 0; guard++) {
    if (ctx.cues.honorifics.has(wordOf(ctx.forms, k))) {
      k--;
      continue;
    }
    const title = found.find((m) => m.last === k + 1 && m !== person && (m.type === 'PER' || m.apposedTo));
    if (title) {
      k = title.first - 1;
      continue;
    }
    // A role phrase (placed after apposition) or a title phrase ending right before the name.
    let from = -1;
    for (let s = Math.max(0, k - 5); s <= k && from < 0; s++) {
      const role = ctx.g.matchRoleAt(ctx.forms.norms, s, wordOf(ctx.forms, s));
      if (role?.end === k + 1 || titleAt(ctx, s)?.last === k + 1) from = s;
    }
    if (from < 0) break;
    k = from - 1;
  }
  return k;
}

/**
 * The token after the honorifics or ranks starting at k («العقيد الركن», «اللواء»; a two-word honorific, «آية الله»,
 * round 32), or k with none.
 */
function pastRanks(ctx: LinkContext, k: number): number {
  let at = k;
  const pair = ctx.cues.honorificPairs.get(wordOf(ctx.forms, at));
  if (pair !== undefined && ctx.forms.norms[at + 1] === pair) at += 2;
  while (
    at < ctx.tokens.length &&
    at - k < 3 &&
    (ctx.cues.honorifics.has(wordOf(ctx.forms, at)) || isStaffWord(ctx, at, k))
  )
    at++;
  return at;
}

const STAFF = nameKey('الركن');
/** «الركن» after a rank («العقيد الركن»). */
function isStaffWord(ctx: LinkContext, at: number, k: number): boolean {
  return at > k && ctx.forms.norms[at] === STAFF;
}

/**
 * Verbs whose object is often a person (past and present, third person): after «استقبل بوتين» a definite title is
 * the one received, not Putin's.
 */
const PERSON_OBJECT_VERBS = new Set(
  [
    ['استقبل', 'يستقبل'],
    ['التقى', 'يلتقي'],
    ['قابل', 'يقابل'],
    ['وصف', 'يصف'],
    ['انتقد', 'ينتقد'],
    ['هاجم', 'يهاجم'],
    ['اتهم', 'يتهم'],
    ['هنأ', 'يهنئ'],
    ['شكر', 'يشكر'],
    ['دعا', 'يدعو'],
    ['طالب', 'يطالب'],
    ['حذر', 'يحذر'],
    ['أبلغ', 'يبلغ'],
    ['سأل', 'يسأل'],
    ['زار', 'يزور'],
    ['عين', 'يعين'],
    ['أقال', 'يقيل'],
    ['رافق', 'يرافق'],
    ['خلف', 'يخلف'],
    ['أيد', 'يؤيد'],
    ['دعم', 'يدعم'],
    ['ناشد', 'يناشد'],
    ['حث', 'يحث'],
    ['هدد', 'يهدد'],
    ['خاطب', 'يخاطب'],
    ['حاور', 'يحاور'],
    ['واجه', 'يواجه'],
    ['استدعى', 'يستدعي'],
    ['أبلغ', 'يبلغ'],
    ['اغتال', 'يغتال'],
    ['قتل', 'يقتل'],
    ['اعتقل', 'يعتقل'],
    ['أمر', 'يأمر'],
    ['نصح', 'ينصح'],
    ['ودع', 'يودع'],
    ['صافح', 'يصافح'],
    ['كلف', 'يكلف'],
    ['سلم', 'يسلم'],
    ['منح', 'يمنح'],
  ].flatMap(([past, present]) => {
    const stem = past.replace(/[ىا]$/, '');
    return [past, `${stem}ت`, `${past}ت`, `${stem}وا`, `${past}ا`, present, `ت${present.slice(1)}`].map(nameKey);
  }),
);

/**
 * Whether a verb that takes a person for its object opens the clause of a person mention («استقبل بوتين …»,
 * «التقى ملك السعودية سلمان …»): what stands right after the name may be that object rather than the name's title.
 */
export function opensWithObjectVerb(ctx: LinkContext, found: readonly Found[], person: Found): boolean {
  return takesPersonObject(ctx.forms, clauseStart(ctx, found, person));
}

function takesPersonObject(forms: TokenForms, k: number): boolean {
  if (k < 0) return false;
  const norm = forms.norms[k];
  return PERSON_OBJECT_VERBS.has(wordOf(forms, k)) || PERSON_OBJECT_VERBS.has(norm.replace(/^[وف]/, ''));
}

/**
 * Reporting verbs that take no person object (data/quotes/cues.tsv): after «قال X» a title is X's, while after
 * «استقبل X» or «حذر X» it may be the object («استقبل بوتين الرئيس التركي»).
 */
const INTRANSITIVE_SPEECH = new Set([
  'قال',
  'أكد',
  'أضاف',
  'تابع',
  'أردف',
  'أوضح',
  'أشار',
  'لفت',
  'صرح',
  'أعلن',
  'ذكر',
  'أفاد',
  'شدد',
  'أصر',
  'نفى',
  'أنكر',
  'غرد',
  'أعرب',
  'أقر',
  'زعم',
  'اعترف',
]);

function isSpeechVerb(token: Token | undefined): boolean {
  if (!token) return false;
  const cue = cueOf(token, quoteLexicon());
  return cue?.kind === 'verb' && INTRANSITIVE_SPEECH.has(cue.lemma);
}

/**
 * «وقال باريس ياركاداس وهو نائب من حزب الشعب الجمهوري»: right after a speech verb, a one-word place the tagger read
 * apart from the unknown person name after it is that person's given name («باريس», «جورجيا», «إسرائيل»): one PER
 * mention. A place with a clitic or a known person after it («قالت سوريا الأسد») is left alone.
 */
export function personsNamedLikePlaces(ctx: LinkContext, found: Found[]): void {
  const { tokens, text } = ctx;
  for (let j = found.length - 2; j >= 0; j--) {
    const place = found[j];
    const person = found[j + 1];
    if (place.type !== 'LOC' || place.last - place.first !== 1 || tokens[place.first].proclitics.length > 0) continue;
    if (person.type !== 'PER' || person.first !== place.last || person.target || person.cues) continue;
    if (!isSpeechVerb(tokens[place.first - 1])) continue;
    person.start = place.start;
    person.first = place.first;
    person.text = text.slice(person.start, person.end);
    found.splice(j, 1);
  }
}

export function applyApposition(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms, text } = ctx;
  const covered = coveredTokens(found, tokens.length);
  let changed = false;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'arabic' || covered[i]) continue;
    const titled = withFormerly(ctx, titleAt(ctx, i, found));
    if (!titled) continue;
    let hit = titled;
    if (covered.subarray(hit.first, hit.last).some((c, k) => c === 1 && !isInnerName(found, titled.first + k)))
      continue;
    if (hit.kind === 'descriptor') {
      const person = personBeside(ctx, found, hit);
      if (person && !person.target) person.country ??= hit.country;
      continue;
    }
    if (hit.kind !== 'person') {
      if (covered.subarray(hit.first, hit.last).some((c) => c === 1) || isClauseAfterBody(ctx, hit)) continue;
      found.push(phraseMention(tokens, forms, text, hit, 'ORG'));
      changed = true;
      covered.fill(1, hit.first, hit.last);
      i = hit.last - 1;
      continue;
    }
    const placed = withPlace(ctx, found, hit);
    let person = placed ?? personBeside(ctx, found, hit);
    if (placed) hit.last = placeEnd(ctx, found, hit);
    if (!person && (hit.unknownPlace || hit.quotedName)) continue;
    // «نائب قائد القوة البرية في الحرس الثوري الإيراني، العميد حميد محبي»: the deputy's title is the whole phrase.
    if (person && isDeputyOf(tokens, forms, hit.first) && !covered[hit.first - 1])
      hit = { ...hit, first: hit.first - 1 };
    if (!person && isComma(tokens[hit.last])) person = newPerson(tokens, forms, covered, hit.last + 1, text);
    else if (!person) person = rarePersonAt(tokens, forms, covered, hit.last, text);
    if (!person) continue;
    if (!person.target) person.country ??= hit.country;
    if (!found.includes(person)) found.push(person);
    changed = true;
    // No nesting: names inside the title («كوريا الشمالية», «الأمم المتحدة») give way.
    for (const inner of found.filter((m) => m.first >= hit.first && m.last <= hit.last))
      found.splice(found.indexOf(inner), 1);
    found.push({ ...phraseMention(tokens, forms, text, hit, 'PER'), apposedTo: person });
    covered.fill(1, hit.first, hit.last);
    i = hit.last - 1;
  }
  if (changed) found.sort((a, b) => a.start - b.start);
}

const IN = nameKey('في');

/**
 * The end of «في» + one place, country or organization right after a title (a mention or a gazetteer name), or -1:
 * «رئيس جهاز المخابرات العامة الفلسطينية في الضفة الغربية».
 */
function placeEnd(ctx: LinkContext, found: readonly Found[], hit: TitleHit): number {
  const { g, tokens, forms } = ctx;
  const k = hit.last;
  if (hit.posted || tokens[k]?.kind !== 'arabic' || forms.norms[k] !== IN || tokens[k + 1]?.kind !== 'arabic')
    return -1;
  // «مدير كلية التعدين في جامعة كيرتين في غرب أستراليا»: a title placed by «في» already; a second says where the body is.
  for (let t = hit.afterHead; t < k; t++) if (forms.norms[t] === IN) return -1;
  const mention = found.find((m) => m.first === k + 1 && m.type !== 'PER' && !m.cues);
  if (mention) return mention.last;
  const match = g.matchAt(forms.norms, k + 1, wordOf(forms, k + 1));
  if (!match || !namesRun(tokens, k + 1, match.end)) return -1;
  const named = match.candidates.some((c) => c.via !== 'demonym' && c.entry.kind !== 'person');
  return named ? match.end : -1;
}

/**
 * A title's «في» + place belongs to it when the title is in apposition through it: the name right after the place
 * (past ranks: «المتحدث … في اليمن العقيد الركن تركي المالكي»), or the name before the title with a comma and the
 * place ending the clause («ماجد فرج، رئيس جهاز المخابرات العامة الفلسطينية في الضفة الغربية.»), not opened by a
 * speech verb. Otherwise «في» + place says where the person spoke, outside the title (round 21). Returns the person.
 */
function withPlace(ctx: LinkContext, found: readonly Found[], hit: TitleHit): Found | undefined {
  if (hit.kind !== 'person') return undefined;
  const end = placeEnd(ctx, found, hit);
  if (end < 0) return undefined;
  const { tokens } = ctx;
  const next = pastRanks(ctx, end);
  const after = found.find((m) => m.first === next && m.type === 'PER' && !m.cues && !m.apposedTo);
  if (after) return after;
  const before = personBeside(ctx, found, hit);
  if (!before || before.last > hit.first || !isComma(tokens[hit.first - 1])) return undefined;
  // «وقال ستيفان دوجاريك، المتحدث باسم الأمم المتحدة في نيويورك، إن …»: after a speech verb, where he spoke.
  if (isSpeechVerb(tokens[before.first - 1])) return undefined;
  return end >= tokens.length || tokens[end].kind === 'punct' ? before : undefined;
}

/**
 * «جو #بايدن، نائب الرئيس الأميركي سابقا،»: the adverb «سابقا» right after a title in apposition belongs to it (the
 * gold's former-title reading), and so does the adjective «السابق» («حمد بن جاسم آل ثاني، رئيس وزراء قطر السابق،»,
 * «الرئيس الأمريكي السابق باراك أوباما»); the nameless-officeholder pass keeps reading it as the end of a former office.
 */
function withFormerly(ctx: LinkContext, hit: TitleHit | null): TitleHit | null {
  if (hit?.kind !== 'person' || !isFormer(ctx.forms.norms[hit.last])) return hit;
  return ctx.tokens[hit.last].kind === 'arabic' ? { ...hit, last: hit.last + 1 } : hit;
}

function phraseMention(
  tokens: readonly Token[],
  forms: TokenForms,
  text: string,
  hit: TitleHit,
  type: 'PER' | 'ORG',
): Found {
  const start = nameStart(tokens, forms, hit.first);
  const end = tokens[hit.last - 1].end;
  return newFound({
    start,
    end,
    text: text.slice(start, end),
    type,
    first: hit.first,
    last: hit.last,
    country: hit.country,
  });
}

/** Whether token k is covered only by a non-person name (a country or organization inside a title). */
function isInnerName(found: readonly Found[], k: number): boolean {
  return found.some((m) => m.first <= k && k < m.last && m.type !== 'PER');
}

function newPerson(
  tokens: readonly Token[],
  forms: TokenForms,
  covered: Uint8Array,
  i: number,
  text: string,
): Found | undefined {
  const end = bareName(tokens, forms, covered, i);
  return end < 0 ? undefined : personMention(tokens, covered, i, end, nameStart(tokens, forms, i), text);
}

/** A name the tagger missed right after a title, without a comma: two or three rare words («… ليو فارادكار»). */
function rarePersonAt(
  tokens: readonly Token[],
  forms: TokenForms,
  covered: Uint8Array,
  i: number,
  text: string,
): Found | undefined {
  const end = rareNameEnd(tokens, forms, covered, i);
  return end < 0 ? undefined : personMention(tokens, covered, i, end, tokens[i].start, text);
}

/** A PER mention of tokens [i, end) starting at `start` (after any clitic), marked as covered. */
function personMention(
  tokens: readonly Token[],
  covered: Uint8Array,
  i: number,
  end: number,
  start: number,
  text: string,
): Found {
  const stop = tokens[end - 1].end;
  covered.fill(1, i, end);
  return newFound({ start, end: stop, text: text.slice(start, stop), type: 'PER', first: i, last: end });
}

/**
 * A title phrase that designates one officeholder of a country with no name beside it («وزير الداخلية الأفغاني»,
 * «السفير البريطاني في طهران») is a PER mention of that unnamed person, with no name nested in it (the gold
 * guideline). It runs after the role phrases the gazetteer resolves by date are placed, so those keep their
 * holders, and it leaves out what names no single present holder: an indefinite country («وزير سعودي»), a former
 * or designate office, and a title ending in an organization (its ORG mention stays: «نائب مدير البيت الأزرق»).
 * The same title given a name by an apposition elsewhere in the article joins that person.
 */
export function addNamelessOfficeholders(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms, text } = ctx;
  const covered = coveredTokens(found, tokens.length, 'PER');
  const named = new Map<string, Found>();
  for (const m of found) if (m.apposedTo) named.set(nameKey(m.text), m.apposedTo);
  let changed = false;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'arabic' || covered[i]) continue;
    // Only a head that may stand alone (namesOneHolder's first test) is read on to its country.
    const head = headAt(ctx, i);
    if (!head || !ctx.cues.aloneTitles.has(head.key)) continue;
    const hit = titleAt(ctx, i);
    if (!hit || !namesOneHolder(ctx, hit) || covered.subarray(hit.first, hit.last).some((c) => c === 1)) continue;
    const touching = found.filter((m) => m.first < hit.last && hit.first < m.last);
    if (touching.some((m) => m.first < hit.first || m.last > hit.last || namesTheBody(m, hit))) continue;
    for (const inner of touching) found.splice(found.indexOf(inner), 1);
    const mention = phraseMention(tokens, forms, text, hit, 'PER');
    const person = titledPersonAfter(ctx, found, hit.last) ?? named.get(nameKey(mention.text));
    found.push(person ? { ...mention, apposedTo: person } : { ...mention, office: true });
    covered.fill(1, hit.first, hit.last);
    changed = true;
    i = hit.last - 1;
  }
  if (changed) found.sort((a, b) => a.start - b.start);
}

/**
 * «رئيس القيادة المركزية الأميركية، الجنرال جوزيف فوتيل،»: a person named after the comma behind an honorific,
 * which the apposition pass does not look past.
 */
function titledPersonAfter(ctx: LinkContext, found: readonly Found[], k: number): Found | undefined {
  if (!isComma(ctx.tokens[k])) return undefined;
  let at = k + 1;
  while (at < ctx.tokens.length && ctx.cues.honorifics.has(wordOf(ctx.forms, at))) at++;
  return at > k + 1 ? found.find((m) => m.first === at && m.type === 'PER' && !m.cues && !m.apposedTo) : undefined;
}

/**
 * A title whose head stands alone (titles.tsv) ending in a definite country: its name, or a demonym with the article
 * (not a capital or metonym: «ممثل عن البيت الأبيض»); an envoy's only with the receiving place; not former or designate.
 */
function namesOneHolder(ctx: LinkContext, hit: TitleHit): boolean {
  const { cues, forms } = ctx;
  if (hit.countryAt === undefined || !cues.aloneTitles.has(hit.head)) return false;
  if (isDeputyOf(ctx.tokens, forms, hit.first)) return false;
  if (hit.first > 0 && ctx.tokens[hit.first - 1].kind === 'arabic' && isOfficeWord(wordOf(forms, hit.first - 1)))
    return false;
  if (cues.envoyHeads.has(wordOf(forms, hit.first)) && !hit.posted) return false;
  const next = forms.norms[hit.last];
  if (isFormer(next) || isDesignate(next) || !definiteAfterHead(ctx, hit.first, hit.afterHead, hit.countryAt))
    return false;
  for (let k = hit.afterHead; k < hit.countryAt; k++)
    if (isBodyNoun(ctx, k) || OTHER_PREPOSITIONS.has(forms.norms[k])) return false;
  if (hit.countryVia === 'demonym') return DEFINITE.test(forms.norms[hit.countryAt]);
  return hit.countryVia === 'name' || hit.countryVia === 'variant' || hit.countryVia === 'official';
}

/**
 * An indefinite head names one holder only in a construct chain: the word after it is definite, the country, or a
 * noun followed by a definite word or the country («وزير الداخلية», «زعيمة ميانمار», «رئيس حكومة بريطانيا»), with no
 * preposition («رئيس في …», «أول زعيم لكوريا الشمالية», «قائد رفيع بالبحرية …» name one of several).
 */
function definiteAfterHead(ctx: LinkContext, head: number, afterHead: number, countryAt: number): boolean {
  const { tokens, forms } = ctx;
  const plain = (k: number) => !tokens[k].proclitics.some((p) => p === 'ب' || p === 'ل' || p === 'ك');
  const definiteOrCountry = (k: number) => plain(k) && (k === countryAt || DEFINITE.test(forms.norms[k]));
  if (DEFINITE.test(forms.norms[head]) || definiteOrCountry(afterHead)) return true;
  return (
    plain(afterHead) &&
    !POSTED_TO.has(forms.norms[afterHead]) &&
    afterHead < countryAt &&
    definiteOrCountry(afterHead + 1)
  );
}

/**
 * «احتجزت الشرطة امرأة هندية», «وطلب من الشرطة حماية مطلقة للدبلوماسيين الإيرانيين»: a body head with the article
 * followed by a common indefinite word with no clitic is the subject or object of a clause and what follows it, no
 * construct chain naming a body: no mention (a definite word, «الشرطة الاتحادية العراقية», or a rare one keeps it).
 */
function isClauseAfterBody(ctx: LinkContext, hit: TitleHit): boolean {
  const { tokens, forms } = ctx;
  const k = hit.afterHead;
  if (!DEFINITE.test(forms.norms[hit.first]) || k >= hit.last || tokens[k].kind !== 'arabic') return false;
  return tokens[k].proclitics.length === 0 && !DEFINITE.test(forms.norms[k]) && !isRareAt(forms, k);
}

/**
 * A noun that heads an organization's name at token k: descriptors.tsv ORG, titles.tsv org or body, or an opener of
 * org-openers.tsv (حزب، مكتب، جمعية، مجلس).
 */
function isBodyNoun(ctx: LinkContext, k: number): boolean {
  const { cues, tokens, forms } = ctx;
  const word = wordOf(forms, k);
  const descriptor = cues.descriptors.get(word);
  const title = cues.titles.get(word);
  if (descriptor === 'ORG' || descriptor === 'ORGNAME' || title === 'org' || title === 'body') return true;
  return tokens[k].kind === 'arabic' && cues.orgOpeners.has(forms.norms[k].replace(/^(لل|ال|ل)/, ''));
}

/** An organization inside the title before its country: the title heads a body, whose ORG mention stays. */
function namesTheBody(m: Found, hit: TitleHit): boolean {
  return m.type === 'ORG' && hit.countryEnd !== undefined && m.first < hit.countryEnd;
}
