// Descriptor nouns before names (data/gazetteer/descriptors.tsv). The gold convention leaves a generic descriptor
// outside the span («تنظيم داعش» → «داعش», «مدينة نانتير» → «نانتير») unless the name needs it («الحزب الشيوعي»,
// «حزب الله»); a place descriptor introduces a rare bare word as a place the tagger missed, and an organization
// descriptor a quoted name («شركة "اوبر"», «حزب "نداء تونس"»).
import { cliticAnalyzer } from '../arabic/clitics.js';
import type { Token } from '../doc/types.js';
import type { Cues, DescriptorType } from './cues.js';
import {
  CLOSING_QUOTES,
  chooseTarget,
  coveredTokens,
  demonymKeys,
  type Found,
  isSortedByStart,
  kindAgrees,
  type LinkContext,
  nameStart,
  namingCandidates,
  newFound,
  OPENING_QUOTES,
  targetEntry,
  wordOf,
} from './found.js';
import { type Gazetteer, type GazetteerEntry, nameKey } from './gazetteer.js';
import { isRareAt, isRareWord, type TokenForms } from './spans.js';
import { PLACE_DESCRIPTOR } from './token-flags.js';

/** Whether `name` is an organization's name or name variant in the gazetteer («الحوثي», «الحوثيين»). */
function namesOrganization(g: Gazetteer, name: string): boolean {
  return g.lookup(name).some((c) => c.entry.kind === 'org' && (c.via === 'name' || c.via === 'variant'));
}

function isCommonDefinite(norm: string): boolean {
  return norm.startsWith('ال') && !isRareWord(norm);
}

/**
 * An indefinite feminine adjective of relation («إرهابية», «دولية», «حقوقية»): after «منظمة» or «جماعة» it describes
 * the body («منظمة إرهابية»), it does not name it. A definite one may be a name («قناة "العربية"»).
 */
function isNisbaAdjective(forms: TokenForms, i: number): boolean {
  const word = wordOf(forms, i);
  return word.endsWith('يه') && !word.startsWith('ال');
}

function isBareWord(tokens: readonly Token[], forms: TokenForms, i: number): boolean {
  const t = tokens[i];
  if (!t || (t.kind !== 'arabic' && t.kind !== 'latin' && t.kind !== 'hashtag')) return false;
  return !wordOf(forms, i).startsWith('ال');
}

/**
 * The tagger's unlinked person mention opened by an organization descriptor is that organization: «مصرف الراجحي»
 * (Al Rajhi Bank, named after its founders), «شركة عبد اللطيف جميل». After a descriptor that is trimmed, one word
 * is left alone: «لحزب راخوي» is Rajoy's party, and trimming would leave an organization called «راخوي». The words of
 * a one-hashtag mention count as its words («#حزب_الشعوب_الديمقراطي»).
 */
export function organizationsByDescriptor(ctx: LinkContext, found: Found[]): void {
  for (const m of found) {
    if (m.type === 'PER' && !m.cues && isMovementOfLeader(ctx, m)) {
      m.type = 'ORG';
      m.target = undefined;
      continue;
    }
    if (m.type !== 'PER' || m.target || m.cues) continue;
    // A one-hashtag mention counts its own words («#حزب_الشعوب_الديمقراطي»).
    const hashtag = m.last - m.first === 1 && ctx.tokens[m.first].kind === 'hashtag';
    const words = hashtag ? ctx.forms.norms[m.first].split(' ') : null;
    const count = words ? words.length : m.last - m.first;
    if (count < 2) continue;
    const type: DescriptorType | undefined = ctx.cues.descriptors.get(words ? words[0] : wordOf(ctx.forms, m.first));
    if (type === 'ORGNAME' || (type === 'ORG' && count > 2)) m.type = 'ORG';
  }
}

/**
 * «شبكة غولن», «حركة فتح الله غولن»: a person the gazetteer knows right after a movement noun with no article
 * (group-nouns.tsv `movement`; a glued preposition allowed: «بجماعة») names the movement after its leader (round 38).
 */
function isMovementOfLeader(ctx: LinkContext, m: Found): boolean {
  const { cues, tokens, forms } = ctx;
  const before = m.first - 1;
  if (m.target?.kind !== 'entry' || m.target.entry.kind !== 'person' || before < 0) return false;
  const t = tokens[before];
  if (t.kind !== 'arabic' || t.proclitics.includes('ال') || tokens[m.first].start - t.end > 1) return false;
  return cues.movementNouns.has(wordOf(forms, before));
}

/** The company noun right before token i (one space, a glued preposition allowed: «لشركة»), as a key. */
function companyNounBefore(ctx: LinkContext, i: number): boolean {
  const { cues, tokens, forms } = ctx;
  const before = i - 1;
  if (before < 0 || tokens[before].kind !== 'arabic' || tokens[i].start - tokens[before].end > 1) return false;
  return cues.companyNouns.has(wordOf(forms, before));
}

/**
 * «شركة كريم», «شركة بربري», «شركة ديدي شكسنغ»: the tagger's unlinked name of one to three words right after a
 * company noun is the company, typed person or not (round 20: a person is not named right after «شركة»); its other unlinked person mentions with the same words are too («وطالبت كريم
 * عملاءها»), so the tagger's mixed types do not split the company in two.
 */
export function companiesAfterNouns(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms } = ctx;
  const names = new Set<string>();
  for (const m of found) {
    if ((m.type !== 'PER' && m.type !== 'ORG') || m.target || m.cues || m.last - m.first > 3) continue;
    if (tokens[m.first].proclitics.length > 0 || !companyNounBefore(ctx, m.first)) continue;
    names.add(forms.norms.slice(m.first, m.last).join(' '));
  }
  if (names.size === 0) return;
  for (const m of found) {
    if (m.type !== 'PER' || m.target || m.cues) continue;
    const words = [wordOf(forms, m.first), ...forms.norms.slice(m.first + 1, m.last)].join(' ');
    if (names.has(words) || names.has(forms.norms.slice(m.first, m.last).join(' '))) m.type = 'ORG';
  }
}

/**
 * «قناة العربية», «قناة الجزيرة»: a channel or paper the gazetteer names with its descriptor and one word keeps its
 * identity without the descriptor, which the gold leaves outside the span as with «قناة "العربية"».
 */
function isMediaOneWord(entry: GazetteerEntry, m: Found, rest: number): boolean {
  return entry.kind === 'org' && entry.orgKind === 'media' && m.last - rest === 1;
}

/**
 * «ورد على ما بثته الجزيرة» after «مدير قناة الجزيرة»: the tagger's one-word organization that a media outlet's
 * gazetteer name is made of with a descriptor noun («قناة», «شبكة», «صحيفة» …) is that outlet when the article writes
 * the descriptor and the word together somewhere (inside a title too). The tagger's type and the article's own full
 * name are the evidence; the bare word («الجزيرة»: the island) is never a gazetteer name by itself.
 */
