// Clitic analysis of one Arabic word: proclitics (و ف ب ك ل س ال, and لل = ل + ال), the stem, and one
// enclitic pronoun (ه ها هم هما هن نا). A word is split only when the rest is attested as a word in real
// news (data/arabic/wordfreq.tsv) often enough: "وبوتين" → و + بوتين, but "بوتين" is not ب + وتين and
// "واشنطن" is not و + اشنطن. Second-person (ك كم) and first-person singular (ي) enclitics are not split:
// in news they collide with word endings far more often than they occur (بنك, تلك, الروسي).
import { readFileSync } from 'node:fs';
import { dataPath, readTsv } from './data.js';
import { knownNameWords } from './known-words.js';
import { foldCodeUnit, normalizeForMatch } from './normalize.js';
import { type WordMemo, WordSpace } from './words.js';

export interface CliticSplit {
  /** Proclitics in order, e.g. ['و', 'ال']. */
  proclitics: string[];
  /** The word without clitics (normalized). */
  stem: string;
  /** The enclitic pronoun or ''. */
  enclitic: string;
  /** How many letters of the normalized word the proclitics cover (لل counts 2: the alef of ال is not written). */
  prefixLength: number;
  /** How many letters of the normalized word the enclitic covers. */
  suffixLength: number;
}

interface PrefixRule {
  letters: string;
  proclitics: string[];
  /** The rest must be at least this share as frequent as the whole word. */
  ratio: number;
  /** A conjunction alone (و, ف): only then does a known name count as evidence for an unknown word. */
  conjunctionOnly: boolean;
  /** لل: the rest is read with its article restored (للرئيس → ل + الرئيس). */
  restoresArticle?: boolean;
}

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ك', 'ل', 'س'];
const ENCLITICS = ['هما', 'هم', 'هن', 'ها', 'ه', 'نا'];
const MIN_COUNT = 2;
const MIN_STEM = 2;
// How much more frequent than the glued form the rest must be for a split. A conjunction glued to a word is so
// common that "وأضاف" is more frequent than "أضاف"; a preposition is not, so a rest that is rarer than the whole
// is a word-initial letter, not a clitic (بيونغ is not ب + يونغ, although يونغ occurs).
const CONJUNCTION_RATIO = 0.3;
const PREPOSITION_RATIO = 3;
const ARTICLE_RATIO = 0.05;
/** Words this frequent whose "stem" after ال is rare are function words (الذي, التي, إليه), not definite nouns. */
const FUNCTION_WORD_COUNT = 500;
const ENCLITIC_RATIO = 0.3;
const IMPERFECT_PREFIXES = new Set(['ي', 'ت', 'ن']);

function buildPrefixRules(): PrefixRule[] {
  const rules: PrefixRule[] = [];
  for (const conj of CONJUNCTIONS) {
    for (const prep of PREPOSITIONS) {
      const letters = conj + prep;
      if (letters === '') continue;
      const proclitics = [conj, prep].filter((p) => p !== '');
      const ratio = prep === '' ? CONJUNCTION_RATIO : PREPOSITION_RATIO;
      rules.push({ letters, proclitics, ratio, conjunctionOnly: prep === '' });
    }
    rules.push({
      letters: `${conj}لل`,
      proclitics: [...(conj ? [conj] : []), 'ل', 'ال'],
      ratio: PREPOSITION_RATIO,
      conjunctionOnly: false,
      restoresArticle: true,
    });
  }
  return rules;
}

const PREFIX_RULES = buildPrefixRules();

/** A written word analyzed: its matching form, its clitics, and where its stem lies in the written form. */
export interface WordAnalysis {
  norm: string;
  proclitics: string[];
  stem: string;
  enclitic: string;
  /** UTF-16 offsets of the stem inside the written word (diacritics of its letters included). */
  stemOffset: number;
  stemEnd: number;
  /** What later stages derive from this written word alone (src/arabic/words.ts). */
  memo: WordMemo;
  /** The word's number in its analyzer's current WordSpace (words.ts). */
  id: number;
}

