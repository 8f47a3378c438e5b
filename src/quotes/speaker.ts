// Finding the speaker words of a cue from the syntax around it: the subject noun phrase after the verb
// (VSO: «وقال الرئيس الروسي، فلاديمير بوتين، إن»), before it (SVO: «رئيس الوزراء جاستن ترودو قال»,
// «وكان X قد وصف»), or nothing (a pronoun: «وأضاف أن» → the last speaker).
import type { Span, Token } from '../doc/types.js';
import { cueOf, type QuoteLexicon } from './lexicon.js';

export interface SpeakerWords {
  /** The words to show: the name of an apposition when there is one, else the whole noun phrase. */
  shown: Span;
  /** The whole noun phrase with its apposition (where an entity mention is looked for). */
  phrase: Span;
}

const PREPOSITIONS = new Set(
  'في خلال عقب اثر بعد قبل امام عن من مع الي عبر دون حول منذ اثناء بشان ازاء وفي وخلال بالقول'.split(' '),
);
/** لـ-phrases naming who was addressed (قال لوكالة، للصحافيين): they end the subject. */
const ADDRESSEES = new Set(
  'للصحافيين للصحفيين للصحافين لوكاله لصحيفه لقناه لشبكه لموقع لاذاعه لتلفزيون لبي'.split(' '),
);
/** Prepositions that may sit inside a title before the name (مندوب سوريا لدى الأمم المتحدة بشار الجعفري). */
const TITLE_PREPOSITIONS = new Set(['لدي']);
const TIME_WORDS = new Set(
  'اليوم امس يوم مساء صباح الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت غداه الليله فجر ظهر مساءا'.split(' '),
);
export const COMPLEMENTIZERS = new Set('ان انه انها انهم انهما اننا انني اني بان بانه بانها بانهم'.split(' '));
const RELATIVES = new Set('الذي التي الذين اللذان اللتان'.split(' '));
const NOT_APPOSITION = new Set(['وهو', 'وهي', 'وهم', ...RELATIVES]);
const CLAUSE_OPENERS = new Set('اما غير فيما بينما لكن كما اذ حيث'.split(' '));
/** Clause openers carrying the subject as a pronoun (لكنه قال): the speaker is the last one. */
export const PRONOUN_OPENERS = new Set('لكنه لكنها ولكنه ولكنها انه انها'.split(' '));
const MAX_PHRASE = 8;

function isWord(token: Token): boolean {
  return token.kind === 'arabic' || token.kind === 'latin' || token.kind === 'hashtag' || token.kind === 'number';
}

function isComma(token: Token | undefined): boolean {
  return token !== undefined && (token.text === '،' || token.text === ',');
}

/** Whether a token ends a subject noun phrase: punctuation, a preposition, a لـ-phrase, a time word, a complementizer. */
function endsPhrase(token: Token, lexicon: QuoteLexicon, first = false): boolean {
  if (!isWord(token)) return token.kind !== 'quote';
  const norm = token.norm;
  if (norm.length === 1) return true; // a detached clitic: بـ، لـ
  if (token.text === 'على' || token.text === 'إلى') return true; // not the names علي/إلي (ى folds to ي)
  if (!first && TITLE_PREPOSITIONS.has(norm)) return false;
  if (
    ADDRESSEES.has(norm) ||
    PREPOSITIONS.has(norm) ||
    RELATIVES.has(norm) ||
    CLAUSE_OPENERS.has(norm) ||
    PRONOUN_OPENERS.has(norm) ||
    TIME_WORDS.has(norm) ||
    COMPLEMENTIZERS.has(norm) ||
    norm === 'قد'
  )
    return true;
  if (/^لل|^ل[^ا]/.test(norm) && token.proclitics.includes('ل')) return true;
  if (norm.startsWith('لل') || norm === 'ل') return true;
  return cueOf(token, lexicon) !== undefined;
}

/** The words of a noun phrase starting at token `from` (before `limit`), or null when none. */
function phraseAt(
  tokens: readonly Token[],
  from: number,
  limit: number,
  lexicon: QuoteLexicon,
): [number, number] | null {
  let end = from;
  while (end < limit && end - from < MAX_PHRASE && !endsPhrase(tokens[end], lexicon, end === from)) end++;
  while (end > from && tokens[end - 1].kind === 'quote') end--;
  return end > from ? [from, end] : null;
}