export function bareMediaNames(ctx: LinkContext, found: Found[]): void {
  const { g, cues, tokens, forms } = ctx;
  let written: Map<string, string> | undefined;
  for (const m of found) {
    if (m.type !== 'ORG' || m.target || m.cues || m.last - m.first !== 1 || tokens[m.first].kind !== 'arabic') continue;
    const word = wordOf(forms, m.first);
    if (!word.startsWith('ال')) continue;
    if (!written) {
      // Each word the article writes right after an organization descriptor → that descriptor + the word.
      written = new Map();
      for (let i = 0; i + 1 < tokens.length; i++)
        if (cues.descriptors.get(wordOf(forms, i)) === 'ORG')
          written.set(forms.norms[i + 1], `${wordOf(forms, i)} ${forms.norms[i + 1]}`);
    }
    const phrase = written.get(word);
    if (!phrase) continue;
    const outlets = g
      .lookup(phrase)
      .filter((c) => c.via !== 'demonym')
      .map((c) => c.entry)
      .filter((e) => e.kind === 'org' && (e.orgKind === 'media' || e.orgKind === 'news-agency'));
    if (outlets.length !== 1) continue;
    m.target = { kind: 'entry', entry: outlets[0], via: 'name' };
    m.contextual = true;
  }
}

/** The descriptor before an armed group's one-word name: «تنظيم القاعدة» → «القاعدة» (round 17, dev gold). */
const GROUP_NOUN = nameKey('تنظيم');
/** «جبهة النصرة» → «النصرة» (round 18: «جبهة فتح الشام (النصرة سابقا)»), a name or variant of the group. */
const FRONT_NOUN = nameKey('جبهة');

/**
 * «تنظيم القاعدة»: an armed group the gazetteer names with «تنظيم» and one word keeps its identity without the noun,
 * which the gold leaves outside the span as with «تنظيم داعش» (the bare word alone is too common to be a gazetteer
 * name: «القاعدة» is also "the base, the rule").
 */
function isGroupOneWord(
  entry: GazetteerEntry,
  m: Found,
  rest: number,
  tokens: readonly Token[],
  forms: TokenForms,
): boolean {
  return (
    entry.kind === 'org' &&
    entry.orgKind === 'armed-group' &&
    m.last - rest === 1 &&
    spanFirstWord(tokens, forms, m) === GROUP_NOUN &&
    nameKey(entry.nameAr) === `${GROUP_NOUN} ${forms.norms[rest]}`
  );
}

/**
 * The tagger's one-word organization that is an armed group's name without its «تنظيم» («مسلحي "القاعدة"», «ضد
 * داعش والقاعدة»): the gazetteer entry whose own name is «تنظيم» + that word; or without its «جبهة» («(النصرة
 * سابقا)»): the entry with a name or variant «جبهة» + that word. The tagger's type is the evidence the
 * common word is the name here; the mention is not looked for elsewhere («القاعدة العسكرية» stays a base).
 */
export function bareGroupNames(ctx: LinkContext, found: Found[]): void {
  const { g, tokens, forms } = ctx;
  for (const m of found) {
    if (m.type !== 'ORG' || m.target || m.cues || m.propagated || m.last - m.first !== 1) continue;
    if (tokens[m.first].kind !== 'arabic' || !wordOf(forms, m.first).startsWith('ال')) continue;
    const own = `${GROUP_NOUN} ${wordOf(forms, m.first)}`;
    let groups = g
      .lookup(own)
      .map((c) => c.entry)
      .filter((e) => e.kind === 'org' && e.orgKind === 'armed-group' && nameKey(e.nameAr) === own);
    if (groups.length === 0)
      groups = g
        .lookup(`${FRONT_NOUN} ${wordOf(forms, m.first)}`)
        .filter((c) => c.via === 'name' || c.via === 'variant')
        .map((c) => c.entry)
        .filter((e) => e.kind === 'org' && e.orgKind === 'armed-group');
    if (groups.length !== 1) continue;
    m.target = { kind: 'entry', entry: groups[0], via: 'name' };
    m.contextual = true;
  }
}

/**
 * «الميليشيات الحوثية», «قيادات حوثية»: the tagger's one-word organization that is the feminine adjective of an
 * organization's one-word name («الحوثي» → «الحوثية») describes a noun, like a demonym: no mention (gold guideline;
 * round 15 and 17 audits). The masculine name itself («ميليشيات الحوثي») stays.
 */
export function dropGroupAdjectives(ctx: LinkContext, found: Found[]): void {
  const { g, tokens, forms } = ctx;
  for (let k = found.length - 1; k >= 0; k--) {
    const m = found[k];
    if (m.type !== 'ORG' || m.target || m.cues || m.last - m.first !== 1 || tokens[m.first].kind !== 'arabic') continue;
    const word = wordOf(forms, m.first);
    if (!word.endsWith('يه') || word.length < 5) continue;
    const stem = word.slice(0, -1);
    const definite = stem.startsWith('ال') ? stem : `ال${stem}`;
    if (namesOrganization(g, definite)) found.splice(k, 1);
  }
}

/** A word with the article, after a glued conjunction or preposition («للقيادي»: «ل» + «ال» written «لل»). */
const DEFINITE_WORD = /^[وف]?(?:[بك]?ال|لل)/;

/**
 * «الإرهاب الحوثي», «القيادي الحوثي عبدالقادر هبة»: an organization's one-word name that is a definite adjective of
 * relation («الحوثي»), right after a definite noun, is that noun's adjective (the masculine of
 * dropGroupAdjectives' «الحوثية»), no mention; in construct after an indefinite noun it names the group («ميليشيا
 * الحوثي», «جماعة الحوثي»), and after an honorific a person («السيد الحوثي»). Round 29 (blind dev round 20).
 * The plural too («المتمردين الحوثيين», «المسلحون الحوثيون»), but only after a definite plural noun with the same
 * case ending (-ين, -ون), so that an object after a subject stays a name («واتهم التحالف الحوثيين»). Round 36.
 */
export function dropDefiniteGroupAdjectives(ctx: LinkContext, found: Found[]): void {
  const { g, cues, tokens, forms } = ctx;
  for (let k = found.length - 1; k >= 0; k--) {
    const m = found[k];
    if (m.type !== 'ORG' || m.cues || m.last - m.first !== 1 || m.first === 0) continue;
    const token = tokens[m.first];
    const word = forms.norms[m.first];
    const plural = word.endsWith('يين') || word.endsWith('يون') ? word.slice(-2) : null;
    if (token.kind !== 'arabic' || m.start !== token.start || !word.startsWith('ال')) continue;
    if (!word.endsWith('ي') && !plural) continue;
    const before = tokens[m.first - 1];
    if (before.kind !== 'arabic' || token.start - before.end !== 1) continue;
    const noun = forms.norms[m.first - 1];
    if (!DEFINITE_WORD.test(noun) || cues.honorifics.has(wordOf(forms, m.first - 1))) continue;
    if (plural && !noun.endsWith(plural)) continue;
    if (namesOrganization(g, token.text)) found.splice(k, 1);
  }
}

