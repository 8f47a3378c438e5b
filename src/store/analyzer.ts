// The search analyzer: turns text into index terms for the full-text index, and query words into the same
// terms, so that spelling variation never prevents a match. Built on the Arabic core: normalization
// (diacritics, alef/hamza/ya/ta-marbuta variants) and frequency-checked clitic splitting (وبوتين → بوتين),
// plus a light stem for a second field that folds plural, dual, feminine and nisba suffixes
// (الروسية, الروسي, روسيا → روس). Both term lists stay position-aligned with the surface tokens.
import { tokenize } from '../arabic/index.js';
import type { Token } from '../doc/types.js';

/** One searchable token: its span in the text and its two index terms. */
export interface AnalyzedToken {
  start: number;
  end: number;
  /** The normalized form without clitics (the exact field). */
  term: string;
  /** The light stem (the loose field). */
  light: string;
}

/** What the full-text index stores for one article: terms separated by spaces, per field. */
export interface IndexedArticle {
  title: string;
  lead: string;
  body: string;
  titleLight: string;
  leadLight: string;
  bodyLight: string;
}

const INDEXED_KINDS = new Set<Token['kind']>(['arabic', 'latin', 'number', 'hashtag']);
// Longest first. ات/ون/ين/ان: sound plurals and duals; يه/ي: nisba (feminine ية is normalized to يه);
// ه: ta marbuta (normalized). A final alef goes first, so country names meet their nisba forms
// (روسيا → روسي → روس, like الروسية and الروسي).
const LIGHT_SUFFIXES = ['يات', 'يون', 'يين', 'يان', 'يه', 'ات', 'ون', 'ين', 'ان', 'ي', 'ه'];
const MIN_LIGHT_STEM = 3;
/**
 * How many body words form the lead field. News is written as an inverted pyramid: the opening words restate
 * the headline, so a match there is stronger evidence than one deep in the body.
 */
export const LEAD_TOKENS = 40;

/** The light stem of a clitic-free normalized Arabic word. */
export function lightStem(term: string): string {
  if (!isArabicLetter(term.charCodeAt(0))) return term;
  const word = term.endsWith('ا') && term.length - 1 >= MIN_LIGHT_STEM ? term.slice(0, -1) : term;
  for (const suffix of LIGHT_SUFFIXES) {
    if (word.length - suffix.length >= MIN_LIGHT_STEM && word.endsWith(suffix)) {
      return word.slice(0, word.length - suffix.length);
    }
  }
  return word;
}

function isArabicLetter(code: number): boolean {
  return code >= 0x0620 && code <= 0x06ff;
}

/** The index term of one token, or '' when the token is not searchable (punctuation, URLs, symbols). */
function termOf(token: Token): string {
  if (!INDEXED_KINDS.has(token.kind)) return '';
  const term = token.kind === 'arabic' ? token.stem : token.norm;
  return token.kind === 'hashtag' ? term.replace(/^[#＃]+/, '') : term;
}

/** The searchable tokens of a text, in order, with their spans (for highlighting). */
export function analyzeText(text: string): AnalyzedToken[] {
  const out: AnalyzedToken[] = [];
  for (const token of tokenize(text)) {
    const term = termOf(token);
    if (term === '') continue;
    out.push({ start: token.start, end: token.end, term, light: lightStem(term) });
  }
  return out;
}

const terms = (tokens: AnalyzedToken[]) => tokens.map((t) => t.term).join(' ');
const lights = (tokens: AnalyzedToken[]) => tokens.map((t) => t.light).join(' ');

/** What the index stores for an article. */
export function indexArticle(title: string, body: string): IndexedArticle {
  const titleTokens = analyzeText(title);
  const bodyTokens = analyzeText(body);
  const leadTokens = bodyTokens.slice(0, LEAD_TOKENS);
  return {
    title: terms(titleTokens),
    lead: terms(leadTokens),
    body: terms(bodyTokens),
    titleLight: lights(titleTokens),
    leadLight: lights(leadTokens),
    bodyLight: lights(bodyTokens),
  };
}