const TA_MARBUTA = 0x0629;
const CACHE_LIMIT = 200_000;

const PEELED_CONJUNCTIONS = new Set(['و', 'ف']);
const PEELED_PREPOSITIONS = new Set(['ب', 'ل', 'ك']);
const MIN_PEELED_NAME = 7;

export class CliticAnalyzer {
  private readonly cache = new Map<string, CliticSplit>();
  /** By written form: news repeats its words, so most tokens skip normalization and analysis entirely. */
  private readonly words = new Map<string, WordAnalysis>();
  /** The numbering of `words`' analyses: a new one each time the cache is cleared. */
  space = new WordSpace();

  constructor(
    private readonly freq: Map<string, number>,
    private readonly protectedForms: Set<string>,
    /** Name words (the gazetteer's): a clitic glued to one is split even when news never wrote the name. */
    private readonly knownNames: ReadonlySet<string> = new Set(),
  ) {}

  /** Analyzes a written Arabic word (as it stands in the text, diacritics and all). */
  analyzeWord(surface: string): WordAnalysis {
    let word = this.words.get(surface);
    if (word === undefined) {
      const norm = normalizeForMatch(surface);
      const split = this.analyze(norm, surface.charCodeAt(lastLetterIndex(surface)) === TA_MARBUTA);
      const unsplit = split.prefixLength === 0 && split.suffixLength === 0;
      word = {
        norm,
        proclitics: split.proclitics,
        stem: split.stem,
        enclitic: split.enclitic,
        stemOffset: unsplit ? 0 : surfaceOffset(surface, split.prefixLength),
        stemEnd: unsplit ? surface.length : surfaceOffset(surface, norm.length - split.suffixLength),
        memo: {},
        id: 0,
      };
      if (this.words.size > CACHE_LIMIT) {
        this.words.clear();
        this.space = new WordSpace();
      }
      word.id = this.space.size++;
      this.words.set(surface, word);
    }
    return word;
  }

  count(form: string): number {
    return this.freq.get(form) ?? 0;
  }

  /**
   * «لبيلاروسيا»: the known name a preposition (ب ل ك) is glued to in a word news never wrote, or ''. The analyzer
   * does not split it (unknown names start with these letters as often as they take them: بافلو, براساد), but a
   * linker looking for gazetteer names may read the name there: only names of seven letters or more, whose one-letter
   * peel rarely lands on another name by chance. A conjunction may come first («ولبيلاروسيا», و + ل + بيلاروسيا: the
   * analyzer leaves such a word whole too), when news never wrote the word with it either. The name is the end of
   * `norm`: the letters peeled are `norm.length - name.length`.
   */
  gluedPrepositionName(norm: string): string {
    // Necessary conditions first, with no lookup (this runs for every word of every article): long enough, and a
    // preposition first or right after the conjunction.
    const conjunction = PEELED_CONJUNCTIONS.has(norm[0]);
    if (norm.length < MIN_PEELED_NAME + 1 || !PEELED_PREPOSITIONS.has(conjunction ? norm[1] : norm[0])) return '';
    const word = conjunction && this.count(norm) === 0 ? norm.slice(1) : norm;
    if (word.length < MIN_PEELED_NAME + 1 || !PEELED_PREPOSITIONS.has(word[0])) return '';
    const rest = word.slice(1);
    return this.knownNames.has(rest) && this.count(word) === 0 ? rest : '';
  }

  /**
   * Splits a normalized word (see normalizeForMatch). `endsWithTaMarbuta` tells that the written word ends in ة
   * (normalization folds it to ه, which must not then be read as the pronoun ه).
   */
  analyze(norm: string, endsWithTaMarbuta = false): CliticSplit {
    const key = endsWithTaMarbuta ? `${norm}\u0001` : norm;
    let split = this.cache.get(key);
    if (split === undefined) {
      split = this.split(norm, endsWithTaMarbuta);
      if (this.cache.size > CACHE_LIMIT) this.cache.clear();
      this.cache.set(key, split);
    }
    return split;
  }