/**
 * «مسلح حوثي», «خبراء حوثيين»: the tagger's one-word organization or person without the article or any clitic whose
 * definite form is an organization's name («الحوثي», «الحوثيين»), right after an indefinite word, is that noun's
 * adjective (the indefinite of dropDefiniteGroupAdjectives' «الإرهاب الحوثي»), no mention. Round 33.
 */
export function dropIndefiniteGroupAdjectives(ctx: LinkContext, found: Found[]): void {
  const { g, tokens, forms } = ctx;
  for (let k = found.length - 1; k >= 0; k--) {
    const m = found[k];
    if ((m.type !== 'ORG' && m.type !== 'PER') || m.cues || m.last - m.first !== 1 || m.first === 0) continue;
    const token = tokens[m.first];
    const word = forms.norms[m.first];
    if (token.kind !== 'arabic' || token.proclitics.length > 0 || token.enclitic || word.startsWith('ال')) continue;
    const before = tokens[m.first - 1];
    if (before.kind !== 'arabic' || token.start - before.end !== 1 || DEFINITE_WORD.test(forms.norms[m.first - 1]))
      continue;
    if (namesOrganization(g, `ال${word}`)) found.splice(k, 1);
  }
}

/** «السنة», «الشيعة»: the branches of Islam name groups of people, like demonyms (gold guideline; round 20). */
const SECTS = new Set(['السنة', 'السنّة', 'الشيعة'].map(nameKey));

/**
 * «الخلاف بين السنة والشيعة»: the tagger's unlinked one-word organization that is a branch of Islam is no mention
 * (the gold reads sects as it reads demonyms; «السنة» is also "the year"). A longer name keeps them («المجلس الإسلامي
 * الشيعي الأعلى»).
 */
export function dropSects(ctx: LinkContext, found: Found[]): void {
  for (let k = found.length - 1; k >= 0; k--) {
    const m = found[k];
    if (m.target || m.cues || m.last - m.first !== 1 || ctx.tokens[m.first].kind !== 'arabic') continue;
    if (SECTS.has(wordOf(ctx.forms, m.first))) found.splice(k, 1);
  }
}

const PROCLITIC_LETTERS: ReadonlySet<string> = new Set(['و', 'ف', 'ب', 'ل']);

/** Whether the word at token i, bare or behind one or two proclitics («لقبيلة», «وبقبائل»), is in `words`. */
function wordIn(words: ReadonlySet<string>, forms: TokenForms, i: number): boolean {
  const norm = forms.norms[i] ?? '';
  if (words.has(norm) || words.has(wordOf(forms, i))) return true;
  for (let n = 1; n <= 2 && norm.length - n >= 3 && PROCLITIC_LETTERS.has(norm[n - 1]); n++)
    if (words.has(norm.slice(n))) return true;
  return false;
}

/**
 * «آل» as written, bare or behind one proclitic («لآل»): the normalized key is the article's «ال», so the surface
 * decides (not «أل باييس», «بالـ"كراك"»).
 */
function isGroupOpener(ctx: LinkContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t?.kind !== 'arabic') return false;
  const { groupOpeners } = ctx.cues;
  return groupOpeners.has(t.text) || (GLUED_BEFORE_OPENER.has(t.text[0]) && groupOpeners.has(t.text.slice(1)));
}

/** Letters glued before a group opener («لآل غليس»). */
const GLUED_BEFORE_OPENER = new Set(['و', 'ف', 'ب', 'ل']);

/** The token before k, past an opening quote («قبيلة "آل غليس"»). */
function beforeQuote(ctx: LinkContext, k: number): number {
  const t = ctx.tokens[k - 1];
  return t && OPENING_QUOTES.has(t.text) ? k - 2 : k - 1;
}

/**
 * Tribes, clans and families are groups of people by descent, which the gold does not annotate (round 15; like
 * demonyms and sects): a mention right after a group noun («قبيلة أرحب», «قبائل "آل غليس"», and the second of
 * «قبيلتي نهم وأرحب»), a hashtag opening with one («#قبيلة_ال_غليس»), and the tagger's unlinked two-word «آل X»
 * standing on its own («لآل غليس», «يسقط آل سعود») are no mentions (data/gazetteer/group-nouns.tsv). A person named
 * after his tribe keeps his mention («الشيخ غليس أحمد غليس»), and so does «آل» ending a person's name.
 */
export function dropTribes(ctx: LinkContext, found: Found[]): void {
  const { cues, tokens, forms } = ctx;
  // The passes before keep the mentions in order (a copy sorted per article showed in profiles).
  const sorted = isSortedByStart(found) ? found : [...found].sort((a, b) => a.start - b.start);
  const drop = new Set<Found>();
  const afterPair = new Set<Found>();
  for (let n = 0; n < sorted.length; n++) {
    const m = sorted[n];
    if (m.cues) continue;
    const t = tokens[m.first];
    const before = beforeQuote(ctx, m.first);
    const previous = n > 0 ? sorted[n - 1] : undefined;
    const tribe =
      (before >= 0 && tokens[before].kind === 'arabic' && wordIn(cues.groupNouns, forms, before)) ||
      (t.kind === 'hashtag' && cues.groupNouns.has(forms.norms[m.first].split(' ')[0])) ||
      (t.kind === 'arabic' && m.last - m.first === 2 && !m.target && isGroupOpener(ctx, m.first)) ||
      // «لآل غليس» where the span left «آل» out (a propagated name): not «تميم بن حمد آل ثاني».
      (before >= 0 && isGroupOpener(ctx, before) && !found.some((p) => p.last === before)) ||
      // «قبيلتي نهم وأرحب»: the second name after a dual.
      (previous !== undefined && afterPair.has(previous) && previous.last === m.first && /^و/.test(t.text));
    if (!tribe) continue;
    drop.add(m);
    if (before >= 0 && wordIn(cues.groupPairNouns, forms, before)) afterPair.add(m);
  }
  for (let k = found.length - 1; k >= 0; k--) if (drop.has(found[k])) found.splice(k, 1);
}

/**
 * The first word as the span writes it: «لوكالة رويترز» (a proclitic the tokenizer left glued, outside the span) starts
 * with «وكالة».
 */
