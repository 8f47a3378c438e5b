// Linking: turns the NER mentions of a document into identities. Each mention is resolved against the gazetteer
// (normalized, clitic-tolerant longest match); the gazetteer also adds names the tagger missed when they are
// unambiguous; role phrases («الرئيس الروسي», «زعيم كوريا الشمالية») become mentions of the officeholder at the
// article's date or of the person named right after them (apposition); partial names (بوتين, يون) join the full
// name mentioned in the same document; capitals acting for their state keep their place identity and carry the
// country; everything else becomes a document-local entity with a normalized key for cross-article merging.

import { cliticAnalyzer } from '../arabic/clitics.js';
import { TATWEEL } from '../arabic/marks.js';
import { normalizeForMatch } from '../arabic/normalize.js';
import type { Doc, Entity, EntityMention, EntityType, Mention, Token } from '../doc/types.js';
import {
  addNamelessOfficeholders,
  applyApposition,
  opensWithObjectVerb,
  personsNamedLikePlaces,
} from './apposition.js';
import { capitalsNamedByWord, capitalsNamedLikeCountries } from './capital-word.js';
import { dropUnsureSingletons } from './confidence-gate.js';
import { settleCountryBoundNames } from './country-bound.js';
import { type Cues, loadCues } from './cues.js';
import {
  bareGroupNames,
  bareMediaNames,
  bodiesBeforeDemonym,
  companiesAfterNouns,
  courtsNamedByPlace,
  describedPlaces,
  dropAdjectivesAfterPlaceNouns,
  dropDefiniteGroupAdjectives,
  dropGroupAdjectives,
  dropIndefiniteGroupAdjectives,
  dropSects,
  dropTribes,
  facilityNames,
  joinSplitPlaces,
  modelNames,
  namesAfterOrganizationNouns,
  organizationsByDescriptor,
  personsAfterPlaceNouns,
  quotedOrganizations,
  quotedWorks,
  trimDescriptors,
} from './descriptors.js';
import { dropDatedNamePlaces, dropEventPlaces } from './event-places.js';
import { joinFacilityDuals } from './facility-duals.js';
import {
  chooseTarget,
  demonymKeys,
  ENTRY_TYPE,
  type Found,
  isComma,
  isDefiniteWord,
  isDeputyOf,
  isDesignate,
  isFormer,
  isSortedByStart,
  type LinkContext,
  nameStart,
  namesRun,
  namingCandidates,
  newFound,
  QUOTE_MARKS,
  type Target,
  targetType,
  wordOf,
} from './found.js';
import {
  type Candidate,
  type Country,
  type Gazetteer,
  type GazetteerEntry,
  loadGazetteer,
  type NameMatch,
  nameKey,
  type OfficeHolder,
  type Person,
  type RoleCue,
} from './gazetteer.js';
import { joinKnownAs, joinParenthesizedNames } from './known-as.js';
import { addLatinOriginals } from './latin.js';
import { addLegislatures } from './legislatures.js';
import { addListedPersons, addNameOpeners, addOccupationPersons } from './lists.js';
import {
  homonymsByStoryCountry,
  personsNamedAsPlaces,
  placesLocatedElsewhere,
  unlinkLoneTowns,
} from './located-places.js';
import { namedMinistries } from './ministries.js';
import { dropNominalForces } from './nominal-forces.js';
import { regionsBesidePartners } from './paired-regions.js';
import { addGluedListedPlaces, addListedPlaces } from './place-lists.js';
import { propagateNames } from './propagate.js';
import { joinOrganizationShortForms } from './short-forms.js';
import { isNameToken, isRareAt, isRareWord, surfaceOffset, type TokenForms, tokenForms } from './spans.js';
import { surnamesAfterSpeechVerbs } from './speaker-surnames.js';
import {
  dropGluedConjunctions,
  isPrepositionBeforeArticle,
  lettersLeftOut,
  linkGivenNameVariants,
  linkNamesByArticle,
  linkPeeledMentions,
  linkPersonsByOuterNames,
  linkSpellingVariants,
  spellingVariantWords,
} from './spelling.js';
import { officesOfStateOrgans, organKeyWords, stateOrgans } from './state-organs.js';
import { titledOrganizations } from './titled-organizations.js';
import {
  COUNTRY_GROUP,
  EVENT_START,
  GLUED_NAME,
  HEAD_START,
  HONORIFIC,
  KEY_START,
  PLACE_DESCRIPTOR,
  ROLE_START,
  TITLE_START,
  type TokenFlags,
  tokenFlags,
  WHOLE_START,
} from './token-flags.js';
import { markVesselNames } from './vessels.js';

export interface LinkOptions {
  gazetteer?: Gazetteer;
  /** Add unambiguous gazetteer names the tagger missed (default true). */
  addMissed?: boolean;
  /** Let the gazetteer's kind override the tagger's type (default true). */
  fixTypes?: boolean;
  /** Document-level passes: descriptor trimming, apposition, propagation of recognized names (default true). */
  documentPasses?: boolean;
  /** Drop unlinked one-mention entities the tagger was unsure of (confidence-gate.ts; default true). */
  confidenceGate?: boolean;
  cues?: Cues;
}

export interface LinkResult {
  entities: Entity[];
  warnings: string[];
}

export function linkEntities(doc: Doc, options: LinkOptions = {}): LinkResult {
  const g = options.gazetteer ?? loadGazetteer();
  const tokens = doc.layers.tokens;
  const forms = tokenForms(tokens);
  const found = mentionsWithTokens(doc.layers.mentions, tokens);
  const cues = options.cues ?? loadCues();
  const flags = tokenFlags(g, cues, forms);
  const ctx: LinkContext = { g, cues, tokens, forms, text: doc.text, flags };
  const inEvent = eventTokens(cues, tokens, forms, flags);
  markVesselNames(cues, tokens, forms, flags, inEvent);
  const names = scanNames(g, tokens, forms, cues, flags).filter((n) => !inEvent[n.start]);
  dropInside(found, inEvent);
  const named = countriesNamed(names);
  const docCountries = { named, around: countriesAround(names, named) };
  const demonymOnly = demonymOnlyTokens(names);
  const demonymAt = new Set(
    names
      .filter(
        (n) =>
          isDemonymHere(n, tokens, forms) ||
          isCoordinatedDemonym(n, tokens, demonymOnly) ||
          isIndefiniteDemonym(n, tokens, forms) ||
          isTanweenAdjective(n, tokens) ||
          isAccusativeAdjective(n, tokens, forms),
      )
      .map((n) => n.start),
  );
  cutAtAttachment(ctx, found);
  splitAtRelationNouns(ctx, found);
  splitCoordinatedPersons(ctx, found);
  splitAdjoiningPersons(ctx, found, names);
  splitBeforeKnownSurname(ctx, found, names);
  dropMergedNames(found, names);
  mergeNames(g, found, names, tokens, forms, doc.text, options, docCountries, demonymAt);
  dropShortNamesInWords(ctx, found);
  personsNamedLikePlaces(ctx, found);
  dropMonthNames(ctx, found);
  dropLeadingHash(found, doc.text);
  if (options.documentPasses !== false) {
    dropHonorifics(ctx, found);
    dropReligiousTitles(ctx, found);
    personsAfterHonorifics(ctx, found);
    organizationsByDescriptor(ctx, found);
    companiesAfterNouns(ctx, found);
    trimDescriptors(ctx, found);
    bareGroupNames(ctx, found);
    bareMediaNames(ctx, found);
    dropGroupAdjectives(ctx, found);
    dropSects(ctx, found);
    bodiesBeforeDemonym(ctx, found);
    dropTribes(ctx, found);
    facilityNames(ctx, found);
    joinFacilityDuals(ctx, found);
    quotedWorks(ctx, found);
    modelNames(ctx, found);
    courtsNamedByPlace(ctx, found);
    namesAfterOrganizationNouns(ctx, found);
    describedPlaces(ctx, found);
    personsAfterPlaceNouns(ctx, found);
    dropAdjectivesAfterPlaceNouns(ctx, found);
    joinSplitPlaces(ctx, found);
    quotedOrganizations(ctx, found);
    addNameOpeners(ctx, found);
    stateOrgans(ctx, found);
    applyApposition(ctx, found);
    namedMinistries(ctx, found);
    officesOfStateOrgans(ctx, found);
    titledOrganizations(ctx, found);
    addOccupationPersons(ctx, found);
    addListedPersons(ctx, found);
    addLatinOriginals(ctx, found);
    joinKnownAs(ctx, found);
    joinParenthesizedNames(ctx, found);
    addListedPlaces(ctx, found);
    addGluedListedPlaces(ctx, found);
    addLegislatures(ctx, found);
    dropGluedConjunctions(ctx, found);
    linkPeeledMentions(ctx, found);
    linkSpellingVariants(ctx, found);
    linkNamesByArticle(ctx, found);
    linkPersonsByOuterNames(ctx, found);
    linkGivenNameVariants(ctx, found);
    propagateNames(ctx, found);
    surnamesAfterSpeechVerbs(ctx, found);
    settleCountryBoundNames(ctx, found, docCountries.named);
    placesLocatedElsewhere(ctx, found, docCountries.named);
    unlinkLoneTowns(found, docCountries.named);
    homonymsByStoryCountry(ctx, found);
    personsNamedAsPlaces(ctx, found);
    joinOrganizationShortForms(ctx, found);
    capitalsNamedByWord(ctx, found);
    capitalsNamedLikeCountries(ctx, found);
    regionsBesidePartners(ctx, found);
    // Propagation spreads a name to every occurrence, the demonym uses and competition names included.
    dropAt(found, demonymAt);
    dropDefiniteGroupAdjectives(ctx, found);
    dropIndefiniteGroupAdjectives(ctx, found);
    dropSpreadCountryWords(ctx, found);
    dropInside(found, inEvent);
    dropEventPlaces(ctx, found);
    dropDatedNamePlaces(ctx, found);
    dropHonorifics(ctx, found);
    dropReligiousTitles(ctx, found);
    dropTribes(ctx, found);
    dropNominalForces(ctx, found);
    yieldSurnamesToLocalNames(ctx, found);
    surnamesReadAsPlaces(ctx, found);
  }
  dropPronounSuffixed(found, tokens, forms);
  for (const m of found) {
    if (m.target || m.cues) continue;
    m.country ??= innerCountry(g, m, forms);
    if (m.type === 'PER') m.country ??= demonymBefore(g, m, tokens, forms);
  }
  addCountryGroups(ctx, found);
  const roles = scanRoles(g, tokens, forms, doc.text, flags);
  const withRoles = placeRoles(found, roles, ctx);
  if (options.documentPasses !== false) addNamelessOfficeholders(ctx, withRoles);
  const warnings: string[] = [];
  const objectVerbBefore = (person: Found) =>
    options.documentPasses !== false && opensWithObjectVerb(ctx, withRoles, person);
  trimTatweel(withRoles, doc.text);
  const entities = buildEntities(g, withRoles, tokens, forms, doc, warnings, cues, objectVerbBefore);
  if (options.confidenceGate === false) return { entities, warnings };
  // buildEntities left them in order with their names; only the ids of those left need numbering again.
  const kept = dropUnsureSingletons(entities, doc.layers.mentions, doc.text);
  return { entities: kept.length < entities.length ? numberEntities(kept) : entities, warnings };
}

// ---- mentions ↔ tokens ----

function mentionsWithTokens(mentions: readonly Mention[], tokens: readonly Token[]): Found[] {
  const out: Found[] = [];
  let k = 0;
  for (const m of isSortedByStart(mentions) ? mentions : [...mentions].sort((a, b) => a.start - b.start)) {
    while (k < tokens.length && tokens[k].end <= m.start) k++;
    let last = k;
    while (last < tokens.length && tokens[last].start < m.end) last++;
    if (last > k)
      out.push(newFound({ start: m.start, end: m.end, type: m.type, text: m.text, score: m.score, first: k, last }));
  }
  return out;
}

// ---- gazetteer names ----

interface DocCountries {
  /** Named or described by the article. */
  named: ReadonlySet<string>;
  /** Those and the countries of the article's unambiguous places. */
  around: ReadonlySet<string>;
}

interface NameHit extends NameMatch {
  /** Surface span of the name. */
  spanStart: number;
  spanEnd: number;
  /** Introduced by a place descriptor right before it or inside the same hashtag («مديرية نهم», «#محافظة_عمران»). */
  described?: boolean;
}

/** Greedy left-to-right longest gazetteer matches over the tokens, clitic-free heads first. */
function scanNames(
  g: Gazetteer,
  tokens: readonly Token[],
  forms: TokenForms,
  cues: Cues,
  flags: TokenFlags,
): NameHit[] {
  const hits: NameHit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const first = isNameToken(tokens[i]) ? nameAfterHonorific(g, tokens, forms, flags, i) : null;
    const hit = first && longerNameInside(g, tokens, forms, flags, first);
    if (hit) {
      if (i > 0 && isPlaceDescriptor(tokens, flags, i - 1)) hit.described = true;
      hits.push(hit);
      i = hit.end;
    } else {
      if (tokens[i].kind === 'hashtag') hits.push(...hashtagNames(g, cues, tokens[i], i));
      const dotted = dottedAcronymAt(g, tokens, forms, i);
      if (dotted) hits.push(dotted);
      i = dotted ? dotted.end : i + 1;
    }
  }
  return hits;
}

/**
 * A longer name that starts inside a match and runs past it wins: «حركة فتح الله غولن» is the Gülen movement, not
 * Fatah («حركة فتح») followed by «الله غولن».
 */
