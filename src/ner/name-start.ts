// Where a name starts inside the first token of a mention. The clitic analyzer splits words by their frequency in
// news alone, so a name whose first letter is also a clitic loses it when the rest is a common word: «فيصل» reads
// ف + يصل ("so he arrives"), «فورد» ف + ورد, «بريان» ب + ريان, «بليندا» ب + ليندا. Inside a mention the tagger has
// already said "this is a name", so the evidence that the letter is the name's own counts for more than news
// frequency: the whole word being a known name, the letter's place in the clause, and how the document writes the
// name elsewhere. The tagger's features are untouched; only the mention's first offset moves.
import { cliticAnalyzer, surfaceOffset } from '../arabic/clitics.js';
import { readTsvTable } from '../arabic/data.js';
import { knownNameWords } from '../arabic/known-words.js';
import { normalizeForMatch } from '../arabic/normalize.js';
import { CLOSING_QUOTES, OPENING_QUOTES } from '../arabic/quote-marks.js';
import type { Token } from '../doc/types.js';
import { nerGazetteer } from './gazetteer.js';

/** Normalized word forms and how often each occurs in the document (whole tokens). */
export type DocumentWords = ReadonlyMap<string, number>;

export function documentWords(tokens: readonly Token[]): Map<string, number> {
  const words = new Map<string, number>();
  for (const t of tokens) words.set(t.norm, (words.get(t.norm) ?? 0) + 1);
  return words;
}

const GLUED_CLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
/** The one-letter clitics that a name can also begin with (و is left out: و-initial names rarely lose it). */
const NAME_INITIAL_CLITICS = new Set(['ف', 'ب', 'ل', 'ك']);
/** Prepositions, normalized: a word right after one does not open with another (ب ل ك). */
const PREPOSITIONS = new Set(
  ['على', 'علي', 'في', 'من', 'الى', 'إلى', 'عن', 'مع', 'حتى', 'لدى', 'لدي'].map(normalizeForMatch),
);
/** A stem this frequent in news is a common word (وكالة، جامعة، حزب), which a repeated «لوكالة» still governs. */
const COMMON_STEM_COUNT = 100;

let nameWordSet: Set<string> | null = null;

/** Name words: the gazetteer's (data/arabic/known-names.tsv) and the common given names (data/ner/given-names.tsv). */
function nameWords(): ReadonlySet<string> {
  if (nameWordSet === null) {
    nameWordSet = new Set(knownNameWords());
    const given = readTsvTable('ner/given-names.tsv');
    for (const row of given.rows) nameWordSet.add(normalizeForMatch(row[given.col('name')]));
  }
  return nameWordSet;
}

/**
 * Where the name starts inside a mention's first token: after a conjunction or preposition glued to it, but
 * keeping the article (والولايات → الولايات). For "لل" (ل + ال with the alef dropped) no substring spells the
 * article, so the name starts after it (للولايات → ولايات). A glued letter the clitic analyzer did not split
 * (an unseen name: وبلينكين) is split off when the bare form occurs elsewhere in the same document or in the
 * gazetteer; a letter it did split is given back to the name when that is the better reading
 * (`letterBelongsToName`). `previous` is the token before, in the same sentence, and `next` the token after the
 * mention: a mention that is a whole quoted name keeps its first letter (`wholeQuotedName`).
 */
export function nameOffset(token: Token, words: DocumentWords, previous?: Token, next?: Token): number {
  if (token.kind !== 'arabic') return 0;
  if (token.proclitics.length === 0) return peeledLetterOffset(token, words);
  if (wholeQuotedName(token, previous, next)) return 0;
  const hasArticle = token.proclitics.includes('ال');
  if (!hasArticle) return letterBelongsToName(token, words, previous) ? conjunctionOffset(token) : token.stemOffset;
  const clitics = token.proclitics.filter((p) => p !== 'ال').join('');
  if (token.norm.startsWith(`${clitics}ال`)) return surfaceOffset(token.text, clitics.length);
  return token.stemOffset;
}

/**
 * A word the analyzer left whole whose first letter may still be a clitic: «وبلينكين» when «بلينكين» occurs bare
 * in the document, or is a gazetteer name («وجيرود»). After ف ب ل ك the gazetteer name must also be more frequent
 * in news than the whole word: a gazetteer fragment such as «ارل» or «اولو» does not take the ك of «كارل» or the
 * ب of «باولو». A whole word that is itself a known name is never peeled.
 */