function spanFirstWord(tokens: readonly Token[], forms: TokenForms, m: Found): string {
  const word = wordOf(forms, m.first);
  const glued = m.start - tokens[m.first].start;
  return glued === 1 && forms.heads[m.first] === '' && /^[وفبل]/.test(word) ? word.slice(1) : word;
}

/** Moves a mention's first token to `first` (its span, text and offsets with it). */
function startMentionAt(ctx: LinkContext, m: Found, first: number): void {
  m.first = first;
  m.start = nameStart(ctx.tokens, ctx.forms, first);
  m.text = ctx.text.slice(m.start, m.end);
}

/**
 * Drops a leading descriptor from a mention when the rest is the name by itself: the same gazetteer entry, or
 * one bare word the gazetteer does not know (a rest that is a gazetteer name of a fitting kind gets linked).
 */
export function trimDescriptors(ctx: LinkContext, found: Found[]): void {
  const { g, cues, tokens, forms } = ctx;
  for (const m of found) {
    if (m.cues || m.last - m.first < 2) continue;
    const describes = cues.descriptors.get(spanFirstWord(tokens, forms, m));
    // A facility noun is part of the name («قصر الإليزيه»), and so is a bank's («بنك مصر»).
    if (!describes || describes === 'FAC' || describes === 'ORGNAME' || (describes !== m.type && !m.target)) continue;
    const rest = m.first + 1;
    const match = g.matchAt(forms.norms, rest, wordOf(forms, rest));
    const restIsName = match !== null && match.end === m.last;
    if (m.target) {
      const entry = targetEntry(m.target);
      // «منظمة الصحة العالمية» is the body's own name, «منظمة أوكسفام» a description of Oxfam (descriptors.tsv).
      if (cues.ownNameNouns.has(spanFirstWord(tokens, forms, m)) && nameKey(entry.nameAr) === nameKey(m.text)) continue;
      if (!restIsName || !match.candidates.some((c) => c.entry === entry)) {
        if (!isMediaOneWord(entry, m, rest) && !isGroupOneWord(entry, m, rest, tokens, forms)) continue;
        m.contextual = true;
      }
    } else if (restIsName) {
      const target = chooseTarget(namingCandidates(match.candidates), m.type);
      if (!target || !kindAgrees(targetEntry(target).kind, m.type)) continue;
      m.target = target;
    } else if (m.last - rest !== 1 || !isBareWord(tokens, forms, rest) || isNisbaAdjective(forms, rest)) continue;
    startMentionAt(ctx, m, rest);
  }
}

/**
 * A person's name right after a facility noun is the facility's name: «برج ترامب» is a LOC mention, not Trump. So is
 * a place name the gazetteer does not know («لمحطة سوهاي»: the station is the mention, its noun included), and a
 * natural feature or work («جبل شبام», «سد العقران», «جزيرة كيترون»: the gold keeps the noun with such names). When
 * the tagger made the noun a one-word mention of its own («سد» + «العقران»), the two are one. An airport's or port's
 * «الدولي» after the name is part of it («مطار سياتل-تاكوما الدولي»).
 */
export function facilityNames(ctx: LinkContext, found: Found[]): void {
  const { cues, tokens, forms } = ctx;
  wholeFacilityNouns(ctx, found);
  quotedFacilities(ctx, found);
  for (const m of [...found]) {
    // «مطار الإمام الخميني», «مطار الملك خالد» (round 37): a title between the noun and a person is the facility's too.
    const before = m.first - (titleBeforePerson(ctx, m) ? 2 : 1);
    // The tagger's MISC too: «كنيسة القيامة» (round 34); not a sport after a ground noun («ملعب الغولف»). Its ORG the
    // gazetteer does not link too: «سد النهضة» is the dam, not a body «النهضة» (round 38).
    if ((m.type === 'ORG' && m.target) || m.cues || before < 0 || tokens[before].kind !== 'arabic') continue;
    if (m.type === 'MISC' && SPORT_GROUND_NOUNS.has(wordOf(forms, before))) continue;
    // A seat of power the gazetteer links («قصر الإليزيه» → France) keeps its identity, a known place too, except the
    // city an airport, a port, a prison … is named after («مطار الرياض الدولي», «ميناء الحديدة»; rounds 14 and 19).
    // «في وادي المسيني»: the tokenizer may read «وادي» as و + «ادي»; the word as written is the noun («وأدى» is not).
    const whole = WHOLE_FACILITY_NOUNS.has(tokens[before].text);
    const noun = whole ? forms.norms[before] : wordOf(forms, before);
    // A country name too: «خليج غينيا», «خليج عمان», «مطار الكويت الدولي» (not «جزيرة ميكرونيزيا», the country).
    // Right after the noun: «مطار بماليزيا» is an airport in Malaysia.
    const cityNamed =
      CITY_NAMED_FACILITIES.has(noun) &&
      tokens[m.first].proclitics.every((p) => p === 'ال') &&
      m.target?.kind === 'entry' &&
      (m.target.entry.kind === 'place' || m.target.entry.kind === 'country');
    if (m.target && !cityNamed && (m.target.kind !== 'entry' || m.target.entry.kind !== 'person' || m.type === 'LOC'))
      continue;
    if (cues.descriptors.get(noun) !== 'FAC' || tokens[before + 1].start - tokens[before].end > 1) continue;
    const nounMention = found.find((x) => x !== m && x.first <= before && before < x.last);
    if (nounMention && !isBareNounMention(nounMention, before)) continue;
    if (nounMention) found.splice(found.indexOf(nounMention), 1);
    startMentionAt(ctx, m, before);
    if (whole) {
      m.start = tokens[before].start;
      m.text = ctx.text.slice(m.start, m.end);
    }
    m.type = 'LOC';
    // «مطار صنعاء»: the airport is in Yemen even though the gazetteer does not list it.
    if (cityNamed && m.target?.kind === 'entry' && m.target.entry.kind === 'place') m.country = m.target.entry.country;
    if (cityNamed && m.target?.kind === 'entry' && m.target.entry.kind === 'country') m.country = m.target.entry.iso2;
    m.target = undefined;
    if (
      ctx.cues.facilityQualifiers.has(forms.norms[m.last] ?? '') &&
      tokens[m.last].start - tokens[m.last - 1].end === 1
    )
      endMentionAt(ctx, m, m.last + 1);
  }
}

/** A person mention right after an honorific or religious title («الإمام», «الملك»), the word before that unspaced. */
function titleBeforePerson(ctx: LinkContext, m: Found): boolean {
  const { cues, tokens, forms } = ctx;
  const k = m.first - 1;
  if (m.type !== 'PER' || k < 1 || tokens[k].kind !== 'arabic' || tokens[m.first].start - tokens[k].end > 1)
    return false;
  return cues.honorifics.has(wordOf(forms, k)) || cues.religiousTitles.has(wordOf(forms, k));
}

