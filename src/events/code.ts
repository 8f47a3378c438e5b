// Event coding of one document: trigger words (data/events/triggers.tsv) with their source and target actors found
// in the trigger's own clause, flags for negation, modality and reported belief, and a date. Precision first: an
// event whose arguments cannot be found where the grammar puts them is not coded.
import type { WordAnalysis } from '../arabic/clitics.js';
import { normalizeForMatch } from '../arabic/normalize.js';
import { tokenWords } from '../arabic/words.js';
import type { Doc, EventRecord, Quote, Span, Token } from '../doc/types.js';
import { loadCues } from '../entities/cues.js';
import { type Actor, DEFINITE_FEMININE_DEMONYM, findActors, tokenForms, type WordForm, wordKeys } from './actors.js';
import {
  ACCEPT,
  ANSWERS,
  ANY_ANCHOR,
  BEHIND,
  CLAIM_START,
  CONDEMNS_WORD,
  CONSULTATION_WORD,
  COURT,
  DEMAND_WORD,
  ENVOY_WORD,
  HEAD_WORD,
  INVESTIGATE as INVESTIGATION_WORD,
  LIST_WORD,
  MEMBERS_WORD,
  MESSAGE_WORD,
  OBLIGATION,
  PERSUADE_WORD,
  PRONOUN_WORD,
  RECEIVE,
  REFERS_WORD,
  ENVOY_RETURN as RETURN_WORD,
  SPORT_WORD,
  STANDS,
  TRIAL,
  TRIGGER_FORM,
  tokenAnchors,
  WELCOMES_WORD,
} from './anchors.js';
import { officeGender, pronounSuffix, soleAntecedent } from './antecedents.js';
import { type ArgumentView, collectingCandidates, offerCandidates, type RuledEvent } from './arg-candidates.js';
import { type ClaimView, saidAgainBetween, verblessClaim, withoutObjectPronoun } from './claims.js';
import { addClauses, COMMAS, CONDITIONS, hasKey, QUOTES, type SentenceView, sentenceView } from './clauses.js';
import {
  type Agreement,
  type CueWords,
  type EventLexicon,
  eventLexicon,
  type FormHit,
  type Trigger,
} from './lexicon.js';
import { descriptionActors, unresolvedWord } from './referents.js';
import { type SubjectMemory, subjectMemory } from './subjects.js';

/** The contract's event, plus whether it is only reported as someone's belief or allegation. */
export interface CodedEvent extends EventRecord {
  reported?: boolean;
}

/** How far (in words) arguments are looked for around a trigger. */
const SUBJECT_BEFORE = 6;
const SUBJECT_AFTER = 2;
/** After a comma, words taking up what was said (، وهو ما …، وهو أمر …، الأمر الذي …): round 19. */
const COMMENT_OPENERS = new Set(['وهو', 'وهي', 'وهذا', 'الامر']);
/** The same and the bare pronouns: «ما» after them is the relative "what" (وهو ما تنفيه إيران), not "not". */
const COMMENT_HEADS = new Set([...COMMENT_OPENERS, 'هو', 'هي', 'هذا']);
const OBJECT_GAP = 1;
const COMPLEMENT_GAP = 0;
const WITH_WINDOW = 12;
const AFTER_NOUN_WINDOW = 3;
/** Words allowed between a verbal noun and its agent: an adjective (الهجوم العسكري التركي). */
const GENITIVE_GAP = 2;
const NEGATION_WINDOW = 3;
/** Words between a negation and the «أو» of a verb that shares it (لم تؤكد السلطات الألمانية أو تنفي). */
const OR_NEGATION_WINDOW = 5;
const MODAL_WINDOW = 8;
/**
 * Codes whose complement is the content of a claim or a threat (يهدد بالانسحاب وفرض عقوبات): triggers inside it
 * are not coded as events.
 */
const EMBEDDING_CODES = new Set(['112', '016', '130', '1312']);
/** A warning or threat, not specified (حذر، هدد): its content is embedded, but a misdeed it states is accused. */
const WARNING_CODE = '130';
/**
 * Appeals and demands (CAMEO 02, 10) embed their complement too: «سيدعو إلى إيجاد إطار لمفاوضات السلام مع إسرائيل»
 * asks for talks, it does not report them. A call to cooperate (03) is the exception: it is coded as intent (030).
 */
const APPEAL_ROOTS = new Set(['02', '10']);

interface Embedding {
  from: number;
  byAppeal: boolean;
  /** Opened by a noun of conditions or demands: a purpose with ل after it (شروطا للقاء …) is what they are for. */
  demand?: boolean;
  /** Opened by a rejected claim (رفض الاتهامات بأنها …): its content runs past a complementizer, not past a comma. */
  claim?: boolean;
  /** Opened by a warning or threat (130): a misdeed it says a party commits is still the speaker's accusation. */
  warning?: boolean;
}

/**
 * What a party rejects (CAMEO 120: رفض برلين ترحيل أتباع غولن، رفضت عرض وساطة تقدم به ماكرون) did not happen: like an
 * appeal's content, it is not coded, to the end of its comma segment. Only verbs of rejecting (args obj, and opt: a
 * rejected claim, whose content is embedded like a denial's): a vote against (صوت ضد) is also 120, and «صوت انفجارات»
 * (a sound) must not hide the blasts after it.
 */
const REJECT_CODE = '120';

const embeds = (trigger: Trigger) =>
  EMBEDDING_CODES.has(trigger.cameo.code) ||
  APPEAL_ROOTS.has(trigger.cameo.root) ||
  (trigger.cameo.code === REJECT_CODE && (trigger.args === 'obj' || trigger.args === 'opt'));

interface Context {
  doc: Doc;
  tokens: Token[];
  /** The word form of each token (its lookup keys and what they are), by token index. */
  forms: WordForm[];
  /** What each token may anchor (anchors.ts bits), by token index. */
  anchors: Uint32Array;
  /** The anchor bits of the sentence's words together (mayCodeEvents): rules whose cue word is absent are skipped. */
  sentenceAnchors: number;
  lex: EventLexicon;
  view: SentenceView;
  actors: Actor[];
  /** Place names of the sentence read as locations (في عفرين): not parties, but where an attack lands. */
  places: Actor[];
  subjects: SubjectMemory;
  /** Trigger readings by token index, once the sentence's actors are known (they are read by several rules). */
  readings?: Map<number, Trigger[]>;
  /** Tokens read as a passive killing verb (killedSubject): no other reading of the word is tried. */
  passives: Set<number>;
  /** ctx.actors by token, once they are final (indexActors). */
  actorIndex?: ActorIndex;
  /** The written word of each token (src/arabic/words.ts), when the tokenizer made the tokens in this process. */
  words: readonly (WordAnalysis | undefined)[] | undefined;
}

const inClause = (ctx: Context, i: number, j: number) =>
  j >= ctx.view.first &&
  j < ctx.view.last &&
  ctx.view.clause[i - ctx.view.first] === ctx.view.clause[j - ctx.view.first];
const keysOf = (ctx: Context, i: number) => ctx.view.keys[i - ctx.view.first];

/**
 * Whether one of token i's keys is in the cue set `name`: the answer is kept on the word form (a bit per set), so each
 * form asks each set once, where rules ask it of nearly every word of every sentence.
 */
function hasCue(ctx: Context, i: number, name: keyof CueWords): boolean {
  const form = ctx.forms[i];
  if (form.cueLexicon !== ctx.lex || !form.cues) {
    form.cues = new Int32Array(2 * CUE_WORDS);
    form.cueLexicon = ctx.lex;
  }
  const bit = cueBits(ctx.lex)[name];
  const word = bit >> 5;
  const mask = 1 << (bit & 31);
  if ((form.cues[word] & mask) === 0) {
    form.cues[word] |= mask;
    if (hasKey(form.keys, ctx.lex.cues[name])) form.cues[CUE_WORDS + word] |= mask;
  }
  return (form.cues[CUE_WORDS + word] & mask) !== 0;
}

/** 32-bit words of the cue masks: room for 128 cue sets (CueWords has about 75). */
const CUE_WORDS = 4;
let bitsOfCues: { lex: EventLexicon; bits: Record<keyof CueWords, number> } | undefined;

function cueBits(lex: EventLexicon): Record<keyof CueWords, number> {
  if (bitsOfCues?.lex !== lex) {
    const names = Object.keys(lex.cues) as (keyof CueWords)[];
    if (names.length > 32 * CUE_WORDS) throw new Error(`events: ${names.length} cue sets, room for ${32 * CUE_WORDS}`);
    bitsOfCues = { lex, bits: Object.fromEntries(names.map((n, b) => [n, b])) as Record<keyof CueWords, number> };
  }
  return bitsOfCues.bits;
}
const isAside = (ctx: Context, i: number) => ctx.view.aside[i - ctx.view.first];
const isWord = (t: Token) => t.kind === 'arabic' || t.kind === 'latin' || t.kind === 'number';

function actorAt(ctx: Context, i: number): Actor | undefined {
  const k = i - ctx.view.first;
  const index = ctx.actorIndex;
  if (index && k >= 0 && k < index.starting.length) return index.starting[k];
  return ctx.actors.find((a) => a.first === i);
}

function insideActor(ctx: Context, i: number): boolean {
  const k = i - ctx.view.first;
  const index = ctx.actorIndex;
  if (index && k >= 0 && k < index.inside.length) return index.inside[k] === 1;
  return ctx.actors.some((a) => a.first <= i && i < a.last);
}

/** Where the sentence's actors start and what they cover, by token (from view.first): read at almost every word. */
interface ActorIndex {
  /** The first actor of ctx.actors starting at each token. */
  starting: (Actor | undefined)[];
  /** 1 where some actor covers the token. */
  inside: Uint8Array;
}

/** Indexes ctx.actors once they are final for the sentence (they are not changed afterwards). */
function indexActors(ctx: Context): void {
  const size = ctx.view.last - ctx.view.first;
  const starting = new Array<Actor | undefined>(size).fill(undefined);
  const inside = new Uint8Array(size);
  for (const a of ctx.actors) {
    const k = a.first - ctx.view.first;
    if (k >= 0 && k < size) starting[k] ??= a;
    inside.fill(1, Math.max(0, k), Math.min(size, a.last - ctx.view.first));
  }
  ctx.actorIndex = { starting, inside };
}

/** Tokens that may stand between a word and the actor it introduces: titles, punctuation, time expressions. */
function isBridge(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (!isWord(t)) return t.text !== '«' && t.text !== '"';
  if (inTimeExpression(ctx, i)) return true;
  // Anchor bits (anchors.ts): isWord tokens that are no Arabic word are in neither cue set.
  if (ctx.anchors[i] & MEMBERS_WORD) return actorAt(ctx, i + 1)?.kind === 'igo';
  // «وشكر كل من فرنسا وبريطانيا»: «كل من» right before a party introduces the list (round 45).
  if (ctx.anchors[i] & LIST_WORD) return ctx.tokens[i + 1]?.norm === 'من' && !!actorAt(ctx, i + 2);
  if (t.norm === 'من' && listBefore(ctx, i + 1) >= 0) return !!actorAt(ctx, i + 1);
  return (ctx.anchors[i] & HEAD_WORD) !== 0;
}

/** The index of «كل» when «كل من» stands right before token k (bare «كل» or with a glued particle), else -1. */
function listBefore(ctx: Context, k: number): number {
  const j = k - 2;
  return j >= ctx.view.first && (ctx.anchors[j] & LIST_WORD) !== 0 && ctx.tokens[j + 1].norm === 'من' ? j : -1;
}

/** The first actor at or after token i, within `gap` bridge words, in the same clause and outside asides. */
function actorAfter(ctx: Context, from: number, i: number, gap: number): Actor | undefined {
  let skipped = 0;
  for (let j = i; j < ctx.view.last && inClause(ctx, from, j); j++) {
    const actor = actorAt(ctx, j);
    if (actor && !isAside(ctx, j)) return actor;
    if (!isBridge(ctx, j) || isAside(ctx, j)) {
      if (isWord(ctx.tokens[j]) && !isAside(ctx, j)) skipped++;
    }
    if (skipped > gap) return undefined;
  }
  return undefined;
}

/** The actor ending nearest before token i, within `window` words, in the same clause and outside asides. */
function actorBefore(ctx: Context, i: number, window: number): Actor | undefined {
  let words = 0;
  for (let j = i - 1; j >= ctx.view.first && inClause(ctx, i, j); j--) {
    const actor = ctx.actors.find((a) => a.last - 1 === j);
    // A complement with a glued particle is passed over: the subject may stand before it (وفدا أميركيا يضم أعضاء في
    // المجلس البلدي لنيويورك يزور …).
    if (actor && !isAside(ctx, actor.first) && !gluedParticle(ctx, actor))
      return governed(ctx, actor) || backer(ctx, actor) ? undefined : actor;
    if (isWord(ctx.tokens[j]) && !isAside(ctx, j)) words++;
    if (words > window) return undefined;
  }
  return undefined;
}

/** Words between «من» after a passive participle and the backer's demonym (من القوات المسلحة التركية). */
const BACKER_GAP = 3;

/**
 * «وحدات من الجيش السوري الحر مدعومة من القوات المسلحة التركية سيطرت على …»: the party after «من (قبل)» that follows
 * a passive participle is who backs (or trains, arms) the noun before it, not the subject of the verb after it
 * (round 27); so after a noun of backing with ب («وتستعد دمشق، بدعم من حليفتيها روسيا وإيران، لشن هجوم»; round 55).
 */
function backer(ctx: Context, a: Actor): boolean {
  if (backedByVerb(ctx, a)) return true;
  for (let k = a.first - 1; k >= ctx.view.first && k >= a.first - BACKER_GAP; k--) {
    if (ctx.tokens[k].norm !== 'من') continue;
    return k - 1 >= ctx.view.first && (PASSIVE_PARTICIPLE.test(ctx.tokens[k - 1].norm) || backingNoun(ctx, k - 1));
  }
  return false;
}

/** «بدعم من»، «وبمساندة من»: a noun of backing with its glued ب (cue `backing`; round 55). */
function backingNoun(ctx: Context, k: number): boolean {
  return bareOrAfterAnd(ctx.lex.cues.backing, ctx.tokens[k].norm);
}

/** A word of `words`, bare or with و glued to it (والذي، وبدعم). */
function bareOrAfterAnd(words: ReadonlySet<string>, norm: string): boolean {
  return words.has(norm) || (norm.startsWith('و') && words.has(norm.slice(1)));
}

/**
 * «سيطرت قوات تدعمها تركيا على …»، «استهداف منشآت تدعمها روسيا»: the party right after a verb of backing with an
 * object pronoun (the noun before it) backs that noun; it is not the subject, genitive or object of the act around it
 * (round 52, as round 27's «مدعومة من»).
 */
function backedByVerb(ctx: Context, a: Actor): boolean {
  const k = a.first - 1;
  return k > ctx.view.first && isWord(ctx.tokens[k]) && hasObjectPronoun(ctx, k) && supportVerb(ctx, k);
}

/**
 * «اجتمع بالأمين العام للأمم المتحدة أنطونيو غوتيريش الذي أجرى مؤخرا اجتماعا مع ولي العهد السعودي»: a relative
 * pronoun followed by its verb (a word that is no preposition, pronoun or definite noun) opens a clause of its own
 * between a verb and a particle; the particle is the relative verb's (round 52).
 */
function relativeClauseBetween(ctx: Context, from: number, to: number, source: Actor | undefined): boolean {
  for (let k = to - 2; k >= from; k--) {
    // «هدد … ماتيو سالفيني، الذي يرأس حزب الرابطة …، بقطع تمويل بلاده»: the subject's own relative clause is an
    // apposition; the particle after it is still the verb's.
    if (opensRelativeClause(ctx, k) && !(source && antecedentActor(ctx, k + 1)?.country === source.country))
      return true;
  }
  return false;
}

/** A relative pronoun followed by a word that may be its verb (no preposition, pronoun or definite noun). */
function opensRelativeClause(ctx: Context, k: number): boolean {
  if (k + 1 >= ctx.view.last || !ctx.lex.cues.relative.has(ctx.tokens[k].norm) || insideActor(ctx, k)) return false;
  const next = ctx.tokens[k + 1];
  return (
    next.kind === 'arabic' &&
    !next.proclitics.includes('ال') &&
    !ctx.lex.cues.preposition.has(next.norm) &&
    !RELATIVE_NOMINAL.has(next.norm)
  );
}

/** The relative pronoun after token `from` and before `to` that opens a verb's clause (relativeClauseBetween), or -1. */
function lastRelativeClause(ctx: Context, from: number, to: number): number {
  for (let k = to - 2; k >= from; k--) if (opensRelativeClause(ctx, k)) return k;
  return -1;
}

/**
 * «الأمين العام للأمم المتحدة أنطونيو غوتيريش الذي أجرى مؤخرا اجتماعا مع ولي العهد»: a verbal noun inside a
 * relative clause that opens after the clause subject is the relative clause's act: its subject is the party right
 * after a relative verb with the pronoun that refers back («القاعدة التي تستخدمها روسيا في شن الغارات»), else the
 * antecedent right before the pronoun (round 52). With neither, or with punctuation between the pronoun and the noun
 * (the relative clause may have closed), the clause subject stays («المؤتمر الصحفي الذي عقد في ختام زيارة إلى بيروت»).
 */
function relativeClauseSubject(ctx: Context, subject: Actor, i: number): Actor | undefined {
  const k = lastRelativeClause(ctx, subject.last, i);
  if (k < 0 || punctuationBetween(ctx, k, i)) return subject;
  const inside = hasObjectPronoun(ctx, k + 1) ? actorAt(ctx, k + 2) : undefined;
  const antecedent = antecedentActor(ctx, k + 1);
  // «المسؤولين الروس والسوريين الذين شاركوا في الاجتماعات»: the antecedent is the whole coordination.
  return inside ?? (antecedent && coordinationHead(ctx, antecedent)) ?? subject;
}

/** A token that is no word (a comma, a dash, a quote) strictly between two tokens. */
function punctuationBetween(ctx: Context, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (!isWord(ctx.tokens[k])) return true;
  return false;
}

/** Words right after a relative pronoun that open a nominal clause, not a verb's. */
const RELATIVE_NOMINAL = new Set(['هو', 'هي', 'هم', 'هما', 'هن']);

/** An actor right after a preposition (من سوريا) is its complement, not a subject or genitive. */
function governed(ctx: Context, a: Actor): boolean {
  const prev = ctx.tokens[a.first - 1];
  if (a.first <= ctx.view.first || !prev) return false;
  // «عقوبات على كل من إيران وسوريا»، «زيارته لكل من الصين وروسيا»، «وشكر كل من فرنسا وبريطانيا»: a party after «كل
  // من» is governed as «كل» is, by a preposition before it or a glued ب/ل, never by «من» (round 45).
  const list = listBefore(ctx, a.first);
  if (list >= 0) {
    const before = ctx.tokens[list - 1];
    const glued = ctx.tokens[list].proclitics.some((c) => c === 'ب' || c === 'ل');
    return glued || (list > ctx.view.first && !!before && ctx.lex.cues.preposition.has(before.norm));
  }
  return ctx.lex.cues.preposition.has(prev.norm) || allyOf(ctx, a.first - 1);
}

/**
 * «حذرت طهران حليفة دمشق»، «الحليفة للولايات المتحدة»: the party right after a word of alliance in the construct says
 * whose ally someone is; it is no subject, object or genitive of the act. Not with a pronoun: «حليفه الأسد» (his ally
 * Assad), written with ه, names the ally itself (round 31).
 */
function allyOf(ctx: Context, j: number): boolean {
  return hasCue(ctx, j, 'ally') && !ctx.tokens[j].text.endsWith('ه');
}

/**
 * «في اليوم الثاني من زيارته للمملكة المتحدة، اجتمع …»: a name with a glued ب/ل (للمملكة، بروسيا) is that particle's
 * complement, never the subject of a verb after it.
 */
function gluedParticle(ctx: Context, a: Actor): boolean {
  return ctx.tokens[a.first].proclitics.some((c) => c === 'ب' || c === 'ل');
}

/** Words between an attack noun and the مع that names its partners (العملية العسكرية مع الولايات المتحدة). */
const PARTNER_GAP = 2;
const WITH = new Set(['مع']);

/**
 * «مشاركة فرنسا في العملية العسكرية مع الولايات المتحدة وبريطانيا في سوريا»: the parties after مع right after an
 * attack noun attack with its agent.
 */
function partners(ctx: Context, trigger: Trigger, i: number): Actor[] {
  if (trigger.type !== 'ASSAULT') return [];
  const p = particleIndex(ctx, WITH, i + 1);
  return p >= 0 && wordsBetween(ctx, i, p) <= PARTNER_GAP ? complement(ctx, p, trigger) : [];
}

/**
 * Words looked back from a verbal noun for a verb of undergoing (ويواجه القس الأمريكي اتهامات; round 19, 4 → 6: «تعرّض
 * جاسوس روسي برفقة ابنته إلى محاولة اغتيال»).
 */
const UNDERGO_BEFORE = 6;

/**
 * «ويواجه القس الأمريكي اتهامات تركية»، «تعرضت سوريا لهجوم إسرائيلي»: the subject of a verb of undergoing before
 * a verbal noun (after it, or before it) is the party the noun's act falls on, and never its agent.
 */
function undergoerOf(ctx: Context, i: number): Actor | undefined {
  for (let u = i - 1, words = 0; u >= ctx.view.first && inClause(ctx, i, u) && words <= UNDERGO_BEFORE; u--) {
    if (!isWord(ctx.tokens[u])) continue;
    words++;
    if (!hasCue(ctx, u, 'undergo')) continue;
    // «فرنسا تعرض الوساطة»: without ل on the noun, تعرض "offers" (round 13).
    // «تعرّض جاسوس روسي برفقة ابنته إلى محاولة اغتيال»: with إلى (or ل on a word before the noun) it is undergoing
    // too (round 19).
    if (ctx.tokens[u].norm.includes('تعرض') && !ctx.tokens[i].proclitics.includes('ل') && !undergoneWith(ctx, u, i))
      return undefined;
    const after = actorAfter(ctx, u, u + 1, 1);
    return after && after.last <= i ? after : actorBefore(ctx, u, SUBJECT_BEFORE);
  }
  return undefined;
}

/** «تعرض … إلى محاولة اغتيال»، «تعرض … لمحاولة اغتيال»: إلى, or a word with a glued ل, between تعرض at u and i. */
function undergoneWith(ctx: Context, u: number, i: number): boolean {
  for (let k = u + 1; k < i; k++) {
    if (ctx.tokens[k].norm === 'الي' || ctx.tokens[k].proclitics.includes('ل')) return true;
  }
  return false;
}

/**
 * «حذرت الشرطة البريطانية من السفر إلى سوريا»، «تحذيرا لرعاياها من السفر للعراق»: what a warning is about follows
 * من; a particle after it belongs to that content (the travel), not to the warning.
 */
function warnedAbout(ctx: Context, trigger: Trigger, i: number, p: number): boolean {
  if (trigger.type !== 'THREATEN' || p < 0) return false;
  for (let k = i + 1; k < p; k++) if (ctx.tokens[k].norm === 'من') return true;
  return false;
}

/**
 * «حذر … نتانياهو، من أن إيران تسعى …»، «محذرا من نوايا إيران»، «حذر عدد من الفصائل الفلسطينية، الجمعة، من قرار
 * الإدارة الأميركية»: a party after the من of a warning is what the warning is about, not the one warned; only a
 * direct object before من is (حذر روحاني الولايات المتحدة من …). Round 13.
 */
function warnedOf(ctx: Context, trigger: Trigger, after: number, object: Actor): boolean {
  if (trigger.type !== 'THREATEN') return false;
  for (let k = after; k < object.first; k++) if (ctx.tokens[k].norm === 'من') return true;
  return false;
}

/** Words strictly between tokens i and j. */
function wordsBetween(ctx: Context, i: number, j: number): number {
  let words = 0;
  for (let k = i + 1; k < j; k++) if (isWord(ctx.tokens[k])) words++;
  return words;
}

/** احتجاجا على اعتقال طهران: a preposition between a verbal noun and an actor makes the actor no genitive of it. */
function prepositionBetween(ctx: Context, i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) if (ctx.lex.cues.preposition.has(ctx.tokens[k].norm)) return true;
  return false;
}

/** «عن الاجتماع، مثل بوريس جونسون»: a comma ends the noun phrase; what follows is no genitive of the noun. */
function commaBetween(ctx: Context, i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) if (COMMAS.has(ctx.tokens[k].text)) return true;
  return false;
}

/** The last comma from token i up to j (exclusive), or -1. */
function commaAfter(ctx: Context, i: number, j: number): number {
  for (let k = j - 1; k >= i; k--) if (COMMAS.has(ctx.tokens[k].text)) return k;
  return -1;
}

/** The first actor of the clause before token i: the subject of the verb that governs a verbal noun. */
function clauseSubject(ctx: Context, i: number): Actor | undefined {
  let from = ctx.view.first;
  for (let j = i - 1; j > ctx.view.first; j--) {
    if (ctx.lex.cues.complementizer.has(ctx.tokens[j].norm)) {
      from = j + 1;
      break;
    }
  }
  for (let j = from; j < i; j++) {
    if (!inClause(ctx, i, j) || isAside(ctx, j)) continue;
    const actor = actorAt(ctx, j);
    // «بعد أن تم نقل الأموال إلى العراق باشرت السعودية … بفرض حصار»: an actor right after a preposition is its
    // complement, never the clause's subject (round 21); not after بين or «كل من», which name the parties
    // themselves («عقد رؤساء كل من تركيا وإيران وروسيا قمة»، «الأزمة الخليجية بين قطر … والسعودية»).
    if (actor && actor.last <= i && governed(ctx, actor) && !namesParties(ctx, actor) && !bodyOfMembers(ctx, actor)) {
      // «بايفاد عناصر الى سوريا والعراق»: the parties joined to the complement with و are complements too (round 31).
      j = Math.max(actor.last, ...coordinated(ctx, actor).map((a) => a.last)) - 1;
      continue;
    }
    if (actor) return actor.last <= i ? actor : undefined;
  }
  return undefined;
}

/**
 * «إن قادة الدول الأعضاء في الاتحاد أعربوا عن تضامنهم مع قبرص»: an international body after «الأعضاء في» acts
 * through its members; it is the clause's subject though a preposition governs it (round 37; membersOfBody reads the
 * same words as a complement).
 */
function bodyOfMembers(ctx: Context, a: Actor): boolean {
  return (
    a.kind === 'igo' &&
    a.first - 2 >= ctx.view.first &&
    ctx.tokens[a.first - 1].norm === 'في' &&
    hasCue(ctx, a.first - 2, 'members')
  );
}

/** «بين قطر …»، «كل من تركيا وإيران»: a preposition that introduces the parties themselves. */
function namesParties(ctx: Context, a: Actor): boolean {
  const prev = ctx.tokens[a.first - 1].norm;
  return prev === 'بين' || (prev === 'من' && a.first - 2 >= ctx.view.first && ctx.tokens[a.first - 2].norm === 'كل');
}

/**
 * «رفضت منها دول في الاتحاد الأوروبي مثل اليونان والبرتغال»: a party right after «مثل», and the parties coordinated
 * with it, are examples of the noun before «مثل» (round 55). That noun (دول، بلدانا) is the verb's argument, so they
 * are not its subject or direct object found by distance.
 */
function exampleItem(ctx: Context, actor: Actor): boolean {
  for (const head of ctx.actors) {
    if (head.first > actor.first || head.first <= ctx.view.first) continue;
    if (ctx.tokens[head.first - 1].norm !== EXAMPLE_WORD) continue;
    if (head === actor || coordinated(ctx, head).includes(actor)) return true;
  }
  return false;
}

const EXAMPLE_WORD = 'مثل';

/**
 * Actors coordinated after `actor` with و (بيونغ يانغ وموسكو; كوريا الجنوبية والولايات المتحدة واليابان), and the
 * other parties a pair name stands for (الكوريتان).
 */
function coordinated(ctx: Context, actor: Actor): Actor[] {
  // «الكوريتان»: one name for two parties (the linker gives one actor per country on the same span).
  const out: Actor[] = ctx.actors.filter((a) => a !== actor && a.first === actor.first && a.last === actor.last);
  let current = actor;
  for (;;) {
    let next = current.last;
    // «بين النائب العام المصري، نبيل صادق، ونظيره الإيطالي»: a comma may close an apposition before «و + title».
    if (COMMAS.has(ctx.tokens[next]?.text) && (headAfterAnd(ctx, next + 1) || demonymAfterAnd(ctx, next + 1))) next++;
    next = pastLocation(ctx, next);
    if (next >= ctx.view.last || !inClause(ctx, actor.first, next)) return out;
    const token = ctx.tokens[next];
    // The و must be a conjunction peeled off the name, not its first letter (واشنطن، وارسو).
    const glued = actorAt(ctx, next);
    const conj = token.norm.startsWith('و') && glued && glued.start > token.start ? glued : undefined;
    const viaHead = token.norm === 'و' || headAfterAnd(ctx, next) ? actorAfter(ctx, next, next + 1, 1) : undefined;
    // «الإيرانية البريطانية»، «الضربات الأمريكية البريطانية»: a demonym right after another qualifies the same noun.
    const joint =
      current.kind === 'demonym' && glued && glued.first === next && ['demonym', 'person'].includes(glued.kind)
        ? glued
        : undefined;
    const found = conj ?? viaHead ?? joint;
    if (!found) return out;
    out.push(found);
    current = found;
  }
}

/**
 * «مواجهات بين الفلسطينيين والجيش الإسرائيلي»: the «بين» of a clash noun names its parties only near it (GENITIVE_GAP
 * words); further on («"اشتباكا" تركيا عربيا، تجلى عبر مداخلةٍ وردٍّ بين وزير الخارجية التركي …») it is another
 * phrase's, and the clash one of words. Round 35.
 */
function clashParticle(ctx: Context, trigger: Trigger, i: number, found: number): number {
  if (found < 0 || trigger.args !== 'sym' || trigger.type !== 'ASSAULT' || ctx.tokens[found].norm !== 'بين')
    return found;
  return wordsBetween(ctx, i, found) > GENITIVE_GAP ? -1 : found;
}

/**
 * «المواجهات بين الفلسطينيين في قطاع غزة والجنود الإسرائيليين»: a location after a party («في» + a place) is passed
 * over when «و» + a title or body word follows it (the next conjunct names a party of its own); elsewhere the place
 * may itself be a conjunct («في غزة والضفة الغربية»). Round 35.
 */
function pastLocation(ctx: Context, next: number): number {
  if (ctx.tokens[next]?.norm !== 'في' || next + 1 >= ctx.view.last) return next;
  const place = ctx.places.find((a) => a.first === next + 1);
  return place && headAfterAnd(ctx, place.last) ? place.last : next;
}

/**
 * «السعودية وقطر قد أيدتا»: the subject found nearest before a verb may be the last of coordinated parties; their
 * group starts at the first.
 */
function coordinationHead(ctx: Context, actor: Actor): Actor {
  let head = actor;
  for (;;) {
    const t = ctx.tokens[head.first];
    // «القوات التركية والجيش السوري الحر يحاصران …»: a demonym whose noun carries the و is coordinated too (round 30).
    const noun = head.kind === 'demonym' ? ctx.tokens[head.first - 1] : undefined;
    if (noun && noun.proclitics[0] === 'و' && isWord(noun)) {
      const prev = ctx.actors.find((a) => a.last === head.first - 1);
      if (!prev || !inClause(ctx, actor.first, prev.first) || isAside(ctx, prev.first)) return head;
      head = prev;
      continue;
    }
    if (!t.norm.startsWith('و') || t.proclitics[0] !== 'و') return head;
    const prev = ctx.actors.find((a) => a.last === head.first);
    if (!prev || !inClause(ctx, actor.first, prev.first) || isAside(ctx, prev.first)) return head;
    head = prev;
  }
}

/**
 * «الرئيسان الأميركي دونالد ترامب، والفرنسي إيمانويل ماكرون»: a bare demonym with و glued to it (its noun shared with
 * the first conjunct's) continues the coordination past the comma of the first name (round 36).
 */
function demonymAfterAnd(ctx: Context, j: number): boolean {
  const t = ctx.tokens[j];
  const a = t && j < ctx.view.last && t.proclitics[0] === 'و' ? actorAt(ctx, j) : undefined;
  return a?.kind === 'demonym' && a.first === j;
}

/**
 * وزير، ونظيره: a title with a conjunction glued to it, which introduces a coordinated party. «وراعييه» (a dual with a
 * pronoun the word analysis leaves whole): و before a word of the head list is the conjunction too (round 36).
 */
function headAfterAnd(ctx: Context, j: number): boolean {
  const t = ctx.tokens[j];
  if (!t || j >= ctx.view.last) return false;
  if (t.proclitics.length === 0 && t.norm.startsWith('و')) return ctx.lex.cues.head.has(t.norm.slice(1));
  return t.proclitics[0] === 'و' && hasCue(ctx, j, 'head');
}

function particleIndex(ctx: Context, particles: Set<string>, from: number): number {
  for (let j = from; j < ctx.view.last && inClause(ctx, from, j); j++) {
    const t = ctx.tokens[j];
    if (!isWord(t) || isAside(ctx, j)) continue;
    // «التقى مون الجنرال كيم ودعا بيونغ يانغ إلى فتح حوار مع واشنطن»: a conjoined verb starts a clause of its own
    // (not a word that may be a verbal noun too: بالانسحاب منه وفرض عقوبات على إيران).
    if (j > from && isConjoined(ctx, j) && onlyVerb(ctx, j)) return -1;
    // «دعم الإخوان … والتنازل عن السيادة لإيران وتركيا»: a conjoined verbal noun opens the next item of a list of
    // acts; a particle after it is that item's (round 55).
    if (j > from + 1 && isConjoined(ctx, j) && isTriggerForm(ctx, j) && nounItem(ctx, j)) return -1;
    // «اعترف أيضاً أن زوجته السورية … بالفلبين»: a bare أن/إن opens a clause of its own; a particle in it is not the
    // trigger's (round 21).
    if (j > from && openingComplementizer(ctx, j)) return -1;
    // «جبهة النصرة التابعة لتنظيم القاعدة»: a ل after a word of affiliation is that word's, not the trigger's; so
    // after a word of alliance («ودول الخليج الأخرى الحليفة للولايات المتحدة»; round 31).
    if (t.norm.startsWith('ل') && j > from && (hasCue(ctx, j - 1, 'affiliation') || allyOf(ctx, j - 1))) continue;
    // «حذر عدد من الفصائل الفلسطينية … من قرار …»: the من of a quantity is partitive, not the trigger's (round 49).
    if (t.norm === 'من' && j > from && hasCue(ctx, j - 1, 'quantity')) continue;
    if (particles.has(t.norm)) return j;
    // بروسيا, or a glued title before the actor: بالرئيس الأمريكي; not a name that starts with the letter (بوريس).
    const glued = /^[بل]/.test(t.norm) && particles.has(t.norm[0]) && t.proclitics[0] === t.norm[0];
    if (glued && (actorAt(ctx, j) || (isBridge(ctx, j) && actorAfter(ctx, j, j + 1, 0)))) return j;
    if (glued && t.stem === 'ما' && pastNaming(ctx, j) > j) return j;
    // «أشاد بسياسة القبضة الحديدية التي يتبعها نظيره الفلبيني»: a noun glued to the particle whose relative verb names
    // its author (round 42).
    if (glued && authorOfPhrase(ctx, j, j)) return j;
  }
  return -1;
}

/**
 * The complement of a particle: an actor glued to it (لروسيا), right after it (مع زعماء الولايات المتحدة), or a
 * noun phrase that a demonym qualifies (عن صحافيين ألمانيين، ضد مشروع قرار أمريكي).
 */
function complement(ctx: Context, p: number, trigger: Trigger): Actor[] {
  const named = pastNaming(ctx, p);
  const bare = ctx.lex.particleWords.has(ctx.tokens[p].norm) || named > p;
  const from = named > p ? named : pastQuantity(ctx, p + 1);
  const first =
    actorAt(ctx, p) ??
    actorAfter(ctx, p, from, COMPLEMENT_GAP) ??
    enumeratedParty(ctx, from) ??
    membersOfBody(ctx, p, from) ??
    (bare ? (qualifiedPhrase(ctx, p, from, aimsAtPlace(trigger)) ?? authorOfPhrase(ctx, p, from)) : undefined) ??
    phraseNounGenitive(ctx, p, trigger) ??
    (bare ? undefined : authorOfPhrase(ctx, p, p));
  if (!first) return [];
  const rest = coordinated(ctx, first);
  const pastRelative =
    rest.length === 0 && ctx.tokens[p].norm === 'بين' ? partnerPastRelative(ctx, p, first) : undefined;
  return pastRelative ? [first, pastRelative, ...coordinated(ctx, pastRelative)] : [first, ...rest];
}

/**
 * «اندلعت مواجهات بين مئات المتظاهرين الفلسطينيين الذين أشعلوا عشرات إطارات السيارات والجيش الإسرائيلي»: after «بين»
 * a first party whose relative clause follows it has its partner after that clause, written «و» + a title or body
 * (cue `head`: الجيش، القوات) and the party; the first such in the clause of «بين» is the second party (round 37).
 */
function partnerPastRelative(ctx: Context, p: number, first: Actor): Actor | undefined {
  if (first.last >= ctx.view.last || !ctx.lex.cues.relative.has(ctx.tokens[first.last].norm)) return undefined;
  for (let j = first.last + 1; j < ctx.view.last && inClause(ctx, p, j); j++) {
    if (!headAfterAnd(ctx, j)) continue;
    const partner = actorAfter(ctx, j, j + 1, 1);
    return partner && partner.country !== first.country ? partner : undefined;
  }
  return undefined;
}

/**
 * «يتفق مع تقييم حكومة المملكة المتحدة»: the trigger's phrase noun (`with`) right after its particle, and the party its
 * genitive names (titles and bodies between), are the complement. Round 35.
 */
function phraseNounGenitive(ctx: Context, p: number, trigger: Trigger): Actor | undefined {
  const noun = p + 1;
  if (trigger.with.size === 0 || noun + 1 >= ctx.view.last || !hasKey(keysOf(ctx, noun), trigger.with))
    return undefined;
  const party = actorAfter(ctx, p, noun + 1, 0);
  return party && party.kind !== 'place' && !isAside(ctx, party.first) ? party : undefined;
}

/**
 * «اجتمع ولي العهد السعودي … مع أعضاء من مجلس الشيوخ الأمريكي»: members (cue `members`) «من» or «في» a body a demonym
 * qualifies, or an international body, stand for it; not a group's members (أعضاء في جماعة الإخوان: round 25), which
 * neither is (round 33).
 */
function membersOfBody(ctx: Context, p: number, from: number): Actor | undefined {
  if (from + 2 >= ctx.view.last || !hasCue(ctx, from, 'members')) return undefined;
  if (!['من', 'في'].includes(ctx.tokens[from + 1].norm)) return undefined;
  const igo = actorAt(ctx, from + 2);
  if (igo) return igo.kind === 'igo' ? igo : undefined;
  return qualifiedPhrase(ctx, p, from + 2);
}

/** Words before a plural of countries (دخول رعايا 6 دول) and adjectives after it (دول عربية) in a listed complement. */
const ENUMERATION_BEFORE = 3;
const ENUMERATION_ADJECTIVES = 2;

/**
 * «على دخول رعايا 6 دول عربية وهي العراق وإيران …»، «عقوبات على ثلاث دول هي …»: a complement that is a plural of
 * countries with its members listed after «هي» is the list (the first party here; `coordinated` adds the rest).
 * Only countries and capitals, and only within the clause (round 33).
 */
function enumeratedParty(ctx: Context, from: number): Actor | undefined {
  let j = from;
  for (let n = 0; j < ctx.view.last && !hasCue(ctx, j, 'enumerated'); n++, j++) {
    if (n >= ENUMERATION_BEFORE || !inClause(ctx, from, j) || actorAt(ctx, j) || !isWord(ctx.tokens[j]))
      return undefined;
  }
  if (j >= ctx.view.last) return undefined;
  j++;
  for (let n = 0; j < ctx.view.last && !hasCue(ctx, j, 'enumerator'); n++, j++) {
    if (n >= ENUMERATION_ADJECTIVES || !isPlainWord(ctx, j) || actorAt(ctx, j)) return undefined;
  }
  if (j + 1 >= ctx.view.last || !inClause(ctx, from, j + 1)) return undefined;
  const k = ctx.tokens[j + 1].text === ':' ? j + 2 : j + 1;
  const party = actorAt(ctx, k);
  return party && (party.kind === 'country' || party.kind === 'capital') && !isAside(ctx, k) ? party : undefined;
}

/**
 * «ندد بما اعتبره "تدخلات إيرانية سافرة"»، «على ما وصفه …»: where the complement of the particle at p starts when it
 * is «ما» and a verb of calling (the subject's own name for it); p itself otherwise.
 */
function pastNaming(ctx: Context, p: number): number {
  const glued = ctx.tokens[p].stem === 'ما' && ctx.tokens[p].proclitics.length > 0;
  const what = glued ? p : ctx.tokens[p + 1]?.norm === 'ما' ? p + 1 : -1;
  const verb = what + 1;
  if (what < 0 || verb >= ctx.view.last || !ctx.lex.cues.naming.has(ctx.tokens[verb].norm)) return p;
  return verb + 1;
}

/** «مع عدد من الفصائل الفلسطينية»، «مع العشرات من …»: a quantity and its من stand before the complement. */
function pastQuantity(ctx: Context, j: number): number {
  const quantity = j + 1 < ctx.view.last && hasCue(ctx, j, 'quantity');
  return quantity && ctx.tokens[j + 1].norm === 'من' ? j + 2 : j;
}

/**
 * «ضد قرار صاغته واشنطن»، «ضد مشروع القرار الذي قدمته روسيا»: a noun phrase whose relative verb (with the pronoun
 * that refers back to the phrase) has a party right after it belongs to that party.
 */
function authorOfPhrase(ctx: Context, from: number, i: number): Actor | undefined {
  for (let j = i + 1; j <= i + PHRASE_HEAD_WORDS + RELATIVE_WORDS && j + 1 < ctx.view.last; j++) {
    const relative = ctx.lex.cues.relative.has(ctx.tokens[j].norm);
    const extra = j === i + PHRASE_HEAD_WORDS + RELATIVE_WORDS;
    // «تصريحات أدلى بها وزير الخارجية البريطاني»: the pronoun behind ب after the verb (round 41).
    const byBa = j > i + 1 && RESUMED_BY_BA.has(ctx.tokens[j].norm);
    // «الاتهامات التي وجهتها بريطانيا»: right after a relative pronoun the word is its verb, whatever clitic a reading
    // peels off it (و of وجهتها).
    const relativeVerb = ctx.lex.cues.relative.has(ctx.tokens[j - 1].norm) && ctx.tokens[j].kind === 'arabic';
    if (!relative && !byBa && !relativeVerb && !isPlainWord(ctx, j)) return undefined;
    // The pronoun as written (صاغته): a normalized final ه may be a ة (حكومة المملكة المتحدة is no verb).
    // The author may follow his title («أدلى بها وزير الخارجية البريطاني»).
    // Right after the relative pronoun an imperfect with its pronoun (يتبعها، تشنها) is the verb too (round 42).
    const resumed = /(ته|تها|ه)$/.test(ctx.tokens[j].text) || (relativeVerb && /ها$/.test(ctx.tokens[j].text));
    // The word RELATIVE_WORDS allows in addition is only the relative verb («باستخدام قوة غير متناسبة تجاه
    // المتظاهرين»: تجاه is no verb); and a party that supports the phrase («القوات الكردية التي تدعمها الولايات
    // المتحدة») is not its author (round 42).
    if (extra && !relativeVerb) return undefined;
    if (relativeVerb && supportVerb(ctx, j)) return undefined;
    const author = byBa || resumed ? actorAfter(ctx, j, j + 1, 0) : undefined;
    if (author) return inClause(ctx, from, author.first) ? author : undefined;
  }
  return undefined;
}

/**
 * «قلق إسرائيل من الدعم العسكري الذي تقدمه إيران للحكومة السورية»: a verbal noun with no genitive whose own relative
 * clause (its pronoun written) names its author (a verb with the pronoun that refers back, and a party after it) is
 * that party's act, not the clause subject's (round 52).
 */
function authoredByRelative(
  ctx: Context,
  i: number,
  genitive: Actor | undefined,
  possessive: Trigger['possessive'],
): boolean {
  const author = genitive || possessive ? undefined : authorOfPhrase(ctx, i, i);
  // With the relative pronoun written: «سحب قوات بلاده من سوريا» has a possessive, no relative verb.
  // Nor a party behind a glued particle («الدعم الذي ظلت تقدمه للسودان»: whom it goes to).
  return !!author && !gluedParticle(ctx, author) && lastRelativeClause(ctx, i, author.first) >= 0;
}

/**
 * A verb of backing (تدعمها، تساندها: SUPPORT with no phrase word): what a party backs is not its own act; what it
 * provides is («الدعم العسكري الذي تقدمه إيران»).
 */
const supportVerb = (ctx: Context, j: number) =>
  candidateTriggers(ctx, j).some((t) => t.verbal && t.type === 'SUPPORT' && t.with.size === 0);

/**
 * Words after the phrase's head words up to its relative verb: the relative pronoun and the verb; round 42 allows one
 * more word before the pronoun (an adjective: «سياسة القبضة الحديدية التي يتبعها»).
 */
const RELATIVE_WORDS = 2;

/** A resumptive pronoun behind ب after a relative verb (أدلى بها، قام به). */
const RESUMED_BY_BA = new Set(['بها', 'به']);

/** Plain nouns that may head a phrase before the demonym that qualifies it (صحافيين ألمانيين). */
const PHRASE_HEAD_WORDS = 2;

/**
 * The demonym qualifying the noun phrase that starts at token i: «صحافيين ألمانيين» is German, «مقاتلات حربية
 * روسية» Russian; for an attack, also the place the phrase names (على مجمع سيول الرئاسي). Only plain words may come
 * first (no preposition, no clitic but ال, no punctuation but quotation marks), so the name belongs to the phrase
 * and not to a later one.
 */
function qualifiedPhrase(ctx: Context, from: number, i: number, placeToo = false): Actor | undefined {
  for (let j = i, words = 0; j < ctx.view.last && inClause(ctx, from, j) && !isAside(ctx, j); j++) {
    const actor = actorAt(ctx, j) ?? (placeToo ? ctx.places.find((a) => a.first === j) : undefined);
    if (actor)
      return words > 0 && (qualifies(actor, placeToo) || accusativeDemonym(ctx, actor) || nisbaCountry(ctx, actor))
        ? actor
        : undefined;
    // «ستطرد 23 دبلوماسيا روسيا»: a count may open the phrase.
    if (QUOTES.has(ctx.tokens[j].text) || (ctx.tokens[j].kind === 'number' && words === 0)) continue;
    if (!isPlainWord(ctx, j) || ++words > PHRASE_HEAD_WORDS) return undefined;
  }
  return undefined;
}

const qualifies = (a: Actor, placeToo: boolean) =>
  a.kind === 'demonym' || (placeToo && (a.kind === 'place' || a.kind === 'capital'));

/**
 * «دبلوماسيا روسيا»، «جنديا روسيا»: after an indefinite accusative noun, a country name in -يا is the accusative
 * demonym ("Russian"), written like the country.
 */
function accusativeDemonym(ctx: Context, a: Actor): boolean {
  const before = ctx.tokens[a.first - 1]?.norm ?? '';
  return (
    a.kind === 'country' &&
    a.last === a.first + 1 &&
    ctx.tokens[a.first].norm.endsWith('يا') &&
    /^[^ا].*ا$/.test(before)
  );
}

/**
 * «على الأراضي السعودية»، «على المدن السعودية»: after a definite word, a country whose name is a definite feminine
 * demonym (السعودية) is that demonym ("Saudi"), qualifying the noun as «الأراضي الإماراتية» does (round 51).
 */
function nisbaCountry(ctx: Context, a: Actor): boolean {
  const before = ctx.tokens[a.first - 1]?.norm ?? '';
  return (
    a.kind === 'country' &&
    a.last === a.first + 1 &&
    DEFINITE_FEMININE_DEMONYM.test(ctx.tokens[a.first].norm) &&
    before.startsWith('ال')
  );
}

function isPlainWord(ctx: Context, j: number): boolean {
  const t = ctx.tokens[j];
  if (t.kind !== 'arabic' || t.proclitics.some((c) => c !== 'ال')) return false;
  const { cues } = ctx.lex;
  return !cues.preposition.has(t.norm) && !cues.complementizer.has(t.norm) && !cues.boundary.has(t.norm);
}

/** Where the phrase word a trigger needs stands (فرض → عقوبات), -1 if missing; i itself for a single-word trigger. */
/** A two-word phrase word at token j: its keys, each with the next token («بأنه "غير مسؤول"»; round 26). */
function pairKeys(ctx: Context, j: number): string[] {
  const next = ctx.tokens[j + 1];
  return next && j + 1 < ctx.view.last && isWord(next) ? keysOf(ctx, j).map((k) => `${k} ${next.norm}`) : [];
}

/** Whether token j may start a two-word phrase word of `words`: most phrase words are one word, and joining each
 * word with the next to look it up showed in profiles. */
function mayStartPair(ctx: Context, j: number, words: Set<string>): boolean {
  let firsts = pairFirstWords.get(words);
  if (!firsts) {
    firsts = new Set([...words].filter((w) => w.includes(' ')).map((w) => w.slice(0, w.indexOf(' '))));
    pairFirstWords.set(words, firsts);
  }
  return firsts.size > 0 && hasKey(keysOf(ctx, j), firsts);
}

const pairFirstWords = new WeakMap<Set<string>, Set<string>>();

function withIndex(ctx: Context, trigger: Trigger, i: number): number {
  if (trigger.with.size === 0) return i;
  if (givesName(ctx, i)) return -1;
  // «رفض البيت الأبيض توجيه أصابع الاتهام لروسيا»: a phrase noun between the verb and the phrase word (توجيه →
  // الاتهام) takes the word itself, and the verb before it is no phrase of that word (round 18); a verb between is a
  // relative clause («ورفض ما وصفها بالمزاعم»), and the phrase word stays the first verb's.
  const phrasesBetween: Trigger[] = [];
  for (let j = i + 1, words = 0; j < ctx.view.last && words < WITH_WINDOW && inClause(ctx, i, j); j++) {
    if (hashtagStarts(ctx, j, trigger.with)) return j;
    if (!isWord(ctx.tokens[j]) || isAside(ctx, j)) continue;
    if (
      hasKey(keysOf(ctx, j), trigger.with) ||
      (mayStartPair(ctx, j, trigger.with) && hasKey(pairKeys(ctx, j), trigger.with))
    )
      return phrasesBetween.some((t) => hasKey(keysOf(ctx, j), t.with)) ? -1 : j;
    phrasesBetween.push(
      ...candidateTriggers(ctx, j).filter((t) => !t.verbal && t.with.size > 0 && t.id !== trigger.id),
    );
    // «أطلقت السفيرة … تصريحات لاذعة … واصفة استمرار إطلاق النار»: a later word of the same entry takes the phrase
    // word after it.
    if (sameEntry(ctx, trigger, j)) return -1;
    // Names and dates do not count: a long subject and object may stand before the phrase word (وصف وزير الخارجية
    // الإيراني، أحمد جواد ظريف، الأحد، كلمة رئيس وزراء إسرائيل بنيامين نتانياهو بأنها "سيرك هزلي").
    if (!insideActor(ctx, j) && !inTimeExpression(ctx, j)) words++;
  }
  return relativeAntecedent(ctx, trigger, i);
}

/**
 * «استدعت #السفير_الصيني»: a hashtag whose first word is the phrase word (with or without its article) stands for it,
 * as the same words outside the hashtag would (round 36).
 */
function hashtagStarts(ctx: Context, j: number, words: Set<string>): boolean {
  const t = ctx.tokens[j];
  if (t.kind !== 'hashtag' || isAside(ctx, j)) return false;
  const first = t.norm.replace(/^#/, '').split('_')[0];
  return words.has(first) || (first.startsWith('ال') && words.has(first.slice(2)));
}

/** Words after a phrase verb before its noun of naming: على with a pronoun, or a subject (أطلقت عليه تركيا اسم). */
const NAME_WORDS = 3;

/**
 * «أطلق عليها اسم "الوحدة 684"»، «العملية التي أطلقت عليها تركيا اسم غصن الزيتون»: a phrase verb whose object is a
 * noun of naming gives a name; it launches nothing, so no later attack word (في أعقاب هجوم …) nor its antecedent is
 * its phrase word.
 */
function givesName(ctx: Context, i: number): boolean {
  for (let j = i + 1, words = 0; j < ctx.view.last && words < NAME_WORDS && inClause(ctx, i, j); j++) {
    const t = ctx.tokens[j];
    if (!isWord(t)) continue;
    if (t.proclitics.length === 0 && ctx.lex.cues.name.has(t.norm)) return true;
    words++;
  }
  return false;
}

function sameEntry(ctx: Context, trigger: Trigger, j: number): boolean {
  // A word that is no trigger form is no word of any entry.
  if (!isTriggerForm(ctx, j)) return false;
  return keysOf(ctx, j).some((k) =>
    (ctx.lex.forms.get(k) ?? []).some((hit) => ctx.lex.entries[hit.entry].id === trigger.id),
  );
}

/** Definite adjectives that may stand between a phrase noun and its relative pronoun (الحصار السياسي والاقتصادي الذي). */
const RELATIVE_ADJECTIVES = 2;

/**
 * «الهجوم الذي شنته إسرائيل على …», «الصفقة التي أبرمت بين …»: the phrase noun before a relative pronoun, or before
 * up to two definite adjectives before it (round 22: «الحصار السياسي والاقتصادي الذي تفرضه السعودية … على الدوحة»);
 * after an indefinite noun no relative pronoun is written, and the verb's object pronoun refers back to it (صاروخا
 * باليستيا أطلقه حوثيون على مدينة نجران; one adjective may stand between).
 */
function relativeAntecedent(ctx: Context, trigger: Trigger, i: number): number {
  const relative = i - 1;
  if (i - 2 >= ctx.view.first && ctx.lex.cues.relative.has(ctx.tokens[relative].norm)) {
    for (let noun = i - 2, words = 0; noun >= ctx.view.first && words <= RELATIVE_ADJECTIVES; noun--, words++) {
      if (hasKey(keysOf(ctx, noun), trigger.with)) return noun;
      // «عملية "غصن الزيتون" العسكرية التي أطلقتها أنقرة»: an operation's quoted name is passed over (round 43).
      const name = quotedNameStart(ctx, noun);
      if (name > ctx.view.first) noun = name;
      else if (!definiteAdjective(ctx, noun)) return -1;
    }
    return -1;
  }
  if (!hasObjectPronoun(ctx, i)) return -1;
  for (let j = i - 1; j >= Math.max(ctx.view.first, i - 2) && isPlainWord(ctx, j) && inClause(ctx, i, j); j--)
    if (hasKey(keysOf(ctx, j), trigger.with)) return j;
  return indefiniteAntecedent(ctx, trigger, i);
}

/** Words a quoted name of an operation may have (عملية "غصن الزيتون"، "درع الفرات"، "عاصفة الحزم"). */
const QUOTED_NAME_WORDS = 3;

/** The opening quotation mark of a quoted name of up to QUOTED_NAME_WORDS words closed at token j, or -1. */
function quotedNameStart(ctx: Context, j: number): number {
  if (!QUOTES.has(ctx.tokens[j].text)) return -1;
  for (let k = j - 2; k >= Math.max(ctx.view.first, j - 1 - QUOTED_NAME_WORDS); k--) {
    if (QUOTES.has(ctx.tokens[k].text)) return k;
    if (!isWord(ctx.tokens[k])) return -1;
  }
  return -1;
}

/** Indefinite adjectives and adverbs that may stand between an indefinite phrase noun and its verb. */
const INDEFINITE_QUALIFIERS = 4;

/**
 * «لحصار محكم جوا وبحرا وبرا تفرضه إسرائيل على …» (round 25): the indefinite phrase noun, with any clitic, before up to
 * four indefinite adjectives and adverbs (words with no clitic but و, outside actors) before the verb whose object
 * pronoun refers back to it.
 */
function indefiniteAntecedent(ctx: Context, trigger: Trigger, i: number): number {
  for (let j = i - 1; j >= Math.max(ctx.view.first, i - 1 - INDEFINITE_QUALIFIERS) && inClause(ctx, i, j); j--) {
    const t = ctx.tokens[j];
    if (t.kind !== 'arabic') return -1;
    if (j < i - 1 && hasKey(keysOf(ctx, j), trigger.with)) return j;
    const { cues } = ctx.lex;
    if (
      t.proclitics.some((c) => c !== 'و') ||
      insideActor(ctx, j) ||
      cues.preposition.has(t.stem) ||
      cues.complementizer.has(t.stem) ||
      cues.boundary.has(t.stem)
    )
      return -1;
  }
  return -1;
}

/** A definite word with no clitic but و and ال, outside any actor (السياسي، والاقتصادي): an adjective of the noun before it. */
function definiteAdjective(ctx: Context, j: number): boolean {
  const t = ctx.tokens[j];
  return (
    t.kind === 'arabic' &&
    t.proclitics.includes('ال') &&
    t.proclitics.every((c) => c === 'ال' || c === 'و') &&
    !insideActor(ctx, j) &&
    !ctx.lex.cues.preposition.has(t.norm) &&
    !ctx.lex.cues.boundary.has(t.norm)
  );
}

/**
 * Verb-subject or subject-verb: a verb with و/ف, or opening its clause, takes its subject after it, unless the
 * actor there cannot be its subject (وحثّ دول الاتحاد: a masculine verb, a feminine noun): then that actor is the
 * object and the subject is the one the text last named (the dropped subject of a continuing clause).
 */
/**
 * Prepositions whose complement is never a verb's subject, however far after the verb (round 28). Written normalized
 * (ى → ي): the set had «على» and «الى», which no normalized token is (round 37).
 */
const COMPLEMENT_PREPOSITIONS = new Set(['مع', 'بين', 'ضد', 'علي', 'الي', 'عن', 'نحو']);

function verbSubject(ctx: Context, trigger: Trigger, i: number): { source?: Actor; after: number } {
  // «أعلن وزير الخارجية التركي … أنهم توصلوا إلى تفاهم مع واشنطن»: after «أنهم» the speaker stands for his side.
  const plural = masculinePlural(ctx, trigger, i) && !afterPronounComplementizer(ctx, i);
  const fits = (a: Actor) =>
    agrees(spokesmanGender(ctx, a) ?? actorGender(ctx, a), trigger.agree) && !(plural && singleParty(ctx, a));
  // A participle (…، متهمة واشنطن) or a first-person verb in a quotation (قال لافروف: "نرفض …") has the subject the
  // text last named: the main clause's, or the speaker.
  if (trigger.participle || trigger.agree === '1')
    return { source: ctx.subjects.last(ctx.tokens[i].start, fits), after: i + 1 };
  if (afterPassive(ctx, i)) return { after: i + 1 };
  const conjoined = isConjoined(ctx, i);
  // «الذي قدمه نتنياهو … وهدد فيه طهران»: a conjoined verb with فيه continues a relative clause; its subject is that
  // clause's, not the party after it.
  if (conjoined && /^فيه(ا)?$/.test(ctx.tokens[i + 1]?.norm ?? '')) return { after: i + 2 };
  const resumptive = hasResumptiveObject(ctx, i);
  const relative = afterRelative(ctx, i);
  const antecedent = relative && !resumptive ? antecedentActor(ctx, i) : undefined;
  if (antecedent) return { source: antecedent, after: i + 1 };
  // «التنظيمات الإرهابية التي تستهدف الأمن القومي التركي»: a relative verb with no pronoun referring back (تستهدفه،
  // دعت إليه) has the antecedent as its subject, so a party after it is its object (round 16).
  if (relative && !resumptive && !hasObjectPronoun(ctx, i)) return { after: i + 1 };
  // «12 روسيا … تتهمهم الولايات المتحدة»: a verb with an object pronoun and a party right after it names its subject
  // there; the pronoun is the party before.
  const pronounThenSubject = hasObjectPronoun(ctx, i) && !!partyRightAfter(ctx, i);
  const candidate =
    conjoined || resumptive || relative || pronounThenSubject
      ? undefined
      : (actorBefore(ctx, i, SUBJECT_BEFORE) ?? delegationBefore(ctx, i));
  // «… كافة الأطراف اليمنية، للأسف وكدأبهم دائما رفضت السعودية وحلفاؤها الحل السياسي»: past a comma and two words
  // or more, a party right after the verb that agrees with it is the subject, not the one before the comma (round 13).
  // Not right after an apposition's comma: «سفيرة الولايات المتحدة …، نيكي هايلي، قد حثت موسكو».
  const vso = actorAt(ctx, i + 1);
  const comma = candidate ? commaAfter(ctx, candidate.last, i) : -1;
  const fronted =
    candidate &&
    vso &&
    comma >= 0 &&
    wordsBetween(ctx, comma, i) >= 2 &&
    trigger.agree !== null &&
    actorGender(ctx, vso) !== null &&
    agrees(actorGender(ctx, vso), trigger.agree);
  // «ففي المقال الافتتاحي لصحيفة "فرانكفورتر الجايمن زيتونغ" الألمانية دعا أردوغان ألمانيا»: a party inside the
  // prepositional phrase that opens the sentence is where or in what, not the subject, when a party that agrees with
  // the verb stands right after it (round 29).
  // Not a subject after a relative or a complementizer there («وفي نفس الوقت الذي يبدو فيه أن تغريدات ترامب تحمّل
  // الصين مسؤولية …»): a clause of its own.
  const opener =
    candidate && opensWithPreposition(ctx, i) && !clauseOpensBefore(ctx, candidate.first)
      ? partyRightAfter(ctx, i)
      : undefined;
  const inOpeningPhrase = !!opener && trigger.agree !== null && agrees(actorGender(ctx, opener), trigger.agree);
  const before =
    candidate &&
    !bareComplementizerBetween(ctx, candidate.last, i) &&
    !complementAcrossPronounComplementizer(ctx, candidate, i) &&
    !fronted &&
    !inOpeningPhrase &&
    !otherRelativeBetween(ctx, candidate.last, i) &&
    !objectDemonym(ctx, i, candidate) &&
    !(plural && singleParty(ctx, candidate))
      ? candidate
      : undefined;
  if (before) return { source: coordinationHead(ctx, before), after: i + 1 };
  const pair = dualTitleBefore(ctx, i);
  if (pair) return { source: pair, after: i + 1 };
  // A verb with a plural suffix (قالوا), or right after a complementizer with a pronoun (تقول إنه يستهدف …),
  // carries a pronoun subject: an actor after it is its object. After «إنه» what the pronoun refers to is not known
  // here (الهجوم … تقول إنه يستهدف); a plural verb continues the subject the text last named (اتفقتا).
  const afterIt = afterPronounComplementizer(ctx, i);
  // «قال نتنياهو: "لقد قصفنا مواقع …"»: a perfect with نا in a direct quotation is "we did", unless a party right after
  // it may be its subject ("… did to us"); the speaker is the subject.
  const we = trigger.firstPlural && !resumptive && !afterIt && !actorAt(ctx, i + 1) ? quoteSpeaker(ctx, i) : undefined;
  if (we) return { source: we, after: i + 1 };
  const found =
    trigger.agree === 'pl' || afterIt ? undefined : notAccusative(ctx, actorAfter(ctx, i, i + 1, SUBJECT_AFTER));
  // أبرمت بين إسرائيل ومصر: an actor governed by a preposition right after the verb is its complement, not its
  // subject (but in «وصل وفد من كوريا» the subject is the delegation from Korea).
  // «وصفه لاتهامات بريطانيا»: behind a word with a glued ب/ل the actor is a complement, and the subject is a name
  // the text gave before it (سوه in «أن يلتقي سوه برئيس الوزراء الياباني»), not one remembered from before.
  if (found && gluedPrepositionBetween(ctx, i, found.first)) return { after: i + 1 };
  // «سيطرت قوات تدعمها تركيا على …»: the party that backs the subject noun is not the subject (round 52).
  if (found && found.first - 1 > i && backedByVerb(ctx, found)) return { after: i + 1 };
  // «ستساعد بلدانا مثل أستراليا، والولايات المتحدة»: an example of the noun before «مثل» is not the subject (round 55).
  if (found && exampleItem(ctx, found)) return { after: i + 1 };
  // «نفى أن باريس أبلغت أنقرة»: an actor behind a bare أن/إن after the verb is the subject of the clause it opens,
  // never the verb's own; the verb's subject is dropped (round 19; a noun's genitive likewise, nounArguments).
  const complementSubject = found && bareComplementizerBetween(ctx, i + 1, found.first);
  // «وتتهم المملكة إيران بتزويد الحوثيين»: a definite noun right after the verb is its subject, so the party after
  // that noun is the object, and the subject is no party (unless a demonym qualifies the noun: وحذر المندوب الروسي).
  if (found && found.kind !== 'demonym' && definiteSubjectBefore(ctx, i, found.first)) return { after: i + 1 };
  // «بعد أن أجرى محادثات مع بريطانيا وفرنسا»: behind a preposition of a complement (not من: وصل وفد من كوريا; not
  // في/لدى: وزير الاتصالات في السلطة الفلسطينية) the actor is a complement however far after the verb it stands,
  // never the subject (round 28).
  const complement = found && governed(ctx, found) && COMPLEMENT_PREPOSITIONS.has(ctx.tokens[found.first - 1].norm);
  // «وأثنى على جهود رئيس وزراء اسرائيل …»: a complement preposition right after the verb governs the party at the end
  // of the construct its noun heads (a noun without ال: جهود); the subject, when named, stands before that preposition
  // (round 37). After a definite noun the party is the subject again: «وقعت على الاتفاق إيران والولايات المتحدة».
  const headedComplement =
    !!found &&
    found.first > i + 2 &&
    COMPLEMENT_PREPOSITIONS.has(ctx.tokens[i + 1]?.norm ?? '') &&
    !ctx.tokens[i + 2].proclitics.includes('ال');
  // «نفى أقاربهم في إيطاليا»، «نفى وجوده في تركيا»: a place after في is where the subject (or the object) is, unless an
  // office names the party through it («واتهم وزير الاتصالات في السلطة الفلسطينية»; round 29).
  if (found && PLACE_KINDS.has(found.kind) && placedIn(ctx, i, found)) return { after: i + 1 };
  const after =
    found && !complementSubject && !complement && !headedComplement && !(found.first === i + 2 && governed(ctx, found))
      ? found
      : undefined;
  // Agreement is checked only on an actor right after the verb: in «وصل وفد من كوريا» the subject is وفد. With a head
  // noun before it (وحثّ دول الاتحاد الأوروبي) the head is what must agree.
  const clash =
    after &&
    ((after.first === i + 1 && !agrees(actorGender(ctx, after), trigger.agree)) ||
      (after.first === i + 2 && !agrees(headGender(ctx, i + 1), trigger.agree)));
  // «رفضت تركيا …، واتهمت فرنسا بإعطاء "معلومات كاذبة"»: a verb of accusing opening its clause, with one party right
  // after it and the charge (ب) right after that party, has that party as its object; the subject is the one the
  // text last named (round 19). «اتهمت قطر السعودية بمنع …» names both.
  if (after && !clash && chargedObject(ctx, trigger, i, after))
    return { source: ctx.subjects.last(ctx.tokens[i].start, fits), after: i + 1 };
  if (after && !clash) return { source: after, after: pastNegatedAdjective(ctx, after.last) };
  if (resumptive || afterIt || !opensClause(ctx, i) || namesOwnSubject(ctx, trigger, i)) return { after: i + 1 };
  return { source: ctx.subjects.last(ctx.tokens[i].start, fits), after: i + 1 };
}

/**
 * A verb of the masculine plural (زاروا، وتضامنوا، ينفون; not the dual اتفقتا nor the feminine plural) has a plural
 * subject: before the verb, or dropped, it is never one party (round 47).
 */
function masculinePlural(ctx: Context, trigger: Trigger, i: number): boolean {
  return trigger.agree === 'pl' && /(وا|ون|ونه|ونها|ونهم|و(ه|ها|هم|هما|نا))$/.test(ctx.tokens[i].norm);
}

/**
 * One party that cannot be the subject of a masculine plural verb: one country, capital or singular demonym, or one
 * person, not joined to others with و («فأدانوا بطريقتهم الاعتراف الأميركي …، وتضامنوا مع الأطفال الفلسطينيين»;
 * «قال ترامب إن … لأنهم إذا أبرموا اتفاقا»). Plural demonyms (الحوثيون) and coordinated parties («روسيا والولايات
 * المتحدة والأردن قد وقعوا») are plural; a body (حزب، حكومة) may stand for its people and is left as it was.
 */
function singleParty(ctx: Context, a: Actor): boolean {
  const gender = actorGender(ctx, a);
  const single = gender === 'm' || gender === 'f' || isPerson(ctx, a);
  return single && coordinated(ctx, a).length === 0 && coordinationHead(ctx, a) === a;
}

/**
 * «بعد محادثة هاتفية بين ترامب وماكرون الجمعة، إن الرئيسين دانا الأسد وروسيا وإيران»: a dual of a title or side (cue
 * `dualTitle`) right before the verb, with no preposition on it, takes up the two parties of different countries the
 * sentence coordinated before it with و (a third conjunct leaves it open); the first is the subject, and its
 * coordinated partner joins it (round 36).
 */
function dualTitleBefore(ctx: Context, i: number): Actor | undefined {
  const t = ctx.tokens[i - 1];
  if (i - 1 <= ctx.view.first || !hasCue(ctx, i - 1, 'dualTitle') || t.proclitics.some((c) => c !== 'ال'))
    return undefined;
  const parties = ctx.actors.filter((a) => a.last < i - 1 && !isAside(ctx, a.first) && a.country !== null);
  const joined = (a: Actor, b: Actor) =>
    b.first === a.last && ctx.tokens[b.first].proclitics[0] === 'و' && inClause(ctx, a.first, b.first);
  for (let k = parties.length - 2; k >= 0; k--) {
    const [a, b, c] = [parties[k], parties[k + 1], parties[k + 2]];
    if (!joined(a, b)) continue;
    return a.country !== b.country && !(c && joined(b, c)) && !(k > 0 && joined(parties[k - 1], a)) ? a : undefined;
  }
  return undefined;
}

/** Words (رفيع المستوى) between a delegation's noun and the «من» of its country. */
const DELEGATION_WORDS = 2;

/**
 * «إن وفدا من كوريا الشمالية وصل إلى بكين»، «بأن مسؤولا رفيع المستوى من كوريا الشمالية وصل …»: a party behind «من»
 * right before a verb, after a noun of envoys or officials (cue `delegates`) that no preposition governs, is where
 * the verb's subject comes from (round 33). `actorBefore` passes over a governed party.
 */
function delegationBefore(ctx: Context, i: number): Actor | undefined {
  const party = ctx.actors.find((a) => a.last === i && !isAside(ctx, a.first));
  if (!party || party.first < ctx.view.first + 2 || ctx.tokens[party.first - 1].norm !== 'من') return undefined;
  for (let k = party.first - 2, words = 0; k >= ctx.view.first && words <= DELEGATION_WORDS; k--, words++) {
    if (!isWord(ctx.tokens[k]) || insideActor(ctx, k)) return undefined;
    if (!hasCue(ctx, k, 'delegates')) continue;
    const t = ctx.tokens[k];
    const governedNoun =
      t.proclitics.some((c) => c === 'ب' || c === 'ل') ||
      (k > ctx.view.first && ctx.lex.cues.preposition.has(ctx.tokens[k - 1].norm));
    return governedNoun ? undefined : party;
  }
  return undefined;
}

/** Prepositions that open a sentence with a phrase of place or time (وفي مقال لصحيفة …، دعا …). */
const OPENING_PREPOSITIONS = new Set(['في', 'وفي', 'ففي']);

/** The sentence of the verb at i opens with a preposition, and no comma stands between it and the verb. */
function opensWithPreposition(ctx: Context, i: number): boolean {
  const first = ctx.view.first;
  return OPENING_PREPOSITIONS.has(ctx.tokens[first].norm) && inClause(ctx, i, first) && commaAfter(ctx, first, i) < 0;
}

/** A relative pronoun or a bare complementizer between the sentence's start and token j. */
function clauseOpensBefore(ctx: Context, j: number): boolean {
  for (let k = ctx.view.first; k < j; k++) {
    const norm = ctx.tokens[k].norm;
    if (ctx.lex.cues.relative.has(norm) || ctx.lex.cues.bareComplementizer.has(norm)) return true;
  }
  return false;
}

/** Actors that are places: a country, a capital or a town. */
const PLACE_KINDS = new Set<Actor['kind']>(['country', 'capital', 'place']);

/** Actor `a` behind a في after the verb at i, with no office or body word (`head`) between them. */
function placedIn(ctx: Context, i: number, a: Actor): boolean {
  if (a.first - 1 <= i || ctx.tokens[a.first - 1].norm !== 'في') return false;
  for (let k = i + 1; k < a.first - 1; k++) if (hasCue(ctx, k, 'head')) return false;
  return true;
}

/** An accusing verb that opens its clause, a party right after it, and the charge (a word with ب) right after that. */
function chargedObject(ctx: Context, trigger: Trigger, i: number, party: Actor): boolean {
  if (trigger.type !== 'ACCUSE' || party.first !== i + 1 || !isConjoined(ctx, i)) return false;
  const next = ctx.tokens[party.last];
  return !!next && party.last < ctx.view.last && next.proclitics[0] === 'ب' && !actorAt(ctx, party.last);
}

/** Words a verb of amounting may stand before its indefinite attack noun: its subject (round 28). */
const FIGURE_GAP = 3;

/**
 * «تعد ضربة»، «بمثابة ضربة»: an indefinite attack noun right after a verb of counting or amounting; or past the verb's
 * subject in the same clause, «ومثّل الموقف الروسي ضربة للجهود الغربية» (round 28).
 */
function figurativeBlow(ctx: Context, i: number): boolean {
  if (ctx.tokens[i].proclitics.includes('ال')) return false;
  for (let j = i - 1; j >= ctx.view.first && j >= i - 1 - FIGURE_GAP && inClause(ctx, j, i); j--) {
    if (hasCue(ctx, j, 'figure')) return true;
    if (!isWord(ctx.tokens[j])) return false;
  }
  return false;
}

/** A rank or place at token j (المرتبة، مكان): after a verb of occupying, no occupation (round 39). */
const rankAt = (ctx: Context, j: number) => j < ctx.view.last && hasCue(ctx, j, 'rank');

/** An economic object at token j (أصول روسيا، تمويل الإرهاب). */
const economicAim = (ctx: Context, j: number) => j < ctx.view.last && hasCue(ctx, j, 'economic');

/** «وانتقدت كلا من الولايات المتحدة والاتحاد الأوروبي»: after «كلا من» (accusative) the parties are objects. */
function notAccusative(ctx: Context, a: Actor | undefined): Actor | undefined {
  return a && ctx.tokens[a.first - 1]?.norm === 'من' && ctx.tokens[a.first - 2]?.norm === 'كلا' ? undefined : a;
}

function definiteSubjectBefore(ctx: Context, i: number, j: number): boolean {
  const next = ctx.tokens[i + 1];
  return (
    j > i + 1 &&
    next.norm.startsWith('ال') &&
    isPlainWord(ctx, i + 1) &&
    !isBridge(ctx, i + 1) &&
    !inTimeExpression(ctx, i + 1) &&
    !ctx.lex.particleWords.has(next.norm)
  );
}

/** «منظمة "شربا" الفرنسية غير الحكومية سلطات كندا»: a negated adjective after the subject is part of its name. */
function pastNegatedAdjective(ctx: Context, j: number): number {
  const next = ctx.tokens[j + 1];
  const negated = j + 1 < ctx.view.last && ctx.tokens[j].norm === 'غير' && next.norm.startsWith('ال');
  return negated ? j + 2 : j;
}

const afterRelative = (ctx: Context, i: number) =>
  i > ctx.view.first && ctx.lex.cues.relative.has(ctx.tokens[i - 1].norm);

/** Adjectives allowed between an antecedent's name and its relative pronoun (المسؤول الكوري الشمالي الرفيع الذي). */
const ANTECEDENT_GAP = 1;

/**
 * «القوات التركية التي تحاصر …»: a verb right after a relative pronoun (with no pronoun of its own) has the
 * antecedent as its subject, when an actor ends right before the pronoun (or one adjective before it) and no
 * preposition governs it («الاتفاق مع إيران الذي تهدد واشنطن بالانسحاب منه»: Iran is not the antecedent). Otherwise
 * («الضربة التي استهدفت …») the subject is looked for after the verb only.
 */
function antecedentActor(ctx: Context, i: number): Actor | undefined {
  const relative = i - 1;
  return ctx.actors.find(
    (a) =>
      a.last <= relative &&
      a.last >= relative - ANTECEDENT_GAP &&
      !governed(ctx, a) &&
      (a.last === relative || isPlainWord(ctx, a.last) || COMMAS.has(ctx.tokens[a.last].text)),
  );
}

/**
 * «مع الحكومة الكوبية وبخاصة "الهجمات الصوتية" التي يُزعم أنها استهدفت دبلوماسيين أميركيين»: a relative pronoun
 * between the party before and the verb, after a noun of its own (more than ANTECEDENT_GAP words after the party),
 * opens a clause about that noun; the party is not the verb's subject (round 27).
 */
const RESUMED_AFTER = /^(فيه|فيها|به|بها|عليه|عليها|منه|منها|له|لها|معه|معها|اليه|اليها)$/;

function otherRelativeBetween(ctx: Context, from: number, i: number): boolean {
  // «العقوبات التي أعادت فرضها»، «اللحظة التي كان يشكر فيها»: a pronoun on the verb or after it refers back to the
  // noun, which is then not the subject; the party before may be.
  if (hasObjectPronoun(ctx, i) || RESUMED_AFTER.test(ctx.tokens[i + 1]?.norm ?? '')) return false;
  for (let k = from + ANTECEDENT_GAP + 1; k < i; k++) {
    if (!ctx.lex.cues.relative.has(ctx.tokens[k].norm)) continue;
    // The noun may stand in quotes («"الهجمات الصوتية" التي»).
    const noun = QUOTES.has(ctx.tokens[k - 1].text) ? k - 2 : k - 1;
    if (noun >= from && isPlainWord(ctx, noun)) return true;
  }
  return false;
}

/** «تقول إنه يستهدف …»: a complementizer carrying a pronoun right before the verb is the verb's subject. */
function afterPronounComplementizer(ctx: Context, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  return (
    i > ctx.view.first && ctx.lex.cues.complementizer.has(prev.norm) && !ctx.lex.cues.bareComplementizer.has(prev.norm)
  );
}

/**
 * «وتجمع محتجون آخرون …», «وتنفي وحدات الدفاع عن الشعب …», «وتتحدث تقارير إعلامية عن …»: a verb that takes no
 * direct object (no target, or a target only behind its particle), or opens its sentence, followed by a plain noun
 * names its own subject there; the subject the text last named is not it. A time word after the verb (وتحدث الخميس
 * مع …) is no subject.
 */
function namesOwnSubject(ctx: Context, trigger: Trigger, i: number): boolean {
  const next = i + 1;
  const nounAfter =
    next < ctx.view.last &&
    isPlainWord(ctx, next) &&
    !ctx.lex.particleWords.has(ctx.tokens[next].norm) &&
    !inTimeExpression(ctx, next);
  // «تحدثنا حديثا مطولا»: an indefinite accusative (-ًا) is a cognate object or an adverb, never the subject.
  const accusative = /^[^ا].*ا$/.test(ctx.tokens[next]?.norm ?? '') && !ctx.tokens[next]?.norm.startsWith('ال');
  const noObject = (trigger.args === 'none' || trigger.args === 'prep') && !accusative;
  // «استهدفت صواريخ فجر الاثنين مطار التيفور»: a sentence that opens with its verb names the subject after it.
  return nounAfter && (noObject || (i === firstWord(ctx) && !isConjoined(ctx, i)));
}

function inTimeExpression(ctx: Context, j: number): boolean {
  const t = ctx.tokens[j];
  return ctx.doc.layers.times.some((x) => x.start <= t.start && t.end <= x.end);
}

function firstWord(ctx: Context): number {
  let j = ctx.view.first;
  while (j < ctx.view.last && !isWord(ctx.tokens[j])) j++;
  return j;
}

/**
 * «القرار الذي أيدته روسيا»: a verb after a relative pronoun with an object pronoun has the antecedent as its object
 * and its subject after it; the antecedent is not the subject (in «إيران التي تدعم …», with no pronoun, it is).
 * So does a verb whose particle carries the pronoun (دعت إليه روسيا).
 */
function hasResumptiveObject(ctx: Context, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  // «اجتماع عاصف لمجلس الأمن دعت إليه روسيا»: the pronoun may stand on the verb's particle, and after an
  // indefinite antecedent no relative pronoun is written.
  const next = ctx.tokens[i + 1];
  if (next && i + 1 < ctx.view.last && ctx.lex.cues.resumptive.has(next.norm)) return true;
  if (i <= ctx.view.first || !ctx.lex.cues.relative.has(prev.norm)) return false;
  // «الاتفاق الذي توسطت فيه الولايات المتحدة»: after a relative pronoun فيه refers back too (without one, in
  // «تغريدة توعد فيها روسيا», it is the occasion).
  if (next && /^فيه(ا|م)?$/.test(next.norm)) return true;
  return hasObjectPronoun(ctx, i);
}

/** تتهمهم، أيدته: a verb form with an object pronoun (تتهم ends in هم without one: the bare form must be a verb too). */
/**
 * The party right after token i, or a demonym after at most two definite words that it qualifies: «قتلها الجيش
 * الإسرائيلي», «أسقطتها الدفاعات الجوية السورية» name their subject there.
 */
function partyRightAfter(ctx: Context, i: number): Actor | undefined {
  const next = actorAt(ctx, i + 1);
  if (next) return next;
  for (let j = i + 1; j <= i + 2 && j < ctx.view.last && ctx.tokens[j].norm.startsWith('ال'); j++) {
    const qualifier = actorAt(ctx, j + 1);
    if (qualifier) return qualifier.kind === 'demonym' ? qualifier : undefined;
  }
  return undefined;
}

function hasObjectPronoun(ctx: Context, i: number): boolean {
  const bare = withoutObjectPronoun(ctx.tokens[i].norm);
  return bare !== ctx.tokens[i].norm && (ctx.lex.forms.get(bare) ?? []).some((hit) => hit.verbal);
}

/**
 * «أعلن الجيش الروسي أن تحالف الدول الغربية أطلق …»: a bare أن/إن opens a clause with a subject of its own, so an
 * actor before it is not the subject of a verb after it («أعلنت واشنطن أنها فرضت»: the pronoun refers back).
 */
function bareComplementizerBetween(ctx: Context, from: number, i: number): boolean {
  for (let k = from; k < i; k++) if (ctx.lex.cues.bareComplementizer.has(ctx.tokens[k].norm)) return true;
  return false;
}

/**
 * «… في التبادل التجاري مع إيران والصين، وأنها تبحث نفس الأمر حاليا مع روسيا»: past an أن/إن with a pronoun (the
 * subject of the clause it opens), a party that is a preposition's complement (or joined to one with و) is no subject
 * of the verb after it; the pronoun refers to another party (round 39). «أعلنت إيران أنها ستبحث …» keeps its subject.
 */
function complementAcrossPronounComplementizer(ctx: Context, candidate: Actor, i: number): boolean {
  const head = coordinationHead(ctx, candidate);
  if (!governed(ctx, head) && !gluedParticle(ctx, head)) return false;
  for (let k = candidate.last + 1; k < i; k++) {
    const norm = ctx.tokens[k].norm.replace(/^[وف]/, '');
    if (ctx.lex.cues.complementizer.has(norm) && !ctx.lex.cues.bareComplementizer.has(norm)) return true;
  }
  return false;
}

/** A bare أن/إن at token j that opens a clause: not a word of a name («مون جاي إن»; round 21). */
function openingComplementizer(ctx: Context, j: number): boolean {
  return ctx.lex.cues.bareComplementizer.has(ctx.tokens[j].norm) && !insideActor(ctx, j);
}

function complementizerOpensBetween(ctx: Context, from: number, i: number): boolean {
  for (let k = from; k < i; k++) if (openingComplementizer(ctx, k)) return true;
  return false;
}

/** A word with a glued ب/ل between a verb and an actor. */
function gluedPrepositionBetween(ctx: Context, i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) if (/^[بل]$/.test(ctx.tokens[k].proclitics[0] ?? '')) return true;
  return false;
}

/** تم شن هجوم، يتم استهداف: a passive auxiliary right before the trigger; its doer is not named. */
function afterPassive(ctx: Context, i: number): boolean {
  for (let j = i - 1; j >= ctx.view.first; j--) {
    if (isWord(ctx.tokens[j])) return hasCue(ctx, j, 'passive');
  }
  return false;
}

/**
 * A verb with a peeled و/ف. Not a verb whose own root starts with و (وعدت "she promised" is no و + عدت): the whole
 * word is then a verb form of the lexicon.
 */
function isConjoined(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (!/^[وف]/.test(t.norm) || t.proclitics.length === 0) return false;
  return !(t.norm.startsWith('و') && (ctx.lex.forms.get(t.norm) ?? []).some((hit) => hit.verbal));
}

/** A verb whose subject may be dropped: conjoined, first in its clause or quotation, right after أن/أنه or حيث. */
function opensClause(ctx: Context, i: number): boolean {
  if (isConjoined(ctx, i)) return true;
  for (let j = i - 1; j >= ctx.view.first && inClause(ctx, i, j); j--) {
    // قال ظريف: "سنرد على …": a verb opening a quotation has the speaker as its dropped subject.
    if (QUOTES.has(ctx.tokens[j].text)) return true;
    if (!isWord(ctx.tokens[j])) continue;
    // «، حيث اتفقتا …»: a boundary word right before the verb opens its clause too.
    return ctx.lex.cues.complementizer.has(ctx.tokens[j].norm) || ctx.lex.cues.boundary.has(ctx.tokens[j].norm);
  }
  return true;
}

/** Grammatical gender an actor imposes on its verb, where the form shows it (countries, demonym adjectives). */
function actorGender(ctx: Context, a: Actor): Agreement {
  const norm = ctx.tokens[a.last - 1].norm;
  switch (a.kind) {
    case 'country':
    case 'capital':
      return hasKey(wordKeys(ctx.tokens[a.first].norm), ctx.lex.cues.masculine) ? 'm' : 'f';
    case 'demonym': {
      // «رئيسة الوزراء البريطانية تيريزا ماي»: a demonym that runs on into a name whose last word reads otherwise (ماي
      // as a masculine nisba) has no gender to go by (round 45).
      const gender = nisbaGender(norm);
      return a.last - a.first > 1 && nisbaGender(ctx.tokens[a.first].norm) !== gender ? null : gender;
    }
    default:
      return null;
  }
}

function nisbaGender(norm: string): Agreement {
  if (/ي(ون|ين)$/.test(norm)) return 'pl';
  if (norm.endsWith('يه')) return 'f';
  // «دعما أمريكيا»: the indefinite accusative of the masculine singular.
  return norm.endsWith('ي') || norm.endsWith('يا') ? 'm' : null;
}

/** Words between «باسم» and the party a spokesman speaks for (المتحدث باسم وزارة الخارجية التركية). */
const SPOKESMAN_WORDS = 3;

/**
 * «قال المتحدث باسم وزارة الخارجية التركية …، كما نفى …»: a party named after «باسم» is spoken for by the title
 * before it, whose gender the verb of a dropped subject agrees with (المتحدث: m, المتحدثة: f), not the body's
 * adjective (round 33). Null when no «باسم» stands right before the party's phrase.
 */
function spokesmanGender(ctx: Context, a: Actor): Agreement {
  for (let k = a.first - 1, words = 0; k > ctx.view.first && words < SPOKESMAN_WORDS; k--) {
    if (!isWord(ctx.tokens[k])) return null;
    words++;
    if (ctx.tokens[k].norm !== 'باسم') continue;
    const title = ctx.tokens[k - 1].norm;
    return title.endsWith('ه') ? 'f' : 'm';
  }
  return null;
}

/** The gender a party has as a pronoun's antecedent: its office's where it is one's genitive (زعيم كوريا الشمالية). */
function antecedentGender(ctx: Context, a: Actor): Agreement {
  // «رئيسة الوزراء البريطانية تيريزا ماي … في لقائها»: a demonym joined with the name after it is gendered by its own
  // first word, not by the name's last (round 42; pronouns only: verb agreement keeps the whole actor's).
  const own = a.kind === 'demonym' && a.last - a.first > 1 ? { ...a, last: a.first + 1 } : a;
  return officeGender(ctx.tokens[a.first - 1]?.norm ?? '') ?? actorGender(ctx, own);
}

/** Only a clear clash rules an actor out: a masculine verb with a feminine subject, or the reverse. */
/**
 * The gender a head noun before a party shows (دول الاتحاد، قوات الحكومة): feminine when written with ة or ات, or a
 * plural of things (cue `feminine`: دول); unknown otherwise.
 */
function headGender(ctx: Context, j: number): Agreement {
  const t = ctx.tokens[j];
  if (!hasCue(ctx, j, 'head')) return null;
  // «هدد قادة الاتحاد الأوروبي»: a plural of persons written with ة (cue `masculine`) takes a masculine verb (round 37).
  if (ctx.lex.cues.masculine.has(t.norm)) return null;
  return /(ه|ات)$/.test(t.norm) || hasCue(ctx, j, 'feminine') ? 'f' : null;
}

/** A possessive pronoun and the party it would refer to: any clash of known gender or number rules it out. */
function possessorAgrees(ctx: Context, a: Actor, pronoun: Agreement): boolean {
  const gender = actorGender(ctx, a);
  return gender === null || pronoun === null || gender === pronoun;
}

function agrees(actor: Agreement, verb: Agreement): boolean {
  return !((actor === 'f' && verb === 'm') || (actor === 'm' && verb === 'f'));
}

type Pair = [Actor, Actor | null];

function allPairs(parties: Actor[]): Pair[] {
  const unique = uniqueByCountry(parties);
  const pairs: Pair[] = [];
  for (let a = 0; a < unique.length; a++)
    for (let b = a + 1; b < unique.length; b++) pairs.push([unique[a], unique[b]]);
  return pairs;
}

/** Args `pair`: coordinated parties of two countries or more do the act together (one event per pair); else none. */
function coordinatedPairs(group: Actor[]): Pair[] | undefined {
  return uniqueByCountry(group).length >= 2 ? allPairs(group) : undefined;
}

function crossPairs(sources: Actor[], targets: Actor[]): Pair[] {
  const pairs: Pair[] = [];
  const uniqueTargets = uniqueByCountry(targets);
  for (const s of uniqueByCountry(sources)) {
    if (uniqueTargets.length === 0) pairs.push([s, null]);
    for (const t of uniqueTargets) pairs.push([s, t]);
  }
  return pairs;
}

/** Words between a meeting noun and a «بين» that names all its parties (لقاء مهم في مكتبي بين). */
const BETWEEN_GAP = 3;

/**
 * «لقاء مهم في مكتبي بين شخصيتين مهمتين …»: a «بين» near a meeting noun names the meeting's parties, so the clause's
 * subject is none of them (round 40). Not «بين الجانبين/البلدين», a definite dual or plural that refers back to the
 * subject's group («اتفقت الكوريتان … عقب مباحثات تمهيدية جرت بين الجانبين»), nor a mediation, whose mediator is
 * the subject («عرض ماكرون الوساطة بين تركيا والأكراد»).
 */
function namesOwnParties(ctx: Context, trigger: Trigger, i: number, p: number): boolean {
  if (trigger.cameo.code === MEDIATE || wordsBetween(ctx, i, p) > BETWEEN_GAP) return false;
  const next = ctx.tokens[p + 1];
  return !!next && !(actorAt(ctx, p + 1) === undefined && /^ال.+(ين|تين)$/.test(next.norm));
}

/** A meeting or pact: the subject group with each complement, or everyone named after بين or in the subject group. */
function symmetricPairs(group: Actor[], others: Actor[]): Pair[] {
  if (others.length === 0) return allPairs(group);
  if (group.length === 0) return allPairs(others);
  // «ماكرون والمستشارة الألمانية ميركل إجراء محادثات مع الرئيس الروسي»: co-subjects meet the partners after مع,
  // on the same side, not each other.
  return crossPairs(group, others);
}

/**
 * The pairs of a meeting or pact; a party meeting no one named, in a foreign capital (المحادثات في طهران), meets
 * that capital's country: talks held there are with its hosts.
 */
const MEDIATE = '045';

function meetingPairs(ctx: Context, trigger: Trigger, i: number, group: Actor[], others: Actor[]): Pair[] | undefined {
  // Co-mediators («توسطت فيه الولايات المتحدة وروسيا») mediate between others, not with each other.
  if (trigger.cameo.code === MEDIATE) return others.length > 0 ? crossPairs(group, others) : undefined;
  // «ورعت موسكو وطهران … عملية أستانة … بهدف الحد من المواجهات»: clashes named by a noun are between the parties
  // after بين/مع, never between the clause's co-subjects.
  if (trigger.type === 'ASSAULT' && !trigger.verbal && others.length === 0) return undefined;
  const pairs = symmetricPairs(group, others);
  if (pairs.length > 0) return pairs;
  const hostable = trigger.type === 'CONSULT' && group.length === 1 && !namesProcess(ctx, i);
  const host = hostable ? attackedPlace(ctx, i, group[0]) : undefined;
  // A capital, not a country: talks "in Jordan" are often a venue for others, talks in Tehran are with Iran; but not
  // a capital that hosts international bodies (قمة في بروكسل: an EU or NATO meeting, not talks with Belgium).
  const seat = host && hasKey(wordKeys(ctx.tokens[host.first].norm), ctx.lex.cues.seat);
  return host?.kind === 'capital' && !seat ? [[group[0], host]] : undefined;
}

/**
 * «باعتقال الصين ما يقرب من مليون مسلم»، «طرد لندن 23 دبلوماسيا»، «اعتقال إيران عشرات …»: a state named right after a
 * verbal noun and followed by a count («ما يقرب/ما لا يقل», a number, a quantity word) is the noun's agent with an
 * object of its own, not what the clause's subject acts on (round 21). Any other word after it may be an adverb
 * («فرصة إدانة إيران مجددا») or an adjective of the noun, and is left alone.
 */
function stateAgentWithObject(ctx: Context, i: number, a: Actor): boolean {
  if (a.first !== i + 1 || !STATE_KINDS.has(a.kind) || a.last >= ctx.view.last || !inClause(ctx, i, a.last))
    return false;
  const t = ctx.tokens[a.last];
  return t.kind === 'number' || t.norm === 'ما' || hasCue(ctx, a.last, 'quantity');
}

const STATE_KINDS = new Set(['country', 'capital', 'metonym']);

/** اعتقال طهران لرجل الدين: a genitive followed by a ل phrase is the agent, and the ل phrase the object. */
function lPhraseAfter(ctx: Context, a: Actor): boolean {
  const lPhraseAt = (j: number) =>
    j < ctx.view.last && ctx.tokens[j].norm.startsWith('ل') && !ctx.tokens[j].norm.startsWith('ال');
  // After a name whose apposition closes with a comma (…، صائب عريقات، لها), or before an apposition.
  const closing = COMMAS.has(ctx.tokens[a.last]?.text) ? a.last + 1 : a.last;
  return lPhraseAt(a.last) || lPhraseAt(closing) || lPhraseAt(pastApposition(ctx, a.last));
}

/** Words an apposition between commas may have (كبير المفاوضين الفلسطينيين، صائب عريقات، لها). */
const APPOSITION_WORDS = 4;

/** The token after a name in apposition between commas that starts at j, or j itself. */
function pastApposition(ctx: Context, j: number): number {
  if (!COMMAS.has(ctx.tokens[j]?.text)) return j;
  for (let k = j + 1; k < ctx.view.last && k <= j + APPOSITION_WORDS + 1; k++) {
    if (COMMAS.has(ctx.tokens[k].text)) return k + 1;
    if (!isWord(ctx.tokens[k])) return j;
  }
  return j;
}

/**
 * «قصف للجيش التركي على عفرين»، «هجوم للجيش الفرنسي في شمال مالي»، «التوغل العميق للقوات التركية في منطقة عفرين»:
 * after an attack or occupation noun (one adjective between at most), ل glued to armed forces (cue `troops`: الجيش،
 * القوات) that a demonym qualifies names the act's agent, not its object (round 44).
 */
function bodyAgentAfterL(ctx: Context, trigger: Trigger, i: number): Actor | undefined {
  if (trigger.type !== 'ASSAULT' && trigger.cameo.root !== '19') return undefined;
  // A noun that ends the text has no word after it (a paragraph with no final stop: the scale tests' corpus).
  if (i + 1 >= ctx.view.last) return undefined;
  // The word right after the noun, or after one adjective (التوغل العميق للقوات).
  const found = isPlainWord(ctx, i + 1) && ctx.tokens[i + 1].proclitics.length <= 1 ? i + 2 : i + 1;
  for (const j of new Set([i + 1, found])) {
    const t = ctx.tokens[j];
    if (j >= ctx.view.last || !isWord(t)) continue;
    // «للطيران»: the tokenizer leaves some words with لل unsplit.
    const unsplit = t.proclitics.length === 0 && t.norm.startsWith('لل');
    const stem = unsplit ? t.norm.slice(2) : t.stem;
    if ((t.proclitics[0] !== 'ل' && !unsplit) || !ctx.lex.cues.troops.has(stem)) continue;
    const a = actorAfter(ctx, i, j + 1, 1);
    return a?.kind === 'demonym' && !commaBetween(ctx, j, a.first) ? a : undefined;
  }
  return undefined;
}

/** The attack of a body named after ل: on the complement of the noun's next particle, or on the place it lands. */
function bodyAgentPairs(ctx: Context, trigger: Trigger, i: number, agent: Actor): Pair[] | undefined {
  // «قصف … على عفرين»: what an attack is on, whatever particles the noun's lexicon row lists.
  const q = particleIndex(ctx, new Set([...trigger.particles, ...OBJECT_PARTICLES]), agent.last);
  const objects = q >= 0 ? complement(ctx, q, trigger).filter((a) => a.country !== agent.country) : [];
  const place = objects.length === 0 ? attackedPlace(ctx, i, agent) : undefined;
  const targets = place ? [place] : objects;
  return targets.length > 0 ? crossPairs([agent, ...coordinated(ctx, agent)], targets) : undefined;
}

/** A singular demonym adjective after a verbal noun names its agent (الهجوم الروسي), never its object. */
function isAgentAdjective(ctx: Context, a: Actor): boolean {
  const gender = actorGender(ctx, a);
  return a.kind === 'demonym' && (gender === 'm' || gender === 'f');
}

/**
 * «اغتيال الجاسوس الروسي»: a demonym after a plain noun that follows the verbal noun qualifies that noun, the
 * object; only after the verbal noun itself or its nisba adjectives (الهجوم العسكري التركي) does it name the agent.
 */
function qualifiesObject(ctx: Context, i: number, a: Actor, anyKind = false): boolean {
  if (a.kind !== 'demonym' && !anyKind) return false;
  for (let k = i + 1; k < a.first; k++) {
    const t = ctx.tokens[k];
    if (isWord(t) && !/(ي|يه|يين|يون)$/.test(t.norm)) return true;
  }
  return false;
}

/**
 * Source and target of a verbal noun. Its agent is the genitive right after it when the object follows with a
 * particle (اتهام واشنطن لبيونغ يانغ, الغزو الروسي لأوكرانيا); otherwise the subject of the clause's verb. A verbal
 * noun with a bare genitive and no particle is ambiguous (agent or object?) and codes nothing.
 */
function nounArguments(ctx: Context, trigger: Trigger, i: number): Pair[] | undefined {
  const particles = new Set([...trigger.particles, 'ل']);
  const found = clashParticle(ctx, trigger, i, particleIndex(ctx, particles, i + 1));
  // A glued particle (بالقدس) is the lexicon's own when its letter is (round 33: «قرار الولايات المتحدة الاعتراف
  // بالقدس عاصمة لإسرائيل» had read ب as the implicit ل of a genitive, and lost the decider as the agent).
  const foundNorm = found >= 0 ? ctx.tokens[found].norm : '';
  const implicitL =
    found >= 0 &&
    !trigger.particles.has(foundNorm) &&
    !(ctx.tokens[found].proclitics[0] === foundNorm[0] && trigger.particles.has(foundNorm[0])) &&
    !trigger.particles.has('ل');
  // «مسار المفاوضات كان ناجحاً لمصر والأردن»: a ل the lexicon does not name marks the noun's genitive only right
  // after it (اجتماع قريب للرئيس الأمريكي); further on it names someone else (a beneficiary).
  const lAgent = trigger.particles.has('ل') ? undefined : bodyAgentAfterL(ctx, trigger, i);
  if (lAgent) return bodyAgentPairs(ctx, trigger, i, lAgent);
  const p =
    (implicitL && wordsBetween(ctx, i, found) > GENITIVE_GAP) || warnedAbout(ctx, trigger, i, found) ? -1 : found;
  const viaParticle = p >= 0 ? complement(ctx, p, trigger) : [];
  // «من نفيه وجود أي خطر من قبل بيونغيانغ»، «دعمه الثابت لإسرائيل»: a possessive pronoun is the noun's genitive, so
  // no party after the noun is its agent (only its object, where the lexicon lets a genitive be one: «تأييده لبحث
  // أستراليا»), nor an agent after «من قبل».
  const possessive = trigger.possessive;
  const performer = possessive ? undefined : performedBy(ctx, i);
  if (performer)
    return byAgentPairs(ctx, trigger, i, performer, complementAfter(ctx, trigger, particles, performer), undefined);
  let genitive = actorAfter(ctx, i, i + 1, GENITIVE_GAP);
  // Not a phrase trigger: «إرسال وفد»، «إرسال مدير استخباراتها … ضمن وفد» name what is sent there.
  const unnamedAgent =
    !genitive && !possessive && trigger.args !== 'gen' && trigger.with.size === 0 && titledGenitive(ctx, i);
  // «هجوم سالزبيري», «موقع الهجوم الكيميائي المزعوم بدوما»: a town right after the noun is where it happened, not who
  // did it (capitals acting for their state are of another kind), and the clause's subject is not its agent either;
  // where the genitive may be the object («قصف حلب») it stays.
  if (genitive?.kind === 'place' && trigger.args !== 'gen' && !prepositionBetween(ctx, i, genitive.first)) {
    if (viaParticle.length === 0) return undefined;
    genitive = undefined;
  }
  if (
    genitive &&
    (viaParticle.includes(genitive) ||
      governed(ctx, genitive) ||
      backedByVerb(ctx, genitive) ||
      prepositionBetween(ctx, i, genitive.first) ||
      commaBetween(ctx, i, genitive.first) ||
      bareComplementizerBetween(ctx, i + 1, genitive.first))
  )
    genitive = undefined;
  if (possessive && trigger.args !== 'gen') genitive = undefined;
  // The genitive as the noun's agent: none beside a possessive pronoun.
  const agentGenitive = possessive ? undefined : genitive;
  if (!genitive && !possessive && viaParticle.length > 0 && !trigger.particles.has('من'))
    genitive = agentAfterMin(ctx, i, p);
  const byAgent = possessive ? undefined : agentAfterMinQibal(ctx, i);
  if (byAgent) return byAgentPairs(ctx, trigger, i, byAgent, viaParticle, genitive);
  if (afterPassive(ctx, i)) return undefined;
  const objectOfAgent =
    trigger.args === 'gen' && genitive && !possessive ? objectAfterGenitiveAgent(ctx, i, genitive) : undefined;
  if (genitive && objectOfAgent) return crossPairs([genitive], [objectOfAgent]);
  const casualty = casualtyBefore(ctx, i);
  // «مقتل عدد من الروس بضربات عسكرية أمريكية»: the attack noun names the casualty's attacker; the casualty word codes
  // that event, and with no target of its own the noun is no second attack (on a place named further on).
  if (casualty && viaParticle.length === 0) return undefined;
  // «بشأن قمته المقترحة»، «إزاء رفضها تسليم …»: a possessive pronoun keeps the noun the clause subject's under an
  // adverbial too (round 13).
  const circumstance = underAdverbial(ctx, i) && !possessive;
  // «وتعرضت روسيا لهجوم في سوريا»: the subject of a verb of undergoing is what the act falls on, never its agent.
  const notTheSubjects =
    unnamedAgent ||
    authoredByRelative(ctx, i, genitive, possessive) ||
    circumstance ||
    condemnedBefore(ctx, trigger, i) ||
    casualty ||
    !!undergoerOf(ctx, i) ||
    jointActBetween(ctx, trigger, i);
  const decider = possessive ? imposer(ctx, i, possessive) : decisionAgent(ctx, i);
  const clauseFirst = notTheSubjects
    ? undefined
    : (clauseSubject(ctx, i) ?? quotedSelfAgent(ctx, i) ?? (possessive ? undefined : intendingSpeaker(ctx, i)));
  const first = clauseFirst && relativeClauseSubject(ctx, clauseFirst, i);
  // «واندلعت أزمة بين روسيا ودول الغرب …، وطردت 20 دولة البعثات الروسية تضامنا مع بريطانيا»: the agent of a
  // circumstantial accusative is the main verb's subject, never a preposition's complement (rounds 29–30).
  const otherClauseParty = !!first && circumstantialNoun(ctx, i) && governed(ctx, first);
  // «انتقاد قرار ترمب القاضي بالاعتراف …»: what another party's decision says is not the clause subject's act, even
  // where that party is not found as its agent (round 33).
  const othersDecision = !decider && !possessive && decidedByOther(ctx, i);
  const clauseParty =
    decider ?? (first && (objectDemonym(ctx, i, first) || otherClauseParty || othersDecision) ? undefined : first);
  // The pronoun refers back to the subject only where they agree: «عودة الفلسطينيين … من دعمه» is not theirs.
  const agreeing =
    clauseParty && possessive && !possessorAgrees(ctx, clauseParty, possessive) ? undefined : clauseParty;
  // «رفضت تركيا …، قائلة إن …، ودعت إلى وقف حملتها»: with no agreeing subject in its clause, the possessive refers
  // to the one state-like party the sentence names before it (round 34).
  // «انتقاده ألمانيا»، «قلقه إزاء الاعتقالات التي تقوم بها السعودية»: a genitive right after the noun, or a complement
  // not behind ب («بعد إدانتها بدخول العراق»: ب names the charge), is whom the act is on.
  const charge = p >= 0 && ctx.tokens[p].proclitics.includes('ب');
  const onObject = genitive?.first === i + 1 || (viaParticle.length > 0 && !charge);
  const owner =
    agreeing ??
    (possessive && !decider && !notTheSubjects
      ? possessorReferent(ctx, trigger, i, possessive, viaParticle, onObject)
      : undefined);
  const subject = cooperatingSubject(ctx, trigger, i, owner);
  // Only where the lexicon says a bare genitive may be the object (gen): «هجوم النظام التركي» is the regime's attack.
  // «مطالبة كبير المفاوضين الفلسطينيين، صائب عريقات، لها»: with a ل phrase after it the genitive is the agent.
  if (genitive && trigger.args === 'gen' && qualifiesObject(ctx, i, genitive) && !lPhraseAfter(ctx, genitive)) {
    if (!subject || trigger.type === 'PROTEST') return undefined;
    return crossPairs([subject, ...coordinated(ctx, subject)], viaParticle.length > 0 ? viaParticle : [genitive]);
  }
  // «حول بحث الرئيس عبدالفتاح السيسي وولي العهد السعودي المستجدات»: only the genitive and its coordinated parties.
  if (trigger.args === 'pair')
    return agentGenitive ? coordinatedPairs([agentGenitive, ...coordinated(ctx, agentGenitive)]) : undefined;
  if (trigger.args === 'sym' && implicitL && viaParticle.length > 0) {
    // «اجتماع قريب للرئيس الأمريكي مع رئيسة الوزراء البريطانية والرئيس المكسيكي»: the ل genitive is the party
    // that meets, and the complement of مع/بين after it its partners.
    const q = particleIndex(ctx, trigger.particles, viaParticle[viaParticle.length - 1].last);
    return meetingPairs(ctx, trigger, i, viaParticle, q >= 0 ? complement(ctx, q, trigger) : []);
  }
  if (trigger.args === 'sym') {
    // «محادثات السلام بين الإسرائيليين والفلسطينيين»: the parties named after بين are all the parties; the
    // clause's subject only speaks about the talks. So with one party or none found after a بين near the noun (round
    // 40: «كان هناك لقاء مهم في مكتبي بين شخصيتين مهمتين أحمد أويحيى … والشيخ علي الصلابي»): the rest are unnamed
    // or unlinked.
    const between =
      p >= 0 && ctx.tokens[p].norm === 'بين' && (viaParticle.length >= 2 || namesOwnParties(ctx, trigger, i, p));
    const group = agentGenitive
      ? [agentGenitive, ...coordinated(ctx, agentGenitive)]
      : subject && !between
        ? [subject, ...coordinated(ctx, subject)]
        : [];
    // «، وذلك إثر اتصال هاتفي بينهما»: a subject alone meets no one; «بينهما» names the pair (dualReferents).
    const pair = group.length <= 1 && viaParticle.length === 0 ? dualReferents(ctx, i) : [];
    if (pair.length === 2) return allPairs(pair);
    if (group.length === 0 && p >= 0 && ctx.tokens[p].norm === 'مع') return undefined;
    return meetingPairs(ctx, trigger, i, group, viaParticle);
  }
  const undergoer =
    agentGenitive && viaParticle.length === 0 && isAgentAdjective(ctx, agentGenitive) ? undergoerOf(ctx, i) : undefined;
  if (agentGenitive && undergoer && undergoer.country !== agentGenitive.country)
    return crossPairs([agentGenitive], [undergoer]);
  // «بعد إدانة الأمم المتحدة لها»: the object is a pronoun glued to the particle after the genitive agent (round 37).
  const pronounObject =
    agentGenitive && viaParticle.length === 0 && trigger.args !== 'none'
      ? pronounAfterAgent(ctx, trigger, i, agentGenitive)
      : undefined;
  if (agentGenitive && pronounObject) return crossPairs([agentGenitive], [pronounObject]);
  if (viaParticle.length > 0) {
    const source = possessive ? subject : (genitive ?? (implicitL ? undefined : subject));
    return source
      ? crossPairs([source, ...coordinated(ctx, source), ...partners(ctx, trigger, i)], viaParticle)
      : undefined;
  }
  if (
    trigger.args === 'gen' &&
    genitive &&
    subject &&
    !isAgentAdjective(ctx, genitive) &&
    !lPhraseAfter(ctx, genitive) &&
    !stateAgentWithObject(ctx, i, genitive)
  ) {
    // طرد دبلوماسيين بريطانيين, انتقاد قرار ترمب: the clause's subject acts on the genitive.
    return crossPairs([subject, ...coordinated(ctx, subject)], [genitive, ...coordinated(ctx, genitive)]);
  }
  // Who protests is named by the noun's own genitive (احتجاجات الفلسطينيين); the first party of the clause is as
  // often what the protest is about (اقتحموا السفارة الإيرانية … احتجاجا على …): then the protesters are unnamed.
  // «ودأبت إيران على نفي تسليح الحوثيين»: behind another noun, a denial's genitive is what is denied; the clause's
  // subject denies it.
  const deniedContent = trigger.type === 'REJECT' && !!genitive && !!subject && qualifiesObject(ctx, i, genitive, true);
  // «بقتل خادمة فلبينية في الكويت»، «بقتل العاملة الفلبينية»: after a killing noun and the noun of the one killed, a
  // demonym is the victim's; the killer is not named (round 16). So after a kidnapping or a downing: «خطف موظفة
  // تونسية»، «إسقاط طائرة حربية روسية» (round 29).
  const victimsDemonym =
    !!agentGenitive &&
    (hasCue(ctx, i, 'killing') || hasCue(ctx, i, 'victim')) &&
    (qualifiesObject(ctx, i, agentGenitive) || killedPerson(ctx, agentGenitive));
  if (victimsDemonym) return undefined;
  const source = trigger.type === 'PROTEST' ? agentGenitive : deniedContent ? subject : (agentGenitive ?? subject);
  if (trigger.args !== 'none') {
    // السيطرة على مدينة عفرين، الهجوم على عفرين: a place complement is the target of an attack or a seizure.
    const place =
      source && placeAimed(ctx, trigger, i)
        ? (attackedPlace(ctx, i, source, isRecall(trigger)) ?? repelledAttackPlace(ctx, trigger, i, source))
        : undefined;
    return source && place
      ? crossPairs([source, ...coordinated(ctx, source), ...partners(ctx, trigger, i)], [place])
      : undefined;
  }
  return source ? crossPairs([source, ...coordinated(ctx, source)], []) : undefined;
}

/**
 * «وشهدت شوارع بريطانيا خلال زيارة ولي العهد لوحات دعائية تروج للسعودية»: a title right after the noun (cue `head`)
 * that no party follows is its genitive, an agent the sentence does not name; the clause subject is not the agent
 * (round 47).
 */
function titledGenitive(ctx: Context, i: number): boolean {
  const next = ctx.tokens[i + 1];
  // «من» (of «من جانب») and words with a glued particle (لمسؤولين) are no genitive.
  return (
    i + 1 < ctx.view.last &&
    !insideActor(ctx, i + 1) &&
    !ctx.lex.cues.preposition.has(next.norm) &&
    !next.proclitics.some((c) => c === 'ب' || c === 'ل') &&
    hasCue(ctx, i + 1, 'head')
  );
}

/**
 * The party a verbal noun's possessive pronoun refers to when its clause names none (round 34): the one state-like
 * party the sentence names before the noun (soleAntecedent), agreeing with the pronoun, of another country than the
 * noun's complement (whom the act is on). Parties inside an aside are not read. Not for an accusation with no object
 * (`hasObject`: a genitive object or a complement): «جهادية فرنسية بعد إدانتها بدخول العراق» is her conviction, the
 * pronoun the one accused; «وزار ترامب فرنسا بعد أيام من انتقاده ألمانيا» names whom he criticized, so the pronoun is
 * the critic (round 41). Nor for a visit to a city.
 */
function possessorReferent(
  ctx: Context,
  trigger: Trigger,
  i: number,
  possessive: NonNullable<Trigger['possessive']>,
  complements: Actor[],
  hasObject: boolean,
): Actor | undefined {
  if ((possessive !== 'm' && possessive !== 'f') || (trigger.type === 'ACCUSE' && !hasObject)) return undefined;
  // «قبل وصوله الى نيويورك»: a city one arrives in names no host (the UN's seat, a conference).
  if (trigger.type === 'CONSULT' && complements.some((a) => a.kind === 'place')) return undefined;
  const exclude = complements.length > 0 ? complements[0].country : null;
  if (complements.some((a) => a.country !== exclude)) return undefined;
  const parties = ctx.actors.filter((a) => !isAside(ctx, a.first));
  return soleAntecedent(parties, i, possessive, (a) => antecedentGender(ctx, a), exclude);
}

/**
 * «وأطلقت القوات الإسرائيلية الغاز … على المحتجين الفلسطينيين …، بعد إدانة الأمم المتحدة لها»: a verbal noun whose
 * genitive agent is followed by ل (or the trigger's own على، ضد) with a pronoun glued to it (لها، عليه) acts on the
 * one state-like party the sentence names before the noun that agrees with the pronoun (soleAntecedent), of another
 * country than the agent (round 37). A plural demonym (الفلسطينيين) is «هم», so it neither is nor competes with the
 * referent of ه/ها. Parties inside an aside are not read.
 */
/** Particles whose glued pronoun is the party acted on (not منها, عنها: «بعد انسحاب وحدات … منها», a town). */
const OBJECT_PARTICLES = new Set(['ل', 'علي', 'ضد']);

function pronounAfterAgent(ctx: Context, trigger: Trigger, i: number, agent: Actor): Actor | undefined {
  const closing = COMMAS.has(ctx.tokens[agent.last]?.text) ? agent.last + 1 : agent.last;
  for (const j of new Set([agent.last, closing, pastApposition(ctx, agent.last)])) {
    if (j >= ctx.view.last) continue;
    const t = ctx.tokens[j];
    const pronoun = pronounSuffix(t.norm);
    const particle = t.norm.replace(/(ه|ها)$/, '');
    if (!pronoun || !OBJECT_PARTICLES.has(particle) || (particle !== 'ل' && !trigger.particles.has(particle))) continue;
    const parties = ctx.actors.filter(
      (a) => a !== agent && !isAside(ctx, a.first) && !(a.kind === 'demonym' && actorGender(ctx, a) === 'pl'),
    );
    return soleAntecedent(parties, i, pronoun, (a) => antecedentGender(ctx, a), agent.country);
  }
  return undefined;
}

/**
 * «لعملية قتل خاشقجي داخل القنصلية السعودية»: after a killing noun, a person as the bare genitive is the one killed
 * (the agent would have its object after a ل: «قتل الأسد لشعبه»); the killer is not named (round 31).
 */
function killedPerson(ctx: Context, a: Actor): boolean {
  if (lPhraseAfter(ctx, a)) return false;
  if (a.kind === 'person') return true;
  return a.kind === 'entity' && ctx.doc.layers.entities.find((e) => e.id === a.entity)?.type === 'PER';
}

/**
 * «قرار الولايات المتحدة الاعتراف بالقدس عاصمة لإسرائيل»، «ورحبت إسرائيل بقرار روسيا بسحب القوات»: a verbal noun
 * right after «قرار» and a party (the noun with or without ب) is what that party decided, its act, whoever the
 * clause's subject is (round 21).
 */
function decisionAgent(ctx: Context, i: number): Actor | undefined {
  const party = ctx.actors.find((a) => a.last === i && !isAside(ctx, a.first));
  if (!party || party.kind === 'place' || party.first - 1 < ctx.view.first) return undefined;
  const t = ctx.tokens[i].proclitics;
  // The noun bare, with ال, with ب, or with both (بالاعتراف).
  if (t.some((c) => c !== 'ب' && c !== 'ال') || (t.length === 2 && t[0] !== 'ب') || t.length > 2) return undefined;
  // «قرار الرئيس الأميركي دونالد ترمب الاعتراف …»: a title (and its party) may stand between «قرار» and the name.
  let k = party.first - 1;
  for (let n = 0; n < DECISION_TITLE_GAP && k > ctx.view.first && !hasCue(ctx, k, 'decision'); n++) {
    if (!isBridge(ctx, k) && !insideActor(ctx, k)) return undefined;
    k--;
  }
  return hasCue(ctx, k, 'decision') ? party : undefined;
}

/**
 * «لفرض اسرائيل سيطرتها على المدينة»، «ببسط الجيش السوري سيطرته»: a verbal noun with a possessive pronoun right after
 * a noun of imposing (cue `impose`) and its genitive party is that party's act, the pronoun agreeing with it, whoever
 * the clause's subject is (round 31).
 */
function imposer(ctx: Context, i: number, possessive: NonNullable<Trigger['possessive']>): Actor | undefined {
  const party = imposingParty(ctx, i);
  return party && possessorAgrees(ctx, party, possessive) ? party : undefined;
}

/** The party right before token i after a noun of imposing (and one plain word: «ببسط الجيش السوري»). */
function imposingParty(ctx: Context, i: number): Actor | undefined {
  const party = ctx.actors.find((a) => a.last === i && a.kind !== 'place' && !isAside(ctx, a.first));
  if (!party) return undefined;
  const k = party.first - 1;
  if (k >= ctx.view.first && hasCue(ctx, k, 'impose')) return party;
  return k - 1 >= ctx.view.first && isPlainWord(ctx, k) && hasCue(ctx, k - 1, 'impose') ? party : undefined;
}

/** Words looked back from a verbal noun for «قرار» and a party (قرار ترمب القاضي بالاعتراف). */
const DECIDED_BEFORE = 4;

/** «قرار ترمب القاضي بالاعتراف»: «قرار» and a party after it stand within a few words before the noun at i. */
function decidedByOther(ctx: Context, i: number): boolean {
  for (let k = i - 1, words = 0; k >= ctx.view.first && words < DECIDED_BEFORE && inClause(ctx, i, k); k--) {
    if (!isWord(ctx.tokens[k])) continue;
    words++;
    if (hasCue(ctx, k, 'decision')) return ctx.actors.some((a) => a.first > k && a.last <= i);
  }
  return false;
}

/** Words of a title between «قرار» and the deciding party's name (round 33: «قرار الرئيس الأميركي دونالد ترمب»). */
const DECISION_TITLE_GAP = 3;

/** Words between a meeting noun and «بينهما» (اتصال هاتفي بينهما). */
const DUAL_GAP = 2;

/**
 * «أن الرئيسين الفرنسي إيمانويل ماكرون والأميركي دونالد ترامب، تعهدا …، وذلك إثر اتصال هاتفي بينهما»: a meeting
 * noun with «بينهما» and no partner of its own is between the first two parties the sentence joined with و before
 * it (of two countries, and no third joined to them), outside asides (round 18).
 */
function dualReferents(ctx: Context, i: number): Actor[] {
  let words = 0;
  let at = -1;
  for (let j = i + 1; j < ctx.view.last && words <= DUAL_GAP && inClause(ctx, i, j); j++) {
    if (!isWord(ctx.tokens[j])) continue;
    if (ctx.tokens[j].norm === 'بينهما') at = j;
    words++;
  }
  if (at < 0) return [];
  const parties = ctx.actors.filter((a) => a.last <= i && !isAside(ctx, a.first) && a.country !== null);
  // «… ماكرون والأميركي دونالد ترامب»: the next party starts at, or one word after, a word with a peeled و.
  const joined = (a: Actor, b: Actor) =>
    b.first - a.last <= 1 && ctx.tokens[a.last].proclitics[0] === 'و' && inClause(ctx, a.first, b.first);
  for (let k = 0; k + 1 < parties.length; k++) {
    const [a, b, c] = [parties[k], parties[k + 1], parties[k + 2]];
    if (!joined(a, b)) continue;
    // A third coordinated party: «بينهما» does not say which two.
    return a.country !== b.country && !(c && joined(b, c)) ? [a, b] : [];
  }
  return [];
}

/** Words between a verbal noun and the «بين» that names the parties doing it together (التدريبات العسكرية المشتركة بين). */
const JOINT_GAP = 2;

/**
 * «ووصفت كوريا الشمالية التدريبات العسكرية المشتركة بين الولايات المتحدة وكوريا الجنوبية بأنها "استفزاز"»: a
 * one-party act (no target) named by a noun with «بين» and a party right after it (within two words) is done by the
 * parties after بين, so the clause's subject, who only speaks of it, is not its agent. Meetings and pacts (sym) already
 * take their parties from بين. Round 15.
 */
function jointActBetween(ctx: Context, trigger: Trigger, i: number): boolean {
  if (trigger.args !== 'none' || trigger.verbal) return false;
  for (let j = i + 1, words = 0; j < ctx.view.last && words <= JOINT_GAP && inClause(ctx, i, j); j++) {
    if (!isWord(ctx.tokens[j])) continue;
    if (ctx.tokens[j].norm === 'بين') return !!actorAt(ctx, j + 1);
    words++;
  }
  return false;
}

/** Words between a cooperation noun (بالتنسيق مع) and the clause subject that acts with the party after مع. */
const COOPERATION_REACH = 20;

/**
 * «تدخل الجيش الفرنسي في الضربة العسكرية على سوريا بالتنسيق مع الولايات المتحدة»: the clause's subject works with the
 * party after مع (COOPERATE 060), but only when it is near and no preposition's complement («الحصول مع الأمم المتحدة،
 * بالتنسيق مع نظام دمشق»): further back the clause's first party is often another clause's. Round 13.
 */
function cooperatingSubject(ctx: Context, trigger: Trigger, i: number, subject: Actor | undefined): Actor | undefined {
  if (trigger.type !== 'COOPERATE' || trigger.verbal || !subject) return subject;
  const before = ctx.tokens[subject.first - 1]?.norm ?? '';
  if (i - subject.last > COOPERATION_REACH || governed(ctx, subject) || WITH.has(before)) return undefined;
  return subject;
}

/** The pronoun an أن/إن carries (normalized), and the gender its referent must agree with. */
const COMPLEMENTIZER_PRONOUN = new Map<string, 'm' | 'f'>([
  ['انه', 'm'],
  ['بانه', 'm'],
  ['انها', 'f'],
  ['بانها', 'f'],
]);

/**
 * «وأضاف نتانياهو أنه يعتزم مناقشة هذه المسألة فورا مع مورافيسكي»: a verbal noun right after a word of intent (cue
 * `modal`: يعتزم، تنوي، سيعقد …) that opens a clause after an أن/إن carrying a pronoun (أنه، إنها) is the act of the
 * pronoun's referent, the subject the sentence last named before it, agreeing with it (as verbSubject reads «إنه
 * التقى …»). Only then: after other verbs the noun may be someone else's act («بأنها تراعي وصول المساعدات»). Round 54.
 */
function intendingSpeaker(ctx: Context, i: number): Actor | undefined {
  const j = complementizerOfIntent(ctx, i);
  if (j <= ctx.view.first) return undefined;
  const pronoun = COMPLEMENTIZER_PRONOUN.get(ctx.tokens[j].norm);
  return pronoun && ctx.subjects.last(ctx.tokens[j].start, (a) => agrees(actorGender(ctx, a), pronoun));
}

/**
 * Where the أن/إن of intendingSpeaker must stand: right before a word of intent right before the noun; or before a
 * word of ordering (cue `order`) whose ب the noun carries, or one verb before it: «قال … ترامب، إنه أعطى أوامره بضرب
 * سوريا» (round 57: the orderer's act, as the intender's). -1 when the noun follows neither.
 */
function complementizerOfIntent(ctx: Context, i: number): number {
  if (i - 2 <= ctx.view.first) return -1;
  if (hasCue(ctx, i - 1, 'modal')) return i - 2;
  if (!hasCue(ctx, i - 1, 'order') || !ctx.tokens[i].proclitics.includes('ب')) return -1;
  return COMPLEMENTIZER_PRONOUN.has(ctx.tokens[i - 2].norm) ? i - 2 : i - 3;
}

/** Words a first-person verb may stand before the verbal noun it governs (اليوم، عن: «أعلن اليوم عن فرض»). */
const SELF_WORDS = 3;

/**
 * «قال ترامب: "أعلن اليوم عن فرض … العقوبات على نظام كوريا الشمالية"»: a verbal noun governed by a first-person verb
 * (cue `self`: قمنا، سنقوم، قررنا، نواصل …; `selfOpens`: أعلن, first person only when it opens the quotation) in a
 * direct quotation is the act of the quotation's speaker, when the speaker is a party. Round 13; «نحن على …» round 50.
 */
function quotedSelfAgent(ctx: Context, i: number): Actor | undefined {
  const quote = directQuoteAt(ctx, i);
  if (!quote?.speakerSpan) return undefined;
  let words = 0;
  for (let j = i - 1; j >= ctx.view.first && inClause(ctx, i, j) && ctx.tokens[j].start >= quote.start; j--) {
    if (!isWord(ctx.tokens[j])) continue;
    if (++words > SELF_WORDS) return undefined;
    const opens = QUOTES.has(ctx.tokens[j - 1]?.text ?? '') || ctx.tokens[j - 1]?.end === quote.start;
    if (hasCue(ctx, j, 'self') || (opens && ctx.lex.cues.selfOpens.has(ctx.tokens[j].norm)) || weAreIn(ctx, j))
      return quoteSpeaker(ctx, i);
  }
  return undefined;
}

/** Prepositions of a state «نحن» may be in: «نحن على تواصل مع …»، «نحن في محادثات مع …» (normalized). */
const WE_ARE_IN = new Set(['علي', 'في']);

/**
 * «نحن على تواصل بشكل وثيق مع الحكومة العراقية» (Yildirim), «ونحن على تواصل مع مانيلا» (Kuwait's foreign minister):
 * «نحن» (cue `we`) with «على/في» right after it says the speaker's side is in the state the noun names. Not with other
 * prepositions: «نحن ضد …»، «نحن مع …» take a stand on someone else's act. Round 50.
 */
const weAreIn = (ctx: Context, j: number) => hasCue(ctx, j, 'we') && WE_ARE_IN.has(ctx.tokens[j + 1]?.norm ?? '');

/** The direct quotation token i stands in, if any. */
function directQuoteAt(ctx: Context, i: number): Quote | undefined {
  const at = ctx.tokens[i].start;
  return ctx.doc.layers.quotes.find((q) => q.direct && q.start <= at && at < q.end);
}

/** The speaker of the direct quotation token i stands in, when the speaker is a party with a country. */
function quoteSpeaker(ctx: Context, i: number): Actor | undefined {
  const span = directQuoteAt(ctx, i)?.speakerSpan;
  return span && ctx.actors.find((a) => a.start < span.end && span.start < a.end && a.country !== null);
}

/** Words allowed between a genitive agent and its object: a count (طرد لندن 23 دبلوماسيا روسيا). */
const AGENT_OBJECT_GAP = 2;

/**
 * «ردا على طرد لندن 23 دبلوماسيا روسيا»: a party right after a verbal noun that is followed by another party of
 * another country, with no preposition between, is the noun's agent, and that party its object (the object genitive
 * of «طرد دبلوماسيين بريطانيين» has no second party after it).
 */
function objectAfterGenitiveAgent(ctx: Context, i: number, genitive: Actor): Actor | undefined {
  if (genitive.first !== i + 1 || genitive.kind === 'demonym' || genitive.kind === 'place') return undefined;
  const object = actorAfter(ctx, i, genitive.last, AGENT_OBJECT_GAP);
  if (!object || governed(ctx, object) || prepositionBetween(ctx, genitive.last - 1, object.first)) return undefined;
  if (commaBetween(ctx, genitive.last - 1, object.first)) return undefined;
  return object.country && genitive.country && object.country !== genitive.country ? object : undefined;
}

/**
 * «رغم دعوة تركيا إلى احتجازه», «تحت سيطرة السوريين الأكراد», «بمجرد استكمال الهجوم على عفرين»: a verbal noun
 * after a time, concession or place adverbial (directly or as the genitive of the noun after it) is a circumstance
 * of the clause, not an act of its subject.
 */
/**
 * «عبر ماكرون عن إدانته الشديدة للهجمات الكيميائية»: an act condemned in the clause is someone else's; the clause's
 * subject is the one who condemns, not its agent. So is an act someone is suspected of («أعلنت السلطات البريطانية
 * اسمي رجلين … مشتبه بضلوعهما في محاولة اغتيال …»: the suspects', not the authorities'). So is an act the subject
 * describes («ووصف ترامب الهجوم على إدلب … بأنه …»; cue `describe`, round 16), unless a possessive makes it the
 * describer's own («ووصف بومبيو مباحثاته مع المسؤول الكوري الشمالي بأنها …»). So is an act the subject expects or
 * fears («وكان الجيش الإسرائيلي يتوقع هجوما»; cue `expect`, round 30).
 */
function condemnedBefore(ctx: Context, trigger: Trigger, i: number): boolean {
  // «ووصف بوتين في اتصال هاتفي مع نظيره الإيراني روحاني، الهجوم بـ …»: a call or meeting after في or خلال is where
  // the subject speaks, its own act, not what it condemns or describes (round 16).
  const previous = ctx.tokens[i - 1]?.norm ?? '';
  if (trigger.type === 'CONSULT' && (ctx.lex.cues.preposition.has(previous) || ctx.lex.cues.adjunct.has(previous)))
    return false;
  if (respondedTo(ctx, i)) return true;
  for (let j = i - 1; j >= ctx.view.first && inClause(ctx, i, j); j--) {
    // The cue words are anchor bits (anchors.ts): condemn, suspect, expect; welcome, describe; refer.
    const word = ctx.anchors[j];
    if (word & CONDEMNS_WORD) return true;
    // «ورحبت الولايات المتحدة وبريطانيا والنرويج … بتوقيع الاتفاق»: the act welcomed is someone else's (round 32).
    if (word & WELCOMES_WORD && !trigger.possessive) return true;
    // «وكان ماتيس يشير إلى ضربة جوية … في أعقاب هجوم …»: what the subject refers to (إلى right after the verb, and
    // no أن opening a clause of its own) is someone else's act, unless a possessive makes it its own (round 19).
    if (word & REFERS_WORD && !trigger.possessive && referredAfter(ctx, j, i)) return true;
  }
  return false;
}

/**
 * «وطردت 20 دولة البعثات الدبلوماسية الروسية تضامنا مع بريطانيا»: a demonym that qualifies a noun naming no office or
 * body (not a `head` word: البعثات، مبعوثين) is an object's, so it is not the agent of a circumstantial verbal noun
 * (an indefinite accusative: تضامنا، دعما; also when the form reads as a dual verb) the clause's subject does
 * (round 29). «وأعلنت الخارجية الروسية، دعما …» keeps its subject.
 */
function objectDemonym(ctx: Context, i: number, a: Actor): boolean {
  if (a.kind !== 'demonym' || !circumstantialNoun(ctx, i)) return false;
  let k = a.first - 1;
  const head = (j: number) => hasCue(ctx, j, 'head');
  // Other nisba adjectives of the noun (البعثات الدبلوماسية الروسية), not a head written like one (الخارجية).
  while (k > ctx.view.first && /(ي|يه)$/.test(ctx.tokens[k].norm) && !actorAt(ctx, k) && !head(k)) k--;
  return k >= ctx.view.first && isWord(ctx.tokens[k]) && !head(k);
}

/**
 * An indefinite accusative of a verbal noun of the lexicon (تضامنا، دعما): the accusative's ا, not a plural verb's وا
 * (هاجموا) nor a dual verb with no such noun («صاروخين إسرائيليين استهدفا منطقة الكسوة»: the missiles did target it),
 * nor a possessive ها (سيطرتها), whose referent the pronoun names.
 */
function circumstantialNoun(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  const accusative = t.norm.endsWith('ا') && !t.norm.endsWith('وا') && !t.norm.endsWith('ها');
  if (t.proclitics.length > 0 || !accusative) return false;
  return (ctx.lex.forms.get(t.norm.slice(0, -1)) ?? []).some((hit) => !hit.verbal);
}

/** Words between «رد على» and the act responded to («ردا على أحد هذه الهجمات»). */
const RESPONSE_GAP = 3;

/**
 * «تعهدت إيران بالرد على الغارات الجوية الأخيرة على منشآتها»، «ردا على "قصف إيراني"»، «ردا على أحد هذه الهجمات»:
 * an act within a few words after «على» of a word of responding is what is responded to, someone else's act (round 29).
 */
function respondedTo(ctx: Context, i: number): boolean {
  for (let j = wordBefore(ctx, i), words = 0; j >= 0 && words <= RESPONSE_GAP && inClause(ctx, i, j); j--) {
    if (!isWord(ctx.tokens[j])) continue;
    if (ctx.tokens[j].norm === 'علي') {
      let response = wordBefore(ctx, j);
      // «في إطار رد واشنطن على "الهجوم البشع"»: the response noun's genitive, its agent, may stand before على (round 31).
      const agent = ctx.actors.find((a) => a.last === response + 1 && a.first > ctx.view.first);
      if (agent) response = wordBefore(ctx, agent.first);
      return response >= 0 && hasCue(ctx, response, 'respond');
    }
    words++;
  }
  return false;
}

/** «يشير إلى ضربة»: إلى right after the verb of referring at j, and no complementizer before the trigger at i. */
function referredAfter(ctx: Context, j: number, i: number): boolean {
  if (ctx.tokens[j + 1]?.norm !== 'الي') return false;
  for (let k = j + 2; k < i; k++) if (ctx.lex.cues.complementizer.has(ctx.tokens[k].norm)) return false;
  return true;
}

const afterAdverbial = (ctx: Context, i: number) => i > ctx.view.first && hasCue(ctx, i - 1, 'adverbial');

function underAdverbial(ctx: Context, i: number): boolean {
  const before = [i - 1, i - 2].filter((k) => k >= ctx.view.first && isWord(ctx.tokens[k]));
  if (before.length === 0) return false;
  if (before.some((k) => newsTopic(ctx, k))) return true;
  if (hasCue(ctx, before[0], 'adverbial')) return true;
  return before.length > 1 && isPlainWord(ctx, before[0]) && hasCue(ctx, before[1], 'adverbial');
}

/**
 * «لمناقشة أحدث المعلومات عن محاولة اغتيال العميل الروسي»: عن/حول at k after a word for news or reports (cue `news`)
 * opens what the news is about; an act there is not the clause subject's (round 27).
 */
function newsTopic(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (t.norm !== 'عن' && t.norm !== 'حول') return false;
  if (k - 1 >= ctx.view.first && hasCue(ctx, k - 1, 'news')) return true;
  // «التقارير الصادمة عن احتمال شن هجوم كيماوي»: one adjective may stand between (round 31).
  return k - 2 >= ctx.view.first && isPlainWord(ctx, k - 1) && hasCue(ctx, k - 2, 'news');
}

/**
 * «هجوم من كوريا الشمالية على …», «هجوم قاس من …»: an actor after من, right after the verbal noun or one adjective,
 * and before the target's particle, is the agent. An adverb between (هجوم انطلاقا من سوريا) makes من a place.
 */
function agentAfterMin(ctx: Context, i: number, p: number): Actor | undefined {
  for (let j = i + 1, words = 0; j < p && words < 2; j++) {
    const t = ctx.tokens[j];
    if (!isWord(t) || isAside(ctx, j)) return undefined;
    if (t.norm === 'من') return actorAfter(ctx, j, j + 1, 1);
    if (!isPlainWord(ctx, j) || t.norm.endsWith('ا')) return undefined;
    words++;
  }
  return undefined;
}

/** Words before a verbal noun in which a casualty word makes the clause's subject its victims. */
const CASUALTY_BEFORE = 4;

/**
 * «لقي 14 مقاتلا من بينهم إيرانيون مصرعهم في الضربة التي …»: after a casualty word the clause's subject are the
 * victims of the attack noun, not its agent (who is only its own demonym or genitive).
 */
function casualtyBefore(ctx: Context, i: number): boolean {
  for (let j = i - 1, words = 0; j >= ctx.view.first && inClause(ctx, i, j) && words < CASUALTY_BEFORE; j--) {
    if (!isWord(ctx.tokens[j])) continue;
    // «مقتل 7 خبراء متفجرات ينتمون للميليشيات الإيرانية في غارات التحالف»: what the victims belong to is part of
    // their description; the casualty word may stand as far again before it (round 36).
    words = hasCue(ctx, j, 'affiliation') ? 0 : words + 1;
    const bare = ctx.tokens[j].norm.replace(/^و/, '').replace(/(هما|هم|ها|ه)$/, '');
    if (hasCue(ctx, j, 'violence') || ctx.lex.cues.violence.has(bare)) return true;
  }
  return false;
}

/** Words between a verbal noun and «من قبل»: its object, with a demonym or an adjective (قصف مكثف من قبل …). */
const BY_AGENT_WORDS = 5;
/** A passive participle of the simple verb (مفعول: المدعومة، المفروضة، مدعومين), normalized. */
const PASSIVE_PARTICIPLE = /^(ال)?م[^و\s]{2}و[^و\s](ه|ين|ون|ات)?$/;

/**
 * «استهداف المدنيين الفلسطينيين من قبل قوات الجيش الإسرائيلي»، «تم اعتقاله من قبل السلطات التركية»: «من قبل» names
 * the agent of a verbal noun outright, whatever stands between (its object) and whoever the clause's subject is.
 */
function agentAfterMinQibal(ctx: Context, i: number): Actor | undefined {
  for (let j = i + 1, words = 0; j + 1 < ctx.view.last && words <= BY_AGENT_WORDS && inClause(ctx, i, j); j++) {
    if (COMMAS.has(ctx.tokens[j].text)) return undefined;
    if (!isWord(ctx.tokens[j]) || isAside(ctx, j)) continue;
    // «إدانة السعودية لاستهداف المدنيين … من قبل …»: the agent is the nearest verbal noun's, and «القوات السورية
    // المدعومة من قبل روسيا» the passive participle's.
    if (candidateTriggers(ctx, j).length > 0 || PASSIVE_PARTICIPLE.test(ctx.tokens[j].norm)) return undefined;
    if (ctx.tokens[j].norm === 'من' && ctx.tokens[j + 1].norm === 'قبل')
      return actorAfter(ctx, i, j + 2, 1) ?? qualifiedPhrase(ctx, i, j + 2);
    words++;
  }
  return undefined;
}

/**
 * «أثناء الزيارة التي يقوم بها ولي العهد السعودي لباريس»، «خلال الزيارة الرسمية التي يقوم بها …»: a verbal noun (with
 * up to RELATIVE_ADJECTIVES definite adjectives) before a relative pronoun, a form of قام (cue `perform`) and «به/بها»
 * is the act of the party right after them (or after its title), as after «من قبل»; its target is the particle's
 * complement after that party (round 51).
 */
function performedBy(ctx: Context, i: number): Actor | undefined {
  let j = i + 1;
  while (j < ctx.view.last && j - i <= RELATIVE_ADJECTIVES && definiteAdjective(ctx, j)) j++;
  if (j + 3 > ctx.view.last || !ctx.lex.cues.relative.has(ctx.tokens[j].norm)) return undefined;
  if (!hasCue(ctx, j + 1, 'perform') || !RESUMED_BY_BA.has(ctx.tokens[j + 2].norm)) return undefined;
  // The party may follow its title («ولي العهد السعودي»، «وزير الخارجية الأمريكي»).
  for (let k = j + 3; k < Math.min(ctx.view.last, j + 3 + PERFORMER_TITLE_WORDS); k++) {
    const actor = actorAt(ctx, k);
    if (actor) return k === j + 3 || actor.kind === 'demonym' ? actor : undefined;
    // A title word may read as a clitic and a word (ولي: و + لي); any other word ends the search.
    if (ctx.tokens[k].kind !== 'arabic' || ctx.lex.cues.preposition.has(ctx.tokens[k].norm)) return undefined;
  }
  return undefined;
}

/** Title words before the demonym of the party that performs the act (ولي العهد السعودي). */
const PERFORMER_TITLE_WORDS = 3;

/** The complement of the trigger's particle after the agent named behind the noun. */
function complementAfter(ctx: Context, trigger: Trigger, particles: Set<string>, agent: Actor): Actor[] {
  const p = particleIndex(ctx, particles, agent.last);
  return p >= 0 && inClause(ctx, agent.first, p) ? complement(ctx, p, trigger) : [];
}

/** The agent after «من قبل» acts on the particle's complement, else on the noun's genitive, else on the place hit. */
function byAgentPairs(
  ctx: Context,
  trigger: Trigger,
  i: number,
  agent: Actor,
  viaParticle: Actor[],
  genitive: Actor | undefined,
): Pair[] | undefined {
  const agents = [agent, ...coordinated(ctx, agent)];
  const objects = viaParticle.length > 0 ? viaParticle : genitive && genitive !== agent ? [genitive] : [];
  if (objects.length > 0) return crossPairs(agents, objects);
  const place = aimsAtPlace(trigger) ? attackedPlace(ctx, i, agent) : undefined;
  if (place) return crossPairs(agents, [place]);
  return trigger.args === 'none' ? crossPairs(agents, []) : undefined;
}

/**
 * A casualty noun or passive (إصابة ثلاثة فلسطينيين برصاص القوات الإسرائيلية): the victims follow the trigger and
 * the attacker is named after an agent word (برصاص، بنيران، على يد). Without both nothing is coded.
 */
function passiveArguments(ctx: Context, i: number): Pair[] | undefined {
  const victim = actorAfter(ctx, i, i + 1, GENITIVE_GAP);
  if (!victim) return undefined;
  const attacker = agentAfter(ctx, i, victim.last);
  return attacker ? crossPairs([attacker], [victim]) : undefined;
}

/**
 * Attacks and seizures (CAMEO 19x: fight, occupy) are aimed at places as well as parties, and so is an ambassador's
 * recall (161: استدعاء سفيره في موسكو names the host country by its capital).
 */
const aimsAtPlace = (trigger: Trigger) =>
  trigger.type === 'ASSAULT' || trigger.cameo.root === '19' || trigger.cameo.code === '161';

/** CAMEO 181: abducting, taking hostage. */
const ABDUCT = '181';

/**
 * «ساعد الولايات المتحدة في خطف الزوجين في تايلاند»: an abduction of people named right after it takes them, not the
 * place it happens in (round 29); with no one named after it («خطف في وسط مدينة تيزي وزو») the place is still aimed at.
 */
function placeAimed(ctx: Context, trigger: Trigger, i: number): boolean {
  if (!aimsAtPlace(trigger)) return false;
  // «واستطاعت القوات الخاصة الأمريكية قتله بالرصاص في باكستان»: a killing verb with an object pronoun kills its
  // referent, not the place named after it (round 32); «الضربات التي شنتها الولايات المتحدة» resumes the strikes.
  if (trigger.verbal && hasObjectPronoun(ctx, i) && killingStem(ctx, i)) return false;
  if (trigger.cameo.code !== ABDUCT || i + 1 >= ctx.view.last) return true;
  const next = ctx.tokens[i + 1];
  return !isWord(next) || hasKey([next.norm], ctx.lex.cues.preposition) || !!actorAt(ctx, i + 1);
}

/** Whether token i, its object pronoun left out, is a killing word (قتله، اغتالها). */
function killingStem(ctx: Context, i: number): boolean {
  const word = withoutObjectPronoun(ctx.tokens[i].norm);
  const bare = word[0] === 'و' || word[0] === 'ف' ? word.slice(1) : word;
  const { killing, killedVerb } = ctx.lex.cues;
  return killing.has(bare) || killedVerb.has(bare);
}

/** Places and actors after token i in its clause, outside asides, in text order. */
function partiesAfter(ctx: Context, i: number): Actor[] {
  return [...ctx.places, ...ctx.actors]
    .filter((a) => a.first > i && inClause(ctx, i, a.first) && !isAside(ctx, a.first))
    .sort((a, b) => a.first - b.first);
}

/**
 * Where an attack with no named party lands, or talks with no named partner are held: the first foreign place after
 * the trigger in its clause (… في عفرين).
 */
function attackedPlace(ctx: Context, i: number, source: Actor, recall = false): Actor | undefined {
  const after = partiesAfter(ctx, i).filter(
    (a) => !contrastBetween(ctx, i, a.first) && !reportedBetween(ctx, i, a.first),
  );
  // «استدعاء سفيره لدى مصر»: a recalled ambassador's post (after لدى) is the host country, as a capital after في is
  // (round 26).
  const located = after.filter(
    (a) => a.country !== null && ((isLocationCue(ctx, a) && !isDestination(ctx, a)) || (recall && isEnvoyPost(ctx, a))),
  );
  // «هجمات "بوكو حرام" المتكررة في نيجيريا إلى فرار … جنوب شرق النيجر»: an attack in the attacker's own country is
  // domestic; a foreign place further on is somewhere else (round 13).
  const first = located[0];
  if (first && first.country === source.country && ctx.tokens[first.first - 1]?.norm === 'في') return undefined;
  return located.find((a) => a.country !== source.country);
}

/** CAMEO 161: recalling one's own ambassador. */
const isRecall = (trigger: Trigger) => trigger.cameo.code === '161';

/**
 * «تواصل تنفيذ العمليات العسكرية … ضد تنظيم "الدولة الإسلامية"، مشددا على أن … الأراضي التي خسروها في سوريا»: a
 * bare complementizer between the trigger and a place opens what is said; the place there is not where the attack
 * lands (round 13). Not «أنها»: in «عملية "غصن الزيتون" التي تقول أنها تستهدف … في منطقة عفرين» the pronoun is the
 * operation's.
 */
function reportedBetween(ctx: Context, i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) if (ctx.lex.cues.bareComplementizer.has(ctx.tokens[k].norm)) return true;
  return false;
}

/**
 * «دفع الهجوم التركي آلاف الأشخاص للنزوح … إلى مدينة عفرين»: a place after إلى (or إلى مدينة …) is where someone
 * goes, not where the attack lands (round 13).
 */
function isDestination(ctx: Context, a: Actor): boolean {
  const before = [a.first - 1, a.first - 2].map((k) => ctx.tokens[k]?.norm);
  return before[0] === 'الي' || (before[1] === 'الي' && ctx.lex.cues.location.has(before[0] ?? ''));
}

/** Words from the place entered or gone to, to the repelling word («منطقة عفرين للمساعدة في صد»). */
const REPEL_REACH = 5;

/**
 * «بدخول عفرين للمشاركة في صد الهجوم التركي هناك»، «توجهوا إلى منطقة عفرين القريبة للمساعدة في صد هجوم تركي»: an
 * attack right after a word of repelling (cue `repel`) that names its attacker and no target lands on the place those
 * repelling enter or go to, named before it in its clause (round 49).
 */
function repelledAttackPlace(ctx: Context, trigger: Trigger, i: number, source: Actor): Actor | undefined {
  const repel = i - 1;
  if (trigger.type !== 'ASSAULT' || repel <= ctx.view.first || !hasCue(ctx, repel, 'repel')) return undefined;
  return [...ctx.places, ...ctx.actors]
    .filter(
      (a) => a.last <= repel && wordsBetween(ctx, a.last - 1, repel) <= REPEL_REACH && inClause(ctx, repel, a.first),
    )
    .filter((a) => a.country !== null && a.country !== source.country && !isAside(ctx, a.first) && wentTo(ctx, a))
    .sort((a, b) => b.first - a.first)[0];
}

/**
 * «للمساعدة في صد الهجوم التركي»: an attack noun right after a word of repelling (cue `repel`) is also the defenders'
 * force against the attacker; those who repel an attack are the side it is aimed at, so its parties are coded the other
 * way round as well (round 60: the dev gold codes Syria's forces repelling Turkey's offensive on Afrin as SY>TR).
 */
function repelledAttack(ctx: Context, trigger: Trigger, i: number): boolean {
  return trigger.type === 'ASSAULT' && !trigger.verbal && i - 1 > ctx.view.first && hasCue(ctx, i - 1, 'repel');
}

/** Words from an interception word to the missile it intercepts («اعترضت قوات الدفاع الجوي السعودية صاروخا»). */
const INTERCEPT_REACH = 6;

/**
 * «اعترضت قوات الدفاع الجوي السعودية صاروخا باليستيا أطلقه حوثيون على مدينة نجران»: an attack verb whose missile (its
 * phrase word, standing before it) is the object of a word of intercepting (cue `intercept`) in its clause is also
 * the interceptors' force against the launcher; those who intercept are the side the missile is aimed at, so its
 * parties are coded the other way round as well (round 60; round 10's convention: intercepting a Houthi missile is
 * SA>YE ASSAULT, as shooting one down is).
 */
function interceptedAttack(ctx: Context, trigger: Trigger, i: number, missile: number): boolean {
  if (trigger.type !== 'ASSAULT' || !trigger.verbal || missile >= i) return false;
  for (
    let k = missile - 1, words = 0;
    k >= ctx.view.first && words < INTERCEPT_REACH && inClause(ctx, missile, k);
    k--
  ) {
    if (!isWord(ctx.tokens[k])) continue;
    if (hasCue(ctx, k, 'intercept')) return true;
    if (!insideActor(ctx, k)) words++;
  }
  return false;
}

/** «بدخول عفرين»، «لدخول الجيش السوري منطقة عفرين»، «إلى منطقة عفرين»: a place entered or gone to. */
function wentTo(ctx: Context, a: Actor): boolean {
  if (isDestination(ctx, a)) return true;
  let k = a.first - 1;
  if (k > ctx.view.first && hasCue(ctx, k, 'location')) k--;
  // The one who enters may stand between the word and the place: «لدخول الجيش السوري منطقة عفرين».
  const enterer = ctx.actors.find((b) => b.last === k + 1);
  if (enterer) k = enterer.first - 1;
  for (let words = 0; words < 2 && k > ctx.view.first && (hasCue(ctx, k, 'head') || hasCue(ctx, k, 'troops')); words++)
    k--;
  return k >= ctx.view.first && hasCue(ctx, k, 'enter');
}

/** Forms of قام that make a visit noun after them a verb (قام … بزيارة). */
const LIGHT_VERBS = new Set(['قام', 'قامت', 'يقوم', 'تقوم']);

/**
 * «قام وزير الشؤون الخارجية العماني … بزيارة المواقع المقدسة … في القدس الشرقية»: a visit noun with a glued ب after a
 * form of قام (its subject between) is the verb زار, and with no party as its object visits the country of the place
 * its sites are in (visitedPlace). Round 25.
 */
function lightVisitEvents(ctx: Context, trigger: Trigger, i: number, pairs: Pair[] | undefined): CodedEvent[] {
  if (trigger.verbal || trigger.cameo.code !== '042' || pairs?.some(([, target]) => target !== null)) return [];
  if (ctx.tokens[i].proclitics[0] !== 'ب') return [];
  let light = -1;
  for (let j = i - 1; j >= ctx.view.first && j >= i - 1 - SUBJECT_BEFORE * 3 && inClause(ctx, i, j); j--)
    if (LIGHT_VERBS.has(ctx.tokens[j].norm.replace(/^[وف]/, ''))) light = j;
  if (light < 0) return [];
  const source = ctx.actors.find((a) => a.first > light && a.last <= i && a.country !== null);
  if (!source) return [];
  const place = visitedPlace(ctx, i, source);
  return place ? toEvents(ctx, trigger, i, [[source, place]]) : [];
}

/**
 * Where a visit (زار, a verb with no particle) with no party as its object goes: the first place of another country
 * than the visitor's after the verb in its clause, after a location word or a glued ب (بالقدس الشرقية), not in an
 * aside, with no site of the visitor's own country before it (round 25).
 */
function visitedPlace(ctx: Context, i: number, source: Actor): Actor | undefined {
  const first = partiesAfter(ctx, i).find(
    (a) => a.country !== null && (isLocationCue(ctx, a) || ctx.tokens[a.first].proclitics[0] === 'ب'),
  );
  if (!first || first.country === source.country) return undefined;
  // «يزور القنصلية السعودية في مدينة إسطنبول»: a site of the visitor's own country is no visit to the host.
  const from = Math.max(i, source.last - 1);
  const own = ctx.actors.some((a) => a.first > from && a.first < first.first && a.country === source.country);
  return own ? undefined : first;
}

/** «تستهدف الإرهابيين وليس الحكومة في دمشق»: a contrast word between the trigger and a place sets the place aside. */
function contrastBetween(ctx: Context, i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) if (ctx.lex.cues.contrast.has(ctx.tokens[k].norm)) return true;
  return false;
}

/**
 * A casualty verb with an attacker named after an agent word (الجنود السودانيين قتلوا في كمين نصبه الحوثيون): the
 * unvoweled verb is read as a passive, its subject as the victim.
 */
function passiveVerbArguments(ctx: Context, i: number): Pair[] | undefined {
  const attacker = agentAfter(ctx, i, i + 1);
  if (!attacker) return undefined;
  const victim = victimBefore(ctx, i) ?? actorAfter(ctx, i, i + 1, GENITIVE_GAP);
  return victim && victim !== attacker ? crossPairs([attacker], [victim]) : undefined;
}

/**
 * A passive attack or arrest verb: voweled (قُتلت), or «15 جنديا تركيا قتلوا خلال الاشتباكات»، «أثيوبيين خطفوا في
 * ليبيا»: an unvoweled plural perfect attack or arrest verb after
 * its noun, with no object after it (a particle, a conjunction or punctuation follows), is the passive: the noun is
 * the victim, never the attacker.
 */
function isPassiveVerb(ctx: Context, trigger: Trigger, i: number): boolean {
  if (trigger.type !== 'ASSAULT' && trigger.type !== 'COERCE') return false;
  const t = ctx.tokens[i];
  // «قُتلت متطوعة بريطانية»: a damma on the first letter writes the passive out.
  if (t.text[t.stemOffset + 1] === '\u064F') return true;
  // «سكريبال استُهدف عمداً»، «اعتُقل»: a derived perfect (ا + two or three letters) with a damma on its second or third
  // letter is the passive too; its active has a fatha or nothing there (round 27).
  if (dammaInDerivedPerfect(t.text.slice(t.stemOffset))) return true;
  // «اختطفوا «مواطنا سوريا»»: a quoted object is still an object.
  const j = QUOTES.has(ctx.tokens[i + 1]?.text) ? i + 2 : i + 1;
  const next = ctx.tokens[j];
  const perfectPlural = trigger.agree === 'pl' && /وا$/.test(t.stem) && !/^[يتن]/.test(t.stem);
  if (!perfectPlural || !next || j >= ctx.view.last) return false;
  return !actorAt(ctx, j) && next.kind !== 'number' && !(isPlainWord(ctx, j) && !introducesAdjunct(ctx, j));
}

/** Whether a perfect of a derived form (starting with ا) carries a damma on its second or third letter. */
function dammaInDerivedPerfect(stem: string): boolean {
  if (!/^[اأإ]/.test(stem)) return false;
  let letters = 0;
  for (const c of stem) {
    if (c === '\u064F') return letters === 2 || letters === 3;
    if (/[\u064B-\u0652\u0640]/.test(c)) continue;
    if (++letters > 3) return false;
  }
  return false;
}

/** خلال، في، أو، جراء …: a word after a verb that starts an adjunct or a coordinated verb, not an object. */
function introducesAdjunct(ctx: Context, j: number): boolean {
  const { cues } = ctx.lex;
  const keys = keysOf(ctx, j);
  return (
    ctx.tokens[j].norm === 'او' ||
    ctx.lex.particleWords.has(ctx.tokens[j].norm) ||
    hasKey(keys, cues.adjunct) ||
    hasKey(keys, cues.location) ||
    hasKey(keys, cues.agent)
  );
}

/** The victims of a passive casualty verb: the party named last before it in its clause, even behind a particle. */
function victimBefore(ctx: Context, i: number): Actor | undefined {
  const before = ctx.actors.filter((a) => a.last <= i && inClause(ctx, i, a.first) && !isAside(ctx, a.first));
  const last = before.sort((a, b) => b.last - a.last)[0];
  if (!last || i - last.last > SUBJECT_BEFORE) return undefined;
  // «وتزعم مصادر تركية أنه قُتل على أيدي 15 سعوديا»: after «أنه» the victim is the pronoun's, not the speaker (round 44).
  for (let k = last.last; k < i; k++) if (ctx.lex.cues.complementizer.has(ctx.tokens[k].norm)) return undefined;
  return last;
}

/** The actor named after the first agent word (برصاص، بنيران، على يد، في كمين) from token `from` in i's clause. */
function agentAfter(ctx: Context, i: number, from: number): Actor | undefined {
  for (let j = from; j < ctx.view.last && inClause(ctx, i, j); j++) {
    if (!isWord(ctx.tokens[j]) || !hasCue(ctx, j, 'agent')) continue;
    // «في هجوم على إسرائيل»: an actor behind a preposition is what the attack hit, not who attacked.
    const agent = actorAfter(ctx, j, j + 1, 1);
    return agent && !governed(ctx, agent) ? agent : undefined;
  }
  return undefined;
}

function verbArguments(ctx: Context, trigger: Trigger, i: number): Pair[] | undefined {
  // «شنت إسرائيل غارات على مواقع إيرانية»: a phrase verb's noun (غارات، ضربات) is its object, never an agent phrase
  // of a passive (قتل … بغارات روسية).
  if (trigger.cameo.root === '19' && trigger.type === 'ASSAULT' && trigger.with.size === 0) {
    const passive = passiveVerbArguments(ctx, i);
    if (passive) return passive;
  }
  const resumed = resumedObjectArguments(ctx, i);
  if (resumed) return resumed;
  if (isPassiveVerb(ctx, trigger, i)) return undefined;
  const particleFrom = (from: number) => {
    const found = trigger.particles.size > 0 ? particleIndex(ctx, trigger.particles, from) : -1;
    return found >= 0 && warnedAbout(ctx, trigger, i, found) ? -1 : found;
  };
  let p = particleFrom(i + 1);
  let viaParticle = p >= 0 ? complement(ctx, p, trigger) : [];
  const { source, after } = verbSubject(ctx, trigger, i);
  // «اجتمع بالأمين العام … الذي أجرى … اجتماعا مع …»: a particle past a relative clause is the relative verb's.
  if (p >= 0 && relativeClauseBetween(ctx, i + 1, p, source)) {
    p = -1;
    viaParticle = [];
  }
  // «لندن ستستهدف أصول روسيا في بريطانيا»: aiming at a party's assets or money is economic pressure, not an attack.
  if (trigger.type === 'ASSAULT' && economicAim(ctx, after)) return undefined;
  // «إن السعودية والإمارات تحتلان المرتبتين الأولى والثانية»، «أن تحتل الصين مكان الولايات المتحدة»: occupying a
  // rank or someone's place is no occupation (round 39).
  if (trigger.cameo.code === '192' && (rankAt(ctx, i + 1) || rankAt(ctx, after))) return undefined;
  // «وتعهد بالرد عليه بعد أن أجرى محادثات مع بريطانيا وفرنسا»: with no subject, only the parties after بين meet each
  // other; the partners after مع are each the unnamed subject's, not each other's (round 28).
  if (!source && aimsAtPlace(trigger) && killedAfterAside(ctx, trigger, i)) {
    ctx.passives.add(i);
    return undefined;
  }
  if (!source)
    return trigger.args === 'sym' && viaParticle.length >= 2 && ctx.tokens[p].norm === 'بين'
      ? allPairs(viaParticle)
      : undefined;
  const group = [source, ...coordinated(ctx, source)];
  // «، وهو ما ترفضه روسيا، الحليف الأول للنظام السوري»: the object of a verb after «وهو ما»/«الأمر الذي» is what was
  // said before; no party after it is its object (round 19).
  if (commentOnSaid(ctx, i)) return trigger.args === 'none' ? crossPairs(group, []) : undefined;
  // «جولته الأخيرة في السعودية وتركيا لبحث قضية خاشقجي»: with ل the word is the verbal noun (a purpose), not a verb.
  if (trigger.args === 'pair') return /^[وف]?ل/.test(ctx.tokens[i].norm) ? undefined : coordinatedPairs(group);
  // «والأمين العام للأمم المتحدة»: a ل inside a coordinated subject's name is not the trigger's particle (round 13).
  const groupEnd = Math.max(...group.map((a) => a.last));
  if (p >= 0 && group.some((a) => a.first <= p && p < a.last)) {
    p = particleFrom(groupEnd);
    viaParticle = p >= 0 ? complement(ctx, p, trigger) : [];
  }
  let targets = viaParticle;
  // حذر ترامب روسيا الداعمة لنظام الأسد: a direct object before the particle is the target, not the later phrase.
  const objectFirst = (trigger.args === 'obj' || trigger.args === 'opt') && p >= 0;
  // «عملية دبلوماسية تدعمها روسيا حليفة الأسد»: the object pronoun is the object (the antecedent); what follows the
  // subject is its apposition.
  const objectResumed = hasObjectPronoun(ctx, i) && (hasResumptiveObject(ctx, i) || actorAt(ctx, i + 1) === source);
  if ((targets.length === 0 || objectFirst) && !objectResumed && ['obj', 'opt', 'gen', 'sym'].includes(trigger.args)) {
    // «وحذرت المستشارة الألمانية … والرئيس الفرنسي … والأمين العام للأمم المتحدة … ترامب»: the object follows the
    // coordinated subjects (round 13).
    const first = directObject(ctx, i, after, source);
    const next = first && group.includes(first) ? directObject(ctx, i, groupEnd, source) : undefined;
    // A comma may close a coordination of bare demonyms (…، والفرنسي إيمانويل ماكرون، نظام الرئيس السوري): round 36.
    const elliptic = group.some((a) => demonymAfterAnd(ctx, a.first));
    const object = next && (elliptic || !commaBetween(ctx, groupEnd - 1, next.first)) ? next : first;
    if (
      object &&
      (p < 0 || object.first < p) &&
      !group.includes(object) &&
      !warnedOf(ctx, trigger, after, object) &&
      !exampleItem(ctx, object)
    )
      targets = [object, ...coordinated(ctx, object)];
  }
  if (targets.length === 0 && trigger.args !== 'none') {
    const referent =
      pronounReferent(ctx, i, source) ?? promisee(ctx, trigger, i, source) ?? objectAntecedent(ctx, i, source);
    if (referent) targets = [referent];
  }
  if (trigger.args === 'sym' && targets.length === 0) {
    const meeter = sharedSubjectMeeting(ctx, trigger, i, source);
    if (meeter) return crossPairs([meeter], [source]);
  }
  if (trigger.args === 'sym') return meetingPairs(ctx, trigger, i, group, targets);
  if (targets.length === 0 && trigger.type === 'REJECT' && trigger.args === 'obj') {
    const act = actOnParty(ctx, trigger, after);
    if (act) targets = [act];
  }
  // «تخوض تركيا مواجهات مع الأكراد في عفرين»: a party of unknown country cannot be coded; the attack is aimed at the
  // place it names, as when no party is named.
  // «خطف موظفة تونسية بالصليب الأحمر في العاصمة اليمني»: the passive's place may be a party of its own (a capital
  // with a demonym); it is still where the act happened (round 29).
  if (aimsAtPlace(trigger) && killedSubject(ctx, trigger, i, source)) {
    ctx.passives.add(i);
    return undefined;
  }
  if (aimsAtPlace(trigger) && targets.every((t) => t.country === null) && killedWithNoObject(ctx, trigger, i, source)) {
    ctx.passives.add(i);
    return undefined;
  }
  if (placeAimed(ctx, trigger, i) && targets.every((t) => t.country === null)) {
    const place = attackedPlace(ctx, i, source, isRecall(trigger));
    if (place) targets = [place];
  }
  // «زار وزير … العماني … كلا من المسجد الأقصى … بالقدس الشرقية»: a visit to sites that are no party is a visit to
  // the country of the place they are in (round 25), as a visit to the place itself is («زار الرئيس الفرنسي الموصل»).
  if (targets.length === 0 && trigger.verbal && trigger.cameo.code === '042' && trigger.particles.size === 0) {
    const place = visitedPlace(ctx, i, source);
    if (place) targets = [place];
  }
  // A rejected accusation whose accuser is not named (وصف … الاتهامات الموجهة لتركيا بأنها "دعاية") is a denial.
  if (targets.length === 0 && trigger.args !== 'none' && trigger.args !== 'opt') return undefined;
  return crossPairs(group, targets);
}

/** The particle قد (with a perfect: past) and its forms with a conjunction or لـ glued. */
const QAD = new Set(['قد', 'وقد', 'فقد', 'لقد']);

/**
 * «قتل جندي أمريكي في انفجار … في أفغانستان»، «قتل عالم الطاقة الفلسطيني فادي محمد البطش السبت في العاصمة
 * كوالالمبور»: an unvoweled killing verb opening its clause, whose subject is a noun a demonym qualifies with no
 * object after it (only a name, a time word, then an adjunct, a conjunction or the end), is the passive: the demonym
 * is the victim's, the killer unnamed, and the place is where it happened (round 19). «وقتل الجيش الإسرائيلي
 * فلسطينيا في غزة» has its object. So is a kidnapping verb (a `victim` word): «خطف موظفة تونسية …» (round 29).
 */
function killedSubject(ctx: Context, trigger: Trigger, i: number, source: Actor): boolean {
  if (!trigger.verbal || source.kind !== 'demonym' || source.first <= i) return false;
  const killing = hasCue(ctx, i, 'killing') || hasCue(ctx, i, 'killedVerb');
  // «وقد قتل أكثر من 30 فلسطينيا وأربعة إسرائيليين»: the particle قد before the verb opens its clause (round 44).
  const opener = QAD.has(ctx.tokens[i - 1]?.norm ?? '') ? i - 1 : i;
  if (!(killing || hasCue(ctx, i, 'victim')) || !opensClause(ctx, opener)) return false;
  const named = (j: number) =>
    ctx.doc.layers.mentions.some(
      (m) => m.type === 'PER' && m.start <= ctx.tokens[j].start && ctx.tokens[j].end <= m.end,
    );
  let j = source.last;
  // A first name the tagger left out of the name after it («فادي محمد البطش») is part of it.
  if (j + 1 < ctx.view.last && isWord(ctx.tokens[j]) && named(j + 1)) j++;
  while (j < ctx.view.last && isWord(ctx.tokens[j]) && (named(j) || inTimeExpression(ctx, j))) j++;
  if (j >= ctx.view.last || !isWord(ctx.tokens[j])) return true;
  const norm = ctx.tokens[j].norm;
  // «خطف موظفة تونسية بالصليب الأحمر في العاصمة اليمني»: a word with a glued preposition is no object (round 29).
  const glued = ctx.tokens[j].proclitics.some((c) => c === 'ب' || c === 'ل');
  return introducesAdjunct(ctx, j) || ctx.lex.cues.preposition.has(norm) || norm.startsWith('و') || glued;
}

/**
 * «متطوعة بريطانية مع الأكراد تقتل في عفرين»، «الأمريكي روبرت جرودت الذي قتل أثناء معارك مدينة الرقة»: a killing
 * or downing verb (`killing`, `killedVerb`) with no object pronoun, right before an adjunct or a preposition, has no
 * object (the verb is transitive), so it is the unvoweled passive and the party before it its victim. «قتل كيم جونغ نام
 * … بغاز الأعصاب في ماليزيا»، «وعندما قتل العميل الروسي ألكسندر ليتفيننكو مسموما في لندن»: so is one whose
 * subject, within three words after it, is a person (news names the killer of a person after the victim, with an
 * agent phrase, or not at all). Only where no party of a country is its object (round 32).
 */
function killedWithNoObject(ctx: Context, trigger: Trigger, i: number, source: Actor): boolean {
  if (!trigger.verbal || hasObjectPronoun(ctx, i)) return false;
  const killing = hasCue(ctx, i, 'killing') || hasCue(ctx, i, 'killedVerb');
  if (!(killing || hasCue(ctx, i, 'victim'))) return false;
  // Not an abduction: «أمجد وهبة، المدير الإقليمي لـ«الشركة الجزائرية المصرية …»، خطف في وسط مدينة تيزي وزو» keeps
  // round 29's reading.
  if (source.last <= i) return killing && adjunctAfterVerb(ctx, i);
  // The person, or a title a demonym qualifies with the person's name («العميل الروسي ألكسندر ليتفيننكو»).
  const person = ctx.doc.layers.mentions.some(
    (m) => m.type === 'PER' && source.start <= m.start && m.start < source.end,
  );
  return person && source.first <= i + 3;
}

/** Words between a word of ability and its «على» (قدرة كوريا الشمالية على). */
const ABILITY_GAP = 3;

/**
 * «من القدرة على إطلاق صواريخ»، «قدرة إيران على ضرب إسرائيل»، «قادرة على استهداف الأقمار الصناعية»: a word right after
 * the «على» of a word of ability (cue `capability`, up to ABILITY_GAP words before «على» in its clause) names what
 * someone is able to do, no act (round 40); so is a word right after «بمقدورها»، «بإمكانه».
 */
function ableTo(ctx: Context, i: number): boolean {
  const on = i - 1;
  // «صواريخ … بمقدورها الوصول إلى الولايات المتحدة»: a word of ability with a pronoun takes the act noun right after it.
  if (on >= ctx.view.first && hasCue(ctx, on, 'capability')) return true;
  if (on <= ctx.view.first || ctx.tokens[on].norm !== 'علي') return false;
  for (let k = on - 1, words = 0; k >= ctx.view.first && words <= ABILITY_GAP && inClause(ctx, on, k); k--) {
    if (!isWord(ctx.tokens[k])) continue;
    if (hasCue(ctx, k, 'capability')) return true;
    words++;
  }
  return false;
}

/** Right after verb i: the end of the sentence, or an adjunct or a preposition (no party): the verb has no object. */
function adjunctAfterVerb(ctx: Context, i: number): boolean {
  const j = i + 1;
  if (j >= ctx.view.last || !isWord(ctx.tokens[j])) return true;
  return !actorAt(ctx, j) && (introducesAdjunct(ctx, j) || ctx.lex.cues.preposition.has(ctx.tokens[j].norm));
}

/**
 * «محمد حبيب بوسعدون التونسي، وهو مواطن تونسي شارك في "…"، قتل في الضربة التي وقعت قرب إدلب في سوريا»: a killing
 * verb right after a comma, with no subject found and no object (an adjunct or a preposition right after it), is the
 * passive too, so its noun reading («قتل» "killing") is not tried with a party of the clause as the killer (round 40).
 */
function killedAfterAside(ctx: Context, trigger: Trigger, i: number): boolean {
  if (!trigger.verbal || hasObjectPronoun(ctx, i) || i <= ctx.view.first || !COMMAS.has(ctx.tokens[i - 1].text))
    return false;
  return (hasCue(ctx, i, 'killing') || hasCue(ctx, i, 'killedVerb')) && adjunctAfterVerb(ctx, i);
}

/** Words (a time, an adverb) between a verb's subject and a «ما» object («وصف ماكرون اليوم الاثنين، ما تقدمه روسيا»). */
const WHAT_GAP = 2;

/**
 * «وصف الرئيس الفرنسي إيمانويل ماكرون اليوم الاثنين، ما تقدمه روسيا والنظام في سوريا من تنازلات بأنه "غير كاف"»،
 * «أدان ما قامت به إسرائيل»: an object «ما» + a verb + a party is what that party does or did, so the party is the
 * object. Within WHAT_GAP words after the subject (commas and times not counted); the party right after the verb,
 * not behind a preposition. Round 26.
 */
function whatPartyDoes(ctx: Context, i: number, after: number): Actor | undefined {
  for (let k = after, words = 0; k < ctx.view.last && words <= WHAT_GAP && inClause(ctx, i, k); k++) {
    if (!isWord(ctx.tokens[k]) || inTimeExpression(ctx, k)) continue;
    if (ctx.tokens[k].norm !== 'ما') {
      if (actorAt(ctx, k)) return undefined;
      words++;
      continue;
    }
    const verb = k + 1;
    if (verb >= ctx.view.last || !isPlainWord(ctx, verb)) return undefined;
    if (ctx.lex.cues.naming.has(ctx.tokens[verb].norm)) return namedActParty(ctx, i, verb + 1);
    // «ما قامت به روسيا»: a resumptive pronoun behind a preposition may follow the verb.
    const resumed = /^(ب|ل|في|علي|عن|من)(ه|ها|هم)$/.test(ctx.tokens[verb + 1]?.norm ?? '');
    const party = actorAt(ctx, resumed ? verb + 2 : verb + 1);
    return party && !governed(ctx, party) ? party : undefined;
  }
  return undefined;
}

/** Words after «في» + an occasion noun before the object (رسمي، له، سابق، الراهن). */
const OCCASION_WORDS = 3;

/**
 * «وقد اتهم الرئيس الفنزويلي في السابق الولايات المتحدة بالتآمر»، «ويدعم الجيش الأمريكي في الوقت الراهن تحالفا تقوده
 * السعودية»: «في» + a statement or a past time (cue `occasion`) right after the subject says how or when; the first party
 * after it, within OCCASION_WORDS more words and before any preposition, is the object. Round 41.
 */
function pastOccasion(ctx: Context, i: number, after: number): Actor | undefined {
  if (ctx.tokens[after]?.norm !== 'في' || after + 1 >= ctx.view.last || !hasCue(ctx, after + 1, 'occasion'))
    return undefined;
  for (let k = after + 2, words = 0; k < ctx.view.last && words <= OCCASION_WORDS && inClause(ctx, i, k); k++) {
    if (isAside(ctx, k)) return undefined;
    // «في مقابلة مع شبكة "سي بي إس" التلفزيونية الأمريكية»، «في بيان لوزارة الخارجية»: past a preposition (or a glued
    // ب/ل), where the phrase ends is not known.
    const t = ctx.tokens[k];
    if (ctx.lex.cues.preposition.has(t.norm) || t.proclitics.some((c) => c === 'ب' || c === 'ل')) return undefined;
    const actor = actorAt(ctx, k);
    if (actor) return governed(ctx, actor) ? undefined : actor;
    if (isWord(ctx.tokens[k])) words++;
  }
  return undefined;
}

/** Words of the named act's phrase before «من قبل/من جانب» and its agent («تصعيدا من قبل الفلبين»). */
const NAMED_ACT_WORDS = 3;

/**
 * «أدان … ما وصفه بمجازر الجيش الإسرائيلي»، «ورفضت ما وصفته بتدخل أوتاوا»، «تنتقد ما اعتبرته تصعيدا من قبل الفلبين»:
 * an object «ما» + a verb of calling (cue `naming`, as after a particle: ندد بما وصفه) is an act as the subject names
 * it, and its party is the object: the genitive right after the named noun, a demonym qualifying it, or the agent after
 * «من قبل/من جانب». A «بـ»، «بأنه» or quotes may open the name. Not a party behind a preposition (ما وصفه بالإرهاب في
 * سوريا): that says where, not whose. Round 41.
 */
function namedActParty(ctx: Context, i: number, from: number): Actor | undefined {
  let j = from;
  while (j < ctx.view.last && (QUOTES.has(ctx.tokens[j].text) || ['ب', 'بانه', 'بانها'].includes(ctx.tokens[j].norm)))
    j++;
  if (j >= ctx.view.last || !inClause(ctx, i, j) || actorAt(ctx, j)) return undefined;
  const party = qualifiedPhrase(ctx, i, j) ?? actorAfter(ctx, i, j + 1, 0);
  if (party) return governed(ctx, party) || isAside(ctx, party.first) ? undefined : party;
  for (let k = j + 1, words = 0; k + 2 < ctx.view.last && words < NAMED_ACT_WORDS && inClause(ctx, i, k); k++) {
    if (ctx.tokens[k].norm === 'من' && ['قبل', 'جانب'].includes(ctx.tokens[k + 1].norm))
      return actorAfter(ctx, i, k + 2, 1) ?? qualifiedPhrase(ctx, i, k + 2);
    if (isWord(ctx.tokens[k])) words++;
  }
  return undefined;
}

/**
 * The first actor after the subject, or a noun phrase a demonym qualifies. «وصف وزير الخارجية الإيراني جواد ظريف
 * تصريحات نتانياهو»: an actor of the subject's own country right after it is the rest of the subject's name (the
 * demonym and the person were found apart), so the object is looked for after it.
 */
function directObject(ctx: Context, i: number, after: number, source: Actor): Actor | undefined {
  // «وصف وزير الخارجية الإيراني، أحمد جواد ظريف، الأحد، كلمة …»: the subject's apposition between commas (a name the
  // linker did not take whole) stands before the object.
  const found =
    actorAfter(ctx, i, after, OBJECT_GAP) ??
    headOfObject(ctx, i, after) ??
    (pastApposition(ctx, after) > after ? actorAfter(ctx, i, pastApposition(ctx, after), OBJECT_GAP) : undefined) ??
    pastOccasion(ctx, i, after) ??
    appositiveObject(ctx, after);
  // «تحدث عن إيران»: an actor behind a preposition is that preposition's complement, never the direct object; but
  // «خطفت 23 من الكوريين الجنوبيين» counts the object, and «استقبل … وفدا من كوريا الجنوبية» names its country.
  const object =
    (found && (!governed(ctx, found) || isPartitive(ctx, found)) ? found : undefined) ??
    pastLocative(ctx, i, after) ??
    qualifiedPhrase(ctx, i, after) ??
    whatPartyDoes(ctx, i, after);
  if (!object) return authorOfObject(ctx, i, after, source);
  // «خلال مؤتمر … لدعم قوات الأمن اللبنانية، إن إسرائيل "تبقى التهديد …"»: an actor behind a bare أن/إن is the subject
  // of the clause it opens, never the object (round 21).
  if (complementizerOpensBetween(ctx, after, object.first)) return undefined;
  if (!(object.first - after <= 2 && namedAfterDemonym(ctx, source, object)) && !ownCountry(object, source))
    return object;
  // The rest of the subject's name or its apposition («حسين الحاج حسن، وزير الصناعة اللبناني، المنتمي لحزب الله،»)
  // names the subject's own country: a party acting on itself is never coded, so the object is looked for after it.
  let next: Actor | undefined = object;
  for (let k = 0; next && k < APPOSITION_PARTIES && (k === 0 || ownCountry(next, source)); k++) {
    next =
      actorAfter(ctx, i, next.last, OBJECT_GAP) ??
      qualifiedPhrase(ctx, i, next.last) ??
      headOfObject(ctx, i, next.last);
  }
  // «هاجم … جونسون خطة رئيسة الوزراء تيريزا ماي للخروج من الاتحاد الأوروبي»: past the own party, an actor behind
  // a preposition is that preposition's complement, not the object (round 28).
  if (next && governed(ctx, next) && !isPartitive(ctx, next)) return undefined;
  return next && complementizerOpensBetween(ctx, after, next.first) ? undefined : next;
}

/** Definite adjectives that may follow the object's description before its apposition (منافستها الإقليمية). */
const APPOSITIVE_ADJECTIVES = 2;

/**
 * «واتهمت إيران منافستها الإقليمية، السعودية، بدعم …»: a noun with a possessive pronoun right after the subject (its
 * rival, its ally, its neighbour), up to two definite adjectives, then a party between commas: the party in apposition
 * is the object (round 43).
 */
function appositiveObject(ctx: Context, after: number): Actor | undefined {
  const head = ctx.tokens[after];
  if (head?.kind !== 'arabic' || head.proclitics.length > 0 || actorAt(ctx, after)) return undefined;
  if (!head.text.endsWith('ها') && !head.text.endsWith('ه')) return undefined;
  let comma = after + 1;
  while (comma < ctx.view.last && comma - after <= APPOSITIVE_ADJECTIVES && definiteAdjective(ctx, comma)) comma++;
  if (comma >= ctx.view.last || !COMMAS.has(ctx.tokens[comma].text)) return undefined;
  const party = actorAt(ctx, comma + 1);
  if (!party || party.first !== comma + 1 || party.kind === 'place') return undefined;
  return COMMAS.has(ctx.tokens[party.last]?.text ?? '') ? party : undefined;
}

/**
 * «أدانت كل من دمشق وروسيا وإيران العملية العسكرية التي شنتها الولايات المتحدة وفرنسا وبريطانيا»، «انتقدت الخارجية
 * الروسية تصريحات أدلى بها بوريس جونسون»: an object noun (a plain word) whose relative verb has a party right after
 * it is that party's act, and the party is the object, as after a particle (authorOfPhrase). Not when the source's own
 * country is among the authors («انتقد ترامب الصفقة التي وقعتها الولايات المتحدة وروسيا والصين …»: partly the
 * source's own act, no accusation of the others). Round 41.
 */
function authorOfObject(ctx: Context, i: number, after: number, source: Actor): Actor | undefined {
  if (after >= ctx.view.last || !isPlainWord(ctx, after)) return undefined;
  const author = authorOfPhrase(ctx, i, after);
  if (!author || complementizerOpensBetween(ctx, after, author.first)) return undefined;
  return [author, ...coordinated(ctx, author)].some((a) => ownCountry(a, source)) ? undefined : author;
}

/**
 * «اتهمت السفارة الروسية في لندن، الاثنين، الحكومة البريطانية»: «في» and a city right after the subject say where
 * the subject is; the direct object is the party right after them (round 17). Not a region («ترفض التدخلات العسكرية
 * الأوروبية والأمريكية في الشرق الأوسط وخاصة سوريا»).
 */
function pastLocative(ctx: Context, i: number, after: number): Actor | undefined {
  const place = ctx.places.find((a) => a.first === after + 1);
  const prep = ctx.tokens[after]?.norm ?? '';
  // «ودعا سفير باريس لدى الأمم المتحدة موسكو إلى …»: an envoy's post after the subject is part of its title, and the
  // party right after it is the object (round 21).
  const post = !!place && ctx.lex.cues.post.has(prep) && isEnvoyPost(ctx, place);
  if (!place || !(post || (prep === 'في' && place.kind === 'capital'))) return undefined;
  // Only titles, dates and commas between the city and the object («… في واشنطن الثلاثاء ولي العهد السعودي»).
  const object = actorAfter(ctx, i, place.last, 0);
  return object && !governed(ctx, object) ? object : undefined;
}

/** Parties of the subject's own country an apposition may name before the object. */
const APPOSITION_PARTIES = 3;

const ownCountry = (a: Actor, source: Actor) => a.country !== null && a.country === source.country;

/**
 * «زوج الإيرانية البريطانية نازانين زاغاري راتكليف»: a name right after a demonym (and at most one more nisba
 * adjective) is the person the demonym describes, whatever country the linker gave the name.
 */
function namedAfterDemonym(ctx: Context, demonym: Actor, name: Actor): boolean {
  if (demonym.kind !== 'demonym' || (name.kind !== 'person' && name.kind !== 'entity')) return false;
  const between = ctx.tokens.slice(demonym.last, name.first);
  return between.length <= 1 && between.every((t) => /(ي|يه)$/.test(t.norm));
}

/** Words between a rejection and the particle of the act it rejects (رفضت طهران تقديم أي التزامات إلى …). */
const ACT_WORDS = 5;
const ACT_PARTICLES = new Set(['عن', 'الي', 'ل']);

/**
 * «رفضت محكمة تركية في مدينة أزمير الإفراج عن القس الأمريكي»، «رفضت طهران تقديم أي التزامات إلى وزير الخارجية
 * الفرنسي»: a rejected act named by a noun falls on the party after its particle.
 */
function actOnParty(ctx: Context, trigger: Trigger, after: number): Actor | undefined {
  const p = particleIndex(ctx, ACT_PARTICLES, after);
  if (p < 0 || wordsBetween(ctx, after - 1, p) > ACT_WORDS || hostileActBetween(ctx, after, p)) return undefined;
  return complement(ctx, p, trigger)[0];
}

/**
 * «رفض البيت الأبيض توجيه أصابع الاتهام لروسيا»: refusing an act of conflict (an accusation, a strike, a threat: a
 * trigger of CAMEO quad class 3 or 4, with its phrase word there when it needs one) against a party is no rejection of
 * that party; the party after the particle is the refused act's (round 55).
 */
function hostileActBetween(ctx: Context, after: number, p: number): boolean {
  for (let j = after; j < p; j++) {
    if (!isTriggerForm(ctx, j)) continue;
    for (const t of candidateTriggers(ctx, j)) {
      if (t.cameo.quad < 3) continue;
      if (t.with.size === 0 || phraseWordBefore(ctx, j, p, t.with)) return true;
    }
  }
  return false;
}

function phraseWordBefore(ctx: Context, j: number, p: number, words: Set<string>): boolean {
  for (let k = j + 1; k < p; k++) if (hasKey(keysOf(ctx, k), words)) return true;
  return false;
}

/**
 * «أفرجت الشرطة اليونانية عن صحافيين ألمانيين اعتقلتهما الجمعة»: a verb whose object pronoun refers to the party
 * right before it, with no party after it, acts on that party; its subject is the clause's first party.
 */
function resumedObjectArguments(ctx: Context, i: number): Pair[] | undefined {
  if (!hasObjectPronoun(ctx, i) || afterRelative(ctx, i) || actorAt(ctx, i + 1)) return undefined;
  const antecedent = ctx.actors.find((a) => a.last === i && !governed(ctx, a));
  const subject = antecedent ? clauseSubject(ctx, antecedent.first) : undefined;
  return antecedent && subject && subject !== antecedent ? crossPairs([subject], [antecedent]) : undefined;
}

/** Words that open a clause continuing the one before, with its subject dropped (…، إذ التقى، كما التقى). */
const CONTINUING = new Set(['كما', 'ثم', 'اذ', 'حيث'].map(normalizeForMatch));

/**
 * «انخرط زعيم كوريا الشمالية في نشاط دبلوماسي مكثف، إذ التقى الرئيس الصيني»: a meeting verb that continues the
 * sentence's clause (with و/ف glued, or after كما، ثم، إذ، حيث) and has one party after it and no partner is read
 * with its subject dropped: the sentence's opening subject meets that party, when it (or the office before it: «زعيم
 * كوريا الشمالية») agrees with the verb and is of another country. Not when a partner phrase follows the party
 * («والتقى الرئيس الروسي بالمسؤولين»، «… مع …»): the party is the subject there (round 51).
 */
function sharedSubjectMeeting(ctx: Context, trigger: Trigger, i: number, met: Actor): Actor | undefined {
  if (!trigger.verbal || trigger.type !== 'CONSULT' || met.first <= i || met !== partyRightAfter(ctx, i))
    return undefined;
  const prev = ctx.tokens[i - 1];
  if (!isConjoined(ctx, i) && !(i > ctx.view.first && CONTINUING.has(prev.norm))) return undefined;
  const next = ctx.tokens[met.last];
  if (next && met.last < ctx.view.last && (/^[وف]?ب/.test(next.norm) || COMPLEMENT_PREPOSITIONS.has(next.norm)))
    return undefined;
  const subject = sentenceSubject(ctx);
  if (!subject || subject.last > i || subject.country === null || subject.country === met.country) return undefined;
  return agrees(antecedentGender(ctx, subject), trigger.agree) && !isAside(ctx, subject.first) ? subject : undefined;
}

/**
 * «عميل سابق للاستخبارات البريطانية، اعتقلته موسكو»: a verb with an object pronoun whose subject stands right after
 * it acts on the party right before it (past one comma: an indefinite antecedent's relative clause has no pronoun).
 */
function pronounReferent(ctx: Context, i: number, source: Actor): Actor | undefined {
  if (!hasObjectPronoun(ctx, i) || actorAt(ctx, i + 1) !== source) return undefined;
  const end = COMMAS.has(ctx.tokens[i - 1]?.text) ? i - 1 : i;
  const referent = ctx.actors.find((a) => a.last === end && a !== source);
  return referent && !isAside(ctx, referent.first) && inClause(ctx, i, referent.first) ? referent : undefined;
}

/**
 * «وزارها حينها رجب طيب أردوغان»، «هاجمت ألمانيا النازية بولندا واحتلتها»: a verb conjoined with و/ف whose object
 * pronoun refers to the one state-like party named before it in the sentence (antecedents.ts), with its subject named
 * and no object of its own, acts on that party. A verb without و is as often an indefinite noun's relative clause
 * («فصائل تدعمها إيران»، «هجوم تشنه تركيا»: the pronoun is the noun's), and so is a verb behind a relative pronoun
 * («الاتهامات التي نفتها الرياض ووصفتها»); neither is read. Not in a direct quotation (its pronouns are the speaker's
 * to resolve), nor with the subject further than one word after the verb, or behind a word with ب/ل («وتتهمها بمهادنة
 * السعودية»). Round 23.
 */
function objectAntecedent(ctx: Context, i: number, source: Actor): Actor | undefined {
  const t = ctx.tokens[i];
  if (!isConjoined(ctx, i) || directQuoteAt(ctx, i)) return undefined;
  const word = t.norm.slice(1);
  const pronoun = pronounSuffix(word);
  const bare = word.replace(/(ه|ها)$/, '');
  const verbal = bare !== word && (ctx.lex.forms.get(bare) ?? []).some((hit) => hit.verbal);
  if (!pronoun || !verbal || afterRelative(ctx, i) || hasResumptiveObject(ctx, i)) return undefined;
  if (source.first > i + 2 || (source.first === i + 2 && /^[بل]/.test(ctx.tokens[i + 1].norm))) return undefined;
  const parties = ctx.actors.filter((a) => !isAside(ctx, a.first) && a !== source);
  const antecedent = soleAntecedent(parties, i, pronoun, (a) => antecedentGender(ctx, a), source.country);
  if (!antecedent) return undefined;
  for (let k = antecedent.last; k < i; k++) if (ctx.lex.cues.relative.has(ctx.tokens[k].norm)) return undefined;
  return antecedent;
}

/**
 * «أعلن الرئيس الأمريكي دونالد ترامب أن كوريا الشمالية وعدت بإيقاف تجاربها»: a promise that names no one it is made
 * to, reported by another party (the subject of the verb of saying before the complementizer), was made to that
 * party. A pledge of force is a threat (threatenedPlaceEvents), not a promise. «أعلنت الرئاسة الفرنسية أن الرئيسين
 * الفرنسي إيمانويل ماكرون والأميركي دونالد ترامب، تعهدا بأنهما لن …»: where the reporter's own side is among the
 * parties named between the complementizer and the pledge (its subjects), the pledge is theirs together, made to no
 * one named (round 18).
 */
function promisee(ctx: Context, trigger: Trigger, i: number, source: Actor): Actor | undefined {
  if (trigger.cameo.code !== PLEDGE || trigger.args !== 'obj' || forceWordAfter(ctx, i) >= 0) return undefined;
  for (let j = i - 1; j > ctx.view.first; j--) {
    if (!ctx.lex.cues.bareComplementizer.has(ctx.tokens[j].norm)) continue;
    const reporter = clauseSubject(ctx, j);
    if (!reporter || isAside(ctx, reporter.first)) return undefined;
    const pledgers = ctx.actors.filter((a) => a.first > j && a.last <= i && !isAside(ctx, a.first));
    return [source, ...pledgers].some((a) => a.country === reporter.country) ? undefined : reporter;
  }
  return undefined;
}

/** Words of a plural object before «وعلى رأسها» (دولا عربية). */
const HEADED_OBJECT_WORDS = 2;

/** «اتهم … دولا عربية وعلى رأسها المملكة العربية السعودية»: the party heading a plural object stands for it. */
function headOfObject(ctx: Context, i: number, after: number): Actor | undefined {
  for (let j = after, words = 0; j + 1 < ctx.view.last && words <= HEADED_OBJECT_WORDS && inClause(ctx, i, j); j++) {
    if (!isWord(ctx.tokens[j])) continue;
    if (/^و/.test(ctx.tokens[j].norm) && hasCue(ctx, j + 1, 'headedBy')) return actorAfter(ctx, i, j + 2, 0);
    if (!isPlainWord(ctx, j)) return undefined;
    words++;
  }
  return undefined;
}

/** «23 من الكوريين», «وفدا من كوريا الجنوبية»: من after a count, a quantity word or a body names the object. */
function isPartitive(ctx: Context, a: Actor): boolean {
  const before = ctx.tokens[a.first - 2];
  if (ctx.tokens[a.first - 1]?.norm !== 'من' || !before) return false;
  const keys = wordKeys(before.norm);
  return before.kind === 'number' || hasKey(keys, ctx.lex.cues.quantity) || hasKey(keys, ctx.lex.cues.head);
}

/** A trigger form read only as a verbal noun (والتنازل، وإغلاق): a new item of a list of acts (round 55). */
function nounItem(ctx: Context, j: number): boolean {
  const readings = candidateTriggers(ctx, j);
  return readings.length > 0 && readings.every((r) => !r.verbal);
}

/** A word every trigger reading of which is a finite verb (ودعا), not a verbal noun as well (وفرض). */
function onlyVerb(ctx: Context, j: number): boolean {
  const readings = candidateTriggers(ctx, j);
  return readings.length > 0 && readings.every((r) => r.verbal && !r.participle);
}

/** Keys a verb can hide behind: only و ف (conjunctions) and س ل (future, purpose) attach to verbs. */
function verbKeys(norm: string): Set<string> {
  const keys = new Set([norm]);
  for (const k of [...keys]) if (/^[وف]/.test(k) && k.length > 3) keys.add(k.slice(1));
  for (const k of [...keys]) if (/^[سل]/.test(k) && k.length > 3) keys.add(k.slice(1));
  return keys;
}

const VERB_PROCLITICS = new Set(['و', 'ف', 'س', 'ل']);

/** «دعما أمريكيا»: an indefinite accusative demonym (-يا, not a country's name) right after token i. */
function accusativeAdjectiveAfter(ctx: Context, i: number): boolean {
  const next = actorAt(ctx, i + 1);
  return (
    !!next && next.kind === 'demonym' && ctx.tokens[next.first].norm.endsWith('يا') && /ا$/.test(ctx.tokens[i].norm)
  );
}

function candidateTriggers(ctx: Context, i: number): Trigger[] {
  let readings = ctx.readings?.get(i);
  if (!readings) {
    readings = triggerReadings(ctx, i);
    ctx.readings?.set(i, readings);
  }
  return readings;
}

/** Whether token i's stem or one of its lookup keys is a trigger form (most words are none). */
function isTriggerForm(ctx: Context, i: number): boolean {
  return (ctx.anchors[i] & TRIGGER_FORM) !== 0;
}

const NO_READINGS: Trigger[] = [];

function triggerReadings(ctx: Context, i: number): Trigger[] {
  // Most words are no trigger: check that before building the verb readings.
  if (!isTriggerForm(ctx, i)) return NO_READINGS;
  const { hits, nounOnly } = wordHits(ctx, i);
  if (hits.length === 0) return NO_READINGS;
  // «رداً على مطالبة كبير المفاوضين»، «في قصف تركي»: right after a preposition a word is a noun, never a verb or a
  // circumstantial participle.
  // «بشكل قاطع» ("decisively"): after a word of manner, an adjective (round 29).
  // «بعد رفض إثيوبيا والسودان للتقرير»: so right after a time preposition (cue `fronted`: بعد، قبل، إثر; round 32).
  // «فتحت تحقيقا في "قتل" نيكولاي غلوشكوف»: an opening quotation mark may stand between (round 31).
  const b = i - 1 > ctx.view.first && QUOTES.has(ctx.tokens[i - 1].text) ? i - 2 : i - 1;
  const afterPreposition =
    b >= ctx.view.first &&
    (ctx.lex.cues.preposition.has(ctx.tokens[b].norm) ||
      ctx.lex.cues.manner.has(ctx.tokens[b].norm) ||
      ctx.lex.cues.fronted.has(ctx.tokens[b].norm));
  // «دعما أمريكيا»: a word an accusative demonym qualifies is an indefinite noun, not a dual verb (دعما "they both
  // supported").
  const qualified = accusativeAdjectiveAfter(ctx, i);
  // «محاولة قتل الجاسوس الروسي»، «لعملية قتل خاشقجي»: right after a noun that takes a verbal noun as its genitive, the
  // word is that verbal noun, never a verb ("the spy killed"; round 31).
  const construct = i > ctx.view.first && hasCue(ctx, i - 1, 'construct');
  // «ببسط الجيش السوري سيطرته»: after a noun of imposing and its genitive party, the imposed noun (round 31).
  const imposed = !!imposingParty(ctx, i);
  const noVerb = afterPreposition || qualified || construct || imposed;
  // A plural participle is circumstantial only after a comma («…، داعين تركيا إلى»); elsewhere it is a noun («إلى
  // جانب متهمين فرنسيين»).
  const afterComma = i > 0 && COMMAS.has(ctx.tokens[i - 1].text);
  const out: Trigger[] = [];
  const seen = new Set<number>();
  for (const hit of hits) {
    if (hit.verbal && noVerb) continue;
    if (hit.participle && hit.agree === 'pl' && !afterComma) continue;
    const id = 2 * hit.entry + (hit.verbal ? 1 : 0);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(readingOf(ctx.lex, hit, nounOnly));
  }
  return out.sort((a, b) => a.id - b.id);
}

declare module '../arabic/words.js' {
  interface WordMemo {
    /** The lexicon hits the word may read as wherever it stands (wordHits), and the lexicon they come from. */
    eventHits?: { lex: EventLexicon; hits: WordHits };
  }
}

interface WordHits {
  /** Lexicon hits of the word's keys and stem, in lookup order, with those the word alone rules out dropped. */
  hits: FormHit[];
  /** Written with a final ة: a noun or a participle, never a finite verb. */
  nounOnly: boolean;
}

/** Token i's word-level hits, kept on its written word (the same in every sentence). */
function wordHits(ctx: Context, i: number): WordHits {
  const memo = ctx.words?.[i]?.memo;
  if (memo?.eventHits?.lex === ctx.lex) return memo.eventHits.hits;
  const hits = wordHitsOf(ctx.lex, ctx.tokens[i], keysOf(ctx, i));
  if (memo) memo.eventHits = { lex: ctx.lex, hits };
  return hits;
}

function wordHitsOf(lex: EventLexicon, token: Token, keys: readonly string[]): WordHits {
  const asVerb = verbKeys(token.norm);
  // Short verbs with a conjunction (وحثّ) are too short for the peeling heuristics: trust the tokenizer's split.
  if (token.proclitics.every((c) => VERB_PROCLITICS.has(c))) asVerb.add(token.stem);
  // A word written with a final ة is a noun or a participle (متهمة), never a finite verb: وزارة is "ministry", not
  // و + زاره "visited him".
  const nounOnly = token.text.endsWith('ة');
  const hits: FormHit[] = [];
  for (const key of new Set([...keys, token.stem])) {
    for (const hit of lex.forms.get(key) ?? []) {
      if (hit.verbal && (!asVerb.has(key) || (nounOnly && !hit.participle))) continue;
      // «للمتهمين»: a participle with the article or a preposition is a noun (the accused), not circumstantial.
      if (hit.participle && token.proclitics.some((c) => c !== 'و' && c !== 'ف')) continue;
      // «نصف الاتهامات»: half the accusations, not "we describe" (round 29).
      if (hit.verbal && lex.cues.notVerb.has(key)) continue;
      // «قتلة العاملة الفلبينية» (killers) is no «قتله» (his killing, killed him).
      if (hit.pronounHa && nounOnly) continue;
      hits.push(hit);
    }
  }
  return { hits, nounOnly };
}

/**
 * The trigger a lexicon hit reads as, made once per hit and shared (frozen: no rule may change a reading in place).
 * «زيارة»: a written ة is no pronoun, so a masculine possessive reading is dropped for a word ending in ة.
 */
function readingOf(lex: EventLexicon, hit: FormHit, nounOnly: boolean): Trigger {
  const plain = nounOnly && hit.possessive === 'm';
  const cache = plain ? plainReadings : readings;
  let reading = cache.get(hit);
  if (!reading) {
    reading = Object.freeze({
      ...lex.entries[hit.entry],
      verbal: hit.verbal,
      agree: hit.agree,
      participle: hit.participle,
      possessive: plain ? undefined : hit.possessive,
      firstPlural: hit.firstPlural,
    });
    cache.set(hit, reading);
  }
  return reading;
}

const readings = new WeakMap<FormHit, Trigger>();
const plainReadings = new WeakMap<FormHit, Trigger>();

function flags(
  ctx: Context,
  i: number,
  trigger: Trigger,
): { negated: boolean; hypothetical: boolean; reported?: boolean } {
  const { cues } = ctx.lex;
  let negated = false;
  let hypothetical = trigger.verbal && isFuture(ctx, i);
  let words = 0;
  for (let j = i - 1; j >= ctx.view.first && inClause(ctx, i, j); j--) {
    if (commaOpensClause(ctx, i, j)) break;
    if (!isWord(ctx.tokens[j])) continue;
    words++;
    const keys = keysOf(ctx, j);
    // «ولا تعترف إيران»: short particles keep their conjunction in the word keys.
    if (words <= NEGATION_WINDOW && isNegation(ctx, j)) negated = true;
    // «لن تتمكن على الأرجح من إبرام اتفاقية»: a negated verb of ability negates what it governs.
    // «لا ينبغي لمجلس الأمن الدولي أن يدين إيران»: so does a negated modal (it denies the need or the chance).
    const governs = hasKey(keys, cues.ability) || (hasKey(keys, cues.modal) && words <= MODAL_WINDOW);
    if ((words <= ABILITY_WINDOW || hasKey(keys, cues.modal)) && governs && negatedWithin(ctx, j)) negated = true;
    if (words <= MODAL_WINDOW && hasKey(keys, cues.modal) && !isPastQad(ctx, j, i)) hypothetical = true;
  }
  negated ||= negatedBeforeOr(ctx, i) || notAsFarAs(ctx, i) || refrainedFrom(ctx, i) || negatedCarrier(ctx, trigger, i);
  if (!trigger.verbal) hypothetical ||= modalAfterNoun(ctx, i);
  let reported = false;
  for (let j = ctx.view.first; j < i; j++) if (hasCue(ctx, j, 'belief')) reported = true;
  return reported ? { negated, hypothetical: true, reported } : { negated, hypothetical };
}

/** The word before token k (punctuation skipped), or -1 outside the sentence. */
function wordBefore(ctx: Context, k: number): number {
  let j = k - 1;
  while (j >= ctx.view.first && !isWord(ctx.tokens[j])) j--;
  return j >= ctx.view.first ? j : -1;
}

/** Tokens a dash-delimited aside may span («امتناعه - أول الأمر - عن انتقاد الصين»). */
const DASH_ASIDE = 6;
const DASHES = new Set(['-', '–', '—']);

/**
 * «وامتنعت إيران عن نفي أو تأكيد الأمر»، «امتناعه - أول الأمر - عن انتقاد الصين»، «لضمان تجنب تنفيذ عمليات عسكرية»:
 * an act right after a word of refraining or avoiding, after its «عن» (a dash-delimited aside or the noun's genitive
 * party may stand before it), or after a noun of carrying out right after it, is not done; so is an act joined to such
 * an act with و (round 29). «امتنع عن التعليق على الهجوم» leaves the attack alone: it is not right after «عن».
 */
function refrainedFrom(ctx: Context, i: number): boolean {
  const { cues } = ctx.lex;
  let j = wordBefore(ctx, i);
  if (j < 0) return false;
  // «تجنب تنفيذ عمليات عسكرية وهجمات على إدلب»: an act joined with و to one refrained from (an adjective between).
  if (ctx.tokens[i].proclitics.includes('و')) {
    for (let k = j, words = 0; k >= 0 && words < 2; k = wordBefore(ctx, k), words++) {
      if (candidateTriggers(ctx, k).length > 0) return refrainedFrom(ctx, k);
    }
  }
  if (ctx.tokens[j].norm === 'عن') {
    let k = j - 1;
    if (k > ctx.view.first && DASHES.has(ctx.tokens[k].text)) {
      for (let d = k - 1; d >= ctx.view.first && d >= k - DASH_ASIDE; d--) {
        if (DASHES.has(ctx.tokens[d].text)) {
          k = d;
          break;
        }
      }
    }
    j = wordBefore(ctx, k);
    // «امتناع بريطانيا عن انتقاد الصين»: the refraining noun's genitive stands before عن.
    const agent = ctx.actors.find((a) => a.last === j + 1 && a.first > ctx.view.first);
    if (agent) j = wordBefore(ctx, agent.first);
  } else if (hasKey(keysOf(ctx, j), cues.doing)) {
    j = wordBefore(ctx, j);
  }
  return j >= 0 && inClause(ctx, i, j) && hasKey(keysOf(ctx, j), cues.refrain);
}

/** Words between a verb of carrying out and the noun of the act it governs (its subject, «أي»). */
const CARRIED_GAP = 3;

/**
 * «لا تنفذ وزارة الدفاع الأمريكية ضربات جوية في سوريا»، «ولم تنفذ إسرائيل أي ضربات»: an act named by a noun that is
 * the object of a verb of carrying out (cue `carryOut`) right after «لا/لم/لن» is not done; only plain words and names
 * (its subject) stand between (round 31).
 */
function negatedCarrier(ctx: Context, trigger: Trigger, i: number): boolean {
  if (trigger.verbal) return false;
  let j = wordBefore(ctx, i);
  for (let words = 0; j >= 0 && inClause(ctx, i, j) && !hasCue(ctx, j, 'carryOut'); words++) {
    if (words >= CARRIED_GAP || !(isPlainWord(ctx, j) || insideActor(ctx, j))) return false;
    j = wordBefore(ctx, j);
  }
  const particle = j >= 0 ? wordBefore(ctx, j) : -1;
  return particle >= 0 && inClause(ctx, i, particle) && hasCue(ctx, j, 'carryOut') && isNegation(ctx, particle);
}

/** Words between a negation and «إلى حد» («ولم يذهب ماتيس الذي يزور سلطنة عمان إلى حد …»). */
const AS_FAR_AS_WORDS = 8;

/**
 * «ولم يذهب ماتيس … إلى حد التهديد بالرد على القوات السورية»: an act right after «إلى حد» under a negation earlier in
 * its clause is what the subject did not go as far as doing (round 27).
 */
function notAsFarAs(ctx: Context, i: number): boolean {
  if (i - 2 < ctx.view.first || ctx.tokens[i - 1].norm !== 'حد' || ctx.tokens[i - 2].norm !== 'الي') return false;
  for (let j = i - 3, words = 0; j >= ctx.view.first && inClause(ctx, i, j) && words < AS_FAR_AS_WORDS; j--) {
    if (!isWord(ctx.tokens[j])) continue;
    words++;
    if (isNegation(ctx, j)) return true;
  }
  return false;
}

/**
 * A verb with the future prefix س: split off by the tokenizer, or left on a word that is no lexicon form without it
 * (ستطرد; but سيطرت is a form of سيطر).
 */
function isFuture(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (!/^[وف]?س[يتنا]/.test(t.norm)) return false;
  return t.proclitics.includes('س') || !ctx.lex.forms.has(t.norm.replace(/^[وف]/, ''));
}

/** القمة المقبلة, القمة التي ستعقد: a planned meeting. */
/** Words between a verb of ability and the trigger it governs. */
const ABILITY_WINDOW = 4;

/** A negation particle; «ولا تعترف»: short particles keep their conjunction in the word keys. */
function isNegation(ctx: Context, j: number): boolean {
  // «وهو ما تنفيه إيران»، «الأمر الذي …»: after هو/هي/هذا «ما» is the relative "what", not "not" (round 19).
  if (ctx.tokens[j].norm === 'ما' && j > ctx.view.first && COMMENT_HEADS.has(ctx.tokens[j - 1].norm)) return false;
  // «لا تزال إيران تدعم …»، «ما زالت تزعزع …»: with زال the particle means "still" (round 42).
  if (j + 1 < ctx.view.last && ctx.lex.cues.still.has(ctx.tokens[j + 1].norm)) return false;
  const particle = ctx.tokens[j].norm.replace(/^[وف](?=..$)/, '');
  return hasCue(ctx, j, 'negation') || ctx.lex.cues.negation.has(particle);
}

/** «وهو ما تنفيه …»، «وهو أمر تنفيه …»، «الأمر الذي نفته …»: a verb whose object takes up what was said before. */
function commentOnSaid(ctx: Context, i: number): boolean {
  const [before, first] = [ctx.tokens[i - 1]?.norm ?? '', ctx.tokens[i - 2]?.norm ?? ''];
  return i - 2 >= ctx.view.first && ['ما', 'امر', 'الذي'].includes(before) && COMMENT_HEADS.has(first);
}

/**
 * «… لوقف إطلاق النار، واتهمت فرنسا»: a verb with و right after a comma opens a clause of its own, so no negation
 * or modal before the comma reaches it (round 19).
 */
function commaOpensClause(ctx: Context, i: number, j: number): boolean {
  const t = ctx.tokens[j];
  return COMMAS.has(t.text) && j === i - 1 && isConjoined(ctx, i);
}

/** A negation particle among the `window` words before token i, in its clause. */
function negatedWithin(ctx: Context, i: number, window = NEGATION_WINDOW): boolean {
  for (let j = i - 1, words = 0; j >= ctx.view.first && inClause(ctx, i, j) && words < window; j--) {
    if (commaOpensClause(ctx, i, j)) return false;
    if (!isWord(ctx.tokens[j])) continue;
    words++;
    if (isNegation(ctx, j)) return true;
  }
  return false;
}

/**
 * «لم تؤكد إسرائيل أو تنفي»: a word right after «أو» shares the negation of the verb before it (neither … nor). The
 * verb's subject may stand between: «ولم تؤكد السلطات الألمانية أو تنفي»، «ليس هناك من تأكيد أو نفي» (OR_NEGATION_WINDOW
 * words before «أو», round 32).
 */
function negatedBeforeOr(ctx: Context, i: number): boolean {
  const or = i - 1;
  return or > ctx.view.first && ctx.tokens[or].norm === 'او' && negatedWithin(ctx, or, OR_NEGATION_WINDOW);
}

function modalAfterNoun(ctx: Context, i: number): boolean {
  for (let j = i + 1, words = 0; j < ctx.view.last && words < AFTER_NOUN_WINDOW; j++) {
    if (!isWord(ctx.tokens[j])) continue;
    words++;
    if (hasCue(ctx, j, 'after')) return true;
  }
  return false;
}

/** قد before a perfect verb marks the past (قد وصف), not possibility. */
function isPastQad(ctx: Context, j: number, trigger: number): boolean {
  if (ctx.tokens[j].norm !== 'قد' && ctx.tokens[j].norm !== 'وقد') return false;
  const next = ctx.tokens[j + 1];
  return j + 1 <= trigger && !!next && !/^[يتن]/.test(next.stem);
}

function eventDate(ctx: Context, triggerStart: number): string | null {
  const { span } = ctx.view;
  const inSentence = ctx.doc.layers.times.filter(
    (t) => t.start >= span.start && t.end <= span.end && t.value && /^\d{4}-\d{2}(-\d{2})?$/.test(t.value),
  );
  inSentence.sort((a, b) => Math.abs(a.start - triggerStart) - Math.abs(b.start - triggerStart));
  return inSentence[0]?.value ?? ctx.doc.meta.published?.slice(0, 10) ?? null;
}

function eventBase(ctx: Context, trigger: Trigger, i: number) {
  const t = ctx.tokens[i];
  return {
    type: trigger.type,
    ...(trigger.mode ? { mode: trigger.mode } : {}),
    cameo: trigger.cameo.code,
    quad: trigger.cameo.quad,
    goldstein: trigger.cameo.goldstein,
    date: eventDate(ctx, t.start),
    ...flags(ctx, i, trigger),
    sentence: { start: ctx.view.span.start, end: ctx.view.span.end },
    trigger: { start: t.start, end: t.end, text: t.text },
  };
}

/**
 * Whether a pair can be coded at all. An actor whose country is unknown (an unlinked name) cannot; nor can a country
 * acting on itself, nor one entity named twice («دعا الأمين العام للأمم المتحدة، أنطونيو غوتيرس، إلى …»: the name in
 * apposition to the title is no object; round 29). «وأبدى زعماء بريطانيا وفرنسا وألمانيا دعمهم للاتفاق القائم»:
 * parties joined with و act together; only a meeting or a pact pairs them with each other (sym, pair: «بحث الرئيس …
 * السيسي وولي العهد السعودي»; round 32).
 */
function codablePair(ctx: Context, trigger: Trigger, [s, target]: Pair): boolean {
  return (
    s.country !== null &&
    (!target ||
      (target.country !== null &&
        s.country !== target.country &&
        (target.entity === null || target.entity !== s.entity))) &&
    (trigger.cameo.code !== VISIT || !isPrivatePerson(ctx, s)) &&
    (!target || !playedGame(ctx, trigger, s, target)) &&
    (!target || trigger.args === 'sym' || trigger.args === 'pair' || !joinedWith(ctx, s, target))
  );
}

function toEvents(ctx: Context, trigger: Trigger, i: number, pairs: Pair[]): CodedEvent[] {
  const base = eventBase(ctx, trigger, i);
  return pairs
    .filter((pair) => codablePair(ctx, trigger, pair))
    .map(([s, target]) => ({
      ...base,
      source: s.entity,
      target: target?.entity ?? null,
      sourceCountry: s.country,
      targetCountry: target?.country ?? null,
    }));
}

/** Types sport writes with a game's words: teams meet (التقى، لقاء، مواجهة), attack (هجوم) and dominate (سيطر). */
const GAME_TYPES = new Set(['CONSULT', 'ASSAULT', 'COERCE']);
const TEAM_KINDS = new Set(['country', 'capital', 'demonym', 'place']);

/**
 * «والتقت فرنسا وأوروغواي ثماني مرات من قبل»، «ويضم الهجوم البلجيكي … ضد البرازيل في ربع النهائي»: in a sentence
 * with a word of sport (cue `sport`), a meeting, an attack or control between two countries, capitals, towns or
 * demonyms is their teams' game (round 47). A person, an organization, an official (a title before the demonym:
 * «التقى خلالها السفير الأرجنتيني») or people from a country («مبعوثون من كوريا الجنوبية») are still parties.
 */
function playedGame(ctx: Context, trigger: Trigger, source: Actor, target: Actor): boolean {
  return (
    inSentence(ctx, SPORT_WORD) &&
    GAME_TYPES.has(trigger.type) &&
    [source, target].every((a) => TEAM_KINDS.has(a.kind) && !a.official && !titledDemonym(ctx, a) && !fromParty(ctx, a))
  );
}

/** «اجتمع مبعوثون من كوريا الجنوبية مع الزعيم الشمالي» (after «البطولة», the Olympics): people from a country. */
function fromParty(ctx: Context, a: Actor): boolean {
  // Not a list: «تلتقي نيجيريا كلا من الأرجنتين وأيسلندا».
  return (
    a.first > ctx.view.first &&
    ctx.tokens[a.first - 1].norm === 'من' &&
    !/^كل/.test(ctx.tokens[a.first - 2]?.norm ?? '')
  );
}

/**
 * A demonym right after a title («السفير الأرجنتيني»، «وزير الخارجية الروسي»): an official, no team. «نظيره» is no
 * title here: «يلتقي المنتخب الفرنسي بنظيره البلجيكي».
 */
function titledDemonym(ctx: Context, a: Actor): boolean {
  if (a.kind !== 'demonym') return false;
  for (let j = a.first - 1, words = 0; j >= ctx.view.first && words < TITLE_WORDS; j--, words++) {
    if (hasCue(ctx, j, 'head') && !keysOf(ctx, j).some((k) => k.startsWith('نظير'))) return true;
    if (!ctx.tokens[j].proclitics.includes('ال')) return false;
  }
  return false;
}

/** Whether b is one of the parties joined with و to a (a coordinated subject or object list). */
function joinedWith(ctx: Context, a: Actor, b: Actor): boolean {
  const same = (x: Actor) => x.first === b.first && x.last === b.last;
  return ctx.tokens[b.first].proclitics[0] === 'و' && coordinated(ctx, a).some(same);
}

/**
 * A person the gazetteer does not know and no office names («طبيب المنتخب البرازيلي رودريغو لاسمر», two Danish
 * activists): their journey is no state visit.
 */
function isPrivatePerson(ctx: Context, a: Actor): boolean {
  const entity = ctx.doc.layers.entities.find((e) => e.id === a.entity);
  if (entity?.type !== 'PER' || !(entity.key?.startsWith('local:') ?? false)) return false;
  // «نائب رئيس الوزراء التركي هاكان جاويش أوغلو»: an office among the person's mentions makes the journey official,
  // and so does a diplomat's or an official's noun right before the actor («الدبلوماسي القطري محمد العمادي»).
  const { titleStarts, titles } = loadCues();
  if (entity.mentions.some((m) => titleStarts.has(normalizeForMatch(m.text.split(/\s/, 1)[0] ?? '')))) return false;
  const before = normalizeForMatch(ctx.tokens[a.first - 1]?.text ?? '');
  return titles.get(before) !== 'person' && !ctx.lex.cues.official.has(before);
}

function uniqueByCountry(actors: Actor[]): Actor[] {
  const seen = new Set<string>();
  return actors.filter((a) => {
    const key = a.country ?? a.entity ?? `${a.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isLocation(ctx: Context, a: Actor): boolean {
  if (a.kind === 'country') return afterDirection(ctx, a);
  if (a.kind !== 'capital' && a.kind !== 'place') return false;
  return isLocationCue(ctx, a);
}

/** «في وسط سوريا», «شمال العراق»: a country after a compass word is a region, where something happens. */
function afterDirection(ctx: Context, a: Actor): boolean {
  const prev = ctx.tokens[a.first - 1];
  return a.first > ctx.view.first && !!prev && hasKey(wordKeys(prev.norm), ctx.lex.cues.direction);
}

/** A name right after في (or glued to it), قرب, مدينة …: a place where something happens. */
function isLocationCue(ctx: Context, a: Actor): boolean {
  const t = ctx.tokens[a.first];
  if (t.proclitics.includes('ف') && t.norm.startsWith('في')) return true;
  const prev = ctx.tokens[a.first - 1];
  const prevWord = prev && isWord(prev) ? prev : ctx.tokens[a.first - 2];
  if (!prevWord) return false;
  // وفي الموصل: a conjunction glued to a short preposition (too short for wordKeys to peel).
  const bare = /^[وف]/.test(prevWord.norm) && prevWord.proclitics.length > 0 ? prevWord.norm.slice(1) : prevWord.norm;
  return hasKey([...wordKeys(prevWord.norm), bare], ctx.lex.cues.location);
}

/**
 * Inside the complement of an accusation or denial (تتهم X Y بتقديم أسلحة …) triggers are the claim's content, not
 * events; a verb conjoined with و/ف starts a new coordinate clause and is coded (… وتنفي بيونغ يانغ).
 */
function isEmbedded(ctx: Context, trigger: Trigger, i: number, embedding: Embedding): boolean {
  if (i <= embedding.from || !inClause(ctx, embedding.from, i)) return false;
  if (embedding.demand && ctx.tokens[i].proclitics.includes('ل')) return false;
  if (embedding.claim && commaBetween(ctx, embedding.from, i)) return false;
  if (commentBetween(ctx, embedding.from, i)) return false;
  if (embedding.byAppeal && (trigger.cameo.root === '03' || segmentEnds(ctx, embedding.from, i))) return false;
  const token = ctx.tokens[i];
  return !(trigger.verbal && /^[وف]/.test(token.norm) && token.proclitics.length > 0);
}

/**
 * «بسبب اتهام روسيا بالتدخل في الانتخابات الأمريكية، وهو أمر تنفيه موسكو»: after a comma, «وهو»/«الأمر» takes up
 * the accusation or claim as a whole; what follows comments on it (a denial, a response) and is not its content
 * (round 19).
 */
function commentBetween(ctx: Context, from: number, i: number): boolean {
  for (let j = from + 1; j < i - 1; j++) {
    const t = ctx.tokens[j];
    if (COMMAS.has(t.text) && COMMENT_OPENERS.has(ctx.tokens[j + 1].norm)) return true;
  }
  return false;
}

/**
 * What is asked for ends with its comma segment or at a new complementizer: in «طلبوا التحفظ على هوياتهم، إن …
 * تواصل مع …» the contact is reported, not requested.
 */
function segmentEnds(ctx: Context, from: number, i: number): boolean {
  for (let j = from + 1; j < i; j++) {
    const t = ctx.tokens[j];
    if (COMMAS.has(t.text) || ctx.lex.cues.complementizer.has(t.norm)) return true;
  }
  return false;
}

/**
 * «الغوطة الشرقية المحاصرة»: a definite verbal-noun form right after a name is an adjective of it (the passive
 * participle محاصَرة is written like the noun محاصَرة), not an event.
 */
function isAdjective(ctx: Context, trigger: Trigger, i: number): boolean {
  if (trigger.verbal || !ctx.tokens[i].proclitics.includes('ال') || i <= ctx.view.first) return false;
  // Only after a place: in «وأعلنت أنقرة السيطرة على عفرين» the noun is the capital's act.
  return [...ctx.places, ...ctx.actors.filter((a) => a.kind === 'place')].some((a) => a.last === i);
}

/**
 * «قتل 45 جنديا روسيا», «قتل كثيرون»: a killing word (not «أطلق 12 صاروخا») followed by a count is the unvoweled passive (or the noun) with its
 * victims; the counted are not its agent, and with no agent word after it no attacker is named. So is one followed by «فيها»
 * (عملية دهس قتل فيها جنديان إسرائيليان: a relative clause whose victims follow).
 */
function countedVictims(ctx: Context, trigger: Trigger, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return (
    trigger.type === 'ASSAULT' &&
    trigger.args !== 'passive' &&
    i + 1 < ctx.view.last &&
    (next.kind === 'number' || hasCue(ctx, i + 1, 'quantity') || ctx.lex.cues.inWhich.has(next.norm)) &&
    hasCue(ctx, i, 'killing') &&
    // «حادثاً … قتل فيه فلسطيني خلال مداهمة لجيش الاحتلال الإسرائيلي»: with an agent word after it the attacker is
    // named; the passive verb's own arguments take it (round 36).
    !agentAfter(ctx, i, i + 1)
  );
}

/**
 * Whether any word of the sentence can anchor an event: a trigger form, or a word a rule with no trigger word starts
 * from (obligation's «على», a claim's first word, blame's stand / responsible / behind words, evidence of harm,
 * acceptance, a trial, a court or an investigation: anchors.ts). A third of news sentences have none, and the rules
 * read several words around each word: this check, one bit per word, keeps them off those sentences. Rules that start
 * elsewhere must add their word to anchors.ts.
 */
function mayCodeEvents(ctx: Context): boolean {
  let bits = 0;
  for (let i = ctx.view.first; i < ctx.view.last; i++) bits |= ctx.anchors[i];
  ctx.sentenceAnchors = bits;
  return (bits & ANY_ANCHOR) !== 0;
}

/** Whether a word with one of the anchor bits `bits` is in the sentence. */
const inSentence = (ctx: Context, bits: number) => (ctx.sentenceAnchors & bits) !== 0;

/** The events of a sentence that is no question and has a word that may anchor one (mayCodeEvents). */
function codeSentence(ctx: Context): CodedEvent[] {
  const events: CodedEvent[] = [];
  const embeddings: Embedding[] = [];
  // The noun of a phrase trigger (شن هجوما) is part of that event, not an event of its own.
  const phraseWords = new Set<number>();
  const unnamed: { trigger: Trigger; i: number }[] = [];
  const claims = claimView(ctx);
  let opened: Segment | undefined;
  const reopened: Segment[] = [];
  for (let i = ctx.view.first; i < ctx.view.last; i++) {
    if (opened && i === opened.end) opened = markAside(ctx, opened, true);
    const token = ctx.tokens[i];
    if (token.kind !== 'arabic' || insideActor(ctx, i) || phraseWords.has(i)) continue;
    const said = speechRelative(ctx, i);
    if (said) {
      events.push(...said);
      continue;
    }
    const relative = opened ? undefined : partyRelativeAside(ctx, i);
    if (relative) {
      opened = markAside(ctx, relative, false);
      reopened.push(relative);
    }
    if (isAside(ctx, i)) {
      events.push(...asideVisit(ctx, i), ...asideDualMeeting(ctx, i), ...asideMeeting(ctx, i));
      continue;
    }
    // «لمحاولة إقناع أتباعها بأن الولايات المتحدة وإسرائيل تستهدف …»: what a campaign wants believed is its content.
    if (ctx.anchors[i] & PERSUADE_WORD) embeddings.push({ from: i, byAppeal: false });
    // «وتضمنت شروط بومبيو سحب طهران جميع قواتها من سوريا»: what conditions or demands ask for is their content; not
    // «الشروط المرجعية» (terms of reference), and not what they are for (شروطا للقاء …، للتوصل لأي اتفاق).
    if (ctx.anchors[i] & DEMAND_WORD && !token.proclitics.includes('ال'))
      embeddings.push({ from: i, byAppeal: false, demand: true });
    const duty = obligation(ctx, i);
    if (duty) {
      events.push(...duty.events);
      embeddings.push({ from: i, byAppeal: true });
      continue;
    }
    // Round 24: a denial or an accusation with no trigger verb of its own (claims.ts).
    const claim = verblessClaim(claims, i);
    if (claim) {
      // «أنها اتهامات لا أساس لها»: the claim called baseless embeds its own content, not its denial.
      // «حذر نتانياهو من أن إيران تسعى إلى السيطرة على العالم»: what a warning says a party does (a misdeed row) is
      // an accusation all the same; only what it threatens is not coded (round 42).
      const embedded = (e: Embedding) =>
        e.from < claim.from &&
        !(e.warning && claim.trigger.type === 'ACCUSE') &&
        isEmbedded(ctx, claim.trigger, claim.from, e) &&
        !saidAgainBetween(claims, e.from, claim.from);
      if (!embeddings.some(embedded)) {
        // «مزاعم مادورو لا أساس لها»: the claim's own belief word does not make its denial hypothetical.
        const f = flags(ctx, claim.flagsAt, claim.trigger);
        // «نفت تقارير …، وقالت إن الولايات المتحدة اختلقتها»: a belief word of an earlier statement is not this one's.
        if (f.reported && saidAgainBetween(claims, ctx.view.first - 1, claim.from)) {
          f.hypothetical = false;
          f.reported = false;
        }
        for (const e of toEvents(ctx, claim.trigger, claim.at, claim.pairs))
          events.push({
            ...e,
            negated: f.negated,
            hypothetical: f.hypothetical,
            ...(f.reported ? { reported: true } : {}),
          });
      }
      embeddings.push({ from: i, byAppeal: false });
      continue;
    }
    const blamed = blamedParty(ctx, i) ?? evidencedParty(ctx, i);
    if (blamed) {
      if (!embeddings.some((e) => isEmbedded(ctx, blamed.trigger, i, e))) events.push(...blamed.events);
      continue;
    }
    for (const trigger of candidateTriggers(ctx, i)) {
      if (embeddings.some((e) => isEmbedded(ctx, trigger, i, e)) || isAdjective(ctx, trigger, i)) continue;
      if (trigger.verbal && afterAdverbial(ctx, i)) continue;
      // «المركز الدولي لاستهداف تمويل الإرهاب»: a verbal noun aimed at money is no attack either (round 13).
      if (!trigger.verbal && trigger.type === 'ASSAULT' && economicAim(ctx, i + 1)) continue;
      // «زيارة حاملة طائرات إلى فيتنام تعد ضربة واضحة ضد بكين»: a blow something amounts to is figurative (round 20).
      if (!trigger.verbal && trigger.type === 'ASSAULT' && figurativeBlow(ctx, i)) continue;
      // «وقال بن سلمان في لقاء بثته وكالة بلومبرغ»، «في لقاء تلفزيوني»: an interview, no meeting of parties (round 31).
      if (!trigger.verbal && trigger.type === 'CONSULT' && i + 1 < ctx.view.last && hasCue(ctx, i + 1, 'interview'))
        continue;
      // «على سلع أميركية تصل قيمتها إلى ثلاثة مليارات دولار»: arriving at a value is amounting to it, no visit (round 39).
      if (trigger.cameo.code === '042' && i + 1 < ctx.view.last && hasCue(ctx, i + 1, 'amount')) continue;
      // «اقتراب كوريا الشمالية من القدرة على إطلاق صواريخ»: an act someone is able to do is no event (round 40).
      if (ableTo(ctx, i)) continue;
      if (countedVictims(ctx, trigger, i)) {
        unnamed.push({ trigger, i });
        continue;
      }
      const phraseWord = withIndex(ctx, trigger, i);
      if (phraseWord < 0) continue;
      phraseWords.add(phraseWord);
      const pairs =
        trigger.args === 'passive'
          ? passiveArguments(ctx, i)
          : trigger.verbal
            ? verbArguments(ctx, trigger, i)
            : nounArguments(ctx, trigger, i);
      events.push(...threatenedPlaceEvents(ctx, trigger, i, pairs));
      events.push(...conditionedThreatEvents(ctx, trigger, i, pairs));
      events.push(...reciprocityThreatEvents(ctx, trigger, i, pairs));
      events.push(...lightVisitEvents(ctx, trigger, i, pairs));
      events.push(...pledgedHelpEvents(ctx, trigger, i, pairs));
      // A denial or accusation embeds its complement even when its own parties are not found.
      // A rejected claim (args opt: رفض/وصف + الاتهامات) embeds what the claim says to the end of its comma segment
      // (round 18); a denial or accusation, to the end of the clause.
      const claim = trigger.args === 'opt';
      if (embeds(trigger))
        embeddings.push({
          from: i,
          byAppeal: !EMBEDDING_CODES.has(trigger.cameo.code) && !claim,
          claim,
          warning: trigger.cameo.code === WARNING_CODE,
        });
      if (!pairs) {
        if (UNNAMED_TYPES.has(trigger.type)) unnamed.push({ trigger, i });
        if (ctx.passives.has(i)) break;
        continue;
      }
      const coded = toEvents(
        ctx,
        attackInWords(ctx, trigger, i, phraseWord, pairs) ?? trigger,
        i,
        receivedAct(ctx, i) ? receivedPairs(pairs) : pairs,
      );
      // A domestic attack (or one whose parties' countries are unknown) is still an attack.
      if (coded.length === 0 && UNNAMED_TYPES.has(trigger.type)) unnamed.push({ trigger, i });
      events.push(...coded);
      if (repelledAttack(ctx, trigger, i) || interceptedAttack(ctx, trigger, i, phraseWord))
        events.push(...toEvents(ctx, trigger, i, receivedPairs(pairs)));
      events.push(...repeatedPhraseEvents(ctx, trigger, i, phraseWord, pairs));
      if (trigger.verbal && trigger.args !== 'passive')
        for (const [source] of pairs) ctx.subjects.add(token.start, source);
      break;
    }
  }
  if (opened) markAside(ctx, opened, true);
  const named = reopened.length === 0 ? unnamed : unnamed.filter((u) => !reopened.some((r) => within(r, u.i)));
  return [
    ...events,
    ...unnamedPartyEvents(ctx, named, events),
    // Rules with a cue word of their own run only where it occurs (the bits of mayCodeEvents).
    ...(inSentence(ctx, ACCEPT) ? acceptedMeetingEvents(ctx, events) : []),
    ...receptionEvents(ctx, events),
    ...(inSentence(ctx, ENVOY_WORD) ? recalledEnvoyEvents(ctx, events) : []),
    ...(inSentence(ctx, RETURN_WORD) ? returnedEnvoyEvents(ctx) : []),
    // An appearance («مثل») counts only before a court word.
    ...(inSentence(ctx, TRIAL | COURT) ? trialEvents(ctx) : []),
    ...(inSentence(ctx, INVESTIGATION_WORD) ? investigationEvents(ctx) : []),
    ...(inSentence(ctx, CONSULTATION_WORD) ? consultationRecallEvents(ctx) : []),
    ...(inSentence(ctx, RECEIVE) ? receivedMessageEvents(ctx) : []),
    ...(inSentence(ctx, MESSAGE_WORD) ? askingLetterEvents(ctx) : []),
    ...frontedMeetingEvents(ctx, events),
  ];
}

/** Token indexes [start, end) of a comma segment. */
interface Segment {
  start: number;
  end: number;
}

/**
 * «تيريزا ماي، التي تسعى لعقد اتفاق … مع الولايات المتحدة»، «القس الأمريكي أندرو برونسون …، والذي ينفي التهم»: an
 * aside that opens with a relative pronoun (و may be glued to it) right after a party and its comma is a clause about
 * that party, whose verb has it as its subject (antecedentActor). The segment from the pronoun's verb to the next
 * comma is read as a clause while its words are coded, then set aside again (round 43). Only events with parties are
 * taken from it: «، الذي كان يأمل في أن … أنهى دوامة القتل» is no attack of unnamed parties.
 */
function partyRelativeAside(ctx: Context, i: number): Segment | undefined {
  if (!isAside(ctx, i) || i - 2 < ctx.view.first || !COMMAS.has(ctx.tokens[i - 2].text)) return undefined;
  // «زيارته الأحدث لبيونغيانغ، التي اتفقت خلالها الكوريتان»: a party a preposition governs is no antecedent.
  // «في العاصمة المصرية القاهرة، والتي انتهت …»: a party in a phrase of place (a title between) says where; «جزيرة
  // سينتوسا، التي يطل عليها …»: a place that is no capital does not act.
  const antecedent = (a: Actor) =>
    a.last === i - 2 &&
    a.kind !== 'place' &&
    !isAside(ctx, a.first) &&
    !governed(ctx, a) &&
    !gluedParticle(ctx, a) &&
    !placePhrase(ctx, a);
  if (!relativePronoun(ctx, i - 1) || !ctx.actors.some(antecedent)) return undefined;
  let end = i;
  while (end < ctx.view.last && isAside(ctx, end)) end++;
  return { start: i - 1, end };
}

/** Words before a place within which «في» makes it a phrase of place (في العاصمة المصرية القاهرة). */
const PLACE_PHRASE_WORDS = 3;

function placePhrase(ctx: Context, a: Actor): boolean {
  for (let k = a.first - 1; k >= Math.max(ctx.view.first, a.first - PLACE_PHRASE_WORDS); k--)
    if (OPENING_PREPOSITIONS.has(ctx.tokens[k].norm)) return true;
  return false;
}

const within = (segment: Segment, i: number) => i >= segment.start && i < segment.end;

/** A relative pronoun, bare or with و glued to it (والذي). */
function relativePronoun(ctx: Context, j: number): boolean {
  return bareOrAfterAnd(ctx.lex.cues.relative, ctx.tokens[j].norm);
}

/** Marks a segment as an aside or not; returns the segment while it is open, undefined once it is closed again. */
function markAside(ctx: Context, segment: Segment, aside: boolean): Segment | undefined {
  for (let k = segment.start; k < segment.end; k++) ctx.view.aside[k - ctx.view.first] = aside;
  return aside ? undefined : segment;
}

/** Words after a phrase word within which its repetition with و is looked for (… حظرا على …، وحظراً على …). */
const REPEATED_PHRASE_WORDS = 16;

/**
 * «وفرض … حظرا لأجل غير مسمى على دخول اللاجئين السوريين، وحظراً لمدة ثلاثة أشهر على دخول رعايا 6 دول عربية وهي
 * العراق وإيران …»: the phrase word of a verb repeated with و in its clause, with a complement of its own, is a second
 * act of the same subject on that complement (round 33). Not past another trigger verb or a boundary word.
 */
function repeatedPhraseEvents(
  ctx: Context,
  trigger: Trigger,
  i: number,
  phraseWord: number,
  pairs: Pair[],
): CodedEvent[] {
  if (trigger.with.size === 0 || phraseWord <= i || pairs.length === 0) return [];
  const sources = uniqueByCountry(pairs.map(([source]) => source));
  if (sources.length !== 1) return [];
  for (let q = phraseWord + 1, words = 0; q < ctx.view.last && words < REPEATED_PHRASE_WORDS; q++) {
    const t = ctx.tokens[q];
    if (!isWord(t) || isAside(ctx, q)) continue;
    words++;
    if (!inClause(ctx, i, q) || hasCue(ctx, q, 'boundary') || (isConjoined(ctx, q) && onlyVerb(ctx, q))) return [];
    if (t.proclitics[0] !== 'و' || !hasKey(keysOf(ctx, q), trigger.with)) continue;
    const p = particleIndex(ctx, trigger.particles, q + 1);
    // «وعقوبات أوروبية على إيران»: a party between the word and its particle is that act's own agent.
    if (p < 0 || ctx.actors.some((a) => a.first > q && a.last <= p)) return [];
    const targets = complement(ctx, p, trigger);
    const named = new Set(pairs.map(([, target]) => target?.country));
    const fresh = targets.filter((a) => !named.has(a.country));
    return fresh.length > 0 ? toEvents(ctx, trigger, i, crossPairs(sources, fresh)) : [];
  }
  return [];
}

/** The coder's sentence context as the claim rules read it (claims.ts, round 24). */
function claimView(ctx: Context): ClaimView {
  return {
    tokens: ctx.tokens,
    first: ctx.view.first,
    last: ctx.view.last,
    actors: ctx.actors,
    isWord: (i) => isWord(ctx.tokens[i]),
    mayStartClaim: (i) => (ctx.anchors[i] & CLAIM_START) !== 0,
    inClause: (i, j) => inClause(ctx, i, j),
    isAside: (i) => isAside(ctx, i),
    isBridge: (i) => isBridge(ctx, i),
    isComplementizer: (i) => ctx.lex.cues.bareComplementizer.has(ctx.tokens[i].norm),
    conditionBefore: (i) => conditionBefore(ctx, i),
    isVerbTrigger: (i) => candidateTriggers(ctx, i).some((t) => t.verbal),
    pronounParty: (i, exclude) => {
      const pronoun = pronounSuffix(ctx.tokens[i].norm);
      const parties = ctx.actors.filter((a) => !isAside(ctx, a.first) && a.last <= i);
      return pronoun ? soleAntecedent(parties, i, pronoun, (a) => antecedentGender(ctx, a), exclude) : undefined;
    },
    lastSubject: (at) => ctx.subjects.last(at),
    entry: (code) => ruleTrigger(ctx, code),
  };
}

/**
 * The lexicon's entry for a CAMEO code as the trigger of an event a rule codes with no trigger word of its own (an
 * accusation stated as blame, a denial with no verb): verbal, with no agreement to check.
 */
function ruleTrigger(ctx: Context, code: string): Trigger | undefined {
  return ruleTriggersByCode(ctx.lex).get(code);
}

/**
 * The rule trigger of each CAMEO code, from its first lexicon entry, made once and shared (frozen): ruleTrigger runs
 * for many words, and a scan of the entries, then a copy of the entry, each time showed in profiles.
 */
const ruleTriggers = new WeakMap<EventLexicon, Map<string, Trigger>>();

/** The lexicon's first entry for a CAMEO code (rules that build their own trigger from it). */
function entryOfCode(lex: EventLexicon, code: string): LexiconEntry | undefined {
  return firstEntriesByCode(lex).get(code);
}

type LexiconEntry = EventLexicon['entries'][number];
const firstEntries = new WeakMap<EventLexicon, Map<string, LexiconEntry>>();

/** Each CAMEO code's first lexicon entry, found once per lexicon (rules ask for them in every sentence). */
function firstEntriesByCode(lex: EventLexicon): Map<string, LexiconEntry> {
  let byCode = firstEntries.get(lex);
  if (!byCode) {
    byCode = new Map();
    for (const e of lex.entries) if (!byCode.has(e.cameo.code)) byCode.set(e.cameo.code, e);
    firstEntries.set(lex, byCode);
  }
  return byCode;
}

function ruleTriggersByCode(lex: EventLexicon): Map<string, Trigger> {
  let byCode = ruleTriggers.get(lex);
  if (!byCode) {
    byCode = new Map();
    for (const [code, e] of firstEntriesByCode(lex))
      byCode.set(code, Object.freeze({ ...e, verbal: true, agree: null, participle: false }));
    ruleTriggers.set(lex, byCode);
  }
  return byCode;
}

/** A word of condition earlier in the clause of token i («إذا ثبت أن …»، «لو …»): what follows is no claim. */
function conditionBefore(ctx: Context, i: number): boolean {
  // «جان إيف لو دريان»: «لو» inside a name is no condition (round 27).
  for (let k = i - 1; k >= ctx.view.first && inClause(ctx, i, k); k--)
    if (CONDITIONS.has(ctx.tokens[k].norm) && !insideActor(ctx, k)) return true;
  return false;
}

/** Words that open a fronted circumstance of time or occasion (وبعد لقائه مع …، قال …). */
const FRONTING = new Set(['بعد', 'عقب', 'خلال', 'اثناء', 'اثر', 'في']);
/** Ordinals between a fronting word and its meeting noun (خلال أول زيارة له إلى …). */
const ORDINALS = new Set(['اول', 'ثاني', 'اخر']);
/** Words between a fronted meeting noun and its particle (اتصال هاتفي مع، اجتماع الوفد بالرئيس). */
const FRONTED_NOUN_GAP = 2;

/**
 * «وبعد اللقاء مع رئيسة الوزراء البريطانية تيريزا ماي، ليلة الخميس، أصدر قادة الاتحاد الأوروبي بياناً»، «خلال
 * زيارته للهند، كثف الرئيس الفرنسي إيمانويل ماكرون …»: a sentence that opens with a circumstance (بعد، عقب، خلال، في
 * …) whose head is a meeting, call or visit noun names the partner after the noun's particle, and the one who met
 * is the subject of the main clause after the circumstance's comma (past an apposition or a time between commas). The
 * circumstance is a clause of its own, so the noun finds no agent there. Not with بين (the parties after it are the
 * meeting's only ones), nor with an actor between the noun and its particle (its genitive: the noun's own rule), nor
 * with a possessive that disagrees with the subject. Round 16r.
 */
function frontedMeetingEvents(ctx: Context, coded: CodedEvent[]): CodedEvent[] {
  const j = firstWord(ctx);
  const opener = ctx.tokens[j];
  const bare = /^[وف]/.test(opener?.norm ?? '') && opener.proclitics.length > 0 ? opener.norm.slice(1) : opener?.norm;
  // «خلال أول زيارة له إلى الصين»: an ordinal may stand before the noun (round 23).
  const i = ORDINALS.has(ctx.tokens[j + 1]?.norm ?? '') ? j + 2 : j + 1;
  if (i >= ctx.view.last || !(FRONTING.has(opener.norm) || FRONTING.has(bare))) return [];
  const trigger = candidateTriggers(ctx, i).find((t) => !t.verbal && t.type === 'CONSULT' && t.cameo.root === '04');
  const noun = ctx.tokens[i];
  if (!trigger || withIndex(ctx, trigger, i) < 0 || coded.some((e) => e.trigger.start === noun.start)) return [];
  const p = particleIndex(ctx, trigger.particles, i + 1);
  if (p < 0 || ctx.tokens[p].norm === 'بين' || wordsBetween(ctx, i, p) > FRONTED_NOUN_GAP) return [];
  for (let k = i + 1; k < p; k++) if (actorAt(ctx, k)) return [];
  // «أثناء زيارة إلى مرتفعات الجولان»: a region is where one goes, not a party met.
  const partner = complement(ctx, p, trigger).find((a) => a.kind !== 'place');
  const subject = partner ? mainClauseSubject(ctx, partner.last) : undefined;
  if (!partner || !subject || !possessorAgrees(ctx, subject, trigger.possessive ?? null)) return [];
  return toEvents(ctx, trigger, i, [[subject, partner]]);
}

/**
 * «عبر زعيم كوريا الشمالية كيم جونغ أون الحدود إلى كوريا الجنوبية …، حيث كان في استقباله الرئيس الكوري الجنوبي»:
 * «في استقباله/استقبالها» with the host named right after it is a visit of the pronoun's referent, the one
 * state-like party named before it in the sentence (antecedents.ts; not of the host's country), to the host: coded
 * visitor → host as a visit (CAMEO 042), as the gold codes receptions (batches 4 and 14). Round 23.
 */
function receptionEvents(ctx: Context, coded: CodedEvent[]): CodedEvent[] {
  const events: CodedEvent[] = [];
  for (let i = ctx.view.first + 1; i < ctx.view.last; i++) {
    const t = ctx.tokens[i];
    if (ctx.tokens[i - 1].norm !== 'في' || !/^استقبال(ه|ها)$/.test(t.norm)) continue;
    const pronoun = pronounSuffix(t.norm);
    if (!pronoun) continue;
    if (isAside(ctx, i) || coded.some((e) => e.trigger.start === t.start)) continue;
    const trigger = candidateTriggers(ctx, i).find((r) => !r.verbal && r.type === 'CONSULT');
    const visit = ctx.lex.cameo.get(VISIT);
    const host = partyRightAfter(ctx, i);
    if (!trigger || !visit || !host || host.country === null) continue;
    const parties = ctx.actors.filter((a) => !isAside(ctx, a.first) && a.last <= i - 1);
    const guest = soleAntecedent(parties, i, pronoun, (a) => antecedentGender(ctx, a), host.country);
    if (guest) events.push(...toEvents(ctx, { ...trigger, cameo: visit }, i, [[guest, host]]));
  }
  return events;
}

/** Words between a recalled ambassador's noun and the preposition of his post («سفيره عبد المحمود عبد الحليم لدى مصر»). */
const ENVOY_NAME_WORDS = 4;

/**
 * An own ambassador named before token i with his post: an envoy noun with a possessive (سفيره، سفيرها: cue `envoy`),
 * then within ENVOY_NAME_WORDS words (his name) لدى or في and the host country's name. Undefined when a party of a
 * third country stands between the post and token i (the pronoun may be another's).
 */
function ownEnvoyPost(ctx: Context, i: number): { envoy: number; host: Actor } | undefined {
  for (let e = i - 1; e >= ctx.view.first; e--) {
    const t = ctx.tokens[e];
    if (!pronounSuffix(t.norm) || !hasCue(ctx, e, 'envoy') || t.norm.startsWith('ال')) continue;
    for (let k = e + 1, words = 0; k < i && words <= ENVOY_NAME_WORDS; k++) {
      if (!isWord(ctx.tokens[k])) continue;
      words++;
      if (!['لدي', 'في'].includes(ctx.tokens[k].norm)) continue;
      const host = [...ctx.places, ...ctx.actors].find((a) => a.first === k + 1 && a.country !== null);
      if (!host) return undefined;
      const others = ctx.actors.filter(
        (a) => a.first >= host.last && a.last <= i && a.country !== null && a.country !== host.country,
      );
      return others.length === 0 ? { envoy: e, host } : undefined;
    }
    return undefined;
  }
  return undefined;
}

/**
 * «إن سفيرها لدى مصر … سيعود إلى القاهرة، بعد أن استدعته الخرطوم للتشاور»، «أن سفيره … لدى مصر سيعود …، بعد أسابيع
 * من استدعائه»: a recall verb or noun (CAMEO 161) whose object pronoun or possessive stands for an own ambassador named
 * before with his post (`ownEnvoyPost`) recalls him from the host country: the verb's subject right after it, else the
 * party named before the ambassador (whose ambassador he is), recalls him. Round 26.
 */
function recalledEnvoyEvents(ctx: Context, coded: CodedEvent[]): CodedEvent[] {
  const events: CodedEvent[] = [];
  for (let i = ctx.view.first + 1; i < ctx.view.last; i++) {
    const t = ctx.tokens[i];
    if (!pronounSuffix(t.norm) || isAside(ctx, i) || coded.some((e) => e.trigger.start === t.start)) continue;
    const trigger = candidateTriggers(ctx, i).find(isRecall);
    const post = trigger ? ownEnvoyPost(ctx, i) : undefined;
    if (!trigger || !post) continue;
    const owner = ctx.actors.filter((a) => a.last <= post.envoy && !governed(ctx, a) && !isAside(ctx, a.first)).pop();
    const source = (trigger.verbal ? partyRightAfter(ctx, i) : undefined) ?? owner;
    if (source) events.push(...toEvents(ctx, trigger, i, [[source, post.host]]));
  }
  return events;
}

/** Words between an envoy's verb of returning and «إلى» + the host (سيعود الاثنين إلى القاهرة). */
const RETURN_GAP = 2;

/**
 * «أن سفيره عبد المحمود عبد الحليم لدى مصر سيعود إلى القاهرة»، «إن سفيرها لدى مصر … سيعود إلى القاهرة»: an own
 * ambassador named with his post (`ownEnvoyPost`) who returns (cue `envoyReturn`) to the host country (إلى + a party
 * of the host's country within RETURN_GAP words) is sent back by the party named before him: CAMEO 084 (return,
 * RETREAT), the reverse of a recall (round 33).
 */
function returnedEnvoyEvents(ctx: Context): CodedEvent[] {
  const events: CodedEvent[] = [];
  for (let i = ctx.view.first + 1; i < ctx.view.last; i++) {
    if (!hasCue(ctx, i, 'envoyReturn') || isAside(ctx, i)) continue;
    const post = ownEnvoyPost(ctx, i);
    if (!post || !returnsTo(ctx, i, post.host)) continue;
    const owner = ctx.actors.filter((a) => a.last <= post.envoy && !governed(ctx, a) && !isAside(ctx, a.first)).pop();
    const trigger = envoyReturnTrigger(ctx);
    if (owner && trigger) events.push(...toEvents(ctx, trigger, i, [[owner, post.host]]));
  }
  return events;
}

/** «سيعود إلى القاهرة»: «إلى» within RETURN_GAP words after i, and right after it a party of the host's country. */
function returnsTo(ctx: Context, i: number, host: Actor): boolean {
  for (let k = i + 1, words = 0; k < ctx.view.last && words <= RETURN_GAP && inClause(ctx, i, k); k++) {
    if (!isWord(ctx.tokens[k])) continue;
    words++;
    if (ctx.tokens[k].norm !== 'الي') continue;
    const to = [...ctx.places, ...ctx.actors].find((a) => a.first === k + 1);
    return !!to && to.country === host.country;
  }
  return false;
}

/** CAMEO 084 (return, release: RETREAT), from the rule trigger of 0841 with its code. */
function envoyReturnTrigger(ctx: Context): Trigger | undefined {
  return ruleTriggerCoded(ctx, '0841', ENVOY_RETURN);
}

/**
 * The rule trigger of the lexicon's entry for CAMEO `entryCode` (its PLOVER type), coded as CAMEO `code` instead, with
 * no mode: for rules whose code has no lexicon entry of its own (084 return, 090 investigate, 115 lawsuit).
 */
function ruleTriggerCoded(ctx: Context, entryCode: string, code: string): Trigger | undefined {
  const base = ruleTrigger(ctx, entryCode);
  const cameo = ctx.lex.cameo.get(code);
  return base && cameo ? { ...base, cameo, mode: undefined } : undefined;
}

const ENVOY_RETURN = '084';

/** Words between a trial noun and its defendant (محاكمة القس الأمريكي). */
const DEFENDANT_GAP = 1;
/** Words after «مثل» within which «أمام» and a court word stand (مثل قس أمريكي من ولاية … أمام محكمة). */
const APPEARANCE_WORDS = 8;
/** Words after a court word within which the court's country is named (محكمة في تركيا، محكمة تركية). */
const COURT_WORDS = 2;
/** Defendants: people, named or by their nationality; not a state, a capital or a place. */
const DEFENDANT_KINDS = new Set<Actor['kind']>(['demonym', 'person', 'entity']);

/**
 * «بدأت الاثنين في إزمير التركية محاكمة القس الأمريكي أندرو برونسون»، «مثل قس أمريكي … أمام محكمة في تركيا»: a trial
 * (cue `trial`: محاكمة), or appearing (cue `appear`: مثل، يمثل، مثول) before a court (cue `court`), of a defendant
 * named by nationality or name is the court's country bringing a case against the defendant's (CAMEO 115, ACCUSE).
 * The defendant is right after the trial noun (one word between) or the one who appears; the court's country is a
 * place or country after the court word (within two words) or, for a trial noun, the place its clause names after «في»
 * or a glued ب. Same-country trials are domestic and dropped. Round 35.
 */
function trialEvents(ctx: Context): CodedEvent[] {
  const events: CodedEvent[] = [];
  for (let i = ctx.view.first; i < ctx.view.last; i++) {
    const trial = hasCue(ctx, i, 'trial');
    if ((!trial && !hasCue(ctx, i, 'appear')) || isAside(ctx, i)) continue;
    const court = trial ? -1 : courtAfter(ctx, i);
    if (!trial && court < 0) continue;
    const defendant = trial ? defendantAfter(ctx, i) : ctx.actors.find((a) => a.first > i && a.last <= court);
    if (!defendant || !DEFENDANT_KINDS.has(defendant.kind)) continue;
    const seat = (court >= 0 ? courtCountry(ctx, court) : undefined) ?? (trial ? trialPlace(ctx, i) : undefined);
    const trigger = seat && trialTrigger(ctx);
    if (seat && trigger) events.push(...toEvents(ctx, trigger, i, [[seat, defendant]]));
  }
  return events;
}

/** The party right after a trial noun, DEFENDANT_GAP words at most between. */
function defendantAfter(ctx: Context, i: number): Actor | undefined {
  for (let k = i + 1, words = 0; k < ctx.view.last && words <= DEFENDANT_GAP && inClause(ctx, i, k); k++) {
    if (!isWord(ctx.tokens[k])) continue;
    const actor = actorAt(ctx, k);
    if (actor) return actor;
    words++;
  }
  return undefined;
}

/** «أمام محكمة»، «أمام القضاء»: the court word's index after «أمام» within APPEARANCE_WORDS words after i, else -1. */
function courtAfter(ctx: Context, i: number): number {
  for (let k = i + 1, words = 0; k + 1 < ctx.view.last && words < APPEARANCE_WORDS && inClause(ctx, i, k); k++) {
    if (!isWord(ctx.tokens[k])) continue;
    if (ctx.tokens[k].norm === 'امام' && hasCue(ctx, k + 1, 'court')) return k + 1;
    words++;
  }
  return -1;
}

/** «محكمة في تركيا»، «محكمة تركية»، «القضاء التركي»: a party or place within COURT_WORDS words after the court word. */
function courtCountry(ctx: Context, court: number): Actor | undefined {
  const near = (a: Actor) => a.first > court && a.first <= court + COURT_WORDS + 1 && a.country !== null;
  return ctx.actors.find(near) ?? ctx.places.find(near);
}

/**
 * Where a trial is held: a place or country of the trial noun's clause after «في» or a glued ب («في إزمير التركية»،
 * «بمحافظة إزمير التركية»), or a demonym right after such a place word.
 */
function trialPlace(ctx: Context, i: number): Actor | undefined {
  const parties = [...ctx.places, ...ctx.actors];
  const placed = (a: Actor) => {
    if (a.country === null || !inClause(ctx, i, a.first) || a.first <= ctx.view.first) return false;
    const at = ctx.tokens[a.first];
    const before = ctx.tokens[a.first - 1];
    if (a.kind === 'demonym') return parties.some((p) => p.last === a.first && p !== a);
    return (
      PLACE_KINDS.has(a.kind) &&
      (before.norm === 'في' || (at.proclitics[0] === 'ب' && at.norm.startsWith('ب')) || /^ب/.test(before.norm))
    );
  };
  return parties.filter(placed).sort((a, b) => a.first - b.first)[0];
}

/** CAMEO 115 (bring a lawsuit against: ACCUSE), from the rule trigger of an accusation with its code. */
function trialTrigger(ctx: Context): Trigger | undefined {
  return ruleTriggerCoded(ctx, ACCUSE, LAWSUIT);
}

const LAWSUIT = '115';

/** Adjectives between a received call or letter and its «من» (اتصالا هاتفيا، رسالة شفهية خطية). */
const MESSAGE_ADJECTIVES = 2;

/**
 * «أن البشير تلقى رسالة شفهية من أمير قطر الشيخ تميم بن حمد»، «تلقى الرئيس … اتصالا هاتفيا من نظيره الفرنسي»: a call,
 * letter or cable (cue `message`) right after a verb of receiving (cue `receive`; its subject's name may stand
 * between) and «من» + a party after it (two adjectives between at most) is that party consulting the receiver: the
 * subject named between, or else the verb's subject before it (CAMEO 041 for a call, 040 otherwise; round 37). Round
 * 13 had tried «من» as a particle of the call nouns and dropped it: the search reached a «من» far after the call.
 */
function receivedMessageEvents(ctx: Context): CodedEvent[] {
  const events: CodedEvent[] = [];
  for (let i = ctx.view.first; i < ctx.view.last; i++) {
    if ((ctx.anchors[i] & RECEIVE) === 0 || isAside(ctx, i)) continue;
    let k = i + 1;
    while (k < ctx.view.last && (insideActor(ctx, k) || !isWord(ctx.tokens[k]) || hasCue(ctx, k, 'head'))) k++;
    if (k >= ctx.view.last || !hasCue(ctx, k, 'message') || !inClause(ctx, i, k)) continue;
    let from = k + 1;
    for (let words = 0; from < ctx.view.last && words < MESSAGE_ADJECTIVES && ctx.tokens[from].norm !== 'من'; from++)
      if (isWord(ctx.tokens[from])) words++;
    if (from >= ctx.view.last || ctx.tokens[from].norm !== 'من' || !inClause(ctx, i, from)) continue;
    const sender = actorAfter(ctx, from, from + 1, 0);
    const receiver = ctx.actors.find((a) => a.first > i && a.last <= k) ?? actorBefore(ctx, i, SUBJECT_BEFORE);
    const trigger =
      sender && receiver && ruleTrigger(ctx, /اتصال|مكالم/.test(ctx.tokens[k].norm) ? PHONE_CALL : CONSULTATION);
    if (sender && receiver && trigger) events.push(...toEvents(ctx, trigger, k, [[sender, receiver]]));
  }
  return events;
}

/**
 * «مئات النواب من ألمانيا وبريطانيا وفرنسا، بعثوا برسالة الى الكونغرس الأمريكي تطلب دعم …»: a letter (cue `message`)
 * «إلى» a party, with a verb of requesting right after that party (the letter's: تطلب، تطالب، تدعو), is a request of
 * the letter's senders to that party (round 37). The senders are the first party of the sentence before the letter
 * that no preposition governs, or one behind «من» after a noun of envoys or officials (نواب، وفد), with the parties
 * coordinated with it.
 */
function askingLetterEvents(ctx: Context): CodedEvent[] {
  const events: CodedEvent[] = [];
  for (let k = ctx.view.first; k + 2 < ctx.view.last; k++) {
    if (!(ctx.anchors[k] & MESSAGE_WORD) || isAside(ctx, k) || ctx.tokens[k + 1].norm !== 'الي') continue;
    // «الى الكونغرس الأمريكي»: one noun may stand before the party that qualifies it.
    const addressee = actorAfter(ctx, k + 1, k + 2, 1);
    if (!addressee || addressee.last >= ctx.view.last || !inClause(ctx, k, addressee.last)) continue;
    const trigger = candidateTriggers(ctx, addressee.last).find((t) => t.verbal && t.type === 'REQUEST');
    const sender = trigger && letterSender(ctx, k);
    if (!trigger || !sender) continue;
    const group = [sender, ...coordinated(ctx, sender)].filter((a) => a.country !== addressee.country);
    events.push(...toEvents(ctx, trigger, addressee.last, crossPairs(group, [addressee])));
  }
  return events;
}

/** The party that sends the letter at k: see askingLetterEvents. */
function letterSender(ctx: Context, k: number): Actor | undefined {
  for (const a of ctx.actors) {
    if (a.last > k) return undefined;
    if (isAside(ctx, a.first)) continue;
    if (!governed(ctx, a)) return a;
    const before = a.first - 2;
    if (ctx.tokens[a.first - 1].norm === 'من' && before >= ctx.view.first && hasCue(ctx, before, 'delegates')) return a;
  }
  return undefined;
}

/** CAMEO 040 (consult) and 041 (discuss by telephone). */
const CONSULTATION = '040';
const PHONE_CALL = '041';

/** Words a verb of investigating may stand before its «في» (its subject between: يحقق مكتب التحقيقات … في). */
const INVESTIGATION_REACH = 12;
/** Words between a conducting verb and its investigation noun (فتحت الشرطة البريطانية تحقيقا). */
const CONDUCT_GAP = 4;
/** What an investigation may be into: a state's, a body's or a group's act, named by its genitive; not a place's. */
const INVESTIGATED_KINDS = new Set<Actor['kind']>([
  'country',
  'capital',
  'metonym',
  'group',
  'igo',
  'entity',
  'demonym',
]);

/**
 * «يحقق مكتب التحقيقات الفيدرالي الأمريكي … في سرقة الصين معلومات»، «فتحت الشرطة البريطانية تحقيقا في التدخل
 * الروسي»: investigating (cue `investigate`: يحقق، تحقيق) an act whose agent a party names right after its noun
 * («في» + the act's noun + the party: its genitive, or a demonym qualifying it) is an accusation of that party (CAMEO
 * 090, ACCUSE) by the investigator: the verb's subject after it, or, for the noun, the subject of a conducting verb
 * (cue `conduct`: فتح، أجرى) right before it. Not a killing or another act done to a victim («في مقتل الصحفي
 * السعودي»), nor a place («في هجوم سالزبري»). Round 35.
 */
function investigationEvents(ctx: Context): CodedEvent[] {
  const events: CodedEvent[] = [];
  for (let i = ctx.view.first; i < ctx.view.last; i++) {
    if (!hasCue(ctx, i, 'investigate') || isAside(ctx, i)) continue;
    const verb = /^[وف]?[يت]حقق(ون)?$/.test(ctx.tokens[i].norm);
    const investigator = verb ? investigatingSubject(ctx, i) : conductingSubject(ctx, i);
    const into = investigator ? investigatedParty(ctx, verb ? investigator.last : i + 1, verb) : undefined;
    const trigger = into && investigationTrigger(ctx);
    if (investigator && into && trigger) events.push(...toEvents(ctx, trigger, i, [[investigator, into]]));
  }
  return events;
}

/** The first actor after a verb of investigating, within CONDUCT_GAP words: its subject. */
function investigatingSubject(ctx: Context, i: number): Actor | undefined {
  const subject = actorAfter(ctx, i, i + 1, CONDUCT_GAP);
  return subject && subject.kind !== 'place' && !governed(ctx, subject) ? subject : undefined;
}

/** «فتحت الشرطة البريطانية تحقيقا»: the subject between a conducting verb and the noun, or right before the verb. */
function conductingSubject(ctx: Context, i: number): Actor | undefined {
  for (let k = i - 1, words = 0; k >= ctx.view.first && words <= CONDUCT_GAP && inClause(ctx, i, k); k--) {
    if (!isWord(ctx.tokens[k])) continue;
    if (hasCue(ctx, k, 'conduct')) {
      const after = ctx.actors.find((a) => a.first > k && a.last <= i);
      const subject = after ?? actorBefore(ctx, k, 2);
      return subject && subject.kind !== 'place' && !governed(ctx, subject) ? subject : undefined;
    }
    words++;
  }
  return undefined;
}

/** The party right after the act noun that follows «في» (within INVESTIGATION_REACH words for a verb, else next). */
function investigatedParty(ctx: Context, from: number, verb: boolean): Actor | undefined {
  let p = -1;
  for (let k = from, words = 0; k < ctx.view.last && inClause(ctx, from, k); k++) {
    if (!isWord(ctx.tokens[k])) continue;
    if (ctx.tokens[k].norm === 'في') {
      p = k;
      break;
    }
    // A noun's «في» follows it, an adjective at most between (تحقيق مستقل في).
    if (++words > (verb ? INVESTIGATION_REACH : 1)) return undefined;
  }
  const act = p + 1;
  if (p < 0 || act + 1 >= ctx.view.last || actorAt(ctx, act) || !isPlainWord(ctx, act)) return undefined;
  if (hasCue(ctx, act, 'killing') || hasCue(ctx, act, 'victim')) return undefined;
  const party = actorAt(ctx, act + 1);
  return party && INVESTIGATED_KINDS.has(party.kind) && !isAside(ctx, party.first) ? party : undefined;
}

/** CAMEO 090 (investigate: ACCUSE), from the rule trigger of an accusation with its code. */
function investigationTrigger(ctx: Context): Trigger | undefined {
  return ruleTriggerCoded(ctx, ACCUSE, INVESTIGATE);
}

const INVESTIGATE = '090';

/** Words between a recall word and «للتشاور» (استدعاء سفير الاتحاد الأوروبي في روسيا إلى بروكسل للاستشارات). */
const CONSULTATION_REACH = 10;

/**
 * «لاستدعاء سفير الاتحاد الأوروبي في روسيا إلى بروكسل للاستشارات»: an ambassador named by his own party and his post
 * («سفير» + party + «في/لدى» + host) called in for consultations (cue `consultation`: للتشاور، للاستشارات) after a
 * recall word (cue `recall`: استدعاء، استدعى) is recalled by his own party from the host (CAMEO 161, SANCTION), as
 * «استدعاء سفيره في موسكو» is; nobody summons a foreign ambassador for consultations. Round 35.
 */
function consultationRecallEvents(ctx: Context): CodedEvent[] {
  const events: CodedEvent[] = [];
  for (let i = ctx.view.first; i < ctx.view.last; i++) {
    if (!hasCue(ctx, i, 'consultation')) continue;
    for (let k = i - 1, words = 0; k >= ctx.view.first && words <= CONSULTATION_REACH && inClause(ctx, i, k); k--) {
      if (!isWord(ctx.tokens[k])) continue;
      words++;
      if (!hasCue(ctx, k, 'recall') || !hasCue(ctx, k + 1, 'envoy')) continue;
      const own = actorAt(ctx, k + 2);
      const post = own ? ctx.tokens[own.last] : undefined;
      const host = post && ['في', 'لدي'].includes(post.norm) ? placeOrActorAt(ctx, own?.last ?? 0) : undefined;
      const trigger = host && ruleTrigger(ctx, RECALL);
      if (own && host && trigger && host.last <= i) events.push(...toEvents(ctx, trigger, k, [[own, host]]));
      break;
    }
  }
  return events;
}

/** The actor or place right after token j. */
function placeOrActorAt(ctx: Context, j: number): Actor | undefined {
  return [...ctx.actors, ...ctx.places].find((a) => a.first === j + 1);
}

const RECALL = '161';

/**
 * The subject of the main clause after a fronted circumstance ending at its first comma from token `from`: the first
 * actor within SUBJECT_WITHIN words after it, not behind a preposition. Segments between commas made only of a name
 * or a time («، عادل الجبير،»، «، ليلة الخميس،») still belong to the circumstance.
 */
function mainClauseSubject(ctx: Context, from: number): Actor | undefined {
  let k = from;
  while (k < ctx.view.last && !COMMAS.has(ctx.tokens[k].text)) k++;
  if (k >= ctx.view.last) return undefined;
  for (;;) {
    let next = k + 1;
    while (next < ctx.view.last && (insideActor(ctx, next) || inTimeExpression(ctx, next) || !isWord(ctx.tokens[next])))
      if (COMMAS.has(ctx.tokens[next].text)) break;
      else next++;
    if (next < ctx.view.last && COMMAS.has(ctx.tokens[next].text) && next > k + 1) k = next;
    else break;
  }
  // «، ونظيره النمساوي، هربيرت كيكل، عقد الثلاثة …»: a segment opening with و continues the partners.
  const first = ctx.tokens[k + 1];
  if (first && /^و/.test(first.norm) && first.proclitics[0] === 'و') return undefined;
  for (let m = k + 1, words = 0; m < ctx.view.last && words <= SUBJECT_WITHIN && inClause(ctx, k + 1, m); m++) {
    const t = ctx.tokens[m];
    if (!isWord(t)) continue;
    const actor = actorAt(ctx, m);
    if (actor) return governed(ctx, actor) || isAside(ctx, m) ? undefined : actor;
    words++;
  }
  return undefined;
}

/** Words after an attack word within which a cue `inWords` marks it as made in words. */
const IN_WORDS_WINDOW = 12;

const isPerson = (ctx: Context, a: Actor) =>
  a.kind === 'person' ||
  (a.kind !== 'pronoun' && ctx.doc.layers.entities.some((e) => e.id === a.entity && e.type === 'PER'));

/**
 * «هاجم الرئيس الأمريكي دونالد ترامب بشدة روسيا وإيران»، «شن نتانياهو هجوما مفاجئا وحادا على طهران قائلا …»،
 * «شنت الرياض هجوما على إيران، متهمة إياها بالتدخل»: an attack word (cue `attackWord`) followed in its sentence by a
 * manner or a participle of saying or accusing (cue `inWords`), or made by a person on a person, is an attack made
 * in words: criticism (CAMEO 111), as in «التي هاجم فيها إيران» (round 10).
 * Returns the criticism trigger, or undefined when the attack stands. Round 15.
 */
function attackInWords(
  ctx: Context,
  trigger: Trigger,
  i: number,
  phraseWord: number,
  pairs: Pair[],
): Trigger | undefined {
  if (trigger.type !== 'ASSAULT' || trigger.args === 'passive') return undefined;
  const word = [i, phraseWord].find((j) => hasCue(ctx, j, 'attackWord'));
  if (word === undefined) return undefined;
  let marked = false;
  for (let j = Math.max(i, phraseWord) + 1, words = 0; j < ctx.view.last && words < IN_WORDS_WINDOW; j++) {
    if (!isWord(ctx.tokens[j])) continue;
    if (hasCue(ctx, j, 'inWords')) marked = true;
    words++;
  }
  // A person attacking a person by name (هاجم روحاني نظيره الأمريكي دونالد ترامب، هجوم ترامب على كيم) does so in
  // words; a person attacking a country may stand for its army (الرئيس الأمريكي … هاجم سوريا), and a pronoun
  // (بلاده ستوسع هجومها) for the country.
  const persons =
    pairs.length > 0 && pairs.every(([source, target]) => target && isPerson(ctx, source) && isPerson(ctx, target));
  if (!marked && !persons) return undefined;
  const criticism = entryOfCode(ctx.lex, CRITICIZE);
  return criticism ? { ...criticism, verbal: trigger.verbal, agree: null, participle: false } : undefined;
}

/** Words a receiving verb may stand before the act it receives, its subject's name not counted. */
const RECEIVE_WORDS = 1;

/**
 * «وقالت الحكومة الاسرائيلية إنها تلقت طلباً بإجلاء هؤلاء من الولايات المتحدة وبريطانيا …»: an act named right after
 * a verb or noun of receiving (cue `receive`; its subject's name may stand between) is made to the receiver, not by
 * it. Round 15.
 */
function receivedAct(ctx: Context, i: number): boolean {
  for (let j = i - 1, words = 0; j >= ctx.view.first && words <= RECEIVE_WORDS && inClause(ctx, i, j); j--) {
    if (!isWord(ctx.tokens[j])) continue;
    if (hasCue(ctx, j, 'receive')) return true;
    if (!insideActor(ctx, j)) words++;
  }
  return false;
}

/** The parties of a received act: the one it came from is the source, the receiver the target; with none named the
 * sender is unknown, and nothing is coded. */
function receivedPairs(pairs: Pair[]): Pair[] {
  return pairs.flatMap(([source, target]): Pair[] => (target ? [[target, source]] : []));
}

/** CAMEO 100: demand. */
const DEMAND = '100';
/** What follows a party that is obliged: «أن/ألا» + verb, or a definite verbal noun (على الولايات المتحدة الوفاء). */
const DUTY_COMPLEMENT = new Set(['ان', 'الا']);

/**
 * «قال ظريف إن على الرئيس الأميركي أن يبقي على الاتفاق»، «"على الولايات المتحدة الوفاء بالتزاماتها"»: «على» + a
 * party + what it must do, opening reported speech, is a demand on that party by the speaker (CAMEO 100, as طالب).
 * Only at the start of reported content (after إن/أن, a quotation mark or a colon, or opening the sentence): elsewhere
 * على + party is a preposition (ردا على الولايات المتحدة). What is demanded is the demand's content, not an event.
 */
function obligation(ctx: Context, i: number): { events: CodedEvent[] } | undefined {
  if (!(ctx.anchors[i] & OBLIGATION)) return undefined;
  const modal = afterObligationVerb(ctx, i);
  if (!modal && !opensReportedContent(ctx, i)) return undefined;
  // Titles may come before the party (على الرئيس الأميركي), no other word.
  const obliged = actorAfter(ctx, i, i + 1, 0);
  const next = obliged ? ctx.tokens[obliged.last] : undefined;
  if (!obliged || !next || obliged.last >= ctx.view.last) return undefined;
  const dutyFollows =
    DUTY_COMPLEMENT.has(next.norm) || ((modal || next.norm.startsWith('ال')) && isPlainWord(ctx, obliged.last));
  const demand = entryOfCode(ctx.lex, DEMAND);
  if (!dutyFollows || !demand) return undefined;
  const speaker = ctx.subjects.last(ctx.tokens[i].start);
  const trigger: Trigger = { ...demand, verbal: false, agree: null, participle: false };
  const events = speaker ? toEvents(ctx, trigger, i, [[speaker, obliged]]) : [];
  // The verb of obligation is the demand itself, no modal that makes it hypothetical: flags are read before it.
  if (modal) for (const e of events) e.hypothetical = flags(ctx, i - 1, trigger).hypothetical;
  return { events };
}

/** Verbs of obligation before «على» + party (يجب على، ينبغي على). */
const OBLIGED = new Set(['يجب', 'ينبغي', 'يتعين', 'يتوجب']);

/**
 * «نقلت تقارير عن الرئيس الروسي … قوله إنه ينبغي على بريطانيا كشف حقيقة …»، «قال إن يجب على إيران أن …»: a verb of
 * obligation opening reported speech (after إن/أن/إنه, a quotation mark or a colon) before «على» + party is a demand
 * too, and what the party must do may be any verbal noun (round 17).
 */
function afterObligationVerb(ctx: Context, i: number): boolean {
  const j = i - 1;
  if (j < ctx.view.first || !OBLIGED.has(ctx.tokens[j].norm.replace(/^و/, ''))) return false;
  return opensReportedContent(ctx, j) || (j - 1 >= ctx.view.first && /^[با]?انه$/.test(ctx.tokens[j - 1].norm));
}

/** CAMEO 112: accuse. */
const ACCUSE = '112';
/** Words between the blamed party and the predicate («إن موسكو "على الأغلب" تقف وراء», «أن روسيا هي المسؤولة»). */
const BLAMED_WORDS = 2;
/** Words after «مسؤولة عن» within which the act of harm is named (محاولة القتل، هذا الهجوم). */
const HARM_WORDS = 3;
/** A form of كان between the complementizer and the blamed party («أن تكون روسيا مسؤولة»). */
const BEING = new Set(['تكون', 'يكون']);

/** A word blamedParty starts from (anchors.ts). */
function mayBlame(ctx: Context, i: number): boolean {
  return (ctx.anchors[i] & (STANDS | ANSWERS | BEHIND)) !== 0;
}

/**
 * «قالت تيريزا ماي … إن موسكو "على الأغلب" تقف وراء تسميم الجاسوس»، «أن روسيا كانت وراء الهجوم»، «إنه من المرجح أن
 * تكون روسيا مسؤولة عن الاعتداء»: a party right after أن/إن said to stand behind an act (cues `stand`, `behind`), or
 * to be responsible for an act of harm (cue `responsible`), is accused of it (CAMEO 112) by the one who says so: the
 * subject the sentence last named before the complementizer (its speaker). With no such subject in the sentence
 * («وأضاف أن … النظام الإيراني يقف وراءه»), or a word before the party («أن تصريحات الرئيس الأمريكي تقف وراء …»: the
 * statements stand behind it), nothing is coded; negation and belief are flagged as for any trigger. Round 16r.
 */
function blamedParty(ctx: Context, i: number): { trigger: Trigger; events: CodedEvent[] } | undefined {
  const next = ctx.tokens[i + 1];
  if (!next || i + 1 >= ctx.view.last) return undefined;
  // Checked first: nearly no word is any of the three, and the rest reads the words around.
  if (!mayBlame(ctx, i)) return undefined;
  const { cues } = ctx.lex;
  const stands = (ctx.anchors[i] & STANDS) !== 0;
  const answers = (ctx.anchors[i] & ANSWERS) !== 0;
  const behind = stands && cues.behind.has(next.norm);
  const responsible = answers && ((next.norm === 'عن' && harmAfter(ctx, i + 2)) || responsibleForIt(ctx, i));
  // «أن تكون موسكو وراء تسميم …»، «أن الحكومة السورية وراء اغتيال …»: the behind word right after the party.
  const bare = (ctx.anchors[i] & BEHIND) !== 0 && ctx.actors.some((a) => a.last === i);
  if (!behind && !responsible && !bare) return undefined;
  const accused = actorBefore(ctx, i, BLAMED_WORDS);
  const trigger = ruleTrigger(ctx, ACCUSE);
  if (!accused || !trigger) return undefined;
  // Titles and bodies may stand before the party's name (أن قوات الرئيس بشار الأسد).
  let c = accused.first - 1;
  while (c > ctx.view.first && (QUOTES.has(ctx.tokens[c].text) || isBridge(ctx, c))) c--;
  if (c > ctx.view.first && BEING.has(ctx.tokens[c].norm)) c--;
  if (c < ctx.view.first || !ctx.lex.cues.bareComplementizer.has(ctx.tokens[c].norm)) return undefined;
  // «إذا ثبت أن روسيا وراء تسميم سكريبال فسترد بريطانيا»: a condition is no accusation.
  if (conditionBefore(ctx, c)) return undefined;
  const reporter = ctx.subjects.last(ctx.tokens[c].start);
  return { trigger, events: reporter ? toEvents(ctx, trigger, i, [[reporter, accused]]) : [] };
}

/**
 * «قال الاتحاد الأوروبي إن هناك دلائل على أن القوات الحكومية السورية استخدمت أسلحة كيماوية»، «معلومات تشير إلى أن
 * روسيا … قصفت …»: a party right after «أن» that follows a noun of evidence and «على» (cue `evidence`: دلائل، أدلة،
 * مؤشرات …), or a verb of referring and «إلى» (cue `refer`: تشير إلى أن), and whose verb is an attack or seizure or
 * has one (or a weapon, a casualty: cues `violence`, `harm`) within 3 words, is accused of it (CAMEO 112) by the one
 * who says so, the subject the sentence last named before (as for `blamedParty`). Round 21.
 */
const EVIDENCE_NOUN_WORDS = 2;

/**
 * An attack or a seizure (a trigger of ASSAULT or COERCE) or a weapon of harm (cue `harm`: كيماوية) from token i on,
 * within HARM_WORDS words; a killing or a casualty word first («أن خاشقجي قتل»، «قد يكون قتل») makes the party the
 * victim, and nothing is alleged of it.
 */
function allegedHarm(ctx: Context, i: number): boolean {
  for (let k = i, words = 0; k < ctx.view.last && words < HARM_WORDS; k++) {
    if (!isWord(ctx.tokens[k])) continue;
    const keys = keysOf(ctx, k);
    if (hasKey(keys, ctx.lex.cues.killing) || hasKey(keys, ctx.lex.cues.violence)) return false;
    if (hasKey(keys, ctx.lex.cues.harm)) return true;
    if (candidateTriggers(ctx, k).some((t) => t.type === 'ASSAULT' || t.type === 'COERCE')) return true;
    words++;
  }
  return false;
}

function evidencedParty(ctx: Context, i: number): { trigger: Trigger; events: CodedEvent[] } | undefined {
  if (!isWord(ctx.tokens[i]) || !ctx.actors.some((a) => a.last === i)) return undefined;
  const last = actorBefore(ctx, i, BLAMED_WORDS);
  const trigger = last && ruleTrigger(ctx, ACCUSE);
  if (!last || !trigger) return undefined;
  // «أن روسيا وسوريا تحاولان "تطهير" …»: coordinated parties are accused together (round 26).
  const accused = coordinationHead(ctx, last);
  const group = [accused, ...coordinated(ctx, accused)];
  if (!group.includes(last)) return undefined;
  // «أن القوات الحكومية السورية»: a demonym may qualify a body's name (a title or body word and up to two words after
  // it); not another noun («أن اختفاء الصحفي السعودي»: the journalist is no agent).
  let c = accused.first - 1;
  let plain = 0;
  for (; c > ctx.view.first; c--) {
    if (QUOTES.has(ctx.tokens[c].text) || isBridge(ctx, c)) continue;
    if (accused.kind !== 'demonym' || plain >= EVIDENCE_NOUN_WORDS || !isPlainWord(ctx, c)) break;
    if (ctx.lex.cues.bareComplementizer.has(ctx.tokens[c].norm)) break;
    plain++;
  }
  if (c - 2 < ctx.view.first || !ctx.lex.cues.bareComplementizer.has(ctx.tokens[c].norm)) return undefined;
  if (plain > 0 && !isBridge(ctx, c + 1)) return undefined;
  // «لا دليل على أن المعارضة السورية ستستخدم …»: denied evidence accuses no one.
  for (let k = c - 3, words = 0; k >= ctx.view.first && words < 2; k--) {
    if (!isWord(ctx.tokens[k])) continue;
    if (ctx.lex.cues.negation.has(ctx.tokens[k].norm)) return undefined;
    words++;
  }
  const particle = ctx.tokens[c - 1].norm;
  const evidence =
    (particle === 'علي' && hasCue(ctx, c - 2, 'evidence')) || (particle === 'الي' && hasCue(ctx, c - 2, 'refer'));
  // The harm is looked for last: it reads trigger words ahead, the checks above only the words before.
  if (!evidence || !allegedHarm(ctx, i)) return undefined;
  if (conditionBefore(ctx, c)) return undefined;
  const reporter = ctx.subjects.last(ctx.tokens[c - 2].start);
  return {
    trigger,
    events: reporter
      ? toEvents(
          ctx,
          trigger,
          i,
          group.map((a): Pair => [reporter, a]),
        )
      : [],
  };
}

/**
 * «بأن روسيا هي المسؤولة.»، «أن إيران هي المسؤولة عنها»: with هي/هو before it, «المسؤولة» that ends its clause or
 * takes a pronoun after عن refers to an act the text has named: the party is blamed for it.
 */
function responsibleForIt(ctx: Context, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (i <= ctx.view.first || !(prev.norm === 'هي' || prev.norm === 'هو')) return false;
  const next = ctx.tokens[i + 1];
  return !next || i + 1 >= ctx.view.last || /^عن(ها|ه|هم)$/.test(next.norm) || !isWord(next);
}

/** An attack, a seizure or a casualty named within HARM_WORDS words from token j. */
function harmAfter(ctx: Context, j: number): boolean {
  for (let k = j, words = 0; k < ctx.view.last && words < HARM_WORDS; k++) {
    if (!isWord(ctx.tokens[k])) continue;
    const keys = keysOf(ctx, k);
    if (hasKey(keys, ctx.lex.cues.violence) || hasKey(keys, ctx.lex.cues.harm)) return true;
    if (candidateTriggers(ctx, k).some((t) => t.type === 'ASSAULT' || t.type === 'COERCE')) return true;
    words++;
  }
  return false;
}

/** Right after a complementizer, a quotation mark or a colon, or the sentence's first word. */
function opensReportedContent(ctx: Context, i: number): boolean {
  if (i === firstWord(ctx)) return true;
  const prev = ctx.tokens[i - 1];
  return (
    i > ctx.view.first && (QUOTES.has(prev.text) || prev.text === ':' || ctx.lex.cues.bareComplementizer.has(prev.norm))
  );
}

/** Words that open an aside about the occasion of the main clause (، خلال زيارة لموسكو). */
const OCCASION = new Set(['خلال', 'اثناء', 'في']);

/**
 * «وكان عباس أبلغ الرئيس الروسي، فلاديمير بوتين، خلال زيارة لموسكو مؤخراً»: a visit noun right after the word that
 * opens an aside, with its host after ل/إلى, is a visit by the main clause's subject (asides are otherwise not coded).
 */
function asideVisit(ctx: Context, i: number): CodedEvent[] {
  if (!afterOccasionOpener(ctx, i)) return [];
  const visit = candidateTriggers(ctx, i).find((t) => !t.verbal && t.cameo.code === VISIT);
  if (!visit) return [];
  const host = actorAt(ctx, i + 1) ?? (ctx.tokens[i + 1]?.norm === 'الي' ? actorAt(ctx, i + 2) : undefined);
  const subject = subjectOfVerbBeforeAside(ctx, i) ?? mainSubjectOfAside(ctx, i);
  return host && subject ? toEvents(ctx, visit, i, [[subject, host]]) : [];
}

/**
 * «وأعقبت كلمات روحاني تلك تحذير أطلقه وزير الخارجية الأمريكي، مايك بومبيو، خلال زيارته لإسرائيل»: the party
 * right before the aside (past its appositions) stands right after a verb with an object pronoun, so it is that
 * verb's subject, and the aside is about its clause: the visitor is that party, not the sentence's first one (round
 * 47). «وكان عباس أبلغ الرئيس الروسي، فلاديمير بوتين، خلال زيارة لموسكو»: «أبلغ» has no pronoun; Putin is its object.
 */
function subjectOfVerbBeforeAside(ctx: Context, i: number): Actor | undefined {
  let party = ctx.actors.find((a) => a.last === i - 2);
  while (party && party.first - 1 > ctx.view.first && COMMAS.has(ctx.tokens[party.first - 1].text)) {
    const end = party.first - 1;
    const before = ctx.actors.find((a) => a.last === end && a.country === party?.country);
    if (!before) break;
    party = before;
  }
  if (!party) return undefined;
  // «وزير الخارجية الأمريكي»: a demonym's title words stand between the verb and the party.
  let verb = party.first - 1;
  for (let words = 0; words < TITLE_WORDS && verb > ctx.view.first && !hasObjectPronoun(ctx, verb); words++) {
    if (!hasCue(ctx, verb, 'head') && !ctx.tokens[verb].proclitics.includes('ال')) break;
    verb--;
  }
  return verb >= ctx.view.first && !insideActor(ctx, verb) && hasObjectPronoun(ctx, verb) ? party : undefined;
}

/** Words of a title before its demonym («وزير الخارجية» الأمريكي). */
const TITLE_WORDS = 3;

/** Token i comes right after a comma and a word that opens an aside about the occasion («، خلال زيارة», «، في اتصال»). */
function afterOccasionOpener(ctx: Context, i: number): boolean {
  const comma = ctx.tokens[i - 2];
  return !!comma && COMMAS.has(comma.text) && OCCASION.has(ctx.tokens[i - 1].norm);
}

/** The subject of the clause an occasion aside opening at token i (after its comma) belongs to, when outside asides. */
function mainSubjectOfAside(ctx: Context, i: number): Actor | undefined {
  const subject = clauseSubject(ctx, i - 2);
  return subject && !isAside(ctx, subject.first) ? subject : undefined;
}

const VISIT = '042';

/** Words between a meeting noun in an aside and its «مع» (هاتفي، a day: «في اتصال هاتفي الاثنين مع»). */
const ASIDE_MEETING_WORDS = 3;

/**
 * «شدد الرئيس الإيراني، حسن روحاني، في اتصال هاتفي مع الرئيس الفرنسي إيمانويل ماكرون، على أن …»: a meeting or call
 * noun right after the word that opens an aside, with «مع» and a party in the aside (titles only between), is a
 * meeting of the main clause's subject with that party, as asideVisit reads a visit (round 45). Not an interview
 * («في لقاء تلفزيوني») and not a medium («في لقاء مع الإذاعة الفرنسية»: no title before the demonym).
 */
function asideMeeting(ctx: Context, i: number): CodedEvent[] {
  if (!afterOccasionOpener(ctx, i)) return [];
  const meeting = candidateTriggers(ctx, i).find(
    (t) =>
      !t.verbal &&
      t.args === 'sym' &&
      t.type === 'CONSULT' &&
      (t.with.size === 0 || (i + 1 < ctx.view.last && hasKey(keysOf(ctx, i + 1), t.with))),
  );
  if (!meeting || (i + 1 < ctx.view.last && hasCue(ctx, i + 1, 'interview'))) return [];
  let q = i + 1;
  for (let words = 0; q < ctx.view.last && isAside(ctx, q) && ctx.tokens[q].norm !== 'مع'; q++)
    if (isWord(ctx.tokens[q]) && ++words > ASIDE_MEETING_WORDS) return [];
  if (q >= ctx.view.last || !isAside(ctx, q)) return [];
  let partner: Actor | undefined;
  for (let j = q + 1; j < ctx.view.last && isAside(ctx, j) && !partner; j++) {
    partner = actorAt(ctx, j);
    if (!partner && !isBridge(ctx, j)) return [];
  }
  const subject = mainSubjectOfAside(ctx, i);
  return partner && subject ? toEvents(ctx, meeting, i, [[subject, partner]]) : [];
}

/** «، وذلك إثر اتصال هاتفي بينهما»: a meeting noun in an aside with «بينهما» (dualReferents; round 18). */
function asideDualMeeting(ctx: Context, i: number): CodedEvent[] {
  const meeting = candidateTriggers(ctx, i).find(
    (t) => !t.verbal && t.args === 'sym' && t.type === 'CONSULT' && withIndex(ctx, t, i) >= 0,
  );
  const pair = meeting ? dualReferents(ctx, i) : [];
  return meeting && pair.length === 2 ? toEvents(ctx, meeting, i, allPairs(pair)) : [];
}

/** Words between a relative pronoun and the statement noun it refers to (its speaker's name in apposition). */
const SPEECH_BACK = 12;
const CRITICIZE = '111';
/** Words from a statement noun to its author's name: a title of two words may stand between. */
const AUTHOR_WORDS = 3;

/**
 * «تصريحاته التي انتقد فيها خطة ماي»، «لتصريحات ولي عهد المملكة العربية السعودية، …، التي هاجم فيها إيران»: a verb
 * after a relative pronoun and «فيها» whose antecedent is a statement (cue `speech`) is said by the statement's author
 * (its genitive, or the clause subject behind a possessive pronoun) about the party after «فيها»; an attack made
 * in words is criticism. Taken in asides too, where a relative clause after a comma stands.
 */
function speechRelative(ctx: Context, i: number): CodedEvent[] | undefined {
  const relative = i - 1;
  if (relative <= ctx.view.first || !ctx.lex.cues.relative.has(ctx.tokens[relative].norm)) return undefined;
  if (!ctx.lex.cues.inWhich.has(ctx.tokens[i + 1]?.norm ?? '') || i + 1 >= ctx.view.last) return undefined;
  const trigger = candidateTriggers(ctx, i).find((t) => t.verbal);
  const noun = speechNounBefore(ctx, relative);
  if (!trigger || noun < 0) return undefined;
  // The genitive may come after a title (تصريحات ولي عهد المملكة العربية السعودية).
  const author =
    ctx.actors.find((a) => a.first > noun && a.first <= noun + AUTHOR_WORDS && !commaBetween(ctx, noun, a.first)) ??
    (/(ه|ها)$/.test(ctx.tokens[noun].norm) ? ctx.subjects.last(ctx.tokens[noun].start) : undefined);
  const about = ctx.actors.find((a) => a.first >= i + 2 && a.first <= i + 3 && inClause(ctx, i, a.first));
  if (!author || !about) return [];
  const criticism = trigger.type === 'ASSAULT' ? ruleTrigger(ctx, CRITICIZE) : undefined;
  const said: Trigger = criticism ?? trigger;
  return toEvents(ctx, said, i, [[author, about]]);
}

function speechNounBefore(ctx: Context, relative: number): number {
  for (let j = relative - 1, words = 0; j >= ctx.view.first && words < SPEECH_BACK; j--) {
    if (!isWord(ctx.tokens[j])) continue;
    if (hasCue(ctx, j, 'speech')) return j;
    words++;
  }
  return -1;
}

/** A pledge (تعهد، وعد): intent to cooperate, unless what is pledged is force. */
const PLEDGE = '030';
/** CAMEO 138: threaten to use military force. */
const THREATEN_FORCE = '138';
/** Words between a threat's trigger and the word for force, and between that word and the country it aims at. */
const FORCE_WINDOW = 20;
const TARGET_AFTER_FORCE = 6;

/**
 * «تعهد أردوغان بتوسيع العملية التركية في سوريا»، «حذر ترامب روسيا من أن الصواريخ قادمة لضرب سوريا»: a threat or a
 * pledge whose content is force against a country, or a place in it, threatens that country (CAMEO 138).
 */
function threatenedPlaceEvents(ctx: Context, trigger: Trigger, i: number, pairs: Pair[] | undefined): CodedEvent[] {
  const pledge = trigger.cameo.code === PLEDGE && trigger.args === 'obj';
  if (trigger.type !== 'THREATEN' && !pledge) return [];
  const source = pairs?.[0]?.[0] ?? (trigger.verbal ? verbSubject(ctx, trigger, i).source : clauseSubject(ctx, i));
  if (!source) return [];
  const force = forceWordAfter(ctx, i);
  if (force < 0 || othersForce(ctx, force)) return [];
  const aimed = [...ctx.actors, ...ctx.places]
    .filter((a) => a.first > force && a.first - force <= TARGET_AFTER_FORCE && inClause(ctx, i, a.first))
    .filter((a) => !NOT_AIMED_AFTER.has(ctx.tokens[a.first - 1]?.norm ?? ''))
    .sort((a, b) => a.first - b.first)
    .find((a) => a.country !== null && a.country !== source.country);
  if (!aimed || pairs?.some(([, target]) => target?.country === aimed.country)) return [];
  const cameo = ctx.lex.cameo.get(THREATEN_FORCE);
  if (!cameo) return [];
  return toEvents(ctx, { ...trigger, type: 'THREATEN', mode: undefined, cameo }, i, [[source, aimed]]);
}

/** Words from a threat to the «أنه» that opens what it says (an interview and its date may stand between). */
const THREAT_CONTENT_WORDS = 20;
/** «أنه، بأنه، من أنه»: a complementizer with the pronoun that opens a threat's content. */
const CONTENT_OPENER = /^[بل]?ان(ه|ها)$/;

/**
 * «هدد ولي العهد السعودي … من أنه في حال طورت إيران القنبلة الذرية فالسعودية سترد بالمثل»: a threat with no party as
 * its object whose content opens with a condition (في حال، إذا، لو) that names a party of another country right
 * after its verb threatens that party (round 25). The condition must follow the «أنه» at once, and its verb the
 * condition word, so the party is the condition's subject.
 */
function conditionedThreatEvents(ctx: Context, trigger: Trigger, i: number, pairs: Pair[] | undefined): CodedEvent[] {
  if (trigger.type !== 'THREATEN' || pairs?.some(([, target]) => target !== null)) return [];
  const source = pairs?.[0]?.[0] ?? (trigger.verbal ? verbSubject(ctx, trigger, i).source : clauseSubject(ctx, i));
  if (!source?.country) return [];
  let opener = -1;
  for (let j = i + 1, words = 0; j < ctx.view.last && words < THREAT_CONTENT_WORDS && opener < 0; j++) {
    if (ctx.tokens[j].kind === 'punct' && !COMMAS.has(ctx.tokens[j].text)) return [];
    if (CONTENT_OPENER.test(ctx.tokens[j].norm)) opener = j;
    if (isWord(ctx.tokens[j])) words++;
  }
  if (opener < 0) return [];
  const party = conditionSubject(ctx, opener + 1);
  if (!party || party.country === null || party.country === source.country) return [];
  return toEvents(ctx, trigger, i, [[source, party]]);
}

/** The party a condition opening at token j (في حال، إذا، لو) names right after its verb: the condition's subject. */
function conditionSubject(ctx: Context, j: number): Actor | undefined {
  let verb = j;
  const word = ctx.tokens[verb]?.norm;
  if (word === 'في' && ctx.tokens[verb + 1]?.norm === 'حال') verb += 2;
  else if (word && CONDITIONS.has(word)) verb += 1;
  else return undefined;
  if (!isWord(ctx.tokens[verb])) return undefined;
  return ctx.actors.find((a) => a.first === verb + 1);
}

/** The phrase word of the reciprocity rows of triggers.tsv («سترد بالمثل»، «ستقوم بالمثل»، «المعاملة بالمثل»). */
const RECIPROCITY = 'بالمثل';
/** Tokens from a reciprocity threat to the condition, before or after it, that names whom it answers. */
const RECIPROCITY_CONDITION_WORDS = 12;

/**
 * «إذا طورت إيران قنبلة ذرية سنقوم بالمثل»، «سيتم تطبيق "مبدأ المعاملة بالمثل" إذا قررت الولايات المتحدة …»: a
 * promise to answer in kind with no party of its own threatens the party of another country that a condition near it,
 * in its sentence, names as its subject (round 62; the gold's «سترد بالمثل» is THREATEN).
 */
function reciprocityThreatEvents(ctx: Context, trigger: Trigger, i: number, pairs: Pair[] | undefined): CodedEvent[] {
  if (trigger.type !== 'THREATEN' || !trigger.with.has(RECIPROCITY)) return [];
  if (pairs?.some(([, target]) => target !== null)) return [];
  // «صرح المتحدث باسم الكرملين … أنه سيتم تطبيق "مبدأ المعاملة بالمثل"»: a principle applied by no one named is
  // applied by the sentence's last subject before it, the speaker.
  const source =
    pairs?.[0]?.[0] ??
    (trigger.verbal
      ? verbSubject(ctx, trigger, i).source
      : (clauseSubject(ctx, i) ?? ctx.subjects.last(ctx.tokens[i].start, (a) => a.country !== null)));
  if (!source?.country) return [];
  const first = Math.max(ctx.view.first, i - RECIPROCITY_CONDITION_WORDS);
  const last = Math.min(ctx.view.last, i + RECIPROCITY_CONDITION_WORDS);
  for (let j = first; j < last; j++) {
    const party = j === i ? undefined : conditionSubject(ctx, j);
    if (party && party.country !== null && party.country !== source.country)
      return toEvents(ctx, trigger, i, [[source, party]]);
  }
  return [];
}

/** Words from a pledge to what it promises (its subject may stand between: «تعهدت قطر بدعم …»). */
const PLEDGE_CONTENT_WORDS = 6;
/** Words from the promised help to the party it is for (دعم اقتصاد تركيا، العمل مع المملكة العربية السعودية). */
const HELPED_AFTER = 3;
/** «العمل في سوريا»، «الدعم على الأرض»: a place behind these is where the help is given, not whom it is for. */
const NOT_HELPED_AFTER = new Set(['في', 'من', 'على', 'عن', 'الي', 'ضد']);

/**
 * «تعهدت قطر بدعم اقتصاد تركيا»، «وتعهدت بالعمل مع المملكة العربية السعودية»: a pledge (تعهد، وعد) whose content,
 * after its ب, is help or cooperation (cue `help`: دعم، مساعدة، مساندة، العمل/التعاون) promises it to the party named
 * right after that word: intent to cooperate (CAMEO 030, AGREE), the pledge's own code. Round 13.
 */
function pledgedHelpEvents(ctx: Context, trigger: Trigger, i: number, pairs: Pair[] | undefined): CodedEvent[] {
  if (trigger.cameo.code !== PLEDGE || trigger.args !== 'obj' || !trigger.verbal) return [];
  const help = helpWordAfter(ctx, i);
  if (help < 0) return [];
  const source = pairs?.[0]?.[0] ?? verbSubject(ctx, trigger, i).source;
  if (!source) return [];
  const helped = ctx.actors
    .filter((a) => a.first > help && a.first - help <= HELPED_AFTER && inClause(ctx, i, a.first))
    .sort((a, b) => a.first - b.first)[0];
  if (!helped || helped.country === null || helped.country === source.country) return [];
  if (NOT_HELPED_AFTER.has(ctx.tokens[helped.first - 1]?.norm ?? '') || isLocation(ctx, helped)) return [];
  if (pairs?.some(([, target]) => target?.country === helped.country)) return [];
  return toEvents(ctx, trigger, i, [[source, helped]]);
}

/** The help word a pledge promises: behind a glued ب, in the pledge's clause, before any other word of content. */
function helpWordAfter(ctx: Context, i: number): number {
  const last = Math.min(ctx.view.last, i + PLEDGE_CONTENT_WORDS);
  for (let j = i + 1; j < last && inClause(ctx, i, j); j++) {
    if (insideActor(ctx, j) || !isWord(ctx.tokens[j])) continue;
    if (!ctx.tokens[j].norm.startsWith('ب')) continue;
    return hasCue(ctx, j, 'help') ? j : -1;
  }
  return -1;
}

/** CAMEO 036: express intent to meet or negotiate. */
const INTENT_TO_MEET = '036';
/** Words from an acceptance to what it accepts (مبدئيا، على: «قبوله مبدئيا بلقاء»). */
const ACCEPTED_WORDS = 2;
/** Words from the accepted invitation or meeting to the party it is with (لقاء زعيم كوريا الشمالية). */
const MET_AFTER = 4;

/**
 * «وافق على لقاء زعيم كوريا الشمالية»، «بقبول دعوة كوريا الشمالية لعقد قمة»، «وافق على زيارة موسكو»: accepting an
 * invitation, a meeting or a visit (cues `accept`, `accepted`) is intent to meet (AGREE 036) with the party named right
 * after what is accepted. The acceptor is the party before the acceptance word in its clause, or after a conjoined
 * verb (وافقت كوريا الشمالية على …). Round 13.
 */
function acceptedMeetingEvents(ctx: Context, coded: CodedEvent[]): CodedEvent[] {
  const cameo = ctx.lex.cameo.get(INTENT_TO_MEET);
  const pledge = entryOfCode(ctx.lex, PLEDGE);
  if (!cameo || !pledge) return [];
  const out: CodedEvent[] = [];
  for (let i = ctx.view.first; i < ctx.view.last; i++) {
    if (!isWord(ctx.tokens[i]) || isAside(ctx, i) || !hasCue(ctx, i, 'accept')) continue;
    const accepted = acceptedAfter(ctx, i);
    if (accepted < 0) continue;
    const met = ctx.actors
      .filter((a) => a.first > accepted && a.first - accepted <= MET_AFTER && inClause(ctx, i, a.first))
      .sort((a, b) => a.first - b.first)[0];
    const acceptor =
      (met && possessiveAcceptor(ctx, i, met)) ??
      (isConjoined(ctx, i)
        ? (actorAfter(ctx, i, i + 1, SUBJECT_AFTER) ?? actorBefore(ctx, i, SUBJECT_BEFORE))
        : (actorBefore(ctx, i, SUBJECT_BEFORE) ?? actorAfter(ctx, i, i + 1, SUBJECT_AFTER)));
    if (!acceptor || !met || acceptor === met || isLocation(ctx, met) || governed(ctx, met)) continue;
    const trigger: Trigger = {
      ...pledge,
      cameo,
      type: 'AGREE',
      mode: undefined,
      verbal: false,
      agree: null,
      participle: false,
    };
    const events = toEvents(ctx, trigger, i, [[acceptor, met]]);
    if (!events.some((e) => coded.some((c) => c.trigger.start === e.trigger.start && c.type === e.type)))
      out.push(...events);
  }
  return out;
}

/**
 * «أعلن … ترامب، … أن كوريا الشمالية وعدت …، وذلك بعد قبوله مبدئيا بلقاء زعيم كوريا الشمالية»: an acceptance noun
 * written with a possessive pronoun (the cue words قبوله، موافقتها …; not a verb's object: وافقه) is its owner's act,
 * the one state-like party the sentence names before it that agrees with the pronoun, of another country than the
 * party met (soleAntecedent, as possessorReferent reads a trigger noun's possessive), not the nearest party (round 60).
 */
function possessiveAcceptor(ctx: Context, i: number, met: Actor): Actor | undefined {
  const t = ctx.tokens[i];
  const pronoun = pronounSuffix(t.enclitic);
  const written = t.norm.slice(t.proclitics.join('').length);
  if (!pronoun || !ctx.lex.cues.accept.has(written)) return undefined;
  const parties = ctx.actors.filter((a) => !isAside(ctx, a.first));
  return soleAntecedent(parties, i, pronoun, (a) => antecedentGender(ctx, a), met.country);
}

/** What an acceptance accepts, within two words after it in its clause (a glued ب/ل and ال peeled), not after في. */
function acceptedAfter(ctx: Context, i: number): number {
  let words = 0;
  for (let j = i + 1; j < ctx.view.last && inClause(ctx, i, j); j++) {
    if (!isWord(ctx.tokens[j]) || insideActor(ctx, j)) continue;
    // «ووافق ترامب في اجتماع لمجلس الأمن القومي على …»: a meeting after في is where it was accepted.
    if (ctx.lex.cues.location.has(ctx.tokens[j].norm)) return -1;
    if (hasCue(ctx, j, 'accepted')) return j;
    if (++words >= ACCEPTED_WORDS) return -1;
  }
  return -1;
}

/** The first word for military force after a threat, in its clause (an operation only when it is military). */
function forceWordAfter(ctx: Context, i: number): number {
  const last = Math.min(ctx.view.last, i + FORCE_WINDOW);
  for (let j = i + 1; j < last && inClause(ctx, i, j); j++) {
    if (isAside(ctx, j) || insideActor(ctx, j)) continue;
    if (hasCue(ctx, j, 'force')) return j;
    if (hasCue(ctx, j, 'operation') && isMilitaryOperation(ctx, j)) return j;
  }
  return -1;
}

/** Words between «من» (or a passive auxiliary) and the force word: «من أي هجوم»، «من أن ضربات»، «تم شن هجوم». */
const FORCE_LEAD = new Set(['اي', 'مغبه', 'شن', 'ان']);

/** «هجوم انطلاقا من سوريا»، «الصواريخ الموجهة إلى سوريا»: a place behind these is where from or whither. */
const NOT_AIMED_AFTER = new Set(['من', 'الي', 'عن']);
/** What a warning is against, or whom a threat is for (المسؤولين عن الهجوم). */
const OTHERS_FORCE_AFTER = new Set(['من', 'عن']);

/**
 * Force that is not the threatener's own: «حذرت روسيا من أي هجوم على سوريا» warns against an attack (on Syria's
 * side), «توعد المسؤولين عن الهجوم» threatens the attackers, and «في حال تم شن هجوم» is the condition of a threat:
 * someone else's attack.
 */
function othersForce(ctx: Context, force: number): boolean {
  let k = force - 1;
  while (k > ctx.view.first && (FORCE_LEAD.has(ctx.tokens[k].norm) || ctx.tokens[k].kind === 'quote')) k--;
  return OTHERS_FORCE_AFTER.has(ctx.tokens[k].norm) || hasCue(ctx, k, 'passive');
}

/** «العملية التركية»، «عملية عسكرية»، «عملية ضد الأكراد»: not «عملية السلام». */
function isMilitaryOperation(ctx: Context, j: number): boolean {
  const next = j + 1;
  if (next >= ctx.view.last) return false;
  const keys = keysOf(ctx, next);
  return keys.includes('عسكريه') || keys.includes('ضد') || actorAt(ctx, next)?.kind === 'demonym';
}

/** Attacks and protests are news even when the text does not say who attacked or who protested. */
const UNNAMED_TYPES = new Set(['ASSAULT', 'PROTEST']);

/**
 * One event per type for an attack or a protest whose parties the sentence does not name (مقتل 15 شخصا في هجوم
 * انتحاري في الموصل): no source; an attack's target is the country of the place it hit. Only with corroboration,
 * since the trigger words alone are common in other senses: an attack word (not a casualty noun alone) with a
 * casualty or weapon word elsewhere in the sentence; a protest verb, or a protest noun with a crowd word.
 */
function unnamedPartyEvents(
  ctx: Context,
  candidates: { trigger: Trigger; i: number }[],
  coded: CodedEvent[],
): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const { trigger, i } of candidates) {
    if (coded.some((e) => e.type === trigger.type) || out.some((e) => e.type === trigger.type)) continue;
    if (!corroborated(ctx, trigger, i)) continue;
    const base = eventBase(ctx, trigger, i);
    // A planned, feared or alleged attack with no named party is too weak to report.
    if (base.hypothetical) continue;
    const place =
      trigger.type === 'ASSAULT' ? ctx.places.find((a) => a.country !== null && !isAside(ctx, a.first)) : undefined;
    out.push({
      ...base,
      source: null,
      target: place?.entity ?? null,
      sourceCountry: null,
      targetCountry: place?.country ?? null,
    });
  }
  return out;
}

/** Words that open a question (normalized, so «متى» is «متي» and «أين» «اين»; also after «و» or «ف»): round 61. */
const INTERROGATIVES = new Set(['ما', 'ماذا', 'من', 'هل', 'كيف', 'لماذا', 'اين', 'متي', 'اي', 'كم']);
/** Tokens after which a clause (and so a question) may open. */
const CLAUSE_BREAKS = new Set(['،', ',', ':', '؛', '"', '«', '“', '(']);

function opensQuestion(ctx: Context, i: number): boolean {
  const norm = ctx.tokens[i].norm;
  const word = /^[وف]/.test(norm) && INTERROGATIVES.has(norm.slice(1)) ? norm.slice(1) : norm;
  if (!INTERROGATIVES.has(word)) return false;
  return i === ctx.view.first || CLAUSE_BREAKS.has(ctx.tokens[i - 1].text);
}

/**
 * Where the sentence's question begins (a token index), or undefined when it asks nothing. A question reports no event
 * («من هو الخواجة الذي ترفض سلطات البحرين زيارته؟»), but a clause before it does (round 61, blind batch 23: «منذ توعد
 * … ترامب بشن ضربات صاروخية ضد دمشق …، فما هي النقاط العسكرية المستهدفة …؟»): the question begins at the first
 * interrogative that opens a clause before the «؟», or at the sentence's start when none does.
 */
function questionStart(ctx: Context): number | undefined {
  let mark = ctx.view.first;
  while (mark < ctx.view.last && ctx.tokens[mark].text !== '؟') mark++;
  if (mark === ctx.view.last) return undefined;
  for (let i = ctx.view.first; i < mark; i++) if (opensQuestion(ctx, i)) return i;
  return ctx.view.first;
}

/** The events whose trigger stands before the sentence's question, if it has one. */
function beforeQuestion(ctx: Context, question: number | undefined, events: CodedEvent[]): CodedEvent[] {
  if (question === undefined) return events;
  const end = ctx.tokens[question].start;
  return events.filter((e) => e.trigger.start < end);
}

/** How near (in tokens) the corroborating word must stand to an unnamed-party trigger. */
const CORROBORATION_WINDOW = 8;

function corroborated(ctx: Context, trigger: Trigger, i: number): boolean {
  const { cues } = ctx.lex;
  const from = Math.max(ctx.view.first, i - CORROBORATION_WINDOW);
  const to = Math.min(ctx.view.last, i + CORROBORATION_WINDOW + 1);
  const elsewhere = (set: Set<string>) => {
    for (let j = from; j < to; j++) if (j !== i && hasKey(keysOf(ctx, j), set)) return true;
    return false;
  };
  // Abductions and assassinations need corroboration too: «الاغتيالات السياسية» is mostly commentary.
  if (trigger.type === 'ASSAULT') return trigger.args !== 'passive' && elsewhere(cues.violence);
  return trigger.verbal || hasCue(ctx, i, 'crowd') || elsewhere(cues.crowd);
}

/**
 * One party named twice in a row is one actor: «الرئيس الروسي، فلاديمير بوتين», «حسين الحاج حسن، وزير الصناعة
 * اللبناني». Adjacent actors with only punctuation and titles between them merge when their countries agree or one
 * is unknown (the known one is kept).
 */
function mergeAppositions(ctx: Context, actors: Actor[]): Actor[] {
  const out: Actor[] = [];
  // An organization already merged with its official: «… أنطونيو غوتيريش ترامب» names a second person (round 13).
  const withOfficial = new Set<Actor>();
  for (const actor of actors) {
    const prev = out[out.length - 1];
    // «الأمين العام للأمم المتحدة أنطونيو غوتيريس»: an organization's official speaks for the organization.
    const official = prev?.kind === 'igo' && actor.kind === 'person' && !withOfficial.has(prev);
    const compatible =
      prev && (official || prev.country === null || actor.country === null || prev.country === actor.country);
    let between = prev ? prev.last : 0;
    while (prev && between < actor.first && isBridge(ctx, between) && !ctx.tokens[between].norm.startsWith('و'))
      between++;
    if (prev && compatible && between === actor.first && prev.kind !== 'place' && actor.kind !== 'place') {
      const merged = {
        ...prev,
        last: actor.last,
        end: actor.end,
        country: official ? prev.country : (prev.country ?? actor.country),
        entity: prev.entity ?? actor.entity,
      };
      if (official) withOfficial.add(merged);
      out[out.length - 1] = merged;
      continue;
    }
    out.push(actor);
  }
  return out;
}

/** Token index ranges of the sentences. */
function sentenceTokens(tokens: Token[], sentences: Span[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  for (const s of sentences) {
    while (i < tokens.length && tokens[i].end <= s.start) i++;
    const first = i;
    while (i < tokens.length && tokens[i].start < s.end) i++;
    out.push([first, i]);
  }
  return out;
}

/**
 * A singular demonym right after another party's name is a label of that party, not a party of its own: «ميليشيا
 * الحوثي الإيرانية» is not Iran. (A plural demonym there is usually an object: اتهم أردوغان الإسرائيليين.)
 */
function isLabel(ctx: Context, a: Actor, previous: Actor | undefined): boolean {
  // «الضربات الأمريكية الفرنسية البريطانية»: demonyms in a row qualify one noun together (joint, or dual nationality).
  if (a.kind !== 'demonym' || !previous || previous.last !== a.first || previous.kind === 'demonym') return false;
  const gender = actorGender(ctx, a);
  return (gender === 'm' || gender === 'f') && previous.country !== a.country;
}

/** بلاده، بلادها: the country of the actor the text last named as a subject. */
function possessiveActors(ctx: Context): Actor[] {
  const out: Actor[] = [];
  for (let i = ctx.view.first; i < ctx.view.last; i++) {
    if (!(ctx.anchors[i] & PRONOUN_WORD)) continue;
    const t = ctx.tokens[i];
    const owner = ctx.subjects.last(t.start);
    if (owner) out.push({ ...owner, start: t.start, end: t.end, first: i, last: i + 1, kind: 'pronoun' });
  }
  return out;
}

/**
 * «أعلن الجيش الإسرائيلي … أن مقاتلاته شنت غارة»، «قالت إسرائيل إن طائراتها الحربية استهدفت …»: armed forces written
 * with a possessive pronoun (cue `troops`) act for the party the pronoun refers to, when the sentence leaves one reading
 * (soleAntecedent: «توقعات تركيا بسيطرة قواتها», after the Kurdish units, has none). Round 25.
 */
function troopsActors(ctx: Context, parties: Actor[]): Actor[] {
  const out: Actor[] = [];
  for (let i = ctx.view.first; i < ctx.view.last; i++) {
    const t = ctx.tokens[i];
    // A pronoun suffix first: most words have none (and need no lookup).
    if (t.kind !== 'arabic' || t.enclitic === '' || !ctx.lex.cues.troops.has(t.stem)) continue;
    const pronoun = pronounSuffix(t.enclitic);
    const owner = pronoun && soleAntecedent(parties, i, pronoun, (a) => antecedentGender(ctx, a), null);
    if (owner) out.push({ ...owner, start: t.start, end: t.end, first: i, last: i + 1, kind: 'pronoun' });
  }
  return out;
}

/** Words between «التحالف» and the word that names its leader (التحالف العربي الذي تقوده السعودية). */
const COALITION_GAP = 3;

/**
 * «التحالف الذي تقوده الرياض», «قوات التحالف بقيادة السعودية»: a coalition named with its leader acts for the
 * leader's country; the leader's name is then part of the coalition's span, not a party of its own.
 */
function coalitionActors(ctx: Context, actors: Actor[]): Actor[] {
  const out = [...actors];
  // The leader is one of these actors, right after a «بقيادة» word: most sentences have none, and their words are
  // not read.
  const led = actors.some(
    (a) => a.country !== null && a.first - 1 > ctx.view.first && hasCue(ctx, a.first - 1, 'leads'),
  );
  for (let i = ctx.view.first; led && i < ctx.view.last; i++) {
    // «للتحالف العربي بقيادة السعودية»: after «لل» the keys hold the word with its article only.
    if (!hasCue(ctx, i, 'coalition')) continue;
    for (let j = i + 1; j < Math.min(ctx.view.last, i + 1 + COALITION_GAP); j++) {
      if (!hasCue(ctx, j, 'leads')) continue;
      const leader = out.find((a) => a.first === j + 1 && a.country !== null);
      if (!leader) break;
      const coalition: Actor = {
        ...leader,
        start: ctx.tokens[i].start,
        first: i,
        kind: 'group',
      };
      out.splice(out.indexOf(leader), 1, coalition);
      break;
    }
  }
  const groups = out.filter((a) => a.kind === 'group');
  if (groups.length === 0) return out;
  return out.filter((a) => !groups.some((c) => c !== a && c.first < a.first && a.first < c.last));
}

/**
 * Words between an envoy's title and the preposition of his post: a demonym (السفير الروسي لدى …), or the sender's
 * name and an adjective (موفد الأمم المتحدة السابق لليمن).
 */
const ENVOY_GAP = 3;

/**
 * «السفير الروسي إلى الاتحاد الأوروبي»، «مندوب سوريا لدى الأمم المتحدة»: the post after an envoy's title is part
 * of the title, not a party; it is kept as a place (a recalled ambassador's post is the recall's target).
 */
function isEnvoyPost(ctx: Context, a: Actor): boolean {
  // «موفد الأمم المتحدة السابق لليمن»: the post's ل may be glued to the name.
  const glued = ctx.tokens[a.first].proclitics[0] === 'ل';
  const prep = glued ? a.first : a.first - 1;
  if (prep <= ctx.view.first || (!glued && !ctx.lex.cues.post.has(ctx.tokens[prep].norm))) return false;
  for (let k = prep - 1; k >= Math.max(ctx.view.first, prep - 1 - ENVOY_GAP); k--)
    if (hasCue(ctx, k, 'envoy')) return true;
  return false;
}

/**
 * «محادثات أستانا»، «مؤتمر جنيف للسلام»، «محادثات السلام السورية جنيف»: a city right after a meeting noun, or after
 * it and the process it names, is where the talks are held, not a party to them.
 */
function isVenue(ctx: Context, a: Actor): boolean {
  if (a.kind === 'country') return summitVenue(ctx, a);
  if (a.kind !== 'capital' && a.kind !== 'place') return false;
  let k = a.first - 1;
  while (k > ctx.view.first && ctx.lex.cues.process.has(ctx.tokens[k].norm)) k--;
  return k >= ctx.view.first && hasCue(ctx, k, 'meeting');
}

/**
 * «منذ قمة سنغافورة التي جمعت بين الرئيس الأمريكي ورئيس كوريا الشمالية»: a country right after a summit noun, not
 * coordinated with another party, is where the summit is held (round 13).
 */
function summitVenue(ctx: Context, a: Actor): boolean {
  const k = a.first - 1;
  if (k < ctx.view.first || !hasCue(ctx, k, 'summit')) return false;
  const next = ctx.tokens[a.last];
  return !(
    next &&
    a.last < ctx.view.last &&
    /^و/.test(next.norm) &&
    next.proclitics[0] === 'و' &&
    actorAt(ctx, a.last)
  );
}

/** «محادثات السلام في أستانا»: talks named after the process they serve are a conference, not talks with the host. */
function namesProcess(ctx: Context, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return !!next && i + 1 < ctx.view.last && ctx.lex.cues.process.has(next.norm);
}

/**
 * «مدينة سالزبوري البريطانية»: a demonym after a place word and one unknown name labels that place; it is where
 * something happens, not a party.
 */
function isPlaceLabel(ctx: Context, a: Actor): boolean {
  if (a.kind !== 'demonym' || a.first - 2 < ctx.view.first) return false;
  const name = ctx.tokens[a.first - 1];
  const placeWord = ctx.tokens[a.first - 2];
  if (name.kind !== 'arabic' || insideActor(ctx, a.first - 1) || placeWord.norm === 'في') return false;
  return hasCue(ctx, a.first - 2, 'location') && !ctx.lex.cues.direction.has(placeWord.norm);
}

/**
 * «منظمة "شربا" الفرنسية»، «شركة بيزك الإسرائيلية»: a demonym right after a name whose country nobody knows (behind
 * its closing quote, if any) gives the name its country; the two are one party.
 */
function givesCountry(ctx: Context, a: Actor, previous: Actor | undefined): previous is Actor {
  if (a.kind !== 'demonym' || !previous || previous.country !== null || previous.kind === 'pronoun') return false;
  for (let k = previous.last; k < a.first; k++) if (!QUOTE_MARKS.has(ctx.tokens[k].text)) return false;
  return true;
}

const QUOTE_MARKS = new Set(['"', '»', '”', "'"]);

function sentenceActors(ctx: Context, candidates: Actor[]): Actor[] {
  const kept: Actor[] = [];
  const datelineEnd = datelineEnd_(ctx);
  // «من القطاع»، «سواحل البلاد»: descriptions read as the party they take up (round 34), then kept or set aside as names.
  const described = descriptionActors(ctx.tokens, datelineEnd, ctx.view.last, candidates);
  // A description replaces the countryless one-word party it is read in (round 37: «في الاتحاد»).
  const replaced = (a: Actor) => described.some((d) => unresolvedWord(a, d.first));
  const all =
    described.length === 0
      ? candidates
      : [...candidates.filter((a) => !replaced(a)), ...described].sort((a, b) => a.first - b.first);
  for (const a of all) {
    if (a.first < datelineEnd) continue;
    const previous = kept[kept.length - 1];
    // «في 13 آب/أغسطس»: a month name is no place (آب is also Ibb in Yemen).
    if (inTimeExpression(ctx, a.first)) continue;
    // «المفاوضات برعاية روسية وإيرانية وتركية»: sponsors and mediators are no parties to what they sponsor.
    if (isSponsor(ctx, a, candidates)) continue;
    if (isLocation(ctx, a) || isEnvoyPost(ctx, a) || isPlaceLabel(ctx, a) || isVenue(ctx, a)) ctx.places.push(a);
    else if (givesCountry(ctx, a, previous))
      kept[kept.length - 1] = { ...previous, last: a.last, end: a.end, country: a.country };
    else if (!isLabel(ctx, a, previous)) kept.push(a);
  }
  const coalitions = coalitionActors(ctx, kept);
  const withPronouns = [...coalitions, ...possessiveActors(ctx), ...troopsActors(ctx, coalitions)].sort(
    (a, b) => a.first - b.first,
  );
  return mergeAppositions(ctx, withPronouns);
}

/**
 * Whether an actor is among the sponsors a sponsorship word (cue `sponsor`, or «تحت رعاية») introduces: the word, then
 * only actors, «و» and commas up to it («برعاية روسية وإيرانية وتركية», «بوساطة الولايات المتحدة والأردن»). Without
 * the ب, «وساطة الأردن بين …» is Jordan's mediation, an event of its own. Not where the word is itself the object of a
 * trigger verb before it («رحب بوساطة مصر»: the mediation, and so Egypt, is what is welcomed).
 */
function isSponsor(ctx: Context, a: Actor, actors: readonly Actor[]): boolean {
  let j = a.first - 1;
  while (j >= ctx.view.first) {
    const t = ctx.tokens[j];
    const inside = actors.find((b) => b.first <= j && j < b.last && b !== a);
    if (inside) j = inside.first - 1;
    else if (COMMAS.has(t.text) || t.norm === 'و') j--;
    else break;
  }
  const word = ctx.tokens[j];
  const underAuspices = word?.norm === 'رعايه' && ctx.tokens[j - 1]?.norm === 'تحت';
  if (j < ctx.view.first || !(ctx.lex.cues.sponsor.has(word.norm) || underAuspices)) return false;
  if (underAuspices) j--;
  return j - 1 < ctx.view.first || !candidateTriggers(ctx, j - 1).some((t) => t.verbal);
}

/** How many tokens a dateline may take at the start of a sentence («دبي، الإمارات العربية المتحدة (CNN)—»). */
const DATELINE_TOKENS = 12;

/**
 * The token after a dateline dash (— or --) that follows the outlet's name in brackets, or the sentence's first
 * token: the places of a dateline say where the report was written, not who acted.
 */
function datelineEnd_(ctx: Context): number {
  const last = Math.min(ctx.view.last, ctx.view.first + DATELINE_TOKENS);
  let bracket = false;
  for (let j = ctx.view.first; j < last; j++) {
    const text = ctx.tokens[j].text;
    if (text === ')') bracket = true;
    else if (bracket && /^(—|–|-{1,2})$/.test(text)) return j + 1;
  }
  return ctx.view.first;
}

/** Words before the subject of a sentence at most: a verb, titles (وقال وزير الخارجية الروسي …). */
const SUBJECT_WITHIN = 5;

/**
 * The subject a sentence opens with (قال وزير الخارجية الروسي …, لكن وزير الخزانة الأمريكي … دافع): an early actor
 * not governed by a preposition. A dateline («دبي، الإمارات …») is not a subject.
 */
function sentenceSubject(ctx: Context): Actor | undefined {
  let words = 0;
  for (let j = ctx.view.first; j < ctx.view.last && words <= SUBJECT_WITHIN; j++) {
    const t = ctx.tokens[j];
    if (!isWord(t)) continue;
    const actor = actorAt(ctx, j);
    if (actor) {
      const dateline = words === 0 && ctx.tokens[actor.last]?.text === '،';
      const governed = actor.start > t.start && /^[وف]?[بل]/.test(t.norm);
      const afterPreposition = j > ctx.view.first && ctx.lex.cues.location.has(ctx.tokens[j - 1].norm);
      return dateline || governed || afterPreposition ? undefined : actor;
    }
    words++;
  }
  return undefined;
}

/** Every event mention of the document, one per (trigger, source, target), before merging duplicates. */
export function codeEvents(doc: Doc): CodedEvent[] {
  const lex = eventLexicon();
  const tokens = doc.layers.tokens;
  const forms = tokenForms(tokens);
  const anchors = tokenAnchors(lex, tokens, forms);
  const words = tokenWords(tokens);
  const allActors = findActors(doc);
  const subjects = subjectMemory(doc, allActors);
  const events: CodedEvent[] = [];
  const ranges = sentenceTokens(tokens, doc.layers.sentences);
  let next = 0;
  doc.layers.sentences.forEach((span, k) => {
    const [first, last] = ranges[k];
    if (first >= last) return;
    const view = sentenceView(doc, span, first, last);
    const ctx: Context = {
      doc,
      tokens,
      forms,
      anchors,
      sentenceAnchors: 0,
      words,
      lex,
      view,
      actors: [],
      places: [],
      subjects,
      passives: new Set(),
    };
    while (next < allActors.length && allActors[next].first < first) next++;
    const candidates: Actor[] = [];
    for (let j = next; j < allActors.length && allActors[j].first < last; j++)
      if (allActors[j].last <= last) candidates.push(allActors[j]);
    ctx.actors = sentenceActors(ctx, candidates);
    indexActors(ctx);
    ctx.readings = new Map();
    const subject = sentenceSubject(ctx);
    if (subject) subjects.add(subject.start, subject);
    const question = questionStart(ctx);
    if (question === ctx.view.first || !mayCodeEvents(ctx)) return;
    addClauses(view, tokens, lex.cues);
    const coded = beforeQuestion(ctx, question, codeSentence(ctx));
    offerArgumentCandidates(ctx, subject, coded);
    events.push(...coded);
  });
  return events;
}

/**
 * Round 46 (not shipped): while scripts/train-event-args.ts collects them, the sentence's argument candidates, with
 * what the rules coded (arg-candidates.ts). Otherwise nothing is built.
 */
function offerArgumentCandidates(ctx: Context, subject: Actor | undefined, coded: CodedEvent[]): void {
  if (!collectingCandidates()) return;
  const ruled = coded.map((e) => ({
    at: e.trigger.start,
    type: e.type,
    source: e.sourceCountry ?? null,
    target: e.targetCountry ?? null,
  }));
  offerCandidates(argumentView(ctx, subject, ruled));
}

/** The coder's sentence context as the argument candidates read it. */
function argumentView(ctx: Context, subject: Actor | undefined, ruled: RuledEvent[]): ArgumentView {
  return {
    tokens: ctx.tokens,
    first: ctx.view.first,
    last: ctx.view.last,
    actors: ctx.actors,
    subject,
    readings: (i) => candidateTriggers(ctx, i),
    isWord: (i) => isWord(ctx.tokens[i]),
    isAside: (i) => isAside(ctx, i),
    inClause: (i, j) => inClause(ctx, i, j),
    insideActor: (i) => insideActor(ctx, i),
    isPreposition: (norm) => ctx.lex.cues.preposition.has(norm),
    hasPhraseWord: (trigger, i) => withIndex(ctx, trigger, i) >= 0,
    flags: (trigger, i) => flags(ctx, i, trigger),
    codable: (trigger, source, target) => codablePair(ctx, trigger, [source, target]),
    embeds: (i) => ctx.tokens[i].kind === 'arabic' && candidateTriggers(ctx, i).some(embeds),
    ruled,
  };
}

/**
 * The PLOVER types whose trigger words occur in the document (or in its tokens within start..end), whether or not
 * their arguments were found.
 */
export function triggerTypes(doc: Doc, start = 0, end = Number.POSITIVE_INFINITY): Set<string> {
  const lex = eventLexicon();
  const types = new Set<string>();
  for (const token of doc.layers.tokens) {
    if (token.kind !== 'arabic' || token.start < start || token.end > end) continue;
    for (const key of wordKeys(token.norm))
      for (const hit of lex.forms.get(key) ?? []) types.add(lex.entries[hit.entry].type);
  }
  return types;
}
