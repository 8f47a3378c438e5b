// Sentence splitting over tokens. A sentence ends at . ! ? ؟ … (with any closing quotes or brackets that
// follow), and always at a line break (paragraphs never share a sentence). A period after an initial
// (أ. ، J.) or a known abbreviation (د. ، ص.ب) does not end a sentence. Inside quotation marks a
// sentence end does not split, so a quote of several sentences stays in the sentence that reports it —
// unless the quotation runs on longer than MAX_QUOTE_CHARS, which means its closing mark is missing.
import type { Span } from '../doc/types.js';
import { readTsv } from './data.js';
import type { RawToken } from './tokenize.js';

const MAX_QUOTE_CHARS = 600;
const TERMINAL = /^[.!?؟…]+$|^[!?؟]+[.!?؟…]*$/u;
const OPENING = new Set(['«', '“', '‘', '„', '‹', '(', '[', '{']);
const CLOSING = new Set(['»', '”', '’', '›', ')', ']', '}']);
const PAIRED_QUOTES: Record<string, string> = { '«': '»', '“': '”', '‘': '’', '„': '”', '‹': '›' };

let abbreviations: Set<string> | null = null;

function isAbbreviation(word: string): boolean {
  if (abbreviations === null) abbreviations = new Set(readTsv('arabic/abbreviations.tsv').map((row) => row[0]));
  return abbreviations.has(word);
}

export function splitSentences(text: string, tokens: readonly RawToken[]): Span[] {
  const sentences: Span[] = [];
  let first = 0; // index of the sentence's first token
  let quoteOpenedAt = -1; // text offset where the open quotation started, or -1
  let closingMark = '';
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (t > first && hasLineBreak(text, tokens[t - 1].end, token.start)) {
      sentences.push({ start: tokens[first].start, end: tokens[t - 1].end });
      first = t;
      quoteOpenedAt = -1;
    }
    const surface = text.slice(token.start, token.end);
    if (token.kind === 'quote') {
      if (quoteOpenedAt >= 0 && surface === closingMark) {
        quoteOpenedAt = -1;
        // «… انتهى.» — a sentence end just inside the closing mark ends the sentence after it.
        const prev = tokens[t - 1];
        if (prev.kind === 'punct' && TERMINAL.test(text.slice(prev.start, prev.end)) && prev.end === token.start) {
          sentences.push({ start: tokens[first].start, end: token.end });
          first = t + 1;
        }
      } else if (quoteOpenedAt < 0 && opensQuote(text, token, surface)) {
        quoteOpenedAt = token.start;
        closingMark = PAIRED_QUOTES[surface] ?? surface;
      }
      continue;
    }
    if (token.kind !== 'punct' || !TERMINAL.test(surface)) continue;
    if (surface === '.' && !endsSentenceAtPeriod(text, tokens, t)) continue;
    const insideQuote = quoteOpenedAt >= 0 && token.start - quoteOpenedAt < MAX_QUOTE_CHARS;
    if (insideQuote) continue;
    let last = t;
    while (
      last + 1 < tokens.length &&
      isCloser(text, tokens[last + 1]) &&
      !hasLineBreak(text, tokens[last].end, tokens[last + 1].start)
    ) {
      last++;
    }
    sentences.push({ start: tokens[first].start, end: tokens[last].end });
    first = last + 1;
    t = last;
    quoteOpenedAt = -1;
  }
  if (first < tokens.length) sentences.push({ start: tokens[first].start, end: tokens[tokens.length - 1].end });
  return sentences;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d || code === 0x2029) return true;
  }
  return false;
}

/** A straight quote " opens when it follows a space or starts the text and is followed by a non-space. */
function opensQuote(text: string, token: RawToken, surface: string): boolean {
  if (surface in PAIRED_QUOTES) return true;
  if (surface !== '"' && surface !== "'") return false;
  const before = token.start === 0 ? ' ' : text[token.start - 1];
  const after = text[token.end] ?? ' ';
  return /[\s(:،,]/u.test(before) && !/\s/u.test(after);
}

function isCloser(text: string, token: RawToken): boolean {
  const surface = text.slice(token.start, token.end);
  return CLOSING.has(surface) || (token.kind === 'quote' && !OPENING.has(surface));
}

function endsSentenceAtPeriod(text: string, tokens: readonly RawToken[], t: number): boolean {
  const prev = tokens[t - 1];
  if (prev && prev.end === tokens[t].start && (prev.kind === 'arabic' || prev.kind === 'latin')) {
    const word = text.slice(prev.start, prev.end);
    if ([...word].length === 1) return false; // an initial: أ. ف. ب or J. R.
    if (isAbbreviation(word) || isAbbreviation(dottedWordBefore(text, tokens, t))) return false;
  }
  const next = tokens[t + 1];
  // "example . com"-like runs and lower-case Latin continuations are not sentence ends.
  if (next && next.start === tokens[t].end && next.kind !== 'quote' && next.kind !== 'punct') return false;
  if (next?.kind === 'latin' && /^\p{Ll}/u.test(text.slice(next.start, next.end))) return false;
  return true;
}

/** "ص.ب" or "U.S" when the period at t ends a dotted abbreviation. */
function dottedWordBefore(text: string, tokens: readonly RawToken[], t: number): string {
  let s = t - 1;
  while (
    s >= 2 &&
    tokens[s - 1].end === tokens[s].start &&
    text[tokens[s - 1].start] === '.' &&
    tokens[s - 2].end === tokens[s - 1].start
  )
    s -= 2;
  return text.slice(tokens[s].start, tokens[t - 1].end);
}