function longerNameInside(
  g: Gazetteer,
  tokens: readonly Token[],
  forms: TokenForms,
  keyStarts: TokenFlags,
  hit: NameHit,
): NameHit {
  for (let j = hit.start + 1; j < hit.end; j++) {
    const inner = nameAt(g, tokens, forms, keyStarts, j);
    if (inner && inner.end > hit.end && inner.end - j > hit.end - hit.start) return inner;
  }
  return hit;
}

/** «مديرية نهم», «بولاية أريزونا»: a place descriptor right before token i makes a place named there safe to add. */
function isPlaceDescriptor(tokens: readonly Token[], flags: TokenFlags, k: number): boolean {
  const t = tokens[k];
  return t.kind === 'arabic' && tokens[k + 1].start - t.end <= 1 && (flags[k] & PLACE_DESCRIPTOR) !== 0;
}

/**
 * Names inside a multi-word hashtag: «#ميليشيات_الحوثي» → «الحوثي», «#مسؤولا_ماليا_في_داعش» → «داعش». Each hit
 * covers the hashtag's token but only its own words on the surface. A place right after a place descriptor in
 * the hashtag («#محافظة_عمران») is marked as described, which makes it safe to add.
 */
function hashtagNames(g: Gazetteer, cues: Cues, token: Token, i: number): NameHit[] {
  const surface = token.text.replace(/^#/, '').split('_');
  const parts = keyTokensOf(surface);
  if (parts.length < 2) return [];
  const starts: number[] = [];
  let at = token.start + token.text.length - token.text.replace(/^#/, '').length;
  for (const part of surface) {
    starts.push(at);
    at += part.length + 1;
  }
  const hits: NameHit[] = [];
  for (let p = 0; p < parts.length; ) {
    const m = g.matchAt(parts, p);
    if (!m) {
      p++;
      continue;
    }
    hits.push({
      start: i,
      end: i + 1,
      key: m.key,
      candidates: m.candidates,
      spanStart: starts[p],
      spanEnd: starts[m.end - 1] + surface[m.end - 1].length,
      described: p > 0 && cues.descriptors.get(parts[p - 1]) === 'LOC',
    });
    p = m.end;
  }
  return hits;
}

const MAX_ACRONYM_LETTERS = 3;

/**
 * A dotted acronym («كي.سي.ان.ايه», «ن.ا.تو»): short parts joined by dots with no spaces, looked up as the spaced
 * spelling («كي سي ان ايه») and as one word («ناتو»).
 */
function dottedAcronymAt(g: Gazetteer, tokens: readonly Token[], forms: TokenForms, i: number): NameHit | null {
  // The glued dot first: most tokens have none.
  if (!dotAfter(tokens, i) || !isAcronymPart(tokens, forms, i)) return null;
  const parts = [i];
  let k = i;
  while (dotAfter(tokens, k) && isAcronymPart(tokens, forms, k + 2) && tokens[k + 2].start === tokens[k + 1].end) {
    k += 2;
    parts.push(k);
  }
  if (parts.length < 2) return null;
  const words = parts.map((p) => forms.norms[p]);
  const candidates = [...g.lookupKey(words.join(' ')), ...g.lookupKey(words.join(''))];
  if (candidates.length === 0) return null;
  return {
    start: i,
    end: k + 1,
    key: words.join(' '),
    candidates,
    spanStart: tokens[i].start,
    spanEnd: tokens[k].end,
  };
}

function isAcronymPart(tokens: readonly Token[], forms: TokenForms, k: number): boolean {
  const t = tokens[k];
  return t !== undefined && (t.kind === 'arabic' || t.kind === 'latin') && forms.norms[k].length <= MAX_ACRONYM_LETTERS;
}

/** Whether a dot is glued right after token k. */
function dotAfter(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next !== undefined && next.text === '.' && next.start === tokens[k].end;
}

/** The normalized matching key of each word of a hashtag (one word each; an empty word stays empty). */
function keyTokensOf(words: readonly string[]): string[] {
  return words.map((w) => nameKey(w).replace(/ /g, ''));
}

/**
 * The name at token i, or, when token i is an honorific, the name right after it if that reaches as far: the
 * gazetteer's «الشيخ خالد بن أحمد» must not hide «خالد بن أحمد آل خليفة».
 */
function nameAfterHonorific(
  g: Gazetteer,
  tokens: readonly Token[],
  forms: TokenForms,
  keyStarts: TokenFlags,
  i: number,
): NameHit | null {
  const here = nameAt(g, tokens, forms, keyStarts, i);
  if (!(keyStarts[i] & HONORIFIC) || i + 1 >= tokens.length || !isNameToken(tokens[i + 1])) return here;
  const after = nameAt(g, tokens, forms, keyStarts, i + 1);
  return after && (!here || after.end >= here.end) ? after : here;
}

/**
 * A match starting at token i is tried on the whole token and on its clitic-free head. The whole token wins ties:
 * «بيروت» is not ب + «يروت»; a clitic-free match must be strictly longer or alone. (Written out in each caller, with
 * no closure or pair object: the scans run on every token that starts a key.)
 */
function isBareLonger(whole: { end: number } | null, bare: { end: number } | null): boolean {
  return bare !== null && (!whole || bare.end > whole.end);
}

/** The clitic-free head of token i when it starts a key and differs from the token, else ''. */
function bareHeadAt(forms: TokenForms, keyStarts: TokenFlags, i: number): string {
  const head = forms.heads[i];
  // A head equal to the token (only the article: «الولايات») would match the same again.
  return head && head !== forms.norms[i] && keyStarts[i] & HEAD_START ? head : '';
}

function nameAt(
  g: Gazetteer,
  tokens: readonly Token[],
  forms: TokenForms,
  keyStarts: TokenFlags,
  i: number,
): NameHit | null {
  if (!(keyStarts[i] & KEY_START)) return keyStarts[i] & GLUED_NAME ? gluedNameAt(g, tokens, forms, i) : null;
  // A form that starts no key matches nothing: it is not looked up. A word's first nodes are kept on its memo.
  const { norms, words } = forms;
  const id = words ? forms.ids[i] : -1;
  const whole =
    keyStarts[i] & WHOLE_START ? (id >= 0 ? g.matchFrom(words?.wholeNode[id], norms, i) : g.matchAt(norms, i)) : null;
  const head = bareHeadAt(forms, keyStarts, i);
  const bare = head ? (id >= 0 ? g.matchFrom(words?.headNode[id], norms, i) : g.matchAt(norms, i, head)) : null;
  const useBare = isBareLonger(whole, bare);
  const m = useBare ? bare : whole;
  if (!m || !namesRun(tokens, m.start, m.end) || (useBare && isFaMisread(tokens[i], m))) return null;
  if (isAlaBeforeDefinite(tokens, forms, i)) return null;
  return {
    start: m.start,
    end: m.end,
    key: m.key,
    candidates: m.candidates,
    spanStart: useBare || tokens[i].kind === 'hashtag' ? forms.headStarts[i] : tokens[i].start,
    spanEnd: tokens[m.end - 1].end,
  };
}

/** «علي» normalized: the name, and also the preposition «على» once «ى» is folded to «ي». */
const ALI = 'علي';
const FINAL_ALEF_MAQSURA = /ى[\u064B-\u0652\u0640]*$/;

/**
 * «على» (final «ى») before a definite word is the preposition, not the name «علي» with a family name: «عقوبات على
 * الأمين العام» (round 58). Edited news keeps the two apart; the few that write the name with «ى» do so before an
 * indefinite family name («آية الله على خامنئي», «على عبد الله صالح»), which still match.
 */
function isAlaBeforeDefinite(tokens: readonly Token[], forms: TokenForms, i: number): boolean {
  const t = tokens[i];
  if (t.stem !== ALI || t.enclitic !== '' || !FINAL_ALEF_MAQSURA.test(t.text)) return false;
  return forms.norms[i + 1]?.startsWith('ال') === true;
}

const MAX_FA_MISREAD_LETTERS = 3;

/**
 * The tokenizer takes the first letter of many words for the conjunction «ف»: a name of at most three letters left
 * after it is usually such a word («فوات الأوان» is not ف + «وات», the Tunisian agency).
 */
function isFaMisread(token: Token, m: NameMatch): boolean {
  return m.end - m.start === 1 && token.proclitics.join('') === 'ف' && token.stem.length <= MAX_FA_MISREAD_LETTERS;
}

/**
 * A name of two or more words whose first word carries a proclitic the tokenizer left glued («لوكالة الأنباء
 * الفرنسية» → «وكالة الأنباء الفرنسية»). One-word names are not tried: a stray letter could turn a word into one.
 */
function gluedNameAt(g: Gazetteer, tokens: readonly Token[], forms: TokenForms, i: number): NameHit | null {
  // A numbered word (an Arabic word) has its glued head kept when no proclitic was split off: the token is not read.
  const { words } = forms;
  const id = words ? forms.ids[i] : -1;
  const t = tokens[i];
  if (id < 0 && (t.kind !== 'arabic' || t.proclitics.length !== 0)) return null;
  const rest = id >= 0 ? words?.gluedHead[id] : g.gluedHead(forms.norms[i]);
  if (!rest) return null;
  const m = g.matchAt(forms.norms, i, rest);
  if (!m || m.end - m.start < 2 || !namesRun(tokens, m.start, m.end)) return null;
  const spanStart = t.start + surfaceOffset(t.text, 1);
  return { ...m, spanStart, spanEnd: tokens[m.end - 1].end };
}

/**
 * Attaches gazetteer names to the tagger's mentions: the same span links it; a longer name replaces the mentions
 * it covers («كانغ سون» → «كانغ سون نام»); a name the tagger missed is added when it is safe to add alone.
 */
function mergeNames(
  g: Gazetteer,
  found: Found[],
  names: readonly NameHit[],
  tokens: readonly Token[],
  forms: TokenForms,
  text: string,
  options: LinkOptions,
  docCountries: DocCountries,
  demonymAt: ReadonlySet<number>,
): void {
  const cues = options.cues ?? loadCues();
  for (const name of names) {
    const candidates = namingCandidates(name.candidates);
    if (candidates.length === 0) continue;
    const overlapping = found.filter((m) => m.first < name.end && name.start < m.last);
    if (demonymAt.has(name.start)) {
      for (const m of overlapping) if (m.first === name.start && m.last === name.end) found.splice(found.indexOf(m), 1);
      continue;
    }
    // By tokens, not characters: the tagger's «#فرنسا» and the name «فرنسا» cover the same token.
    const covers = overlapping.every(
      (m) => (name.start <= m.first || onlyCueWordsBefore(cues, forms, m, name.start)) && m.last <= name.end,
    );
    if (overlapping.length > 0 && !covers) {
      linkInside(overlapping, name, candidates, cues, forms);
      continue;
    }
    const nerType = overlapping.length === 1 ? overlapping[0].type : undefined;
    const target = chooseTarget(candidates, nerType, docCountries.around);
    if (!target || placeAgainstTagger(target, nerType, docCountries.named)) continue;
    if (
      overlapping.length === 0 &&
      (options.addMissed === false || !safeToAdd(g, cues, target, name, docCountries.named, tokens, forms))
    )
      continue;
    if (overlapping.length === 0 && !isStandaloneName(tokens, forms, name)) continue;
    for (const m of overlapping) found.splice(found.indexOf(m), 1);
    const type = options.fixTypes === false && nerType ? nerType : targetType(target, nerType);
    found.push(
      newFound({
        start: name.spanStart,
        end: name.spanEnd,
        text: text.slice(name.spanStart, name.spanEnd),
        type,
        first: name.start,
        last: name.end,
        target,
      }),
    );
  }
  found.sort((a, b) => a.start - b.start);
}

/**
 * Whether a mention's words before token `at` are all descriptors or honorifics: the tagger's «حركة فتح الله» gives
 * way to the name «فتح الله غولن» that starts inside it (descriptors and honorifics stay outside names).
 */
/** A descriptor that stays outside the name it heads: not «بنك» of «بنك مصر», which is the bank, not Egypt. */
function isTrimmedDescriptor(cues: Cues, word: string): boolean {
  const type = cues.descriptors.get(word);
  return type !== undefined && type !== 'ORGNAME';
}

function onlyCueWordsBefore(cues: Cues, forms: TokenForms, m: Found, at: number): boolean {
  if (m.target) return false;
  for (let k = m.first; k < at; k++) {
    const word = k === m.first ? wordOf(forms, k) : forms.norms[k];
    if (!isTrimmedDescriptor(cues, word) && !cues.honorifics.has(word)) return false;
  }
  return true;
}

/**
 * A tagger mention that contains a gazetteer name exactly once keeps its span and is linked when kinds agree.
 * Words before the name must be titles: «بشار الجعفري» is not «إبراهيم الجعفري» matched by his surname.
 */
function linkInside(overlapping: Found[], name: NameHit, candidates: Candidate[], cues: Cues, forms: TokenForms): void {
  for (const m of overlapping) {
    if (!(m.start <= name.spanStart && name.spanEnd <= m.end) || m.target) continue;
    const target = chooseTarget(candidates, m.type);
    // «جامعة القاهرة» is not Cairo: only a person's name inside a person mention («الرئيس بوتين») links.
    if (target?.kind !== 'entry' || target.entry.kind !== 'person' || m.type !== 'PER') continue;
    if (wordsBeforeFit(m, name.start, target.entry, cues, forms) && wordsAfterFit(m, name.end, target.entry, forms))
      m.target = target;
  }
}

/** A person's own name words (all spellings): «جواد» and «ظريف» for «محمد جواد ظريف». */
function ownNameWords(person: Person): Set<string> {
  return new Set([person.nameAr, ...person.variantsAr].flatMap((n) => nameKey(n).split(' ')));
}

/**
 * Whether every word of a mention after token `at` is a word of the person's own names: a name ends with the family
 * name, so a known name followed by a word of no name of that person is someone else's («عباس عرقجي» is not Mahmoud
 * Abbas, known as «عباس»).
 */
function wordsAfterFit(m: Found, at: number, person: Person, forms: TokenForms): boolean {
  if (at >= m.last) return true;
  const own = ownNameWords(person);
  for (let k = at; k < m.last; k++) if (!own.has(forms.norms[k])) return false;
  return true;
}

/**
 * Whether every word of a mention before token `at` is a title or honorific («الرئيس بوتين») or a word of the
 * person's own names («جواد ظريف» for «محمد جواد ظريف»): «بشار الجعفري» is not «إبراهيم الجعفري».
 */
function wordsBeforeFit(m: Found, at: number, person: Person, cues: Cues, forms: TokenForms): boolean {
  if (at === m.first) return true;
  const own = ownNameWords(person);
  for (let k = m.first; k < at; k++) {
    const word = k === m.first ? wordOf(forms, k) : forms.norms[k];
    if (!cues.honorifics.has(word) && !cues.titleStarts.has(word) && !own.has(word)) return false;
  }
  return true;
}

/** Countries the document names or describes (demonyms too): a town there may be added without the tagger. */
function countriesNamed(names: readonly NameHit[]): Set<string> {
  const out = new Set<string>();
  for (const name of names)
    for (const c of name.candidates) if (c.entry.kind === 'country' && c.via !== 'capital') out.add(c.entry.iso2);
  return out;
}

/**
 * The countries named, and the country of each place only one country has and that is no word: they settle which
 * of two same-named places is meant («محافظة البيضاء» next to «صعدة» is al-Bayda, Yemen, not al-Bayda, Libya).
 */
function countriesAround(names: readonly NameHit[], named: ReadonlySet<string>): Set<string> {
  const out = new Set(named);
  for (const name of names) {
    const country = soleCountryOfPlace(name.candidates);
    if (country) out.add(country);
  }
  return out;
}

function soleCountryOfPlace(candidates: readonly Candidate[]): string | undefined {
  let country: string | undefined;
  for (const c of candidates) {
    if (c.entry.kind !== 'place' || c.entry.ambiguous || !c.entry.country) return undefined;
    if (country && c.entry.country !== country) return undefined;
    country = c.entry.country;
  }
  return country;
}

/**
 * «السعودية» is also the feminine demonym: right after a definite noun («السلطات السعودية», «العلاقات الأمريكية
 * السعودية», «بالسفارة السعودية») it describes that noun and is no mention of the country. With a conjunction or preposition glued to
 * it («والسعودية»), or after a verb or preposition («اتهمت قطر السعودية»), it names the country.
 */
function isDemonymHere(name: NameHit, tokens: readonly Token[], forms: TokenForms): boolean {
  if (name.end - name.start !== 1 || name.start === 0) return false;
  const t = tokens[name.start];
  const prev = tokens[name.start - 1];
  if (afterQuotedName(tokens, name.start) && t.proclitics.every((p) => p === 'ال'))
    return name.candidates.some((c) => c.entry.kind === 'country' && demonymKeys(c.entry).has(name.key));
  // «السياسة #السعودية»: a one-word hashtag on the adjective reads the same (round 22).
  const hashtag = t.kind === 'hashtag' && !forms.norms[name.start].includes(' ');
  if ((t.kind !== 'arabic' && !hashtag) || prev.kind !== 'arabic' || prev.end + 1 < t.start) return false;
  // A glued preposition does not change the noun («بالسفارة السعودية»); «إلى» is no definite noun («إلى السعودية»).
  if (!isDefiniteWord(wordOf(forms, name.start - 1)) || t.proclitics.some((p) => p !== 'ال')) return false;
  return name.candidates.some((c) => c.entry.kind === 'country' && demonymKeys(c.entry).has(name.key));
}

/**
 * «صحيفة "الحياة" السعودية», «شركة "أرامكو" السعودية»: a word right after a quoted name that follows a feminine noun
 * (the newspaper, the company) is that noun's adjective (round 18, blind dev round 13). Masculine nouns take the
 * masculine demonym, which is no country name.
 */
function afterQuotedName(tokens: readonly Token[], i: number): boolean {
  const close = tokens[i - 1];
  if (!close || !QUOTE_MARKS.has(close.text) || close.end + 1 < tokens[i].start) return false;
  for (let k = i - 2; k >= Math.max(1, i - 8); k--) {
    if (!QUOTE_MARKS.has(tokens[k].text)) continue;
    const noun = tokens[k - 1];
    return noun.kind === 'arabic' && noun.text.endsWith('ة') && noun.end + 1 >= tokens[k].start;
  }
  return false;
}

/**
 * Words after which a bare «سورية» still names the country: particles («إن سورية») and nouns news puts in construct
 * with a state («وفد سورية», «مستقبل سورية», «حدود سورية», «سيادة سورية»).
 */
const COUNTRY_AFTER = new Set(
  [
    'إن',
    'أن',
    'لأن',
    'لكن',
    'بحق',
    'جمهورية',
    'وفد',
    'شعب',
    'مستقبل',
    'حدود',
    'سيادة',
    'وحدة',
    'أمن',
    'سفير',
    'مندوب',
  ].map((w) => nameKey(w)),
);

/**
 * A country name that is also its feminine demonym («سورية»), bare, right after a word without the article is the
 * adjective of that word («هيئة سورية معارضة», «وسائل إعلام سورية», «فصائل سورية»), unless the word is a
 * preposition, direction, particle or a noun that takes a state in construct («في سورية», «وفد سورية»). In the ANT
 * corpus about 170 of some 180 such uses are adjectives.
 */
function isIndefiniteDemonym(name: NameHit, tokens: readonly Token[], forms: TokenForms): boolean {
  if (name.end - name.start !== 1 || name.start === 0) return false;
  const t = tokens[name.start];
  const prev = tokens[name.start - 1];
  if (t.kind !== 'arabic' || t.proclitics.length > 0 || prev.kind !== 'arabic' || prev.end + 1 < t.start) return false;
  // Feminine and indefinite only: «حكومة جيبوتي» is Djibouti's government, «تقوده السعودية» names the state.
  if (!t.text.endsWith('ة') || forms.norms[name.start].startsWith('ال')) return false;
  const before = wordOf(forms, name.start - 1);
  if (before.startsWith('ال') || PLACE_OPENERS.has(before) || COUNTRY_AFTER.has(before)) return false;
  return name.candidates.some((c) => c.entry.kind === 'country' && demonymKeys(c.entry).has(name.key));
}

/** Tanween (ً ٌ ٍ): an indefinite case ending, which names of states do not take. */
const TANWEEN = /[\u064B-\u064D]/;

/**
 * «60 دبلوماسيًا روسيًا»: a one-word country name written with tanween is the indefinite adjective (the
 * normalizer strips the mark, so «روسيًا» would read as «روسيا»).
 */
function isTanweenAdjective(name: NameHit, tokens: readonly Token[]): boolean {
  return (
    name.end - name.start === 1 &&
    TANWEEN.test(tokens[name.start].text) &&
    name.candidates.some((c) => c.entry.kind === 'country')
  );
}

/**
 * «طرد 23 دبلوماسيا روسيا», «اعتقال صحافيا تركيا»: a country name in «يا» is also the indefinite accusative of its
 * adjective («روسيًا» without the mark), and right after an indefinite accusative noun of this list it is the
 * adjective. Only nouns: an accusative adverb («اتهمت رسميا روسيا») or a verb («دعا روسيا») leaves the object a
 * country, and a dual in construct («رئيسا روسيا وتركيا») is not listed.
 */
function isAccusativeAdjective(name: NameHit, tokens: readonly Token[], forms: TokenForms): boolean {
  if (name.end - name.start !== 1 || name.start === 0 || !name.key.endsWith('يا')) return false;
  const t = tokens[name.start];
  const prev = tokens[name.start - 1];
  if (t.kind !== 'arabic' || t.proclitics.length > 0 || prev.kind !== 'arabic' || prev.end + 1 < t.start) return false;
  if (!ACCUSATIVE_NOUNS.has(wordOf(forms, name.start - 1)) && !countedNoun(tokens, forms, name.start - 1)) return false;
  return name.candidates.some((c) => c.entry.kind === 'country' && c.via === 'name');
}

/**
 * «17 مسجدا بريطانيا»: after a number (11 to 99 take it) the counted noun is an indefinite accusative in «ا», and a
 * country name in «يا» right after it is that noun's adjective (round 22).
 */
function countedNoun(tokens: readonly Token[], forms: TokenForms, k: number): boolean {
  const noun = forms.norms[k];
  const count = tokens[k - 1];
  return (
    count?.kind === 'number' &&
    count.end + 1 === tokens[k].start &&
    tokens[k].proclitics.length === 0 &&
    noun.length > 2 &&
    noun.endsWith('ا') &&
    !noun.startsWith('ال')
  );
}

const ACCUSATIVE_NOUNS = new Set(
  [
    'دبلوماسيا',
    'صحافيا',
    'صحفيا',
    'مواطنا',
    'جاسوسا',
    'عميلا',
    'مسؤولا',
    'مسئولا',
    'طفلا',
    'شخصا',
    'رجلا',
    'جنديا',
    'ضابطا',
    'عسكريا',
    'مقاتلا',
    'لاجئا',
    'طالبا',
    'سائحا',
    'ناشطا',
    'معارضا',
    'مصدرا',
    'وفدا',
    'مشروعا',
    'طلبا',
    'اقتراحا',
    'هجوما',
  ].map((w) => nameKey(w)),
);

/** Tokens that are only a demonym («روسية», «الإيرانية»): no country, city or organization has that name. */
function demonymOnlyTokens(names: readonly NameHit[]): Set<number> {
  const out = new Set<number>();
  for (const n of names)
    if (n.end - n.start === 1 && n.candidates.every((c) => c.entry.kind === 'country' && c.via === 'demonym'))
      out.add(n.start);
  return out;
}

/**
 * A country name that is also a feminine demonym («سورية», «السعودية»), glued to «و» right after a word that is
 * only a demonym, is the second of two coordinated adjectives: «غارات جوية روسية وسورية» (Russian and Syrian
 * strikes), «المصالح الأمريكية والسعودية».
 */
function isCoordinatedDemonym(name: NameHit, tokens: readonly Token[], demonymOnly: ReadonlySet<number>): boolean {
  if (name.end - name.start !== 1 || !demonymOnly.has(name.start - 1)) return false;
  const t = tokens[name.start];
  if (t.proclitics[0] !== 'و' || t.proclitics.some((p) => p !== 'و' && p !== 'ال')) return false;
  if (tokens[name.start - 1].end + 1 < t.start) return false;
  return name.candidates.some((c) => c.entry.kind === 'country' && demonymKeys(c.entry).has(name.key));
}

/**
 * A word naming several countries («الكوريتين», the two Koreas) is one mention of each: the countries' entities
 * share its span. It replaces the tagger's unlinked mention of that word; a longer mention around it is kept.
 */
function addCountryGroups(ctx: LinkContext, found: Found[]): void {
  const { g, cues, tokens, forms, text } = ctx;
  let added = false;
  for (let i = 0; i < tokens.length; i++) {
    const group = ctx.flags[i] & COUNTRY_GROUP && endsLikeGroup(cues, forms.norms[i]);
    const countries = group ? cues.countryGroups.get(wordOf(forms, i)) : undefined;
    if (!countries) continue;
    const over = found.filter((m) => m.first <= i && i < m.last);
    if (over.some((m) => m.target || m.last - m.first > 1)) continue;
    for (const m of over) found.splice(found.indexOf(m), 1);
    const start = nameStart(tokens, forms, i);
    for (const iso2 of countries) {
      const entry = g.countries.get(iso2);
      if (!entry) continue;
      const target: Target = { kind: 'entry', entry, via: 'name' };
      found.push(
        newFound({
          start,
          end: tokens[i].end,
          text: text.slice(start, tokens[i].end),
          type: 'LOC',
          first: i,
          last: i + 1,
          target,
        }),
      );
      added = true;
    }
  }
  if (added) found.sort((a, b) => a.start - b.start);
}

/** Whether a word ends as some country-group word does (a cheap test before the clitic-free lookup). */
function endsLikeGroup(cues: Cues, norm: string): boolean {
  for (const ending of cues.countryGroupEndings) if (norm.endsWith(ending)) return true;
  return false;
}

/** Tokens inside a competition name that contains a place («دوري أبطال أوروبا»): no mention starts there. */
function eventTokens(cues: Cues, tokens: readonly Token[], forms: TokenForms, flags: TokenFlags): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (!(flags[i] & EVENT_START)) continue;
    let key = wordOf(forms, i);
    for (let k = i + 1; k < Math.min(tokens.length, i + cues.maxEventWords); k++) {
      key += ` ${forms.norms[k]}`;
      if (cues.eventNames.has(key)) inside.fill(1, i, k + 1);
    }
  }
  return inside;
}