  private split(word: string, endsWithTaMarbuta: boolean): CliticSplit {
    const whole: CliticSplit = { proclitics: [], stem: word, enclitic: '', prefixLength: 0, suffixLength: 0 };
    if (word.length <= MIN_STEM || this.protectedForms.has(word) || !isArabicWord(word)) return whole;
    const prefix = this.choosePrefix(word);
    let rest = prefix ? restOf(word, prefix) : word;
    const proclitics = prefix ? [...prefix.proclitics] : [];
    let prefixLength = prefix ? prefix.letters.length : 0;
    if (prefix?.restoresArticle) {
      rest = rest.slice(2); // the restored ال is already in proclitics
    } else if (this.articleSplits(rest)) {
      proclitics.push('ال');
      prefixLength += 2;
      rest = rest.slice(2);
    }
    const hasArticle = proclitics.includes('ال');
    const enclitic = hasArticle || endsWithTaMarbuta ? null : this.chooseEnclitic(rest);
    const stem = enclitic ? enclitic.stem : rest;
    const encliticText = enclitic ? enclitic.enclitic : '';
    return { proclitics, stem, enclitic: encliticText, prefixLength, suffixLength: encliticText.length };
  }

  private choosePrefix(word: string): PrefixRule | null {
    const wholeCount = this.count(word);
    let best: PrefixRule | null = null;
    let bestCount = 0;
    for (const rule of PREFIX_RULES) {
      if (!word.startsWith(rule.letters)) continue;
      const rest = restOf(word, rule);
      if (rest.length < MIN_STEM + (rule.restoresArticle ? 2 : 0)) continue;
      // A word of the no-split list after the clitics is the reading: فلما → ف + لما, not ف + ل + ما.
      if (this.protectedForms.has(rest)) return rule;
      // The future marker س only comes before an imperfect verb (سيزور, ستعقد), never a short one.
      if (rule.proclitics.at(-1) === 'س' && (!IMPERFECT_PREFIXES.has(rest[0]) || rest.length < 4)) continue;
      const restCount = this.count(rest);
      if (this.stackedPreposition(rule, rest, restCount, wholeCount)) continue;
      const attested = restCount >= MIN_COUNT && restCount >= rule.ratio * wholeCount;
      // Unknown words: only a following article (والكيشيدا → و + الكيشيدا) or, after a conjunction alone, a
      // known name (وبيلاروسيا → و + بيلاروسيا) is evidence enough. Not after a preposition: unknown names
      // start with ب ك ل as often as they take them (بافلو, براساد, كاردز); nor as stems before an enclitic
      // (سولانا is not سولا + نا).
      const unknown = wholeCount === 0 && restCount === 0;
      const articleAfter = unknown && rest.startsWith('ال') && rest.length >= 5;
      const knownName = unknown && rule.conjunctionOnly && this.knownNames.has(rest);
      const score = attested ? restCount : articleAfter || knownName ? 1 : 0;
      if (
        score > bestCount ||
        (score === bestCount && score > 0 && best && rule.letters.length > best.letters.length)
      ) {
        best = rule;
        bestCount = score;
      }
    }
    return best;
  }

  /**
   * «للوكالة»: one ل after another is no Arabic, so a rest that is itself ل + a more frequent word («لوكالة», ل +
   * «وكالة») is not the reading when the لل rule's definite form is attested as that rule requires («الوكالة»): the word
   * is then ل + ال + «وكالة». A word of its own that starts with ل stays («للبنان» → ل + «لبنان»: «بنان» is rarer), and
   * so does a rest whose definite form news hardly writes («للجان» → ل + «لجان»).
   */
  private stackedPreposition(rule: PrefixRule, rest: string, restCount: number, wholeCount: number): boolean {
    if (rule.restoresArticle || rule.proclitics.at(-1) !== 'ل' || rest[0] !== 'ل') return false;
    const inner = rest.slice(1);
    const definite = this.count(`ال${inner}`);
    return this.count(inner) > restCount && definite >= MIN_COUNT && definite >= PREPOSITION_RATIO * wholeCount;
  }