/** The subject after a verb at token `cue`, with an apposition «X، الاسم،» resolved to the name. */
export function subjectAfter(
  tokens: readonly Token[],
  cue: number,
  limit: number,
  lexicon: QuoteLexicon,
): SpeakerWords | null {
  const head = phraseAt(tokens, cue + 1, limit, lexicon);
  if (!head) return null;
  const span = { start: tokens[head[0]].start, end: tokens[head[1] - 1].end };
  if (isComma(tokens[head[1]]) && head[1] + 1 < limit && !NOT_APPOSITION.has(tokens[head[1] + 1].norm)) {
    const name = phraseAt(tokens, head[1] + 1, limit, lexicon);
    if (name && isComma(tokens[name[1]]) && name[1] - name[0] <= 6) {
      const shown = { start: tokens[name[0]].start, end: tokens[name[1] - 1].end };
      return { shown, phrase: { start: span.start, end: shown.end } };
    }
  }
  return { shown: span, phrase: span };
}

/**
 * The subject before a verb at token `cue` (SVO), within the sentence starting at `sentenceStart`:
 * «وكان X قد قال» or a short noun phrase that opens the clause («أما صاحب حساب Ameen فقال»).
 */
export function subjectBefore(
  tokens: readonly Token[],
  cue: number,
  sentenceStart: number,
  lexicon: QuoteLexicon,
): SpeakerWords | null {
  const kana = tokens[sentenceStart];
  if (kana && /^و?كان/.test(kana.norm) && cue - sentenceStart > 1 && cue - sentenceStart <= 16) {
    const limit = tokens[cue - 1].norm === 'قد' ? cue - 1 : cue;
    return subjectAfter(tokens, sentenceStart, limit, lexicon);
  }
  if (RELATIVES.has(tokens[cue - 1]?.norm ?? '')) return antecedentOfRelative(tokens, cue - 1, sentenceStart, lexicon);
  let from = cue;
  while (from > sentenceStart && cue - from < 6 && isWord(tokens[from - 1]) && !endsPhrase(tokens[from - 1], lexicon)) {
    if (CLAUSE_OPENERS.has(tokens[from - 1].norm) || COMPLEMENTIZERS.has(tokens[from - 1].norm)) break;
    from--;
  }
  if (from === cue) return null;
  const opener = tokens[from - 1];
  const opensClause =
    from === sentenceStart ||
    !isWord(opener) ||
    CLAUSE_OPENERS.has(opener.norm) ||
    (COMPLEMENTIZERS.has(opener.norm) && CLAUSE_OPENERS.has(tokens[from - 2]?.norm ?? ''));
  if (!opensClause || /^و?كان/.test(tokens[from].norm)) return null;
  const span = { start: tokens[from].start, end: tokens[cue - 1].end };
  return { shown: span, phrase: span };
}

/** «وأشار خالد علي، الذي أعلن …»: the subject of the cue verb that the relative clause hangs from. */
function antecedentOfRelative(
  tokens: readonly Token[],
  relative: number,
  sentenceStart: number,
  lexicon: QuoteLexicon,
): SpeakerWords | null {
  for (let i = relative - 1; i >= sentenceStart; i--) {
    if (cueOf(tokens[i], lexicon)) return subjectAfter(tokens, i, relative, lexicon);
  }
  return null;
}

/** The noun phrase after «عن» before a verbal-noun cue: «نقلت الوكالة عن X قوله». */
export function sourceOfReport(tokens: readonly Token[], cue: number, sentenceStart: number, lexicon: QuoteLexicon) {
  for (let i = cue - 1; i >= sentenceStart && cue - i <= 10; i--) {
    if (tokens[i].norm === 'عن') {
      const phrase = phraseAt(tokens, i + 1, cue, lexicon);
      if (!phrase) return null;
      const span = { start: tokens[phrase[0]].start, end: tokens[phrase[1] - 1].end };
      return subjectAfter(tokens, i, cue, lexicon) ?? { shown: span, phrase: span };
    }
  }
  return null;
}

/** Whether a noun phrase has a possessive pronoun on its first word (رفاقه، عائلته): a weak main-clause subject. */
export function startsWithPossessed(tokens: readonly Token[], words: SpeakerWords): boolean {
  const first = tokens.find((t) => t.start === words.phrase.start);
  return first !== undefined && first.enclitic !== '';
}