/** Drops the tagger's mentions that start inside a competition name. */
function dropInside(found: Found[], inside: Uint8Array): void {
  for (let k = found.length - 1; k >= 0; k--) if (inside[found[k].first]) found.splice(k, 1);
}

/** Drops the one-token mentions at the given tokens. */
function dropAt(found: Found[], at: ReadonlySet<number>): void {
  if (at.size === 0) return;
  for (let k = found.length - 1; k >= 0; k--)
    if (found[k].last - found[k].first === 1 && at.has(found[k].first)) found.splice(k, 1);
}

/**
 * «مجلس الأمن التابع للأمم المتحدة»: what follows «التابع ل» is another name, not part of this one; the
 * mention ends before it (the gazetteer scan then finds «الأمم المتحدة» on its own). A person's name (no title
 * before it) likewise ends before a word glued to «لل».
 */
function cutAtAttachment(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms, text } = ctx;
  for (const m of found) {
    const personName = m.type === 'PER' && !(ctx.flags[m.first] & TITLE_START);
    for (let k = m.first + 1; k < m.last; k++) {
      // «محمد للكاتدرائية», «البكر للأدميرال»: a word glued to «لل» is no part of a person's name, nor one glued to
      // «بال» or «كال» after a name the gazetteer knows whole («خامنئي بالديكتاتور»; «عبد الحكيم بالحاج» stays).
      const glued =
        personName &&
        tokens[k].kind === 'arabic' &&
        (/^[وف]?لل/.test(forms.norms[k]) || (/^[وف]?[بك]ال/.test(forms.norms[k]) && knownPersonName(ctx, m.first, k)));
      // «الرئيس عباس أمام مجلس الأمن»: a preposition that is never a name word ends a person's name (round 24).
      const preposition = personName && tokens[k].kind === 'arabic' && NAME_ENDING_PREPOSITIONS.has(tokens[k].text);
      if (!glued && !preposition && !ATTACHMENT_WORDS.has(forms.norms[k])) continue;
      m.last = k;
      m.end = tokens[k - 1].end;
      m.text = text.slice(m.start, m.end);
      break;
    }
    if (endsWithNewsWord(ctx, m)) {
      m.last -= 1;
      m.end = tokens[m.last - 1].end;
      m.text = text.slice(m.start, m.end);
    }
  }
}

