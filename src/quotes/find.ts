// Quotes and reported speech with their speakers (see data/quotes/cues.tsv for the cue verbs).
//
// Per sentence, in reading order:
// 1. a cue verb followed (within the clause) by its complementizer (قال إن، أكد أن، أشار إلى أن) gives a
//    reported quote from after the complementizer to the end of the clause; when the whole complement is
//    one quotation-mark stretch (أكد أن "…") it is a direct quote instead;
// 2. a quotation-mark stretch not inside a reported quote is a direct quote when a cue governs it: the
//    nearest cue before it in the sentence (وقال بوتين: "…") or right after it ("…"، قال بوتين). Short
//    stretches (one or two words: titles, scare quotes, names) count only right after بـ/بأنه/عن/: or
//    the cue itself (أشاد بـ "يوم تحرير");
// 3. «بحسب/وفقا لـ/حسب/وفق X» attributes its clause to X when X is a source noun or an entity and no other
//    quote already covers the clause.
// Speakers: the subject after the cue (VSO) or before it (SVO), an apposition's name, «عن X قوله», and for
// a cue with no subject (وأضاف، قائلا) the last speaker in the document.
import type { Entity, Quote, Span, Token } from '../doc/types.js';
import { type Cue, cueOf, isSourceNoun, type QuoteLexicon, quoteLexicon } from './lexicon.js';
import { pairQuotationMarks, type QuotedStretch } from './marks.js';
import {
  COMPLEMENTIZERS,
  PRONOUN_OPENERS,
  type SpeakerWords,
  sourceOfReport,
  startsWithPossessed,
  subjectAfter,
  subjectBefore,
} from './speaker.js';

export interface QuoteInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Span[];
  entities?: readonly Entity[];
}

/** A quote with the words of its resolved speaker (for a pronoun cue, the antecedent's words). */
export interface FoundQuote extends Quote {
  speakerName: string | null;
}

interface Speaker {
  entity: string | null;
  text: string;
  span: Span;
}

/** How a candidate's speaker is found once earlier quotes are resolved. */
type SpeakerRule = { kind: 'words'; words: SpeakerWords } | { kind: 'last'; cueToken: Token } | { kind: 'none' };

interface Candidate {
  start: number;
  end: number;
  direct: boolean;
  cue: Cue | null;
  cueLemma: string | null;
  speaker: SpeakerRule;
}

const MAX_CUE_REACH = 45;
const SOURCE_CUES = new Set(['بحسب', 'حسب', 'وفق', 'وفقا', 'حسبما', 'بحسبما', 'طبقا']);
const CLAUSE_BREAKERS = new Set(['فيما', 'بينما', 'غير', 'لكن', 'لكنه', 'لكنها', 'رافضا', 'معربا', 'مقرا', 'وذلك']);
/** Words before أن that make it a subordinator, not the complementizer of speech (من غير أن، قبل أن). */
const NOT_SPEECH_BEFORE = new Set(['غير', 'دون', 'قبل', 'بعد', 'بد', 'يجب', 'يمكن']);
const PREPOSITION_BEFORE_QUOTE = new Set(['مع', 'في', 'من', 'الي', 'علي', 'ل', 'حول', 'ضد']);
const NAMING_NOUNS = new Set(['وكاله', 'لوكاله', 'صحيفه', 'لصحيفه', 'حساب', 'وسم', 'قضيه', 'بقضيه', 'اسم', 'عنوان']);
const TRAILING_PUNCT = /^[.،,:؛;!?؟…]+$/;

export function findQuotes(input: QuoteInput): FoundQuote[] {
  const lexicon = quoteLexicon();
  const { text, tokens } = input;
  const stretches = pairQuotationMarks(text, tokens);
  const candidates: Candidate[] = [];
  let tokenIndex = 0;
  for (const sentence of input.sentences) {
    while (tokenIndex < tokens.length && tokens[tokenIndex].end <= sentence.start) tokenIndex++;
    let sentenceEnd = tokenIndex;
    while (sentenceEnd < tokens.length && tokens[sentenceEnd].start < sentence.end) sentenceEnd++;
    const inSentence = stretches.filter((s) => s.open >= sentence.start && s.open < sentence.end);
    const found = sentenceCandidates(tokens, tokenIndex, sentenceEnd, inSentence, lexicon);
    candidates.push(...found);
    tokenIndex = sentenceEnd;
  }
  return resolveSpeakers(text, candidates, input.entities ?? []);
}