/**
 * Facilities and features named after their town: the city in «مطار الرياض» is part of the airport's name, the town in
 * «سجن غوانتانامو», «قاعدة حميميم», «خليج غوانتانامو», «ثانوية باركلاند» part of the prison's, the base's, the bay's,
 * the school's (round 19), the town in «مستشفى ذمار», «معبر بيت حانون» part of the hospital's, the crossing's (round 20),
 * the city in «مسجد لندن المركزي», «مسجد كولون الكبير», «كنيسة سانت مارتن» part of the mosque's, the church's (round 22),
 * the state in «نهر أوهايو» part of the river's (round 35).
 */
const CITY_NAMED_FACILITIES = new Set(
  ['مطار', 'ميناء', 'سجن', 'قاعدة', 'خليج', 'ثانوية', 'مستشفى', 'معبر', 'مسجد', 'جامع', 'كنيسة', 'نهر'].map(nameKey),
);

/**
 * Buildings and places whose name news may quote after the noun: «مسجد "شاه جاهان"», «مستشفى "دار الشفاء"», «فندق "سيتي
 * ستاي"», «مطار "مهرآباد"». Not «محطة» (also a TV station: «محطة "روسيا اليوم"»), «قاعدة» (also a rule), features.
 */
const QUOTED_FACILITY_NOUNS = new Set(
  ['مسجد', 'جامع', 'كنيسة', 'مستشفى', 'فندق', 'مطار', 'سجن', 'ملعب', 'قصر', 'برج', 'شارع', 'ساحة', 'جسر', 'معبر'].map(
    nameKey,
  ),
);

/**
 * «مسجد "شاه جاهان"»: the tagger's mention that is the whole quoted name right after a building noun is the building
 * (LOC, no key), not the emperor or a company; the quoted name alone is the span, as for quoted names after an
 * organization's noun (round-9 gold; round 22). An organization the gazetteer links keeps its identity («قصر
 * "الإليزيه"»).
 */
function quotedFacilities(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms } = ctx;
  for (const m of found) {
    const open = m.first - 1;
    const noun = m.first - 2;
    if (m.cues || noun < 0 || m.type === 'LOC' || !OPENING_QUOTES.has(tokens[open].text)) continue;
    if (!CLOSING_QUOTES.has(tokens[m.last]?.text ?? '') || tokens[noun].kind !== 'arabic') continue;
    if (!QUOTED_FACILITY_NOUNS.has(wordOf(forms, noun)) || tokens[open].start - tokens[noun].end !== 1) continue;
    if (m.target?.kind === 'entry' && m.target.entry.kind === 'org') continue;
    m.type = 'LOC';
    m.target = undefined;
  }
}

const HE_SHE = new Set(['وهو', 'وهي'].map(nameKey));

/**
 * The title of a work: the tagger's mention that is the whole quoted name right after a noun of works («مسلسل "أبو عمر
 * المصري"», «لبرنامج "اندرو مار"»), or followed by «، وهو/وهي» and such a noun («منها "غول"، وهو مسلسل رعب»), is MISC
 * (the gold does not annotate works), not the person or place it names (data/gazetteer/work-nouns.tsv; round 22).
 */
export function quotedWorks(ctx: LinkContext, found: Found[]): void {
  const { cues, tokens, forms } = ctx;
  const isWorkNoun = (k: number) => tokens[k]?.kind === 'arabic' && cues.workNouns.has(wordOf(forms, k));
  for (const m of found) {
    const open = m.first - 1;
    if (m.cues || open < 0 || !OPENING_QUOTES.has(tokens[open].text)) continue;
    if (!CLOSING_QUOTES.has(tokens[m.last]?.text ?? '')) continue;
    const nounBefore = open > 0 && isWorkNoun(open - 1) && tokens[open].start - tokens[open - 1].end === 1;
    const after = m.last + 1;
    const describedAfter =
      tokens[after]?.text === '،' && HE_SHE.has(forms.norms[after + 1] ?? '') && isWorkNoun(after + 2);
    if (!nounBefore && !describedAfter) continue;
    m.type = 'MISC';
    m.target = undefined;
  }
}

/**
 * A model named after a place or person: the tagger's LOC or PER mention right after a model noun, an opening quote
 * between allowed («غواصات من طراز أوهايو», «صواريخ أرض-أرض من طراز الجولان»), is MISC (the gold does not annotate
 * aircraft, weapons or other models), not the place or person (data/gazetteer/model-nouns.tsv; round 56). An ORG
 * there stays: it is as often the maker, which the gold annotates («سيارة من طراز فولفو», round 6).
 */
export function modelNames(ctx: LinkContext, found: Found[]): void {
  const { cues, tokens, forms } = ctx;
  for (const m of found) {
    if (m.cues || (m.type !== 'LOC' && m.type !== 'PER')) continue;
    const quoted = m.first > 0 && OPENING_QUOTES.has(tokens[m.first - 1].text);
    const noun = quoted ? m.first - 2 : m.first - 1;
    if (noun < 0 || tokens[noun].kind !== 'arabic' || !cues.modelNouns.has(wordOf(forms, noun))) continue;
    m.type = 'MISC';
    m.target = undefined;
  }
}

/** Facility nouns whose first letter is also a clitic, as written whole («وادي»: not و + «ادي»). */
const WHOLE_FACILITY_NOUNS = new Set(['وادي']);

/** Facility nouns after which the tagger's MISC is a sport, not a name: «ملعب الغولف», «ملعب التنس». */
const SPORT_GROUND_NOUNS = new Set(['ملعب', 'ملاعب'].map(nameKey));

/**
 * «منطقة وادي النطرون»: the tagger's mention that starts inside a whole facility noun the tokenizer read as و + «ادي»
 * («ادي النطرون») is the feature with its noun, as written (LOC; round 20). A word spelled otherwise («وأدى») is not.
 */
function wholeFacilityNouns(ctx: LinkContext, found: Found[]): void {
  const { tokens, text } = ctx;
  for (const m of found) {
    const t = tokens[m.first];
    if (m.cues || m.last - m.first < 2 || t.kind !== 'arabic' || !WHOLE_FACILITY_NOUNS.has(t.text)) continue;
    if (m.start <= t.start) continue;
    m.start = t.start;
    m.text = text.slice(m.start, m.end);
    m.type = 'LOC';
    m.target = undefined;
  }
}

const COURT_NOUN = nameKey('محكمة');
const SUPREME = nameKey('العليا');

/**
 * «محكمة دلهي العليا», «محكمة لاهور العليا»: a court named by its city («the Delhi High Court») is an organization
 * mention with no key, its city inside it no mention of its own (no nesting, as «شرطة لندن»; round 18, blind dev round
 * 13). Only the construct «محكمة + place + العليا»: «المحكمة العليا في كوينزلاند» keeps the place (round-12 gold).
 */