/**
 * Prepositions, as written, that no Arabic or transliterated name uses as a word (not «على», «إلى», whose keys fold
 * onto «علي» and a name word, nor «في», «من», which transliterations use).
 */
const NAME_ENDING_PREPOSITIONS = new Set([
  'أمام',
  'خلال',
  'لدى',
  'منذ',
  'حول',
  'ضد',
  'نحو',
  'عند',
  'عن',
  'مع',
  'بعد',
  'قبل',
]);

/** Whether tokens [first, end) are a person's name in the gazetteer. */
function knownPersonName(ctx: LinkContext, first: number, end: number): boolean {
  const words = [wordOf(ctx.forms, first), ...ctx.forms.norms.slice(first + 1, end)].join(' ');
  return ctx.g.lookupKey(words).some((c) => c.entry.kind === 'person');
}

const NEWS_WORD = nameKey('للأنباء');

/**
 * «وكالة رويترز للأنباء» (90 times in ANT): «للأنباء» after a news agency the gazetteer names without it is no part of
 * the name, so the mention ends before it (and the descriptor is trimmed later: «رويترز»). «وكالة السودان للأنباء»
 * keeps it: without «للأنباء» it names no agency.
 */
function endsWithNewsWord(ctx: LinkContext, m: Found): boolean {
  if (m.type !== 'ORG' || m.last - m.first < 3 || ctx.forms.norms[m.last - 1] !== NEWS_WORD) return false;
  const words = ctx.forms.norms.slice(m.first, m.last - 1).join(' ');
  return ctx.g.lookupKey(words).some((c) => c.entry.kind === 'org' && c.via !== 'demonym');
}

/**
 * «كما انتخب البرلمان وانغ كيشيان حليف شي الوثيق»: a noun of relation between persons (relation-nouns.tsv) inside a
 * person's name ends it (no title before the name); the words the tagger took in after the noun are the related
 * person's own mention («شي»), so in-document coreference joins them to that person, not to the first name's. As the
 * span's first word it is left out («منتقدو دوتيرتي» → «دوتيرتي»).
 */
function splitAtRelationNouns(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms, text, cues } = ctx;
  for (let j = 0; j < found.length; j++) {
    const m = found[j];
    if (m.type !== 'PER' || m.last - m.first < 2 || ctx.flags[m.first] & TITLE_START) continue;
    // «حراس مادورو», «منتقدو دوتيرتي», «معاون نصرالله»: a span that opens with such a noun is the related person's
    // mention alone (round 34); not before a chain word, where the noun is a given name («مساعد بن محمد العيبان»).
    if (
      tokens[m.first].kind === 'arabic' &&
      cues.relationNouns.has(wordOf(forms, m.first)) &&
      !CHAIN_WORDS.has(forms.norms[m.first + 1])
    ) {
      m.first++;
      m.start = tokens[m.first].start;
      m.text = text.slice(m.start, m.end);
      if (m.last - m.first < 2) continue;
    }
    let k = m.first + 1;
    while (k < m.last && !(tokens[k].kind === 'arabic' && cues.relationNouns.has(forms.norms[k]))) k++;
    if (k === m.last) continue;
    const end = m.end;
    const last = m.last;
    m.last = k;
    m.end = tokens[k - 1].end;
    m.text = text.slice(m.start, m.end);
    if (k + 1 < last) {
      const start = tokens[k + 1].start;
      found.splice(j + 1, 0, newFound({ start, end, text: text.slice(start, end), type: 'PER', first: k + 1, last }));
      j++;
    }
  }
}

/**
 * «هما شاؤول آرون وهدار غولدين»: the tagger's one person span over two names of two words or more joined by «و» is
 * two persons. The word after «و» must keep a stem of three letters or more and be no given name that begins with «و»
 * (waw-names.tsv: «وليد», «ولد» in «سيدي محمد ولد الشيخ»); a one-word side («آدم وحواء», «هوسكينز وكوينن») is left
 * alone.
 */
function splitCoordinatedPersons(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms, text } = ctx;
  for (let j = 0; j < found.length; j++) {
    const m = found[j];
    if (m.type !== 'PER' || m.last - m.first < 4 || ctx.flags[m.first] & TITLE_START) continue;
    for (let k = m.first + 2; k <= m.last - 2; k++) {
      // The tokenizer leaves «و» on words it does not know («وهدار»): read it on the surface.
      const word = forms.norms[k];
      if (tokens[k].kind !== 'arabic' || word[0] !== 'و' || word.length < 4 || ctx.cues.wawNames.has(word)) continue;
      const end = m.end;
      const last = m.last;
      m.last = k;
      m.end = tokens[k - 1].end;
      m.text = text.slice(m.start, m.end);
      const start = tokens[k].start + 1;
      found.splice(j + 1, 0, newFound({ start, end, text: text.slice(start, end), type: 'PER', first: k, last }));
      break;
    }
  }
}

/** Words that go on with a forebear's or the family's name in an Arab name's chain. */
const CHAIN_LINKS = ['بن', 'ابن', 'بنت', 'آل'].map(nameKey);

/**
 * Words that continue an Arab name's chain: a name after them is a forebear's or the family's, not another person (the
 * links of chainPerson, and the article, «أبو» and «ولد» that open a family name).
 */
const CHAIN_WORDS = new Set([...CHAIN_LINKS, ...['ال', 'ابو', 'أبو', 'ولد'].map(nameKey)]);

/** The one gazetteer person a name hit names, or undefined (another kind, or several). */
function solePerson(hit: NameHit): GazetteerEntry | undefined {
  const [first, ...rest] = namingCandidates(hit.candidates);
  if (first?.entry.kind !== 'person' || rest.some((c) => c.entry !== first.entry)) return undefined;
  return first.entry;
}

/**
 * «والأمين العام للأمم المتحدة أنطونيو غوتيريش ترامب من مغبة الانسحاب»: a tagger person that is the full name of
 * one known person (two words or more) and right after it a name of another (the object of the verb, the next in a
 * list) is two persons (round 30; NER v10 made such spans, models/README.md). The whole span must name nobody, and the
 * second name must not open with a word of the name chain («بن», «آل», «أبو»: «محمد بن زايد آل نهيان» is one person).
 */
function splitAdjoiningPersons(ctx: LinkContext, found: Found[], names: readonly NameHit[]): void {
  const { tokens, forms, text } = ctx;
  for (let j = 0; j < found.length; j++) {
    const m = found[j];
    if (m.type !== 'PER' || m.last - m.first < 3) continue;
    const left = names.find((n) => n.start === m.first && n.end < m.last);
    if (!left || left.end - left.start < 2) continue;
    const right = names.find((n) => n.start === left.end && n.end === m.last);
    if (!right || CHAIN_WORDS.has(forms.norms[right.start])) continue;
    const person = solePerson(left);
    const other = solePerson(right);
    if (!person || !other || person === other) continue;
    const end = m.end;
    const last = m.last;
    m.last = left.end;
    m.end = tokens[left.end - 1].end;
    m.text = text.slice(m.start, m.end);
    const start = tokens[left.end].start;
    found.splice(j + 1, 0, newFound({ start, end, text: text.slice(start, end), type: 'PER', first: left.end, last }));
  }
}

/**
 * «وهاجمت باربرا ترامب» (after «باربرا بوش»), «السباب بين ترامب وكيم ترامب» (after «كيم جونغ أون»), «وقد خاطب إيب
 * بوتين» (after «شينزو إيب»; round 37): a two-word tagger person whose second word alone names one known person and
 * whose first word is a word of another person the article names in full, with another last word, is those two
 * persons (the subject and the object of a verb), as splitAdjoiningPersons reads two known full names. The two words
 * together must name nobody, and neither may be a word of the name chain («بن», «أبو»).
 */
function splitBeforeKnownSurname(ctx: LinkContext, found: Found[], names: readonly NameHit[]): void {
  const { tokens, forms, text } = ctx;
  for (let j = 0; j < found.length; j++) {
    const m = found[j];
    if (m.type !== 'PER' || m.last - m.first !== 2 || tokens[m.first + 1].kind !== 'arabic') continue;
    const [x, y] = [forms.norms[m.first], forms.norms[m.first + 1]];
    if (CHAIN_WORDS.has(x) || CHAIN_WORDS.has(y) || names.some((n) => n.start === m.first && n.end === m.last))
      continue;
    const right = names.find((n) => n.start === m.first + 1 && n.end === m.last);
    if (!right || !solePerson(right)) continue;
    const fullName = (o: Found) => {
      if (o === m || o.type !== 'PER' || o.last - o.first < 2 || forms.norms[o.last - 1] === y) return false;
      for (let k = o.first; k < o.last; k++) if (forms.norms[k] === y) return false;
      for (let k = o.first; k < o.last; k++) if (forms.norms[k] === x) return true;
      return false;
    };
    if (!found.some(fullName)) continue;
    const end = m.end;
    m.last = m.first + 1;
    m.end = tokens[m.first].end;
    m.text = text.slice(m.start, m.end);
    const start = tokens[m.last].start;
    found.splice(
      j + 1,
      0,
      newFound({ start, end, text: text.slice(start, end), type: 'PER', first: m.last, last: m.last + 1 }),
    );
  }
}

const ATTACHMENT_WORDS = new Set(['التابع', 'التابعه', 'التابعين', 'التابعون', 'التابعتين']);

/**
 * A tagger mention made of two or more gazetteer names side by side («فلسطين المملكة المتحدة» in «وتطالب فلسطين
 * المملكة المتحدة بالاعتذار») is those names, each its own mention.
 */
function dropMergedNames(found: Found[], names: readonly NameHit[]): void {
  for (let k = found.length - 1; k >= 0; k--) {
    const m = found[k];
    if (m.type === 'PER' || m.last - m.first < 2) continue;
    let at = m.first;
    let count = 0;
    for (const n of names)
      if (n.start === at && n.end <= m.last && n.end > n.start) {
        at = n.end;
        count++;
      }
    if (count >= 2 && at === m.last) found.splice(k, 1);
  }
}

/**
 * «حكمت على #ديليك أوجلان»: a hashtag's «#» at the start of a mention is outside the name, as the gazetteer scan and
 * the gold leave it («#مارين_لوبن» → «مارين_لوبن»); one inside the span stays («جو #بايدن»).
 */
function dropLeadingHash(found: Found[], text: string): void {
  for (const m of found) {
    if (text[m.start] !== '#' || m.end - m.start < 2) continue;
    m.start += 1;
    m.text = text.slice(m.start, m.end);
  }
}

/** «أبريل/نيسان»: a month name written beside a slash is a month, whatever the tagger thought. */
function dropMonthNames(ctx: LinkContext, found: Found[]): void {
  const { cues, tokens, forms } = ctx;
  for (let j = found.length - 1; j >= 0; j--) {
    const m = found[j];
    if (tokens[m.first - 1]?.text !== '/' && tokens[m.last]?.text !== '/') continue;
    let key = wordOf(forms, m.first);
    for (let k = m.first + 1; k < m.last; k++) key += ` ${forms.norms[k]}`;
    if (cues.months.has(key)) found.splice(j, 1);
  }
}

/**
 * Titles stay outside person spans: «الملك سلمان بن عبد العزيز» → «سلمان بن عبد العزيز». The words after an
 * honorific are a name, so they start at the token itself (no clitic split).
 */
function dropHonorifics(ctx: LinkContext, found: Found[]): void {
  const { cues, tokens, forms, text } = ctx;
  const honorificsAlone: Found[] = [];
  for (const m of found) {
    if (m.type !== 'PER' || m.cues || m.apposedTo) continue;
    if (tokens[m.first].kind === 'hashtag') dropHashtagHonorific(cues, m, forms, text);
    for (;;) {
      const pair = cues.honorificPairs.get(wordOf(forms, m.first)) === forms.norms[m.first + 1] ? 2 : 0;
      const words = pair || (tokens[m.first].kind === 'arabic' && ctx.flags[m.first] & HONORIFIC ? 1 : 0);
      // «آية الله» tagged on its own before the name: a title, no person.
      if (pair && m.last - m.first === pair) honorificsAlone.push(m);
      if (words === 0 || m.last - m.first <= words) break;
      m.first += words;
      m.start = tokens[m.first].start;
      m.text = text.slice(m.start, m.end);
    }
  }
  for (const m of honorificsAlone) found.splice(found.indexOf(m), 1);
}