  private articleSplits(word: string): boolean {
    if (!word.startsWith('ال') || word.length < 2 + MIN_STEM || this.protectedForms.has(word)) return false;
    const stem = word.slice(2);
    const wholeCount = this.count(word);
    const stemCount = this.count(stem);
    if (stem.length < 3 && stemCount < MIN_COUNT) return false;
    // Many definite nouns never occur bare in news ("الكرملين"): the article is the default reading,
    // unless the word is very frequent and its "stem" is rare (الذي, التي, إليه, آلاف).
    return wholeCount < FUNCTION_WORD_COUNT || stemCount >= ARTICLE_RATIO * wholeCount;
  }

  private chooseEnclitic(word: string): { stem: string; enclitic: string } | null {
    const wholeCount = this.count(word);
    for (const enclitic of ENCLITICS) {
      if (!word.endsWith(enclitic) || word.length - enclitic.length < MIN_STEM) continue;
      let stem = word.slice(0, word.length - enclitic.length);
      let stemCount = this.count(stem);
      // A noun ending in ة writes it as ت before a pronoun: حكومته → حكومة + ه (normalized: حكومه).
      const restored = stem.endsWith('ت') ? `${stem.slice(0, -1)}ه` : '';
      if (restored && this.count(restored) > stemCount) {
        stem = restored;
        stemCount = this.count(restored);
      }
      if (stemCount >= MIN_COUNT && stemCount >= ENCLITIC_RATIO * wholeCount) return { stem, enclitic };
    }
    return null;
  }
}

/** Maps a count of normalized code units back to an offset in the written form (normalization drops diacritics). */
export function surfaceOffset(surface: string, normUnits: number): number {
  let seen = 0;
  let i = 0;
  while (i < surface.length && seen < normUnits) {
    if (foldCodeUnit(surface.charCodeAt(i)) >= 0) seen++;
    i++;
  }
  // Marks that follow the last counted letter belong to it.
  while (i < surface.length && normUnits > 0 && foldCodeUnit(surface.charCodeAt(i)) < 0) i++;
  return i;
}

function lastLetterIndex(surface: string): number {
  let i = surface.length - 1;
  while (i > 0 && foldCodeUnit(surface.charCodeAt(i)) < 0) i--;
  return i;
}

function restOf(word: string, rule: PrefixRule): string {
  const rest = word.slice(rule.letters.length);
  return rule.restoresArticle ? `ال${rest}` : rest;
}

function isArabicWord(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 0x0620 && code <= 0x06ff;
}

let defaultAnalyzer: CliticAnalyzer | null = null;

/** The analyzer over the shipped word-frequency data, loaded once per process. */
export function cliticAnalyzer(): CliticAnalyzer {
  if (defaultAnalyzer === null) {
    const freq = new Map<string, number>();
    const text = readFileSync(dataPath('arabic/wordfreq.tsv'), 'utf8');
    let lineStart = 0;
    while (lineStart < text.length) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      if (text.charCodeAt(lineStart) !== 35 /* # */) {
        const tab = text.indexOf('\t', lineStart);
        if (tab > lineStart && tab < lineEnd)
          freq.set(text.slice(lineStart, tab), Number(text.slice(tab + 1, lineEnd)));
      }
      lineStart = lineEnd + 1;
    }
    const protectedForms = new Set(readTsv('arabic/no-split.tsv').map((row) => row[0]));
    defaultAnalyzer = new CliticAnalyzer(freq, protectedForms, knownNameWords());
  }
  return defaultAnalyzer;
}