export function courtsNamedByPlace(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms } = ctx;
  for (const m of found) {
    const before = m.first - 1;
    if (m.type !== 'LOC' || m.cues || before < 0 || m.last >= tokens.length) continue;
    if (tokens[before].kind !== 'arabic' || wordOf(forms, before) !== COURT_NOUN) continue;
    if (forms.norms[m.last] !== SUPREME || tokens[m.first].start - tokens[before].end > 1) continue;
    if (tokens[m.last].start - tokens[m.last - 1].end > 1) continue;
    if (found.some((x) => x !== m && x.first <= m.last && before < x.last && (x.first <= before || x.last > m.last)))
      continue;
    if (m.target?.kind === 'entry' && m.target.entry.kind === 'place') m.country ??= m.target.entry.country;
    startMentionAt(ctx, m, before);
    endMentionAt(ctx, m, m.last + 1);
    m.type = 'ORG';
    m.target = undefined;
  }
}

/** A mention of the facility noun alone, unlinked: the tagger's half of a facility's name. */
const isBareNounMention = (x: Found, noun: number) => x.first === noun && x.last === noun + 1 && !x.target && !x.cues;

/** Moves a mention's end to the token before `last`. */
/**
 * «المستشار في الديوان الملكي السعودي»: a country's metonym that ends in the country's demonym names the body without
 * it, as the gold writes bodies followed by a demonym («الديوان الملكي», round 10; «مجلس الشورى», round 13): an
 * organization mention with no key, of that country (the metonym key names nothing the gold or a store can; round 22).
 * The demonym stays outside the span, as after «الديوان الأميري» (Qatar's metonym, which has no demonym).
 */
export function bodiesBeforeDemonym(ctx: LinkContext, found: Found[]): void {
  const { forms, tokens, text } = ctx;
  for (const m of found) {
    if (m.target?.kind !== 'metonym') continue;
    const country = m.target.country;
    // «#الديوان_الملكي_السعودي»: a hashtag is one token, its words joined by «_».
    const hashtag = m.last - m.first === 1 && tokens[m.first].kind === 'hashtag';
    const words = hashtag ? forms.norms[m.first].split(' ') : forms.norms.slice(m.first, m.last);
    if (words.length < 3 || !demonymKeys(country).has(words[words.length - 1])) continue;
    if (hashtag) {
      m.end = m.start + m.text.lastIndexOf('_');
      m.text = text.slice(m.start, m.end);
    } else endMentionAt(ctx, m, m.last - 1);
    m.target = undefined;
    m.type = 'ORG';
    m.country = country.iso2;
  }
}

function endMentionAt(ctx: LinkContext, m: Found, last: number): void {
  m.last = last;
  m.end = ctx.tokens[last - 1].end;
  m.text = ctx.text.slice(m.start, m.end);
}

/**
 * A name right after a bank or fund noun (ORGNAME, one space) is part of that organization's name: «البنك الأهلي
 * المصري» is the National Bank of Egypt, not the club «الأهلي المصري»; «بنك مصر» is Banque Misr, not Egypt. The noun
 * joins the mention, an organization: the gazetteer's when it lists the whole name, else unlinked.
 */
export function namesAfterOrganizationNouns(ctx: LinkContext, found: Found[]): void {
  const { g, cues, tokens, forms } = ctx;
  for (const m of found) {
    const before = courtOfKind(ctx, m.first - 1);
    if (m.cues || before < 0 || tokens[before].kind !== 'arabic') continue;
    const noun = wordOf(forms, before);
    // The list gives the indefinite construct form («بنك مصر»). A definite noun opens a name only before a definite,
    // adjective-like word («البنك الأهلي»); a bare name after it is in apposition («المصرف عبدالله بن سليمان الراجحي»).
    const definite = noun.startsWith('ال');
    const listed = cues.descriptors.get(definite ? noun.slice(2) : noun);
    if (listed !== 'ORGNAME' || tokens[m.first].start - tokens[m.first - 1].end > 1) continue;
    // «محكمة بنيويورك»: a glued preposition makes the name where the body is, not its name (round 39).
    if (tokens[m.first].proclitics.some((p) => p === 'ب' || p === 'ل' || p === 'ف')) continue;
    if (definite && !wordOf(forms, m.first).startsWith('ال')) continue;
    if (found.some((x) => x !== m && x.first <= before && before < x.last)) continue;
    const match = g.matchAt(forms.norms, before, noun);
    const whole =
      match !== null && match.end === m.last ? chooseTarget(namingCandidates(match.candidates), 'ORG') : undefined;
    // «شرطة تورونتو», «بنك مصر»: an unlisted body named after a place is of that place's country.
    const named = m.target ? targetEntry(m.target) : undefined;
    if (named?.kind === 'place') m.country = named.country;
    else if (named?.kind === 'country') m.country = named.iso2;
    m.target = whole && kindAgrees(targetEntry(whole).kind, 'ORG') ? whole : undefined;
    startMentionAt(ctx, m, before);
    m.type = 'ORG';
  }
}

/** Token k, or the «محكمة» before it when k is a court's kind with nothing glued, one space after the noun. */
function courtOfKind(ctx: LinkContext, k: number): number {
  const { tokens, forms } = ctx;
  if (
    k < 1 ||
    tokens[k].kind !== 'arabic' ||
    tokens[k].proclitics.length > 0 ||
    !ctx.cues.courtKinds.has(forms.norms[k])
  )
    return k;
  return wordOf(forms, k - 1) === COURT_NOUN && tokens[k].start - tokens[k - 1].end === 1 ? k - 1 : k;
}

/**
 * «في مدينة قهرمان مرعش»: two unknown places side by side (one space, no clitic) right after a place descriptor are
 * one place the tagger cut in two.
 */
export function joinSplitPlaces(ctx: LinkContext, found: Found[]): void {
  const { cues, tokens, forms, text } = ctx;
  for (let k = found.length - 2; k >= 0; k--) {
    const a = found[k];
    const b = found[k + 1];
    if (a.type !== 'LOC' || b.type !== 'LOC' || a.target || b.target || a.cues || b.cues || b.first !== a.last)
      continue;
    if (tokens[b.first].start - tokens[a.last - 1].end !== 1 || tokens[b.first].proclitics.length > 0) continue;
    const before = a.first - 1;
    if (before < 0 || cues.descriptors.get(wordOf(forms, before)) !== 'LOC') continue;
    a.last = b.last;
    a.end = b.end;
    a.text = text.slice(a.start, a.end);
    found.splice(k + 1, 1);
  }
}

/**
 * Place descriptors that also mean something else before an adjective: «دولة ثالثة», «ولاية ثالثة» (a third term);
 * and the other state nouns, like «دولة», only trimmed before a known country («جمهورية موز» is a banana republic;
 * round 29).
 */