/**
 * «النبي محمد» → «محمد»: a religious title stays outside the figure's span (data/gazetteer/religious-titles.tsv), but
 * not where a place noun stands before it («قرية النبي صالح») or the mention names a place. A person mention that
 * ends in the title («أبيها النبي») names no one.
 */
function dropReligiousTitles(ctx: LinkContext, found: Found[]): void {
  const { cues, tokens, forms, text } = ctx;
  const isTitle = (i: number) => tokens[i].kind === 'arabic' && cues.religiousTitles.has(wordOf(forms, i));
  for (let k = found.length - 1; k >= 0; k--) {
    const m = found[k];
    if (m.type !== 'PER' || m.cues || m.apposedTo || m.target?.kind === 'entry') continue;
    // «أبيها النبي», or the bare title a longer mention's last word spread to: a description, no name.
    if (isTitle(m.last - 1)) {
      found.splice(k, 1);
      continue;
    }
    if (m.last - m.first < 2 || !isTitle(m.first)) continue;
    if (m.first > 0 && ctx.flags[m.first - 1] & PLACE_DESCRIPTOR) continue;
    m.first++;
    m.start = tokens[m.first].start;
    m.text = text.slice(m.start, m.end);
  }
}

/** Whether a religious title stands right before token i («الإمام علي»). */
function afterReligiousTitle(cues: Cues, tokens: readonly Token[], forms: TokenForms, i: number): boolean {
  return i > 0 && tokens[i - 1].kind === 'arabic' && cues.religiousTitles.has(wordOf(forms, i - 1));
}

/**
 * «الأمير جورج»: a one-word name right after an honorific is a person, though the tagger or the gazetteer read a
 * place (George, South Africa). Not after «الرئيس» (a title before countries too) nor inside a facility or place
 * name («مسجد الشيخ زايد», «مدينة الملك عبدالله»).
 */
function personsAfterHonorifics(ctx: LinkContext, found: Found[]): void {
  const { cues, tokens, forms } = ctx;
  for (const m of found) {
    if (m.type !== 'LOC' || m.last - m.first !== 1 || m.first < 1 || m.cues) continue;
    if (m.target && (m.target.kind !== 'entry' || m.target.entry.kind !== 'place')) continue;
    const h = m.first - 1;
    const word = wordOf(forms, h);
    if (tokens[h].kind !== 'arabic' || !cues.honorifics.has(word) || word === PRESIDENT) continue;
    if (h > 0 && cues.descriptors.has(wordOf(forms, h - 1))) continue;
    m.type = 'PER';
    m.target = undefined;
  }
}

const PRESIDENT = nameKey('الرئيس');
const FORMERLY = nameKey('سابقا');

/**
 * A name does not take a possessive pronoun: an unlinked one-word mention written with one («لصالحهم» → «صالحهم»)
 * is a common word the tagger took for a name. Not one given as another name's alias («لوكالة الأنباء الطلابية
 * (إيسنا)»: the tokenizer reads «نا» as "our"; round 36).
 */
function dropPronounSuffixed(found: Found[], tokens: readonly Token[], forms: TokenForms): void {
  const nameWords = personNameWords(found, forms);
  for (let k = found.length - 1; k >= 0; k--) {
    const m = found[k];
    const t = tokens[m.first];
    if (m.target || m.cues || m.apposedTo || m.last - m.first !== 1 || t.kind !== 'arabic' || !t.enclitic) continue;
    if (m.type === 'PER' && nameWords.has(forms.norms[m.first])) continue;
    if (m.end === t.end) found.splice(k, 1);
  }
}

/**
 * «أبلغ سوه هون، مدير المخابرات الوطنية الكورية الجنوبية» … «أن يلتقي سوه برئيس الوزراء الياباني» (round 44): the
 * words of the article's person names of two words or more. A one-word person mention written as one of them is that
 * name's part, not a word with a pronoun (the tokenizer reads the «ه» of «سوه» as "his"), and coreference joins it.
 */
function personNameWords(found: readonly Found[], forms: TokenForms): Set<string> {
  const words = new Set<string>();
  for (const m of found) {
    if (m.type !== 'PER' || m.cues || m.office || m.last - m.first < 2) continue;
    for (let i = m.first; i < m.last; i++) words.add(forms.norms[i]);
  }
  return words;
}

/**
 * A tatweel that stretches a name's last letter before a comma («للرئيس العراقي السابق صدام حسينـ،») is no part of the
 * name: the token keeps it, the mention's span ends before it.
 */
export function trimTatweel(found: readonly Found[], text: string): void {
  for (const m of found) {
    let end = m.end;
    while (end > m.start + 1 && text[end - 1] === TATWEEL) end--;
    if (end === m.end) continue;
    m.end = end;
    m.text = text.slice(m.start, end);
  }
}

/** «#الأمير_ويليام» → «ويليام»: the honorific word of a one-hashtag person mention is left out too. */
function dropHashtagHonorific(cues: Cues, m: Found, forms: TokenForms, text: string): void {
  const words = forms.norms[m.first].split(' ');
  const underscore = m.text.indexOf('_');
  if (m.last - m.first !== 1 || words.length < 2 || !cues.honorifics.has(words[0]) || underscore < 0) return;
  m.start += underscore + 1;
  m.text = text.slice(m.start, m.end);
}

/**
 * A surname the gazetteer knows alone («الجعفري» → Ibrahim al-Jaafari) refers to the person the article names in
 * full with it («بشار الجعفري») unless that full name is the gazetteer's person: the one-word mention takes the
 * full name's identity (none when it is unknown, and coreference then joins it to the full name). A given name
 * after the honorific the gazetteer writes it with («الملك سلمان», King Salman) is no surname: it does not yield to
 * «محمد بن سلمان» named earlier.
 */
function yieldSurnamesToLocalNames(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms } = ctx;
  const fullNames = new Map<string, Found[]>();
  for (const m of found) {
    if (m.type !== 'PER' || m.cues || m.last - m.first < 2) continue;
    const surname = forms.norms[m.last - 1];
    fullNames.set(surname, [...(fullNames.get(surname) ?? []), m]);
  }
  if (fullNames.size === 0) return;
  for (const m of found) {
    if (m.type !== 'PER' || m.last - m.first !== 1 || m.target?.kind !== 'entry') continue;
    const word = m.start <= tokens[m.first].start ? forms.norms[m.first] : wordOf(forms, m.first);
    const named = fullNames.get(word);
    const entry = m.target.entry;
    if (!named || named.some((full) => full.target?.kind === 'entry' && full.target.entry.id === entry.id)) continue;
    if (entry.kind === 'person' && m.first > 0 && ctx.flags[m.first - 1] & HONORIFIC) {
      const titled = `${wordOf(forms, m.first - 1)} ${word}`;
      if ([entry.nameAr, ...entry.variantsAr].some((n) => `${nameKey(n)} `.startsWith(`${titled} `))) continue;
    }
    m.target = named[0].target;
  }
}

/** Words after which a one-word place is read as the place: «في جونين», «إلى جونين». */
const PLACE_PREPOSITIONS = new Set(['في', 'من', 'إلى', 'الى', 'قرب', 'بين', 'نحو'].map(nameKey));

/**
 * «وذكر رئيس الجامعة حسن جونين …» … «وقال جونين إن المهاجم …» (round 30): the tagger's one-word place, a town under a
 * million, whose word is the family name of a person the article names in full is that person's surname, unless a
 * preposition or a place noun stands before it («في جونين»). It becomes a person mention, joined to the full name by
 * coreference.
 */
function surnamesReadAsPlaces(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms, flags } = ctx;
  const surnames = new Set<string>();
  for (const m of found)
    if (
      m.type === 'PER' &&
      !m.cues &&
      !m.apposedTo &&
      !m.office &&
      m.last - m.first >= 2 &&
      tokens[m.last - 1].kind === 'arabic'
    )
      surnames.add(forms.norms[m.last - 1]);
  if (surnames.size === 0) return;
  for (const m of found) {
    const entry = m.target?.kind === 'entry' ? m.target.entry : undefined;
    if (m.type !== 'LOC' || entry?.kind !== 'place' || (entry.population ?? 0) >= MIN_LONE_CITY) continue;
    if (m.last - m.first !== 1 || m.start !== tokens[m.first].start || tokens[m.first].kind !== 'arabic') continue;
    if (!surnames.has(forms.norms[m.first])) continue;
    const before = m.first - 1;
    if (before >= 0 && (PLACE_PREPOSITIONS.has(forms.norms[before]) || isPlaceDescriptor(tokens, flags, before)))
      continue;
    m.type = 'PER';
    m.target = undefined;
  }
}

const MIN_LONE_CITY = 1_000_000;
/** A town in a country the article names is likely meant when it is not tiny («عفرين» in news about Syria). */
const MIN_CITY_IN_NAMED_COUNTRY = 20_000;

/** Whether a name found only by the gazetteer may become a mention without the tagger's support. */
function safeToAdd(
  g: Gazetteer,
  cues: Cues,
  target: Target,
  name: NameHit,
  docCountries: ReadonlySet<string>,
  tokens: readonly Token[],
  forms: TokenForms,
): boolean {
  // A capital that is also a word or a common name («ديلي» in «ديلي ميل», «فيكتوريا») needs the tagger too.
  if (target.kind === 'capital') return !isWordLike(g.capitalOf(target.country.iso2)?.ambiguous);
  if (target.kind === 'metonym') return true;
  const entry = target.entry;
  // A one-word town name is too often also a word («عنه», «بيتا»): alone it needs to be a capital, a region or big.
  if (entry.kind === 'place')
    return (
      (name.described === true && !nameGoesOn(tokens, forms, name)) ||
      (!entry.ambiguous &&
        (name.end - name.start > 1 ||
          entry.placeKind !== 'city' ||
          (entry.population ?? 0) >= MIN_LONE_CITY ||
          (docCountries.has(entry.country) && (entry.population ?? 0) >= MIN_CITY_IN_NAMED_COUNTRY)))
    );
  if (entry.kind === 'person') return name.end - name.start > 1 || target.via === 'variant';
  // Read on the stem only («و» + «ابل» in «وابل»): a token that is the name whole («وام», WAM) is the name.
  if (entry.kind === 'org' && name.end - name.start === 1 && isShortNameInWord(tokens[name.start], forms, name.start))
    return g.lookup(forms.norms[name.start]).some((c) => c.entry === entry);
  if (entry.kind === 'country' && cues.countryWords.has(name.key)) return readsAsPlace(tokens, forms, name.start);
  return true;
}

/** How often (data/arabic/wordfreq.tsv) a whole word must be seen for a short name inside it to be taken for chance. */
const WORD_AROUND_NAME = 5;
const MAX_INNER_NAME_LETTERS = 3;

/**
 * Drops the tagger's organization of at most three letters read inside a word after a one-letter proclitic, where
 * news writes the whole word as a word of its own: «وابل» (a barrage), «كابل» (Kabul, a cable), «بابل» (Babylon) are
 * not و/ك/ب + «آبل» (Apple). Organizations only: «ومصر» is «و» + Egypt; the agencies'
 * short names after a clitic («وقنا», «لواس») are never words of their own.
 */
function dropShortNamesInWords(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms } = ctx;
  for (let k = found.length - 1; k >= 0; k--) {
    const m = found[k];
    if (m.last - m.first !== 1 || m.target?.kind !== 'entry' || m.target.entry.kind !== 'org') continue;
    // The tagger's span left the letter out («و[ابل]»); a gazetteer-only name is checked before it is added (safeToAdd).
    if (m.start > tokens[m.first].start && isShortNameInWord(tokens[m.first], forms, m.first)) found.splice(k, 1);
  }
}

/** A token of one one-letter proclitic and a stem of at most three letters that news writes whole as a word. */
function isShortNameInWord(t: Token, forms: TokenForms, i: number): boolean {
  const letters = t.proclitics.filter((p) => p !== 'ال');
  if (letters.length !== 1 || letters[0].length !== 1 || t.stem.length > MAX_INNER_NAME_LETTERS) return false;
  return cliticAnalyzer().count(forms.norms[i]) >= WORD_AROUND_NAME;
}

/** Propagation spreads «مالي» (Mali) to «دعم مالي» too: a spread country word must read as a place there. */
function dropSpreadCountryWords(ctx: LinkContext, found: Found[]): void {
  const { cues, tokens, forms } = ctx;
  for (let k = found.length - 1; k >= 0; k--) {
    const m = found[k];
    if (!m.propagated || m.last - m.first !== 1 || !cues.countryWords.has(wordOf(forms, m.first))) continue;
    if (!readsAsPlace(tokens, forms, m.first)) found.splice(k, 1);
  }
}

/** Words after which a country name that is also an adjective («مالي») names the country: «في مالي», «شمال مالي». */
const PLACE_OPENERS = new Set(
  ['في', 'من', 'إلى', 'الى', 'عن', 'على', 'مع', 'بين', 'حول', 'داخل', 'خارج', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط'].map(
    (w) => nameKey(w),
  ),
);

function readsAsPlace(tokens: readonly Token[], forms: TokenForms, i: number): boolean {
  if (tokens[i].proclitics.length > 0) return true;
  return i > 0 && PLACE_OPENERS.has(wordOf(forms, i - 1));
}