function peeledLetterOffset(token: Token, words: DocumentWords): number {
  const rest = token.norm.slice(1);
  if (!GLUED_CLITIC_LETTERS.has(token.norm[0]) || rest.length < 3 || nameWords().has(token.norm)) return 0;
  const analyzer = cliticAnalyzer();
  const rarerThanName = token.norm[0] === 'و' || analyzer.count(token.norm) < analyzer.count(rest);
  // «لاري», «بارون»: a gazetteer fragment with a bare alef («اري», «ارون») does not take a name's ف ب ل ك either.
  const bareAlefRest = token.norm[0] !== 'و' && opensWithBareAlef(token.text, 1, rest);
  const attested = words.has(rest) || (nerGazetteer().phrases.has(rest) && rarerThanName && !bareAlefRest);
  return attested ? surfaceOffset(token.text, 1) : 0;
}

/**
 * Whether the one letter (ف ب ل ك) the analyzer split off the first word of a name is the name's own:
 * - the whole word is a known name and the rest is not («فيصل», «بريان»);
 * - a ف in the middle of a clause, right after a word, is no conjunction («قالت فورد», «الملك فيصل»), unless the
 *   rest is a known name («… فإيران» may open an answer clause);
 * - a ب ل ك right after a preposition is no preposition, since one does not follow another («حكم على لندي وليامز»,
 *   «في لاس فيغاس», «في برايا غراندي»; round 32);
 * - the document writes the name twice or more with the same letter and never without it («بليندا»), and the rest
 *   is not a common word (a repeated «لوكالة» is still ل + وكالة).
 */
function letterBelongsToName(token: Token, words: DocumentWords, previous: Token | undefined): boolean {
  const letters = token.proclitics;
  const letter = letters[letters.length - 1];
  if (!NAME_INITIAL_CLITICS.has(letter) || letters.length > 2 || (letters.length === 2 && letters[0] !== 'و'))
    return false;
  // Before the name tests: after a preposition the letter is the name's even when the rest is a name too («في برايا
  // غراندي», whose «رايا» is a gazetteer word; round 34).
  if (letters.length === 1 && letter !== 'ف' && previous?.kind === 'arabic' && PREPOSITIONS.has(previous.norm))
    return true;
  const names = nameWords();
  if (names.has(token.stem)) return false;
  const whole = letters.length === 2 ? token.norm.slice(1) : token.norm;
  if (names.has(whole)) return true;
  if (letter === 'ف' && letters.length === 1 && previous?.kind === 'arabic') return true;
  if (letters.length === 1 && opensWithBareAlef(token.text, token.stemOffset, token.stem)) return true;
  if (letters.length === 1 && previous?.kind === 'arabic' && PREPOSITIONS.has(previous.norm)) return true;
  const bare = words.has(token.stem) || words.has(`و${token.stem}`);
  return (words.get(token.norm) ?? 0) >= 2 && !bare && cliticAnalyzer().count(token.stem) < COMMON_STEM_COUNT;
}

/**
 * Whether the rest of a word after a one-letter clitic (at `offset` of its surface; `rest` normalized) opens with a
 * bare alef «ا» as written, not the article: «لاري» (Larry), «باول» (Paul), «بانا», «كارينا», «بارون», «فاخر»,
 * «لايف». News spells the words these stems fold onto with a hamza or madda («أول», «أنا», «آخر») and transcribes
 * foreign names with a bare one, so inside a mention the letter is the name's own (round 55). Nouns with a bare
 * alef in standard spelling («لابن دريد») stay split.
 */
function opensWithBareAlef(surface: string, offset: number, rest: string): boolean {
  return surface[offset] === BARE_ALEF && !rest.startsWith('ال') && !BARE_ALEF_NOUNS.has(rest);
}

const BARE_ALEF = '\u0627';
/** Words with a bare alef in standard spelling, normalized. */
const BARE_ALEF_NOUNS = new Set(['ابن', 'ابنة', 'اسم', 'امرأة'].map(normalizeForMatch));

/**
 * «منتدى "فالداي"», «مؤسسة "بلان انترناشيونال"», «مجلة "بلاي بوي"», «صحيفة "فولها"»: a mention that fills a quote
 * from its opening mark to its closing one is a quoted name, which does not open with a conjunction or preposition, so
 * the one letter (ف ب ل ك) the analyzer split off its first word is the name's own (round 22).
 */
function wholeQuotedName(token: Token, previous: Token | undefined, next: Token | undefined): boolean {
  const letters = token.proclitics.filter((p) => p !== 'ال');
  if (letters.length !== 1 || !NAME_INITIAL_CLITICS.has(letters[0]) || !token.norm.startsWith(letters[0])) return false;
  return (
    previous !== undefined &&
    next !== undefined &&
    OPENING_QUOTES.has(previous.text) &&
    CLOSING_QUOTES.has(next.text) &&
    previous.end === token.start
  );
}

/** The offset after a leading conjunction و, if the analyzer split one. */
function conjunctionOffset(token: Token): number {
  return token.proclitics[0] === 'و' && token.proclitics.length > 1 ? surfaceOffset(token.text, 1) : 0;
}