const NO_NEW_PLACE_AFTER = new Set(['دولة', 'ولاية', 'جمهورية', 'مملكة', 'سلطنة'].map(nameKey));
/** A nisba ending: «منطقة عربية», «دولة فلسطينية» describe, they name no place. */
const NISBA = /يه$/;

/**
 * «بضاحية نانتير»: a rare bare word right after a place descriptor is a place, when no mention covers it; so is a quoted
 * name there, common words or not (quotedPlaceEnd).
 */
export function describedPlaces(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms } = ctx;
  const covered = coveredTokens(found, tokens.length);
  let added = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (covered[i] || tokens[i].kind !== 'arabic' || !(ctx.flags[i] & PLACE_DESCRIPTOR)) continue;
    if (NO_NEW_PLACE_AFTER.has(wordOf(forms, i)) || NISBA.test(forms.norms[i + 1])) continue;
    // «الطوارئ في 17 مقاطعة بمحاذاة نهر أوهايو»: after a number the noun is counted, it introduces no name (round 35).
    if (tokens[i - 1]?.kind === 'number') continue;
    const quoteEnd = quotedPlaceEnd(tokens, forms, covered, i);
    if (quoteEnd > 0) {
      found.push(placeOver(ctx, i + 2, quoteEnd));
      covered.fill(1, i + 2, quoteEnd);
      added = true;
      continue;
    }
    const j = i + 1;
    // No clitic at all: «مديرية للحماية» (a directorate for protection) names no place.
    if (covered[j] || tokens[j].kind !== 'arabic' || tokens[j].proclitics.length > 0 || !isBareWord(tokens, forms, j))
      continue;
    if (!isRareAt(forms, j) || tokens[j].start - tokens[i].end > 1) continue;
    // «منطقة نيم الجنوبية» is fine, «مدينة نانتير الفرنسية» too; but a second bare word may be the name's
    // continuation («مدينة سان دوني»), which we cannot delimit safely: skip. A word with clitics («بباريس») is not.
    const next = j + 1;
    if (next < tokens.length && !forms.heads[next] && isBareWord(tokens, forms, next) && isRareAt(forms, next))
      continue;
    found.push(placeOver(ctx, j, j + 1));
    covered[j] = 1;
    added = true;
  }
  if (added) found.sort((a, b) => a.start - b.start);
}

/** Quoted place names are short: «منطقة "المداريج"», «بلدة "تل رفعت"», «بلدة "بورت سانت جو"». */
const MAX_QUOTED_PLACE_WORDS = 3;

/**
 * «في منطقة "المداريج"», «غرب منطقة "محلي"», «بلدة "تل رفعت"»: the end (closing quote) of one to three Arabic words in
 * quotes right after the indefinite place descriptor at i, none covered by a mention, or -1. The quotes mark a name
 * where the words alone would not («محلي» is "local"). Not a description in quotes ending in a nisba adjective
 * («منطقة "آمنة"» is no nisba but a common feminine adjective; «مدينة "أعمالا جبانة ووحشية"», where «مدينة» is
 * "condemning"). Blind dev round 28: 42 such quotes after these nouns in dev-side ANT text, all but two place names.
 */
function quotedPlaceEnd(tokens: readonly Token[], forms: TokenForms, covered: Uint8Array, i: number): number {
  const q = i + 1;
  if (tokens[q].text.length !== 1 || !OPENING_QUOTES.has(tokens[q].text) || tokens[q].start === tokens[i].end)
    return -1;
  const end = quotedEnd(tokens, q);
  if (end < 0 || end - q - 1 > MAX_QUOTED_PLACE_WORDS) return -1;
  for (let k = q + 1; k < end; k++) if (covered[k]) return -1;
  const last = forms.norms[end - 1];
  if (NISBA.test(last) || (end === q + 2 && isCommonFeminine(last))) return -1;
  return end;
}

/** A one-word feminine adjective news uses often, with and without the article («آمنة», «محظورة»). */
function isCommonFeminine(norm: string): boolean {
  const counts = cliticAnalyzer();
  return norm.endsWith('ه') && counts.count(norm) >= COMMON_FEMININE && counts.count(`ال${norm}`) >= COMMON_FEMININE;
}

/** A new place mention over tokens [first, last). */
function placeOver(ctx: LinkContext, first: number, last: number): Found {
  const { tokens, text } = ctx;
  const start = tokens[first].start;
  const end = tokens[last - 1].end;
  return newFound({ start, end, text: text.slice(start, end), type: 'LOC', first, last });
}

/**
 * «من قرية "كوبر"», «لبلدة ميكسيكو بيتش», «ومنطقة شيرانت ماريتيم»: the tagger's person the gazetteer does not know,
 * right after an indefinite place noun (an opening quote between), is the place's name — a town named like a person
 * or after one. Not after a definite noun («في المنطقة جلال بورانفار»: an official of the region), nor after the
 * state nouns of NO_NEW_PLACE_AFTER («ولاية ترامب» is his term). The tagger's other persons of that text in the
 * article follow («(مستوطنة) آدم»). Round 36 (blind dev round 24).
 */
export function personsAfterPlaceNouns(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms } = ctx;
  const unknownPerson = (m: Found) => m.type === 'PER' && !m.target && !m.cues && !m.apposedTo;
  const places = new Set<string>();
  for (const m of found) {
    if (!unknownPerson(m)) continue;
    let i = m.first - 1;
    if (i > 0 && OPENING_QUOTES.has(tokens[i].text)) i--;
    if (i < 0 || tokens[i].kind !== 'arabic' || !(ctx.flags[i] & PLACE_DESCRIPTOR)) continue;
    if (NO_NEW_PLACE_AFTER.has(wordOf(forms, i)) || DEFINITE_WORD.test(forms.norms[i])) continue;
    places.add(nameKey(m.text));
  }
  if (places.size === 0) return;
  for (const m of found) if (unknownPerson(m) && places.has(nameKey(m.text))) m.type = 'LOC';
}

/** Seen this often in the news word counts, a word (or its definite form) is a common word. */
const COMMON_FEMININE = 10;

/**
 * «منطقة محظورة», «قرى موزعة», «منطقة ريفية», «ولاية رابعة»: an indefinite feminine word right after a place noun
 * agrees with it as an adjective; when the gazetteer knows no place by it and it reads as an adjective — a common
 * word whose definite form is common too («المحظورة», «الريفية»), or a participle in «م» («موزعة», «محاصرة») — the
 * tagger's one-word place there is no name. Town names that are words seldom take the article and stay («بلدة
 * حمورية», «حي برزة», «مدينة ريدة»), and so do rare words («منطقة هران»), definite names («منطقة الغوطة») and
 * known places («مدينة غزة»).
 */