/** «منطقة بركان سينابونغ»: a rare word right after a described place may continue the name (Mount Sinabung). */
function nameGoesOn(tokens: readonly Token[], forms: TokenForms, name: NameHit): boolean {
  const next = tokens[name.end];
  return next?.kind === 'arabic' && next.start - tokens[name.end - 1].end <= 1 && isRareAt(forms, name.end);
}

/**
 * A town whose name is also a word («إبادة» = Abadeh) is linked only when the tagger saw a place there: tagged as an
 * organization or a person, it is the word (or another name), not the town. So is a town named like a person
 * (ambiguous `name`: «محرز» = Mehriz, «بشار» = Béchar, «جاسم» = Jasim), and any town of a country the article never
 * names or describes, unless it is a city of a million (`MIN_LONE_CITY`): the tagger's «بخاري» in a story on Nigeria is
 * the president, not Bukhara, and «وكالة أنباء "إسنا" الإيرانية» an agency, not Esna (round 26).
 */
function placeAgainstTagger(target: Target, nerType: EntityType | undefined, named: ReadonlySet<string>): boolean {
  if (!nerType || nerType === 'LOC' || target.kind !== 'entry' || target.entry.kind !== 'place') return false;
  const { ambiguous, country, population } = target.entry;
  if (ambiguous === 'word' || ambiguous === 'name') return true;
  // A city big enough to be added alone («زيارة لجوهانسبرغ») keeps its name against the tagger.
  return nerType !== 'MISC' && !named.has(country) && (population ?? 0) < MIN_LONE_CITY;
}

/** Ambiguity flags that make a place name unsafe alone; `country` only means the country shares the name. */
function isWordLike(ambiguous: string | undefined): boolean {
  return ambiguous !== undefined && ambiguous !== 'country';
}

/**
 * A name glued into a longer Latin/Arabic run («CNN-style») or part of a hyphenated compound is not a name; a dash
 * glued to the name with a space after it closes a parenthesis («وحركة النجوم الخمسة- للسلطة», round 33).
 */
function isStandaloneName(tokens: readonly Token[], forms: TokenForms, name: NameHit): boolean {
  const next = tokens[name.end];
  if (!(next && next.start === tokens[name.end - 1].end && forms.norms[name.end] === '-')) return true;
  const after = tokens[name.end + 1];
  return after !== undefined && after.start > next.end;
}

/** A country named or described inside an unlinked mention («وزارة الخارجية الفرنسية» → FR). */
function innerCountry(g: Gazetteer, m: Found, forms: TokenForms): string | undefined {
  for (let i = m.first; i < m.last; i++) {
    const hit = g.matchAt(forms.norms, i, forms.heads[i] || forms.norms[i]);
    if (!hit || hit.end > m.last) continue;
    const country = hit.candidates.find((c) => c.entry.kind === 'country');
    if (country) return (country.entry as Country).iso2;
  }
  return undefined;
}

const MAX_DEMONYM_WORDS = 2;

/**
 * The country of a demonym written right before a person's name: «التركي أردا توران», «نظيره الفرنسي جان إيف
 * لودريان», «الناشطة السعودية لجين الهذلول» (one or two words: «الكوري الجنوبي»).
 */
function demonymBefore(g: Gazetteer, m: Found, tokens: readonly Token[], forms: TokenForms): string | undefined {
  // Demonyms before a name are definite; most names follow a verb («وقال»), answered here.
  if (m.first === 0 || !forms.norms[m.first - 1].startsWith('ال')) return undefined;
  for (let j = m.first - 1; j >= Math.max(0, m.first - MAX_DEMONYM_WORDS); j--) {
    if (tokens[j].kind !== 'arabic') return undefined;
    const hit = g.matchAt(forms.norms, j, wordOf(forms, j));
    if (!hit || hit.end !== m.first) continue;
    const country = hit.candidates.find((c) => c.entry.kind === 'country' && demonymKeys(c.entry).has(hit.key));
    return country ? (country.entry as Country).iso2 : undefined;
  }
  return undefined;
}

// ---- roles ----

interface RoleHit {
  start: number;
  end: number;
  first: number;
  last: number;
  cues: RoleCue[];
  text: string;
  /** Right after «باسم»: the office a spokesperson speaks for. */
  spokenFor: boolean;
  /** Right after a deputy's word («نائبة الأمين العام لحلف الناتو»): not the holder, no mention of its own. */
  deputy: boolean;
}

function scanRoles(
  g: Gazetteer,
  tokens: readonly Token[],
  forms: TokenForms,
  text: string,
  keyStarts: TokenFlags,
): RoleHit[] {
  const hits: RoleHit[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (tokens[i].kind !== 'arabic' || !(keyStarts[i] & ROLE_START)) {
      i++;
      continue;
    }
    const whole = keyStarts[i] & WHOLE_START ? g.matchRoleAt(forms.norms, i) : null;
    const head = bareHeadAt(forms, keyStarts, i);
    const bare = head ? g.matchRoleAt(forms.norms, i, head) : null;
    const useBare = isBareLonger(whole, bare);
    const m = useBare ? bare : whole;
    if (!m || !namesRun(tokens, m.start, m.end)) {
      i++;
      continue;
    }
    const start = useBare ? forms.headStarts[i] : tokens[i].start;
    const end = tokens[m.end - 1].end;
    const spokenFor = forms.norms[i - 1] === 'باسم';
    const deputy = isDeputyOf(tokens, forms, i);
    hits.push({
      start,
      end,
      first: m.start,
      last: m.end,
      cues: m.cues,
      text: text.slice(start, end),
      spokenFor,
      deputy,
    });
    i = m.end;
  }
  return hits;
}

/**
 * Role phrases become PER mentions; the names inside them («كوريا الشمالية» in «زعيم كوريا الشمالية») give way. A role
 * after a deputy's word names no holder: its names give way too (the deputy's title is one phrase, the gold nests
 * nothing in it), and the deputy's whole title is a mention only in apposition to a name beside it.
 */
function placeRoles(found: Found[], roles: readonly RoleHit[], ctx: LinkContext): Found[] {
  if (roles.length === 0) return found;
  const kept = found.filter((m) => !roles.some((r) => r.start <= m.start && m.end <= r.end && m.type !== 'PER'));
  const out = [...kept];
  for (const r of roles) {
    if (kept.some((m) => m.start < r.end && r.start < m.end)) continue;
    if (r.deputy) {
      const deputy = deputyTitle(kept, r, ctx);
      if (deputy) out.push(deputy);
      continue;
    }
    const last = formerlyAfter(kept, r, ctx) ? r.last + 1 : r.last;
    const end = ctx.tokens[last - 1].end;
    out.push(
      newFound({
        start: r.start,
        end,
        text: last === r.last ? r.text : ctx.text.slice(r.start, end),
        type: 'PER',
        first: r.first,
        last,
        cues: r.cues,
        spokenFor: r.spokenFor,
      }),
    );
  }
  return out.sort((a, b) => a.start - b.start);
}

/** «جو #بايدن، نائب الرئيس الأميركي سابقا،»: «سابقا» after a role in apposition to «name،» belongs to it. */
function formerlyAfter(kept: readonly Found[], r: RoleHit, ctx: LinkContext): boolean {
  if (!formerlyAt(ctx, r.last) || !isComma(ctx.tokens[r.first - 1])) return false;
  return kept.some((m) => m.type === 'PER' && !m.cues && m.last === r.first - 1);
}

/** «سابقا» written at token i: the role right before it was held formerly. */
function formerlyAt(ctx: LinkContext, i: number): boolean {
  return ctx.forms.norms[i] === FORMERLY && ctx.tokens[i]?.kind === 'arabic';
}

/**
 * «روز كوتامولر نائبة الأمين العام لحلف الناتو»، «رود روسينتين، نائب المدعي العام الأمريكي»: a deputy's title right
 * after the tagger's person name, or right before it (a comma between or not), is a PER mention of that person (the
 * gold's apposition guideline: «نائب وزير خارجية جورجيا، دافيد دوندوا»). A title whose words run on past the role
 * («مساعد الأمين العام للأمم المتحدة للشؤون السياسية، …») is left out.
 */
function deputyTitle(kept: readonly Found[], r: RoleHit, ctx: LinkContext): Found | null {
  const { tokens, forms, text } = ctx;
  const first = r.first - 1;
  const person = (m: Found) => m.type === 'PER' && !m.cues && !m.apposedTo;
  const before = kept.find(
    (m) => person(m) && (m.last === first || (m.last === first - 1 && isComma(tokens[first - 1]))),
  );
  const after = kept.find(
    (m) => person(m) && (m.first === r.last || (m.first === r.last + 1 && isComma(tokens[r.last]))),
  );
  const named = before ?? after;
  if (!named || kept.some((m) => m.first <= first && first < m.last)) return null;
  const start = nameStart(tokens, forms, first);
  // «جو #بايدن، نائب الرئيس الأميركي سابقا،»: «سابقا» after the title, before a comma, belongs to it.
  const former = before && formerlyAt(ctx, r.last);
  const last = former ? r.last + 1 : r.last;
  const end = tokens[last - 1].end;
  return newFound({ start, end, text: text.slice(start, end), type: 'PER', first, last, apposedTo: named });
}

// ---- entities ----

interface Building {
  entity: Entity;
  /** Normalized words of the entity's multi-word names, for partial-name coreference. */
  words: Set<string>;
  /** The entity's multi-word person names, normalized words joined by one space (for surnames of several words). */
  names: string[];
}

function buildEntities(
  g: Gazetteer,
  found: readonly Found[],
  tokens: readonly Token[],
  forms: TokenForms,
  doc: Doc,
  warnings: string[],
  cues: Cues,
  objectVerbBefore: (person: Found) => boolean,
): Entity[] {
  const byKey = new Map<string, Building>();
  const date = doc.meta.published ? doc.meta.published.slice(0, 10) : null;
  const add = (key: string, make: () => Entity, m: Found) => {
    let b = byKey.get(key);
    if (!b) {
      // make() returns a fresh object: setting the key on it keeps its field order without a spread copy.
      const entity = make();
      entity.key = key;
      b = { entity, words: new Set(), names: [] };
      byKey.set(key, b);
    }
    b.entity.mentions.push({ start: m.start, end: m.end, text: m.text });
    // Only a name's first word can carry clitics; later words are matched whole («مارين لوبان», not «وبان»).
    if (m.type === 'PER' && !m.cues) {
      const name = personWords(m, tokens, forms);
      for (const word of name.split(' ')) b.words.add(word);
      if (m.last - m.first > 1) b.names.push(name);
    }
    return b;
  };
  const deferred: Found[] = [];
  const withDemonym = bodiesWithDemonym(g, found, tokens, forms);
  /** Entities of nameless offices («وزير خارجية الفلبين» with no name beside it). */
  const offices = new Set<Building>();
  // Pass 1: names the gazetteer knows, and full local names.
  for (const m of found) {
    if (m.cues || m.apposedTo) continue;
    if (m.office) offices.add(add(localKey(m, tokens, forms), () => localEntity(m), m));
    else if (m.target) {
      const { key, make } = canonical(g, m.target, m);
      add(key, make, m);
    } else if (m.type === 'PER' && m.last - m.first === 1 && tokens[m.first].kind !== 'hashtag') deferred.push(m);
    else {
      const words = m.type === 'PER' ? personWords(m, tokens, forms) : '';
      const person =
        m.type === 'PER'
          ? (surnamePerson(byKey, words, m.start) ?? chainPerson(byKey, words) ?? shortNamePerson(byKey, words))
          : undefined;
      if (person) person.entity.mentions.push({ start: m.start, end: m.end, text: m.text });
      else {
        const key = localKey(m, tokens, forms);
        const full = withDemonym.get(key);
        add(full && byKey.has(full) ? full : key, () => localEntity(m), m);
      }
    }
  }
  // Pass 2: single-word person names join a person whose name has that word («يون» → «يون سوك يول»).
  for (const m of deferred) {
    // «الإمام علي»: a figure of the faith, joined by a later word of a name only, not by a namesake's given name; after
    // a regnal title the word opens the fuller name («البابا تواضروس» … «تواضروس الثاني»).
    const laterWordOnly =
      afterReligiousTitle(cues, tokens, forms, m.first) && !cues.regnalTitles.has(wordOf(forms, m.first - 1));
    const word = spanWord(m, tokens, forms);
    const person =
      wholeTokenPerson(byKey, m, tokens, forms) ??
      closestPerson(byKey, word, m.start, laterWordOnly) ??
      familyNamePerson(byKey, word, cues.familyNameFirst) ??
      variantPerson(byKey, word);
    if (person) person.entity.mentions.push({ start: m.start, end: m.end, text: m.text });
    else add(localKey(m, tokens, forms), () => localEntity(m), m);
  }
  // Pass 3: role phrases, to the person named next to them or to the officeholder at the date.
  let warned = false;
  for (const m of found) {
    if (m.apposedTo) {
      ownerOf(byKey, m.apposedTo)?.entity.mentions.push({ start: m.start, end: m.end, text: m.text });
      continue;
    }
    if (!m.cues) continue;
    // «الرئيس الفرنسي السابق، نيكولا ساركوزي،»: a former holder, in apposition past «السابق»; «رئيس الوزراء العراقي
    // المكلف عادل عبد المهدي»: one who is to hold the office, in apposition past «المكلف» or «المنتخب».
    // A role whose span already took «سابقا» (formerlyAfter) is former too.
    const formerIn = forms.norms[m.last - 1] === FORMERLY;
    const former = formerIn || isFormer(forms.norms[m.last]);
    const designate = !former && isDesignate(forms.norms[m.last]);
    const phrase = (former && !formerIn) || designate ? { ...m, last: m.last + 1 } : m;
    // «الناطقة باسم مفوض الأمم المتحدة لحقوق الإنسان رافينا شمسداني»: the name beside the office a spokesperson
    // speaks for may be the spokesperson's, so the office is resolved by the date alone.
    const appositive = m.spokenFor
      ? undefined
      : appositivePerson(phrase, found, tokens, (k) => cues.honorifics.has(wordOf(forms, k)));
    if (appositive) {
      const owner = ownerOf(byKey, appositive);
      // «استقبل بوتين الأمين العام لحلف شمال الأطلسي»: right after a known person whose clause opens with a verb taking a
      // person object, an office another known person holds at the date is that object, not the name's title.
      const object =
        !former &&
        !designate &&
        appositive.last === m.first &&
        owner?.entity.key?.startsWith('person:') === true &&
        objectVerbBefore(appositive) &&
        heldByAnother(g.holdersForCues(m.cues, date), owner.entity.key);
      // «(الرئيس السوري بشار) الأسد»: a lone unknown word beside the office that is a word of its holder's own name is
      // that holder's given name cut off by the tagger, not another person (round 26).
      const holderWord =
        !former &&
        appositive.last - appositive.first === 1 &&
        owner?.entity.key?.startsWith('local:') === true &&
        g.holdersForCues(m.cues, date).some((h) => ownNameWords(h.person).has(wordOf(forms, appositive.first)));
      if (owner && !object && !holderWord && !ofAnotherCountry(owner.entity, m.cues)) {
        // «الشيخ حمد بن جاسم آل ثاني، رئيس وزراء قطر السابق،»: the former role in apposition is the whole phrase.
        const end = former && !formerIn ? tokens[m.last].end : m.end;
        owner.entity.mentions.push({ start: m.start, end, text: doc.text.slice(m.start, end) });
        continue;
      }
    }
    if (former) {
      // Not the holder at the date: the one former holder the article names, else no mention.
      const named = g.formerHoldersForCues(m.cues, date).filter((h) => byKey.has(`person:${h.person.id}`));
      const ids = new Set(named.map((h) => h.person.id));
      if (ids.size === 1)
        byKey.get(`person:${named[0].person.id}`)?.entity.mentions.push({ start: m.start, end: m.end, text: m.text });
      continue;
    }
    // Not yet the holder, and no name beside it: no mention (the holder at the date is someone else).
    if (designate) continue;
    const holders = g.holdersForCues(m.cues, date);
    if (!date && holders.length > 0 && !warned) {
      warnings.push('entities: no publication date; role phrases resolved to their latest holders');
      warned = true;
    }
    const holder = pickHolder(holders, byKey);
    if (holder) {
      const { key, make } = canonical(g, { kind: 'entry', entry: holder.person, via: 'name' }, m);
      add(key, make, m);
    } else if (holders.length === 0) {
      // An office the gazetteer has no holder of at the date («وزير خارجية الفلبين») still designates one person:
      // a local one, keyed by the phrase, with the office's country.
      const country = m.cues ? officeCountry(m.cues) : undefined;
      offices.add(add(localKey(m, tokens, forms), () => ({ ...localEntity(m), country }), m));
    }
  }
  // Pass 4: «الزعيم الكوري الشمالي» … «كيم»: a family name left local joins the person the article names by office.
  for (const [key, b] of byKey) {
    if (!key.startsWith('local:per:') || b.names.length > 0 || b.words.size !== 1) continue;
    const person = familyNamePerson(byKey, [...b.words][0], cues.familyNameFirst);
    if (!person) continue;
    person.entity.mentions.push(...b.entity.mentions);
    byKey.delete(key);
  }
  if (date) familyNamesOfLeaders(g, byKey, cues.familyNameFirst, date);
  // Pass 5: «السفير الإيراني في فيينا» … «السفير الإيراني عبادالله مولاي»: a nameless office joins the one person the
  // article gives the same title in apposition.
  for (const [key, b] of byKey) {
    if (!key.startsWith('local:per:') || !offices.has(b)) continue;
    const person = titledPerson(byKey, b, offices);
    if (!person) continue;
    person.entity.mentions.push(...b.entity.mentions);
    byKey.delete(key);
  }
  // Pass 6: «لي يون تيك» … «لي يون تايك»: unlinked names written two ways in one story are one entity.
  joinLocalSpellings(byKey);
  return finish([...byKey.values()].map((b) => b.entity));
}