function sentenceCandidates(
  tokens: readonly Token[],
  start: number,
  end: number,
  stretches: QuotedStretch[],
  lexicon: QuoteLexicon,
): Candidate[] {
  const found: Candidate[] = [];
  for (let i = start; i < end; i++) {
    const cue = cueOf(tokens[i], lexicon);
    if (cue && cue.mode !== 'direct' && !insideStretch(tokens[i], stretches)) {
      found.push(...reportedQuotes(tokens, i, start, end, cue, stretches, lexicon));
    }
  }
  for (const stretch of stretches) {
    if (found.some((q) => overlaps(q, { start: stretch.innerStart, end: stretch.innerEnd }))) continue;
    const direct = directQuote(tokens, stretch, stretches, start, end, lexicon);
    if (direct) found.push(direct);
  }
  for (let i = start; i < end; i++) {
    if (!isSourceCue(tokens[i])) continue;
    const sourced = sourcedClaim(tokens, i, start, end, found, lexicon);
    if (sourced && !found.some((q) => overlaps(q, sourced))) found.push(sourced);
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * «قال X إن …»: the complement clauses of a cue (one, or several coordinated: «أن …، وأن …»), none when
 * the cue has no complementizer before the next cue, colon, full stop or quotation.
 */
function reportedQuotes(
  tokens: readonly Token[],
  cueIndex: number,
  sentenceStart: number,
  sentenceEnd: number,
  cue: Cue,
  stretches: QuotedStretch[],
  lexicon: QuoteLexicon,
): Candidate[] {
  const limit = Math.min(sentenceEnd, cueIndex + MAX_CUE_REACH);
  for (let j = cueIndex + 1; j < limit; j++) {
    const token = tokens[j];
    if (token.text === ':' || token.text === '.' || cueOf(token, lexicon)) return [];
    const stretch = stretches.find((s) => s.openToken === j);
    if (stretch) {
      if (wordCount(tokens, stretch) >= 3) return [];
      j = stretch.afterToken - 1;
      continue;
    }
    if (complementAt(tokens, j, cue) === 0) continue;
    const speaker = speakerRule(tokens, cueIndex, j, sentenceStart, cue, lexicon);
    return complementClauses(tokens, j, sentenceEnd, cue, speaker, stretches, lexicon);
  }
  return [];
}

/**
 * The clause after the complementizer at token j. A complement that is one quotation-mark stretch is a
 * direct quote, and «، وأن "…"» after it coordinates another complement of the same cue.
 */
function complementClauses(
  tokens: readonly Token[],
  j: number,
  sentenceEnd: number,
  cue: Cue,
  speaker: SpeakerRule,
  stretches: QuotedStretch[],
  lexicon: QuoteLexicon,
): Candidate[] {
  const clauses: Candidate[] = [];
  const base = { cue, cueLemma: cue.lemma, speaker };
  let at = j;
  while (at < sentenceEnd) {
    const from = at + complementAt(tokens, at, cue);
    if (from === at || from >= sentenceEnd) break;
    const clauseEnd = endOfClause(tokens, from, sentenceEnd, lexicon);
    if (clauseEnd <= tokens[from].start) break;
    // The marks hold the complement, give or take one word outside them (قال إن القمة "…"، بأنها "شريك مهم" لموسكو).
    const whole = stretches.find(
      (s) =>
        (s.openToken === from || (s.openToken === from + 1 && isWordToken(tokens[from]))) && s.close <= clauseEnd + 1,
    );
    const coordinated =
      whole !== undefined && isComma(tokens[whole.afterToken]) && isCoordinatedComplement(tokens[whole.afterToken + 1]);
    if (whole && (wordsBetween(tokens, whole.afterToken, clauseEnd) <= 1 || coordinated)) {
      clauses.push({ ...base, start: whole.innerStart, end: whole.innerEnd, direct: true });
      if (!coordinated) break;
      at = whole.afterToken + 1;
      continue;
    }
    clauses.push({ ...base, start: tokens[from].start, end: clauseEnd, direct: false });
    break;
  }
  return clauses;
}

function isWordToken(token: Token): boolean {
  return token.kind === 'arabic' || token.kind === 'latin';
}

/** Words from token `from` up to offset `end` («"شريك مهم" لموسكو» leaves one word after the quote). */
function wordsBetween(tokens: readonly Token[], from: number, end: number): number {
  let words = 0;
  for (let i = from; i < tokens.length && tokens[i].end <= end; i++) if (isWordToken(tokens[i])) words++;
  return words;
}

function isCoordinatedComplement(token: Token | undefined): boolean {
  return token !== undefined && /^و/.test(token.norm) && COMPLEMENTIZERS.has(token.norm.slice(1));
}

function isComma(token: Token | undefined): boolean {
  return token !== undefined && (token.text === '،' || token.text === ',');
}

function wordCount(tokens: readonly Token[], stretch: QuotedStretch): number {
  let words = 0;
  for (let i = stretch.openToken + 1; i < stretch.afterToken; i++)
    if (tokens[i].kind !== 'punct' && tokens[i].kind !== 'quote') words++;
  return words;
}

function insideStretch(token: Token, stretches: QuotedStretch[]): boolean {
  return stretches.some((s) => token.start > s.open && token.end <= s.close);
}

/** How many tokens of a complementizer of `cue` start at token j (0 when none). */
function complementAt(tokens: readonly Token[], j: number, cue: Cue): number {
  if (NOT_SPEECH_BEFORE.has(tokens[j - 1]?.norm ?? '')) return 0;
  for (const words of cue.complements) {
    if (words.every((w, k) => tokens[j + k]?.norm === w || (k === 0 && tokens[j].norm === `و${w}`))) {
      return COMPLEMENTIZERS.has(words[words.length - 1]) ? words.length : 0;
    }
  }
  return 0;
}

/** Where the clause starting at token `from` ends (an offset): the sentence end, or before «، مضيفا/بحسب/فيما …». */
function endOfClause(tokens: readonly Token[], from: number, sentenceEnd: number, lexicon: QuoteLexicon): number {
  let last = from;
  for (let j = from; j < sentenceEnd; j++) {
    const token = tokens[j];
    if (j > from && isComma(token) && breaksClause(tokens, j + 1, lexicon, true)) break;
    if (j > from && !isComma(token) && breaksClause(tokens, j, lexicon, false)) break;
    last = j;
  }
  while (last > from && TRAILING_PUNCT.test(tokens[last].text)) last--;
  return tokens[last].end;
}

/**
 * Whether token k opens a new clause that is not part of the reported words: a source (بحسب، وفق), «على حد
 * قوله», and after a comma also an adverb cue (مضيفا), a contrast (فيما، غير أن) or a new cue verb (ورأى، وأضاف)
 * or coordinated complement (وأن).
 */
function breaksClause(tokens: readonly Token[], k: number, lexicon: QuoteLexicon, afterComma: boolean): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  if (isSourceCue(t)) return attributionTail(tokens[k + 1]) || sourceWordsAt(tokens, k, lexicon) !== null;
  if (t.text === 'على' && tokens[k + 1]?.norm === 'حد') return true;
  if (cueOf(t, lexicon)?.kind === 'adverb') return true;
  if (!afterComma) return false;
  if (t.norm === 'فيما' && /^(يتعلق|يخص)$/.test(tokens[k + 1]?.norm ?? '')) return false;
  if (CLAUSE_BREAKERS.has(t.norm)) return true;
  const cue = cueOf(t, lexicon);
  if (cue?.kind === 'adverb') return true;
  return cue?.kind === 'verb' && /^و/.test(t.norm) && introducesSoon(tokens, k, cue);
}

/** «بحسب ما …»، «وفقا لما …»، «حسب قوله»: a source cue that always closes the reported words. */
function attributionTail(token: Token | undefined): boolean {
  return token !== undefined && /^(ما|لما|قوله|قولها|تعبيره|تعبيرها)$/.test(token.norm);
}

/** Whether a cue verb at token k has its complementizer or colon within a few tokens (ورأى أن، وأضاف:), unlike a noun (وذكر وقائع). */
function introducesSoon(tokens: readonly Token[], k: number, cue: Cue): boolean {
  for (let i = k + 1; i < Math.min(tokens.length, k + 8); i++) {
    if (tokens[i].text === ':' || complementAt(tokens, i, cue) > 0) return true;
  }
  return false;
}

function isSourceCue(token: Token): boolean {
  return SOURCE_CUES.has(token.stem) || SOURCE_CUES.has(token.norm);
}

/** "…": a direct quote when a cue governs the stretch, else null (titles, scare quotes, names). */
function directQuote(
  tokens: readonly Token[],
  stretch: QuotedStretch,
  stretches: QuotedStretch[],
  sentenceStart: number,
  sentenceEnd: number,
  lexicon: QuoteLexicon,
): Candidate | null {
  const before = tokens[stretch.openToken - 1];
  if (before && NAMING_NOUNS.has(before.norm)) return null;
  const introduced = before !== undefined && introducesQuote(before, lexicon);
  if (!introduced && (wordCount(tokens, stretch) < 4 || PREPOSITION_BEFORE_QUOTE.has(before?.norm ?? ''))) return null;
  for (let i = stretch.openToken - 1; i >= sentenceStart && stretch.openToken - i <= MAX_CUE_REACH; i--) {
    const cue = cueOf(tokens[i], lexicon);
    if (!cue || cue.mode === 'reported' || insideStretch(tokens[i], stretches)) continue;
    const speaker = speakerRule(tokens, i, stretch.openToken, sentenceStart, cue, lexicon);
    return { cue, cueLemma: cue.lemma, speaker, start: stretch.innerStart, end: stretch.innerEnd, direct: true };
  }
  for (let i = stretch.afterToken; i < Math.min(sentenceEnd, stretch.afterToken + 4); i++) {
    const cue = cueOf(tokens[i], lexicon);
    if (cue?.kind !== 'verb') continue;
    const words = subjectAfter(tokens, i, sentenceEnd, lexicon);
    const speaker: SpeakerRule = words ? { kind: 'words', words } : { kind: 'last', cueToken: tokens[i] };
    return { cue, cueLemma: cue.lemma, speaker, start: stretch.innerStart, end: stretch.innerEnd, direct: true };
  }
  return null;
}

/** Whether a token right before a quotation mark introduces a quote: بـ، بأنه، عن، «:», a complementizer or a cue. */
function introducesQuote(token: Token, lexicon: QuoteLexicon): boolean {
  return (
    token.text === ':' ||
    ['ب', 'بان', 'بانه', 'بانها', 'عن'].includes(token.norm) ||
    COMPLEMENTIZERS.has(token.norm) ||
    cueOf(token, lexicon) !== undefined
  );
}

/** The source words after a source cue at token k (بحسب ما أوردت صحيفة X → صحيفة X) as token range, or null. */
function sourceWordsAt(tokens: readonly Token[], k: number, lexicon: QuoteLexicon): [number, number] | null {
  let from = k + 1;
  if (tokens[from]?.norm === 'ل') from++;
  if (tokens[from]?.norm === 'ما' || tokens[from]?.norm === 'لما') from += 2;
  else if (tokens[k].stem.endsWith('ما')) from++;
  let to = from;
  while (to < tokens.length && to - from < 10 && !/^[،,.\n]$/.test(tokens[to].text) && !tokens[to].text.includes('\n'))
    to++;
  while (to > from && !/arabic|latin|hashtag/.test(tokens[to - 1].kind)) to--;
  if (to === from || !isSourceNoun(tokens[from], lexicon)) return null;
  return [from, to];
}

/** «…، بحسب X» / «وبحسب X، …» / «…، وفقا لـ X»: the clause attributed to the source X. */
function sourcedClaim(
  tokens: readonly Token[],
  cueIndex: number,
  sentenceStart: number,
  sentenceEnd: number,
  found: readonly Candidate[],
  lexicon: QuoteLexicon,
): Candidate | null {
  const source = sourceWordsAt(tokens, cueIndex, lexicon);
  if (!source || source[1] > sentenceEnd) return null;
  const [from, to] = source;
  const span = { start: tokens[from].start, end: tokens[to - 1].end };
  const speaker: SpeakerRule = { kind: 'words', words: { shown: span, phrase: span } };
  const base = { direct: false, cue: null, cueLemma: tokens[cueIndex].stem, speaker };
  const restStart = to + 1;
  const restWords = tokens.slice(restStart, sentenceEnd).filter((t) => t.kind === 'arabic').length;
  if (isComma(tokens[to]) && restWords >= 3 && !breaksClause(tokens, restStart, lexicon, true)) {
    return { ...base, start: tokens[restStart].start, end: endOfClause(tokens, restStart, sentenceEnd, lexicon) };
  }
  const first = claimStart(tokens, sentenceStart, cueIndex, found);
  let last = cueIndex - 1;
  while (last > first && TRAILING_PUNCT.test(tokens[last].text)) last--;
  if (last - first < 3) return null;
  return { ...base, start: tokens[first].start, end: tokens[last].end };
}

/** Where a claim ending at a source cue starts: the sentence start, or after an earlier quote and its «، غير أن». */
function claimStart(
  tokens: readonly Token[],
  sentenceStart: number,
  cueIndex: number,
  found: readonly Candidate[],
): number {
  const before = found.filter((q) => q.end <= tokens[cueIndex].start).map((q) => q.end);
  if (before.length === 0) return sentenceStart;
  let first = sentenceStart;
  while (first < cueIndex && tokens[first].start < Math.max(...before)) first++;
  while (
    first < cueIndex &&
    (tokens[first].kind !== 'arabic' ||
      CLAUSE_BREAKERS.has(tokens[first].norm) ||
      COMPLEMENTIZERS.has(tokens[first].norm))
  )
    first++;
  return first;
}

/** The rule that finds the speaker of a cue at token `cueIndex` whose quote starts at token `quoteAt`. */
function speakerRule(
  tokens: readonly Token[],
  cueIndex: number,
  quoteAt: number,
  sentenceStart: number,
  cue: Cue,
  lexicon: QuoteLexicon,
): SpeakerRule {
  const cueToken = tokens[cueIndex];
  if (cue.kind === 'noun') {
    const words = sourceOfReport(tokens, cueIndex, sentenceStart, lexicon);
    return words ? { kind: 'words', words } : { kind: 'last', cueToken };
  }
  const previous = tokens[cueIndex - 1]?.norm ?? '';
  if (PRONOUN_OPENERS.has(previous)) return { kind: 'last', cueToken };
  if (cue.kind === 'adverb' || previous === 'اذ' || previous === 'حيث') {
    const main = subjectAfter(tokens, firstVerbIndex(tokens, sentenceStart), cueIndex, lexicon);
    if (main && !startsWithPossessed(tokens, main)) return { kind: 'words', words: main };
    return { kind: 'last', cueToken };
  }
  if (previous === 'قد') {
    const before = subjectBefore(tokens, cueIndex, sentenceStart, lexicon);
    if (before) return { kind: 'words', words: before };
  }
  let words = subjectAfter(tokens, cueIndex, quoteAt, lexicon);
  // «وصف المرأة الغربية بأنها»: a noun phrase right before the complementizer is the verb's object.
  if (words && takesObjectBeforeComplement(cue) && tokens[quoteAt].start - words.phrase.end <= 1) words = null;
  words ??= subjectBefore(tokens, cueIndex, sentenceStart, lexicon);
  return words ? { kind: 'words', words } : { kind: 'last', cueToken };
}

/** Cues whose complementizer is بأن (وصف X بأنه), which take an object before it. */
function takesObjectBeforeComplement(cue: Cue): boolean {
  return cue.complements.length > 0 && cue.complements.every((words) => words[0].startsWith('بان'));
}

/** The main verb of a sentence for an adverb cue: its first word, after كما/و-only tokens. */
function firstVerbIndex(tokens: readonly Token[], sentenceStart: number): number {
  let i = sentenceStart;
  while (i < tokens.length - 1 && (tokens[i].norm === 'كما' || tokens[i].kind !== 'arabic')) i++;
  return i;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Resolves speakers in reading order so a pronoun cue takes the speaker of the quote before it. */
function resolveSpeakers(text: string, candidates: Candidate[], entities: readonly Entity[]): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  let last: Speaker | null = null;
  for (const candidate of candidates) {
    let speaker: Speaker | null = null;
    let shown: { text: string; span: Span } | null = null;
    if (candidate.speaker.kind === 'words') {
      speaker = speakerFromWords(text, candidate.speaker.words, entities);
      shown = speaker;
      last = speaker;
    } else if (candidate.speaker.kind === 'last') {
      // A pronoun cue with nobody before it is not reporting anyone (ضمانات تؤكد أنها …).
      if (last === null) continue;
      speaker = last;
      const cueToken = candidate.speaker.cueToken;
      shown = { text: cueToken.text, span: { start: cueToken.start, end: cueToken.end } };
    }
    const quote: FoundQuote = {
      start: candidate.start,
      end: candidate.end,
      text: text.slice(candidate.start, candidate.end),
      direct: candidate.direct,
      speaker: speaker?.entity ?? null,
      speakerText: shown?.text ?? null,
      cue: candidate.cueLemma,
      speakerName: speaker?.text ?? null,
    };
    if (shown) quote.speakerSpan = shown.span;
    if (candidate.cue) quote.polarity = candidate.cue.polarity;
    quotes.push(quote);
  }
  return quotes;
}

/** The speaker for subject words: the entity with a mention in the phrase (the rightmost person first), else the words. */
function speakerFromWords(text: string, words: SpeakerWords, entities: readonly Entity[]): Speaker {
  let best: { entity: Entity; span: Span } | null = null;
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      if (!overlaps(mention, words.phrase)) continue;
      const better =
        !best ||
        (entity.type === 'PER' && best.entity.type !== 'PER') ||
        (entity.type === best.entity.type &&
          (mention.end > best.span.end ||
            (mention.end === best.span.end && mention.end - mention.start > best.span.end - best.span.start)));
      if (better) best = { entity, span: { start: mention.start, end: mention.end } };
    }
  }
  if (best) return { entity: best.entity.id, text: text.slice(best.span.start, best.span.end), span: best.span };
  return { entity: null, text: text.slice(words.shown.start, words.shown.end), span: words.shown };
}