export function dropAdjectivesAfterPlaceNouns(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms } = ctx;
  for (let k = found.length - 1; k >= 0; k--) {
    const m = found[k];
    if (m.type !== 'LOC' || m.target || m.cues || m.last - m.first !== 1) continue;
    const i = m.first - 1;
    if (i < 0 || !(ctx.flags[i] & PLACE_DESCRIPTOR) || tokens[i].kind !== 'arabic') continue;
    const t = tokens[m.first];
    const norm = forms.norms[m.first];
    if (t.kind !== 'arabic' || t.proclitics.length > 0 || t.enclitic !== '' || norm.startsWith('ال')) continue;
    if (!norm.endsWith('ه') || cliticAnalyzer().count(norm) < COMMON_FEMININE) continue;
    const participle = norm.startsWith('م') && norm.length >= 5;
    if (participle || cliticAnalyzer().count(`ال${norm}`) >= COMMON_FEMININE) found.splice(k, 1);
  }
}

const MAX_QUOTED_WORDS = 4;

/** Organization descriptors, and nouns that are part of a name («صندوق "تحيا مصر"», «بنك "عودة"»), open a quoted name. */
function opensQuotedName(type: DescriptorType | undefined): boolean {
  return type === 'ORG' || type === 'ORGNAME';
}

/** The organization descriptor token i is, also with a proclitic the tokenizer left glued («لوكالة»), as a key. */
function orgDescriptorAt(cues: Cues, tokens: readonly Token[], forms: TokenForms, i: number): string | undefined {
  const t = tokens[i];
  if (t.kind !== 'arabic' || t.proclitics.includes('ك')) return undefined;
  const word = wordOf(forms, i);
  if (opensQuotedName(cues.descriptors.get(word))) return word;
  const bare = word.slice(1);
  return /^[وفبل]/.test(word) && opensQuotedName(cues.descriptors.get(bare)) ? bare : undefined;
}

/** The end of one to four Arabic words in quotes opening at token q, or -1 (a Latin original is read elsewhere). */
function quotedEnd(tokens: readonly Token[], q: number): number {
  if (!OPENING_QUOTES.has(tokens[q]?.text ?? '')) return -1;
  let k = q + 1;
  while (k < tokens.length && k - q <= MAX_QUOTED_WORDS && tokens[k].kind === 'arabic') k++;
  if (k === q + 1 || k - q - 1 > MAX_QUOTED_WORDS || !CLOSING_QUOTES.has(tokens[k]?.text ?? '')) return -1;
  return k;
}

/** The gazetteer organization a quote names, alone («"فيسبوك"») or with its descriptor («قناة "العربية"»). */
function quotedOrganization(g: Gazetteer, forms: TokenForms, descriptor: string, first: number, last: number) {
  const words = forms.norms.slice(first, last).join(' ');
  const candidates = [...g.lookupKey(words), ...g.lookupKey(`${descriptor} ${words}`)];
  return candidates.find((c) => c.entry.kind === 'org' && c.via !== 'demonym');
}

/**
 * «شركة "اوبر"», «حزب "نداء تونس"», «صحيفة "يني شفق"»: the quoted words right after an organization descriptor are
 * the organization's name (no «ك»: «كحزب "إرهابي"» is a comparison; nor one adjective of relation: «منظمة "إرهابية"»
 * is a label). Shorter mentions inside the quotes give way
 * («تونس» in «نداء تونس»); a gazetteer organization that is the whole quote is linked.
 */
export function quotedOrganizations(ctx: LinkContext, found: Found[]): void {
  const { g, cues, tokens, forms, text } = ctx;
  const quoted: Found[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    // Quote marks are one character: longer tokens are passed without hashing their text.
    const next = tokens[i + 1].text;
    if (next.length !== 1 || !OPENING_QUOTES.has(next)) continue;
    // A quote glued to the noun closes a quote («"دويتشه بنك" أيضا …»), it opens none.
    if (tokens[i + 1].start === tokens[i].end) continue;
    const descriptor = orgDescriptorAt(cues, tokens, forms, i);
    if (!descriptor) continue;
    const first = i + 2;
    const last = quotedEnd(tokens, i + 1);
    // «تصنفها منظمة "إرهابية"»: one quoted adjective is a scare-quoted label, not a name.
    if (last < 0 || (last - first === 1 && isNisbaAdjective(forms, first))) continue;
    const inside = found.filter((m) => m.first < last && first < m.last);
    if (inside.some((m) => m.first < first || m.last > last || (m.first === first && m.last === last))) {
      for (const m of inside) if (m.first === first && m.last === last && !m.target) m.type = 'ORG';
      continue;
    }
    for (const m of inside) found.splice(found.indexOf(m), 1);
    const org = quotedOrganization(g, forms, descriptor, first, last);
    // Inside quotes the whole word is the name: «موقع "واللا"» is Walla, not و + «اللا».
    const start = tokens[first].start;
    const end = tokens[last - 1].end;
    const name: Found = newFound({ start, end, text: text.slice(start, end), type: 'ORG', first, last });
    if (org) name.target = { kind: 'entry', entry: org.entry, via: org.via };
    // «قناة "العربية"» names the channel; «منطقتنا العربية» elsewhere is the adjective («"فتح"» is still Fatah).
    if (last - first === 1 && isCommonDefinite(forms.norms[first])) name.contextual = true;
    found.push(name);
    quoted.push(name);
  }
  if (quoted.length === 0) return;
  found.sort((a, b) => a.start - b.start);
  widenToQuotedNames(quoted, found, tokens, forms, text);
}

/**
 * Other occurrences of a quoted name of several words replace the shorter mentions inside them: after «حزب "نداء
 * تونس"», «كتلة نداء تونس» names the party, not Tunisia. (Propagation adds only uncovered occurrences.)
 */
function widenToQuotedNames(
  quoted: readonly Found[],
  found: Found[],
  tokens: readonly Token[],
  forms: TokenForms,
  text: string,
): void {
  for (const name of quoted) {
    const words = forms.norms.slice(name.first, name.last);
    if (words.length < 2) continue;
    for (let i = 0; i + words.length <= tokens.length; i++) {
      if (i === name.first || wordOf(forms, i) !== words[0]) continue;
      const last = i + words.length;
      if (!words.every((w, k) => k === 0 || forms.norms[i + k] === w)) continue;
      const inside = found.filter((m) => m.first < last && i < m.last);
      if (inside.length === 0 || inside.some((m) => m.first < i || m.last > last || m.last - m.first === words.length))
        continue;
      for (const m of inside) found.splice(found.indexOf(m), 1);
      const start = nameStart(tokens, forms, i);
      const end = tokens[last - 1].end;
      found.push({ ...name, start, end, text: text.slice(start, end), first: i, last, propagated: true });
    }
  }
  found.sort((a, b) => a.start - b.start);
}