/**
 * «لي يون تيك» … «لي يون تايك», «كارين مكدوغال» … «كارين ماكدوغال», «أورومكي» … «أوروموكي», «آيريش تايمز» … «آريش
 * تايمز» (round 37): two unlinked entities of one type (not MISC) whose keys have the same words but one, written the
 * same but for one edit of a weak letter or two letters swapped (spelling.ts spellingVariantWords), are one entity, as
 * variantPerson joins a one-word mention to a fuller name. Both differing words must be rare in news («حسن» and «حسين»
 * are two names) and of four letters or more (three beside a shared word: «تيك» / «تايك»); an entity with two such
 * partners joins none. A river with and without its noun is joined the same way (isRiverOf).
 */
function joinLocalSpellings(byKey: Map<string, Building>): void {
  // Each local key's words, split once (the pairs below are many).
  const locals: { key: string; b: Building; words: string[] }[] = [];
  for (const [key, b] of byKey)
    if (key.startsWith('local:') && b.entity.type !== 'MISC')
      locals.push({ key, b, words: key.slice(key.indexOf(':', 6) + 1).split(' ') });
  const partners = new Map<string, string[]>();
  const rare = (w: string, words: number) =>
    w.length >= (words > 1 ? MIN_VARIANT_LETTERS - 1 : MIN_VARIANT_LETTERS) && isRareWord(w);
  for (let i = 0; i < locals.length; i++) {
    const { key: a, b: x, words: aw } = locals[i];
    for (let j = i + 1; j < locals.length; j++) {
      const { key: b, b: y, words: bw } = locals[j];
      if (x.entity.type !== y.entity.type) continue;
      if (aw.length !== bw.length) {
        if (x.entity.type !== 'LOC' || (!isRiverOf(aw, bw) && !isRiverOf(bw, aw))) continue;
      } else {
        const k = onlyDifference(aw, bw);
        if (k < 0) continue;
        const [u, v] = [aw[k], bw[k]];
        if (!rare(u, aw.length) || !rare(v, aw.length) || !spellingVariantWords(u, v, true)) continue;
      }
      partners.set(a, [...(partners.get(a) ?? []), b]);
      partners.set(b, [...(partners.get(b) ?? []), a]);
    }
  }
  for (const [a, [b, ...more]] of partners) {
    const x = byKey.get(a);
    const y = byKey.get(b);
    if (more.length > 0 || partners.get(b)?.length !== 1 || !x || !y) continue;
    const first = (e: Building) => Math.min(...e.entity.mentions.map((m) => m.start));
    const [keep, gone, goneKey] = first(x) <= first(y) ? [x, y, b] : [y, x, a];
    keep.entity.mentions.push(...gone.entity.mentions);
    byKey.delete(goneKey);
  }
}

const RIVER = nameKey('نهر');

/**
 * «نهر النيل» … «مياه النيل», «نهر الفرات» … «الفرات» (round 38): a river named with its noun (round 35) and without it
 * in one story is one place; the words of one key are «نهر» + the other's.
 */
function isRiverOf(river: readonly string[], bare: readonly string[]): boolean {
  if (river.length !== bare.length + 1 || river[0] !== RIVER) return false;
  for (let k = 0; k < bare.length; k++) if (river[k + 1] !== bare[k]) return false;
  return true;
}

/** The one position where two word lists of one length differ, or -1 when they differ nowhere or in more than one. */
function onlyDifference(a: readonly string[], b: readonly string[]): number {
  let at = -1;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (at >= 0) return -1;
    at = k;
  }
  return at;
}

/**
 * The one named person (round 30) with a title in apposition that is the office's own words, or those words without
 * a place after «في» («السفير الإيراني» for «السفير الإيراني في فيينا»), or the office's words with one.
 */
function titledPerson(
  byKey: Map<string, Building>,
  office: Building,
  offices: ReadonlySet<Building>,
): Building | undefined {
  const texts = office.entity.mentions.map((m) => nameKey(m.text));
  const same = (title: string) =>
    texts.some((o) => o === title || o.startsWith(`${title} في `) || title.startsWith(`${o} في `));
  let found: Building | undefined;
  for (const b of byKey.values()) {
    if (offices.has(b) || b.entity.type !== 'PER' || !b.entity.key?.startsWith('local:')) continue;
    if (!b.entity.mentions.some((m) => same(nameKey(m.text)))) continue;
    if (found) return undefined;
    found = b;
  }
  return found;
}

/** Whether the office has holders at the date and the person keyed `key` is none of them. */
function heldByAnother(holders: readonly OfficeHolder[], key: string): boolean {
  return holders.length > 0 && !holders.some((h) => `person:${h.person.id}` === key);
}

/** The entity that holds a mention. */
function ownerOf(byKey: Map<string, Building>, m: Found): Building | undefined {
  for (const b of byKey.values()) if (b.entity.mentions.some((x) => x.start === m.start)) return b;
  return undefined;
}

/**
 * The person entity (by its nearest mention before `at`, else any) that has `word` in a multi-word name; with
 * `laterWordOnly`, a word after the first of one of its names (a surname, not a given name).
 */
function closestPerson(
  byKey: Map<string, Building>,
  word: string,
  at: number,
  laterWordOnly = false,
): Building | undefined {
  let best: Building | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const b of byKey.values()) {
    if (b.entity.type !== 'PER' || !b.words.has(word) || b.words.size < 2) continue;
    if (laterWordOnly && !b.names.some((name) => name.split(' ').indexOf(word) > 0)) continue;
    const before = b.entity.mentions.filter((x) => x.start < at).map((x) => at - x.start);
    const distance = before.length > 0 ? Math.min(...before) : 1e9 + b.entity.mentions[0].start;
    if (distance < bestDistance) {
      best = b;
      bestDistance = distance;
    }
  }
  return best;
}

const MIN_VARIANT_LETTERS = 4;

/**
 * «لقديمي» … «رضوان لقديم», «غبريك» … «جورج غربيك», «إيميليو» … «جيمي إميليو», «وليام» … «ويليام» (round 30): a one-word
 * person mention no person of the article has is the one person whose name has a word written the same but for one
 * edit (spelling.ts spellingVariantWords): a foreign name written another way or mistyped in the same story. The
 * mention's word must be rare in news («حسن» and «حسين» are two names) and both words of four letters or more; two
 * such persons, none.
 */
function variantPerson(byKey: Map<string, Building>, word: string): Building | undefined {
  if (word.length < MIN_VARIANT_LETTERS || !isRareWord(word)) return undefined;
  let found: Building | undefined;
  for (const b of byKey.values()) {
    if (b.entity.type !== 'PER') continue;
    if (![...b.words].some((w) => w.length >= MIN_VARIANT_LETTERS && spellingVariantWords(word, w))) continue;
    if (found && found !== b) return undefined;
    found = b;
  }
  return found;
}

/**
 * «الزعيم الكوري الشمالي» … «كيم»: a one-word person mention that is the first word of the name of a person the
 * article names (by office too) from a country that writes the family name first (family-name-first.tsv); the one
 * such person, else none.
 */
function familyNamePerson(
  byKey: Map<string, Building>,
  word: string,
  countries: ReadonlySet<string>,
): Building | undefined {
  let found: Building | undefined;
  for (const b of byKey.values()) {
    const e = b.entity;
    if (e.type !== 'PER' || !e.key?.startsWith('person:') || !e.country || !countries.has(e.country)) continue;
    if (nameKey(e.name).split(' ', 1)[0] !== word) continue;
    if (found) return undefined;
    found = b;
  }
  return found;
}

/** The offices whose holder news names by the family name alone once the country is named. */
const LEADER_ROLES = ['head_of_state', 'head_of_government', 'leader'] as const;

/**
 * «كوريا الجنوبية» … «بقرار مون استضافة كيم يونج تشول» (round 44): a one-word person name left local that is the family
 * name (the first word) of the one head of state, government or leader at the article's date of a country the article
 * names and that writes the family name first (family-name-first.tsv) is that leader, when no person of the article
 * has the word in a longer name («كيم كارداشيان», «كيم يونغ تشول»). The entity takes the leader's identity.
 */
function familyNamesOfLeaders(
  g: Gazetteer,
  byKey: Map<string, Building>,
  countries: ReadonlySet<string>,
  date: string,
): void {
  const named = [...byKey.keys()].filter((k) => k.startsWith('country:')).map((k) => k.slice('country:'.length));
  const leaders = named
    .filter((c) => countries.has(c))
    .flatMap((c) => LEADER_ROLES.flatMap((r) => g.peopleByRole(r, c, date)));
  if (leaders.length === 0) return;
  for (const [key, b] of [...byKey]) {
    if (!key.startsWith('local:per:') || b.names.length > 0 || b.words.size !== 1) continue;
    const word = [...b.words][0];
    if ([...byKey.values()].some((o) => o.entity.type === 'PER' && o.words.size > 1 && o.words.has(word))) continue;
    const ids = new Set(
      leaders.filter((h) => nameKey(h.person.nameAr).split(' ', 1)[0] === word).map((h) => h.person.id),
    );
    if (ids.size !== 1) continue;
    const person = leaders.find((h) => ids.has(h.person.id))?.person;
    if (!person) continue;
    byKey.delete(key);
    const personKey = `person:${person.id}`;
    let leader = byKey.get(personKey);
    if (!leader) {
      const entity = entryEntity(person, 'PER');
      entity.key = personKey;
      leader = { entity, words: new Set(), names: [] };
      byKey.set(personKey, leader);
    }
    leader.entity.mentions.push(...b.entity.mentions);
  }
}

/** A person mention's normalized words: the first as its span reads it, the others whole. */
function personWords(m: Found, tokens: readonly Token[], forms: TokenForms): string {
  let words = spanWord(m, tokens, forms);
  for (let i = m.first + 1; i < m.last; i++) words += ` ${forms.norms[i]}`;
  return words;
}

/**
 * A surname of several words after the full name («بن سليم» after «سلطان بن سليم», «لو مير» after «برونو لو
 * مير», «أبو زيد» after «محمود أبو زيد»): the last words of a longer person name given earlier, the nearest one.
 */
function surnamePerson(byKey: Map<string, Building>, words: string, at: number): Building | undefined {
  const ending = ` ${words}`;
  let best: Building | undefined;
  let bestStart = -1;
  for (const b of byKey.values()) {
    if (b.entity.type !== 'PER' || !b.names.some((name) => name.endsWith(ending))) continue;
    const first = b.entity.mentions[0].start;
    if (first < at && first > bestStart) {
      best = b;
      bestStart = first;
    }
  }
  return best;
}

/**
 * «وزارة الصحة المصرية» … «وزارة الصحة» (round 30): an unknown organization named with its country's demonym and,
 * later, the same words without it are one body (before it, the words may name another country's body: «في وزارة
 * الخارجية شوي كانغ ايل» of North Korea before «وزارة الخارجية السويدية»). By the key of the words without the demonym, the key of the name with it;
 * none when the article has two such names («وزارة الخارجية الروسية» and «وزارة الخارجية الأمريكية»).
 */
function bodiesWithDemonym(
  g: Gazetteer,
  found: readonly Found[],
  tokens: readonly Token[],
  forms: TokenForms,
): Map<string, string> {
  const full = new Map<string, string | null>();
  for (const m of found) {
    if (m.type !== 'ORG' || m.target || m.cues || m.apposedTo || m.last - m.first < 3) continue;
    if (tokens[m.last - 1].kind !== 'arabic') continue;
    if (!g.lookupKey(forms.norms[m.last - 1]).some((c) => c.via === 'demonym' && c.entry.kind === 'country')) continue;
    const bare = localKey({ ...m, last: m.last - 1 }, tokens, forms);
    const key = localKey(m, tokens, forms);
    full.set(bare, full.has(bare) && full.get(bare) !== key ? null : key);
  }
  const keys = new Map<string, string>();
  for (const [bare, key] of full) if (key) keys.set(bare, key);
  return keys;
}

/**
 * «بندر بن سلطان» … «بندر بن سلطان بن عبدالعزيز» (round 30): a person named with two words or more and the same name
 * gone on with «بن» (or «بنت», «آل») and a forebear's or the family's name are one person, in either order; the one
 * such person, else none.
 */
function chainPerson(byKey: Map<string, Building>, words: string): Building | undefined {
  const goesOn = (long: string, short: string) =>
    short.includes(' ') && CHAIN_LINKS.some((link) => long.startsWith(`${short} ${link} `));
  let found: Building | undefined;
  for (const b of byKey.values()) {
    if (b.entity.type !== 'PER' || !b.names.some((name) => goesOn(words, name) || goesOn(name, words))) continue;
    if (found && found !== b) return undefined;
    found = b;
  }
  return found;
}

/**
 * «تارة فارس» … «تارة فارس شمعون», «سيف الدين مصطفى» … «سيف الدين مصطفى محمد إمام», «إدوارد ستوكل» … «إدوارد دي
 * ستوكل» (round 37): an unknown person named with two words or more and an unknown person whose longer name opens with
 * those words, or has them as its first and last, are one person, in either order; the one such person, else none
 * (chainPerson joins across «بن» the same way). Neither name may end with a word of the name chain.
 */
function shortNamePerson(byKey: Map<string, Building>, words: string): Building | undefined {
  const shorter = (long: string, short: string) => {
    if (!short.includes(' ') || long.length <= short.length) return false;
    if (long.startsWith(`${short} `)) return true;
    const [a, b] = [long.split(' '), short.split(' ')];
    return b.length === 2 && a.length >= 3 && a[0] === b[0] && a[a.length - 1] === b[1];
  };
  const last = (name: string) => name.slice(name.lastIndexOf(' ') + 1);
  if (CHAIN_LINKS.includes(last(words))) return undefined;
  let found: Building | undefined;
  for (const b of byKey.values()) {
    if (b.entity.type !== 'PER' || !b.entity.key?.startsWith('local:')) continue;
    if (!b.names.some((name) => !CHAIN_LINKS.includes(last(name)) && (shorter(words, name) || shorter(name, words))))
      continue;
    if (found && found !== b) return undefined;
    found = b;
  }
  return found;
}

/**
 * The tagger sometimes reads a name's first letter as a clitic («لوبان» → ل + «وبان»); when the whole token is a
 * word of a person named in the document, the mention is widened back to the whole token.
 */
function wholeTokenPerson(
  byKey: Map<string, Building>,
  m: Found,
  tokens: readonly Token[],
  forms: TokenForms,
): Building | undefined {
  const token = tokens[m.first];
  if (m.start <= token.start) return undefined;
  const person = closestPerson(byKey, forms.norms[m.first], m.start);
  if (person) {
    m.start = token.start;
    m.text = token.text;
  }
  return person;
}

/** «وزير الدفاع الروسي، سيرغي شويغو،»: a person mention right after the role phrase (a comma between at most). */
function appositivePerson(
  role: Found,
  found: readonly Found[],
  tokens: readonly Token[],
  isHonorific: (k: number) => boolean,
): Found | undefined {
  let next = role.last;
  if (isComma(tokens[next])) next++;
  // «وزير خارجية البحرين الشيخ خالد بن أحمد»: the honorific stays outside the person's span.
  while (next < tokens.length && isHonorific(next)) next++;
  const after = found.find((m) => m.first === next && m.type === 'PER' && !m.cues);
  if (after) return after;
  // «المستشارة الألمانية أنجيلا ميركل» and the reverse order «بوريس جونسون، وزير الخارجية البريطاني»
  let prev = role.first - 1;
  if (isComma(tokens[prev])) prev--;
  return found.find((m) => m.last === prev + 1 && m.type === 'PER' && !m.cues && prev >= 0);
}

/**
 * A person whose country is known and is none of the role's countries is not the role's holder: «ووصف ترامب
 * الزعيم الكوري الشمالي» puts the object next to the subject, not in apposition to it.
 */
function ofAnotherCountry(person: Entity, cues: readonly RoleCue[]): boolean {
  return !!person.country && cues.every((c) => c.country !== null && c.country !== person.country);
}

/** One holder; on a handover day (two holders) the one already named in the document. */
/** The country of an office named by role cues, when they agree on one. */
function officeCountry(cues: readonly RoleCue[]): string | undefined {
  const countries = new Set(cues.map((c) => c.country));
  const [only] = countries;
  return countries.size === 1 && only ? only : undefined;
}

function pickHolder(holders: OfficeHolder[], byKey: Map<string, Building>): OfficeHolder | undefined {
  if (holders.length <= 1) return holders[0];
  return holders.find((h) => byKey.has(`person:${h.person.id}`));
}

function canonical(g: Gazetteer, target: Target, m: Found): { key: string; make: () => Entity } {
  if (target.kind === 'capital') {
    const place = g.capitalOf(target.country.iso2);
    if (place) return canonical(g, { kind: 'entry', entry: place, via: 'name' }, m);
    const c = target.country;
    return {
      key: `capital:${c.iso2}`,
      make: () => ({ id: '', type: 'LOC', name: c.capitalAr, nameEn: c.capitalEn, country: c.iso2, mentions: [] }),
    };
  }
  if (target.kind === 'metonym') {
    const c = target.country;
    const key = `metonym:${c.iso2}:${m.text}`;
    return { key, make: () => ({ id: '', type: m.type, name: m.text, country: c.iso2, mentions: [] }) };
  }
  const e = target.entry;
  // A seat of power read as a place («في الإليزيه») keeps the mention's type (chooseTarget).
  return {
    key: `${e.kind}:${e.id}`,
    make: () => entryEntity(e, target.via === 'metonym' ? m.type : ENTRY_TYPE[e.kind]),
  };
}

/** A gazetteer entry's entity, with no mentions yet and no key (the caller sets it). */
function entryEntity(e: GazetteerEntry, type: EntityType): Entity {
  return {
    id: '',
    type,
    name: e.nameAr,
    nameEn: e.nameEn || undefined,
    wikidata: e.wikidata,
    country: e.kind === 'country' ? e.iso2 : e.country || undefined,
    mentions: [],
  };
}

/**
 * The normalized first word of a mention as its span writes it: the whole token when the span starts with the
 * token («كولن» found by propagation), else the token without the clitics the span leaves out («بكولن» → «كولن»).
 */
function spanWord(m: Found, tokens: readonly Token[], forms: TokenForms): string {
  const token = tokens[m.first];
  if (m.start <= token.start) return forms.norms[m.first];
  if (forms.heads[m.first]) return forms.heads[m.first];
  // The tokenizer kept a «و» the span leaves out («وحزرما» → «حزرما»): the word is what the span shows. Another peeled
  // letter may be the name's own («لاري نصار» tagged «اري نصار»): the whole token is the steadier key.
  const shown = token.text.slice(m.start - token.start);
  const peeled = lettersLeftOut(token, m);
  // A name propagation found behind a glued letter («لرايد» after «هاري رايد») is the name it was found as.
  return peeled === 'و' ||
    m.propagated ||
    (isPrepositionBeforeArticle(peeled) && normalizeForMatch(shown).startsWith('ال'))
    ? normalizeForMatch(shown)
    : forms.norms[m.first];
}

/** A document-local key: type and the normalized clitic-free words, so stores can merge it across articles. */
function localKey(m: Found, tokens: readonly Token[], forms: TokenForms): string {
  const words: string[] = [];
  // A span that keeps part of a hashtag («#الديوان_الملكي_السعودي» → «الديوان_الملكي»): the words it shows.
  if (m.last - m.first === 1 && tokens[m.first].kind === 'hashtag')
    words.push(normalizeForMatch(m.text.replace(/^#/, '').replace(/_/g, ' ')));
  else for (let i = m.first; i < m.last; i++) words.push(i === m.first ? spanWord(m, tokens, forms) : forms.norms[i]);
  const keyWords = m.type === 'ORG' ? organKeyWords(words) : words;
  return `local:${m.type.toLowerCase()}:${transliterationKey(keyWords.join(' '))}`;
}

/** Letters only foreign names use, written with Arabic ones elsewhere («ڤلاديمير» = «فلاديمير»). */
const FOREIGN_LETTERS: Record<string, string> = { پ: 'ب', ڤ: 'ف', ڨ: 'ق', چ: 'تش', ژ: 'ز' };
const FOREIGN_LETTER = /[پڤڨچژ]/g;
const FOREIGN_LETTER_TEST = /[پڤڨچژ]/;
/** Final «-نج», «-رج» of a word of four letters or more: the «ng», «rg» of foreign names, also written «غ». */
const FINAL_G = /(?<=[^ ]{2}[نر])ج(?= |$)/g;

/**
 * The key of a name the gazetteer does not know, tolerant to transliteration variants that no two Arabic names
 * differ by, so the store may merge them across articles: letters of foreign names («ڤ» = «ف», «پ» = «ب») and a
 * final «ج» after «ن» or «ر» read as «غ» («زوكربيرج» = «زوكربيرغ», «جينبينج» = «جينبينغ»). Vowel letters are kept:
 * «حسين» and «حسن» are different names.
 */
function transliterationKey(key: string): string {
  const joined = joinCompoundNames(key);
  if (!joined.includes('ج') && !FOREIGN_LETTER_TEST.test(joined)) return joined;
  return joined.replace(FOREIGN_LETTER, (ch) => FOREIGN_LETTERS[ch]).replace(FINAL_G, 'غ');
}

/** «عبد الله», «نور الدين», «أبو الفتوح» (round 30) written as one word or two. */
const COMPOUND_NAME_GAP = /(?<=(?:^| )(?:عبد|ابو)) (?=ال)| (?=الدين(?: |$))/g;

/**
 * Compound given names are written joined or spaced in the same article («نورالدين البحيري», «نور الدين البحيري»;
 * «عبدالله», «عبد الله»; «عبدالمنعم أبوالفتوح», «عبد المنعم أبو الفتوح»): the key joins them, so both spellings are
 * one name.
 */
function joinCompoundNames(key: string): string {
  return key.includes('عبد ') || key.includes('ابو ') || key.includes(' الدين')
    ? key.replace(COMPOUND_NAME_GAP, '')
    : key;
}

function localEntity(m: Found): Entity {
  return { id: '', type: m.type, name: m.text, country: m.country, mentions: [] };
}

/** The longest mention text, `name` when none is longer (the first of equal lengths wins). */
function longestText(mentions: readonly EntityMention[], name: string): string {
  let longest = name;
  for (const x of mentions) if (x.text.length > longest.length) longest = x.text;
  return longest;
}

/** Mentions in order, entities by first mention, ids e1…; a local entity is named by its longest mention. */
function finish(entities: Entity[]): Entity[] {
  for (const e of entities) {
    e.mentions.sort((a, b) => a.start - b.start);
    if (e.key?.startsWith('local:')) e.name = longestText(e.mentions, e.name);
  }
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return numberEntities(entities);
}

/** Ids e1, e2 … in order. */
function numberEntities(entities: Entity[]): Entity[] {
  entities.forEach((e, i) => {
    e.id = `e${i + 1}`;
  });
  return entities;
}
